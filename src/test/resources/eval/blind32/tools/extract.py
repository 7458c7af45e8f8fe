#!/usr/bin/env python3
"""Plain text of every report format in reports/: .txt .md .html .docx .pdf.
Usage: python3 tools/extract.py [file ...]   (default: all files in reports/, printed with a banner)"""
import html.parser, pathlib, re, sys, zipfile
import xml.etree.ElementTree as ET
ROOT = pathlib.Path(__file__).resolve().parent.parent

class _HTML(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "figcaption", "caption", "section", "footer", "header", "nav", "article", "td", "th", "time", "title"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" \n" if tag in ("td", "th") else "\n")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def _html(p):
    h = _HTML(); h.feed(p.read_text(encoding="utf-8"))
    return re.sub(r"\n\s*\n+", "\n", "".join(h.parts)).strip()

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def _docx(p):
    out = []
    with zipfile.ZipFile(p) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        for n in names:
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(x for x in out if x.strip())

def _pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)

def extract(path):
    p = pathlib.Path(path)
    ext = p.suffix.lower()
    if ext in (".txt", ".md"):
        return p.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        return _html(p)
    if ext == ".docx":
        return _docx(p)
    if ext == ".pdf":
        return _pdf(p)
    raise ValueError("unsupported format: " + str(p))

if __name__ == "__main__":
    files = sys.argv[1:] or sorted(str(f) for f in (ROOT / "reports").iterdir())
    for f in files:
        if len(files) > 1:
            print(f"===== {pathlib.Path(f).name}")
        print(extract(f))
