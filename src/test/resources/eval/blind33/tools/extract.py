#!/usr/bin/env python3
"""Extract plain text from every report format in reports/ (.txt .md .html .docx .pdf).
Usage: python3 tools/extract.py [file ...]   (default: all files in reports/, prints each)"""
import os, re, sys, zipfile, html
from html.parser import HTMLParser
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, "reports")

class _H(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "br", "figcaption", "blockquote", "section", "header", "footer", "nav", "article", "table", "ul", "form", "title"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"): self.skip += 1
        if tag in self.BLOCK: self.out.append("\n")
        if tag in ("td", "th"): self.out.append("\t")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"): self.skip -= 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def html_text(s):
    p = _H(); p.feed(s)
    t = "".join(p.out)
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t]+", " ", t)).strip()

def docx_text(path):
    z = zipfile.ZipFile(path)
    names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
    out = []
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:tab/>", "\t", x)
        x = re.sub(r"</w:p>(?=(?:<[^>]+>)*</w:tc>)", "", x)
        x = re.sub(r"</w:tc>", "\t", x)
        x = re.sub(r"</w:tr>", "\n", x)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", x, flags=re.S)
        x = re.sub(r"<[^>]+>", "", x)
        out.append(html.unescape(x))
    return "\n".join(out).strip()

def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)

def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"): return html_text(open(path, encoding="utf-8").read())
    if ext == ".docx": return docx_text(path)
    if ext == ".pdf": return pdf_text(path)
    return open(path, encoding="utf-8").read()

if __name__ == "__main__":
    files = sys.argv[1:] or [os.path.join(REPORTS, f) for f in sorted(os.listdir(REPORTS))]
    for f in files:
        print(f"===== {os.path.basename(f)}"); print(extract(f)); print()
