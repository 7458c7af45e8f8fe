#!/usr/bin/env python3
"""Validate questions.tsv against reports/ and print PASS or the list of problems.

Checks: exact 4-line header; 5 tab-separated columns; allowed forms / tags / refuse reasons;
accentless rows contain no diacritics; report files exist; every alternative of every fact group
occurs (normalised: NFD without combining marks, đ→d, lower-case, whitespace collapsed, whole word)
in the extracted text of at least one named report; counts (rows, refuse rows and their spread,
forms, tags, English share, accentless share, coverage of all eleven reports, given/new balance)."""
import collections, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from extract import extract_text
from norm import norm, norm_keepcase, whole_word

ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER = [
    "# Blind evaluation set 20 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise"}
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
MIN_FORM = {f: (6 if f in ("summary", "compare", "where") else 8) for f in FORMS}
MIN_FORM["refuse"] = 40

errors = []
def err(msg):
    errors.append(msg)

reports_dir = ROOT / "reports"
files = sorted(p.name for p in reports_dir.iterdir())
texts = {n: norm(extract_text(reports_dir / n)) for n in files}
given = {p.name for p in (ROOT / "given").iterdir()}

lines = (ROOT / "questions.tsv").read_text(encoding="utf-8").split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != HEADER:
    err("header differs from the required 4 lines")
rows = []
for i, line in enumerate(lines[4:], start=5):
    cols = line.split("\t")
    if len(cols) != 5:
        err(f"line {i}: {len(cols)} columns")
        continue
    rows.append((i, cols))

form_c, tag_c, reason_c, report_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
n_acc = n_acc_abbrev = n_eng = 0
ans_given = ans_new = 0
seen_q = set()
for i, (q, form, tags, report, facts) in rows:
    if not q.strip():
        err(f"line {i}: empty question")
    if q in seen_q:
        err(f"line {i}: duplicate question")
    seen_q.add(q)
    if form not in FORMS:
        err(f"line {i}: bad form {form!r}")
    form_c[form] += 1
    taglist = [] if tags == "-" else tags.split(",")
    for t in taglist:
        if t not in TAGS:
            err(f"line {i}: bad tag {t!r}")
        tag_c[t] += 1
    if not taglist:
        tag_c["-"] += 1
    if "accentless" in taglist:
        n_acc += 1
        n_acc_abbrev += "abbrev" in taglist
        if norm_keepcase(q) != q:
            err(f"line {i}: accentless row has diacritics: {q}")
    if "english" in taglist:
        n_eng += 1
    if form == "refuse":
        if report != "-":
            err(f"line {i}: refuse row must have report '-'")
        if facts not in REASONS:
            err(f"line {i}: bad refuse reason {facts!r}")
        reason_c[facts] += 1
        continue
    if facts in REASONS or report == "-":
        err(f"line {i}: non-refuse row with refuse report/reason")
        continue
    names = report.split(",")
    for n in names:
        if n not in texts:
            err(f"line {i}: report file not found: {n}")
        report_c[n] += 1
    if all(n in given for n in names):
        ans_given += 1
    elif not any(n in given for n in names):
        ans_new += 1
    else:
        ans_given += 0.5; ans_new += 0.5
    for group in facts.split(" && "):
        alts = [a.strip() for a in group.split(" | ")]
        if not all(alts):
            err(f"line {i}: empty fact alternative in {group!r}")
        for a in alts:
            if not any(whole_word(a, texts[n]) for n in names if n in texts):
                err(f"line {i}: fact {a!r} not found in {report}")
        if "english" in taglist and not any(any(ch.isdigit() for ch in a) or a[:1].isupper() for a in alts):
            err(f"line {i}: English row fact group {group!r} is not language-neutral (name/number/place)")

N = len(rows)
n_ref = form_c["refuse"]
if N < 260:
    err(f"only {N} rows (< 260)")
for f in FORMS:
    if form_c[f] < MIN_FORM[f]:
        err(f"form {f}: {form_c[f]} rows (< {MIN_FORM[f]})")
if n_ref and max(reason_c[r] for r in REASONS) - min(reason_c[r] for r in REASONS) > 3:
    err(f"refuse reasons not evenly spread: {dict(reason_c)}")
if not 0.40 <= n_acc / N <= 0.60:
    err(f"accentless share {n_acc/N:.2f} not about half")
if n_acc and n_acc_abbrev / n_acc < 0.5:
    err("most accentless rows should use abbreviations")
if not 0.08 <= n_eng / N <= 0.15:
    err(f"English share {n_eng/N:.2f} not about 10%")
for t in ("typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise", "abbrev"):
    if tag_c[t] < 8:
        err(f"tag {t}: only {tag_c[t]} rows")
missing = [n for n in files if report_c[n] == 0]
if missing:
    err(f"reports with no question: {missing}")
if len(files) != 11:
    err(f"expected 11 reports, found {len(files)}")
share = ans_given / max(1, ans_given + ans_new)
if not 0.40 <= share <= 0.60:
    err(f"given-report share of answerable rows {share:.2f} not about half")

print(f"rows: {N}  answerable: {N - n_ref}  refuse: {n_ref} {dict(sorted(reason_c.items()))}")
print("forms:", dict(sorted(form_c.items(), key=lambda kv: FORMS.index(kv[0]) if kv[0] in FORMS else 99)))
print("tags:", dict(sorted(tag_c.items())))
print(f"accentless: {n_acc} ({n_acc/N:.0%}, {n_acc_abbrev} with abbrev)  english: {n_eng} ({n_eng/N:.0%})")
print(f"answerable rows on given reports: {ans_given:g}, on new reports: {ans_new:g}")
print("rows per report:", {n[:3]: report_c[n] for n in files})
if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print("PASS")
