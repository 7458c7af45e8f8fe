"""Check questions.tsv of blind set 46 against reports/ and print statistics.

Checks: the 4 header lines, 5 columns, forms, tags, refuse reason codes, report file
names (and that they exist), that every fact group has at least one alternative found
in the text extracted from the named report(s) (accent- and case-insensitive, whole
words), that accentless rows carry no diacritics, row counts and coverage; also that
the given reports were copied byte for byte, and basic properties of the new reports.
Prints statistics and PASS (exit 0) or the list of problems (exit 1).
usage: python3 tools/check_questions.py [questions.tsv]
"""
import collections
import filecmp
import html
import os
import re
import sys
import unicodedata
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
REPORTS = os.path.join(ROOT, "reports")
GIVEN = os.path.join(ROOT, "given")
HEADER = [
    "# Blind evaluation set 46 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 35, 15, 8


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def has_marks(s):
    return "đ" in s.lower() or any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "html":
        with open(path, encoding="utf-8") as f:
            t = f.read()
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        return html.unescape(t)
    if ext == "docx":
        out = []
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
            for n in sorted(names, key=lambda n: (not n.startswith("word/document"), n)):
                x = z.read(n).decode("utf-8")
                for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", x):
                    out.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))))
        return "\n".join(out)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    raise ValueError(path)


def found(fact, text):
    f = norm(fact)
    return re.search(r"(?<![0-9a-z])" + re.escape(f) + r"(?![0-9a-z])", text) is not None


def main(qpath):
    problems = []
    files = sorted(f for f in os.listdir(REPORTS))
    for f in files:
        if not NAME_RE.match(f):
            problems.append(f"reports/{f}: bad file name")
    texts = {f: norm(extract(os.path.join(REPORTS, f))) for f in files if NAME_RE.match(f)}
    # given reports copied byte for byte
    for g in sorted(os.listdir(GIVEN)):
        if not os.path.exists(os.path.join(REPORTS, g)) or not filecmp.cmp(os.path.join(GIVEN, g), os.path.join(REPORTS, g), shallow=False):
            problems.append(f"given/{g} not copied byte for byte")
    new = [f for f in files if f not in os.listdir(GIVEN)]
    exts = collections.Counter(f.rsplit(".", 1)[1] for f in new)
    if len(files) != 11 or len(new) != 6:
        problems.append(f"expected 11 reports (6 new), found {len(files)} ({len(new)} new)")
    for e in ("html", "docx", "pdf", "md"):
        if not exts[e]:
            problems.append(f"no new .{e} report")
    for f in new:
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            n = len(PdfReader(os.path.join(REPORTS, f)).pages)
            if not 2 <= n <= 3:
                problems.append(f"{f}: {n} pages (want 2-3)")
            pages = [p.extract_text() or "" for p in PdfReader(os.path.join(REPORTS, f)).pages]
            for k, page in enumerate(pages[:-1], 1):
                if f"Trang {k}/{n}" not in page:
                    problems.append(f"{f}: no 'Trang {k}/{n}' footer")
            body = [l.strip() for l in pages[0].split("\n") if l.strip() and "Trang 1/" not in l
                    and "BỘ NGOẠI GIAO - CỤC NGOẠI VỤ" not in l]
            if not body or body[-1][-1] in ".:;!?":
                problems.append(f"{f}: no paragraph split over the first page break")
    # questions
    with open(qpath, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[:4] != HEADER:
        problems.append("header lines differ from the required 4 lines")
    rows = lines[4:]
    by_form, by_tag, by_reason, by_report = (collections.Counter() for _ in range(4))
    accentless = english = 0
    seen = set()
    for i, line in enumerate(rows, 5):
        cols = line.split("\t")
        if len(cols) != 5:
            problems.append(f"line {i}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        where = f"line {i} ({q[:50]})"
        if not q.strip() or q != q.strip():
            problems.append(f"{where}: empty or padded question")
        if norm(q) in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(norm(q))
        if form not in FORMS:
            problems.append(f"{where}: bad form {form!r}")
        by_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                problems.append(f"{where}: bad tag {t!r}")
            by_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            problems.append(f"{where}: repeated tag")
        if "accentless" in taglist:
            accentless += 1
            if has_marks(q):
                problems.append(f"{where}: tagged accentless but has diacritics")
        if "english" in taglist:
            english += 1
        if form == "refuse":
            if rep != "-":
                problems.append(f"{where}: refuse row must have report -")
            if facts not in REASONS:
                problems.append(f"{where}: bad reason code {facts!r}")
            by_reason[facts] += 1
            continue
        if rep == "-" or facts in REASONS:
            problems.append(f"{where}: non-refuse row without report or with a reason code")
            continue
        names = rep.split(",")
        for n in names:
            if n not in texts:
                problems.append(f"{where}: unknown report {n!r}")
            by_report[n] += 1
        text = " \n ".join(texts.get(n, "") for n in names)
        for group in facts.split(" && "):
            alts = [a for a in group.split(" | ")]
            if any(not a.strip() or a != a.strip() for a in alts):
                problems.append(f"{where}: empty or padded fact in {group!r}")
            if not any(found(a, text) for a in alts):
                problems.append(f"{where}: fact group {group!r} not found in {rep}")
        if len(names) > 1 and form not in ("compare", "which-report", "list"):
            problems.append(f"{where}: several reports but form {form}")
    n = len(rows)
    refuse = by_form["refuse"]
    if n < MIN_ROWS:
        problems.append(f"only {n} rows (want >= {MIN_ROWS})")
    if refuse < MIN_REFUSE:
        problems.append(f"only {refuse} refuse rows (want >= {MIN_REFUSE})")
    for r in REASONS:
        if by_reason[r] < MIN_PER_REASON:
            problems.append(f"reason {r}: {by_reason[r]} rows (want >= {MIN_PER_REASON})")
    for fm in FORMS:
        if not by_form[fm]:
            problems.append(f"form {fm} not used")
    for t in TAGS:
        if not by_tag[t]:
            problems.append(f"tag {t} not used")
    for f in texts:
        if by_report[f] < MIN_PER_REPORT:
            problems.append(f"{f}: only {by_report[f]} rows (want >= {MIN_PER_REPORT})")
    if not 0.40 <= accentless / n <= 0.60:
        problems.append(f"accentless share {accentless / n:.0%} outside 40-60%")
    if not 0.08 <= english / n <= 0.15:
        problems.append(f"english share {english / n:.0%} outside 8-15%")

    print(f"rows: {n}   answerable: {n - refuse}   refuse: {refuse}")
    print(f"accentless: {accentless} ({accentless / n:.1%})   english: {english} ({english / n:.1%})")
    print("per form:   " + ", ".join(f"{f}={by_form[f]}" for f in FORMS))
    untagged = sum(1 for r in rows if len(r.split("\t")) == 5 and r.split("\t")[2] == "-")
    print("per tag:    " + ", ".join(f"{t}={by_tag[t]}" for t in TAGS) + f", (no tag)={untagged}")
    print("per reason: " + ", ".join(f"{r}={by_reason[r]}" for r in REASONS))
    print("per report (rows naming it):")
    for f in sorted(texts):
        words = len(texts[f].split())
        print(f"  {f}  {by_report[f]:3d} rows   ~{words} words extracted")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  - " + p)
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "questions.tsv")))
