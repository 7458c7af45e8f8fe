#!/usr/bin/env python3
"""Validate questions.tsv against the reports.

* columns, forms, tags, reason codes and report file names are valid;
* every fact group of an answerable row has an alternative that occurs (accent/case-insensitive,
  whole words; punctuation other than / - . % as spaces) in at least one of the row's named reports;
* every refuse row's distinguishing span(s) (6th field of src/questions_src.txt) occur in NO report;
  not_in_corpus rows must declare such a span;
* questions.tsv is in sync with src/questions_src.txt; accentless rows carry no diacritics;
* prints per-form / per-tag / per-report counts and PASS or FAIL."""
import collections, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from textnorm import tokens, contains, strip_accents  # noqa: E402
from extract import extract  # noqa: E402
import build_questions  # noqa: E402

ROOT = HERE.parent
REPORTS = ROOT / "reports"
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

errors = []


def err(msg):
    errors.append(msg)


files = sorted(p.name for p in REPORTS.iterdir() if p.is_file())
texts = {f: tokens(extract(REPORTS / f)) for f in files}

rows = []
for ln, line in enumerate((ROOT / "questions.tsv").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    cols = line.split("\t")
    if len(cols) != 5:
        err(f"questions.tsv:{ln}: {len(cols)} columns")
        continue
    rows.append((ln, cols))

src_rows = build_questions.load_rows()
if len(src_rows) != len(rows):
    err(f"questions.tsv has {len(rows)} rows but src has {len(src_rows)} — rebuild with tools/build_questions.py")

form_c, tag_c, rep_c, reason_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
seen_q = set()
for (ln, (q, form, tags, report, facts)), src in zip(rows, src_rows):
    where = f"questions.tsv:{ln}"
    if q != src["question"] or facts != src["facts"]:
        err(f"{where}: out of sync with src line {src['line']}")
    if not q.strip():
        err(f"{where}: empty question")
    if q in seen_q:
        err(f"{where}: duplicate question")
    seen_q.add(q)
    if form not in FORMS:
        err(f"{where}: bad form {form!r}")
    form_c[form] += 1
    taglist = [] if tags == "-" else tags.split(",")
    if tags != "-" and not taglist:
        err(f"{where}: empty tags")
    for t in taglist:
        if t not in TAGS:
            err(f"{where}: bad tag {t!r}")
        tag_c[t] += 1
    if "accentless" in taglist and strip_accents(q) != q:
        err(f"{where}: accentless row has diacritics")
    if "english" in taglist and "accentless" in taglist:
        err(f"{where}: english and accentless together")
    if form == "refuse":
        if report != "-":
            err(f"{where}: refuse row must have report '-'")
        if facts not in REASONS:
            err(f"{where}: bad reason code {facts!r}")
        reason_c[facts] += 1
        absent = [a.strip() for a in src["absent"].split(" && ") if a.strip()]
        if facts == "not_in_corpus" and not absent:
            err(f"{where}: not_in_corpus row declares no distinguishing span")
        for a in absent:
            hits = [f for f in files if contains(texts[f], a)]
            if hits:
                err(f"{where}: distinguishing span {a!r} occurs in {hits}")
        continue
    if report == "-" or facts in REASONS:
        err(f"{where}: answerable row ({form}) without report/facts")
        continue
    named = report.split(",")
    for f in named:
        if f not in texts:
            err(f"{where}: unknown report {f!r}")
        rep_c[f] += 1
    if len(set(named)) != len(named):
        err(f"{where}: report listed twice")
    groups = facts.split(" && ")
    if len(groups) > 3:
        err(f"{where}: more than 3 fact groups")
    for g in groups:
        alts = [a.strip() for a in g.split(" | ")]
        if any(not a for a in alts):
            err(f"{where}: empty alternative in {g!r}")
            continue
        if not any(contains(texts[f], a) for a in alts for f in named if f in texts):
            err(f"{where}: fact group {g!r} not found in {named}")

answerable = sum(v for k, v in form_c.items() if k != "refuse")
print(f"rows: {len(rows)}  answerable: {answerable}  refuse: {form_c['refuse']}")
print("per form:   " + ", ".join(f"{k}={v}" for k, v in sorted(form_c.items(), key=lambda x: -x[1])))
print("per tag:    " + ", ".join(f"{k}={v}" for k, v in sorted(tag_c.items(), key=lambda x: -x[1])))
print("per reason: " + ", ".join(f"{k}={v}" for k, v in sorted(reason_c.items())))
print("per report:")
for f in files:
    print(f"  {rep_c[f]:4d}  {f}")
    if rep_c[f] < 18:
        err(f"report {f} has only {rep_c[f]} rows (< 18)")
for e in errors:
    print("ERROR:", e)
print("FAIL" if errors else "PASS")
sys.exit(1 if errors else 0)
