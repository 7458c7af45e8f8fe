#!/usr/bin/env python3
"""src/questions_src.txt (questions with diacritics, optional 6th column = refuse key)
-> questions.tsv (5 columns; questions tagged 'accentless' have diacritics stripped, đ->d)."""
import sys, unicodedata
src, out = sys.argv[1], sys.argv[2]
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn'))
with open(out, 'w', encoding='utf-8') as o:
    for line in open(src, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            o.write(line + '\n'); continue
        c = line.split('\t')
        if len(c) < 5: raise SystemExit(f'bad row: {line}')
        c = c[:5]
        if 'accentless' in c[2].split(','): c[0] = strip(c[0])
        o.write('\t'.join(c) + '\n')
