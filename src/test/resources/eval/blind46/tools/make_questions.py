"""Generate questions.tsv from src/questions_src.txt.

Source rows:  question :: form :: tags :: reports :: facts   (questions written with diacritics)
- rows tagged "accentless" get their question stripped of diacritics (đ -> d);
- report numbers (000..010) become the file names found in reports/.
usage: python3 make_questions.py SRC OUT
"""
import os
import re
import sys
import unicodedata

HEADER = [
    "# Blind evaluation set 46 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def main(src, out):
    here = os.path.dirname(os.path.abspath(__file__))
    rdir = os.path.join(here, "..", "reports")
    files = {f[:3]: f for f in sorted(os.listdir(rdir)) if re.match(r"^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$", f)}
    rows = []
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = unicodedata.normalize("NFC", line.strip())
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" :: ")]
            if len(parts) != 5:
                sys.exit(f"{src}:{n}: expected 5 fields, got {len(parts)}")
            q, form, tags, reps, facts = parts
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            if reps != "-":
                reps = ",".join(files[r.strip()] for r in reps.split(","))
            if "\t" in q or "\t" in facts:
                sys.exit(f"{src}:{n}: tab inside a field")
            rows.append("\t".join([q, form, tags, reps, facts]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print(f"wrote {out}: {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
