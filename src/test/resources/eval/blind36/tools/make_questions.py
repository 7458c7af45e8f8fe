#!/usr/bin/env python3
"""Build ../questions.tsv from ../src/questions_src.txt.
Source line: form ## tags ## reports ## facts ## question  (reports as 3-digit numbers).
Rows tagged 'accentless' get their question stripped of diacritics (d-bar -> d); facts are kept verbatim."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import strip_marks
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
HEADER = [
    "# Blind evaluation set 36 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
def main():
  names = {os.path.basename(p)[:3]: os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "reports", "*"))}
  rows = []
  for n, line in enumerate(open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8"), 1):
      line = line.rstrip("\n")
      if not line.strip() or line.startswith("#"):
          continue
      parts = [p.strip() for p in line.split(" ## ")]
      if len(parts) != 5:
          sys.exit(f"line {n}: expected 5 fields, got {len(parts)}")
      form, tags, reps, facts, q = parts
      tag_list = [t for t in tags.split(",") if t and t != "-"]
      if "accentless" in tag_list:
          q = strip_marks(q)
      report = "-" if reps == "-" else ",".join(names[r.strip()] for r in reps.split(","))
      for field in (q, form, tags, report, facts):
          assert "\t" not in field and "\n" not in field
      rows.append("\t".join([q, form, ",".join(tag_list) or "-", report, facts]))
  with open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8", newline="\n") as f:
      f.write("\n".join(HEADER + rows) + "\n")
  print(f"wrote {len(rows)} rows")

if __name__ == "__main__":
    main()
