#!/usr/bin/env python3
"""src/questions_src.txt -> questions.tsv : strips diacritics (đ->d) from rows tagged accentless,
maps report codes (000..010) to file names, drops the refuse-row check column."""
import os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))

def code_map():
    m = {}
    for f in os.listdir(os.path.join(ROOT, 'reports')):
        m[f[:3]] = f
    return m

def load_src():
    rows = []
    for ln, line in enumerate(open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cols = [c.strip() for c in line.split(' ## ')]
        if len(cols) not in (5, 6):
            sys.exit(f'line {ln}: expected 5 or 6 columns, got {len(cols)}: {line}')
        q, form, tags, reps, facts = cols[:5]
        checks = cols[5] if len(cols) == 6 else ''
        rows.append(dict(line=ln, q=q, form=form, tags=tags, reps=reps, facts=facts, checks=checks))
    return rows

HEADER = """# questions.tsv — blind evaluation set 68 (Vietnamese Q&A over MFA / Bộ Ngoại giao conference reports)
# UTF-8, tab-separated, lines starting with '#' are comments. Columns:
#   question <TAB> form <TAB> tags <TAB> report <TAB> facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss (comma-separated, '-' for none)
# report: file name(s) in reports/ that answer the question (comma-separated); '-' for rows that must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | '; spans as written in the report;
#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported
# Generated from src/questions_src.txt by tools/make_questions.py; checked by tools/check_questions.py
"""

def main():
    cm = code_map()
    out = [HEADER.rstrip('\n')]
    for r in load_src():
        q = r['q']
        tags = [t.strip() for t in r['tags'].split(',')] if r['tags'] != '-' else []
        if 'accentless' in tags:
            q = strip_accents(q)
        reps = '-' if r['reps'] == '-' else ','.join(cm.get(c.strip(), 'MISSING:' + c.strip()) for c in r['reps'].split(','))
        out.append('\t'.join([q, r['form'], r['tags'], reps, r['facts']]))
    open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('wrote questions.tsv with', len(out) - 1, 'rows')

if __name__ == '__main__':
    main()
