#!/usr/bin/env python3
"""Plain text of one report, whatever its format (.txt, .md, .html, .docx, .pdf).

usage: python3 tools/extract.py reports/FILE [...]   (prints the text)
       import extract; extract.text(path)
"""
import html.parser, re, subprocess, sys, zipfile, pathlib
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "figcaption",
         "section", "article", "header", "footer", "nav", "ul", "ol", "table", "title", "figure"}


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" | ")
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt and not self.skip:
                self.out.append(f"[{alt}]\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _html(p):
    parser = _HTML()
    parser.feed(p.read_text(encoding="utf-8", errors="replace"))
    txt = "".join(parser.out)
    txt = re.sub(r"[ \t]+", " ", txt)
    return re.sub(r"\n\s*\n+", "\n\n", txt).strip() + "\n"


def _docx_par(el):
    return "".join(t.text or "" for t in el.iter() if t.tag in (W + "t",)) if el is not None else ""


def _docx(p):
    out = []
    with zipfile.ZipFile(p) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        for name in names:
            root = ET.fromstring(z.read(name))
            body = root.find(W + "body")
            if body is None:
                body = root
            for el in body:
                if el.tag == W + "p":
                    out.append(_docx_par(el))
                elif el.tag == W + "tbl":
                    for tr in el.iter(W + "tr"):
                        cells = [" ".join(_docx_par(pp) for pp in tc.iter(W + "p")) for tc in tr.iter(W + "tc")]
                        out.append(" | ".join(cells))
    return "\n".join(out) + "\n"


def _pdf(p):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def text(path):
    p = pathlib.Path(path)
    ext = p.suffix.lower()
    if ext in (".html", ".htm"):
        return _html(p)
    if ext == ".docx":
        return _docx(p)
    if ext == ".pdf":
        return _pdf(p)
    return p.read_text(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    for a in sys.argv[1:]:
        if len(sys.argv) > 2:
            print(f"===== {a}")
        sys.stdout.write(text(a))
