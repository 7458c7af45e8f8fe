#!/usr/bin/env python3
"""Generate questions.tsv from src/questions_src.txt.
- maps report ids (000..010) to the file names in reports/
- strips diacritics (đ->d) from the question of every row tagged 'accentless'
- verifies that each optional probe of a refuse row occurs in NO report (accent/case-insensitive, whole words)"""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract_text import extract, norm, contains

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
    "# Blind evaluation set 43 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def main():
    files = sorted(os.listdir(os.path.join(ROOT, "reports")))
    by_id = {f[:3]: f for f in files}
    texts = [norm(extract(os.path.join(ROOT, "reports", f))) for f in files]
    out, problems = [], []
    for n, raw in enumerate(open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        if len(parts) not in (5, 6):
            problems.append(f"line {n}: {len(parts)} fields")
            continue
        q, form, tags, reps, facts = parts[:5]
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if reps != "-":
            reps = ",".join(by_id[r.strip()] for r in reps.split(","))
        if len(parts) == 6:
            probe = parts[5]
            hits = [f for f, t in zip(files, texts) if contains(t, probe)]
            if hits:
                problems.append(f"line {n}: probe {probe!r} occurs in {hits}")
        for fld in (q, form, tags, reps, facts):
            assert "\t" not in fld and fld, (n, line)
        out.append("\t".join([q, form, tags, reps, facts]))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(HEADER + out) + "\n")
    print(f"wrote questions.tsv with {len(out)} rows")


if __name__ == "__main__":
    main()
