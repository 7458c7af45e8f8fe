#!/usr/bin/env python3
"""Write questions.tsv from src/questions_src.txt.

The source is written with full diacritics; rows tagged 'accentless' have their question
stripped of diacritics here (NFD, drop combining marks, đ->d, Đ->D).  Report ids (000..010)
become the file names in reports/.  usage: make_questions.py [--check]"""
import glob
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "questions_src.txt")
OUT = os.path.join(ROOT, "questions.tsv")
HEADER = [
    "# Blind evaluation set blind74: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.",
    "# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts",
    "# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse",
    "# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)",
    "# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused",
    "# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;",
    "#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def report_names():
    names = {}
    for p in sorted(glob.glob(os.path.join(ROOT, "reports", "*"))):
        b = os.path.basename(p)
        names[b[:3]] = b
    return names


def read_source(path=SRC):
    """Rows as dicts: question (with diacritics), form, tags, reports (ids), facts, token, line."""
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" :: ")]
        if len(parts) not in (5, 6):
            raise SystemExit(f"{path}:{n}: expected 5 or 6 fields, got {len(parts)}")
        q, form, tags, reps, facts = parts[:5]
        rows.append({"question": q, "form": form, "tags": tags, "reports": reps, "facts": facts,
                     "token": parts[5] if len(parts) == 6 else "", "line": n})
    return rows


def build(rows=None):
    rows = rows if rows is not None else read_source()
    names = report_names()
    out = list(HEADER)
    for r in rows:
        tags = [t for t in r["tags"].split(",") if t and t != "-"]
        q = strip_accents(r["question"]) if "accentless" in tags else r["question"]
        rep = "-" if r["reports"] == "-" else ",".join(names[i.strip()] for i in r["reports"].split(","))
        out.append("\t".join([q, r["form"], ",".join(tags) or "-", rep, r["facts"]]))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        same = os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == text
        print("questions.tsv is up to date" if same else "questions.tsv differs from the source")
        sys.exit(0 if same else 1)
    open(OUT, "w", encoding="utf-8").write(text)
    print("wrote", OUT, len(text.splitlines()) - len(HEADER), "rows")
