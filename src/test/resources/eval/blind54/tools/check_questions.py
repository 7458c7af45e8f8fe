#!/usr/bin/env python3
"""Validate questions.tsv against the reports.

Checks
  * format: 5 tab-separated columns, valid form / tags / file names / reason codes,
    answerable rows name >= 1 report and 1-3 fact groups, refuse rows have report '-'.
  * accentless rows carry no diacritics; questions.tsv is what tools/make_questions.py makes.
  * every fact group has an alternative that occurs, as whole words (accents and case ignored,
    punctuation other than / - . % read as spaces), in at least one of the row's reports.
  * every refuse row has refuse keys in src/questions_src.txt and each key is absent:
    'phrase' from every report, 'NNN: phrase' from report NNN.
  * every report is named by >= 18 rows.
Text is extracted from txt/md as is, html (visible text), docx (document, headers, footers)
and pdf (pypdf) by tools/extract_text.py.  Prints the counts, then PASS or the failures.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract_text import extract          # noqa: E402
from textnorm import norm, has_words, strip_accents  # noqa: E402
import make_questions                      # noqa: E402

FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
MIN_PER_REPORT = 18


def main():
    errors = []
    rep_dir = os.path.join(ROOT, "reports")
    files = sorted(os.listdir(rep_dir))
    texts = {f: norm(extract(os.path.join(rep_dir, f))) for f in files}
    by_id = {f[:3]: f for f in files}

    tsv_path = os.path.join(ROOT, "questions.tsv")
    lines = open(tsv_path, encoding="utf-8").read().split("\n")
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        rows.append((n, cols))

    # questions.tsv must be exactly what the source produces
    src_rows = make_questions.parse_src()
    if make_questions.render(src_rows) != open(tsv_path, encoding="utf-8").read():
        errors.append("questions.tsv is not what tools/make_questions.py makes from src/questions_src.txt")
    if len(src_rows) != len(rows):
        errors.append(f"src has {len(src_rows)} questions, questions.tsv {len(rows)} rows")

    forms = collections.Counter()
    tags_c = collections.Counter()
    reasons = collections.Counter()
    per_report = collections.Counter()
    seen_q = set()
    for (n, (q, form, tags, rep, facts)), src in zip(rows, src_rows):
        where = f"line {n} ({q[:50]})"
        if q in seen_q:
            errors.append(f"{where}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"{where}: bad form {form!r}")
        forms[form] += 1
        tl = [] if tags == "-" else tags.split(",")
        for t in tl:
            if t not in TAGS:
                errors.append(f"{where}: bad tag {t!r}")
            tags_c[t] += 1
        if not tl:
            tags_c["-"] += 1
        if len(set(tl)) != len(tl):
            errors.append(f"{where}: repeated tag")
        if "accentless" in tl and strip_accents(q) != q:
            errors.append(f"{where}: tagged accentless but has diacritics")
        if form == "refuse":
            if rep != "-":
                errors.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"{where}: bad reason code {facts!r}")
            reasons[facts] += 1
            if not src["keys"]:
                errors.append(f"{where}: refuse row without refuse keys in the source")
            for key in src["keys"]:
                if len(key) > 4 and key[:3].isdigit() and key[3] == ":":
                    rid, phrase = key[:3], key[4:].strip()
                    if rid not in by_id:
                        errors.append(f"{where}: refuse key names unknown report {rid}")
                    elif has_words(texts[by_id[rid]], phrase):
                        errors.append(f"{where}: refuse key {phrase!r} occurs in {by_id[rid]}")
                else:
                    hit = [f for f in files if has_words(texts[f], key)]
                    if hit:
                        errors.append(f"{where}: refuse key {key!r} occurs in {hit}")
            continue
        # answerable
        if facts in REASONS:
            errors.append(f"{where}: answerable row with a reason code")
        if rep == "-":
            errors.append(f"{where}: answerable row without report")
            continue
        names = rep.split(",")
        bad = [x for x in names if x not in texts]
        if bad:
            errors.append(f"{where}: unknown report file(s) {bad}")
            continue
        if len(set(names)) != len(names):
            errors.append(f"{where}: report named twice")
        for x in names:
            per_report[x] += 1
        if form == "compare" and len(names) < 2:
            errors.append(f"{where}: compare row should name >= 2 reports")
        groups = [g.strip() for g in facts.split(" && ")]
        if not 1 <= len(groups) <= 3:
            errors.append(f"{where}: {len(groups)} fact groups (want 1-3)")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if any(not a for a in alts):
                errors.append(f"{where}: empty alternative in {g!r}")
                continue
            if not any(has_words(texts[x], a) for a in alts for x in names):
                errors.append(f"{where}: fact group {g!r} not found in {names}")
        # a report cited by a compare/which-report row should actually contribute a fact
        if len(names) > 1:
            for x in names:
                if not any(has_words(texts[x], a.strip()) for g in groups for a in g.split(" | ")):
                    errors.append(f"{where}: {x} is named but none of the facts occurs in it")

    total = len(rows)
    answerable = total - forms["refuse"]
    print(f"rows: {total}  answerable: {answerable}  refuse: {forms['refuse']}")
    print("forms: " + ", ".join(f"{f}={forms[f]}" for f in FORMS))
    print("refuse reasons: " + ", ".join(f"{r}={reasons[r]}" for r in REASONS))
    print("tags: " + ", ".join(f"{t}={tags_c[t]}" for t in TAGS + ["-"]))
    print("rows per report: " + ", ".join(f"{f[:3]}={per_report[f]}" for f in files))
    for f in files:
        if per_report[f] < MIN_PER_REPORT:
            errors.append(f"report {f} is named by only {per_report[f]} rows (< {MIN_PER_REPORT})")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
