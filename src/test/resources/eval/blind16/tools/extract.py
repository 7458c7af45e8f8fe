#!/usr/bin/env python3
"""Plain-text extraction for every report format (used by check_questions.py and word counts)."""
import re, subprocess, zipfile, html, sys, os

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<w:tab/>", " ", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout
    raw = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw

if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(f"{len(text_of(p).split()):6d}  {os.path.basename(p)}")
