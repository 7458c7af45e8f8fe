#!/usr/bin/env python3
"""Check questions.tsv of blind set 40 against reports/ and print statistics.

Checks: the 4 header lines; 5 tab-separated columns; form, tag and reason-code vocabularies;
report file names (pattern, existence, 11 reports, given files identical to given/); every fact
group has at least one alternative found (accent- and case-insensitive, whole words) in the text
extracted from the named report(s); accentless rows carry no diacritics; no duplicate questions;
row counts (>= 260 rows, >= 40 refuse rows over all three reasons, >= 15 rows per report, every
form used). Prints statistics and PASS, or the problems and FAIL (exit status 1).
Usage: check_questions.py [questions.tsv]
"""
import collections
import filecmp
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from extract_text import extract  # noqa: E402

HEADER = [
    "# Blind evaluation set 40 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise",
        "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, N_REPORTS = 260, 40, 15, 11


def fold(s):
    """lower-case, strip diacritics (đ -> d), keep letters/digits and '/', collapse the rest."""
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^\w/]+|_", " ", s)
    return " ".join(s.split())


def found(fact, text_folded):
    f = fold(fact)
    if not f:
        return False
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_folded) is not None


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "questions.tsv"
    errors = []
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[:4] != HEADER:
        for i, (a, b) in enumerate(zip(lines[:4], HEADER)):
            if a != b:
                errors.append(f"header line {i + 1} differs: {a!r}")
        if len(lines) < 4:
            errors.append("header incomplete")

    # reports
    rdir = ROOT / "reports"
    reports = sorted(p.name for p in rdir.iterdir() if p.is_file())
    for name in reports:
        if not NAME_RE.match(name):
            errors.append(f"bad report file name: {name}")
    if len(reports) != N_REPORTS:
        errors.append(f"expected {N_REPORTS} reports, found {len(reports)}")
    for g in sorted((ROOT / "given").iterdir()):
        r = rdir / g.name
        if not r.exists() or not filecmp.cmp(g, r, shallow=False):
            errors.append(f"given file not copied byte for byte: {g.name}")
    texts = {}
    for name in reports:
        texts[name] = fold(extract(rdir / name))

    per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
    seen_q = set()
    n_rows = n_accentless = n_english = n_refuse = 0
    for ln, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {ln}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        n_rows += 1
        if not q.strip() or q != q.strip():
            errors.append(f"line {ln}: empty or padded question")
        key = fold(q)
        if key in seen_q:
            errors.append(f"line {ln}: duplicate question: {q}")
        seen_q.add(key)
        if form not in FORMS:
            errors.append(f"line {ln}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        if tags != "-" and not taglist:
            errors.append(f"line {ln}: empty tags")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"line {ln}: bad tag {t!r}")
            per_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            errors.append(f"line {ln}: repeated tag")
        if "accentless" in taglist:
            n_accentless += 1
            if has_diacritics(q):
                errors.append(f"line {ln}: accentless row has diacritics: {q}")
        if "english" in taglist:
            n_english += 1
        if form == "refuse":
            n_refuse += 1
            if rep != "-":
                errors.append(f"line {ln}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"line {ln}: bad reason code {facts!r}")
            per_reason[facts] += 1
            continue
        if facts in REASONS:
            errors.append(f"line {ln}: reason code on a non-refuse row")
        if rep == "-":
            errors.append(f"line {ln}: non-refuse row without report")
            continue
        names = rep.split(",")
        if len(set(names)) != len(names):
            errors.append(f"line {ln}: repeated report")
        bad = [n for n in names if n not in texts]
        if bad:
            errors.append(f"line {ln}: unknown report(s) {bad}")
            continue
        for n in names:
            per_report[n] += 1
        text = " \n ".join(texts[n] for n in names)
        groups = facts.split(" && ")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if any(not a for a in alts):
                errors.append(f"line {ln}: empty fact alternative in {facts!r}")
                continue
            if not any(found(a, text) for a in alts):
                errors.append(f"line {ln}: fact group not found in {rep}: {g!r}  (q: {q})")

    # counts
    if n_rows < MIN_ROWS:
        errors.append(f"only {n_rows} rows (< {MIN_ROWS})")
    if n_refuse < MIN_REFUSE:
        errors.append(f"only {n_refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if per_reason[r] < 5:
            errors.append(f"reason {r} used only {per_reason[r]} times")
    for f in FORMS:
        if not per_form[f]:
            errors.append(f"form {f} unused")
    for t in TAGS:
        if not per_tag[t]:
            errors.append(f"tag {t} unused")
    for name in reports:
        if per_report[name] < MIN_PER_REPORT:
            errors.append(f"report {name} named by only {per_report[name]} rows (< {MIN_PER_REPORT})")

    # statistics
    print(f"rows: {n_rows}   refuse: {n_refuse}   answerable: {n_rows - n_refuse}")
    print(f"accentless: {n_accentless} ({100 * n_accentless / max(n_rows, 1):.1f}%)   "
          f"english: {n_english} ({100 * n_english / max(n_rows, 1):.1f}%)")
    print("\nper form:")
    for f in FORMS:
        print(f"  {f:<13}{per_form[f]:>4}")
    print("\nper tag:")
    for t in TAGS:
        print(f"  {t:<13}{per_tag[t]:>4}")
    print(f"  {'(none: -)':<13}{sum(1 for l in lines[4:] if len(l.split(chr(9))) == 5 and l.split(chr(9))[2] == '-'):>4}")
    print("\nper refuse reason:")
    for r in REASONS:
        print(f"  {r:<14}{per_reason[r]:>4}")
    print("\nper report (rows naming it):")
    for name in reports:
        print(f"  {name:<28}{per_report[name]:>4}")
    if errors:
        print("\nPROBLEMS:")
        for e in errors:
            print("  " + e)
        print(f"\nFAIL ({len(errors)} problems)")
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
