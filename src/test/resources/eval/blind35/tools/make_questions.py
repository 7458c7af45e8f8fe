#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt (see the format notes at the top of that file)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, HEADER, strip_accents, report_files

def main():
    files = {f[:3]: f for f in report_files()}
    rows = []
    for n, line in enumerate(open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' ## ')]
        if len(parts) != 5:
            sys.exit(f'line {n}: expected 5 fields, got {len(parts)}')
        q, form, tags, reps, facts = parts
        tags = [] if tags == '-' else tags.split(',')
        if q.startswith('~'):
            q = strip_accents(q[1:].strip())
            tags = ['accentless'] + tags
        rep = '-' if reps == '-' else ','.join(files[r.strip()] for r in reps.split(','))
        rows.append('\t'.join([q, form, ','.join(tags) or '-', rep, facts]))
    with open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(HEADER + rows) + '\n')
    print(f'wrote {len(rows)} rows to questions.tsv')

if __name__ == '__main__':
    main()
