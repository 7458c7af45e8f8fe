#!/usr/bin/env python3
"""Generate questions.tsv from src/questions_src.txt; strips diacritics (đ→d) from rows tagged accentless."""
import os, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
    "# Blind evaluation set 48 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn'))

def main():
    files = sorted(os.listdir(os.path.join(ROOT, 'reports')))
    byid = {f[:3]: f for f in files}
    rows = []
    for line in open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        q, form, tags, reps, facts = [x.strip() for x in line.split(' ~~ ')]
        if 'accentless' in tags.split(','):
            q = strip_accents(q)
        rep = '-' if reps == '-' else ','.join(byid[r.strip()] for r in reps.split(','))
        rows.append('\t'.join([q, form, tags, rep, facts]))
    with open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(HEADER + rows) + '\n')
    print(f'wrote {len(rows)} rows')

if __name__ == '__main__':
    main()
