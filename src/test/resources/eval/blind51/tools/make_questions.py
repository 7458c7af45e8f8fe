#!/usr/bin/env python3
"""Generate questions.tsv from src/questions_src.txt.

- report ids (000..010) are mapped to the file names in reports/;
- questions of rows tagged `accentless` are stripped of diacritics (đ -> d, Đ -> D);
- the 4 header lines are written first.
"""
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "questions_src.txt"
OUT = ROOT / "questions.tsv"
SET_NO = 51

HEADER = [
    f"# Blind evaluation set {SET_NO} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def main():
    files = {p.name[:3]: p.name for p in (ROOT / "reports").iterdir() if p.is_file()}
    rows = []
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit(f"src line {n}: expected 5 columns, got {len(cols)}: {line!r}")
        q, form, tags, rep, facts = (c.strip() for c in cols)
        q = unicodedata.normalize("NFC", q)
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if rep != "-":
            try:
                rep = ",".join(files[r.strip()] for r in rep.split(","))
            except KeyError as e:
                sys.exit(f"src line {n}: unknown report id {e}")
        rows.append("\t".join([q, form, tags, rep, unicodedata.normalize("NFC", facts)]))
    OUT.write_text("\n".join(HEADER + rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT} with {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
