#!/usr/bin/env python3
"""Plain text of a report file: .txt/.md as is, .html without tags/scripts/styles,
.docx paragraphs and table cells (zip + XML), .pdf with pypdf.

usage: extract_text.py FILE   (prints the text)
"""
import re
import sys
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "tr", "br", "title",
             "header", "footer", "nav", "aside", "section", "article", "span", "a", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    p = _HTMLText()
    p.feed(raw)
    text = "".join(p.parts)
    return re.sub(r"\n\s*\n+", "\n", text)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        return html_text(open(path, encoding="utf-8").read())
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        return pdf_text(path)
    raise ValueError("unknown extension: " + path)


if __name__ == "__main__":
    sys.stdout.write(extract(sys.argv[1]))
