#!/usr/bin/env python3
"""src/questions_src.txt (6 columns, with diacritics, file aliases) -> questions.tsv (5 columns)."""
import sys
from common import ALIASES, strip_accents

HEADER = """# Blind evaluation set blind73: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)
# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;
#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported
"""

def rows(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == 5:
            cols.append("")
        if len(cols) != 6:
            raise SystemExit(f"bad column count {len(cols)}: {line}")
        yield cols

def convert(cols):
    q, form, tags, rep, facts, _probe = cols
    if "accentless" in tags.split(","):
        q = strip_accents(q)
    if rep != "-":
        rep = ",".join(ALIASES.get(r.strip(), r.strip()) for r in rep.split(","))
    return [q, form, tags, rep, facts]

def main(src, out):
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for cols in rows(src):
            f.write("\t".join(convert(cols)) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
