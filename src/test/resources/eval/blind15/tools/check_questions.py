#!/usr/bin/env python3
"""Checks /work/sealed/blind15/questions.tsv against the files in reports/.
Prints PASS (exit 0) or the list of problems (exit 1)."""
import html
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
QFILE = os.path.join(ROOT, "questions.tsv")
RDIR = os.path.join(ROOT, "reports")

HEADER = [
    "# Blind evaluation set 15 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u00a0", " ")
    s = s.replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip()


def text_of(path: str) -> str:
    if path.endswith(".docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|<w:tab/>|<w:br/>|</w:tc>", " \n", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def found(fact: str, text: str) -> bool:
    f = fold(fact)
    if not f:
        return False
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None


def main() -> int:
    errors = []
    lines = open(QFILE, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errors.append("header does not match the required 4 comment lines")
    cache = {}
    forms, tags, reasons = Counter(), Counter(), Counter()
    per_report = Counter()
    seen = set()
    n_ans = n_ref = 0
    for i, line in enumerate(lines[4:], start=5):
        if not line.strip():
            errors.append(f"line {i}: empty line")
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {i}: {len(cols)} columns")
            continue
        q, form, tagcol, rep, facts = (c.strip() for c in cols)
        if not q:
            errors.append(f"line {i}: empty question")
        if q.lower() in seen:
            errors.append(f"line {i}: duplicate question")
        seen.add(q.lower())
        if form not in FORMS:
            errors.append(f"line {i}: bad form {form!r}")
        forms[form] += 1
        if tagcol != "-":
            for t in tagcol.split(","):
                if t.strip() not in TAGS:
                    errors.append(f"line {i}: bad tag {t!r}")
                tags[t.strip()] += 1
        if form == "refuse":
            n_ref += 1
            if rep != "-":
                errors.append(f"line {i}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"line {i}: bad refuse reason {facts!r}")
            reasons[facts] += 1
            continue
        n_ans += 1
        if rep == "-" or facts in REASONS:
            errors.append(f"line {i}: answerable row with refuse-style report/facts")
            continue
        files = [r.strip() for r in rep.split(";") if r.strip()]
        texts = []
        for fn in files:
            p = os.path.join(RDIR, fn)
            if not os.path.isfile(p):
                errors.append(f"line {i}: missing report file {fn}")
                continue
            if fn not in cache:
                cache[fn] = fold(text_of(p))
            texts.append(cache[fn])
            per_report[fn] += 1
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ") if a.strip()]
            if not alts:
                errors.append(f"line {i}: empty fact group")
            elif not any(found(a, t) for a in alts for t in texts):
                errors.append(f"line {i}: fact group not found: {group!r}  (q: {q[:60]})")
    for fn in sorted(os.listdir(RDIR)):
        if fn not in per_report:
            errors.append(f"report never used: {fn}")
    print(f"rows: {n_ans + n_ref}  answerable: {n_ans}  refuse: {n_ref} {dict(reasons)}")
    print("forms:", dict(sorted(forms.items())))
    print("tags:", dict(sorted(tags.items())))
    print("per report:", dict(sorted(per_report.items())))
    if errors:
        print("\n".join(errors))
        print(f"FAIL ({len(errors)} problems)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
