#!/usr/bin/env python3
"""Check questions.tsv of blind set 42 against reports/ and print statistics.

Checks: the 4 header lines, 5 columns per row, forms, tags, refuse reason codes,
report file names (pattern and existence), given reports copied byte for byte,
that every fact group has an alternative found in the text extracted from the
named report(s) (accent- and case-insensitive, whole words), accentless rows
carry no diacritics, no duplicate questions, and the row-count targets.
Prints PASS (exit 0) or the list of problems (exit 1).
"""
import collections
import filecmp
import glob
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract_text import extract  # noqa: E402

SET = 42
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = os.path.join(ROOT, "questions.tsv")
REPORTS = os.path.join(ROOT, "reports")
GIVEN = os.path.join(ROOT, "given")
HEADER = [
    "# Blind evaluation set %d for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated." % SET,
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 40, 15, 8


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def norm(s):
    """Accent- and case-fold; keep . , / - only between digits; other punctuation -> space."""
    s = strip_diacritics(unicodedata.normalize("NFC", s)).lower()
    out = []
    for i, c in enumerate(s):
        if c.isalnum():
            out.append(c)
        elif c in "./,-" and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
            out.append(c)
        else:
            out.append(" ")
    return " " + re.sub(r"\s+", " ", "".join(out)).strip() + " "


def found(fact, text):
    f = norm(fact).strip()
    if not f:
        return False
    pat = r"(?<![a-z0-9])(?<![0-9][./,-])" + re.escape(f) + r"(?![a-z0-9])(?![./,-][0-9])"
    return re.search(pat, text) is not None


def main():
    problems = []
    with open(TSV, encoding="utf-8") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        problems.append("file starts with a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            problems.append("header line %d differs" % (i + 1))

    report_files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(REPORTS, "*")))
    for name in report_files:
        if not NAME_RE.match(name):
            problems.append("bad report file name: %s" % name)
    for g in sorted(glob.glob(os.path.join(GIVEN, "*"))):
        r = os.path.join(REPORTS, os.path.basename(g))
        if not os.path.exists(r) or not filecmp.cmp(g, r, shallow=False):
            problems.append("given file not copied byte for byte: %s" % os.path.basename(g))
    texts = {name: norm(extract(os.path.join(REPORTS, name))) for name in report_files}

    per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
    rows, seen = 0, set()
    n_accentless = n_english = 0
    for ln, line in enumerate(lines[len(HEADER):], len(HEADER) + 1):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            problems.append("line %d: %d columns" % (ln, len(cols)))
            continue
        rows += 1
        q, form, tags, rep, facts = cols
        if not q.strip() or q != q.strip():
            problems.append("line %d: empty or padded question" % ln)
        key = norm(q)
        if key in seen:
            problems.append("line %d: duplicate question" % ln)
        seen.add(key)
        if form not in FORMS:
            problems.append("line %d: bad form %r" % (ln, form))
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        if not taglist and tags != "-":
            problems.append("line %d: empty tags" % ln)
        for t in taglist:
            if t not in TAGS:
                problems.append("line %d: bad tag %r" % (ln, t))
            per_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            problems.append("line %d: repeated tag" % ln)
        if "accentless" in taglist:
            n_accentless += 1
            if strip_diacritics(q) != q:
                problems.append("line %d: accentless question has diacritics" % ln)
        elif "english" not in taglist and strip_diacritics(q) == q:
            problems.append("line %d: question without diacritics is not tagged accentless" % ln)
        if "english" in taglist:
            n_english += 1
            if "accentless" in taglist:
                problems.append("line %d: english row tagged accentless" % ln)
        if form == "refuse":
            if rep != "-":
                problems.append("line %d: refuse row must have report -" % ln)
            if facts not in REASONS:
                problems.append("line %d: bad reason code %r" % (ln, facts))
            per_reason[facts] += 1
            per_report["-"] += 1
            continue
        if facts in REASONS:
            problems.append("line %d: reason code on a non-refuse row" % ln)
        if "premise" in taglist:
            problems.append("line %d: premise tag on a non-refuse row" % ln)
        if rep == "-":
            problems.append("line %d: non-refuse row without report" % ln)
            continue
        names = rep.split(",")
        bad = [n for n in names if not NAME_RE.match(n) or n not in texts]
        if bad:
            problems.append("line %d: unknown report(s) %s" % (ln, bad))
            continue
        if len(set(names)) != len(names):
            problems.append("line %d: report named twice" % ln)
        if form in ("compare",) and len(names) < 2:
            problems.append("line %d: compare row needs two reports" % ln)
        for n in names:
            per_report[n] += 1
        text = "".join(texts[n] for n in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                problems.append("line %d: empty fact alternative" % ln)
            if not any(found(a, text) for a in alts):
                problems.append("line %d: fact group not found in %s: %r" % (ln, names, group))
        # every named report must contribute at least one fact alternative
        if len(names) > 1:
            for n in names:
                if not any(found(a.strip(), texts[n]) for g in facts.split(" && ") for a in g.split(" | ")):
                    problems.append("line %d: report %s contributes no fact" % (ln, n))

    # targets
    if rows < MIN_ROWS:
        problems.append("only %d rows (< %d)" % (rows, MIN_ROWS))
    if per_form["refuse"] < MIN_REFUSE:
        problems.append("only %d refuse rows (< %d)" % (per_form["refuse"], MIN_REFUSE))
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            problems.append("reason %s has only %d rows" % (r, per_reason[r]))
    for f in FORMS:
        if per_form[f] == 0:
            problems.append("form %s not covered" % f)
    for n in report_files:
        if per_report[n] < MIN_PER_REPORT:
            problems.append("report %s has only %d rows" % (n, per_report[n]))
    acc_share = n_accentless / rows if rows else 0
    en_share = n_english / rows if rows else 0
    if not 0.40 <= acc_share <= 0.60:
        problems.append("accentless share %.1f%% outside 40-60%%" % (100 * acc_share))
    if not 0.07 <= en_share <= 0.15:
        problems.append("English share %.1f%% outside 7-15%%" % (100 * en_share))

    print("rows: %d (refuse %d)" % (rows, per_form["refuse"]))
    print("accentless: %d (%.1f%%)   english: %d (%.1f%%)" % (n_accentless, 100 * acc_share, n_english, 100 * en_share))
    print("per form:   " + ", ".join("%s %d" % (f, per_form[f]) for f in FORMS))
    print("per tag:    " + ", ".join("%s %d" % (t, per_tag[t]) for t in TAGS) + ", (none) %d" %
          sum(1 for l in lines[len(HEADER):] if l.count("\t") == 4 and l.split("\t")[2] == "-"))
    print("per reason: " + ", ".join("%s %d" % (r, per_reason[r]) for r in REASONS))
    print("per report (rows naming it):")
    for n in report_files:
        print("  %-32s %d" % (n, per_report[n]))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
