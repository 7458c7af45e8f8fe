#!/usr/bin/env python3
"""Validate questions.tsv of blind set 41 against the reports in reports/.

Checks: the 4 header lines, 5 columns per row, forms, tags, refuse reason
codes, report file names (pattern + existence), that every fact group has at
least one alternative found (accent- and case-insensitive, whole words) in the
text extracted from the named report(s), accentless rows really carry no
diacritics, and the row-count targets. Prints statistics and PASS / FAIL.

Text extraction: .txt/.md read as UTF-8; .html via html.parser (script and
style skipped); .docx from word/document.xml; .pdf with pypdf.
"""
import collections
import html.parser
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TSV = os.path.join(ROOT, "questions.tsv")
REPORTS = os.path.join(ROOT, "reports")
GIVEN = os.path.join(ROOT, "given")
SET_NO = 41

HEADER = [
    "# Blind evaluation set %d for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated." % SET_NO,
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "paraphrase", "english", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
NAME_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$")

MIN_ROWS, MIN_REFUSE, MIN_PER_REPORT, MIN_PER_REASON = 260, 40, 15, 8


# ---------------------------------------------------------------- extraction
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "html":
        p = _HTMLText()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        return " ".join(p.parts)
    if ext == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        out = []
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
            out.append(html.unescape(t))
        return "\n".join(out)
    if ext == "pdf":
        try:
            from pypdf import PdfReader
        except ImportError:
            sys.exit("pypdf is required (pip install pypdf, or apt-get install python3-pypdf)")
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    raise ValueError(path)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def has_phrase(text_norm, phrase):
    p = norm(phrase)
    return re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text_norm) is not None


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower()).strip()


