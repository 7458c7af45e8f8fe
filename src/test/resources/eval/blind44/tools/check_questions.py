#!/usr/bin/env python3
"""Check ../questions.tsv of blind set 44 against ../reports/ and print statistics.

Checks: the 4 header lines, 5 columns per row, allowed forms, tags and refuse reason codes,
report file names (pattern NNN_<16 hex>.<ext>, existing in reports/), that every fact group has
at least one alternative found (accent- and case-insensitive, whole words) in the text extracted
from the named report(s), accentless rows carry no diacritics, row counts, per-report coverage,
given files copied byte for byte. Prints statistics and PASS (exit 0) or the failures (exit 1).
"""
import collections
import filecmp
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import text_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SET_NO = 44
HEADER = [
    f"# Blind evaluation set {SET_NO} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 40, 15, 8


def norm(s):
    """lower-case, strip diacritics (đ->d), punctuation -> space; padded for whole-word search."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


def has_diacritics(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s)) or "đ" in s.lower()


def main():
    errors = []
    reports_dir = ROOT / "reports"
    names = sorted(p.name for p in reports_dir.iterdir() if p.is_file())
    for n in names:
        if not NAME_RE.match(n):
            errors.append(f"bad report file name: {n}")
    if len(names) != 11:
        errors.append(f"expected 11 reports, found {len(names)}")
    given = ROOT / "given"
    if given.is_dir():
        for g in sorted(given.iterdir()):
            r = reports_dir / g.name
            if not r.exists() or not filecmp.cmp(g, r, shallow=False):
                errors.append(f"given file not copied byte for byte: {g.name}")
    texts = {n: norm(text_of(reports_dir / n)) for n in names}

    lines = (ROOT / "questions.tsv").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i, (a, b) in enumerate(zip(lines[:4], HEADER)):
            if a != b:
                errors.append(f"header line {i + 1} differs:\n  got  {a!r}\n  want {b!r}")
        if len(lines) < 4:
            errors.append("header incomplete")
    rows = lines[4:]
    per_form = collections.Counter()
    per_tag = collections.Counter()
    per_reason = collections.Counter()
    per_report = collections.Counter()
    per_ext = collections.Counter()
    seen_q = set()
    n_accentless = n_english = 0
    for i, line in enumerate(rows, start=5):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {i}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        if not q.strip():
            errors.append(f"line {i}: empty question")
        if q in seen_q:
            errors.append(f"line {i}: duplicate question {q!r}")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"line {i}: bad form {form!r}")
        per_form[form] += 1
        tagl = [] if tags == "-" else tags.split(",")
        if tags != "-" and not tagl:
            errors.append(f"line {i}: empty tags")
        for t in tagl:
            if t not in TAGS:
                errors.append(f"line {i}: bad tag {t!r}")
            per_tag[t] += 1
        if len(set(tagl)) != len(tagl):
            errors.append(f"line {i}: repeated tag")
        if "accentless" in tagl:
            n_accentless += 1
            if has_diacritics(q):
                errors.append(f"line {i}: accentless row has diacritics: {q!r}")
        if "english" in tagl:
            n_english += 1
        if form == "refuse":
            if rep != "-":
                errors.append(f"line {i}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"line {i}: bad reason code {facts!r}")
            per_reason[facts] += 1
            continue
        if rep == "-":
            errors.append(f"line {i}: answerable row without report")
            continue
        if facts in REASONS:
            errors.append(f"line {i}: reason code on an answerable row")
        reps = rep.split(",")
        for r in reps:
            if r not in texts:
                errors.append(f"line {i}: unknown report {r!r}")
            per_report[r] += 1
            per_ext[r.rsplit(".", 1)[-1]] += 1
        if len(set(reps)) != len(reps):
            errors.append(f"line {i}: repeated report")
        corpus = "".join(texts.get(r, "") for r in reps)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if not all(alts) or not group.strip():
                errors.append(f"line {i}: empty fact alternative in {facts!r}")
                continue
            if not any(norm(a).strip() and norm(a) in corpus for a in alts):
                errors.append(f"line {i}: fact group not found in {rep}: {group!r}")
        # each named report should contribute at least one matching alternative
        if len(reps) > 1:
            for r in reps:
                t = texts.get(r, "")
                if not any(norm(a) in t for g in facts.split(" && ") for a in g.split(" | ")):
                    errors.append(f"line {i}: no fact of {facts!r} is found in {r}")

    total = len(rows)
    n_refuse = per_form["refuse"]
    if total < MIN_ROWS:
        errors.append(f"only {total} rows (< {MIN_ROWS})")
    if n_refuse < MIN_REFUSE:
        errors.append(f"only {n_refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            errors.append(f"reason {r}: only {per_reason[r]} rows")
    for f in FORMS:
        if per_form[f] == 0:
            errors.append(f"form {f} never used")
    for t in TAGS:
        if per_tag[t] == 0:
            errors.append(f"tag {t} never used")
    for n in names:
        if per_report[n] < MIN_PER_REPORT:
            errors.append(f"report {n}: only {per_report[n]} rows (< {MIN_PER_REPORT})")
    acc_share = n_accentless / total if total else 0
    eng_share = n_english / total if total else 0
    if not 0.40 <= acc_share <= 0.60:
        errors.append(f"accentless share {acc_share:.1%} outside 40-60%")
    if not 0.07 <= eng_share <= 0.15:
        errors.append(f"english share {eng_share:.1%} outside 7-15%")

    print(f"rows: {total}  answerable: {total - n_refuse}  refuse: {n_refuse}")
    print(f"accentless: {n_accentless} ({acc_share:.1%})  english: {n_english} ({eng_share:.1%})")
    print("per form:   " + ", ".join(f"{f}={per_form[f]}" for f in FORMS))
    print("per tag:    " + ", ".join(f"{t}={per_tag[t]}" for t in TAGS) + f", none={sum(1 for l in rows if l.split(chr(9))[2:3] == ['-'])}")
    print("per reason: " + ", ".join(f"{r}={per_reason[r]}" for r in REASONS))
    print("per report (rows naming it):")
    for n in names:
        print(f"  {n}  {per_report[n]}")
    print("multi-report rows: " + str(sum(1 for l in rows if len(l.split('\t')) == 5 and ',' in l.split('\t')[3])))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
