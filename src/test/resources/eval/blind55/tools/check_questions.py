#!/usr/bin/env python3
"""Validate questions.tsv against the texts in reports/. Prints PASS or the list of problems."""
import collections, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from textutil import ROOT, contains, load_reports, norm

FORMS = "presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split()
TAGS = "accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split()
REASONS = ["not_in_corpus", "false_premise", "not_reported"]

texts = load_reports()
byprefix = {f[:3]: f for f in texts}
errors = []
rows = []
for ln, line in enumerate(open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    rows.append((ln, line.split("\t")))

keys = {}
kp = os.path.join(ROOT, "tools", "refuse_keys.tsv")
for line in open(kp, encoding="utf-8"):
    i, q, k = line.rstrip("\n").split("\t")
    keys[int(i)] = (q, k)

forms, tags_c, reps_c, reasons = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
seen = set()
for idx, (ln, cols) in enumerate(rows, 1):
    where = f"line {ln}"
    if len(cols) != 5:
        errors.append(f"{where}: {len(cols)} columns")
        continue
    q, form, tags, reps, facts = cols
    if not q.strip() or q in seen:
        errors.append(f"{where}: empty or duplicate question")
    seen.add(q)
    if form not in FORMS:
        errors.append(f"{where}: bad form {form}")
    forms[form] += 1
    tl = [] if tags == "-" else tags.split(",")
    for t in tl:
        if t not in TAGS:
            errors.append(f"{where}: bad tag {t}")
        tags_c[t] += 1
    if tags == "-":
        tags_c["-"] += 1
    if form == "refuse":
        reasons[facts] += 1
        if reps != "-":
            errors.append(f"{where}: refuse row must have report '-'")
        if facts not in REASONS:
            errors.append(f"{where}: bad reason {facts}")
        if idx not in keys or keys[idx][0] != q:
            errors.append(f"{where}: refuse row without distinguishing key")
            continue
        for k in keys[idx][1].split(";"):
            k = k.strip()
            kind, _, rest = k.partition(":")
            if kind == "absent":
                hit = [f for f, t in texts.items() if contains(t, rest)]
                if hit:
                    errors.append(f"{where}: refuse key '{rest}' found in {hit}")
            elif kind in ("notin", "in"):
                phrase, _, pre = rest.rpartition("@")
                f = byprefix.get(pre)
                if not f:
                    errors.append(f"{where}: bad key report {pre}")
                elif contains(texts[f], phrase) != (kind == "in"):
                    errors.append(f"{where}: key {k} fails")
            else:
                errors.append(f"{where}: bad key {k}")
        continue
    if reps == "-" or not reps:
        errors.append(f"{where}: answerable row without report")
        continue
    rl = reps.split(",")
    for r in rl:
        if r not in texts:
            errors.append(f"{where}: unknown report {r}")
        reps_c[r] += 1
    if form in REASONS or facts in REASONS:
        errors.append(f"{where}: reason code on answerable row")
    groups = facts.split(" && ")
    if not (1 <= len(groups) <= 3):
        errors.append(f"{where}: {len(groups)} fact groups")
    for g in groups:
        alts = [a.strip() for a in g.split(" | ")]
        if not any(a and any(contains(texts[r], a) for r in rl if r in texts) for a in alts):
            errors.append(f"{where}: fact group not found in {rl}: {g!r}")

n = len(rows)
ans = n - forms["refuse"]
print(f"rows: {n}  answerable: {ans}  refuse: {forms['refuse']}")
print("forms:", dict(sorted(forms.items(), key=lambda x: -x[1])))
print("tags:", dict(sorted(tags_c.items(), key=lambda x: -x[1])))
print("reasons:", dict(reasons))
print("rows per report:", {r[:3]: c for r, c in sorted(reps_c.items())})
for f in texts:
    if reps_c[f] < 18:
        errors.append(f"report {f} has only {reps_c[f]} rows")
if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print("PASS")
