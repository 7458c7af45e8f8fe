#!/usr/bin/env python3
"""Check questions.tsv against reports/ and the rules of the set; prints PASS or the problems.

    python3 tools/check_questions.py [questions.tsv]
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from textnorm import norm, has_diacritics, contains_word   # noqa: E402
from extract import extract                                 # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'questions.tsv')
REPORTS = os.path.join(ROOT, 'reports')
GIVEN = {f for f in os.listdir(os.path.join(ROOT, 'given'))}

HEADER = [
    '# Blind evaluation set 24 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = ['presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse']
TAGS = ['accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable',
        'near-miss', 'premise']
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']
MIN_FORM = {f: 8 for f in FORMS}
MIN_FORM.update({'summary': 6, 'compare': 6, 'where': 6, 'refuse': 40})

errors = []


def err(msg):
    errors.append(msg)


raw = open(QFILE, encoding='utf-8').read()
if raw.startswith('\ufeff'):
    err('file starts with a BOM')
lines = raw.split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]
if lines[:4] != HEADER:
    err('header differs from the required 4 lines')
rows = []
for n, line in enumerate(lines[4:], 5):
    cols = line.split('\t')
    if len(cols) != 5:
        err(f'line {n}: {len(cols)} columns')
        continue
    rows.append((n, cols))

texts = {f: norm(extract(os.path.join(REPORTS, f))) for f in sorted(os.listdir(REPORTS))}
corpus_all = ' \n '.join(texts.values())

form_c, tag_c, reason_c, rep_c = (collections.Counter() for _ in range(4))
seen = set()
given_refs = new_refs = 0
for n, (q, form, tags, rep, facts) in rows:
    if not q.strip() or q != q.strip():
        err(f'line {n}: empty question or stray spaces')
    if norm(q) in seen:
        err(f'line {n}: duplicate question')
    seen.add(norm(q))
    if form not in FORMS:
        err(f'line {n}: unknown form {form!r}')
    form_c[form] += 1
    taglist = [] if tags == '-' else tags.split(',')
    for t in taglist:
        if t not in TAGS:
            err(f'line {n}: unknown tag {t!r}')
        tag_c[t] += 1
    if not taglist:
        tag_c['-'] += 1
    if len(set(taglist)) != len(taglist):
        err(f'line {n}: repeated tag')
    if 'accentless' in taglist and has_diacritics(q):
        err(f'line {n}: tagged accentless but has diacritics: {q}')
    if form == 'refuse':
        if rep != '-':
            err(f'line {n}: refuse row must have report -')
        if facts not in REASONS:
            err(f'line {n}: refuse reason {facts!r} not allowed')
        reason_c[facts] += 1
        if facts == 'not_in_corpus' and 'near-miss' not in taglist:
            err(f'line {n}: not_in_corpus row should be tagged near-miss')
        if facts == 'false_premise' and 'premise' not in taglist:
            err(f'line {n}: false_premise row should be tagged premise')
        continue
    if rep == '-':
        err(f'line {n}: answerable row without report')
        continue
    files = rep.split(',')
    for f in files:
        if f not in texts:
            err(f'line {n}: report file {f!r} not in reports/')
        rep_c[f] += 1
        if f in GIVEN:
            given_refs += 1
        else:
            new_refs += 1
    if facts in REASONS or not facts.strip():
        err(f'line {n}: answerable row needs facts')
        continue
    for group in facts.split(' && '):
        alts = [a.strip() for a in group.split(' | ')]
        if any(not a for a in alts):
            err(f'line {n}: empty fact alternative in {group!r}')
            continue
        if not any(contains_word(texts.get(f, ''), a) for a in alts for f in files):
            err(f'line {n}: fact group {group!r} not found in {rep}')
        if 'english' in taglist:
            for a in alts:
                if not (re.search(r'\d', a) or a[:1].isupper()):
                    err(f'line {n}: english row fact {a!r} is not language-neutral (name/number/place)')

total = len(rows)
refuse = form_c['refuse']
answerable = total - refuse
if total < 260:
    err(f'only {total} rows (need >= 260)')
for f, m in MIN_FORM.items():
    if form_c[f] < m:
        err(f'form {f}: {form_c[f]} rows (need >= {m})')
if refuse and max(reason_c[r] for r in REASONS) - min(reason_c[r] for r in REASONS) > 3:
    err(f'refuse reasons not spread evenly: {dict(reason_c)}')
share = lambda k: tag_c[k] / total  # noqa: E731
if not 0.40 <= share('accentless') <= 0.60:
    err(f'accentless share {share("accentless"):.2f} (want about half)')
if not 0.07 <= share('english') <= 0.15:
    err(f'english share {share("english"):.2f} (want about 10%)')
for t in ('typo', 'telegraphic', 'paraphrase', 'confusable'):
    if tag_c[t] < 10:
        err(f'tag {t}: only {tag_c[t]} rows (want >= 10)')
if tag_c['abbrev'] < tag_c['accentless'] * 0.5:
    err('too few abbrev rows')
for f in texts:
    if rep_c[f] == 0:
        err(f'no question about {f}')
if given_refs + new_refs:
    g = given_refs / (given_refs + new_refs)
    if not 0.35 <= g <= 0.65:
        err(f'given-report share {g:.2f} (want roughly half)')

print(f'rows {total}: answerable {answerable}, refuse {refuse} {dict(sorted(reason_c.items()))}')
print('forms:', ', '.join(f'{f} {form_c[f]}' for f in FORMS))
print('tags:', ', '.join(f'{t} {tag_c[t]}' for t in TAGS + ['-']))
print('report references:', ', '.join(f'{f[:3]} {rep_c[f]}' for f in sorted(texts)),
      f'| given {given_refs}, new {new_refs}')
if errors:
    for e in errors:
        print('FAIL:', e)
    print(f'FAIL ({len(errors)} problems)')
    sys.exit(1)
print('PASS')
