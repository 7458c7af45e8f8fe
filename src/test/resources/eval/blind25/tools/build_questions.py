#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt.
Source rows: question ;; form ;; tags ;; report codes (e.g. 000,005 or -) ;; facts.
Report codes are the 3-digit prefixes of the files in reports/. Rows tagged accentless
have their question stripped of diacritics (NFD, drop combining marks, đ->d)."""
import os, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = '''# Blind evaluation set 25 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
'''


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))


files = {f[:3]: f for f in os.listdir(os.path.join(ROOT, 'reports'))}
out = [HEADER.rstrip('\n')]
for line in open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    q, form, tags, codes, facts = [c.strip() for c in line.split(';;')]
    if 'accentless' in tags.split(','):
        q = strip_accents(q)
    report = '-' if codes == '-' else ','.join(files[c] for c in codes.split(','))
    out.append('\t'.join([q, form, tags, report, facts]))
with open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print(len(out) - 1, 'rows written')
