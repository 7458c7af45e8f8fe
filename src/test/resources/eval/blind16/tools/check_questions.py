#!/usr/bin/env python3
"""Validate questions.tsv against the reports. Prints PASS or the list of problems."""
import os, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import text_of

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HEADER = [
    "# Blind evaluation set 16 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s)

def found(fact, text):
    f = norm(fact).strip()
    return re.search(r"(?<![0-9a-z])" + re.escape(f) + r"(?![0-9a-z])", text) is not None

def main():
    path = os.path.join(ROOT, "questions.tsv")
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    errs = []
    if lines[:4] != HEADER:
        errs.append("header mismatch")
    cache = {}
    forms, tags, reasons, per_report, seen = Counter(), Counter(), Counter(), Counter(), set()
    n_ans = n_ref = 0
    for i, line in enumerate(lines[4:], start=5):
        cols = line.split("\t")
        if len(cols) != 5:
            errs.append(f"line {i}: {len(cols)} columns"); continue
        q, form, tg, rep, facts = cols
        if not q.strip(): errs.append(f"line {i}: empty question")
        if q in seen: errs.append(f"line {i}: duplicate question")
        seen.add(q)
        if form not in FORMS: errs.append(f"line {i}: bad form {form}")
        forms[form] += 1
        if tg != "-":
            for t in tg.split(","):
                if t not in TAGS: errs.append(f"line {i}: bad tag {t}")
                tags[t] += 1
        if form == "refuse":
            n_ref += 1
            if rep != "-": errs.append(f"line {i}: refuse row must have report -")
            if facts not in REASONS: errs.append(f"line {i}: bad reason {facts}")
            reasons[facts] += 1
            continue
        n_ans += 1
        if rep == "-": errs.append(f"line {i}: answerable row without report"); continue
        texts = []
        for r in rep.split(";"):
            p = os.path.join(ROOT, "reports", r)
            if not os.path.exists(p):
                errs.append(f"line {i}: missing report {r}"); continue
            per_report[r] += 1
            if r not in cache: cache[r] = norm(text_of(p))
            texts.append(cache[r])
        if not facts.strip(): errs.append(f"line {i}: empty facts")
        for g in facts.split(" && "):
            alts = [a for a in g.split(" | ") if a.strip()]
            if not alts: errs.append(f"line {i}: empty group"); continue
            if not any(found(a, t) for a in alts for t in texts):
                errs.append(f"line {i}: fact group not found: {g!r}")
    print(f"rows: {n_ans + n_ref} (answerable {n_ans}, refuse {n_ref}: {dict(reasons)})")
    print("forms:", dict(sorted(forms.items())))
    print("tags:", dict(sorted(tags.items())))
    print("per report:", dict(sorted(per_report.items())))
    if errs:
        print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
