#!/usr/bin/env python3
"""Plain-text extraction for the report formats (txt, md, html, docx, pdf) + matching helpers."""
import html as htmlmod, re, sys, unicodedata, zipfile
from html.parser import HTMLParser


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "noscript"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "figcaption", "title", "br", "tr", "section", "footer", "nav", "header"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def extract(path):
    if path.endswith((".txt", ".md")):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return re.sub(r"\n\s*\n+", "\n\n", "".join(p.out))
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            runs = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", para, flags=re.S)
            paras.append(htmlmod.unescape("".join(runs)))
        return "\n".join(paras)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    raise ValueError(path)


def fold(s):
    """Accent- and case-insensitive form: NFD, drop marks, đ->d, lowercase, collapse spaces."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()


def contains(text_folded, span):
    """Whole-word match of span inside already folded text."""
    f = fold(span)
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_folded) is not None


if __name__ == "__main__":
    print(extract(sys.argv[1]))
