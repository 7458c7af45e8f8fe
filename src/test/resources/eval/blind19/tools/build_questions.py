#!/usr/bin/env python3
"""Build questions.tsv from qsrc/*.txt.
Source line: question ## form ## tags ## reports ## facts
  reports: aliases (G0..G4, A..F, see common.ALIASES) or file names, comma-separated; '-' for refuse rows.
  Rows tagged 'accentless' have their question stripped of diacritics (đ -> d) automatically.
Lines that are empty or start with '#' are ignored."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HEADER, ALIASES, strip_accents

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, seen = [], set()
for path in sorted(glob.glob(os.path.join(ROOT, 'qsrc', '*.txt'))):
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' ## ')]
        if len(parts) != 5:
            sys.exit(f'{path}:{n}: expected 5 fields, got {len(parts)}: {line}')
        q, form, tags, reps, facts = parts
        tagset = [t.strip() for t in tags.split(',')] if tags != '-' else []
        if 'accentless' in tagset:
            q = strip_accents(q)
        if reps != '-':
            reps = ','.join(ALIASES.get(r.strip(), r.strip()) for r in reps.split(','))
        if '\t' in q or '\t' in facts:
            sys.exit(f'{path}:{n}: tab inside a field')
        key = q.lower()
        if key in seen:
            sys.exit(f'{path}:{n}: duplicate question: {q}')
        seen.add(key)
        rows.append('\t'.join([q, form, tags, reps, facts]))
with open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(HEADER + rows) + '\n')
print(f'wrote questions.tsv with {len(rows)} rows')
