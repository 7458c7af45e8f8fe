#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.

Source rows: question :: form :: tags :: reports :: facts :: key
 - reports are written as 3-digit numbers and expanded to file names in reports/;
 - rows tagged 'accentless' get their question stripped of diacritics (đ→d);
 - the 6th column (refuse key) stays in the source; tools/check_questions.py reads it from there.
"""
import os, sys, unicodedata

SRC, OUT = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(os.listdir(os.path.join(ROOT, "reports")))
by_num = {f[:3]: f for f in files}


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def rows(path):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split(" :: ")]
        if len(cols) == 5:
            cols.append("")
        if len(cols) != 6:
            sys.exit(f"{path}:{n}: expected 5 or 6 columns, got {len(cols)}")
        yield n, cols


HEADER = """# Blind evaluation set "blind60" for the Vietnamese MFA-report QA chatbot.
# UTF-8, tab-separated. Lines starting with '#' are comments.
# Columns: question <TAB> form <TAB> tags <TAB> report <TAB> facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss (comma-separated, '-' = none)
# report: file name(s) in reports/ that answer the question (comma-separated); '-' = must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | '; spans as written in the report,
#        matched accent- and case-insensitively as whole words. For refuse rows: not_in_corpus | false_premise | not_reported.
# Built by tools/make_questions.py from src/questions_src.txt; checked by tools/check_questions.py.
"""

out = [HEADER.rstrip("\n")]
for n, (q, form, tags, reps, facts, key) in rows(SRC):
    taglist = [t for t in tags.split(",") if t and t != "-"]
    if "accentless" in taglist:
        q = strip_accents(q)
    if reps != "-":
        names = []
        for r in reps.split(","):
            r = r.strip()
            if r not in by_num:
                sys.exit(f"{SRC}:{n}: unknown report {r}")
            names.append(by_num[r])
        reps = ",".join(names)
    form_col = "refuse" if reps == "-" else form
    out.append("\t".join([q, form_col, ",".join(taglist) or "-", reps, facts]))
open(OUT, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"wrote {OUT}: {len(out) - 1} rows")
