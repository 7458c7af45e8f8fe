#!/usr/bin/env python3
"""Plain-text extraction for the report formats of this set (txt, md, html, docx, pdf),
and the accent/case-insensitive normalisation used by check_questions.py."""
import html.parser, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET


class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "noscript"}

    def __init__(self):
        super().__init__()
        self.depth, self.out = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag in ("p", "br", "li", "h1", "h2", "h3", "div", "figcaption", "tr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def extract(path):
    if path.endswith((".txt", ".md")):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    if path.endswith(".docx"):
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            paras.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(paras)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    raise ValueError("unknown format: " + path)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def contains(text_norm, phrase):
    """whole-word, accent- and case-insensitive match of phrase in already-normalised text"""
    p = norm(phrase)
    if not p:
        return False
    pat = r"(?<![0-9a-z])" + r"\s+".join(re.escape(w) for w in p.split(" ")) + r"(?![0-9a-z])"
    return re.search(pat, text_norm) is not None


if __name__ == "__main__":
    for f in sys.argv[1:]:
        t = extract(f)
        print(f"== {f}: {len(t.split())} words")
        if len(sys.argv) == 2:
            print(t)
