#!/usr/bin/env python3
"""Extract plain text from a report file in reports/.

txt/md: read as is; docx: text of word/document.xml (paragraphs and table
cells on separate lines); pdf: `pdftotext -layout`; html: tags, scripts and
styles stripped, block elements turned into line breaks, entities decoded.
Usage: extract.py FILE [FILE...]  (prints text)
"""
import html
import re
import subprocess
import sys
import zipfile
from pathlib import Path


def extract_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"<w:br[^>]*/>", "\n", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", "\t", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    return html.unescape(text)


def extract_pdf(path):
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def extract_html(path):
    s = Path(path).read_text(encoding="utf-8")
    s = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|nav|figure|figcaption|main|form)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    s = re.sub(r"[ \t\r\f\v]+", " ", s)
    s = re.sub(r"\n\s*\n+", "\n\n", s)
    return s.strip() + "\n"


def extract(path):
    p = Path(path)
    ext = p.suffix.lower()
    if ext == ".docx":
        return extract_docx(p)
    if ext == ".pdf":
        return extract_pdf(p)
    if ext in (".html", ".htm"):
        return extract_html(p)
    return p.read_text(encoding="utf-8")


if __name__ == "__main__":
    for f in sys.argv[1:]:
        sys.stdout.write(extract(f))
