#!/usr/bin/env python3
"""Validate questions.tsv: header, columns, vocabularies, accentless rows, report files, facts in named reports, counts."""
import os, re, sys, unicodedata, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import extract

HEADER = [
    "# Blind evaluation set 27 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
GIVEN = {'000', '001', '002', '003', '004'}

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower()).strip()

def has_diacritics(s):
    return any(unicodedata.combining(c) for c in unicodedata.normalize('NFD', s)) or 'đ' in s.lower()

def found(fact, text):
    f = norm(fact)
    return re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text) is not None

def main():
    errs = []
    path = os.path.join(ROOT, 'questions.tsv')
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines[-1] == '': lines = lines[:-1]
    if lines[:4] != HEADER: errs.append('header mismatch')
    texts = {}
    rdir = os.path.join(ROOT, 'reports')
    for f in sorted(os.listdir(rdir)):
        texts[f] = norm(extract(os.path.join(rdir, f)))
    forms, tags, reasons, per_report = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    given_rows = new_rows = 0
    rows = lines[4:]
    seen = set()
    for i, line in enumerate(rows, 5):
        cols = line.split('\t')
        if len(cols) != 5: errs.append(f'line {i}: {len(cols)} columns'); continue
        q, form, tg, rep, facts = cols
        if not q.strip(): errs.append(f'line {i}: empty question')
        if q in seen: errs.append(f'line {i}: duplicate question')
        seen.add(q)
        if form not in FORMS: errs.append(f'line {i}: bad form {form}')
        forms[form] += 1
        tl = [] if tg == '-' else tg.split(',')
        for t in tl:
            if t not in TAGS: errs.append(f'line {i}: bad tag {t}')
            tags[t] += 1
        if 'accentless' in tl and has_diacritics(q): errs.append(f'line {i}: accentless row has diacritics')
        if form == 'refuse':
            if rep != '-': errs.append(f'line {i}: refuse row must have report -')
            if facts not in REASONS: errs.append(f'line {i}: bad reason {facts}')
            reasons[facts] += 1
            continue
        if rep == '-': errs.append(f'line {i}: answerable row without report'); continue
        files = rep.split(',')
        for f in files:
            if f not in texts: errs.append(f'line {i}: missing report file {f}')
            per_report[f] += 1
        if any(f[:3] in GIVEN for f in files): given_rows += 1
        else: new_rows += 1
        for grp in facts.split(' && '):
            alts = [a.strip() for a in grp.split(' | ') if a.strip()]
            if not alts: errs.append(f'line {i}: empty fact group'); continue
            if not any(found(a, texts[f]) for a in alts for f in files if f in texts):
                errs.append(f'line {i}: fact group not found: {grp!r} in {rep}')
    n = len(rows)
    nref = forms['refuse']
    ans = n - nref
    # counts
    if n < 260: errs.append(f'only {n} rows')
    if nref < 40: errs.append(f'only {nref} refuse rows')
    if reasons and (max(reasons.values()) - min(reasons.values()) > 3 or len(reasons) < 3): errs.append(f'refuse reasons uneven: {dict(reasons)}')
    for fm in FORMS - {'refuse'}:
        need = 6 if fm in ('summary', 'compare', 'where') else 8
        if forms[fm] < need: errs.append(f'form {fm}: {forms[fm]} < {need}')
    if not (0.4 <= tags['accentless'] / n <= 0.65): errs.append(f'accentless share {tags["accentless"]/n:.2f}')
    if not (0.07 <= tags['english'] / n <= 0.15): errs.append(f'english share {tags["english"]/n:.2f}')
    for t in ('typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise', 'abbrev'):
        if tags[t] < 5: errs.append(f'few {t}: {tags[t]}')
    for f in texts:
        if per_report[f] == 0: errs.append(f'no question about {f}')
    if not (0.35 <= given_rows / ans <= 0.65): errs.append(f'given/new balance {given_rows}/{new_rows}')
    print(f'rows={n} answerable={ans} refuse={nref} given-report rows={given_rows} new-report rows={new_rows}')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tags.items())))
    print('refuse reasons:', dict(sorted(reasons.items())))
    print('rows per report:', {k[:3]: v for k, v in sorted(per_report.items())})
    if errs:
        print('\n'.join(errs)); print('FAIL (%d problems)' % len(errs)); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
