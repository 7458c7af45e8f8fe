#!/usr/bin/env python3
"""Generate questions.tsv from src/questions_src.txt.
Rows tagged 'accentless' get their question stripped of Vietnamese diacritics (đ->d);
report ids (000-010) are expanded to file names found in reports/."""
import os, sys, unicodedata, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
    "# Blind evaluation set 49 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def main():
    files = {os.path.basename(f)[:3]: os.path.basename(f) for f in glob.glob(os.path.join(ROOT, "reports", "*"))}
    out = list(HEADER)
    for n, line in enumerate(open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit(f"line {n}: expected 5 columns, got {len(cols)}: {line}")
        q, form, tags, reps, facts = [c.strip() for c in cols]
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if reps != "-":
            reps = ",".join(files[r.strip()] for r in reps.split(","))
        out.append("\t".join([q, form, tags, reps, facts]))
    open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"wrote questions.tsv with {len(out) - len(HEADER)} rows")

if __name__ == "__main__":
    main()
