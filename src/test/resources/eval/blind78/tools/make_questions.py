#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.tsv.

The source keeps every question with diacritics; rows tagged 'accentless' are
stripped here (NFD, drop combining marks, đ->d, Đ->D). Report codes A..K are
expanded to file names. The sixth source column (refusal token) is dropped."""
import os
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "questions_src.tsv")
OUT = os.path.join(ROOT, "questions.tsv")

CODES = {
    "A": "000_47e75d3c86d27e21.txt",
    "B": "001_8430b1541a21d71d.txt",
    "C": "002_0e1cf19fdeddcf6d.txt",
    "D": "003_60cdc4bfe3deff94.txt",
    "E": "004_771f5d769968830d.txt",
    "F": "005_trienlam_gionevo_2024.html",
    "G": "006_danguy_pctn_2023.docx",
    "H": "007_hoinghi_truongcqdd_chauau_2024.pdf",
    "I": "008_xuctien_dautu_soctrang_2025.md",
    "J": "009_baocao_lanhsu_luudong_cheb_2024.txt",
    "K": "010_email_hoithao_asean_2024.eml",
}

HEADER = """# Blind evaluation set blind78: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
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


def build():
    out = [HEADER]
    with open(SRC, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            q, form, tags, rep, facts, _token = line.split("\t")
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            if rep != "-":
                rep = ",".join(CODES[c.strip()] for c in rep.split(","))
            out.append("\t".join([q, form, tags, rep, facts]) + "\n")
    return "".join(out)


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(build())
    print("wrote", OUT)
