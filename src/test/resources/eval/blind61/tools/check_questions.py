"""Validate questions.tsv against the reports.

- 5 tab-separated columns; valid form, tags, reason codes, report file names;
- answerable rows: every fact group has an alternative found (whole words, accent/case-insensitive) in the named
  reports, and every named report contains at least one fact alternative;
- accentless rows contain no Vietnamese diacritics;
- refuse rows: their distinguishing terms (absent-spec in src/questions_src.txt) are absent from every report
  (or from the reports given after '@'); not_in_corpus and false_premise rows must have such terms;
- every report is named by >= 18 rows.
Prints PASS when everything holds."""
import os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from textnorm import norm, contains, strip_accents
from extract import text_of
import make_questions

ROOT = os.path.join(HERE, "..")
FORMS = set("presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split())
TAGS = set("accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

files = sorted(os.listdir(os.path.join(ROOT, "reports")))
texts = {f: norm(text_of(os.path.join(ROOT, "reports", f))) for f in files}
byid = {f[:3]: f for f in files}
errors = []

rows = []
for n, line in enumerate(open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    cols = line.split("\t")
    if len(cols) != 5:
        errors.append(f"line {n}: {len(cols)} columns")
        continue
    rows.append((n, cols))

src_rows = make_questions.load(os.path.join(ROOT, "src", "questions_src.txt"))
if len(src_rows) != len(rows):
    errors.append(f"src has {len(src_rows)} rows, tsv has {len(rows)}")

per_report = collections.Counter()
for (n, (q, form, tags, reps, facts)), (sn, sparts) in zip(rows, src_rows):
    where = f"line {n} [{q[:60]}]"
    if norm(strip_accents(sparts[0])) != norm(q):
        errors.append(f"{where}: does not match src line {sn}")
    if form not in FORMS:
        errors.append(f"{where}: bad form {form}")
    tl = tags.split(",")
    if tags != "-" and not all(t in TAGS for t in tl):
        errors.append(f"{where}: bad tags {tags}")
    if "accentless" in tl and strip_accents(q) != q:
        errors.append(f"{where}: accentless row has diacritics")
    if not q.strip():
        errors.append(f"{where}: empty question")
    if form == "refuse":
        if reps != "-":
            errors.append(f"{where}: refuse row names a report")
        if facts not in REASONS:
            errors.append(f"{where}: bad reason {facts}")
        spec = sparts[5] if len(sparts) > 5 else ""
        if facts in ("not_in_corpus", "false_premise") and not spec.strip():
            errors.append(f"{where}: {facts} row without absent-spec")
        for term in [t.strip() for t in spec.split(" ; ") if t.strip()]:
            scope = files
            if "@" in term:
                term, ids = term.split("@", 1)
                scope = [byid[i.strip()] for i in ids.split(",")]
            hits = [f for f in scope if contains(texts[f], term)]
            if hits:
                errors.append(f"{where}: distinguishing term '{term}' found in {hits}")
        continue
    if reps == "-":
        errors.append(f"{where}: answerable row without report")
        continue
    named = reps.split(",")
    bad = [r for r in named if r not in texts]
    if bad:
        errors.append(f"{where}: unknown report(s) {bad}")
        continue
    if len(set(named)) != len(named):
        errors.append(f"{where}: duplicate report names")
    for r in named:
        per_report[r] += 1
    if facts in REASONS or not facts.strip():
        errors.append(f"{where}: answerable row needs facts")
        continue
    groups = [[a.strip() for a in g.split(" | ")] for g in facts.split(" && ")]
    if len(groups) > 3:
        errors.append(f"{where}: more than 3 fact groups")
    for g in groups:
        if not any(a and any(contains(texts[r], a) for r in named) for a in g):
            errors.append(f"{where}: fact group {g} not found in {named}")
    for r in named:
        if not any(contains(texts[r], a) for g in groups for a in g):
            errors.append(f"{where}: named report {r} contains none of the facts")

for f in files:
    if per_report[f] < 18:
        errors.append(f"report {f}: only {per_report[f]} rows")

forms = collections.Counter(c[1] for _, c in rows)
tagc = collections.Counter(t for _, c in rows for t in c[2].split(",") if t != "-")
reasons = collections.Counter(c[4] for _, c in rows if c[1] == "refuse")
print(f"rows {len(rows)}; answerable {len(rows) - forms['refuse']}; refuse {forms['refuse']} {dict(reasons)}")
print("forms:", dict(sorted(forms.items())))
print("tags:", dict(sorted(tagc.items())))
print("per report:", {k[:3]: v for k, v in sorted(per_report.items())})
if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print("PASS")
