#!/usr/bin/env python3
"""Plain-text extraction for every report format in reports/ (txt, md, html, docx, pdf)."""
import html as htmlmod, re, sys, zipfile
from html.parser import HTMLParser
from pathlib import Path

class _HTMLText(HTMLParser):
    SKIP = {"script", "style"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "figcaption", "br", "tr", "section", "header", "footer", "nav", "title"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip -= 1
        if tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def html_text(s):
    p = _HTMLText(); p.feed(s); return re.sub(r"\n\s*\n+", "\n", "".join(p.out))

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|footer\d*|header\d*)\.xml$", n)]
        out = []
        for n in sorted(parts):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"</w:tc>", " | ", xml)
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", xml)))
        return "\n".join(out)

def pdf_text(path):
    from pypdf import PdfReader
    pages = []
    for pg in PdfReader(str(path)).pages:
        lines = pg.extract_text().split("\n")
        # drop running header and "Trang x/y" footer so that paragraphs join across page breaks
        lines = [l for l in lines if not re.match(r"^\s*Trang \d+/\d+\s*$", l) and "Báo cáo nhanh Hội nghị Lãnh sự danh dự lần thứ 4" not in l]
        pages.append("\n".join(lines))
    text = "\n".join(pages)
    # a hyphenated name broken at a line end ("Ai-xơ-\nlen") keeps its hyphen when rejoined
    return re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1-\2", text)

def report_text(path):
    path = Path(path); ext = path.suffix.lower()
    if ext == ".html": return html_text(path.read_text(encoding="utf-8"))
    if ext == ".docx": return docx_text(path)
    if ext == ".pdf": return pdf_text(path)
    return path.read_text(encoding="utf-8")

if __name__ == "__main__":
    for f in sys.argv[1:]:
        print(f"===== {f}"); print(report_text(f))
