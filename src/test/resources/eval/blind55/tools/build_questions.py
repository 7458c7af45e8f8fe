#!/usr/bin/env python3
"""src/questions_src.txt -> questions.tsv (+ tools/refuse_keys.tsv for the checker).

Source line: question || form || tags || reports || facts [|| keys]
  reports: 3-digit prefixes (000,005) or '-'; questions tagged 'accentless' lose their diacritics (đ -> d).
  keys (refuse rows): absent:PHRASE ; notin:PHRASE@NNN ; in:PHRASE@NNN  (separated by ';').
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from textutil import strip_accents, REPORTS

src, out = sys.argv[1], sys.argv[2]
files = {f[:3]: f for f in os.listdir(REPORTS)}
rows, keys = [], []
for n, line in enumerate(open(src, encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = [p.strip() for p in line.split("||")]
    if len(parts) not in (5, 6):
        sys.exit(f"src line {n}: {len(parts)} fields: {line}")
    q, form, tags, reps, facts = parts[:5]
    if "accentless" in tags.split(","):
        q = strip_accents(q)
    reps = "-" if reps == "-" else ",".join(files[r.strip()] for r in reps.split(","))
    rows.append("\t".join([q, form, tags, reps, facts]))
    keys.append(parts[5] if len(parts) == 6 else "")

hdr = """# Blind evaluation set blind55 - questions about Ministry of Foreign Affairs (Bo Ngoai giao) reports.
# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# facts: groups joined by ' && ' (all required), alternatives by ' | '; spans as written in the report;
#        matching ignores accents/case and needs whole words. Refuse rows: reason code.
# Generated from src/questions_src.txt by tools/build_questions.py - edit the source, not this file.
"""
open(out, "w", encoding="utf-8").write(hdr + "\n".join(rows) + "\n")
with open(os.path.join(os.path.dirname(__file__), "refuse_keys.tsv"), "w", encoding="utf-8") as f:
    for i, (r, k) in enumerate(zip(rows, keys), 1):
        if k:
            f.write(f"{i}\t{r.split(chr(9))[0]}\t{k}\n")
print(f"wrote {len(rows)} rows to {out}")
