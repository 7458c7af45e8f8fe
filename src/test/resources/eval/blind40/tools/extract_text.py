#!/usr/bin/env python3
"""Plain-text extraction for the report formats of this set (txt, md, html, docx, pdf).
Used by check_questions.py; run directly to print one report's text:
    python3 tools/extract_text.py reports/007_*.pdf
"""
import re
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "noscript"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "figure", "br", "tr",
             "section", "header", "footer", "nav", "article", "ul", "title"}

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
    text = "".join(p.parts)
    return re.sub(r"\n\s*\n+", "\n\n", text)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>\s*</w:tc>", "</w:tc>", xml)  # last paragraph of a table cell
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    xml = re.sub(r"</w:tr>", "\n", xml)
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
        text = path.read_text(encoding="utf-8")
    elif ext == ".html":
        text = html_text(path.read_text(encoding="utf-8"))
    elif ext == ".docx":
        text = docx_text(path)
    elif ext == ".pdf":
        text = pdf_text(path)
    else:
        raise ValueError(f"unsupported extension: {path}")
    return unicodedata.normalize("NFC", text)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(extract(p))
