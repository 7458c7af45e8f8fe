#!/usr/bin/env python3
"""Plain-text extraction for the report formats of this set (txt, md, html, docx, pdf).
Usage: python3 tools/extract.py reports/FILE  -> prints the text."""
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "br", "tr", "section",
             "article", "aside", "header", "footer", "nav", "ol", "ul", "span", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    p = _HTMLText()
    p.feed(raw)
    return re.sub(r"\n\s*\n+", "\n", "".join(p.parts))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    import html as _h
    return _h.unescape(text)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def extract(path):
    path = Path(path)
    ext = path.suffix.lower()
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".html":
        return html_text(path.read_text(encoding="utf-8"))
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    raise ValueError(f"unsupported format: {path}")


if __name__ == "__main__":
    print(extract(sys.argv[1]))
