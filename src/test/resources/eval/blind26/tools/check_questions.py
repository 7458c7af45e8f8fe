#!/usr/bin/env python3
"""Validate questions.tsv of blind set 26. Prints PASS or the list of problems."""
import os, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from extract import extract

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = [
 '# Blind evaluation set 26 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
 '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
 '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
 '# question\tform\ttags\treport\tfacts']
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
GIVEN = {f'00{i}' for i in range(5)}

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower()).strip()

def has_diacritics(s):
    return norm(s) != re.sub(r'\s+', ' ', s.lower()).strip()

def found(fact, text):
    f = norm(fact)
    return re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text) is not None

def main():
    errs = []
    lines = open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8').read().split('\n')
    if lines[:4] != HEADER: errs.append('header mismatch')
    rdir = os.path.join(ROOT, 'reports')
    texts = {f: norm(extract(os.path.join(rdir, f))) for f in os.listdir(rdir)}
    rows = [l for l in lines[4:] if l.strip()]
    forms, tags, reasons, per_report = Counter(), Counter(), Counter(), Counter()
    seen = set(); given_n = new_n = 0
    for n, l in enumerate(rows, 5):
        c = l.split('\t')
        if len(c) != 5: errs.append(f'line {n}: {len(c)} columns'); continue
        q, form, tg, rep, facts = c
        if q in seen: errs.append(f'line {n}: duplicate question')
        seen.add(q)
        if form not in FORMS: errs.append(f'line {n}: bad form {form}')
        forms[form] += 1
        tl = [] if tg == '-' else tg.split(',')
        for t in tl:
            if t not in TAGS: errs.append(f'line {n}: bad tag {t}')
            tags[t] += 1
        if 'accentless' in tl and has_diacritics(q): errs.append(f'line {n}: accentless row has diacritics')
        if form == 'refuse':
            if rep != '-': errs.append(f'line {n}: refuse row must have report -')
            if facts not in REASONS: errs.append(f'line {n}: bad reason {facts}')
            reasons[facts] += 1
            continue
        if rep == '-' or facts in REASONS: errs.append(f'line {n}: answerable row without report/facts'); continue
        reps = rep.split(',')
        for r in reps:
            if r not in texts: errs.append(f'line {n}: missing report {r}')
            per_report[r] += 1
        if any(r[:3] in GIVEN for r in reps): given_n += 1
        else: new_n += 1
        for g in facts.split(' && '):
            alts = [a.strip() for a in g.split(' | ') if a.strip()]
            if not alts: errs.append(f'line {n}: empty fact group')
            if not any(found(a, texts.get(r, '')) for a in alts for r in reps):
                errs.append(f'line {n}: fact group not found: {g!r}')
    total = len(rows); ref = forms['refuse']
    if total < 240: errs.append(f'only {total} rows')
    if ref < 40: errs.append(f'only {ref} refuse rows')
    for r in REASONS:
        if reasons[r] < ref / 3 - 3: errs.append(f'refuse reasons uneven: {dict(reasons)}')
    for f in FORMS - {'refuse'}:
        need = 6 if f in ('summary', 'compare', 'where') else 8
        if forms[f] < need: errs.append(f'form {f}: {forms[f]} < {need}')
    if not 0.4 <= tags['accentless'] / total <= 0.6: errs.append(f'accentless share {tags["accentless"]}/{total}')
    if not 0.07 <= tags['english'] / total <= 0.15: errs.append(f'english share {tags["english"]}/{total}')
    for t in ('abbrev', 'telegraphic', 'typo', 'paraphrase'):
        if tags[t] < 10: errs.append(f'too few {t}')
    for f in texts:
        if per_report[f] == 0: errs.append(f'no question about {f}')
    if abs(given_n - new_n) > 0.25 * (given_n + new_n): errs.append(f'given/new imbalance {given_n}/{new_n}')
    print(f'rows={total} refuse={ref} given={given_n} new={new_n}')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tags.items())))
    print('reasons:', dict(sorted(reasons.items())))
    print('per report:', dict(sorted(per_report.items())))
    if errs:
        print('\n'.join(errs)); print('FAIL'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
