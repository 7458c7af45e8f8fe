#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

Usage: make_questions.py SRC OUT
Each source row: question || form || tags || report ids || facts. Report ids are the 3-digit
prefixes of files in ../reports (mapped to full names here). Questions of rows tagged
'accentless' are stripped of Vietnamese diacritics (đ -> d, Đ -> D); facts are left as written.
"""
import os
import sys
import unicodedata

SET_NO = 52
HEADER = [
    f"# Blind evaluation set {SET_NO} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))


def main():
    src, out = sys.argv[1], sys.argv[2]
    rep_dir = os.path.join(os.path.dirname(os.path.abspath(out)), "reports")
    by_id = {f[:3]: f for f in os.listdir(rep_dir)}
    rows = []
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        if len(parts) != 5:
            sys.exit(f"{src}:{n}: expected 5 fields, got {len(parts)}")
        q, form, tags, ids, facts = parts
        q = unicodedata.normalize("NFC", q)
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if ids == "-":
            report = "-"
        else:
            try:
                report = ",".join(by_id[i.strip()] for i in ids.split(","))
            except KeyError as e:
                sys.exit(f"{src}:{n}: unknown report id {e}")
        for field in (q, form, tags, report, facts):
            if "\t" in field:
                sys.exit(f"{src}:{n}: tab inside a field")
        rows.append("\t".join([q, form, tags, report, unicodedata.normalize("NFC", facts)]))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
