#!/usr/bin/env python3
"""Plain-text extraction for every report format in reports/ (txt, md, html, docx,
pdf, eml), standard library + pdftotext only.  `extract.py FILE` prints the text."""
import email, email.policy, html.parser, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag == "meta":
            a = dict(attrs)
            if a.get("property") in ("og:title", "article:published_time"):
                self.parts.append("\n" + a.get("content", "") + "\n")
        if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "br", "time", "span", "title"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        self.parts.append("\n" if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "title") else "")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _docx(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def extract(path):
    if path.endswith((".txt", ".md")):
        return open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.parts)
    if path.endswith(".docx"):
        return _docx(path)
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout
    if path.endswith(".eml"):
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date"))
        return head + "\n\n" + msg.get_body(("plain",)).get_content()
    raise ValueError("unknown format: " + path)


def fold(s):
    """NFC -> strip accents (NFD, drop combining marks), đ->d, lowercase, collapse spaces."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


if __name__ == "__main__":
    print(extract(sys.argv[1]))
