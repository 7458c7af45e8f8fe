#!/usr/bin/env python3
"""Check questions.tsv: header, 5 columns, forms, tags, report files, facts found in the named
reports (normalised: no diacritics, đ->d, lower-case, whole word), refuse reason codes.
Prints counts and PASS (exit 0) or the problems and FAIL (exit 1).
Usage: check_questions.py [questions.tsv]"""
import collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HEADER, FORMS, TAGS, REASONS, norm, contains_word, strip_accents
from extract import extract_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'questions.tsv')
REP = os.path.join(ROOT, 'reports')
errors, warnings = [], []
lines = open(qpath, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]
if lines[:4] != HEADER:
    errors.append('header does not match the required 4 lines')
texts = {}


def text_of(fn):
    if fn not in texts:
        texts[fn] = norm(extract_text(os.path.join(REP, fn)))
    return texts[fn]


forms, tags, reasons, per_report = (collections.Counter() for _ in range(4))
n_rows = n_refuse = 0
given = {f for f in os.listdir(os.path.join(ROOT, 'given'))} if os.path.isdir(os.path.join(ROOT, 'given')) else set()
about_given = about_new = 0
for i, line in enumerate(lines[4:], 5):
    if not line.strip():
        errors.append(f'line {i}: empty line')
        continue
    cols = line.split('\t')
    if len(cols) != 5:
        errors.append(f'line {i}: {len(cols)} columns')
        continue
    q, form, tg, rep, facts = cols
    n_rows += 1
    if not q.strip():
        errors.append(f'line {i}: empty question')
    if form not in FORMS:
        errors.append(f'line {i}: bad form {form!r}')
    forms[form] += 1
    tl = [] if tg == '-' else tg.split(',')
    for t in tl:
        if t not in TAGS:
            errors.append(f'line {i}: bad tag {t!r}')
        tags[t] += 1
    if not tl:
        tags['-'] += 1
    if 'accentless' in tl and strip_accents(q) != q:
        errors.append(f'line {i}: tagged accentless but has diacritics')
    if form == 'refuse':
        n_refuse += 1
        if rep != '-':
            errors.append(f'line {i}: refuse row must have report -')
        if facts not in REASONS:
            errors.append(f'line {i}: bad reason code {facts!r}')
        reasons[facts] += 1
        continue
    if facts in REASONS:
        errors.append(f'line {i}: answerable row carries a reason code')
    files = [r.strip() for r in rep.split(',')] if rep != '-' else []
    if not files:
        errors.append(f'line {i}: answerable row without report')
        continue
    ok_files = []
    for fn in files:
        if not os.path.isfile(os.path.join(REP, fn)):
            errors.append(f'line {i}: report file not found: {fn}')
        else:
            ok_files.append(fn)
            per_report[fn] += 1
    if any(f in given for f in ok_files):
        about_given += 1
    if any(f not in given for f in ok_files):
        about_new += 1
    if not facts.strip():
        errors.append(f'line {i}: empty facts')
        continue
    for group in facts.split(' && '):
        alts = [a.strip() for a in group.split(' | ') if a.strip()]
        if not alts:
            errors.append(f'line {i}: empty fact group')
            continue
        if not any(contains_word(text_of(fn), a) for fn in ok_files for a in alts):
            errors.append(f'line {i}: fact group not found in {",".join(ok_files)}: {group!r}')

print(f'rows: {n_rows}  answerable: {n_rows - n_refuse}  refuse: {n_refuse}')
print(f'answerable rows about given reports: {about_given}  about new reports: {about_new}')
print('forms:', ', '.join(f'{k}={v}' for k, v in sorted(forms.items())))
print('tags:', ', '.join(f'{k}={v}' for k, v in sorted(tags.items())))
print('reasons:', ', '.join(f'{k}={v}' for k, v in sorted(reasons.items())))
print('rows per report:')
for fn in sorted(os.listdir(REP)):
    print(f'  {fn}: {per_report[fn]}')
    if per_report[fn] == 0:
        errors.append(f'no question about {fn}')
if n_rows < 220:
    errors.append(f'only {n_rows} rows (< 220)')
if n_refuse < 37:
    errors.append(f'only {n_refuse} refuse rows (< 37)')
for w in warnings:
    print('WARNING:', w)
if errors:
    for e in errors:
        print('ERROR:', e)
    print('FAIL')
    sys.exit(1)
print('PASS')
