#!/usr/bin/env python3
"""Check questions.tsv of blind evaluation set 50 against reports/.

Checks: the 4 header lines; 5 tab-separated columns per row; form, tags, reason codes;
report file names (NNN_<16 hex>.<txt|md|html|docx|pdf>, existing in reports/);
every fact group of an answerable row has at least one alternative found in the text
extracted from the named report(s) (accent- and case-insensitive, whole words);
refuse rows have report "-" and a reason code; the accentless tag matches the text;
row counts (>= 220 rows, >= 35 refuse rows with all three reasons, >= 15 rows per report,
every form and every report used). Prints statistics and PASS (exit 0) or the errors (exit 1).

usage: check_questions.py [questions.tsv] [reports_dir]
"""
import collections
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract_text import extract  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
    "# Blind evaluation set 50 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many",
         "list", "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable",
        "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT = 220, 35, 15


def fold(s):
    """lower case, no diacritics (đ→d), whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()


def has_accents(s):
    return fold(s) != re.sub(r"\s+", " ", s.lower()).strip()


def found(fact, text_folded):
    f = fold(fact)
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_folded) is not None


def main(path=None, rdir=None):
    path = path or os.path.join(HERE, "questions.tsv")
    rdir = rdir or os.path.join(HERE, "reports")
    errors = []
    raw = open(path, encoding="utf-8").read()
    if raw.startswith("\ufeff"):
        errors.append("file starts with a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            errors.append(f"header line {i + 1} differs: {lines[i] if i < len(lines) else None!r}")
    report_files = sorted(f for f in os.listdir(rdir) if not f.startswith("."))
    for f in report_files:
        if not NAME_RE.match(f):
            errors.append(f"bad report file name in reports/: {f}")
    texts = {}

    def text_of(f):
        if f not in texts:
            texts[f] = fold(extract(os.path.join(rdir, f)))
        return texts[f]

    rows = []
    for ln, line in enumerate(lines[len(HEADER):], len(HEADER) + 1):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {ln}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        rows.append((ln, q, form, tags, rep, facts))
        if not q.strip():
            errors.append(f"line {ln}: empty question")
        if form not in FORMS:
            errors.append(f"line {ln}: unknown form {form!r}")
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"line {ln}: unknown tag {t!r}")
        if len(set(taglist)) != len(taglist):
            errors.append(f"line {ln}: repeated tag")
        if "accentless" in taglist and has_accents(q):
            errors.append(f"line {ln}: tagged accentless but has diacritics")
        if "accentless" not in taglist and "english" not in taglist and not has_accents(q):
            errors.append(f"line {ln}: no diacritics but not tagged accentless/english")
        if form == "refuse":
            if rep != "-":
                errors.append(f"line {ln}: refuse row must have report -")
            if facts not in REASONS:
                errors.append(f"line {ln}: refuse row needs a reason code, got {facts!r}")
            continue
        if rep == "-":
            errors.append(f"line {ln}: answerable row without report")
            continue
        if facts in REASONS:
            errors.append(f"line {ln}: reason code on an answerable row")
        files = rep.split(",")
        for f in files:
            if not NAME_RE.match(f):
                errors.append(f"line {ln}: bad report name {f!r}")
            elif f not in report_files:
                errors.append(f"line {ln}: report {f} not in reports/")
        files = [f for f in files if f in report_files]
        if not files:
            continue
        text = " \n ".join(text_of(f) for f in files)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                errors.append(f"line {ln}: empty fact alternative in {group!r}")
                continue
            if not any(found(a, text) for a in alts):
                errors.append(f"line {ln}: fact group {group!r} not found in {','.join(files)}")

    # ---- statistics ----
    n = len(rows)
    forms = collections.Counter(r[2] for r in rows)
    tagc = collections.Counter(t for r in rows for t in ([] if r[3] == "-" else r[3].split(",")))
    reasons = collections.Counter(r[5] for r in rows if r[2] == "refuse")
    per_report = collections.Counter(f for r in rows if r[4] != "-" for f in r[4].split(","))
    refuse = sum(1 for r in rows if r[2] == "refuse")
    if n < MIN_ROWS:
        errors.append(f"only {n} rows (< {MIN_ROWS})")
    if refuse < MIN_REFUSE:
        errors.append(f"only {refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if reasons[r] == 0:
            errors.append(f"no refuse rows with reason {r}")
    for fm in FORMS:
        if forms[fm] == 0:
            errors.append(f"form {fm} not used")
    for f in report_files:
        if per_report[f] < MIN_PER_REPORT:
            errors.append(f"report {f} has only {per_report[f]} rows (< {MIN_PER_REPORT})")

    print(f"rows: {n}  (answerable {n - refuse}, refuse {refuse})")
    print(f"accentless: {tagc['accentless']} ({100 * tagc['accentless'] / max(n, 1):.1f}%)   "
          f"english: {tagc['english']} ({100 * tagc['english'] / max(n, 1):.1f}%)")
    multi = sum(1 for r in rows if r[4] != "-" and "," in r[4])
    print(f"rows naming several reports: {multi}")
    print("per form:   " + ", ".join(f"{k} {forms[k]}" for k in FORMS))
    print("per tag:    " + ", ".join(f"{k} {tagc[k]}" for k in TAGS) + f", (none) {sum(1 for r in rows if r[3] == '-')}")
    print("per reason: " + ", ".join(f"{k} {reasons[k]}" for k in REASONS))
    print("per report:")
    for f in report_files:
        print(f"  {f:32s} {per_report[f]}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
