#!/usr/bin/env python3
"""Plain-text extraction for every report format in reports/ (txt, md, html, docx, pdf)."""
import html as htmlmod, re, sys, zipfile, pathlib
from html.parser import HTMLParser


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "br", "tr", "section", "footer", "header", "title", "time"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(raw):
    p = _HTMLText()
    p.feed(raw)
    return re.sub(r"\n\s*\n+", "\n", "".join(p.out))


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        for n in names:
            xml = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                runs = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", para, flags=re.S)
                parts.append(htmlmod.unescape("".join(runs)))
    return "\n".join(parts)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def extract(path):
    path = pathlib.Path(path)
    ext = path.suffix.lower()
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    raw = path.read_bytes().decode("utf-8")
    if ext in (".html", ".htm"):
        return html_text(raw)
    return raw


if __name__ == "__main__":
    for a in sys.argv[1:]:
        print("=====", a)
        print(extract(a))
