#!/usr/bin/env python3
"""Plain text of a report in any of the set's formats (.txt .md .html .docx .pdf).
Usage: extract.py FILE [FILE...]   (prints the text)"""
import re, sys, zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

class _HTML(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "figcaption", "section", "header", "footer", "nav", "article", "table", "ul", "form"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        elif tag in self.BLOCK: self.out.append("\n")
        elif tag in ("td", "th"): self.out.append("\t")
        if tag == "img":
            alt = dict(attrs).get("alt")
            # alt text duplicates the caption; keep it out
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def html_text(s):
    p = _HTML(); p.feed(s)
    t = "".join(p.out)
    t = re.sub(r"[ \t]*\n[ \t\n]*", "\n", t)
    return t.strip()

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def _docx_part(xml):
    root = ET.fromstring(xml); lines = []
    for el in root.iter():
        if el.tag == W + "p":
            txt = []
            for r in el.iter():
                if r.tag == W + "t" and r.text: txt.append(r.text)
                elif r.tag == W + "tab": txt.append("\t")
                elif r.tag == W + "instrText" and r.text:
                    txt.append({"PAGE": "#", "NUMPAGES": "#"}.get(r.text.strip().split()[0], ""))
            lines.append("".join(txt))
    return "\n".join(lines)

def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [_docx_part(z.read("word/document.xml"))]
    for n in sorted(z.namelist()):
        if re.match(r"word/(header|footer)\d*\.xml", n): parts.append(_docx_part(z.read(n)))
    return "\n".join(parts)

def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)

def extract(path):
    low = path.lower()
    if low.endswith((".html", ".htm")): return html_text(open(path, encoding="utf-8").read())
    if low.endswith(".docx"): return docx_text(path)
    if low.endswith(".pdf"): return pdf_text(path)
    return open(path, encoding="utf-8").read()

if __name__ == "__main__":
    for f in sys.argv[1:]:
        print(extract(f))
