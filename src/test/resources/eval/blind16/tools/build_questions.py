#!/usr/bin/env python3
"""Build ../questions.tsv from src/questions_src.txt (columns separated by ' ~ ', report letters A-K).
Adds the 'accentless' tag automatically to non-English questions written without Vietnamese diacritics."""
import os, re, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
CODES = {
    "A": "000_47e75d3c86d27e21.txt", "B": "001_8430b1541a21d71d.txt", "C": "002_0e1cf19fdeddcf6d.txt",
    "D": "003_60cdc4bfe3deff94.txt", "E": "004_771f5d769968830d.txt",
    "F": "101_pctn_lam_viec_bng_2023.html", "G": "102_hoi_nghi_lanh_su_2024.docx",
    "H": "103_hoi_thao_unclos_2024.pdf", "I": "104_gap_mat_lanh_su_danh_du_2025.md",
    "J": "105_bao_cao_ngoai_vu_dia_phuong_2024.txt", "K": "106_hop_bao_nghi_quyet_59_2025.txt",
}
HEADER = """# Blind evaluation set 16 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
"""
def has_diacritics(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s)) or "đ" in s.lower()
rows = []
for line in open(os.path.join(here, "src", "questions_src.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    q, form, tags, rep, facts = [c.strip() for c in line.split(" ~ ")]
    tl = [] if tags == "-" else tags.split(",")
    if "english" not in tl and not has_diacritics(q) and "accentless" not in tl:
        tl.insert(0, "accentless")
    rep = "-" if rep == "-" else ";".join(CODES[c] for c in rep.split(";"))
    rows.append("\t".join([q, form, ",".join(tl) or "-", rep, facts]))
open(os.path.join(here, "..", "questions.tsv"), "w", encoding="utf-8").write(HEADER + "\n".join(rows) + "\n")
print(len(rows), "rows written")
