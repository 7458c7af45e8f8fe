#!/usr/bin/env python3
"""Converts the '~'-separated draft (question~form~tags~R~facts, R = letters A..K) into questions.tsv."""
import sys
MAP = {"A": "000_47e75d3c86d27e21.txt", "B": "001_8430b1541a21d71d.txt", "C": "002_0e1cf19fdeddcf6d.txt",
       "D": "003_60cdc4bfe3deff94.txt", "E": "004_771f5d769968830d.txt",
       "F": "101_dien_dan_tri_thuc_kieu_bao_2024.html", "G": "102_tong_ket_lanh_su_bao_ho_2024.docx",
       "H": "103_ban_tin_hvng_hoi_thao_ngkt_2024.pdf", "I": "104_hoi_nghi_bien_gioi_lanh_tho_2025.md",
       "J": "105_bao_cao_87_BC-BNG_quang_tri.txt", "K": "106_hop_bao_thuong_ky_24_4_2025.txt"}
HEADER = """# Blind evaluation set 15 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
"""
src, dst = sys.argv[1], sys.argv[2]
out = [HEADER]
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    q, form, tags, rep, facts = line.split("~")
    rep = "-" if rep == "-" else ";".join(MAP[x] for x in rep.split(";"))
    out.append("\t".join([q, form, tags, rep, facts]) + "\n")
open(dst, "w", encoding="utf-8").write("".join(out))
