#!/usr/bin/env python3
"""Check questions.tsv of blind set 43 against reports/ and print statistics.
Exit 0 and print PASS when every check holds."""
import collections, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract_text import extract, norm, contains

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET_NO = 43
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
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 40, 15, 10

errors = []


def err(msg):
    errors.append(msg)


def has_diacritics(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s)) or "đ" in s.lower()


def main():
    rdir = os.path.join(ROOT, "reports")
    files = sorted(os.listdir(rdir))
    for f in files:
        if not NAME_RE.match(f):
            err(f"bad report file name: {f}")
    if len(files) != 11:
        err(f"expected 11 reports, found {len(files)}")
    texts = {f: norm(extract(os.path.join(rdir, f))) for f in files}
    words = {f: len(extract(os.path.join(rdir, f)).split()) for f in files}

    raw = open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8").read()
    if "\r" in raw:
        err("CR characters in questions.tsv")
    lines = raw.rstrip("\n").split("\n")
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            err(f"header line {i+1} differs")
    rows = lines[len(HEADER):]

    per_form, per_tag, per_reason = collections.Counter(), collections.Counter(), collections.Counter()
    per_report, seen = collections.Counter(), set()
    n_accentless = n_english = n_refuse = 0
    for ln, row in enumerate(rows, len(HEADER) + 1):
        cols = row.split("\t")
        if len(cols) != 5:
            err(f"line {ln}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        if any(not c.strip() or c != c.strip() for c in cols):
            err(f"line {ln}: empty or padded column")
        if q in seen:
            err(f"line {ln}: duplicate question")
        seen.add(q)
        if form not in FORMS:
            err(f"line {ln}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                err(f"line {ln}: bad tag {t!r}")
            per_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            err(f"line {ln}: repeated tag")
        if "accentless" in taglist:
            n_accentless += 1
            if has_diacritics(q):
                err(f"line {ln}: accentless row still has diacritics")
        if "english" in taglist:
            n_english += 1
            if "accentless" in taglist:
                err(f"line {ln}: english and accentless together")
        elif "accentless" not in taglist and not has_diacritics(q):
            err(f"line {ln}: Vietnamese row without diacritics is not tagged accentless")
        if form == "refuse":
            n_refuse += 1
            if rep != "-":
                err(f"line {ln}: refuse row must have report -")
            if facts not in REASONS:
                err(f"line {ln}: bad reason code {facts!r}")
            per_reason[facts] += 1
            continue
        if facts in REASONS:
            err(f"line {ln}: reason code on a non-refuse row")
        if rep == "-":
            err(f"line {ln}: non-refuse row without report")
            continue
        reps = rep.split(",")
        for r in reps:
            if r not in texts:
                err(f"line {ln}: unknown report {r!r}")
        reps = [r for r in reps if r in texts]
        for r in reps:
            per_report[r] += 1
        text = " ".join(texts[r] for r in reps)
        for group in facts.split(" && "):
            alts = group.split(" | ")
            if any(not a.strip() or a != a.strip() for a in alts):
                err(f"line {ln}: malformed fact group {group!r}")
            if not any(contains(text, a) for a in alts):
                err(f"line {ln}: fact group {group!r} not found in {','.join(reps)}")

    total = len(rows)
    if total < MIN_ROWS:
        err(f"only {total} rows (< {MIN_ROWS})")
    if n_refuse < MIN_REFUSE:
        err(f"only {n_refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            err(f"reason {r}: only {per_reason[r]} rows")
    for f in FORMS:
        if per_form[f] == 0:
            err(f"form {f} never used")
    for t in TAGS:
        if per_tag[t] == 0:
            err(f"tag {t} never used")
    for f in files:
        if per_report[f] < MIN_PER_REPORT:
            err(f"report {f}: only {per_report[f]} rows")
    acc_share, en_share = n_accentless / total, n_english / total
    if not 0.40 <= acc_share <= 0.60:
        err(f"accentless share {acc_share:.1%} outside 40-60%")
    if not 0.08 <= en_share <= 0.15:
        err(f"english share {en_share:.1%} outside 8-15%")

    print(f"rows: {total}   answerable: {total - n_refuse}   refuse: {n_refuse}")
    print(f"accentless: {n_accentless} ({acc_share:.1%})   english: {n_english} ({en_share:.1%})")
    print("per form:   " + ", ".join(f"{f} {per_form[f]}" for f in FORMS))
    print("per tag:    " + ", ".join(f"{t} {per_tag[t]}" for t in TAGS) + f", (none) {sum(1 for r in rows if r.split(chr(9))[2] == '-')}")
    print("per reason: " + ", ".join(f"{r} {per_reason[r]}" for r in REASONS))
    print("per report (rows naming it; words of extracted text):")
    for f in files:
        print(f"  {f:32s} {per_report[f]:3d} rows  {words[f]:5d} words")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
