#!/usr/bin/env python3
"""Check ../questions.tsv: header, columns, forms, tags, reason codes, file names, and that every
fact group has an alternative found (accent/case-insensitive, whole word) in the named report(s).
Prints statistics and PASS (exit 0) or the problems (exit 1)."""
import collections, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import fold
from extract import extract
from make_questions import HEADER  # noqa: E402  (re-running make_questions is harmless)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")

errors = []
reports = sorted(os.listdir(os.path.join(ROOT, "reports")))
texts = {r: " " + fold(extract(os.path.join(ROOT, "reports", r))) + " " for r in reports}
for r in reports:
    if not NAME.match(r):
        errors.append(f"bad report file name {r}")
lines = open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8").read().split("\n")
if lines[-1] == "":
    lines.pop()
if lines[:4] != HEADER:
    errors.append("header lines differ from the required 4 lines")
rows = lines[4:]
forms, tags, per_report, reasons = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
accentless = english = vi_rows = 0
seen = set()
for i, row in enumerate(rows, 5):
    cols = row.split("\t")
    if len(cols) != 5:
        errors.append(f"line {i}: {len(cols)} columns"); continue
    q, form, tg, rep, facts = cols
    if not q.strip() or q in seen:
        errors.append(f"line {i}: empty or duplicate question")
    seen.add(q)
    if form not in FORMS:
        errors.append(f"line {i}: bad form {form}")
    forms[form] += 1
    tl = [] if tg == "-" else tg.split(",")
    for t in tl:
        if t not in TAGS:
            errors.append(f"line {i}: bad tag {t}")
        tags[t] += 1
    if "english" in tl:
        english += 1
    else:
        vi_rows += 1
        if "accentless" in tl:
            accentless += 1
            if fold(q) != q.lower().replace("đ", "d") and any(ord(c) > 127 for c in q):
                errors.append(f"line {i}: accentless row still has diacritics")
    if form == "refuse":
        if rep != "-":
            errors.append(f"line {i}: refuse row must have report -")
        if facts not in REASONS:
            errors.append(f"line {i}: bad reason {facts}")
        reasons[facts] += 1
        continue
    if facts in REASONS or rep == "-":
        errors.append(f"line {i}: answerable row with reason code or no report"); continue
    names = rep.split(",")
    for n in names:
        if n not in texts:
            errors.append(f"line {i}: unknown report {n}")
        per_report[n] += 1
    blob = " ".join(texts.get(n, "") for n in names)
    for group in facts.split(" && "):
        alts = [a.strip() for a in group.split(" | ")]
        if not any(a and (" " + fold(a) + " ") in blob for a in alts):
            errors.append(f"line {i}: fact group not found in {rep}: {group!r}")
n = len(rows)
print(f"rows: {n}")
print("per form:", dict(sorted(forms.items())))
print("per tag:", dict(sorted(tags.items())))
print("refuse reasons:", dict(sorted(reasons.items())))
print(f"Vietnamese rows: {vi_rows}; accentless among them: {accentless} ({accentless / max(vi_rows, 1):.0%}); english rows: {english} ({english / max(n, 1):.0%})")
print("rows per report:")
for r in reports:
    print(f"  {r}: {per_report[r]}")
if n < 260: errors.append("fewer than 260 rows")
if forms["refuse"] < 40: errors.append("fewer than 40 must-refuse rows")
missing = FORMS - set(forms)
if missing: errors.append(f"forms not covered: {sorted(missing)}")
for r in reports:
    if per_report[r] == 0: errors.append(f"report never used: {r}")
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("PASS")
