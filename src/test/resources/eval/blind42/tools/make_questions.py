#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.

The source is written by hand with diacritics; columns are separated by "||" and
reports are given by their three-digit ids. For rows tagged 'accentless' the
question is stripped of diacritics (đ -> d), the way people type on a phone.
"""
import glob
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "questions_src.txt")
OUT = os.path.join(ROOT, "questions.tsv")
HEADER = [
    "# Blind evaluation set 42 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def main():
    files = {}
    for p in glob.glob(os.path.join(ROOT, "reports", "*")):
        name = os.path.basename(p)
        files[name[:3]] = name
    rows = []
    with open(SRC, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("||")]
            if len(cols) != 5:
                sys.exit("line %d: expected 5 columns, got %d" % (n, len(cols)))
            q, form, tags, rep, facts = cols
            taglist = [] if tags == "-" else [t.strip() for t in tags.split(",")]
            if "accentless" in taglist:
                q = strip_diacritics(q)
            if rep != "-":
                try:
                    rep = ",".join(files[i.strip()] for i in rep.split(","))
                except KeyError as e:
                    sys.exit("line %d: unknown report id %s" % (n, e))
            for c in (q, form, tags, rep, facts):
                if "\t" in c:
                    sys.exit("line %d: tab inside a column" % n)
            rows.append("\t".join([q, form, tags, rep, facts]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
