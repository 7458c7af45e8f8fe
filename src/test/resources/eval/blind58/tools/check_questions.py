#!/usr/bin/env python3
"""Validate questions.tsv against the reports in reports/.

Checks
  * every report file name is NNN_<16 hex>.<ext> and the 11 files exist;
  * every row has 5 tab-separated columns, a known form, known tags, valid report names;
  * answerable rows: every fact group (" && ") has at least one alternative (" | ") that occurs,
    as whole words, in at least one of the named reports (accent/case-insensitive; punctuation
    other than / - . % treated as spaces, / - . stripped at word edges);
  * refuse rows: report is "-", facts is a reason code; the distinguishing key(s) recorded in
    src/questions_src.txt (6th column) are absent:
        span        -> the span occurs in no report
        A~B         -> no single report contains both A and B
        @NNN:a|b    -> none of a, b occurs in report NNN
  * questions.tsv rows are exactly the rows of src/questions_src.txt (after diacritic stripping).
Usage: python3 tools/check_questions.py [--dump NNN]   (--dump prints the normalised text of a report)
"""
import html.parser
import os
import re
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, "reports")
QTSV = os.path.join(ROOT, "questions.tsv")
QSRC = os.path.join(ROOT, "src", "questions_src.txt")

FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "premise",
        "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|html|docx|pdf|md)$")


# ---------------------------------------------------------------- text extraction
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append("\n" if tag in ("p", "div", "li", "h1", "h2", "h3", "br", "figcaption", "title") else " ")

    def handle_endtag(self, tag):
        self.out.append(" ")
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = []
        for name in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                xml = re.sub(r"</w:p>", "\n", xml)
                xml = re.sub(r"</w:tc>", "\t", xml)
                parts.append(re.sub(r"<[^>]+>", "", xml))
        return html.unescape("\n".join(parts))
    if ext == "pdf":
        from pypdf import PdfReader
        text = "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
        return re.sub(r"-\s*\n\s*", "-", text)  # words hyphenated at a line end
    raise ValueError(path)


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def tokens(s):
    s = strip_accents(s).lower()
    s = re.sub(r"[^0-9a-z/\-.%]+", " ", s)
    out = []
    for t in s.split():
        t = t.strip("/-.")
        if t:
            out.append(t)
    return out


def contains(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    first = needle[0]
    for i, t in enumerate(hay):
        if t == first and hay[i:i + n] == needle:
            return True
    return False


# ---------------------------------------------------------------- main
def main():
    files = sorted(os.listdir(REPORTS))
    errors = []
    for f in files:
        if not NAME_RE.match(f):
            errors.append(f"bad report file name {f}")
    if len(files) != 11:
        errors.append(f"expected 11 reports, found {len(files)}")
    texts = {f: tokens(extract(os.path.join(REPORTS, f))) for f in files}
    by_num = {f[:3]: f for f in files}

    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(" ".join(texts[by_num[sys.argv[2]]]))
        return

    # source rows (6th column = refuse keys)
    src_rows = []
    for ln in open(QSRC, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        src_rows.append(ln.split("\t"))

    rows = []
    for no, ln in enumerate(open(QTSV, encoding="utf-8"), 1):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        rows.append((no, ln.split("\t")))

    if len(rows) != len(src_rows):
        errors.append(f"questions.tsv has {len(rows)} rows, src has {len(src_rows)}")

    seen_q = set()
    for (no, cols), src in zip(rows, src_rows):
        where = f"line {no}"
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        if not q.strip():
            errors.append(f"{where}: empty question")
        if q in seen_q:
            errors.append(f"{where}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"{where}: bad form {form}")
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"{where}: bad tag {t}")
        # consistency with src
        expect_q = strip_accents(src[0]) if "accentless" in taglist else src[0]
        if [expect_q, src[1], src[2], expand(src[3], by_num), src[4]] != cols:
            errors.append(f"{where}: differs from src row")
        if "accentless" in taglist and q != strip_accents(q):
            errors.append(f"{where}: tagged accentless but has diacritics")

        if form == "refuse":
            if rep != "-":
                errors.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"{where}: bad reason {facts}")
            key = src[5] if len(src) > 5 else ""
            if not key.strip():
                errors.append(f"{where}: refuse row without distinguishing key")
                continue
            for k in key.split(" ;; "):
                errors += check_key(where, k.strip(), texts, by_num)
            continue

        if rep == "-":
            errors.append(f"{where}: answerable row without report")
            continue
        if facts in REASONS:
            errors.append(f"{where}: answerable row with reason code")
        names = rep.split(",")
        for n in names:
            if n not in texts:
                errors.append(f"{where}: unknown report {n}")
        names = [n for n in names if n in texts]
        groups = facts.split(" && ")
        if len(groups) > 3:
            errors.append(f"{where}: more than 3 fact groups")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if not any(a and contains(texts[n], tokens(a)) for a in alts for n in names):
                errors.append(f"{where}: fact group not found in {rep}: {g!r}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print(f"PASS ({len(rows)} rows, {len(files)} reports)")


def expand(ids, by_num):
    if ids == "-":
        return "-"
    return ",".join(by_num.get(i.strip(), i.strip()) for i in ids.split(","))


def check_key(where, k, texts, by_num):
    errs = []
    if k.startswith("@"):
        num, spans = k[1:].split(":", 1)
        f = by_num.get(num)
        if not f:
            return [f"{where}: key names unknown report {num}"]
        for s in spans.split("|"):
            if contains(texts[f], tokens(s)):
                errs.append(f"{where}: key span {s!r} occurs in {f}")
    elif "~" in k:
        a, b = k.split("~", 1)
        for f, t in texts.items():
            if contains(t, tokens(a)) and contains(t, tokens(b)):
                errs.append(f"{where}: key {a!r} and {b!r} co-occur in {f}")
    else:
        for f, t in texts.items():
            if contains(t, tokens(k)):
                errs.append(f"{where}: key {k!r} occurs in {f}")
    return errs


if __name__ == "__main__":
    main()
