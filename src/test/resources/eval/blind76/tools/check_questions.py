#!/usr/bin/env python3
"""Check questions.tsv against the reports.

* extracts the text of every report (txt, md, html, docx, pdf, eml);
* every fact group of an answerable row must match, as whole words, accent- and
  case-insensitive, in at least one of the named reports; spans 1-6 syllables and not
  glued to a '/' or '-' inside a word;
* columns, forms, tags, reason codes and file names are valid;
* each refusal's distinguishing token(s) (6th column of the source) are absent from all reports;
* questions.tsv is exactly what tools/make_questions.py builds from the source;
* every report has >= 18 rows. Prints counts per form, tag, report and refusal reason.
"""
import collections
import email
import email.policy
import html.parser
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_questions as mq  # noqa: E402

ROOT = mq.ROOT
FORMS = set("presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split())
TAGS = set("accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


# ------------------------------------------------------------------ extraction
class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "noscript"}

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "title"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_html(path):
    p = _HTMLText()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.parts)


def text_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
        for n in names:
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out)


def text_pdf(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                          capture_output=True, text=True).stdout


def text_eml(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    parts = [str(msg["Subject"]), str(msg["From"])]
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            parts.append(part.get_content())
    return "\n".join(parts)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    return {".html": text_html, ".docx": text_docx, ".pdf": text_pdf, ".eml": text_eml}[ext](path)


# ------------------------------------------------------------------ matching
def norm(s):
    s = mq.strip_accents(s).lower()
    return re.sub(r"\s+", " ", s)


def is_word(c):
    return c.isalnum()


def find_whole(span, text):
    """whole-word, not glued to '/', '-', '.', ',' that continue a word or number."""
    span = norm(span).strip()
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return False
        j = i + len(span)
        left_ok = i == 0 or (not is_word(text[i - 1]) and not (
            text[i - 1] in "/-.," and i >= 2 and is_word(text[i - 2])))
        right_ok = j == len(text) or (not is_word(text[j]) and not (
            text[j] in "/-.," and j + 1 < len(text) and is_word(text[j + 1])))
        if left_ok and right_ok:
            return True
        start = i + 1


def syllables(span):
    return len([t for t in re.split(r"[\s]+", span.strip()) if re.search(r"\w", t)])


# ------------------------------------------------------------------ main
def main():
    errors = []
    rep_dir = os.path.join(ROOT, "reports")
    files = sorted(f for f in os.listdir(rep_dir) if not f.startswith("."))
    texts = {f: norm(extract(os.path.join(rep_dir, f))) for f in files}
    alltext = " ||| ".join(texts.values())

    # TSV must equal what the source builds
    src_rows = mq.read_source()
    expected = mq.HEADER + "\n".join(mq.to_tsv_rows(src_rows)) + "\n"
    with open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8") as f:
        actual = f.read()
    if actual != expected:
        errors.append("questions.tsv differs from src/questions_src.txt (run tools/make_questions.py)")

    lines = [l for l in actual.splitlines() if l and not l.startswith("#")]
    per_form, per_tag, per_report, per_reason = (collections.Counter() for _ in range(4))
    accentless = 0
    for n, (line, src) in enumerate(zip(lines, src_rows), 1):
        cols = line.split("\t")
        where = f"row {n} (src line {src['line']})"
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        if form not in FORMS:
            errors.append(f"{where}: bad form {form}")
        tag_list = tags.split() if tags != "-" else []
        for t in tag_list:
            if t not in TAGS:
                errors.append(f"{where}: bad tag {t}")
            per_tag[t] += 1
        if "accentless" in tag_list:
            accentless += 1
            if mq.strip_accents(q) != q:
                errors.append(f"{where}: accentless row still has diacritics")
        per_form[form] += 1
        if form == "refuse":
            if rep != "-":
                errors.append(f"{where}: refuse row must have report '-'")
            if facts not in REASONS:
                errors.append(f"{where}: bad reason {facts}")
            per_reason[facts] += 1
            if not src["absent"]:
                errors.append(f"{where}: refusal without a distinguishing token")
            for tok in src["absent"]:
                if find_whole(tok, alltext):
                    errors.append(f"{where}: distinguishing token present in corpus: {tok!r}")
            continue
        if rep == "-" or facts in REASONS:
            errors.append(f"{where}: answerable row with refusal fields")
            continue
        reps = rep.split(",")
        for r in reps:
            if r not in texts:
                errors.append(f"{where}: unknown report {r}")
            per_report[r] += 1
        for group in facts.split(" && "):
            alts = group.split(" | ")
            ok = False
            for a in alts:
                if not a.strip() or a != a.strip():
                    errors.append(f"{where}: bad spacing in span {a!r}")
                if not 1 <= syllables(a) <= 6:
                    errors.append(f"{where}: span not 1-6 syllables: {a!r}")
                if any(find_whole(a, texts[r]) for r in reps if r in texts):
                    ok = True
            if not ok:
                errors.append(f"{where}: fact group not found in {reps}: {group!r}")

    for f in files:
        if per_report[f] < 18:
            errors.append(f"report {f} has only {per_report[f]} rows")

    total = len(lines)
    print(f"rows: {total}   accentless: {accentless} ({100*accentless/total:.0f}%)   "
          f"english: {per_tag['english']} ({100*per_tag['english']/total:.0f}%)")
    print("per form:   ", dict(per_form.most_common()))
    print("per tag:    ", dict(per_tag.most_common()))
    print("per reason: ", dict(per_reason.most_common()))
    print("per report:")
    for f in files:
        print(f"   {per_report[f]:4d}  {f}")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
