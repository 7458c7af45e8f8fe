#!/usr/bin/env python3
"""Turn src/questions_draft.tsv into questions.tsv: expand report codes (000..010) into the file
names in reports/, and strip diacritics (đ->d) from the question of every row tagged `accentless`."""
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
from textnorm import strip_accents

ROOT = os.path.join(os.path.dirname(__file__), '..')
HEADER = [
    '# Blind evaluation set 24 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
files = sorted(os.listdir(os.path.join(ROOT, 'reports')))
code2file = {f[:3]: f for f in files}
out = list(HEADER)
for n, line in enumerate(open(os.path.join(ROOT, 'src', 'questions_draft.tsv'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    cols = line.split('\t')
    if len(cols) != 5:
        sys.exit(f'draft line {n}: {len(cols)} columns')
    q, form, tags, rep, facts = cols
    if 'accentless' in tags.split(','):
        q = strip_accents(q)
    if rep != '-':
        rep = ','.join(code2file[c.strip()] for c in rep.split(','))
    out.append('\t'.join([q, form, tags, rep, facts]))
open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('wrote questions.tsv with', len(out) - len(HEADER), 'rows')
