#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

src rows: question ¦ form ¦ tags ¦ reports ¦ facts   (# lines are comments)
- reports are given as three-digit numbers (000-010) and expanded to file names in reports/;
- rows tagged "accentless" get their question stripped of diacritics (đ→d);
- facts are copied unchanged (they are written as the reports write them).

usage: make_questions.py SRC OUT
"""
import glob
import os
import sys
import unicodedata

HEADER = [
    "# Blind evaluation set 50 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def main(src, out):
    base = os.path.dirname(os.path.abspath(out))
    files = {os.path.basename(p)[:3]: os.path.basename(p)
             for p in glob.glob(os.path.join(base, "reports", "[0-9][0-9][0-9]_*"))}
    rows = []
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" ¦ ")]
        if len(parts) != 5:
            sys.exit(f"{src}:{n}: expected 5 fields, got {len(parts)}: {line}")
        q, form, tags, reps, facts = parts
        taglist = [] if tags == "-" else [t.strip() for t in tags.split(",")]
        if "accentless" in taglist:
            q = strip_accents(q)
        if reps != "-":
            try:
                reps = ",".join(files[r.strip()] for r in reps.split(","))
            except KeyError as e:
                sys.exit(f"{src}:{n}: unknown report number {e}")
        for field in (q, form, tags, reps, facts):
            if "\t" in field:
                sys.exit(f"{src}:{n}: tab inside a field")
        rows.append("\t".join([q, form, tags, reps, facts]))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
