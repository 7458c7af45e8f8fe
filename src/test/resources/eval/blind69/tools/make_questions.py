#!/usr/bin/env python3
"""src/questions_src.txt -> questions.tsv (strips diacritics from rows tagged accentless,
expands 3-digit report prefixes to file names, drops the refuse-key column)."""
import sys, os, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import strip_accents

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def load_src(path):
    rows = []
    for ln in open(path, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        cols = [c.strip() for c in ln.split(" || ")]
        if len(cols) == 5:
            cols.append("")
        if len(cols) != 6:
            raise SystemExit(f"bad src row ({len(cols)} cols): {ln}")
        rows.append(cols)
    return rows

def expand(reports):
    if reports == "-":
        return "-"
    names = {os.path.basename(p)[:3]: os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "reports", "*"))}
    return ",".join(names[r.strip()] for r in reports.split(","))

HEADER = """# questions.tsv — blind evaluation set for the Bộ Ngoại giao conference-report QA bot (blind69)
# UTF-8, tab-separated; lines starting with '#' are comments.
# Columns: question <TAB> form <TAB> tags <TAB> report <TAB> facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)
# report: file name(s) in reports/ that answer the row (comma-separated); '-' for rows that must be refused
# facts: answerable rows: groups joined by ' && ' (all required), alternatives by ' | '; spans written as in the report,
#        matched accent/case-insensitively as whole words. Refuse rows: not_in_corpus | false_premise | not_reported
"""

def main(src, dst):
    rows = load_src(src)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for q, form, tags, reps, facts, _key in rows:
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            f.write("\t".join([q, form, tags, expand(reps), facts]) + "\n")
    print(f"wrote {len(rows)} rows to {dst}")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src/questions_src.txt"),
         sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "questions.tsv"))
