#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt: expand report aliases R0..R10 to file names,
strip diacritics (đ->d) from rows tagged accentless, write the exact 4-line header."""
import pathlib, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
files = sorted(p.name for p in (ROOT / "reports").iterdir() if p.is_file())
ALIAS = {f"R{int(f[:3])}": f for f in files}
HEADER = """# Blind evaluation set 21 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
"""

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))

out = [HEADER.rstrip("\n")]
for line in (ROOT / "src" / "questions_src.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    q, form, tags, rep, facts = [c.strip() for c in line.split(" @@ ")]
    if "accentless" in tags.split(","):
        q = strip_accents(q)
    rep = "-" if rep == "-" else ",".join(ALIAS[r] for r in rep.split(","))
    out.append("\t".join([q, form, tags, rep, facts]))
(ROOT / "questions.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"wrote {len(out) - 1} rows")
