#!/usr/bin/env python3
"""Plain-text extraction for the report formats in reports/: txt, md, html, docx, pdf.
Usage: python3 tools/extract.py reports/<file>  (prints the text)."""
import re, sys, zipfile, pathlib, html
from html.parser import HTMLParser

class _H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        if tag in ("p", "div", "li", "tr", "h1", "h2", "figcaption", "caption", "br", "td", "th"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    p = pathlib.Path(path); ext = p.suffix.lower()
    if ext in (".txt", ".md"):
        return p.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        h = _H(); h.feed(p.read_text(encoding="utf-8")); return "".join(h.out)
    if ext == ".docx":
        xml = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        paras = []
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            paras.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", para, flags=re.S)))
        return "\n".join(paras)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    raise ValueError(f"unsupported format: {p}")

if __name__ == "__main__":
    for a in sys.argv[1:]:
        print(extract(a))
