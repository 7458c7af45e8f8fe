#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.
 * src rows have 5 or 6 tab-separated columns; the 6th (refuse rows only) is the probe
   used by check_questions.py and is not copied.
 * in the report column, @N is short for the report file whose number is N (e.g. @7 -> 007_....pdf).
 * rows tagged 'accentless' get their question stripped of Vietnamese diacritics (đ -> d)."""
import os, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = {int(f[:3]): f for f in os.listdir(os.path.join(ROOT, 'reports'))}
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))
src, out = sys.argv[1], sys.argv[2]
lines = []
for line in open(src, encoding='utf-8').read().split('\n'):
    if not line.strip():
        continue
    if line.startswith('#'):
        lines.append(line); continue
    cols = line.split('\t')
    if len(cols) not in (5, 6):
        sys.exit(f'bad row ({len(cols)} cols): {line}')
    cols = cols[:5]
    if 'accentless' in cols[2].split(','):
        cols[0] = strip(cols[0])
    if cols[3] != '-':
        cols[3] = ','.join(files[int(r.strip()[1:])] if r.strip().startswith('@') else r.strip() for r in cols[3].split(','))
    lines.append('\t'.join(cols))
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
