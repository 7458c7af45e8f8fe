#!/usr/bin/env python3
"""Write questions.tsv from src/questions_src.py (strips diacritics from rows tagged accentless)."""
import os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, 'src'))
from questions_src import ROWS
FILES = sorted(f for f in os.listdir(os.path.join(ROOT, 'reports')))
CODE = {'r%d' % int(f[:3]): f for f in FILES}
HEADER = """# Blind evaluation set 27 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question	form	tags	report	facts
"""
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)))
out = [HEADER]
for q, form, tags, rep, facts in ROWS:
    if 'accentless' in tags.split(','):
        q = strip(q)
    rep = '-' if rep == '-' else ','.join(CODE[c.strip()] for c in rep.split(','))
    out.append('\t'.join([q, form, tags, rep, facts]) + '\n')
open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8').write(''.join(out))
print('rows', len(ROWS))
