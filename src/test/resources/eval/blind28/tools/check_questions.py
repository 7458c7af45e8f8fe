#!/usr/bin/env python3
"""Check questions.tsv: exact header, 5 columns, allowed forms/tags/reasons, accentless rows
without diacritics, report files exist, every fact group found (normalised, whole word) in a
named report's extracted text, and the required counts. Prints PASS or FAIL with reasons."""
import collections, pathlib, re, sys, unicodedata
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from extract import extract

root = pathlib.Path(__file__).resolve().parent.parent
HEADER = ["# Blind evaluation set 28 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
          "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
          "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
          "# question\tform\ttags\treport\tfacts"]
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
GIVEN = {p.name for p in (root/'given').iterdir()}

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower()).strip()

def has_diacritics(s):
    return 'đ' in s or 'Đ' in s or any(unicodedata.combining(c) for c in unicodedata.normalize('NFD', s))

def found(fact, text):
    return re.search(r'(?<!\w)' + re.escape(norm(fact)) + r'(?!\w)', text) is not None

errors = []
lines = (root/'questions.tsv').read_text(encoding='utf-8').split('\n')
if lines[:4] != HEADER: errors.append('header mismatch')
rows = [l for l in lines[4:] if l.strip()]
texts = {}
forms, tags, reasons = collections.Counter(), collections.Counter(), collections.Counter()
per_report = collections.Counter(); given_rows = new_rows = 0
seen = set()
for n, l in enumerate(rows, 5):
    cols = l.split('\t')
    if len(cols) != 5: errors.append(f'line {n}: {len(cols)} columns'); continue
    q, form, tg, rep, facts = cols
    if q in seen: errors.append(f'line {n}: duplicate question')
    seen.add(q)
    if form not in FORMS: errors.append(f'line {n}: bad form {form}')
    forms[form] += 1
    tl = [] if tg == '-' else tg.split(',')
    for t in tl:
        if t not in TAGS: errors.append(f'line {n}: bad tag {t}')
        tags[t] += 1
    if 'accentless' in tl and has_diacritics(q): errors.append(f'line {n}: accentless row has diacritics')
    if form == 'refuse':
        if rep != '-': errors.append(f'line {n}: refuse row must have report -')
        if facts not in REASONS: errors.append(f'line {n}: bad reason {facts}')
        reasons[facts] += 1
        continue
    if rep == '-' or facts in REASONS: errors.append(f'line {n}: answerable row without report/facts'); continue
    names = rep.split(',')
    for f in names:
        if not (root/'reports'/f).is_file(): errors.append(f'line {n}: missing report {f}'); continue
        if f not in texts: texts[f] = norm(extract(root/'reports'/f))
        per_report[f] += 1
    if all(f in GIVEN for f in names): given_rows += 1
    else: new_rows += 1
    for g in facts.split(' && '):
        alts = [a.strip() for a in g.split(' | ') if a.strip()]
        if not alts or not any(found(a, texts[f]) for a in alts for f in names if f in texts):
            errors.append(f'line {n}: fact group not found: {g!r} in {rep}')

total = len(rows); refuse = forms['refuse']
if total < 260: errors.append(f'only {total} rows')
if refuse < 40: errors.append(f'only {refuse} refuse rows')
if reasons and max(reasons.values()) - min(reasons[r] for r in REASONS) > 3: errors.append(f'refuse reasons uneven {dict(reasons)}')
for f in FORMS - {'refuse'}:
    need = 6 if f in ('summary', 'compare', 'where') else 8
    if forms[f] < need: errors.append(f'form {f}: {forms[f]} < {need}')
acc = tags['accentless'] / total; eng = tags['english'] / total
if not 0.42 <= acc <= 0.75: errors.append(f'accentless share {acc:.2f}')
if not 0.07 <= eng <= 0.14: errors.append(f'english share {eng:.2f}')
for t in ('typo', 'telegraphic', 'paraphrase', 'abbrev'):
    if tags[t] < 10: errors.append(f'too few {t}: {tags[t]}')
allrep = {p.name for p in (root/'reports').iterdir()}
for f in allrep:
    if per_report[f] == 0: errors.append(f'no question about {f}')
if not 0.35 <= given_rows / max(1, given_rows + new_rows) <= 0.65: errors.append(f'given/new imbalance {given_rows}/{new_rows}')

print(f'rows={total} answerable={total - refuse} refuse={refuse} reasons={dict(reasons)}')
print('forms:', dict(sorted(forms.items())))
print('tags:', dict(sorted(tags.items())), f'accentless={acc:.0%} english={eng:.0%}')
print('rows per report:', {k[:3]: v for k, v in sorted(per_report.items())}, f'given-only={given_rows} new={new_rows}')
if errors:
    print('\n'.join(errors)); print('FAIL'); sys.exit(1)
print('PASS')
