#!/usr/bin/env python3
"""Plain text from a report: txt, md, html, docx, pdf.  Usage: extract.py FILE"""
import html, re, sys, zipfile
from html.parser import HTMLParser

class _H(HTMLParser):
    SKIP = {"script", "style", "noscript"}
    BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "figcaption", "br", "section", "header",
             "footer", "nav", "article", "ol", "ul", "table", "title", "time", "figure"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        if tag in self.BLOCK: self.out.append("\n")
        if tag in ("td", "th"): self.out.append(" | ")
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip -= 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def from_html(raw):
    h = _H(); h.feed(raw)
    return re.sub(r"\n\s*\n+", "\n", "".join(h.out))

def from_docx(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))

def from_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)

def extract(path):
    low = path.lower()
    if low.endswith((".html", ".htm")):
        return from_html(open(path, encoding="utf-8").read())
    if low.endswith(".docx"):
        return from_docx(path)
    if low.endswith(".pdf"):
        return from_pdf(path)
    return open(path, encoding="utf-8").read()

if __name__ == "__main__":
    sys.stdout.write(extract(sys.argv[1]))
