#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

* rows tagged "accentless" have their question stripped of diacritics
  (đ -> d, Đ -> D), the way people type on a phone without a Vietnamese
  keyboard; facts keep their diacritics (matching is accent-insensitive);
* report numbers (000..010) are expanded to the file names in reports/.
Usage: python3 tools/make_questions.py  (run from the set's directory)
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = [
    "# Blind evaluation set 53 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
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
    files = sorted(os.listdir(os.path.join(ROOT, "reports")))
    by_num = {f[:3]: f for f in files}
    out = list(HEADER)
    src = os.path.join(ROOT, "src", "questions_src.txt")
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit(f"{src}:{n}: expected 5 columns, got {len(cols)}")
        q, form, tags, reps, facts = (c.strip() for c in cols)
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if reps != "-":
            reps = ",".join(by_num[r.strip()] for r in reps.split(","))
        out.append("\t".join([q, form, tags, reps, facts]))
    with open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(out) - len(HEADER)} rows to questions.tsv")


if __name__ == "__main__":
    main()
