#!/usr/bin/env python3
"""Plain text of a report file (txt, md, html, docx, pdf), stdlib + pypdf only."""
import html.parser
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "td", "th", "br", "figcaption",
         "title", "header", "footer", "nav", "aside", "section", "article", "span", "a"}


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n" if tag not in ("span", "a") else " ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip -= 1
        if tag in BLOCK:
            self.out.append("\n" if tag not in ("span", "a") else " ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _HTML()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    text = "".join(p.out)
    return re.sub(r"\n\s*\n+", "\n", re.sub(r"[ \t]+", " ", text)).strip()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml", n))
        out = []
        for name in parts:
            root = ET.fromstring(z.read(name))
            for para in root.iter(W + "p"):
                t = "".join(x.text or "" for x in para.iter(W + "t"))
                if t:
                    out.append(t)
    return "\n".join(out)


def pdf_text(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "html":
        return html_text(path)
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(extract(p))
