#!/usr/bin/env python3
"""Assemble questions.tsv from tools/qsrc/*.txt (fields separated by §, report aliases)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ALIAS = {'G0': '000_47e75d3c86d27e21.txt', 'G1': '001_8430b1541a21d71d.txt', 'G2': '002_0e1cf19fdeddcf6d.txt',
         'G3': '003_60cdc4bfe3deff94.txt', 'G4': '004_771f5d769968830d.txt',
         'A': '101_tong_dai_bao_ho_cong_dan_2025.html', 'B': '102_hoi_nghi_mekong_can_tho_2024.docx',
         'C': '103_hoi_nghi_truong_cqdd_2025.pdf', 'D': '104_so_ket_gin_giu_hoa_binh_2025.md',
         'E': '105_bao_cao_pcpnn_2024.txt', 'F': '106_phong_van_tt_le_quang_vinh_thi_thuc_2025.txt', '-': '-'}
HEADER = '''# Blind evaluation set 9 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
'''
out = [HEADER]
for name in ['q_given.txt', 'q_new.txt', 'q_multi.txt', 'q_refuse.txt']:
    for line in open(os.path.join(HERE, 'qsrc', name), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        q, form, tags, rep, facts = line.split('§')
        rep = ';'.join(ALIAS[r] for r in rep.split(';'))
        out.append('\t'.join([q, form, tags, rep, facts]) + '\n')
open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8').write(''.join(out))
