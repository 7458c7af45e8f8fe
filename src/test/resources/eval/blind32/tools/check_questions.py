#!/usr/bin/env python3
"""Verify questions.tsv: header, columns, vocabularies, and that every fact occurs
(NFD without combining marks, đ->d, lower case, whitespace collapsed, whole word)
in the text of the report(s) named in its row. Prints PASS or the problems."""
import collections, pathlib, re, sys, unicodedata
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from extract import extract
ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER = [
    "# Blind evaluation set 32 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

def norm(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def main():
    path = ROOT / "questions.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errs = []
    if lines[:4] != HEADER:
        errs.append("header mismatch")
    texts = {f.name: norm(extract(f)) for f in (ROOT / "reports").iterdir()}
    forms, tags = collections.Counter(), collections.Counter()
    seen = set()
    for i, line in enumerate(lines[4:], start=5):
        cols = line.split("\t")
        if len(cols) != 5:
            errs.append(f"line {i}: {len(cols)} columns"); continue
        q, form, tg, rep, facts = cols
        if not q.strip() or q in seen:
            errs.append(f"line {i}: empty or duplicate question")
        seen.add(q)
        if form not in FORMS:
            errs.append(f"line {i}: bad form {form}")
        forms[form] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS:
                errs.append(f"line {i}: bad tag {t}")
            tags[t] += 1
        if "accentless" in tl and ("đ" in q.lower() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", q))):
            errs.append(f"line {i}: accentless question has diacritics")
        if form == "refuse":
            if rep != "-" or facts not in REASONS:
                errs.append(f"line {i}: refuse row needs report - and a reason code")
            continue
        names = [r.strip() for r in rep.split(",")]
        missing = [n for n in names if n not in texts]
        if missing:
            errs.append(f"line {i}: unknown report {missing}"); continue
        if form == "compare" and len(names) < 2:
            errs.append(f"line {i}: compare needs 2+ reports")
        if form == "which-report":
            # every named report must contain the facts, and no other report may contain them
            for group in facts.split(" && "):
                alts = [norm(a.strip()) for a in group.split(" | ")]
                has = {n for n, t in texts.items() if any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", t) for a in alts)}
                if has != set(names):
                    errs.append(f"line {i}: which-report fact {group!r} occurs in {sorted(has)}, row names {names}")
        text = " ".join(texts[n] for n in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if not all(alts):
                errs.append(f"line {i}: empty fact"); continue
            if not any(re.search(r"(?<!\w)" + re.escape(norm(a)) + r"(?!\w)", text) for a in alts):
                errs.append(f"line {i}: fact not found: {group!r} in {names}")
    n = len(lines) - 4
    print(f"rows: {n}")
    print("forms:", dict(sorted(forms.items())))
    print("tags:", dict(sorted(tags.items())))
    if n < 260:
        errs.append(f"only {n} rows")
    if forms["refuse"] < 40:
        errs.append("fewer than 40 refuse rows")
    for f in ("presided", "attended", "spoke", "who-said", "when", "where", "list", "which-report", "summary", "compare"):
        if forms[f] < 10:
            errs.append(f"form {f}: only {forms[f]}")
    for f in FORMS:
        if forms[f] == 0:
            errs.append(f"form {f} not covered")
    if errs:
        print("\n".join(errs)); print("FAIL"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
