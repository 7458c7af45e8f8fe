#!/usr/bin/env python3
"""Check /work/sealed/blind10/questions.tsv against the reports in reports/.

Verifies the 4 header lines, 5 columns per row, valid forms / tags / reason codes,
that every report has questions and every form is used, and that every fact group of
every answerable row occurs (accent- and case-insensitive, whole word) in the text of
the named report(s); every alternative of a group must itself occur there. Prints PASS on success, exits 1 otherwise.
Usage: check_questions.py [--dump DIR] [--stats]
"""
import html, re, subprocess, sys, unicodedata, zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
QFILE = ROOT / "questions.tsv"

HEADER = [
    "# Blind evaluation set 10 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {"when", "where", "presided", "attended", "spoke", "who-said", "said-by", "fact", "list",
         "how-many", "which-report", "summary", "compare", "refuse"}
TAGS = {"accentless", "abbrev", "telegraphic", "english", "typo", "paraphrase", "confusable", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


def report_text(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".docx":
        with zipfile.ZipFile(path) as z:
            x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"<w:tab/>", "\t", x)
        x = re.sub(r"</w:p>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if suf == ".pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    t = path.read_text(encoding="utf-8")
    if suf in (".html", ".htm"):
        t = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        t = html.unescape(t)
    return t


def norm(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s: str) -> bool:
    return norm(s) != re.sub(r"\s+", " ", s.lower()).strip()


def occurs(fact: str, text_n: str) -> bool:
    f = norm(fact)
    if not f:
        return False
    pat = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in f.split(" ")) + r"(?!\w)"
    return re.search(pat, text_n) is not None


def main() -> int:
    errors = []
    files = sorted(p for p in REPORTS.iterdir() if p.is_file())
    texts = {p.name: norm(report_text(p)) for p in files}
    if "--dump" in sys.argv:
        d = Path(sys.argv[sys.argv.index("--dump") + 1]); d.mkdir(parents=True, exist_ok=True)
        for p in files:
            (d / (p.name + ".txt")).write_text(report_text(p), encoding="utf-8")
    lines = QFILE.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errors.append("header lines differ from the required 4 lines")
    forms, tags, reasons, per_report = Counter(), Counter(), Counter(), Counter()
    seen_q = set()
    rows = lines[4:]
    for n, line in enumerate(rows, start=5):
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {n}: {len(cols)} columns"); continue
        q, form, tg, rep, facts = cols
        if not q.strip() or q != q.strip():
            errors.append(f"line {n}: empty question or stray whitespace")
        if norm(q) in seen_q:
            errors.append(f"line {n}: duplicate question")
        seen_q.add(norm(q))
        if form not in FORMS:
            errors.append(f"line {n}: bad form {form!r}")
        forms[form] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS:
                errors.append(f"line {n}: bad tag {t!r}")
            tags[t] += 1
        if len(set(tl)) != len(tl):
            errors.append(f"line {n}: repeated tag")
        if "accentless" in tl and has_diacritics(q):
            errors.append(f"line {n}: tagged accentless but has diacritics")
        if "accentless" not in tl and "english" not in tl and not has_diacritics(q):
            errors.append(f"line {n}: no diacritics but not tagged accentless/english")
        if form == "refuse":
            if rep != "-":
                errors.append(f"line {n}: refuse row must have report -")
            if facts not in REASONS:
                errors.append(f"line {n}: bad reason code {facts!r}")
            reasons[facts] += 1
            continue
        if rep == "-":
            errors.append(f"line {n}: answerable row without report"); continue
        names = rep.split(";")
        missing = [r for r in names if r not in texts]
        if missing:
            errors.append(f"line {n}: unknown report(s) {missing}"); continue
        for r in names:
            per_report[r] += 1
        corpus = " \n ".join(texts[r] for r in names)
        groups = facts.split(" && ")
        for g in groups:
            alts = [a.strip() for a in g.split(" | ")]
            if any(not a for a in alts):
                errors.append(f"line {n}: empty fact alternative in {g!r}")
            else:
                for a in alts:
                    if not occurs(a, corpus):
                        errors.append(f"line {n}: fact not found in {rep}: {a!r}")
    for f in files:
        if per_report[f.name] == 0:
            errors.append(f"report without questions: {f.name}")
    for f in sorted(FORMS - set(forms)):
        errors.append(f"form never used: {f}")
    if "--stats" in sys.argv or errors:
        print("questions:", len(rows))
        print("forms:", dict(sorted(forms.items(), key=lambda x: -x[1])))
        print("reasons:", dict(reasons))
        print("tags:", dict(sorted(tags.items(), key=lambda x: -x[1])))
        print("per report:", dict(sorted(per_report.items())))
    if errors:
        print("\n".join(errors))
        print(f"FAIL ({len(errors)} problems)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
