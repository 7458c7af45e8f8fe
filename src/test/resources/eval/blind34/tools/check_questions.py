#!/usr/bin/env python3
"""Validate questions.tsv: header, 5 columns, forms, tags, refuse reason codes, report file names,
and that every fact group has an alternative found (accent/case-insensitive, whole word) in the
text extracted from the named report(s). Prints counts and PASS (exit 0) or the errors (exit 1)."""
import sys, collections
from common import ROOT, REPORTS, HEADER, FORMS, TAGS, REASONS, norm, found, strip_accents
from extract import extract
errs = []
lines = (ROOT / "questions.tsv").read_text(encoding="utf-8").split("\n")
if lines[-1] == "": lines = lines[:-1]
if lines[:4] != HEADER: errs.append("header lines differ from the required 4 lines")
files = set(REPORTS.values())
texts = {f: norm(extract(ROOT / "reports" / f)) for f in files}
forms, tags, reasons, per_report = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
rows = lines[4:]; seen = set(); accentless = english = vi = 0
for i, l in enumerate(rows, 5):
    c = l.split("\t")
    if len(c) != 5: errs.append(f"line {i}: {len(c)} columns"); continue
    q, form, tg, rep, facts = c
    if not q.strip(): errs.append(f"line {i}: empty question")
    if q in seen: errs.append(f"line {i}: duplicate question")
    seen.add(q)
    if form not in FORMS: errs.append(f"line {i}: bad form {form}")
    forms[form] += 1
    tl = [] if tg == "-" else tg.split(",")
    for t in tl:
        if t not in TAGS: errs.append(f"line {i}: bad tag {t}")
        tags[t] += 1
    if "english" in tl: english += 1
    else:
        vi += 1
        if strip_accents(q) == q: accentless += 1
    if "accentless" in tl and strip_accents(q) != q: errs.append(f"line {i}: tagged accentless but has diacritics")
    if form == "refuse":
        if rep != "-": errs.append(f"line {i}: refuse row must have report -")
        if facts not in REASONS: errs.append(f"line {i}: bad reason {facts}")
        reasons[facts] += 1; continue
    if rep == "-" or facts in REASONS: errs.append(f"line {i}: answerable row needs report and facts"); continue
    names = rep.split(",")
    for f in names:
        if f not in files: errs.append(f"line {i}: unknown report {f}")
        per_report[f] += 1
    if form in ("compare", "which-report") and len(names) < 1: errs.append(f"line {i}: no report")
    text = " ".join(texts.get(f, "") for f in names)
    for g in facts.split(" && "):
        alts = [a.strip() for a in g.split(" | ")]
        if not all(alts) or not any(found(a, text) for a in alts):
            errs.append(f"line {i}: fact group not found in {rep}: {g}")
print("rows:", len(rows))
print("forms:", dict(sorted(forms.items())))
print("tags:", dict(sorted(tags.items())))
print("refuse reasons:", dict(reasons))
print("rows per report:", {f[:3]: per_report[f] for f in sorted(files)})
print(f"accentless Vietnamese rows: {accentless}/{vi} = {accentless/max(vi,1):.0%}; english rows: {english} = {english/len(rows):.0%}")
missing = [f for f in FORMS if not forms[f]] + [f for f in sorted(files) if not per_report[f]]
if missing: errs.append(f"not covered: {missing}")
if len(rows) < 260: errs.append("fewer than 260 rows")
if forms["refuse"] < 40: errs.append("fewer than 40 refuse rows")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("PASS")
