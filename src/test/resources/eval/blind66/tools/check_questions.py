#!/usr/bin/env python3
"""Validate questions.tsv against the reports. Prints PASS or a list of problems (exit 1).

Checks:
  * 5 columns, valid form, tags, reason codes, report file names that exist in reports/;
  * every fact group of an answerable row has an alternative that occurs, as whole words
    (accent/case-insensitive; punctuation other than / - . % treated as space), in one of
    the named reports (text extracted from txt/md/html/docx/pdf);
  * every refuse row has a key in tools/refuse_keys.tsv and the key span is absent from every
    report (or, for "span@file", from that file);
  * row counts per form / tag / report (printed as a summary).
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import text_of  # noqa: E402

FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


def norm_tokens(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^0-9a-z/\-.%]+", " ", s)
    toks = []
    for t in s.split():
        t = t.strip(".-/")
        if t:
            toks.append(t)
    return toks


def norm(s):
    return " " + " ".join(norm_tokens(s)) + " "


def has_diacritics(s):
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s)) or "đ" in s or "Đ" in s


def main():
    rep_dir = os.path.join(ROOT, "reports")
    files = sorted(os.listdir(rep_dir))
    texts = {f: norm(text_of(os.path.join(rep_dir, f))) for f in files}
    keys = {}
    kp = os.path.join(HERE, "refuse_keys.tsv")
    if os.path.exists(kp):
        for line in open(kp, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            q, k = line.rstrip("\n").split("\t")
            keys[q] = k
    problems = []
    rows = []
    with open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                problems.append(f"line {ln}: {len(cols)} columns")
                continue
            rows.append((ln, cols))
    seen = set()
    by_form, by_tag, by_rep, by_reason = (collections.Counter() for _ in range(4))
    for ln, (q, form, tags, reps, facts) in rows:
        where = f"line {ln} [{q[:60]}]"
        if not q.strip():
            problems.append(f"{where}: empty question")
        if q in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(q)
        if form not in FORMS:
            problems.append(f"{where}: bad form {form!r}")
        by_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                problems.append(f"{where}: bad tag {t!r}")
            by_tag[t] += 1
        if "accentless" in taglist and has_diacritics(q):
            problems.append(f"{where}: tagged accentless but has diacritics")
        if form == "refuse":
            if reps != "-":
                problems.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                problems.append(f"{where}: bad reason code {facts!r}")
            by_reason[facts] += 1
            k = keys.get(q)
            if k is None:
                problems.append(f"{where}: no key in refuse_keys.tsv")
            elif k != "-":
                if "@" in k:
                    span, fname = k.rsplit("@", 1)
                    scope = [fname]
                    if fname not in texts:
                        problems.append(f"{where}: key file {fname} unknown")
                        continue
                else:
                    span, scope = k, files
                ns = norm(span)
                hit = [f for f in scope if ns in texts[f]]
                if hit:
                    problems.append(f"{where}: key {span!r} occurs in {hit}")
                if facts == "not_in_corpus" and "@" in k:
                    problems.append(f"{where}: not_in_corpus key must be absent from every report")
            elif facts == "not_in_corpus":
                problems.append(f"{where}: not_in_corpus row needs a key")
            continue
        if reps == "-":
            problems.append(f"{where}: answerable row without report")
            continue
        replist = reps.split(",")
        for r in replist:
            if r not in texts:
                problems.append(f"{where}: unknown report {r!r}")
            by_rep[r] += 1
        groups = facts.split(" && ")
        if not facts.strip() or len(groups) > 3:
            problems.append(f"{where}: need 1-3 fact groups, got {len(groups)}")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            ok = False
            for a in alts:
                if not a:
                    problems.append(f"{where}: empty alternative")
                    continue
                na = norm(a)
                if na.strip() and any(na in texts[r] for r in replist if r in texts):
                    ok = True
            if not ok:
                problems.append(f"{where}: fact group {g!r} not found in {replist}")
    n = len(rows)
    print(f"rows: {n}  answerable: {n - by_form['refuse']}  refuse: {by_form['refuse']}")
    print("per form:", dict(sorted(by_form.items(), key=lambda x: -x[1])))
    print("per tag:", dict(sorted(by_tag.items(), key=lambda x: -x[1])))
    print("per reason:", dict(by_reason))
    print("per report:")
    for f in files:
        print(f"  {by_rep[f]:4d}  {f}")
        if by_rep[f] < 18:
            problems.append(f"report {f} has only {by_rep[f]} rows (< 18)")
    if problems:
        print("\nFAIL")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
