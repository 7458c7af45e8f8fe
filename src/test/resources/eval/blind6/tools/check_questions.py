#!/usr/bin/env python3
"""Check questions.tsv against the texts in reports/.

For every answerable row: each ' && ' group of `facts` must have at least one
' | ' alternative that occurs as a whole word/phrase (accent- and
case-insensitive, HTML tags stripped) in the text of the named report(s).
Also checks header, column count, form/tag/reason vocabularies and that the
`accentless` tag matches the question text.

Usage: python3 tools/check_questions.py [questions.tsv]
Text extraction: .txt/.md read as is; .html tags stripped (script/style
removed, entities unescaped); .docx = word/document.xml text (python zipfile);
.pdf = `pdftotext` (poppler-utils).
"""
import html, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REPORTS = os.path.join(ROOT, "reports")
FORMS = {"presided", "attended", "when", "where", "who-said", "said-by", "spoke", "how-many",
         "which-report", "list", "fact", "compare", "summary", "refuse"}
TAGS = {"accentless", "abbrev", "english", "paraphrase", "telegraphic", "typo"}
REASONS = {"not-in-corpus", "false-premise", "no-evidence", "bad-input"}
HEADER = [
    "# Blind evaluation set 6 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S | re.I)
        s = re.sub(r"<[^>]+>", " ", s)
        return html.unescape(s)
    if ext == "docx":
        x = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        return html.unescape(x)
    if ext == "pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    raise ValueError(path)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^0-9a-z]+", " ", s.lower())
    return " " + s.strip() + " "


def has_diacritics(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s)) or "đ" in s.lower()


def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "questions.tsv")
    lines = open(qpath, encoding="utf-8").read().split("\n")
    errors = 0
    if lines[:4] != HEADER:
        print("HEADER mismatch"); errors += 1
    texts = {f: norm(extract(os.path.join(REPORTS, f))) for f in os.listdir(REPORTS)}
    n = 0
    for i, line in enumerate(lines[4:], start=5):
        if not line.strip():
            continue
        n += 1
        cols = line.split("\t")
        if len(cols) != 5:
            print(f"L{i}: {len(cols)} columns"); errors += 1; continue
        q, form, tags, report, facts = cols
        if form not in FORMS:
            print(f"L{i}: bad form {form}"); errors += 1
        tl = [] if tags == "-" else tags.split(",")
        if any(t not in TAGS for t in tl):
            print(f"L{i}: bad tags {tags}"); errors += 1
        if "english" not in tl and q.strip() and has_diacritics(q) == ("accentless" in tl):
            print(f"L{i}: accentless tag mismatch: {q}"); errors += 1
        if form == "refuse":
            if report != "-" or facts not in REASONS:
                print(f"L{i}: bad refuse row"); errors += 1
            continue
        files = report.split(",")
        missing = [f for f in files if f not in texts]
        if missing:
            print(f"L{i}: unknown report {missing}"); errors += 1; continue
        text = "".join(texts[f] for f in files)
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            found = [a for a in alts if norm(a) in text]
            if not found:
                print(f"L{i}: FAIL group [{group}] in {report}: {q}"); errors += 1
            elif len(found) != len(alts):
                print(f"L{i}: note: alternatives not in text {set(alts)-set(found)}: {q}")
    print(f"{n} rows checked, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
