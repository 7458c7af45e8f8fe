#!/usr/bin/env python3
"""Verify questions.tsv: header, columns, vocabularies, counts, and that every fact
(normalised: NFD without combining marks, đ->d, lower case, whole word) occurs in the
text of the report(s) named in its row. Prints PASS or the problems."""
import os, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from extract import extract
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["# Blind evaluation set 30 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
          "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
          '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
          "# question\tform\ttags\treport\tfacts"]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN10 = ["presided", "attended", "spoke", "who-said", "when", "where", "list", "which-report", "summary", "compare"]

def norm(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()

def found(fact, text):
    pat = r"\s+".join(re.escape(w) for w in norm(fact).split(" "))
    return re.search(r"(?<!\w)" + pat + r"(?!\w)", text) is not None

def main(path=os.path.join(ROOT, "questions.tsv")):
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    errs = []
    if lines[:4] != HEADER: errs.append("header mismatch")
    cache, forms, tags, reps, reasons = {}, Counter(), Counter(), Counter(), Counter()
    rows = [l for l in lines[4:] if l.strip()]
    seen = set()
    for n, l in enumerate(rows, 5):
        cols = l.split("\t")
        if len(cols) != 5: errs.append(f"line {n}: {len(cols)} columns"); continue
        q, form, tg, rep, facts = cols
        if q in seen: errs.append(f"line {n}: duplicate question")
        seen.add(q)
        if form not in FORMS: errs.append(f"line {n}: bad form {form}")
        forms[form] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS: errs.append(f"line {n}: bad tag {t}")
            tags[t] += 1
        if "accentless" in tl and (q != unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", q) if not unicodedata.combining(c))) or "đ" in q.lower()):
            errs.append(f"line {n}: accentless row has diacritics")
        if form == "refuse":
            if rep != "-": errs.append(f"line {n}: refuse row must have report -")
            if facts not in REASONS: errs.append(f"line {n}: bad reason {facts}")
            reasons[facts] += 1
            continue
        files = [f.strip() for f in rep.split(" | ")]
        text = ""
        for f in files:
            p = os.path.join(ROOT, "reports", f)
            if not os.path.exists(p): errs.append(f"line {n}: missing report {f}"); continue
            if f not in cache: cache[f] = norm(extract(p))
            text += "\n" + cache[f]
            reps[f] += 1
        if form in ("compare", "which-report") and len(files) > 1:
            pass
        for g in facts.split(" && "):
            alts = [a.strip() for a in g.split(" | ")]
            if not any(a and found(a, text) for a in alts):
                errs.append(f"line {n}: fact not found [{g}] in {rep} :: {q}")
    total = len(rows)
    if total < 260: errs.append(f"only {total} rows")
    if forms["refuse"] < 40: errs.append(f"only {forms['refuse']} refuse rows")
    for f in MIN10:
        if forms[f] < 10: errs.append(f"form {f}: only {forms[f]}")
    for f in FORMS:
        if forms[f] == 0: errs.append(f"form {f} unused")
    print(f"rows: {total}")
    print("forms:", ", ".join(f"{k}={forms[k]}" for k in sorted(forms)))
    print("tags:", ", ".join(f"{k}={tags[k]}" for k in sorted(tags)), f"(none={sum(1 for l in rows if l.split(chr(9))[2:3]==['-'])})")
    print("refuse reasons:", dict(reasons))
    print("rows per report:", ", ".join(f"{k}={v}" for k, v in sorted(reps.items())))
    if errs:
        print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main(*sys.argv[1:])
