#!/usr/bin/env python3
"""Verify questions.tsv: header, columns, forms, tags, report names, reason codes, and that every
fact group has at least one alternative present (accent/case-insensitive, whole word) in the text
of the report(s) named in its row. Prints PASS or the problems found."""
import os, re, sys, unicodedata, collections
sys.path.insert(0, os.path.dirname(__file__))
from extract import extract
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ['# Blind evaluation set 31 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
          '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
          '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
          '# question\tform\ttags\treport\tfacts']
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list', 'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'typo', 'paraphrase', 'english', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

def norm(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s)

def present(fact, text):
    f = norm(fact).strip()
    return re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text) is not None

def main(path=os.path.join(ROOT, 'questions.tsv')):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines.pop()
    errs = []
    if lines[:4] != HEADER: errs.append('header differs from the required 4 lines')
    texts = {f: norm(extract(os.path.join(ROOT, 'reports', f))) for f in os.listdir(os.path.join(ROOT, 'reports'))}
    forms, tags, seen = collections.Counter(), collections.Counter(), set()
    for n, ln in enumerate(lines[4:], start=5):
        cols = ln.split('\t')
        if len(cols) != 5: errs.append(f'line {n}: {len(cols)} columns'); continue
        q, form, tg, rep, facts = cols
        if not q.strip() or q in seen: errs.append(f'line {n}: empty or duplicate question')
        seen.add(q)
        if form not in FORMS: errs.append(f'line {n}: bad form {form}')
        forms[form] += 1
        tl = [] if tg == '-' else tg.split(',')
        for t in tl:
            if t not in TAGS: errs.append(f'line {n}: bad tag {t}')
            tags[t] += 1
        if form == 'refuse':
            if rep != '-': errs.append(f'line {n}: refuse row must have report -')
            if facts not in REASONS: errs.append(f'line {n}: bad reason {facts}')
            continue
        if rep == '-': errs.append(f'line {n}: answerable row without report'); continue
        reps = rep.split(',')
        for r in reps:
            if r not in texts: errs.append(f'line {n}: unknown report {r}')
        if form in ('compare',) and len(reps) < 2: errs.append(f'line {n}: compare needs 2+ reports')
        txt = ' \n '.join(texts.get(r, '') for r in reps)
        for g in facts.split(' && '):
            alts = [a for a in g.split(' | ') if a.strip()]
            if not alts: errs.append(f'line {n}: empty fact group'); continue
            if not any(present(a, txt) for a in alts):
                errs.append(f'line {n}: fact not found: {g!r} in {rep}')
        if 'accentless' in tl and any(unicodedata.category(c) == 'Mn' for c in unicodedata.normalize('NFD', q)) or ('accentless' in tl and 'đ' in q.lower()):
            errs.append(f'line {n}: accentless question still has diacritics')
    total = len(lines) - 4
    print(f'rows: {total}')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tags.items())))
    if total < 260: errs.append(f'only {total} rows')
    if forms['refuse'] < 40: errs.append('fewer than 40 refuse rows')
    for f in ['presided', 'attended', 'spoke', 'who-said', 'when', 'where', 'list', 'which-report', 'summary', 'compare']:
        if forms[f] < 10: errs.append(f'fewer than 10 rows of form {f}')
    for f in FORMS:
        if forms[f] == 0: errs.append(f'form {f} not covered')
    if errs:
        print('\n'.join(errs)); print('FAIL'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main(*sys.argv[1:])
