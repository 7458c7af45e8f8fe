#!/usr/bin/env python3
"""Validate questions.tsv against the reports in reports/.

Checks: 5 columns; valid form / tags / reason codes / file names; every fact group of an answerable row
has an alternative occurring as whole words (accent- and case-insensitive; punctuation other than / - . %
treated as space) in one of the named reports; each refuse row's distinguishing key (from
src/questions_src.txt) is absent from every report (or from the named report for key@NNN);
accentless rows carry no diacritics; per-report minimum of 18 answerable rows. Prints PASS or the errors.
"""
import html.parser, os, re, sys, unicodedata, zipfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, "reports")
QTSV = os.path.join(ROOT, "questions.tsv")
QSRC = os.path.join(ROOT, "src", "questions_src.txt")

FORMS = {"presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "premise", "near-miss"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "br", "tr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        p = _HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            parts = []
            for name in z.namelist():
                if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                    xml = z.read(name).decode("utf-8")
                    xml = re.sub(r"</w:p>", "\n", xml)
                    xml = re.sub(r"<w:tab/>", "\t", xml)
                    parts.append(re.sub(r"<[^>]+>", "", xml))
            import html as h
            return h.unescape("\n".join(parts))
    if ext == "pdf":
        from pypdf import PdfReader
        text = "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
        return re.sub(r"-\n", "-", text)          # line broken after a hyphen (Cam-pu-\nchia)
    raise ValueError(f"unsupported format: {path}")


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def tokens(s):
    s = fold(s)
    s = re.sub(r"[^0-9a-z/\-.%]+", " ", s)
    toks = []
    for t in s.split():
        t = t.strip(".-/")
        if t:
            toks.append(t)
    return toks


def contains(hay, needle):
    if not needle:
        return False
    n = len(needle)
    first = needle[0]
    for i, t in enumerate(hay):
        if t == first and hay[i:i + n] == needle:
            return True
    return False


def main():
    errors = []
    files = sorted(f for f in os.listdir(REPORTS) if not f.startswith("."))
    for f in files:
        if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)", f):
            errors.append(f"bad report file name: {f}")
    texts = {f: tokens(extract(os.path.join(REPORTS, f))) for f in files}
    by_num = {f[:3]: f for f in files}

    # refuse keys from the source file, in row order
    keys = []
    for line in open(QSRC, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split(" :: ")]
        keys.append(cols[5] if len(cols) > 5 else "")

    rows = []
    for n, line in enumerate(open(QTSV, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((n, line.split("\t")))
    if len(rows) != len(keys):
        errors.append(f"questions.tsv has {len(rows)} rows but source has {len(keys)}")

    forms, tagc, per_report, reasons = Counter(), Counter(), Counter(), Counter()
    seen_q = set()
    for idx, (n, cols) in enumerate(rows):
        where = f"questions.tsv:{n}"
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns")
            continue
        q, form, tags, reps, facts = cols
        if not q.strip():
            errors.append(f"{where}: empty question")
        if q in seen_q:
            errors.append(f"{where}: duplicate question")
        seen_q.add(q)
        if form not in FORMS:
            errors.append(f"{where}: bad form {form!r}")
        forms[form] += 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errors.append(f"{where}: bad tag {t!r}")
            tagc[t] += 1
        if "accentless" in taglist and (
                "đ" in q.lower() or any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", q))):
            errors.append(f"{where}: accentless question still has diacritics")
        if reps == "-":
            if form != "refuse":
                errors.append(f"{where}: report '-' but form {form}")
            if facts not in REASONS:
                errors.append(f"{where}: bad reason code {facts!r}")
            reasons[facts] += 1
            key = keys[idx] if idx < len(keys) else ""
            if key and key != "-":
                if "@" in key:
                    phrase, num = key.rsplit("@", 1)
                    targets = [by_num[num]] if num in by_num else []
                    if not targets:
                        errors.append(f"{where}: key names unknown report {num}")
                else:
                    phrase, targets = key, files
                kt = tokens(phrase)
                for f in targets:
                    if contains(texts[f], kt):
                        errors.append(f"{where}: refuse key {phrase!r} occurs in {f}")
            elif facts != "not_reported":
                errors.append(f"{where}: {facts} row needs a distinguishing key in the source")
            continue
        if form == "refuse":
            errors.append(f"{where}: form refuse but reports given")
        named = reps.split(",")
        for r in named:
            if r not in texts:
                errors.append(f"{where}: unknown report {r!r}")
            per_report[r] += 1
        groups = facts.split(" && ")
        if len(groups) > 3:
            errors.append(f"{where}: more than 3 fact groups")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if not any(a for a in alts):
                errors.append(f"{where}: empty fact group")
                continue
            ok = any(contains(texts.get(r, []), tokens(a)) for a in alts for r in named)
            if not ok:
                errors.append(f"{where}: fact group {g!r} not found in {', '.join(named)}")

    for f in files:
        if per_report[f] < 18:
            errors.append(f"report {f} has only {per_report[f]} answerable rows (< 18)")

    total = sum(forms.values())
    print(f"rows: {total}  answerable: {total - forms['refuse']}  refuse: {forms['refuse']} {dict(reasons)}")
    print("forms:", ", ".join(f"{k}={v}" for k, v in sorted(forms.items(), key=lambda x: -x[1])))
    print("tags:", ", ".join(f"{k}={v}" for k, v in sorted(tagc.items(), key=lambda x: -x[1])))
    print("per report:", ", ".join(f"{k[:3]}={v}" for k, v in sorted(per_report.items())))
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
