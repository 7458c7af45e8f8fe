#!/usr/bin/env python3
"""Validate questions.tsv against reports/ (and src/questions_src.txt for refuse probes).

Checks: 5 columns; valid form/tags/reason codes/file names; every fact group has an alternative found
as whole words (accent/case-insensitive, punctuation other than / - . % treated as spaces) in one of the
named reports; refuse rows name no report and their probe (src column 6) is absent from every report;
not_in_corpus rows must have a probe; accentless rows contain no diacritics; questions.tsv matches the
source; every report has >= 18 rows. Prints PASS or the list of problems."""
import sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, FORMS, TAGS, REASONS, norm, contains, strip_accents
from extract import report_text
import make_questions

def main():
    reports = {p.name: norm(report_text(p)) for p in sorted((ROOT / "reports").iterdir()) if p.is_file()}
    all_text = "".join(reports.values())
    src_rows = list(make_questions.rows(ROOT / "src" / "questions_src.txt"))
    tsv_rows = []
    for i, line in enumerate(open(ROOT / "questions.tsv", encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        tsv_rows.append((i, line.split("\t")))
    errs = []
    if len(src_rows) != len(tsv_rows):
        errs.append(f"row count differs: src {len(src_rows)} vs tsv {len(tsv_rows)}")
    per_form, per_tag, per_report, per_reason = Counter(), Counter(), Counter(), Counter()
    seen_q = set()
    for (i, cols), src in zip(tsv_rows, src_rows):
        if len(cols) != 5:
            errs.append(f"line {i}: {len(cols)} columns"); continue
        if cols != make_questions.convert(src):
            errs.append(f"line {i}: differs from src/questions_src.txt")
        q, form, tags, rep, facts = cols
        probe = src[5].strip()
        if q in seen_q: errs.append(f"line {i}: duplicate question")
        seen_q.add(q)
        if form not in FORMS: errs.append(f"line {i}: bad form {form}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS: errs.append(f"line {i}: bad tag {t}")
            per_tag[t] += 1
        if "accentless" in taglist and strip_accents(q) != q:
            errs.append(f"line {i}: accentless question still has diacritics")
        if form == "refuse":
            per_reason[facts] += 1
            if rep != "-": errs.append(f"line {i}: refuse row names a report")
            if facts not in REASONS: errs.append(f"line {i}: bad reason {facts}")
            if facts == "not_in_corpus" and not probe: errs.append(f"line {i}: not_in_corpus row without probe")
            if probe and contains(all_text, probe):
                hits = [n for n, t in reports.items() if contains(t, probe)]
                errs.append(f"line {i}: probe '{probe}' found in {hits}")
            continue
        if rep == "-": errs.append(f"line {i}: answerable row without report"); continue
        names = rep.split(",")
        for n in names:
            if n not in reports: errs.append(f"line {i}: unknown report {n}")
            per_report[n] += 1
        texts = [reports[n] for n in names if n in reports]
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if not any(a for a in alts) or not any(contains(t, a) for a in alts for t in texts):
                errs.append(f"line {i}: fact group '{group}' not found in {names}")
            if len(alts) > 6 or any(len(a) > 60 for a in alts):
                errs.append(f"line {i}: fact span too long: {group}")
        if facts.count(" && ") > 2:
            errs.append(f"line {i}: more than 3 fact groups")
    for n in reports:
        if per_report[n] < 18:
            errs.append(f"report {n}: only {per_report[n]} rows")
    total = len(tsv_rows)
    print(f"rows: {total}  answerable: {total - per_form['refuse']}  refuse: {per_form['refuse']}")
    print("forms:", dict(per_form.most_common()))
    print("tags:", dict(per_tag.most_common()))
    print("refuse reasons:", dict(per_reason))
    print("rows per report:", {k[:28]: v for k, v in sorted(per_report.items())})
    if errs:
        print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
