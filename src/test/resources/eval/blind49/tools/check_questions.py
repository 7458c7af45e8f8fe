#!/usr/bin/env python3
"""Validate questions.tsv of blind set 49 against the report texts; print statistics and PASS/FAIL."""
import collections, glob, html, os, re, sys, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = 49
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
HEADER = [
    f"# Blind evaluation set {SET} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]

def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()
    return " " + " ".join(re.findall(r"[0-9a-z]+", s)) + " "

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        t = open(path, encoding="utf-8").read()
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    if ext == "docx":
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>|</w:tc>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    raise ValueError(path)

def main():
    errors = []
    reports = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "reports", "*")))
    for r in reports:
        if not NAME_RE.match(r):
            errors.append(f"bad report file name {r}")
    if len(reports) != 11:
        errors.append(f"expected 11 reports, found {len(reports)}")
    texts = {r: fold(extract(os.path.join(ROOT, "reports", r))) for r in reports}
    for r in reports:
        words = len(texts[r].split())
        if words < 300:
            errors.append(f"{r}: only {words} words extracted")
    lines = open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[:4] != HEADER:
        errors.append("header lines differ from the required 4 lines")
    rows = lines[4:]
    per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
    accentless = english = refuse = 0
    seen = set()
    for i, line in enumerate(rows, 5):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {i}: {len(cols)} columns"); continue
        q, form, tags, rep, facts = cols
        if not q.strip():
            errors.append(f"line {i}: empty question")
        if q in seen:
            errors.append(f"line {i}: duplicate question")
        seen.add(q)
        if form not in FORMS:
            errors.append(f"line {i}: bad form {form}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"line {i}: bad tag {t}")
            per_tag[t] += 1
        if tags == "-":
            per_tag["-"] += 1
        if "accentless" in taglist:
            accentless += 1
            if fold(q).strip() != " ".join(re.findall(r"[0-9a-z]+", q.lower())) or re.search(r"[^\x00-\x7f]", q):
                errors.append(f"line {i}: accentless row still has diacritics")
        if "english" in taglist:
            english += 1
        if form == "refuse":
            refuse += 1
            if rep != "-":
                errors.append(f"line {i}: refuse row must have report -")
            if facts not in REASONS:
                errors.append(f"line {i}: bad reason code {facts}")
            per_reason[facts] += 1
            continue
        if rep == "-" or facts in REASONS:
            errors.append(f"line {i}: non-refuse row without report/with reason code")
            continue
        names = rep.split(",")
        bad = [n for n in names if n not in texts]
        if bad:
            errors.append(f"line {i}: unknown report(s) {bad}"); continue
        for n in names:
            per_report[n] += 1
        corpus = " ".join(texts[n] for n in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if not any(a and fold(a).strip() and fold(a) in corpus for a in alts):
                errors.append(f"line {i}: fact group not found in {rep}: {group!r}")
    n = len(rows)
    if n < 220: errors.append(f"only {n} rows (< 220)")
    if refuse < 35: errors.append(f"only {refuse} refuse rows (< 35)")
    for r in REASONS:
        if per_reason[r] < 8: errors.append(f"reason {r}: only {per_reason[r]} rows")
    for f in FORMS:
        if per_form[f] == 0: errors.append(f"form {f} unused")
    for r in reports:
        if per_report[r] < 15: errors.append(f"report {r}: only {per_report[r]} rows (< 15)")
    print(f"rows: {n}   refuse: {refuse}   accentless: {accentless} ({accentless/n:.0%})   english: {english} ({english/n:.0%})")
    print("per form:   " + ", ".join(f"{k} {v}" for k, v in sorted(per_form.items())))
    print("per tag:    " + ", ".join(f"{k} {v}" for k, v in sorted(per_tag.items())))
    print("per reason: " + ", ".join(f"{k} {v}" for k, v in sorted(per_reason.items())))
    print("per report:")
    for r in reports:
        print(f"  {r:32s} {per_report[r]:3d}   ({len(texts[r].split())} words extracted)")
    if errors:
        print("\n".join(errors)); print(f"FAIL ({len(errors)} problems)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
