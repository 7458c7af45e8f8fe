#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

Source columns (separated by " ;; "): question ;; form ;; tags ;; reports ;; facts [;; absent: p1 | p2]
- reports are 3-digit ids (000..010) or "-"; they are expanded to the file names in reports/.
- rows tagged "accentless" get their diacritics stripped (đ -> d), as users type on a phone.
- "absent:" probes are checked: they must not occur (accent-insensitive, whole word) in any report."""
import glob, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from extract import extract, fold, contains

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
    "# Blind evaluation set 37 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def main():
    files = {os.path.basename(p)[:3]: os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "reports", "*"))}
    corpus = {f: fold(extract(os.path.join(ROOT, "reports", f))) for f in files.values()}
    rows, errors = [], []
    with open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split(" ;; ")]
            if len(cols) not in (5, 6):
                errors.append(f"line {n}: {len(cols)} columns"); continue
            q, form, tags, reps, facts = cols[:5]
            if len(cols) == 6:
                if not cols[5].startswith("absent:"):
                    errors.append(f"line {n}: bad 6th column"); continue
                for probe in cols[5][7:].split("|"):
                    hits = [f for f, t in corpus.items() if contains(t, probe.strip())]
                    if hits:
                        errors.append(f"line {n}: probe {probe.strip()!r} found in {hits}")
            taglist = [] if tags == "-" else tags.split(",")
            if "accentless" in taglist:
                q = strip_accents(q)
            if reps != "-":
                try:
                    reps = ",".join(files[r.strip()] for r in reps.split(","))
                except KeyError as e:
                    errors.append(f"line {n}: unknown report id {e}"); continue
            if any("\t" in c for c in (q, form, tags, reps, facts)):
                errors.append(f"line {n}: tab inside a cell")
            rows.append("\t".join((q, form, tags, reps, facts)))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(HEADER + rows) + "\n")
    print(f"wrote {len(rows)} rows to questions.tsv")


if __name__ == "__main__":
    main()
