#!/usr/bin/env python3
"""Check questions.tsv of blind evaluation set blind79.

* extracts the text of every report in reports/ (txt, md, html, docx, pdf, eml);
* checks the header, the columns, forms, tags, refusal reason codes and file names;
* checks that every fact group (' && ') has at least one alternative (' | ') that
  occurs as whole words, accent- and case-insensitively, in one of the named reports,
  and that no span is glued to a '/', '-', '.' or ',' inside a word;
* checks that each refusal's distinguishing token (kept in src/questions_src.txt)
  is absent from all reports;
* checks that questions.tsv is exactly what tools/make_questions.py builds from the source;
* checks that every report has at least 18 rows, and prints counts.

Usage: python3 tools/check_questions.py [--dump DIR]
"""
import collections
import email
import html as htmllib
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REPORTS = os.path.join(ROOT, "reports")
TSV = os.path.join(ROOT, "questions.tsv")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import make_questions  # noqa: E402

FORMS = set("presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split())
TAGS = set("accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
HEADER = [
    "# Blind evaluation set blind79: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.",
    "# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts",
    "# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse",
    "# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)",
    "# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused",
    "# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;",
    "#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported",
]


# ---------------------------------------------------------------- extraction
def text_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    metas = re.findall(r'(?i)<meta[^>]+content="([^"]*)"', raw)
    title = re.findall(r"(?is)<title>(.*?)</title>", raw)
    body = re.sub(r"(?is)<head>.*?</head>", " ", raw)
    body = re.sub(r"(?i)<br\s*/?>|</(p|h\d|li|div|figcaption|time|span|a|button)>", "\n", body)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    parts = [htmllib.unescape(t) for t in title + metas] + [htmllib.unescape(body)]
    return "\n".join(parts)


def text_docx(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        names.sort(key=lambda n: (0 if "document" in n else 1, n))
        for n in names:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:tc>", " | ", x)
            x = re.sub(r"</w:p>|</w:tr>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(htmllib.unescape(x))
    return "\n".join(out)


def text_pdf(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def text_eml(path):
    with open(path, "rb") as f:
        m = email.message_from_bytes(f.read(), policy=policy.default)
    head = "\n".join(f"{k}: {m[k]}" for k in ("From", "To", "Cc", "Subject", "Date") if m[k])
    parts = []
    for part in m.walk():
        if part.get_content_type() == "text/plain":
            parts.append(part.get_content())
    return head + "\n\n" + "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        return text_html(open(path, encoding="utf-8").read())
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "eml":
        return text_eml(path)
    raise ValueError(path)


def raw_text(path):
    """Everything readable in the file (for the absence check of refusals)."""
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md", "html", "eml"):
        return open(path, encoding="utf-8", errors="replace").read() + "\n" + extract(path)
    return extract(path)


# ---------------------------------------------------------------- matching
def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = s.lower()
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


GLUE = "/-.,:"


def _boundary_ok(text, i, step):
    """i is the index of the character just outside the span."""
    if i < 0 or i >= len(text):
        return True
    c = text[i]
    if c.isalnum():
        return False
    if c in GLUE:
        j = i + step
        if 0 <= j < len(text) and text[j].isalnum():
            return False
    return True


def find_span(span, text_folded):
    s = fold(span).strip()
    if not s:
        return False
    start = 0
    while True:
        i = text_folded.find(s, start)
        if i < 0:
            return False
        if _boundary_ok(text_folded, i - 1, -1) and _boundary_ok(text_folded, i + len(s), +1):
            return True
        start = i + 1


def syllables(span):
    return len(span.split())


# ---------------------------------------------------------------- main
def main():
    dump = None
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        dump = sys.argv[2]
    files = sorted(f for f in os.listdir(REPORTS) if not f.startswith("."))
    texts = {f: fold(extract(os.path.join(REPORTS, f))) for f in files}
    raws = {f: fold(raw_text(os.path.join(REPORTS, f))) for f in files}
    if dump:
        os.makedirs(dump, exist_ok=True)
        for f in files:
            with open(os.path.join(dump, f + ".txt"), "w", encoding="utf-8") as o:
                o.write(extract(os.path.join(REPORTS, f)))
    errors = []

    # the TSV must be what make_questions.py builds from the source
    expected = make_questions.build()
    actual = open(TSV, encoding="utf-8").read()
    if expected != actual:
        errors.append("questions.tsv differs from what make_questions.py builds from src/questions_src.txt")

    lines = actual.rstrip("\n").split("\n")
    if lines[:len(HEADER)] != HEADER:
        errors.append("header lines differ from the required header")
    rows = [l.split("\t") for l in lines[len(HEADER):]]
    src_rows = make_questions.read_source()
    if len(src_rows) != len(rows):
        errors.append(f"source has {len(src_rows)} rows, TSV has {len(rows)}")

    per_form = collections.Counter()
    per_tag = collections.Counter()
    per_report = collections.Counter()
    per_reason = collections.Counter()
    seen_q = set()
    n_accentless = n_english = 0
    for n, (row, src) in enumerate(zip(rows, src_rows), start=1):
        where = f"row {n}"
        if len(row) != 5:
            errors.append(f"{where}: {len(row)} columns")
            continue
        q, form, tags, report, facts = row
        if not q.strip():
            errors.append(f"{where}: empty question")
        if q in seen_q:
            errors.append(f"{where}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"{where}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"{where}: bad tag {t!r}")
            per_tag[t] += 1
        has_marks = any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", q)) or "đ" in q.lower()
        if "accentless" in taglist:
            n_accentless += 1
            if has_marks:
                errors.append(f"{where}: tagged accentless but has diacritics")
        elif not has_marks and "english" not in taglist:
            errors.append(f"{where}: no diacritics but not tagged accentless/english")
        if "accentless" in taglist and "english" in taglist:
            errors.append(f"{where}: english and accentless together")
        if "english" in taglist:
            n_english += 1
        if form == "refuse":
            if report != "-":
                errors.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"{where}: bad reason {facts!r}")
            per_reason[facts] += 1
            token = src.get("absent", "").strip()
            if not token:
                errors.append(f"{where}: refusal without a distinguishing token in the source")
            else:
                for tok in token.split(" ; "):
                    hits = [f for f in files if find_span(tok, raws[f])]
                    if hits:
                        errors.append(f"{where}: distinguishing token {tok!r} occurs in {hits}")
            continue
        if facts in REASONS:
            errors.append(f"{where}: answerable row with a reason code as facts")
        names = report.split(",")
        for r in names:
            if r not in texts:
                errors.append(f"{where}: unknown report {r!r}")
            per_report[r] += 1
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            ok = False
            for a in alts:
                k = syllables(a)
                if k < 1 or k > 6:
                    errors.append(f"{where}: span {a!r} has {k} syllables")
                if any(find_span(a, texts[r]) for r in names if r in texts):
                    ok = True
                else:
                    errors.append(f"{where}: alternative {a!r} not found in {names}")
            if not ok:
                errors.append(f"{where}: fact group {group!r} unmatched")
        # each named report must carry at least one fact group
        for r in names:
            if r in texts and not any(find_span(a.strip(), texts[r]) for g in facts.split(" && ") for a in g.split(" | ")):
                errors.append(f"{where}: report {r} named but none of the spans is in it")

    for f in files:
        if per_report[f] < 18:
            errors.append(f"report {f} has only {per_report[f]} rows")

    total = len(rows)
    print(f"rows: {total}  accentless: {n_accentless} ({100*n_accentless/total:.0f}%)  english: {n_english} ({100*n_english/total:.1f}%)")
    print("per form:", dict(sorted(per_form.items(), key=lambda x: -x[1])))
    print("per tag:", dict(sorted(per_tag.items(), key=lambda x: -x[1])))
    print("per reason:", dict(per_reason))
    print("per report:")
    for f in files:
        print(f"  {per_report[f]:3d}  {f}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
