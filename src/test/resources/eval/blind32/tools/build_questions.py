#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.py. Rows tagged 'accentless' get their question
stripped of diacritics (NFD, drop combining marks, đ->d); report ids are expanded to file names."""
import pathlib, runpy, unicodedata
ROOT = pathlib.Path(__file__).resolve().parent.parent
rows = runpy.run_path(str(ROOT / "src" / "questions_src.py"))["R"]
files = {f.name[:3]: f.name for f in (ROOT / "reports").iterdir()}
HEADER = """# Blind evaluation set 32 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts"""
def strip(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))
out = [HEADER]
for q, form, tags, rep, facts in rows:
    if "accentless" in tags.split(","):
        q = strip(q)
    rep = "-" if rep == "-" else ",".join(files[r] for r in rep.split(","))
    for c in (q, form, tags, rep, facts):
        assert "\t" not in c and "\n" not in c, c
    out.append("\t".join((q, form, tags, rep, facts)))
(ROOT / "questions.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
print("wrote", len(out) - 1, "rows")
