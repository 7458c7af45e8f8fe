#!/usr/bin/env python3
"""Plain-text extraction for every report format in reports/ (txt, md, html, docx, pdf).

Standard library only, except pypdf for the PDF (pip install pypdf).
Usage: python3 tools/extract_text.py reports/007_*.pdf   -> prints the extracted text
"""
import html.parser
import re
import sys
import zipfile
import xml.etree.ElementTree as ET


class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "figcaption", "section",
             "header", "footer", "nav", "main", "article", "figure", "ul", "ol", "form", "span"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "img":  # alt text is visible to a reader of the saved page only as a caption; keep it
            for k, v in attrs:
                if k == "alt" and v:
                    self.out.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _HTMLText()
    p.feed(open(path, encoding="utf-8").read())
    text = "".join(p.out)
    return re.sub(r"\n\s*\n+", "\n", text).strip() + "\n"


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = ["word/document.xml"] + sorted(n for n in z.namelist()
                                           if re.match(r"word/(header|footer)\d*\.xml$", n))
    lines = []
    for name in parts:
        root = ET.fromstring(z.read(name))
        for para in root.iter(W + "p"):
            s = "".join(t.text or "" for t in para.iter(W + "t"))
            if s.strip():
                lines.append(s)
    return "\n".join(lines) + "\n"


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages) + "\n"


def extract(path):
    p = str(path).lower()
    if p.endswith((".html", ".htm")):
        return html_text(path)
    if p.endswith(".docx"):
        return docx_text(path)
    if p.endswith(".pdf"):
        return pdf_text(path)
    return open(path, encoding="utf-8").read()


if __name__ == "__main__":
    for f in sys.argv[1:]:
        sys.stdout.write(extract(f))
