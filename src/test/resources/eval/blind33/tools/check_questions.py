#!/usr/bin/env python3
"""Verify questions.tsv: header, columns, forms, tags, report names, and that every fact group
has an alternative present (normalised: NFD without combining marks, đ→d, lower case, whole word)
in the extracted text of the report(s) named in its row. Prints PASS or the problems."""
import os, re, sys, unicodedata, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import extract, REPORTS, ROOT

HEADER = [
 "# Blind evaluation set 33 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
 "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
 '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
 "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided","attended","spoke","who-said","said-by","when","where","how-many","list","which-report","fact","summary","compare","refuse"}
TAGS = {"accentless","abbrev","telegraphic","typo","paraphrase","english","confusable","premise","near-miss"}
REASONS = {"not_in_corpus","false_premise","not_reported"}
MIN_EACH = ["presided","attended","spoke","who-said","when","where","list","which-report","summary","compare"]

def norm(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()

def has(text, fact):
    return re.search(r"(?<!\w)" + re.escape(norm(fact)) + r"(?!\w)", text) is not None

def main(path=os.path.join(ROOT, "questions.tsv")):
    errs = []
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    if lines[:4] != HEADER: errs.append("header does not match the required 4 lines")
    files = set(os.listdir(REPORTS)); cache = {}
    forms, tags = collections.Counter(), collections.Counter(); seen = set()
    rows = lines[4:]
    for i, line in enumerate(rows, 5):
        cols = line.split("\t")
        if len(cols) != 5: errs.append(f"line {i}: {len(cols)} columns"); continue
        q, form, tg, rep, facts = cols
        if not q.strip() or q != q.strip(): errs.append(f"line {i}: empty/untrimmed question")
        if q in seen: errs.append(f"line {i}: duplicate question")
        seen.add(q)
        if form not in FORMS: errs.append(f"line {i}: bad form {form}")
        forms[form] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS: errs.append(f"line {i}: bad tag {t}")
            tags[t] += 1
        if "accentless" in tl and norm(q) != q.lower().strip() and any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", q)) :
            errs.append(f"line {i}: accentless question has diacritics")
        if "accentless" in tl and "đ" in q.lower(): errs.append(f"line {i}: accentless question has đ")
        if form == "refuse":
            if rep != "-": errs.append(f"line {i}: refuse row must have report -")
            if facts not in REASONS: errs.append(f"line {i}: bad reason {facts}")
            continue
        if rep == "-": errs.append(f"line {i}: non-refuse row without report"); continue
        text = ""
        for r in rep.split(","):
            if r not in files: errs.append(f"line {i}: unknown report {r}"); continue
            if r not in cache: cache[r] = norm(extract(os.path.join(REPORTS, r)))
            text += "\n" + cache[r]
        for g in facts.split(" && "):
            alts = [a for a in g.split(" | ")]
            if any(not a.strip() for a in alts): errs.append(f"line {i}: empty fact"); continue
            if any(len(a.split()) > 6 for a in alts): errs.append(f"line {i}: fact longer than 6 words: {g}")
            if not any(has(text, a) for a in alts): errs.append(f"line {i}: fact not found in {rep}: {g!r}")
        if form in ("compare",) and "," not in rep: errs.append(f"line {i}: compare row names one report")
    n = len(rows)
    if n < 260: errs.append(f"only {n} rows (< 260)")
    if forms["refuse"] < 40: errs.append(f"only {forms['refuse']} refuse rows")
    for f in MIN_EACH:
        if forms[f] < 10: errs.append(f"form {f}: only {forms[f]} rows")
    for f in FORMS:
        if forms[f] == 0: errs.append(f"form {f} not covered")
    print(f"rows: {n}")
    print("forms:", ", ".join(f"{k}={forms[k]}" for k in sorted(FORMS)))
    print("tags:", ", ".join(f"{k}={tags[k]}" for k in sorted(TAGS)))
    if errs:
        print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main(*sys.argv[1:])
