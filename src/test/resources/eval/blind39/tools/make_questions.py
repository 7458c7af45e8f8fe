#!/usr/bin/env python3
"""Generate questions.tsv from src/questions_src.txt (fields separated by '@').
Rows tagged 'accentless' get their question stripped of diacritics (đ -> d); report numbers NNN are
expanded to the file names found in reports/."""
import os, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ("# Blind evaluation set 39 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.\n"
          "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.\n"
          "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.\n"
          "# question\tform\ttags\treport\tfacts\n")

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn'))

files = {f[:3]: f for f in sorted(os.listdir(os.path.join(ROOT, 'reports')))}
rows = []
for n, line in enumerate(open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    parts = [p.strip() for p in line.split('@')]
    if len(parts) != 5:
        sys.exit(f'line {n}: expected 5 fields, got {len(parts)}')
    q, form, tags, reps, facts = parts
    if 'accentless' in tags.split(','):
        q = strip_accents(q)
    if reps != '-':
        reps = ','.join(files[r] for r in reps.split(','))
    rows.append('\t'.join([q, form, tags, reps, facts]))
with open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8') as f:
    f.write(HEADER + '\n'.join(rows) + '\n')
print(f'wrote {len(rows)} rows')
