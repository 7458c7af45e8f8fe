#!/usr/bin/env python3
"""Check questions.tsv of blind evaluation set 53 against the reports.

Checks: the 4 header lines; 5 tab-separated columns; forms, tags and refuse
reason codes; report file names (NNN_<16 hex>.<txt|md|html|docx|pdf>) that
exist in reports/; that every fact group has at least one alternative found,
accent- and case-insensitively as whole words, in the text extracted from
the named report(s), and that each named report supports at least one group;
accentless rows carry no diacritics; no duplicate questions; row counts.
Prints statistics and PASS (exit 0) or the list of problems (exit 1).

Text extraction: .txt/.md as is; .html without <script>/<style> and tags;
.docx from word/document.xml paragraphs; .pdf with pypdf (pip install pypdf).
Usage: python3 tools/check_questions.py [path/to/questions.tsv]
"""
import collections
import html
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET_NO = 53

HEADER = [
    f"# Blind evaluation set {SET_NO} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many",
         "list", "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable",
        "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")

MIN_ROWS, MIN_REFUSE, MIN_PER_REASON, MIN_PER_REPORT = 220, 35, 8, 15
N_REPORTS = 11


# ------------------------------------------------------------------ text
def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


PUNCT = re.compile(r"[\"“”„'‘’`()\[\]{}<>,;:!?…*_#|~^=+]")


def norm(s):
    s = strip_accents(s).lower()
    s = s.replace("–", "-").replace("—", "-").replace("\u00a0", " ")
    s = PUNCT.sub(" ", s)
    return re.sub(r"\s+", " ", s).strip()


def has_phrase(text_norm, fact):
    f = norm(fact)
    if not f:
        return False
    return re.search(r"(?<![0-9a-z])" + re.escape(f) + r"(?![0-9a-z])", text_norm) is not None


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<!--.*?-->", " ", s)
        s = re.sub(r"(?i)<br\s*/?>|</(p|h\d|li|div|figcaption|title)>", "\n", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        return html.unescape(s)
    if ext == "docx":
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        paras = re.findall(r"(?s)<w:p[ >].*?</w:p>", x)
        lines = []
        for p in paras:
            p = re.sub(r"<w:tab/>", "\t", p)
            lines.append("".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)))
        return html.unescape("\n".join(lines))
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raise ValueError(path)


# ------------------------------------------------------------------ check
def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "questions.tsv")
    rdir = os.path.join(os.path.dirname(os.path.abspath(qpath)), "reports")
    problems = []
    lines = open(qpath, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            problems.append(f"header line {i + 1} differs: {lines[i] if i < len(lines) else '<missing>'!r}")

    files = sorted(os.listdir(rdir))
    for f in files:
        if not NAME_RE.match(f):
            problems.append(f"bad report file name: {f}")
    if len(files) != N_REPORTS:
        problems.append(f"expected {N_REPORTS} report files, found {len(files)}")
    texts, words = {}, {}
    for f in files:
        raw = extract(os.path.join(rdir, f))
        texts[f] = norm(raw)
        words[f] = len(raw.split())

    rows = []
    for n, line in enumerate(lines[len(HEADER):], len(HEADER) + 1):
        cols = line.split("\t")
        if len(cols) != 5:
            problems.append(f"line {n}: {len(cols)} columns")
            continue
        rows.append((n, cols))

    per_form, per_tag, per_reason = collections.Counter(), collections.Counter(), collections.Counter()
    per_report = collections.Counter()
    seen_q = {}
    n_refuse = 0
    for n, (q, form, tags, rep, facts) in rows:
        where = f"line {n}"
        if not q.strip():
            problems.append(f"{where}: empty question")
        key = norm(q)
        if key in seen_q:
            problems.append(f"{where}: duplicate of line {seen_q[key]}: {q}")
        seen_q[key] = n
        if form not in FORMS:
            problems.append(f"{where}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        if tags != "-" and not taglist:
            problems.append(f"{where}: empty tags")
        for t in taglist:
            if t not in TAGS:
                problems.append(f"{where}: bad tag {t!r}")
            per_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            problems.append(f"{where}: repeated tag")
        if not taglist:
            per_tag["-"] += 1
        if "accentless" in taglist and strip_accents(q) != q:
            problems.append(f"{where}: accentless row has diacritics: {q}")
        if form == "refuse":
            n_refuse += 1
            if rep != "-":
                problems.append(f"{where}: refuse row must have report -")
            if facts not in REASONS:
                problems.append(f"{where}: bad reason code {facts!r}")
            per_reason[facts] += 1
            continue
        if rep == "-" or facts in REASONS:
            problems.append(f"{where}: non-refuse row with report - or reason code")
            continue
        names = rep.split(",")
        if len(set(names)) != len(names):
            problems.append(f"{where}: repeated report name")
        ok_names = []
        for name in names:
            if not NAME_RE.match(name):
                problems.append(f"{where}: bad report name {name!r}")
            elif name not in texts:
                problems.append(f"{where}: report {name} not in reports/")
            else:
                ok_names.append(name)
                per_report[name] += 1
        if not ok_names:
            continue
        union = " \n ".join(texts[x] for x in ok_names)
        groups = facts.split(" && ")
        support = collections.Counter()
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if any(not a for a in alts):
                problems.append(f"{where}: empty alternative in {g!r}")
                continue
            if not any(has_phrase(union, a) for a in alts):
                problems.append(f"{where}: fact group {g!r} not found in {','.join(x[:3] for x in ok_names)}")
            for x in ok_names:
                if any(has_phrase(texts[x], a) for a in alts):
                    support[x] += 1
        if len(ok_names) > 1:
            for x in ok_names:
                if not support[x]:
                    problems.append(f"{where}: report {x[:3]} supports no fact group")

    total = len(rows)
    if total < MIN_ROWS:
        problems.append(f"only {total} rows (< {MIN_ROWS})")
    if n_refuse < MIN_REFUSE:
        problems.append(f"only {n_refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            problems.append(f"reason {r}: only {per_reason[r]} rows (< {MIN_PER_REASON})")
    for f in FORMS:
        if not per_form[f]:
            problems.append(f"form {f} never used")
    for t in TAGS:
        if not per_tag[t]:
            problems.append(f"tag {t} never used")
    for f in files:
        if per_report[f] < MIN_PER_REPORT:
            problems.append(f"report {f}: only {per_report[f]} rows (< {MIN_PER_REPORT})")

    # ---------------------------------------------------------- statistics
    print(f"questions.tsv: {total} rows, {n_refuse} refuse ({n_refuse / total:.1%})")
    print(f"accentless: {per_tag['accentless']} ({per_tag['accentless'] / total:.1%}); "
          f"english: {per_tag['english']} ({per_tag['english'] / total:.1%})")
    print("rows per form:")
    for f in FORMS:
        print(f"  {f:13s} {per_form[f]:4d}")
    print("rows per tag:")
    for t in TAGS + ["-"]:
        print(f"  {t:13s} {per_tag[t]:4d}")
    print("refuse rows per reason:")
    for r in REASONS:
        print(f"  {r:13s} {per_reason[r]:4d}")
    print("rows per report (a multi-report row counts for each), words in extracted text:")
    for f in files:
        print(f"  {f:30s} {per_report[f]:4d}   {words[f]:5d} words")
    multi = sum(1 for _, c in rows if c[1] != "refuse" and "," in c[3])
    print(f"multi-report rows: {multi}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
