#!/usr/bin/env python3
"""Generate questions.tsv from src/questions_src.txt.
Source rows: question ## form ## tags ## reports(short numbers or -) ## facts.
Rows tagged 'accentless' get their question stripped of Vietnamese diacritics (đ→d)."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from names import NAMES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = dict(NAMES)
for f in sorted(os.listdir(os.path.join(ROOT, "given"))):
    FILES[f[:3]] = f
HEADER = [
    "# Blind evaluation set 45 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
rows = []
for n, line in enumerate(open(os.path.join(ROOT, "src/questions_src.txt"), encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = [x.strip() for x in line.split(" ## ")]
    if len(parts) != 5:
        sys.exit(f"line {n}: expected 5 fields, got {len(parts)}: {line}")
    q, form, tags, reps, facts = parts
    if "accentless" in tags.split(","):
        q = strip_accents(q)
    rep = "-" if reps == "-" else ",".join(FILES[r.strip()] for r in reps.split(","))
    rows.append("\t".join([q, form, tags, rep, facts]))
with open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(HEADER + rows) + "\n")
print(f"wrote questions.tsv with {len(rows)} rows")
