#!/usr/bin/env python3
"""Build questions.tsv from src/questions_src.txt (fields separated by ' ;; ').
Report ids are short numbers mapped to file names in reports/; rows tagged
'accentless' get their question stripped of Vietnamese diacritics (đ->d)."""
import pathlib, unicodedata
root = pathlib.Path(__file__).resolve().parent.parent
files = {int(p.name[:3]): p.name for p in (root/'reports').iterdir()}
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if not unicodedata.combining(ch))
HEADER = ("# Blind evaluation set 28 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.\n"
          "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.\n"
          "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.\n"
          "# question\tform\ttags\treport\tfacts\n")
out = []
for line in (root/'src/questions_src.txt').read_text(encoding='utf-8').splitlines():
    if not line.strip() or line.startswith('#'): continue
    q, form, tags, reps, facts = [x.strip() for x in line.split(' ;; ')]
    if 'accentless' in tags.split(','): q = strip(q)
    rep = '-' if reps == '-' else ','.join(files[int(i)] for i in reps.split(','))
    out.append('\t'.join([q, form, tags, rep, facts]))
(root/'questions.tsv').write_text(HEADER + '\n'.join(out) + '\n', encoding='utf-8')
print(len(out), 'rows')
