#!/usr/bin/env python3
"""Validate ../questions.tsv against the reports in ../reports.

* 5 tab-separated columns; form, tags, reason codes and file names valid.
* Every fact group (" && ") of an answerable row has at least one alternative (" | ")
  that occurs as whole words in one of the named reports (accent- and case-insensitive;
  punctuation other than / - . % is treated as space; a trailing . or - is not part of a word).
* Refuse rows: the distinguishing key kept in ../src/questions_src.txt (6th column,
  several keys joined by " ; ", "key@NNN" = absent from report NNN only) must be absent.
Prints PASS or the list of problems.
"""
import os, sys, re, unicodedata, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import extract

FORMS = set('presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split())
TAGS = set('accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split())
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[^\w\s/\-.%]', ' ', s).replace('_', ' ')
    toks = []
    for t in s.split():
        t = t.strip('.-')
        if t: toks.append(t)
    return toks

def contains(hay, needle):
    n = len(needle)
    if not n: return False
    first = needle[0]
    for i, t in enumerate(hay):
        if t == first and hay[i:i + n] == needle: return True
    return False

def main():
    rep_dir = os.path.join(ROOT, 'reports')
    files = sorted(os.listdir(rep_dir))
    texts = {f: fold(extract(os.path.join(rep_dir, f))) for f in files}
    errs = []
    for f in files:
        if not re.fullmatch(r'\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)', f): errs.append(f'bad report name {f}')
    src_rows = []
    for line in open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line and not line.startswith('#'): src_rows.append(line.split('\t'))
    rows = []
    for ln, line in enumerate(open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        rows.append((ln, line.split('\t')))
    if len(rows) != len(src_rows): errs.append(f'questions.tsv has {len(rows)} rows, src has {len(src_rows)}')
    forms = collections.Counter(); tagc = collections.Counter(); per_rep = collections.Counter(); reasons = collections.Counter()
    seen = set()
    for (ln, c), s in zip(rows, src_rows):
        where = f'line {ln}'
        if len(c) != 5: errs.append(f'{where}: {len(c)} columns'); continue
        q, form, tags, rep, facts = c
        if q in seen: errs.append(f'{where}: duplicate question')
        seen.add(q)
        if not q.strip(): errs.append(f'{where}: empty question')
        if form not in FORMS: errs.append(f'{where}: bad form {form}')
        forms[form] += 1
        tl = [] if tags == '-' else tags.split(',')
        for t in tl:
            if t not in TAGS: errs.append(f'{where}: bad tag {t}')
            tagc[t] += 1
        if 'accentless' in tl and (any(unicodedata.category(ch) == 'Mn' for ch in unicodedata.normalize('NFD', q)) or 'đ' in q.lower()):
            errs.append(f'{where}: tagged accentless but has diacritics')
        if form == 'refuse':
            if rep != '-': errs.append(f'{where}: refuse row names a report')
            if facts not in REASONS: errs.append(f'{where}: bad reason {facts}')
            reasons[facts] += 1
            keys = s[5] if len(s) > 5 else ''
            if not keys.strip(): errs.append(f'{where}: refuse row without key in src'); continue
            for k in keys.split(' ; '):
                k, _, only = k.partition('@')
                kt = fold(k)
                scope = [f for f in files if f.startswith(only)] if only else files
                for f in scope:
                    if contains(texts[f], kt): errs.append(f'{where}: refuse key "{k}" found in {f}')
            continue
        if rep == '-' or facts in REASONS: errs.append(f'{where}: answerable row without report/facts'); continue
        named = rep.split(',')
        for r in named:
            if r not in texts: errs.append(f'{where}: unknown report {r}')
            per_rep[r] += 1
        for g in facts.split(' && '):
            alts = [a.strip() for a in g.split(' | ')]
            if not any(a and contains(texts[r], fold(a)) for a in alts for r in named if r in texts):
                errs.append(f'{where}: fact group not found: {g!r}  [{q}]')
    print('rows:', len(rows), ' answerable:', len(rows) - forms['refuse'], ' refuse:', forms['refuse'], dict(reasons))
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tagc.items())))
    print('per report:', dict(sorted(per_rep.items())))
    for f in files:
        if per_rep[f] < 18: errs.append(f'report {f} has only {per_rep[f]} rows')
    if errs:
        print('\n'.join(errs)); print('FAIL', len(errs)); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
