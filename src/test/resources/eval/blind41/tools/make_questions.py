#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

Each source line: question ## form ## tags ## reports ## facts
 - reports are short ids (000..010) mapped to the file names in reports/;
 - questions tagged "accentless" are stripped of diacritics (đ -> d) here,
   so the source keeps the properly accented wording.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "questions_src.txt")
OUT = os.path.join(ROOT, "questions.tsv")
SET_NO = 41

HEADER = [
    "# Blind evaluation set %d for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated." % SET_NO,
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def report_map():
    files = sorted(f for f in os.listdir(os.path.join(ROOT, "reports")) if not f.startswith("."))
    m = {}
    for f in files:
        m[f[:3]] = f
    return m


def main():
    rmap = report_map()
    rows = []
    with open(SRC, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" ## ")]
            if len(parts) != 5:
                sys.exit("line %d: expected 5 fields, got %d: %s" % (n, len(parts), line))
            q, form, tags, reps, facts = parts
            tagset = [t for t in tags.split(",") if t and t != "-"]
            if "accentless" in tagset:
                q = strip_accents(q)
            if reps == "-":
                rep_col = "-"
            else:
                try:
                    rep_col = ",".join(rmap[r.strip()] for r in reps.split(","))
                except KeyError as e:
                    sys.exit("line %d: unknown report id %s" % (n, e))
            for field in (q, form, tags, rep_col, facts):
                if "\t" in field:
                    sys.exit("line %d: tab inside a field" % n)
            rows.append("\t".join([q, form, tags if tagset else "-", rep_col, facts]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print("wrote %s: %d rows" % (OUT, len(rows)))


if __name__ == "__main__":
    main()
