#!/usr/bin/env python3
"""Check questions.tsv against reports/: columns, forms, tags, reason codes, file names,
every fact group found (whole words, accent/case-insensitive) in a named report, and
for refuse rows the distinguishing items (listed in src/questions_src.txt, column 6) absent."""
import os, re, sys, unicodedata, zipfile, html as htmllib
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FORMS = set("presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split())
TAGS = set("accentless abbrev english typo telegraphic paraphrase confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

def report_text(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
        return htmllib.unescape(re.sub(r"<[^>]+>", "", xml))
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    t = open(path, encoding="utf-8").read()
    if ext == "html":
        t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", t)
        t = htmllib.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^\w/\-.%]+", " ", s).replace("_", " ")
    return " ".join(s.split())

def has(text_n, phrase):
    p = norm(phrase)
    return bool(p) and re.search(r"(?<![a-z0-9])" + re.escape(p) + r"(?![a-z0-9])", text_n) is not None

def main():
    rdir = os.path.join(ROOT, "reports")
    texts = {f: norm(report_text(os.path.join(rdir, f))) for f in sorted(os.listdir(rdir))}
    errs, rows = [], []
    for i, line in enumerate(open(os.path.join(ROOT, "questions.tsv"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5 or not all(c.strip() for c in cols):
            errs.append(f"line {i}: need 5 non-empty columns, got {len(cols)}"); continue
        rows.append((i, cols))
    # absent-items from the source file (6th column of refuse rows), in the same order
    absent = []
    for line in open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        c = [x.strip() for x in line.split(" || ")]
        absent.append(c[5] if len(c) > 5 else "")
    if len(absent) != len(rows):
        errs.append(f"src rows {len(absent)} != tsv rows {len(rows)}")
    qs = set()
    for k, (i, (q, form, tags, reps, facts)) in enumerate(rows):
        if q in qs: errs.append(f"line {i}: duplicate question")
        qs.add(q)
        if form not in FORMS: errs.append(f"line {i}: bad form {form}")
        if tags != "-":
            for t in tags.split(","):
                if t not in TAGS: errs.append(f"line {i}: bad tag {t}")
        if "accentless" in tags.split(","):
            if norm(q) != " ".join(re.sub(r"[^\w/\-.%]+", " ", q.lower()).replace("_", " ").split()):
                errs.append(f"line {i}: tagged accentless but has diacritics")
        if form == "refuse":
            if reps != "-": errs.append(f"line {i}: refuse row must have report '-'")
            if facts not in REASONS: errs.append(f"line {i}: bad reason {facts}")
            items = [a.strip() for a in (absent[k] if k < len(absent) else "").split("|") if a.strip()]
            if not items: errs.append(f"line {i}: refuse row without absent items")
            for a in items:
                scope, _, term = a.rpartition("@")
                files = [f for f in texts if not scope or f.startswith(scope + "_")]
                if scope and not files: errs.append(f"line {i}: bad scope {scope}")
                for f in files:
                    if has(texts[f], term):
                        errs.append(f"line {i}: refuse item '{term}' found in {f}")
            continue
        if reps == "-": errs.append(f"line {i}: answerable row without report"); continue
        names = [r.strip() for r in reps.split(",")]
        for r in names:
            if r not in texts: errs.append(f"line {i}: unknown report {r}")
        if facts in REASONS: errs.append(f"line {i}: answerable row with reason code")
        for g in facts.split(" && "):
            alts = [a.strip() for a in g.split(" | ")]
            if not any(has(texts[r], a) for a in alts for r in names if r in texts):
                errs.append(f"line {i}: fact group not found: {g}")
    for e in errs:
        print(e)
    n = len(rows)
    print(f"{n} rows checked, {len(errs)} problems")
    print("PASS" if not errs and n else "FAIL")
    return 0 if not errs and n else 1

if __name__ == "__main__":
    sys.exit(main())