# ---------------------------------------------------------------- main check
def main():
    errors = []
    err = errors.append
    with open(TSV, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        err("CR characters found (file must use LF line ends)")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, h in enumerate(HEADER):
        if i >= len(lines) or lines[i] != h:
            err("header line %d differs: %r" % (i + 1, lines[i] if i < len(lines) else None))
    rows = lines[4:]

    report_files = sorted(os.listdir(REPORTS))
    for fn in report_files:
        if not NAME_RE.match(fn):
            err("bad report file name: %s" % fn)
    if len(report_files) != 11:
        err("expected 11 reports, found %d" % len(report_files))
    for fn in sorted(os.listdir(GIVEN)) if os.path.isdir(GIVEN) else []:
        a, b = os.path.join(GIVEN, fn), os.path.join(REPORTS, fn)
        if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
            err("given report not copied byte for byte: %s" % fn)
    texts = {fn: norm(extract(os.path.join(REPORTS, fn))) for fn in report_files}
    words = {fn: len(extract(os.path.join(REPORTS, fn)).split()) for fn in report_files}
    for fn in report_files:
        if int(fn[:3]) >= 5 and not (400 <= words[fn] <= 1300):
            err("report %s has %d words (expected about 400-1,200)" % (fn, words[fn]))

    per_form = collections.Counter()
    per_tag = collections.Counter()
    per_reason = collections.Counter()
    per_report = collections.Counter()
    n_accentless = n_english = n_facts = 0
    seen_q = set()
    for ln, row in enumerate(rows, 5):
        cols = row.split("\t")
        if len(cols) != 5:
            err("line %d: %d columns" % (ln, len(cols)))
            continue
        q, form, tags, rep, facts = cols
        if not q.strip():
            err("line %d: empty question" % ln)
        if q in seen_q:
            err("line %d: duplicate question" % ln)
        seen_q.add(q)
        if form not in FORMS:
            err("line %d: bad form %r" % (ln, form))
        per_form[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                err("line %d: bad tag %r" % (ln, t))
            per_tag[t] += 1
        if len(set(taglist)) != len(taglist):
            err("line %d: repeated tag" % ln)
        if "accentless" in taglist:
            n_accentless += 1
            if has_diacritics(q):
                err("line %d: accentless row has diacritics: %s" % (ln, q))
        elif "english" not in taglist and not has_diacritics(q):
            err("line %d: row without diacritics is not tagged accentless/english: %s" % (ln, q))
        if "english" in taglist:
            n_english += 1
            if "accentless" in taglist:
                err("line %d: english and accentless together" % ln)
        if form == "refuse":
            if rep != "-":
                err("line %d: refuse row must have report -" % ln)
            if facts not in REASONS:
                err("line %d: bad reason code %r" % (ln, facts))
            per_reason[facts] += 1
            continue
        if rep == "-" or facts in REASONS:
            err("line %d: non-refuse row needs report(s) and facts" % ln)
            continue
        names = rep.split(",")
        if len(set(names)) != len(names):
            err("line %d: repeated report" % ln)
        ok = True
        for nm in names:
            if not NAME_RE.match(nm):
                err("line %d: bad report name %r" % (ln, nm))
                ok = False
            elif nm not in texts:
                err("line %d: report not found %r" % (ln, nm))
                ok = False
            per_report[nm] += 1
        if not ok:
            continue
        union = " \n ".join(texts[nm] for nm in names)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                err("line %d: empty fact alternative in %r" % (ln, facts))
                continue
            n_facts += 1
            if not any(has_phrase(union, a) for a in alts):
                err("line %d: fact group not found in %s: %r" % (ln, rep, group))
        if len(names) > 1:
            # every named report must contribute at least one alternative of some group
            for nm in names:
                if not any(has_phrase(texts[nm], a.strip()) for g in facts.split(" && ") for a in g.split(" | ")):
                    err("line %d: report %s supports none of the facts" % (ln, nm))

    n = len(rows)
    n_ref = per_form["refuse"]
    if n < MIN_ROWS:
        err("only %d rows (< %d)" % (n, MIN_ROWS))
    if n_ref < MIN_REFUSE:
        err("only %d refuse rows (< %d)" % (n_ref, MIN_REFUSE))
    for r in REASONS:
        if per_reason[r] < MIN_PER_REASON:
            err("reason %s has only %d rows" % (r, per_reason[r]))
    for fm in FORMS:
        if per_form[fm] == 0:
            err("form %s unused" % fm)
    for t in TAGS:
        if per_tag[t] == 0:
            err("tag %s unused" % t)
    for fn in report_files:
        if per_report[fn] < MIN_PER_REPORT:
            err("report %s is named in only %d rows (< %d)" % (fn, per_report[fn], MIN_PER_REPORT))
    acc_share = n_accentless / n if n else 0
    en_share = n_english / n if n else 0
    if not 0.40 <= acc_share <= 0.60:
        err("accentless share %.1f%% outside 40-60%%" % (100 * acc_share))
    if not 0.07 <= en_share <= 0.15:
        err("English share %.1f%% outside 7-15%%" % (100 * en_share))

    # ------------------------------------------------------------ statistics
    print("questions.tsv: %d rows (%d answerable, %d refuse), %d fact groups checked" % (n, n - n_ref, n_ref, n_facts))
    print("accentless: %d (%.1f%%)   english: %d (%.1f%%)" % (n_accentless, 100 * acc_share, n_english, 100 * en_share))
    print("\nrows per form:")
    for fm in FORMS:
        print("  %-13s %3d" % (fm, per_form[fm]))
    print("\nrows per tag:")
    for t in TAGS:
        print("  %-13s %3d" % (t, per_tag[t]))
    print("  %-13s %3d" % ("(no tag)", sum(1 for r in rows if r.split("\t")[2:3] == ["-"])))
    print("\nrefuse rows per reason:")
    for r in REASONS:
        print("  %-14s %3d" % (r, per_reason[r]))
    print("\nrows naming each report (multi-report rows count for each):")
    for fn in report_files:
        print("  %-30s %3d   (%d words)" % (fn, per_report[fn], words[fn]))
    print("  multi-report rows: %d" % sum(1 for r in rows if "," in r.split("\t")[3:4][0] if len(r.split("\t")) == 5))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        print("\nFAIL")
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
