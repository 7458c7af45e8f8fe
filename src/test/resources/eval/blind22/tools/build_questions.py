#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.
Source rows: question ;; form ;; tags ;; R-codes ;; facts  (R0..R10 = reports 000..010).
Rows tagged accentless get every Vietnamese diacritic stripped (NFD, drop marks, đ->d)."""
import pathlib, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "questions_src.txt"
OUT = ROOT / "questions.tsv"
HEADER = """# Blind evaluation set 22 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
"""
files = sorted(p.name for p in (ROOT / "reports").iterdir())
CODE = {f"R{int(f[:3])}": f for f in files}


def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


rows = []
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    q, form, tags, reps, facts = [x.strip() for x in line.split(" ;; ")]
    if "accentless" in tags.split(","):
        q = strip(q)
    rep = "-" if reps == "-" else ",".join(CODE[r] for r in reps.split(","))
    rows.append("\t".join([q, form, tags, rep, facts]))
OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
print(f"wrote {OUT} with {len(rows)} rows")
