#!/usr/bin/env python3
"""Validate questions.tsv against reports/ (and refuse keys from src/questions_src.txt). Prints PASS or the errors."""
import os, sys, glob, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import text_of, norm, contains, strip_accents
from make_questions import load_src

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMS = set("presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split())
TAGS = set("accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

def main():
    errs = []; warns = []
    reports = {os.path.basename(p): norm(text_of(p)) for p in sorted(glob.glob(os.path.join(ROOT, "reports", "*")))}
    if len(reports) != 11:
        errs.append(f"expected 11 reports, found {len(reports)}")
    for g in glob.glob(os.path.join(ROOT, "given", "*")):
        if open(g, "rb").read() != open(os.path.join(ROOT, "reports", os.path.basename(g)), "rb").read():
            errs.append(f"given file not copied byte for byte: {g}")
    rows = []
    with open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"):
                continue
            cols = ln.split("\t")
            if len(cols) != 5:
                errs.append(f"line {i}: {len(cols)} columns"); continue
            rows.append((i, cols))
    src = load_src(os.path.join(ROOT, "src", "questions_src.txt"))
    if len(src) != len(rows):
        errs.append(f"src has {len(src)} rows, tsv has {len(rows)}")
    per_report = collections.Counter(); forms = collections.Counter(); tags = collections.Counter(); reasons = collections.Counter()
    seen_q = set()
    for (i, (q, form, tg, rep, facts)), s in zip(rows, src):
        where = f"line {i} [{q[:50]}]"
        if any(not c.strip() for c in (q, form, tg, rep, facts)):
            errs.append(f"{where}: empty column")
        if q in seen_q:
            errs.append(f"{where}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errs.append(f"{where}: bad form {form}")
        forms[form] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS:
                errs.append(f"{where}: bad tag {t}")
            tags[t] += 1
        if "accentless" in tl and strip_accents(q) != q:
            errs.append(f"{where}: tagged accentless but has diacritics")
        if "accentless" not in tl and "english" not in tl and strip_accents(q) == q:
            errs.append(f"{where}: no diacritics but not tagged accentless")
        if form == "refuse":
            if rep != "-":
                errs.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                errs.append(f"{where}: bad reason {facts}")
            reasons[facts] += 1
            key = s[5]
            if not key:
                errs.append(f"{where}: refuse row without key in src")
            else:
                parts = [p.strip() for p in key.split(" + ")]
                for name, t in reports.items():
                    if all(contains(t, p) for p in parts):
                        errs.append(f"{where}: refuse key '{key}' found in {name}")
                # the key (or each part) should be what the question is about: check it is in the question
                qn = norm(q)
                for p in parts:
                    if not contains(qn, p) and not ("english" in tl):
                        warns.append(f"{where}: note: key part '{p}' is a proxy, not literally in the question")
            continue
        if facts in REASONS:
            errs.append(f"{where}: answerable row has reason code")
        names = rep.split(",")
        for n in names:
            if n not in reports:
                errs.append(f"{where}: unknown report {n}")
            per_report[n] += 1
        groups = [g.strip() for g in facts.split(" && ")]
        if len(groups) > 3:
            errs.append(f"{where}: more than 3 fact groups")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if not any(contains(reports.get(n, ""), a) for a in alts for n in names):
                errs.append(f"{where}: fact group '{g}' not found in {names}")
            for a in alts:
                if len(a.split()) > 8:
                    errs.append(f"{where}: fact span too long '{a}'")
    for n in reports:
        if per_report[n] < 18:
            errs.append(f"report {n} has only {per_report[n]} rows")
    print(f"rows: {len(rows)}  answerable: {len(rows) - forms['refuse']}  refuse: {forms['refuse']}")
    print("forms:", dict(sorted(forms.items())))
    print("tags:", dict(sorted(tags.items())))
    print("reasons:", dict(sorted(reasons.items())))
    print("per report:", {k[:3]: v for k, v in sorted(per_report.items())})
    if warns:
        print("\n".join(warns))
    if errs:
        print("\n".join(errs)); print(f"FAIL ({len(errs)} errors)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
