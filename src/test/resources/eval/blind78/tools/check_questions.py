#!/usr/bin/env python3
"""Checks for the blind78 evaluation set.

  python3 tools/check_questions.py            run all checks
  python3 tools/check_questions.py --dump F   print the extracted text of report F
  python3 tools/check_questions.py --grep S   show where span S occurs (normalised)

Checks: header and columns; forms, tags, reason codes; report file names exist;
every fact group (' && ') has at least one alternative (' | ') matching as whole
words, accent/case-insensitively, in one of the named reports; spans are 1-6
syllables; each refusal's distinguishing token (kept in src/questions_src.tsv)
is absent from every report; questions.tsv equals what make_questions.py
builds from the source; every report has >= 18 rows.
"""
import sys
sys.dont_write_bytecode = True
import email
import email.policy
import html.parser
import os
import re
import subprocess
import unicodedata
import zipfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, "reports")
TSV = os.path.join(ROOT, "questions.tsv")
SRC = os.path.join(ROOT, "src", "questions_src.tsv")

FORMS = set("presided attended spoke who-said said-by when where how-many list which-report "
            "fact summary compare refuse".split())
TAGS = set("accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
HEADER = [
    "# Blind evaluation set blind78: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.",
    "# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts",
    "# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse",
    "# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)",
    "# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused",
    "# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;",
    "#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported",
]


# ---------------------------------------------------------------- extraction
class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "br", "tr", "td", "th", "title", "time", "span", "a"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _docx_text(path):
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        parts = []
        for n in names:
            xml = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                if "PAGE" in p and "NUMPAGES" in p:
                    t += " [x/y]"
                parts.append(html.unescape(t))
    return "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "html":
        p = _HTMLText()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        return "".join(p.out)
    if ext == "docx":
        return _docx_text(path)
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    if ext == "eml":
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        return "Subject: " + str(msg["subject"]) + "\n" + msg.get_body(("plain",)).get_content()
    raise ValueError("unknown format: " + path)


def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = s.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip()


def _boundary_ok(text, i, step):
    """i: index of the char just outside the match (i-1 before, or end)."""
    if i < 0 or i >= len(text):
        return True
    c = text[i]
    if c.isalnum():
        return False
    if c in "/-.,:%":
        j = i + step
        if 0 <= j < len(text) and text[j].isalnum():
            return False  # glued, e.g. '10' inside '10/1', '1' inside '1.245'
    return True


def find_span(span, text_n):
    s = norm(span)
    start = 0
    while True:
        k = text_n.find(s, start)
        if k < 0:
            return False
        if _boundary_ok(text_n, k - 1, -1) and _boundary_ok(text_n, k + len(s), +1):
            return True
        start = k + 1


def syllables(span):
    return len([w for w in re.split(r"\s+", span.strip()) if re.search(r"\w", w)])


# ---------------------------------------------------------------- helpers
def load_reports():
    texts = {}
    for fn in sorted(os.listdir(REPORTS)):
        texts[fn] = norm(extract(os.path.join(REPORTS, fn)))
    return texts


def read_rows(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            raise SystemExit(f"{path}:{ln}: expected {ncols} columns, got {len(cols)}")
        rows.append((ln, cols))
    return rows, lines


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(os.path.join(REPORTS, sys.argv[2])))
        return 0
    texts = load_reports()
    if len(sys.argv) > 2 and sys.argv[1] == "--grep":
        for fn, t in texts.items():
            if find_span(sys.argv[2], t):
                print(fn)
        return 0

    errors = []
    # 1. TSV equals the generated output
    sys.path.insert(0, os.path.dirname(__file__))
    import make_questions
    expected = make_questions.build()
    with open(TSV, encoding="utf-8") as f:
        actual = f.read()
    if actual != expected:
        errors.append("questions.tsv differs from make_questions.py output (re-run tools/make_questions.py)")
    rows, lines = read_rows(TSV, 5)
    if lines[:len(HEADER)] != HEADER:
        errors.append("header lines differ from the specification")
    src_rows, _ = read_rows(SRC, 6)
    if len(src_rows) != len(rows):
        errors.append("row count differs between source and TSV")

    per_report, forms, tags_c, reasons = Counter(), Counter(), Counter(), Counter()
    seen_q = set()
    for (ln, (q, form, tags, rep, facts)), (_, srow) in zip(rows, src_rows):
        where = f"questions.tsv:{ln}"
        if q in seen_q:
            errors.append(f"{where}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"{where}: bad form {form!r}")
        forms[form] += 1
        tag_list = [] if tags == "-" else tags.split(",")
        for t in tag_list:
            if t not in TAGS:
                errors.append(f"{where}: bad tag {t!r}")
            tags_c[t] += 1
        has_marks = norm(q) != q.lower().replace("\u00a0", " ") and any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", q)) or "đ" in q.lower()
        if "accentless" in tag_list and has_marks:
            errors.append(f"{where}: tagged accentless but has diacritics")
        if form == "refuse":
            if rep != "-":
                errors.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"{where}: bad reason code {facts!r}")
            reasons[facts] += 1
            token = srow[5].strip()
            if not token or token == "-":
                errors.append(f"{where}: refusal without distinguishing token in source")
            else:
                for tok in token.split(" ; "):
                    hits = [fn for fn, t in texts.items() if find_span(tok, t)]
                    if hits:
                        errors.append(f"{where}: refusal token {tok!r} occurs in {hits}")
            continue
        if facts in REASONS:
            errors.append(f"{where}: reason code on a non-refuse row")
        reps = rep.split(",")
        for r in reps:
            if r not in texts:
                errors.append(f"{where}: unknown report {r!r}")
            per_report[r] += 1
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            ok = False
            for a in alts:
                n = syllables(a)
                if not 1 <= n <= 6:
                    errors.append(f"{where}: span {a!r} has {n} syllables")
                if any(find_span(a, texts[r]) for r in reps if r in texts):
                    ok = True
            if not ok:
                errors.append(f"{where}: fact group {group!r} not found in {reps}")
        if srow[5].strip() not in ("", "-"):
            errors.append(f"{where}: token column must be '-' for answerable rows")

    for fn in texts:
        if per_report[fn] < 18:
            errors.append(f"report {fn} has only {per_report[fn]} rows (< 18)")

    print(f"rows: {len(rows)}")
    print("forms:", dict(sorted(forms.items(), key=lambda x: -x[1])))
    print("tags:", dict(sorted(tags_c.items(), key=lambda x: -x[1])))
    print("reports:", dict(sorted(per_report.items())))
    print("refusal reasons:", dict(reasons))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
