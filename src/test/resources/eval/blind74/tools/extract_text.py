#!/usr/bin/env python3
"""Plain-text extraction for every report format of blind74: txt, md, html, docx, pdf, eml.

PDF: uses `pdftotext` (poppler-utils) when it is installed, otherwise a small built-in reader
for the kind of PDF pdfkit writes (Flate content streams, Type0 fonts with a ToUnicode CMap).
usage: extract_text.py FILE...   (prints the text)"""
import email
import html
import os
import re
import shutil
import subprocess
import sys
import zipfile
import zlib
from email import policy
from html.parser import HTMLParser


# ---------------------------------------------------------------- HTML
class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "figcaption", "figure", "section", "article",
             "header", "footer", "aside", "nav", "ul", "ol", "br", "tr", "title", "main", "form"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(raw):
    p = _HTMLText()
    p.feed(raw)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(p.out))


# ---------------------------------------------------------------- DOCX
def docx_text(path):
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n))
        parts = []
        for n in names:
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"<w:tab/>", "\t", xml)
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"</w:tc>", " | ", xml)
            texts = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)|( \| )", xml)
            parts.append("".join(a or b or c for a, b, c in texts))
        return html.unescape("\n".join(parts))


# ---------------------------------------------------------------- PDF
def _pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+)\s+0\s+obj\s*(.*?)\s*endobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)
    return objs


def _stream(obj):
    m = re.search(rb"stream\r?\n(.*?)\r?\nendstream", obj, re.S)
    if not m:
        return b""
    raw = m.group(1)
    if b"/FlateDecode" in obj.split(b"stream", 1)[0]:
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompressobj().decompress(raw)
    return raw


def _cmap(data):
    table = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be", "replace")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for a, b, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            lo, hi = int(a, 16), int(b, 16)
            if rest.startswith(b"["):
                for i, h in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    table[lo + i] = bytes.fromhex(h.decode()).decode("utf-16-be", "replace")
            else:
                start = int(rest[1:-1], 16)
                for i in range(hi - lo + 1):
                    table[lo + i] = chr(start + i)
    return table


def pdf_text_builtin(path):
    data = open(path, "rb").read()
    objs = _pdf_objects(data)
    fonts = {}      # object number of font -> cmap
    for num, obj in objs.items():
        m = re.search(rb"/ToUnicode\s+(\d+)\s+0\s+R", obj)
        if b"/Type /Font" in obj and m:
            fonts[num] = _cmap(_stream(objs[int(m.group(1))]))
    pages = []
    for num, obj in objs.items():
        if not re.search(rb"/Type\s*/Page\b(?!s)", obj):
            continue
        res = obj
        m = re.search(rb"/Resources\s+(\d+)\s+0\s+R", obj)
        if m:
            res = objs[int(m.group(1))]
        fontmap = {}
        fm = re.search(rb"/Font\s*<<(.*?)>>", res, re.S)
        if fm:
            for name, ref in re.findall(rb"/(\w+)\s+(\d+)\s+0\s+R", fm.group(1)):
                fontmap[name] = fonts.get(int(ref), {})
        contents = re.search(rb"/Contents\s+(\d+)\s+0\s+R", obj)
        stream = _stream(objs[int(contents.group(1))]) if contents else b""
        cmap, lines, cur = {}, [], []
        for tok in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|\[(.*?)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\b(ET|Td|TD|T\*)\b", stream, re.S):
            if tok.group(1):
                cmap = fontmap.get(tok.group(1), {})
            elif tok.group(2) is not None or tok.group(3) is not None:
                arr = tok.group(2) if tok.group(2) is not None else b"<" + tok.group(3) + b">"
                for piece in re.finditer(rb"<([0-9A-Fa-f]*)>|(-?[\d.]+)", arr):
                    if piece.group(1) is not None:
                        h = piece.group(1).decode()
                        for i in range(0, len(h), 4):
                            cur.append(cmap.get(int(h[i:i + 4], 16), ""))
                    elif float(piece.group(2)) < -200:      # large negative kern = word gap
                        cur.append(" ")
            elif tok.group(4) in (b"ET", b"Td", b"TD", b"T*"):
                if cur:
                    lines.append("".join(cur))
                    cur = []
        if cur:
            lines.append("".join(cur))
        pages.append("\n".join(lines))
    return "\n\f".join(pages)


def pdf_text(path):
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    return pdf_text_builtin(path)


# ---------------------------------------------------------------- EML
def eml_text(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date") if msg[k])
    body = msg.get_body(preferencelist=("plain",))
    return head + "\n\n" + body.get_content()


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
        return open(path, encoding="utf-8").read()
    if ext in (".html", ".htm"):
        return html_text(open(path, encoding="utf-8").read())
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".eml":
        return eml_text(path)
    raise ValueError("unknown report format: " + path)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(f"===== {p}")
        print(extract(p))
