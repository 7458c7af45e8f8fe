#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt (strip diacritics for rows tagged accentless)."""
import pathlib, unicodedata
ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = {p.name[:3]: p.name for p in (ROOT / 'reports').iterdir()}
HEADER = ['# Blind evaluation set 47 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
          '# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.',
          '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
          '# question\tform\ttags\treport\tfacts']

def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

rows = []
for n, line in enumerate((ROOT / 'src/questions_src.txt').read_text(encoding='utf-8').split('\n'), 1):
    if not line.strip() or line.startswith('#'):
        continue
    parts = [p.strip() for p in line.split(' ## ')]
    assert len(parts) == 5, f'line {n}: {line}'
    q, form, tags, reps, facts = parts
    if 'accentless' in tags.split(','):
        q = strip(q)
    rep = '-' if reps == '-' else ','.join(FILES[r.strip()] for r in reps.split(','))
    rows.append('\t'.join([q, form, tags, rep, facts]))
(ROOT / 'questions.tsv').write_text('\n'.join(HEADER + rows) + '\n', encoding='utf-8')
print(f'wrote {len(rows)} rows')
