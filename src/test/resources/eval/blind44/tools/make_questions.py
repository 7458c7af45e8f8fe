#!/usr/bin/env python3
"""Generate ../questions.tsv from ../src/questions_src.txt.

Source rows: question ;; form ;; tags ;; reports ;; facts (questions written with diacritics).
Rows tagged 'accentless' get their question stripped of diacritics (đ -> d); report short ids
(000-010) are expanded to the file names found in ../reports/.
"""
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = [
    "# Blind evaluation set 44 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def main():
    files = {p.name[:3]: p.name for p in (ROOT / "reports").iterdir() if p.is_file()}
    out = list(HEADER)
    n = 0
    for ln, raw in enumerate((ROOT / "src" / "questions_src.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split(" ;; ")]
        if len(cols) != 5:
            sys.exit(f"line {ln}: expected 5 columns, got {len(cols)}: {line}")
        q, form, tags, reps, facts = cols
        tagset = [] if tags == "-" else tags.split(",")
        if "accentless" in tagset:
            q = strip_accents(q)
        if reps != "-":
            try:
                reps = ",".join(files[r.strip()] for r in reps.split(","))
            except KeyError as e:
                sys.exit(f"line {ln}: unknown report id {e}")
        for c in (q, form, tags, reps, facts):
            if "\t" in c or "\n" in c:
                sys.exit(f"line {ln}: tab/newline inside a column")
        out.append("\t".join([q, form, tags, reps, facts]))
        n += 1
    (ROOT / "questions.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote questions.tsv with {n} rows")


if __name__ == "__main__":
    main()
