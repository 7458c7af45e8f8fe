#!/usr/bin/env python3
"""Text extraction + normalisation shared by the checker."""
import re, sys, zipfile, unicodedata, html as htmlmod
from pathlib import Path

def text_of(path):
    p = Path(path)
    ext = p.suffix.lower()
    if ext in (".txt", ".md"):
        return p.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        s = p.read_text(encoding="utf-8")
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<!--.*?-->", " ", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        return htmlmod.unescape(s)
    if ext == ".docx":
        with zipfile.ZipFile(p) as z:
            parts = [n for n in z.namelist() if re.match(r"word/(document|footer\d*|header\d*)\.xml$", n)]
            out = []
            for n in parts:
                x = z.read(n).decode("utf-8")
                x = re.sub(r"(?s)<w:instrText[^>]*>.*?</w:instrText>", "", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>|</w:tc>", " ", x)
                x = re.sub(r"(?s)<[^>]+>", "", x)
                out.append(htmlmod.unescape(x))
            return "\n".join(out)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    raise ValueError(f"unsupported: {path}")

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)

def norm(s):
    s = strip_accents(s).lower()
    s = re.sub(r"[^\w/\-.%]+", " ", s)          # punctuation other than / - . % -> space
    s = s.replace("_", " ")
    s = re.sub(r"\.(?!\w)|(?<!\w)\.", " ", s)    # sentence dots are not part of words
    s = re.sub(r"(?<!\w)-(?!\w)", " - ", s)
    return " " + " ".join(s.split()) + " "

def contains(haystack_norm, needle):
    n = norm(needle)
    return n.strip() != "" and n in haystack_norm

if __name__ == "__main__":
    for a in sys.argv[1:]:
        print(text_of(a))
