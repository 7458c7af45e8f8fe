#!/usr/bin/env python3
"""src/questions_src.txt -> questions.tsv (+ tools/refuse_keys.tsv for the checker).

Rows tagged 'accentless' have their question stripped of Vietnamese diacritics (đ -> d too).
Report aliases are expanded to file names in reports/.
"""
import os
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALIAS = {
    "R0": "000_47e75d3c86d27e21.txt",
    "R1": "001_8430b1541a21d71d.txt",
    "R2": "002_0e1cf19fdeddcf6d.txt",
    "R3": "003_60cdc4bfe3deff94.txt",
    "R4": "004_771f5d769968830d.txt",
    "H": "005_tgvn_so-ket-6-thang-2024.html",
    "D": "006_tom-tat-HN-tong-ket-nganh-NG-2023.docx",
    "P": "007_HN-ngoai-vu-dia-phuong-lan-21_QuangTri.pdf",
    "M": "008_50-nam-quan-he-VN-HaLan.md",
    "O": "009_BC-12-UBND-CaoBang_2025.txt",
    "E": "010_Fwd_Tet-Giap-Thin-kieu-bao-XitNi.txt",
}

HEADER = """# Blind evaluation set blind66 — Vietnamese QA over Ministry of Foreign Affairs conference reports.
# UTF-8, TAB-separated, lines starting with '#' are comments. One row per question, 5 columns:
#   question <TAB> form <TAB> tags <TAB> report <TAB> facts
# form: presided, attended, spoke, who-said, said-by, when, where, how-many, list, which-report, fact,
#       summary, compare, refuse
# tags: accentless, abbrev, english, typo, telegraphic, paraphrase, confusable, premise, near-miss ("-" = none)
# report: file name(s) in reports/ that answer the question (comma-separated); "-" for refuse rows.
# facts: groups joined by " && " (all required), alternatives by " | "; each a short span written as in the
#        report (matching ignores accents/case, whole words). Refuse rows: not_in_corpus | false_premise | not_reported.
# Generated from src/questions_src.txt by tools/make_questions.py; checked by tools/check_questions.py.
"""


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def main():
    rows, keys = [], []
    with open(os.path.join(ROOT, "src", "questions_src.txt"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 5:
                raise SystemExit(f"src line {ln}: expected >=5 columns, got {len(cols)}")
            q, form, tags, reps, facts = [c.strip() for c in cols[:5]]
            key = cols[5].strip() if len(cols) > 5 else ""
            taglist = [t for t in tags.split(",") if t and t != "-"]
            if "accentless" in taglist:
                q = strip_accents(q)
            if reps != "-":
                reps = ",".join(ALIAS[r.strip()] for r in reps.split(","))
            if key and "@" in key:
                span, al = key.rsplit("@", 1)
                key = span + "@" + ALIAS[al]
            rows.append("\t".join([q, form, tags if tags else "-", reps, facts]))
            if form == "refuse":
                keys.append("\t".join([q, key or "-"]))
    with open(os.path.join(ROOT, "questions.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(ROOT, "tools", "refuse_keys.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# question<TAB>distinguishing span (absent from every report, or span@file = absent from that file; '-' = none)\n")
        f.write("\n".join(keys) + "\n")
    print(f"questions.tsv: {len(rows)} rows ({len(keys)} refuse)")


if __name__ == "__main__":
    main()
