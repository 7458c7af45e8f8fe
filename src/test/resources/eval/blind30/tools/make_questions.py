#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt (accented source).
Rows tagged accentless get their question stripped of diacritics (NFD, drop marks, đ->d)."""
import os, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = {f"R{i}": f for i, f in enumerate(sorted(os.listdir(os.path.join(ROOT, "reports"))))}
HEADER = """# Blind evaluation set 30 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts"""
def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)))
out = [HEADER]
for line in open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("#"): continue
    q, form, tags, reps, facts = [x.strip() for x in line.split(" || ")]
    if "accentless" in tags.split(","): q = strip(q)
    rep = "-" if reps == "-" else " | ".join(R[k.strip()] for k in reps.split("|"))
    out.append("\t".join([q, form, tags, rep, facts]))
open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "rows")
