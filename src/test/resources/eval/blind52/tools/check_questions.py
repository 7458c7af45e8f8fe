#!/usr/bin/env python3
"""Check questions.tsv of blind set 52 against the reports; print statistics and PASS/FAIL.

Usage: check_questions.py [SET_DIR]        (default: the folder above tools/)
       check_questions.py [SET_DIR] --dump FILE   (print the normalised text extracted from a report)
"""
import collections
import html.parser
import os
import re
import sys
import unicodedata
import zipfile

SET_NO = 52
HEADER = [
    f"# Blind evaluation set {SET_NO} for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")
MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 220, 35, 15, 8


# ---------------------------------------------------------------- text extraction
class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "br", "tr", "td", "th", "section",
             "article", "header", "footer", "nav", "ul", "figure", "span", "a", "button", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def extract_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    if ext == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        paras = []
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            runs = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
            paras.append(html.unescape("".join(runs)))
        return "\n".join(paras)
    if ext == "pdf":
        from pypdf import PdfReader
        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        # a line broken right after a hyphen ("Li-" / "bi") is one word: rejoin it
        return re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1-\2", text)
    raise ValueError(f"unknown extension: {path}")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in s) or "đ" in s.lower()


def found(fact, text_norm):
    f = norm(fact)
    if not f:
        return False
    pat = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in f.split(" ")) + r"(?!\w)"
    return re.search(pat, text_norm) is not None


# ---------------------------------------------------------------- main check
def main():
    args = [a for a in sys.argv[1:]]
    dump = None
    if "--dump" in args:
        k = args.index("--dump")
        dump = args[k + 1]
        del args[k:k + 2]
    set_dir = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), ".."))
    rep_dir = os.path.join(set_dir, "reports")
    if dump:
        print(norm(extract_text(os.path.join(rep_dir, dump))))
        return 0

    errors, warnings = [], []
    files = sorted(os.listdir(rep_dir))
    for f in files:
        if not NAME_RE.match(f):
            errors.append(f"bad report file name: {f}")
    if len(files) != 11:
        errors.append(f"expected 11 reports, found {len(files)}")
    given_dir = os.path.join(set_dir, "given")
    if os.path.isdir(given_dir):
        for g in sorted(os.listdir(given_dir)):
            a, b = os.path.join(given_dir, g), os.path.join(rep_dir, g)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                errors.append(f"given report not copied byte for byte: {g}")
    texts = {f: norm(extract_text(os.path.join(rep_dir, f))) for f in files if NAME_RE.match(f)}
    for f, t in texts.items():
        if len(t.split()) < 300:
            warnings.append(f"{f}: only {len(t.split())} words extracted")

    raw = open(os.path.join(set_dir, "questions.tsv"), encoding="utf-8").read()
    if raw.startswith("\ufeff"):
        errors.append("questions.tsv has a BOM")
    lines = raw.rstrip("\n").split("\n")
    for k, h in enumerate(HEADER):
        if k >= len(lines) or lines[k] != h:
            errors.append(f"header line {k + 1} differs: {lines[k] if k < len(lines) else None!r}")
    rows = lines[len(HEADER):]

    per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
    n_accentless = n_english = 0
    seen = set()
    for n, line in enumerate(rows, start=len(HEADER) + 1):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {n}: {len(cols)} columns")
            continue
        q, form, tags, report, facts = cols
        if not q.strip() or q != q.strip():
            errors.append(f"line {n}: empty or padded question")
        if q.lower() in seen:
            errors.append(f"line {n}: duplicate question")
        seen.add(q.lower())
        if form not in FORMS:
            errors.append(f"line {n}: bad form {form!r}")
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"line {n}: bad tag {t!r}")
            per_tag[t] += 1
        if not taglist:
            per_tag["-"] += 1
        if len(set(taglist)) != len(taglist):
            errors.append(f"line {n}: repeated tag")
        if "accentless" in taglist:
            n_accentless += 1
            if has_diacritics(q):
                errors.append(f"line {n}: tagged accentless but has diacritics")
        elif "english" not in taglist and not has_diacritics(q):
            warnings.append(f"line {n}: no diacritics but not tagged accentless: {q}")
        if "english" in taglist:
            n_english += 1
        if form == "refuse":
            if report != "-":
                errors.append(f"line {n}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"line {n}: bad reason code {facts!r}")
            per_reason[facts] += 1
            continue
        if facts in REASONS or report == "-":
            errors.append(f"line {n}: answerable row with refuse-style report/facts")
            continue
        names = report.split(",")
        if len(set(names)) != len(names):
            errors.append(f"line {n}: repeated report name")
        bad = [x for x in names if x not in texts]
        if bad:
            errors.append(f"line {n}: unknown report(s) {bad}")
            continue
        for x in names:
            per_report[x] += 1
        if form == "compare" and len(names) < 2:
            warnings.append(f"line {n}: compare row with one report")
        combined = " \n ".join(texts[x] for x in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                errors.append(f"line {n}: empty fact alternative in {group!r}")
                continue
            if not any(found(a, combined) for a in alts):
                errors.append(f"line {n}: fact group not found in {names}: {group!r}")
            for a in alts:
                if not found(a, combined):
                    warnings.append(f"line {n}: alternative {a!r} not in text (another one is)")

    total = len(rows)
    n_refuse = per_form["refuse"]
    if total < MIN_ROWS:
        errors.append(f"only {total} rows (< {MIN_ROWS})")
    if n_refuse < MIN_REFUSE:
        errors.append(f"only {n_refuse} refuse rows (< {MIN_REFUSE})")
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            errors.append(f"reason {r}: only {per_reason[r]} rows (< {MIN_PER_REASON})")
    for f in FORMS:
        if not per_form[f]:
            errors.append(f"form {f} never used")
    for t in TAGS:
        if not per_tag[t]:
            errors.append(f"tag {t} never used")
    for f in texts:
        if per_report[f] < MIN_PER_REPORT:
            errors.append(f"report {f}: only {per_report[f]} rows (< {MIN_PER_REPORT})")
    acc_share, en_share = n_accentless / total, n_english / total
    if not 0.40 <= acc_share <= 0.60:
        errors.append(f"accentless share {acc_share:.1%} outside 40-60%")
    if not 0.07 <= en_share <= 0.15:
        errors.append(f"English share {en_share:.1%} outside 7-15%")

    print(f"rows: {total}   answerable: {total - n_refuse}   refuse: {n_refuse}")
    print(f"accentless: {n_accentless} ({acc_share:.1%})   english: {n_english} ({en_share:.1%})")
    print("per form:   " + ", ".join(f"{k}={v}" for k, v in sorted(per_form.items())))
    print("per tag:    " + ", ".join(f"{k}={v}" for k, v in sorted(per_tag.items())))
    print("per reason: " + ", ".join(f"{k}={v}" for k, v in sorted(per_reason.items())))
    print("per report:")
    for f in sorted(texts):
        print(f"  {f:32s} {per_report[f]:3d} rows   {len(texts[f].split()):5d} words")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
