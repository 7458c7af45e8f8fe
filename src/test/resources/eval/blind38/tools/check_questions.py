#!/usr/bin/env python3
"""Validate questions.tsv of blind evaluation set 38.

Checks: the 4 header lines, 5 TAB-separated columns, forms, tags, refuse reason
codes, report file names, that every fact group has at least one alternative found
(accent- and case-insensitive, whole words) in the text extracted from the named
report(s), accentless rows really have no diacritics, row counts and spreads.
Prints statistics and PASS (exit 0) or the list of problems (exit 1).
"""
import collections, html.parser, pathlib, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
TSV = ROOT / "questions.tsv"

HEADER = [
    "# Blind evaluation set 38 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 40, 15, 10


# ---------------------------------------------------------------- text extraction
class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "noscript"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "title", "br", "tr", "td", "span", "a"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract_text(path: pathlib.Path) -> str:
    ext = path.suffix.lower()
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".html":
        p = _HTMLText()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    if ext == ".docx":
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        paras = []
        for para in root.iter(ns + "p"):
            paras.append("".join(t.text or "" for t in para.iter(ns + "t")))
        return "\n".join(paras)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    raise ValueError(f"unknown extension {path}")


# ---------------------------------------------------------------- normalisation
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def fold(s: str) -> str:
    """accent- and case-fold: NFC, đ->d, strip combining marks, lower, unify dashes, collapse spaces"""
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.lower().translate(DASHES).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s: str) -> bool:
    return fold(s) != re.sub(r"\s+", " ", s.lower().translate(DASHES)).strip()


def contains(text_folded: str, fact: str) -> bool:
    f = fold(fact)
    pat = r"\s*".join(re.escape(tok) for tok in f.split(" "))
    return re.search(r"(?<![0-9a-z])" + pat + r"(?![0-9a-z])", text_folded) is not None


# ---------------------------------------------------------------- main
def main() -> int:
    problems = []
    raw = TSV.read_bytes()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("FAIL: not UTF-8", e)
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            problems.append(f"header line {i+1} differs: {lines[i] if i < len(lines) else None!r}")
    rows = lines[len(HEADER):]

    files = sorted(p.name for p in REPORTS.iterdir() if p.is_file())
    for f in files:
        if not NAME_RE.match(f):
            problems.append(f"bad report file name {f}")
    texts = {f: fold(extract_text(REPORTS / f)) for f in files}
    for f, t in texts.items():
        if len(t.split()) < 300:
            problems.append(f"suspiciously short extracted text in {f} ({len(t.split())} words)")

    st = collections.Counter()
    per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
    seen = set()
    for n, row in enumerate(rows, start=len(HEADER) + 1):
        cols = row.split("\t")
        if len(cols) != 5:
            problems.append(f"line {n}: {len(cols)} columns")
            continue
        q, form, tags, report, facts = (c.strip() for c in cols)
        if cols != [c.strip() for c in cols]:
            problems.append(f"line {n}: stray whitespace around a column")
        if not q:
            problems.append(f"line {n}: empty question")
        if fold(q) in seen:
            problems.append(f"line {n}: duplicate question {q!r}")
        seen.add(fold(q))
        st["rows"] += 1
        if form not in FORMS:
            problems.append(f"line {n}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                problems.append(f"line {n}: bad tag {t!r}")
            per_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            problems.append(f"line {n}: repeated tag")
        if "accentless" in taglist and has_diacritics(q):
            problems.append(f"line {n}: tagged accentless but has diacritics: {q}")
        if "accentless" not in taglist and "english" not in taglist and not has_diacritics(q):
            problems.append(f"line {n}: no diacritics but not tagged accentless/english: {q}")
        if "english" in taglist and "accentless" in taglist:
            problems.append(f"line {n}: english rows should not also be tagged accentless")
        if form == "refuse":
            st["refuse"] += 1
            if report != "-":
                problems.append(f"line {n}: refuse row must have report '-'")
            if facts not in REASONS:
                problems.append(f"line {n}: bad reason code {facts!r}")
            per_reason[facts] += 1
            continue
        if report == "-":
            problems.append(f"line {n}: non-refuse row without report")
            continue
        names = report.split(",")
        if len(set(names)) != len(names):
            problems.append(f"line {n}: repeated report name")
        bad = [x for x in names if x not in texts]
        if bad:
            problems.append(f"line {n}: unknown report file(s) {bad}")
            continue
        for x in names:
            per_report[x] += 1
        if form == "compare" and len(names) < 2:
            problems.append(f"line {n}: compare row should name at least two reports")
        if facts in REASONS or not facts:
            problems.append(f"line {n}: non-refuse row needs fact spans")
            continue
        joined = " \n ".join(texts[x] for x in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                problems.append(f"line {n}: empty alternative in {facts!r}")
                continue
            if not any(contains(joined, a) for a in alts):
                problems.append(f"line {n}: fact group {group!r} not found in {names}")
            for a in alts:
                if len(a.split()) > 6:
                    problems.append(f"line {n}: fact alternative too long ({a!r})")
        if len(names) > 1 and form != "refuse":
            # every named report must contribute at least one fact group
            for x in names:
                if not any(any(contains(texts[x], a.strip()) for a in g.split(" | ")) for g in facts.split(" && ")):
                    problems.append(f"line {n}: report {x} contributes no fact")

    # ------------------------------------------------ spreads
    total = st["rows"]
    if total < MIN_ROWS:
        problems.append(f"only {total} rows (< {MIN_ROWS})")
    if st["refuse"] < MIN_REFUSE:
        problems.append(f"only {st['refuse']} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            problems.append(f"reason {r}: only {per_reason[r]} rows")
    for f in files:
        if per_report[f] < MIN_PER_REPORT:
            problems.append(f"report {f}: only {per_report[f]} rows")
    for f in FORMS:
        if per_form[f] == 0:
            problems.append(f"form {f} unused")
    for t in TAGS:
        if per_tag[t] == 0:
            problems.append(f"tag {t} unused")
    acc = per_tag["accentless"] / total if total else 0
    eng = per_tag["english"] / total if total else 0
    if not 0.40 <= acc <= 0.60:
        problems.append(f"accentless share {acc:.1%} outside 40-60%")
    if not 0.07 <= eng <= 0.15:
        problems.append(f"English share {eng:.1%} outside 7-15%")

    # ------------------------------------------------ statistics
    print(f"rows: {total}   refuse: {st['refuse']}   answerable: {total - st['refuse']}")
    print(f"accentless: {per_tag['accentless']} ({acc:.1%})   english: {per_tag['english']} ({eng:.1%})")
    print("per form:   " + ", ".join(f"{f}={per_form[f]}" for f in FORMS))
    print("per tag:    " + ", ".join(f"{t}={per_tag[t]}" for t in TAGS) + f", (none)={total - sum(1 for r in rows if r.split(chr(9))[2:3] != ['-'])}")
    print("per reason: " + ", ".join(f"{r}={per_reason[r]}" for r in REASONS))
    print("per report (rows naming it):")
    for f in files:
        print(f"   {f}: {per_report[f]}")
    if problems:
        print(f"\nFAIL: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
