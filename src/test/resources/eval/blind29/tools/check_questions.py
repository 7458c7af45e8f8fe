#!/usr/bin/env python3
"""Validate questions.tsv for blind set 29; prints counts and PASS or the list of problems."""
import collections, pathlib, re, sys, unicodedata
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from extract import extract
root = pathlib.Path(__file__).resolve().parent.parent
HEADER = [
    '# Blind evaluation set 29 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = ['presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse']
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']
GIVEN = {'000', '001', '002', '003', '004'}

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower()).strip()
def has_word(text, phrase):
    return re.search(r'(?<![0-9a-z])' + re.escape(phrase) + r'(?![0-9a-z])', text) is not None
def has_diacritics(s):
    return any(unicodedata.combining(c) for c in unicodedata.normalize('NFD', s)) or 'đ' in s.lower()

errs = []
raw = (root / 'questions.tsv').read_bytes()
try:
    lines = raw.decode('utf-8').split('\n')
except UnicodeDecodeError:
    print('FAIL: not UTF-8'); sys.exit(1)
if lines and lines[-1] == '':
    lines.pop()
if lines[:4] != HEADER:
    errs.append('header mismatch')
rows = lines[4:]
reports = {p.name: p for p in (root / 'reports').iterdir()}
texts = {}
form_c, tag_c, reason_c, rep_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
given_rows = new_rows = 0
for i, line in enumerate(rows, 5):
    cols = line.split('\t')
    if len(cols) != 5:
        errs.append(f'line {i}: {len(cols)} columns'); continue
    q, form, tags, rep, facts = cols
    if not q.strip(): errs.append(f'line {i}: empty question')
    if form not in FORMS: errs.append(f'line {i}: bad form {form}')
    form_c[form] += 1
    tl = [] if tags == '-' else tags.split(',')
    for t in tl:
        if t not in TAGS: errs.append(f'line {i}: bad tag {t}')
        tag_c[t] += 1
    if not tl: tag_c['-'] += 1
    if 'accentless' in tl and has_diacritics(q):
        errs.append(f'line {i}: accentless row has diacritics: {q}')
    if form == 'refuse':
        if rep != '-': errs.append(f'line {i}: refuse row must have report -')
        if facts not in REASONS: errs.append(f'line {i}: bad reason {facts}')
        reason_c[facts] += 1
        continue
    if rep == '-' or facts in REASONS:
        errs.append(f'line {i}: answerable row without report/facts'); continue
    names = rep.split(',')
    for n in names:
        if n not in reports:
            errs.append(f'line {i}: missing report file {n}'); continue
        rep_c[n] += 1
        if n not in texts: texts[n] = norm(extract(reports[n]))
    if any(n[:3] in GIVEN for n in names): given_rows += 1
    else: new_rows += 1
    for g in facts.split(' && '):
        alts = [a.strip() for a in g.split(' | ') if a.strip()]
        if not alts: errs.append(f'line {i}: empty fact group'); continue
        if not any(has_word(texts[n], norm(a)) for a in alts for n in names if n in texts):
            errs.append(f'line {i}: fact group not found in {rep}: {g}')
n = len(rows)
if n < 260: errs.append(f'only {n} rows')
if form_c['refuse'] < 40: errs.append('fewer than 40 refuse rows')
if reason_c and max(reason_c.values()) - min(reason_c[r] for r in REASONS) > 3: errs.append(f'refuse reasons uneven {dict(reason_c)}')
for f in FORMS:
    need = 6 if f in ('summary', 'compare', 'where') else 8
    if form_c[f] < need: errs.append(f'form {f}: {form_c[f]} < {need}')
if not 0.4 <= tag_c['accentless'] / n <= 0.6: errs.append('accentless share off')
if not 0.08 <= tag_c['english'] / n <= 0.14: errs.append('english share off')
for r in reports:
    if r not in rep_c: errs.append(f'no question about {r}')
print('rows:', n, '| answerable about given:', given_rows, '| new:', new_rows)
print('forms:', dict(sorted(form_c.items())))
print('tags:', dict(sorted(tag_c.items())))
print('refuse reasons:', dict(sorted(reason_c.items())))
print('rows per report:', dict(sorted((k[:3], v) for k, v in rep_c.items())))
if errs:
    print('\n'.join(errs)); print('FAIL'); sys.exit(1)
print('PASS')
