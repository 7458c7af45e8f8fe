"""Plain-text extraction for every report format in reports/ (txt, md, html, docx, pdf)."""
import re, zipfile, html
from html.parser import HTMLParser
import xml.etree.ElementTree as ET


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "br", "tr", "section", "footer", "header"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def text_of(path):
    if path.endswith((".txt", ".md")):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return html.unescape("".join(h.out))
    if path.endswith(".docx"):
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        z = zipfile.ZipFile(path)
        parts = ["word/document.xml"] + [n for n in z.namelist() if re.match(r"word/(footer|header)\d*\.xml", n)]
        out = []
        for part in parts:
            root = ET.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(out)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        t = "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
        return re.sub(r"(\w)-\s*\n\s*", r"\1-", t)  # re-join words hyphenated at line ends
    raise ValueError(path)
