#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.

Source columns (separated by " @@ ", '#' lines are comments):
  question (written with diacritics) | form | tags | report aliases | facts | absent
- report aliases R0..R10 are replaced by file names in reports/;
- rows tagged 'accentless' have their question stripped of diacritics
  (NFD, drop combining marks, đ->d, Đ->D);
- 'absent' is only for refusals: the distinguishing token(s) (' ; '-separated)
  that must not occur in any report; it is not written to questions.tsv.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "questions_src.txt")
OUT = os.path.join(ROOT, "questions.tsv")

ALIASES = {
    "R0": "000_47e75d3c86d27e21.txt",
    "R1": "001_8430b1541a21d71d.txt",
    "R2": "002_0e1cf19fdeddcf6d.txt",
    "R3": "003_60cdc4bfe3deff94.txt",
    "R4": "004_771f5d769968830d.txt",
    "R5": "005_hoi-nghi-10-nam-vkfta.html",
    "R6": "006_BC_so_ket_CCHC_giua_ky.docx",
    "R7": "007_hoi_thao_bien_dong_2024.pdf",
    "R8": "008_ngoai-giao-van-hoa-cao-bang.md",
    "R9": "009_BC_bao_ho_cong_dan_Nhat_Ban.txt",
    "R10": "010_Fwd_tom_tat_hop_bao.eml",
}

HEADER = """# Blind evaluation set blind79: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)
# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;
#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported
"""


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def read_source():
    rows = []
    with open(SRC, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split(" @@ ")
            if len(cols) == 5:
                cols.append("")
            if len(cols) != 6:
                raise SystemExit(f"{SRC}:{n}: expected 5 or 6 columns, got {len(cols)}")
            q, form, tags, rep, facts, absent = (c.strip() for c in cols)
            rows.append({"line": n, "question": q, "form": form, "tags": tags,
                         "report": rep, "facts": facts, "absent": absent})
    return rows


def build():
    out = [HEADER.rstrip("\n")]
    for r in read_source():
        tags = r["tags"]
        q = r["question"]
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        rep = r["report"]
        if rep != "-":
            rep = ",".join(ALIASES[a.strip()] for a in rep.split(","))
        out.append("\t".join([q, r["form"], tags, rep, r["facts"]]))
    return "\n".join(out) + "\n"


def main():
    text = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT, text.count("\n") - HEADER.count("\n"), "rows")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    main()
