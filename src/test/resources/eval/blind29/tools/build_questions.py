#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.py; strips diacritics from rows tagged accentless."""
import pathlib, unicodedata, runpy
root = pathlib.Path(__file__).resolve().parent.parent
A = runpy.run_path(str(root / 'src/questions_src.py'))['A']
files = sorted(p.name for p in (root / 'reports').iterdir())
def fname(code):
    m = [f for f in files if f.startswith(code + '_')]
    assert len(m) == 1, code
    return m[0]
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))
HEADER = """# Blind evaluation set 29 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
"""
out = [HEADER.rstrip('\n')]
seen = set()
for q, form, tags, rep, facts in A:
    if 'accentless' in tags.split(','):
        q = strip(q)
    assert q not in seen, q; seen.add(q)
    rep = '-' if rep == '-' else ','.join(fname(c) for c in rep.split(','))
    out.append('\t'.join([q, form, tags, rep, facts]))
(root / 'questions.tsv').write_text('\n'.join(out) + '\n', encoding='utf-8')
print(len(A), 'rows')
