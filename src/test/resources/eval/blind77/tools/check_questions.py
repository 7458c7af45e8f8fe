#!/usr/bin/env python3
"""Mechanical checks of questions.tsv against the reports.

* extracts the text of every report (txt, md, html, docx, pdf, eml);
* header, columns, forms, tags, reason codes and file names are valid;
* every fact group has an alternative that occurs as whole words (accent- and
  case-insensitive) in one of the named reports, spans are 1-6 syllables and the
  occurrence is not glued to a '/' or '-' inside a word;
* every refusal's distinguishing token(s) (6th column of the source) are absent
  from every report;
* accentless rows carry no diacritics; other Vietnamese rows do;
* questions.tsv equals what make_questions.py renders from the source;
* every report is named by at least 18 rows.
Prints counts per form, tag, report and refusal reason.  Exit status 1 on error."""
import collections, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import extract, fold                      # noqa: E402
import make_questions as mq                            # noqa: E402

FORMS = "presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split()
TAGS = "accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split()
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
MIN_ROWS = 18

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ reports
rep_dir = os.path.join(ROOT, "reports")
files = sorted(os.listdir(rep_dir))
texts = {f: " " + fold(extract(os.path.join(rep_dir, f))) + " " for f in files}
if sorted(mq.REPORTS.values()) != files:
    err(f"reports/ content {files} differs from make_questions.REPORTS")


def pattern(span):
    s = re.escape(fold(span).strip())
    return re.compile(r"(?<![0-9a-z])(?<![0-9a-z][/-])" + s + r"(?![0-9a-z])(?![/-][0-9a-z])")


def syllables(span):
    return len([t for t in span.split() if re.search(r"\w", t)])


def has_diacritics(s):
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s)) or "đ" in s or "Đ" in s


# ------------------------------------------------------------------ TSV vs source
src_rows = mq.read_source()
tsv_path = os.path.join(ROOT, "questions.tsv")
tsv = open(tsv_path, encoding="utf-8").read()
if tsv != mq.render(src_rows):
    err("questions.tsv does not match src/questions_src.tsv (run make_questions.py)")
if not tsv.startswith(mq.HEADER):
    err("questions.tsv header differs from the required header")

rows = [l for l in tsv.splitlines() if l and not l.startswith("#")]
if len(rows) != len(src_rows):
    err(f"{len(rows)} TSV rows vs {len(src_rows)} source rows")

per_form, per_tag, per_report, per_reason = (collections.Counter() for _ in range(4))
seen_q = set()
for i, (row, (srcline, scols)) in enumerate(zip(rows, src_rows), 1):
    where = f"row {i} (src line {srcline})"
    cols = row.split("\t")
    if len(cols) != 5:
        err(f"{where}: {len(cols)} columns")
        continue
    q, form, tags, reps, facts = cols
    if not q.strip():
        err(f"{where}: empty question")
    if q in seen_q:
        err(f"{where}: duplicate question")
    seen_q.add(q)
    if form not in FORMS:
        err(f"{where}: bad form {form!r}")
    per_form[form] += 1
    taglist = tags.split(",")
    if tags != "-":
        for t in taglist:
            if t not in TAGS:
                err(f"{where}: bad tag {t!r}")
            per_tag[t] += 1
    else:
        per_tag["-"] += 1
    # accents
    if "accentless" in taglist and has_diacritics(q):
        err(f"{where}: accentless row still has diacritics")
    if "english" in taglist and "accentless" in taglist:
        err(f"{where}: english row tagged accentless")
    if "english" not in taglist and "accentless" not in taglist and not has_diacritics(q):
        err(f"{where}: Vietnamese row without diacritics should be tagged accentless")

    if form == "refuse":
        if reps != "-":
            err(f"{where}: refuse row must have report '-'")
        if facts not in REASONS:
            err(f"{where}: bad reason {facts!r}")
        per_reason[facts] += 1
        absent = [t for t in scols[5].split(";") if t.strip()]
        if not absent:
            err(f"{where}: refusal without distinguishing token")
        for tok in absent:
            p = pattern(tok)
            hits = [f for f in files if p.search(texts[f])]
            if hits:
                err(f"{where}: refusal token {tok!r} present in {hits}")
        if any(t in taglist for t in ("premise",)) and facts != "false_premise":
            err(f"{where}: 'premise' tag on a {facts} row")
        if "near-miss" in taglist and facts != "not_in_corpus":
            err(f"{where}: 'near-miss' tag on a {facts} row")
        continue

    if scols[5].strip():
        err(f"{where}: absent-token given on an answerable row")
    if facts in REASONS or reps == "-":
        err(f"{where}: answerable row with refusal reason or no report")
        continue
    named = reps.split(",")
    for f in named:
        if f not in texts:
            err(f"{where}: unknown report {f!r}")
        per_report[f] += 1
    for group in facts.split(" && "):
        alts = [a.strip() for a in group.split(" | ")]
        ok = False
        for a in alts:
            if not a:
                err(f"{where}: empty span")
                continue
            n = syllables(a)
            if not 1 <= n <= 6:
                err(f"{where}: span {a!r} has {n} syllables")
            if any(pattern(a).search(texts[f]) for f in named if f in texts):
                ok = True
        if not ok:
            err(f"{where}: fact group {group!r} not found in {named}")
    if form == "which-report":
        # the named reports must be exactly those that contain the fact
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            holders = {f for f in files if any(pattern(a).search(texts[f]) for a in alts)}
            if holders != set(named):
                err(f"{where}: which-report span {group!r} occurs in {sorted(holders)}, row names {named}")
    if form == "summary" and not 2 <= len(facts.split(" && ")) <= 3:
        err(f"{where}: summary should have 2-3 fact groups")
    if form in ("compare",) and len(facts.split(" && ")) < 2:
        err(f"{where}: compare needs at least two fact groups")

for f in files:
    if per_report[f] < MIN_ROWS:
        err(f"report {f} has only {per_report[f]} rows (< {MIN_ROWS})")


def show(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:40s} {v:4d}")


total = len(rows)
print(f"{total} rows")
show("per form", per_form)
show("per tag", per_tag)
show("per report (answerable rows naming it)", per_report)
show("per refusal reason", per_reason)
no_dia = sum(1 for r in rows if not has_diacritics(r.split("\t")[0]))
print(f"\nquestions without diacritics: {no_dia} ({100 * no_dia / total:.0f}%), english: {per_tag['english']} ({100 * per_tag['english'] / total:.1f}%)")

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
