#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.tsv.

The source is written by hand with full diacritics; rows tagged "accentless" are
stripped here (NFD, drop combining marks, đ->d, Đ->D).  Report codes R0..R10 are
mapped to the file names in reports/.  The 6th source column (tokens that must be
absent from every report, for refusals) is used only by check_questions.py."""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "questions_src.tsv")
OUT = os.path.join(ROOT, "questions.tsv")

REPORTS = {
    "R0": "000_47e75d3c86d27e21.txt",
    "R1": "001_8430b1541a21d71d.txt",
    "R2": "002_0e1cf19fdeddcf6d.txt",
    "R3": "003_60cdc4bfe3deff94.txt",
    "R4": "004_771f5d769968830d.txt",
    "R5": "005_hop_bao_tham_chile.html",
    "R6": "006_hoi_dong_thi_dua_2024.docx",
    "R7": "007_tap_huan_doi_ngoai_cao_bang.pdf",
    "R8": "008_chuyen_doi_so_2023.md",
    "R9": "009_bao_cao_so_ket_kl12.txt",
    "R10": "010_doi_thoai_hiep_hoi.eml",
}

HEADER = """# Blind evaluation set blind77: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
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
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def read_source(path=SRC):
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            sys.exit(f"{path}:{n}: expected 6 columns, got {len(cols)}")
        rows.append((n, cols))
    return rows


def build_rows(src_rows):
    out = []
    for _, (q, form, tags, reps, facts, _absent) in src_rows:
        if "accentless" in tags.split(","):
            q = strip_accents(q)
        rep = "-" if reps == "-" else ",".join(REPORTS[r] for r in reps.split(","))
        out.append("\t".join([q, form, tags, rep, facts]))
    return out


def render(src_rows):
    return HEADER + "\n".join(build_rows(src_rows)) + "\n"


if __name__ == "__main__":
    text = render(read_source())
    open(OUT, "w", encoding="utf-8").write(text)
    print("wrote", OUT, len(text.splitlines()) - HEADER.count("\n"), "rows")
