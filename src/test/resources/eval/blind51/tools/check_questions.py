#!/usr/bin/env python3
"""Check questions.tsv of blind set 51 against reports/ and print statistics; ends with PASS or FAIL.

Checks: the 4 header lines; 5 columns per row; forms, tags and reason codes from the allowed
sets; report file names (NNN_<16 hex>.<ext>, existing in reports/); refuse rows use report "-"
and a reason code; every fact group of an answerable row has at least one alternative found in
the text extracted from the named report(s) (accent- and case-insensitive, whole words);
accentless rows really have no diacritics; row-count minimums; every form used; the given
reports copied byte for byte.
"""
import collections
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import extract  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "questions.tsv"
REPORTS = ROOT / "reports"
GIVEN = ROOT / "given"
SET_NO = 51

FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
HEADER = [
    f"# Blind evaluation set {SET_NO} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 220, 35, 15, 8


def norm(s):
    """Accent- and case-insensitive token string: đ->d, drop combining marks, lowercase,
    every run of non-alphanumerics becomes one space."""
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + s.strip() + " "


def has_diacritics(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s)) or "đ" in s or "Đ" in s


def main():
    errors = []
    err = errors.append

    # reports
    files = sorted(p.name for p in REPORTS.iterdir() if p.is_file())
    for f in files:
        if not NAME_RE.match(f):
            err(f"bad report file name: {f}")
    if len(files) != 11:
        err(f"expected 11 reports, found {len(files)}")
    for g in sorted(GIVEN.iterdir()):
        r = REPORTS / g.name
        if not r.exists() or r.read_bytes() != g.read_bytes():
            err(f"given report not copied byte for byte: {g.name}")
    texts = {}
    for f in files:
        try:
            texts[f] = norm(extract(REPORTS / f))
        except Exception as e:  # pragma: no cover
            err(f"cannot extract {f}: {e}")
            texts[f] = " "

    raw = TSV.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            err(f"header line {i + 1} differs: {lines[i] if i < len(lines) else None!r}")
    rows = lines[4:]

    by_form, by_tag, by_reason, by_report = (collections.Counter() for _ in range(4))
    n_accentless = n_english = n_refuse = 0
    seen_q = set()
    for ln, line in enumerate(rows, 5):
        cols = line.split("\t")
        if len(cols) != 5:
            err(f"line {ln}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        if not q.strip():
            err(f"line {ln}: empty question")
        if q in seen_q:
            err(f"line {ln}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            err(f"line {ln}: bad form {form!r}")
        by_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                err(f"line {ln}: bad tag {t!r}")
            by_tag[t] += 1
        if not taglist:
            by_tag["-"] += 1
        if "accentless" in taglist:
            n_accentless += 1
            if has_diacritics(q):
                err(f"line {ln}: accentless row has diacritics: {q}")
        if "english" in taglist:
            n_english += 1
        if form == "refuse":
            n_refuse += 1
            if rep != "-":
                err(f"line {ln}: refuse row must have report '-'")
            if facts not in REASONS:
                err(f"line {ln}: bad reason code {facts!r}")
            by_reason[facts] += 1
            continue
        if rep == "-":
            err(f"line {ln}: answerable row without report")
            continue
        names = rep.split(",")
        for nme in names:
            if not NAME_RE.match(nme) or nme not in texts:
                err(f"line {ln}: unknown report {nme!r}")
            by_report[nme] += 1
        if facts in REASONS or not facts.strip():
            err(f"line {ln}: answerable row needs facts")
            continue
        corpus = "".join(texts.get(nme, " ") for nme in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                err(f"line {ln}: empty alternative in {facts!r}")
            if not any(norm(a) != "  " and norm(a) in corpus for a in alts):
                err(f"line {ln}: fact group {group!r} not found in {rep}")

    total = len(rows)
    if total < MIN_ROWS:
        err(f"only {total} rows (< {MIN_ROWS})")
    if n_refuse < MIN_REFUSE:
        err(f"only {n_refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if by_reason[r] < MIN_PER_REASON:
            err(f"reason {r}: only {by_reason[r]} rows")
    for f in files:
        if by_report[f] < MIN_PER_REPORT:
            err(f"report {f}: only {by_report[f]} rows (< {MIN_PER_REPORT})")
    for fm in FORMS:
        if by_form[fm] == 0:
            err(f"form {fm} never used")

    print(f"rows: {total}  answerable: {total - n_refuse}  refuse: {n_refuse}")
    print(f"accentless: {n_accentless} ({100 * n_accentless / max(total, 1):.1f}%)  "
          f"english: {n_english} ({100 * n_english / max(total, 1):.1f}%)")
    print("per form:   " + ", ".join(f"{k} {by_form[k]}" for k in FORMS))
    print("per tag:    " + ", ".join(f"{k} {by_tag[k]}" for k in TAGS + ["-"]))
    print("per reason: " + ", ".join(f"{k} {by_reason[k]}" for k in REASONS))
    print("per report (rows naming it):")
    for f in files:
        print(f"  {f:32s} {by_report[f]}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
