#!/usr/bin/env python3
"""Build questions.tsv from src/questions.src.

Source lines: question || form || tags || report ids (e.g. 000,005 or -) || facts
Report ids are expanded to the file names in reports/; rows tagged `accentless`
are passed through strip_accents() so they carry no Vietnamese diacritics (đ -> d)."""
import pathlib, unicodedata, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER = [
    "# Blind evaluation set 23 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def main():
    files = sorted(p.name for p in (ROOT / "reports").iterdir())
    byid = {f[:3]: f for f in files}
    rows = []
    for n, line in enumerate((ROOT / "src/questions.src").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split(" || ")]
        if len(cols) != 5:
            sys.exit(f"line {n}: {len(cols)} columns: {line}")
        q, form, tags, rep, facts = cols
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if rep != "-":
            rep = ",".join(byid[i.strip()] for i in rep.split(","))
        rows.append("\t".join([q, form, tags, rep, facts]))
    out = ROOT / "questions.tsv"
    out.write_text("\n".join(HEADER + rows) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
