#!/usr/bin/env python3
"""Validate questions.tsv of blind set 37 against reports/; print statistics and PASS/FAIL."""
import collections, filecmp, glob, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import extract, fold, contains

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "37"
HEADER = [
    f"# Blind evaluation set {SET} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 40, 15, 10

errors = []
err = errors.append


def has_diacritics(s):
    return "đ" in s.lower() or any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


# ---- reports ----
rep_dir = os.path.join(ROOT, "reports")
rep_files = sorted(os.listdir(rep_dir))
for f in rep_files:
    if not NAME_RE.match(f):
        err(f"bad report file name: {f}")
if len(rep_files) != 11:
    err(f"expected 11 reports, found {len(rep_files)}")
for g in sorted(glob.glob(os.path.join(ROOT, "given", "*"))):
    r = os.path.join(rep_dir, os.path.basename(g))
    if not os.path.exists(r) or not filecmp.cmp(g, r, shallow=False):
        err(f"given report not copied byte for byte: {os.path.basename(g)}")
texts = {f: fold(extract(os.path.join(rep_dir, f))) for f in rep_files}
words = {f: len(extract(os.path.join(rep_dir, f)).split()) for f in rep_files}

# ---- questions ----
lines = open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
for i, h in enumerate(HEADER):
    if i >= len(lines) or lines[i] != h:
        err(f"header line {i + 1} differs")
rows = []
for n, line in enumerate(lines[4:], 5):
    cols = line.split("\t")
    if len(cols) != 5:
        err(f"line {n}: {len(cols)} columns"); continue
    q, form, tags, rep, facts = cols
    rows.append((n, q, form, tags, rep, facts))
    if not q.strip():
        err(f"line {n}: empty question")
    if form not in FORMS:
        err(f"line {n}: bad form {form!r}")
    tl = [] if tags == "-" else tags.split(",")
    if tags != "-" and (not tl or any(t not in TAGS for t in tl) or len(set(tl)) != len(tl)):
        err(f"line {n}: bad tags {tags!r}")
    if "accentless" in tl and has_diacritics(q):
        err(f"line {n}: accentless row still has diacritics")
    if form == "refuse" or rep == "-":
        if not (form == "refuse" and rep == "-" and facts in REASONS):
            err(f"line {n}: refuse rows need form=refuse, report=-, facts=reason code")
        continue
    if facts in REASONS:
        err(f"line {n}: reason code on an answerable row")
    names = rep.split(",")
    for f in names:
        if f not in texts:
            err(f"line {n}: unknown report {f!r}")
    names = [f for f in names if f in texts]
    if len(set(names)) != len(names):
        err(f"line {n}: duplicate report")
    for group in facts.split(" && "):
        alts = [a.strip() for a in group.split(" | ")]
        if any(not a for a in alts):
            err(f"line {n}: empty fact alternative in {group!r}")
        if not any(contains(texts[f], a) for a in alts for f in names):
            err(f"line {n}: fact group not found in {rep}: {group!r}")

qs = collections.Counter(fold(r[1]) for r in rows)
for q, c in qs.items():
    if c > 1:
        err(f"duplicate question: {q}")

# ---- counts ----
N = len(rows)
by_form = collections.Counter(r[2] for r in rows)
by_tag = collections.Counter(t for r in rows if r[3] != "-" for t in r[3].split(","))
by_reason = collections.Counter(r[5] for r in rows if r[2] == "refuse")
by_report = collections.Counter(f for r in rows if r[4] != "-" for f in r[4].split(","))
refuse = sum(by_reason.values())
if N < MIN_ROWS:
    err(f"only {N} rows (< {MIN_ROWS})")
if refuse < MIN_REFUSE:
    err(f"only {refuse} refuse rows (< {MIN_REFUSE})")
for reason in REASONS:
    if by_reason[reason] < MIN_PER_REASON:
        err(f"reason {reason}: only {by_reason[reason]} rows")
for form in FORMS:
    if not by_form[form]:
        err(f"form {form} unused")
for f in rep_files:
    if by_report[f] < MIN_PER_REPORT:
        err(f"report {f}: only {by_report[f]} rows")

# ---- statistics ----
print(f"rows: {N}   answerable: {N - refuse}   refuse: {refuse}")
print(f"accentless: {by_tag['accentless']} ({100 * by_tag['accentless'] / N:.1f}%)   "
      f"english: {by_tag['english']} ({100 * by_tag['english'] / N:.1f}%)")
print("\nrows per form:")
for k, v in sorted(by_form.items(), key=lambda kv: -kv[1]):
    print(f"  {k:<13}{v:>4}")
print("\nrows per tag:")
for k, v in sorted(by_tag.items(), key=lambda kv: -kv[1]):
    print(f"  {k:<13}{v:>4}")
print("\nrefuse rows per reason:")
for k in sorted(REASONS):
    print(f"  {k:<14}{by_reason[k]:>4}")
print("\nrows per report (words in extracted text):")
for f in rep_files:
    print(f"  {f:<32}{by_report[f]:>4}   ({words[f]} words)")

if errors:
    print("\n" + "\n".join(errors))
    print(f"\nFAIL ({len(errors)} problems)")
    sys.exit(1)
print("\nPASS")
