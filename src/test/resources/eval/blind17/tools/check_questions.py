#!/usr/bin/env python3
"""Check questions.tsv: header, 5 columns, forms, tags, report files, facts
(every alternative of every fact group must occur, normalised whole-word, in at
least one of the named reports), refuse rows and reason codes. Prints counts
and PASS or FAIL."""
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import FORMS, HEADER, REASONS, TAGS, contains_word, norm  # noqa: E402
from extract import extract  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
GIVEN = {p.name for p in (ROOT / "given").iterdir()}

path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "questions.tsv"
lines = path.read_text(encoding="utf-8").split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
errors = []
if lines[:4] != HEADER:
    errors.append("header does not match the required 4 lines")

texts = {p.name: norm(extract(p)) for p in sorted(REPORTS.iterdir()) if p.is_file()}
forms = collections.Counter(); tags = collections.Counter(); reasons = collections.Counter()
per_report = collections.Counter(); seen = set()
given_rows = new_rows = 0
n = 0
for i, line in enumerate(lines[4:], start=5):
    if not line.strip():
        errors.append(f"line {i}: empty line"); continue
    cols = line.split("\t")
    if len(cols) != 5:
        errors.append(f"line {i}: {len(cols)} columns"); continue
    n += 1
    q, form, tagstr, rep, facts = cols
    if not q.strip():
        errors.append(f"line {i}: empty question")
    if norm(q) in seen:
        errors.append(f"line {i}: duplicate question")
    seen.add(norm(q))
    if form not in FORMS:
        errors.append(f"line {i}: bad form {form!r}")
    forms[form] += 1
    tl = [] if tagstr == "-" else tagstr.split(",")
    for t in tl:
        if t not in TAGS:
            errors.append(f"line {i}: bad tag {t!r}")
        tags[t] += 1
    if not tl:
        tags["-"] += 1
    if form == "refuse":
        if rep != "-":
            errors.append(f"line {i}: refuse row must have report -")
        if facts not in REASONS:
            errors.append(f"line {i}: bad reason {facts!r}")
        reasons[facts] += 1
        continue
    if facts in REASONS or rep == "-":
        errors.append(f"line {i}: answerable row has reason code or no report")
        continue
    files = rep.split(",")
    ok_files = []
    for f in files:
        if f not in texts:
            errors.append(f"line {i}: report file {f!r} not in reports/")
        else:
            ok_files.append(f); per_report[f] += 1
    if any(f in GIVEN for f in ok_files):
        given_rows += 1
    if any(f not in GIVEN for f in ok_files):
        new_rows += 1
    if not facts.strip():
        errors.append(f"line {i}: empty facts")
    for group in facts.split(" && "):
        for alt in group.split(" | "):
            alt = alt.strip()
            if not alt:
                errors.append(f"line {i}: empty fact alternative"); continue
            if not any(contains_word(texts[f], alt) for f in ok_files):
                errors.append(f"line {i}: fact {alt!r} not found in {','.join(ok_files)}")

refuse = forms["refuse"]
print(f"questions: {n}  answerable: {n - refuse}  refuse: {refuse}")
print(f"answerable rows touching given reports: {given_rows}; touching new reports: {new_rows}")
print("forms:", dict(sorted(forms.items())))
print("tags:", dict(sorted(tags.items())))
print("reasons:", dict(sorted(reasons.items())))
print("rows per report:")
for f in sorted(texts):
    print(f"  {per_report[f]:4d}  {f}")
if n < 220:
    errors.append(f"only {n} questions (need >= 220)")
if refuse < 37:
    errors.append(f"only {refuse} refuse rows (need >= 37)")
for f in texts:
    if per_report[f] == 0:
        errors.append(f"no question about {f}")
for e in errors[:200]:
    print("ERROR:", e)
print("FAIL" if errors else "PASS", f"({len(errors)} errors)")
sys.exit(1 if errors else 0)
