#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.

Source rows: question ¦ form ¦ tags ¦ reports (short ids) ¦ facts [¦ absent tokens]
Questions are typed with diacritics; rows tagged 'accentless' are stripped here
(NFD, drop combining marks, đ->d, Đ->D). Short report ids are expanded to file names.
"""
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "questions_src.txt")
OUT = os.path.join(ROOT, "questions.tsv")
REPORTS = os.path.join(ROOT, "reports")

HEADER = """# Blind evaluation set blind76: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)
# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;
#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported
"""


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def report_files():
    return {f[:3]: f for f in sorted(os.listdir(REPORTS)) if f[:3].isdigit()}


def read_source():
    rows = []
    with open(SRC, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("¦")]
            if len(cols) not in (5, 6):
                sys.exit(f"{SRC}:{n}: expected 5 or 6 columns, got {len(cols)}")
            q, form, tags, reps, facts = cols[:5]
            absent = [t.strip() for t in cols[5].split(";")] if len(cols) == 6 else []
            rows.append(dict(line=n, q=q, form=form, tags=tags, reports=reps, facts=facts, absent=absent))
    return rows


def to_tsv_rows(rows):
    files = report_files()
    out = []
    for r in rows:
        q = strip_accents(r["q"]) if "accentless" in r["tags"].split() else r["q"]
        rep = "-" if r["reports"] == "-" else ",".join(files[x.strip()] for x in r["reports"].split(","))
        out.append("\t".join([q, r["form"], r["tags"] or "-", rep, r["facts"]]))
    return out


def main():
    rows = read_source()
    text = HEADER + "\n".join(to_tsv_rows(rows)) + "\n"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
