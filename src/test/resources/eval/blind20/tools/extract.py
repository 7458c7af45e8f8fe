#!/usr/bin/env python3
"""Extract plain text from a report in reports/ (.txt, .md, .html, .docx, .pdf).

Usage: python3 tools/extract.py reports/FILE [...]   (prints the text)
       from extract import extract_text
Only the standard library and `pdftotext` (poppler-utils) are used."""
import html.parser, pathlib, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET


class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
             "figcaption", "figure", "section", "article", "header", "footer", "nav", "ul", "ol",
             "aside", "main", "title", "span", "form"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt and not self.skip:
                self.out.append("\n" + alt + "\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _html(path):
    p = _HTMLText()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    text = "".join(p.out)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in text.split("\n")]
    return "\n".join(l for l in lines if l)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_part(xml_bytes):
    root = ET.fromstring(xml_bytes)
    out = []

    def para(p):
        return "".join(t.text or "" for t in p.iter() if t.tag in (W + "t",)) + \
               ""  # tabs/breaks inside runs are rare in our files

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                out.append(para(ch))
            elif ch.tag == W + "tbl":
                for tr in ch.iter(W + "tr"):
                    cells = []
                    for tc in tr.findall(W + "tc"):
                        cells.append(" ".join(para(p) for p in tc.iter(W + "p")).strip())
                    out.append("\t".join(cells))
            else:
                walk(ch)
    walk(root)
    return "\n".join(out)


def _docx(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        parts = [n for n in names if re.match(r"word/header\d*\.xml", n)] + ["word/document.xml"] + \
                [n for n in names if re.match(r"word/footer\d*\.xml", n)]
        return "\n".join(_docx_part(z.read(n)) for n in parts if n in names)


def _pdf(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def extract_text(path):
    path = pathlib.Path(path)
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        return _html(path)
    if ext == ".docx":
        return _docx(path)
    if ext == ".pdf":
        return _pdf(path)
    return path.read_text(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    for f in sys.argv[1:]:
        if len(sys.argv) > 2:
            print(f"===== {f}")
        print(extract_text(f))
