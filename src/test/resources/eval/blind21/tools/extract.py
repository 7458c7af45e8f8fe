#!/usr/bin/env python3
"""Extract plain text from each report format in reports/ (stdlib + pdftotext).
Usage: extract.py [FILE ...]   (default: all files in reports/, prints === name headers)"""
import html.parser, pathlib, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"

class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "svg"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "figcaption",
             "figure", "section", "article", "header", "footer", "nav", "ul", "ol", "title", "aside", "form"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        elif tag in self.BLOCK: self.out.append("\n")
        if tag == "img":
            alt = dict(attrs).get("alt")
            # alt text duplicates captions; keep it out of the body text
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK: self.out.append("\n")
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def html_text(p):
    h = _HTMLText(); h.feed(p.read_text(encoding="utf-8")); h.close()
    text = "".join(h.out)
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in text.splitlines()]
    return "\n".join(l for l in lines if l)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def docx_text(p):
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    body = root.find(W + "body")
    for el in body:
        if el.tag == W + "p":
            out.append("".join(t.text or "" for t in el.iter(W + "t")))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = ["".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.findall(W + "tc")]
                out.append(" | ".join(cells))
    return "\n".join(l for l in out if l.strip())

def pdf_text(p):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True,
                          text=True, check=True).stdout

def extract(p):
    p = pathlib.Path(p)
    ext = p.suffix.lower()
    if ext in (".html", ".htm"): return html_text(p)
    if ext == ".docx": return docx_text(p)
    if ext == ".pdf": return pdf_text(p)
    return p.read_text(encoding="utf-8")

if __name__ == "__main__":
    files = sys.argv[1:] or sorted(str(f) for f in REPORTS.iterdir() if f.is_file())
    for f in files:
        if len(files) > 1: print(f"=== {pathlib.Path(f).name}")
        print(extract(f))
