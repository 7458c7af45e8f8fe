#!/usr/bin/env python3
"""Validate questions.tsv of blind evaluation set 22. Prints PASS or the list of problems."""
import collections, pathlib, re, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from extract import text_of  # noqa: E402

QFILE = ROOT / "questions.tsv"
REPORTS = ROOT / "reports"
HEADER = [
    "# Blind evaluation set 22 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many",
         "list", "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable",
        "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
GIVEN = {p.name for p in (ROOT / "given").iterdir()}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def found(fact, text):
    f = norm(fact)
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None


def main():
    errs = []
    lines = QFILE.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errs.append("header is not exactly the required 4 lines")
    texts = {f.name: norm(text_of(f)) for f in REPORTS.iterdir()}
    rows = []
    for n, line in enumerate(lines[4:], start=5):
        cols = line.split("\t")
        if len(cols) != 5:
            errs.append(f"line {n}: {len(cols)} columns"); continue
        q, form, tags, rep, facts = cols
        rows.append((n, q, form, tags, rep, facts))
        if not q.strip() or q != q.strip():
            errs.append(f"line {n}: empty or padded question")
        if form not in FORMS:
            errs.append(f"line {n}: bad form {form!r}")
        tl = [] if tags == "-" else tags.split(",")
        for t in tl:
            if t not in TAGS:
                errs.append(f"line {n}: bad tag {t!r}")
        if "accentless" in tl and has_diacritics(q):
            errs.append(f"line {n}: accentless row has diacritics: {q}")
        if form == "refuse":
            if rep != "-":
                errs.append(f"line {n}: refuse row must have report -")
            if facts not in REASONS:
                errs.append(f"line {n}: bad refuse reason {facts!r}")
            continue
        if facts in REASONS or rep == "-":
            errs.append(f"line {n}: answerable row with refuse-style report/facts")
            continue
        names = rep.split(",")
        for r in names:
            if r not in texts:
                errs.append(f"line {n}: report file missing: {r}")
        groups = facts.split(" && ")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if not any(a and any(found(a, texts[r]) for r in names if r in texts) for a in alts):
                errs.append(f"line {n}: fact group not found in {rep}: {g!r}")

    # counts
    total = len(rows)
    forms = collections.Counter(r[2] for r in rows)
    tags = collections.Counter(t for r in rows for t in (r[3].split(",") if r[3] != "-" else []))
    reasons = collections.Counter(r[5] for r in rows if r[2] == "refuse")
    answerable = [r for r in rows if r[2] != "refuse"]
    if total < 260:
        errs.append(f"only {total} rows (need >= 260)")
    if forms["refuse"] < 40:
        errs.append(f"only {forms['refuse']} refuse rows (need >= 40)")
    if reasons and (min(reasons.get(x, 0) for x in REASONS) < forms["refuse"] / 3 - 2
                    or max(reasons.values()) > forms["refuse"] / 3 + 2):
        errs.append(f"refuse reasons not spread evenly: {dict(reasons)}")
    for f in FORMS - {"refuse"}:
        need = 6 if f in ("summary", "compare", "where") else 8
        if forms[f] < need:
            errs.append(f"form {f}: {forms[f]} rows (need >= {need})")
    acc = tags["accentless"] / total if total else 0
    if not 0.45 <= acc <= 0.62:
        errs.append(f"accentless share {acc:.2f} (want about half)")
    eng = tags["english"] / total if total else 0
    if not 0.08 <= eng <= 0.14:
        errs.append(f"english share {eng:.2f} (want about 10%)")
    for t in ("abbrev", "telegraphic", "typo", "paraphrase", "confusable", "near-miss", "premise"):
        if tags[t] < 8:
            errs.append(f"tag {t}: only {tags[t]} rows")
    acc_rows = [r for r in rows if "accentless" in r[3].split(",")]
    if acc_rows and sum("abbrev" in r[3].split(",") for r in acc_rows) / len(acc_rows) < 0.5:
        errs.append("most accentless rows should carry abbreviations")
    per_report = collections.Counter(x for r in answerable for x in r[4].split(","))
    for name in texts:
        if per_report[name] == 0:
            errs.append(f"no question about {name}")
    g = sum(1 for r in answerable if any(x in GIVEN for x in r[4].split(",")))
    share = g / len(answerable) if answerable else 0
    if not 0.4 <= share <= 0.6:
        errs.append(f"given-report share of answerable rows {share:.2f} (want about half)")
    qs = collections.Counter(r[1] for r in rows)
    for q, c in qs.items():
        if c > 1:
            errs.append(f"duplicate question: {q}")

    print(f"rows {total}; answerable {len(answerable)} (given {g}, new {len(answerable)-g}); refuse {forms['refuse']} {dict(sorted(reasons.items()))}")
    print("forms:", dict(sorted(forms.items())))
    print("tags:", dict(sorted(tags.items())))
    print("per report:", dict(sorted(per_report.items())))
    if errs:
        print("\n".join(errs))
        print(f"FAIL ({len(errs)} problems)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
