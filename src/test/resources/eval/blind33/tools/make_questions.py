#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.
Source rows: question ~ form ~ tags ~ report codes (000,004 or -) ~ facts.
Rows tagged 'accentless' get their question stripped of diacritics (đ→d), as typed on a phone."""
import os, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
 "# Blind evaluation set 33 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
 "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
 '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
 "# question\tform\ttags\treport\tfacts",
]
files = sorted(os.listdir(os.path.join(ROOT, "reports")))
code2file = {f[:3]: f for f in files}

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))

out = list(HEADER)
for line in open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    q, form, tags, codes, facts = [x.strip() for x in line.split(" ~ ")]
    if "accentless" in tags.split(","):
        q = strip_accents(q).lower().replace("“", '"').replace("”", '"')
    rep = "-" if codes == "-" else ",".join(code2file[c.strip()] for c in codes.split(","))
    out.append("\t".join([q, form, tags, rep, facts]))
open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("rows:", len(out) - 4)
