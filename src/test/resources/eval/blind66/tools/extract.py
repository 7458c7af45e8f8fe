#!/usr/bin/env python3
"""Plain-text extraction of every report format used in reports/ (txt, md, html, docx, pdf)."""
import html as htmlmod
import os
import re
import sys
import zipfile


def text_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext in (".html", ".htm"):
        with open(path, encoding="utf-8") as f:
            s = f.read()
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|figcaption|figure|title|section|header|footer|tr)>", "\n", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        s = htmlmod.unescape(s)
        return re.sub(r"[ \t]+", " ", s)
    if ext == ".docx":
        with zipfile.ZipFile(path) as z:
            parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
            out = []
            for n in sorted(parts, key=lambda n: (not n.endswith("document.xml"), n)):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>|</w:tc>", "\t", x)
                x = re.sub(r"(?s)<[^>]+>", "", x)
                out.append(htmlmod.unescape(x))
            return "\n".join(out)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    raise ValueError("unknown format: " + path)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("=====", p)
        print(text_of(p))
