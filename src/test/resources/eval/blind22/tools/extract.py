#!/usr/bin/env python3
"""Plain text of each report in reports/ (txt, md, html, docx, pdf).

Usage: extract.py [FILE ...]   (default: every file in reports/, printed with a banner)
       extract.py --dump DIR   (write DIR/<name>.txt for every report)
Only the Python standard library and `pdftotext` (poppler-utils) are used.
"""
import html.parser, pathlib, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "figcaption", "figure",
             "section", "article", "header", "footer", "nav", "aside", "ul", "ol", "title", "td", "th"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _HTMLText()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    text = "".join(p.out)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", l).strip() for l in text.split("\n")]
    return "\n".join(l for l in lines if l)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = []

    def para(p):
        t = "".join(n.text or "" for n in p.iter() if n.tag in (W + "t",))
        bullet = p.find(f"{W}pPr/{W}numPr") is not None
        return ("- " + t) if (bullet and t) else t

    for el in body:
        if el.tag == W + "p":
            out.append(para(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = [" ".join(para(p) for p in tc.iter(W + "p")).strip() for tc in tr.iter(W + "tc")]
                out.append(" | ".join(cells))
    return "\n".join(l for l in out if l.strip())


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def md_text(path):
    t = path.read_text(encoding="utf-8")
    t = re.sub(r"!\[([^\]]*)\]\(([^)\s]*)(?:\s+\"([^\"]*)\")?\)", lambda m: " ".join(x for x in (m.group(1), m.group(3)) if x), t)
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
    t = re.sub(r"\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)", "", t)
    t = re.sub(r"^\|?[-:| ]+\|?$", "", t, flags=re.M)   # table rule lines
    return t


def text_of(path):
    path = pathlib.Path(path)
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        return html_text(path)
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext == ".md":
        return md_text(path)
    return path.read_text(encoding="utf-8", errors="replace")


def main(argv):
    if argv[:1] == ["--dump"]:
        d = pathlib.Path(argv[1]); d.mkdir(parents=True, exist_ok=True)
        for f in sorted(REPORTS.iterdir()):
            (d / (f.name + ".txt")).write_text(text_of(f), encoding="utf-8")
        return
    files = argv or [str(f) for f in sorted(REPORTS.iterdir())]
    for f in files:
        print(f"===== {pathlib.Path(f).name}")
        print(text_of(f))


if __name__ == "__main__":
    main(sys.argv[1:])
