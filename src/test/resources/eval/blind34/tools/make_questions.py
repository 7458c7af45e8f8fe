#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.
Source rows: question ;; form ;; tags ;; reports(short ids or -) ;; facts.
Rows tagged 'accentless' get their question stripped of Vietnamese diacritics (đ->d)."""
import sys
from common import ROOT, REPORTS, HEADER, strip_accents
rows = []
for n, line in enumerate((ROOT / "src/questions_src.txt").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    parts = [p.strip() for p in line.split(" ;; ")]
    if len(parts) != 5:
        sys.exit(f"line {n}: expected 5 fields, got {len(parts)}: {line}")
    q, form, tags, reps, facts = parts
    tl = [t for t in tags.split(",") if t and t != "-"]
    if "accentless" in tl:
        q = strip_accents(q)
    rep = "-" if reps == "-" else ",".join(REPORTS[r.strip()] for r in reps.split(","))
    rows.append("\t".join([q, form, ",".join(tl) or "-", rep, facts]))
out = ROOT / "questions.tsv"
out.write_text("\n".join(HEADER + rows) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(rows)} rows)")
