#!/usr/bin/env python3
"""Check questions.tsv of blind set 45 against the reports in reports/.
Checks header, columns, forms, tags, reason codes, file names, that every fact group has an
alternative found (accent- and case-insensitive, whole words) in the text extracted from the
named report(s), and row counts. Prints statistics and PASS/FAIL."""
import collections, html, os, re, sys, unicodedata, zipfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REP = os.path.join(ROOT, "reports")
HEADER = [
    "# Blind evaluation set 45 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT = 220, 35, 15

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        t = open(path, encoding="utf-8").read()
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    if ext == "docx":
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        x = x.replace("</w:p>", "\n").replace("</w:tc>", " | ")
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    raise ValueError(ext)

def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9/,.%]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "

def found(fact, text):
    f = norm(fact).strip()
    return bool(f) and re.search(r"(?<![a-z0-9])" + re.escape(f) + r"(?![a-z0-9])", text) is not None

def has_diacritics(s):
    return "đ" in s.lower() or any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))

def main():
    errors = []
    lines = open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[:4] != HEADER:
        errors.append("header lines differ from the required four lines")
    files = sorted(os.listdir(REP))
    for f in files:
        if not NAME_RE.match(f):
            errors.append(f"bad report file name: {f}")
    given = os.path.join(ROOT, "given")
    if os.path.isdir(given):
        for f in os.listdir(given):
            if open(os.path.join(given, f), "rb").read() != open(os.path.join(REP, f), "rb").read():
                errors.append(f"reports/{f} differs from given/{f}")
    texts = {f: norm(extract(os.path.join(REP, f))) for f in files}
    by_form, by_tag, by_reason, by_report = (collections.Counter() for _ in range(4))
    n = refuse = accentless = english = 0
    seen_q = set()
    for i, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {i}: {len(cols)} columns"); continue
        q, form, tags, report, facts = cols
        n += 1
        if q in seen_q:
            errors.append(f"line {i}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"line {i}: bad form {form}")
        by_form[form] += 1
        tl = [] if tags == "-" else tags.split(",")
        for t in tl:
            if t not in TAGS:
                errors.append(f"line {i}: bad tag {t}")
            by_tag[t] += 1
        if not tl:
            by_tag["-"] += 1
        if "accentless" in tl:
            accentless += 1
            if has_diacritics(q):
                errors.append(f"line {i}: accentless row has diacritics")
        if "english" in tl:
            english += 1
        if form == "refuse":
            refuse += 1
            if report != "-":
                errors.append(f"line {i}: refuse row must have report -")
            if facts not in REASONS:
                errors.append(f"line {i}: bad reason code {facts}")
            by_reason[facts] += 1
            continue
        if report == "-":
            errors.append(f"line {i}: answerable row without report"); continue
        reps = report.split(",")
        bad = [r for r in reps if r not in texts]
        if bad:
            errors.append(f"line {i}: unknown report(s) {bad}"); continue
        for r in reps:
            by_report[r] += 1
        text = " ".join(texts[r] for r in reps)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if not any(found(a, text) for a in alts):
                errors.append(f"line {i}: fact group not found in {reps}: {group!r}")
    if n < MIN_ROWS:
        errors.append(f"only {n} rows (< {MIN_ROWS})")
    if refuse < MIN_REFUSE:
        errors.append(f"only {refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if by_reason[r] == 0:
            errors.append(f"no refuse row with reason {r}")
    for f in FORMS:
        if by_form[f] == 0:
            errors.append(f"form {f} never used")
    for f in files:
        if by_report[f] < MIN_PER_REPORT:
            errors.append(f"report {f}: only {by_report[f]} rows (< {MIN_PER_REPORT})")
    print(f"rows: {n}   answerable: {n - refuse}   refuse: {refuse}")
    print(f"accentless: {accentless} ({100 * accentless / n:.1f}%)   english: {english} ({100 * english / n:.1f}%)")
    print("per form:   " + ", ".join(f"{k} {v}" for k, v in sorted(by_form.items())))
    print("per tag:    " + ", ".join(f"{k} {v}" for k, v in sorted(by_tag.items())))
    print("per reason: " + ", ".join(f"{k} {v}" for k, v in sorted(by_reason.items())))
    print("per report (rows naming it):")
    for f in files:
        print(f"  {f}  {by_report[f]}")
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
