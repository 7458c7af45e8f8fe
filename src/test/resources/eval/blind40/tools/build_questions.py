#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

- fields in the source are separated by " ## "; report column uses 3-digit prefixes (000..010),
  expanded here to the real file names found in reports/;
- rows tagged "accentless" get their question stripped of Vietnamese diacritics (đ -> d);
  facts are always kept exactly as the report writes them.
Usage: build_questions.py [SRC] [OUT]
"""
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = [
    "# Blind evaluation set 40 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "src/questions_src.txt"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "questions.tsv"
    files = {p.name[:3]: p.name for p in (ROOT / "reports").iterdir() if p.name[:3].isdigit()}
    rows = []
    for n, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = unicodedata.normalize("NFC", raw.strip())
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" ## ")]
        if len(parts) != 5:
            sys.exit(f"{src}:{n}: expected 5 fields, got {len(parts)}: {line}")
        q, form, tags, reps, facts = parts
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        if reps != "-":
            try:
                reps = ",".join(files[r.strip()] for r in reps.split(","))
            except KeyError as e:
                sys.exit(f"{src}:{n}: unknown report prefix {e}")
        rows.append("\t".join([q, form, tags, reps, facts]))
    out.write_text("\n".join(HEADER + rows) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
