#!/usr/bin/env python3
"""Turn src/questions_src.txt (" ;; "-separated, short report ids) into ../questions.tsv."""
import pathlib, re
here = pathlib.Path(__file__).parent
names = sorted(p.name for p in (here / '../reports').iterdir())
ids = {f'R{i}': n for i, n in enumerate(n for n in names if n[0] == '0')}
ids.update({f'N{i}': n for i, n in enumerate((n for n in names if n[0] == '1'), start=1)})
from check_questions import HEADER
rows = []
for line in (here / 'src/questions_src.txt').read_text(encoding='utf-8').splitlines():
    if not line.strip() or line.startswith('#'):
        continue
    q, form, tags, rep, facts = [c.strip() for c in line.split(' ;; ')]
    if rep != '-':
        rep = ';'.join(ids[r] for r in rep.split(';'))
    ascii_q = q.isascii()
    tl = [] if tags == '-' else tags.split(',')
    assert ('accentless' in tl) == (ascii_q and 'english' not in tl), q
    rows.append('\t'.join([q, form, tags, rep, facts]))
(here / '../questions.tsv').write_text('\n'.join(HEADER + rows) + '\n', encoding='utf-8')
print(len(rows), 'rows')
