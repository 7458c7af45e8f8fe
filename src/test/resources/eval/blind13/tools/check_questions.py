#!/usr/bin/env python3
"""Check questions.tsv of blind set 13 against reports/. Prints PASS or the problems found."""
import html, pathlib, re, subprocess, sys, unicodedata, zipfile
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
QFILE, RDIR = ROOT / "questions.tsv", ROOT / "reports"
HEADER = [
    "# Blind evaluation set 13 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"when", "where", "presided", "attended", "spoke", "who-said", "said-by", "fact", "list", "how-many",
         "which-report", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "english", "typo", "paraphrase", "confusable", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

def text_of(p: pathlib.Path) -> str:
    if p.suffix == ".docx":
        with zipfile.ZipFile(p) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>|<w:tab/>|<w:br/>|</w:tc>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    t = p.read_text(encoding="utf-8")
    if p.suffix in (".html", ".htm"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t

def norm(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s)

def has(text: str, fact: str) -> bool:
    f = norm(fact).strip()
    return bool(f) and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None

def main() -> int:
    errs = []
    lines = QFILE.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errs.append("header lines differ")
    reports = sorted(p.name for p in RDIR.iterdir() if p.is_file())
    texts = {n: norm(text_of(RDIR / n)) for n in reports}
    forms, reasons, tags, per_report, seen = Counter(), Counter(), Counter(), Counter(), set()
    for i, line in enumerate(lines[4:], start=5):
        cols = line.split("\t")
        if len(cols) != 5:
            errs.append(f"line {i}: {len(cols)} columns"); continue
        q, form, tg, rep, facts = cols
        if not q.strip():
            errs.append(f"line {i}: empty question")
        if q in seen:
            errs.append(f"line {i}: duplicate question")
        seen.add(q)
        if form not in FORMS:
            errs.append(f"line {i}: bad form {form!r}")
        forms[form] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS:
                errs.append(f"line {i}: bad tag {t!r}")
            tags[t] += 1
        if form == "refuse" or rep == "-":
            if not (form == "refuse" and rep == "-"):
                errs.append(f"line {i}: refuse rows need form refuse and report -")
            if facts not in REASONS:
                errs.append(f"line {i}: bad reason {facts!r}")
            reasons[facts] += 1
            continue
        names = rep.split(";")
        for n in names:
            if n not in texts:
                errs.append(f"line {i}: unknown report {n!r}")
            per_report[n] += 1
        joined = " ".join(texts.get(n, "") for n in names)
        for grp in facts.split(" && "):
            alts = [a.strip() for a in grp.split(" | ")]
            if not any(has(joined, a) for a in alts):
                errs.append(f"line {i}: fact group not found in {rep}: {grp!r}")
    for n in reports:
        if per_report[n] == 0:
            errs.append(f"report without questions: {n}")
    for f in FORMS - set(forms):
        errs.append(f"form never used: {f}")
    n = sum(forms.values())
    print(f"questions: {n}")
    print("forms: " + ", ".join(f"{k}={forms[k]}" for k in sorted(forms)))
    print("refuse reasons: " + ", ".join(f"{k}={reasons[k]}" for k in sorted(reasons)))
    print("tags: " + ", ".join(f"{k}={tags[k]}" for k in sorted(tags)))
    print("per report: " + ", ".join(f"{k}={per_report[k]}" for k in reports))
    for e in errs:
        print("ERROR", e)
    print("PASS" if not errs else f"FAIL ({len(errs)} problems)")
    return 0 if not errs else 1

if __name__ == "__main__":
    sys.exit(main())
