#!/usr/bin/env python3
"""Check questions.tsv of blind74 against the reports and the question source.

* extracts the text of every report (txt, md, html, docx, pdf, eml) with extract_text.py;
* header, columns, forms, tags, reason codes and report file names are valid;
* every fact span has 1-6 syllables and every fact group matches, as whole words (accent- and
  case-insensitive, not glued to a '/' or '-' inside a word), in at least one named report, and
  every named report matches at least one group;
* every refusal's distinguishing token (from the source) occurs in its question and in no report;
* 'accentless' rows carry no diacritics, other Vietnamese rows do;
* questions.tsv is exactly what make_questions.py builds from src/questions_src.txt;
* every report has at least 18 rows.
Prints counts per form, tag, report and refusal reason.  Exit status 1 on any error.
usage: check_questions.py [-v]"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract_text  # noqa: E402
import make_questions  # noqa: E402

ROOT = os.path.dirname(HERE)
TSV = os.path.join(ROOT, "questions.tsv")
REPORTS = os.path.join(ROOT, "reports")
FORMS = "presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split()
TAGS = "accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split()
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
MIN_ROWS = 18

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = make_questions.strip_accents(s).lower()
    s = re.sub(r"[“”„‟\"«»]", '"', s)
    s = re.sub(r"[‘’‚‛]", "'", s)
    s = s.replace("\u00a0", " ").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip()


def span_regex(span):
    words = norm(span).split(" ")
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(r"(?<![\w/\-])" + body + r"(?![\w/\-])")


def syllables(span):
    return [w for w in span.split() if re.search(r"\w", w)]


def load_reports():
    texts = {}
    for name in sorted(os.listdir(REPORTS)):
        texts[name] = norm(extract_text.extract(os.path.join(REPORTS, name)))
    return texts


def main():
    verbose = "-v" in sys.argv
    texts = load_reports()
    lines = open(TSV, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    head = lines[:len(make_questions.HEADER)]
    if head != make_questions.HEADER:
        err("header differs from the required header")
    rows = [l.split("\t") for l in lines[len(make_questions.HEADER):]]
    src_rows = make_questions.read_source()

    # TSV == build(source)
    if open(TSV, encoding="utf-8").read() != make_questions.build(src_rows):
        err("questions.tsv does not match src/questions_src.txt (run tools/make_questions.py)")
    if len(rows) != len(src_rows):
        err(f"row count {len(rows)} != source rows {len(src_rows)}")

    per_form, per_tag, per_report, per_reason = (collections.Counter() for _ in range(4))
    seen = set()
    for i, (cols, src) in enumerate(zip(rows, src_rows), 1):
        where = f"row {i} (source line {src['line']})"
        if len(cols) != 5:
            err(f"{where}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        if norm(q) in seen:
            err(f"{where}: duplicate question")
        seen.add(norm(q))
        if form not in FORMS:
            err(f"{where}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                err(f"{where}: bad tag {t!r}")
            per_tag[t] += 1
        if not taglist:
            per_tag["-"] += 1
        has_marks = make_questions.strip_accents(q) != q
        if "accentless" in taglist and has_marks:
            err(f"{where}: tagged accentless but has diacritics")
        if "accentless" not in taglist and "english" not in taglist and not has_marks:
            err(f"{where}: Vietnamese question without diacritics is not tagged accentless")

        if form == "refuse":
            if rep != "-":
                err(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                err(f"{where}: bad reason code {facts!r}")
            per_reason[facts] += 1
            tok = src["token"]
            if not tok:
                err(f"{where}: refusal without distinguishing token in the source")
                continue
            if not span_regex(tok).search(norm(q)):
                err(f"{where}: token {tok!r} does not occur in the question")
            hits = [n for n, t in texts.items() if span_regex(tok).search(t)]
            if hits:
                err(f"{where}: refusal token {tok!r} occurs in {hits}")
            continue

        if src["token"]:
            err(f"{where}: token given for an answerable row")
        if rep == "-" or facts in REASONS:
            err(f"{where}: answerable row without report or with a reason code")
            continue
        names = rep.split(",")
        for n in names:
            if n not in texts:
                err(f"{where}: unknown report file {n!r}")
            per_report[n] += 1
        names = [n for n in names if n in texts]
        used = set()
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            ok = False
            for a in alts:
                k = len(syllables(a))
                if not 1 <= k <= 6:
                    err(f"{where}: span {a!r} has {k} syllables")
                rx = span_regex(a)
                found = [n for n in names if rx.search(texts[n])]
                if found:
                    ok = True
                    used.update(found)
                elif verbose:
                    print(f"  note {where}: alternative {a!r} not found")
            if not ok:
                err(f"{where}: fact group {group!r} not found in {names}")
        for n in names:
            if n not in used:
                err(f"{where}: named report {n} matches none of the fact groups")

    for n in texts:
        if per_report[n] < MIN_ROWS:
            err(f"report {n} has only {per_report[n]} rows (< {MIN_ROWS})")

    total = len(rows)
    print(f"rows: {total}")
    print("per form:   " + ", ".join(f"{f} {per_form[f]}" for f in FORMS))
    print("per tag:    " + ", ".join(f"{t} {per_tag[t]}" for t in TAGS + ['-']))
    print("per reason: " + ", ".join(f"{r} {per_reason[r]}" for r in REASONS))
    print("per report:")
    for n in texts:
        print(f"  {n:32s} {per_report[n]}")
    print(f"accentless {per_tag['accentless']} ({100 * per_tag['accentless'] / max(total, 1):.1f}%), "
          f"english {per_tag['english']} ({100 * per_tag['english'] / max(total, 1):.1f}%)")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
