#!/usr/bin/env python3
"""Copy the press-briefing quick transcript (typed from the recording by the Press
Department note-taker, src/106_ghi_nhanh.txt) into reports/ as a Windows-style
text file (CRLF line ends, as saved by Notepad)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'reports', '106_hop_bao_chinh_sach_thi_thuc_2024.txt')
text = open(os.path.join(HERE, 'src', '106_ghi_nhanh.txt'), encoding='utf-8').read()
with open(OUT, 'w', encoding='utf-8', newline='\r\n') as f:
    f.write(text)
print('wrote', os.path.relpath(OUT))
