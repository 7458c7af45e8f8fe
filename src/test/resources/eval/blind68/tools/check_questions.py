#!/usr/bin/env python3
"""Checks questions.tsv against the reports:
 - 5 tab-separated columns, valid form / tags / reason codes / report file names;
 - every fact group of an answerable row has an alternative found (accent/case-insensitive, whole words,
   punctuation other than / - . % treated as spaces) in at least one of the named reports;
 - refuse rows: checks from src/questions_src.txt (absent / absent_in / contra) hold, and the row is in sync;
 - questions.tsv is exactly what tools/make_questions.py produces from the source.
Prints counts per form / tag / report, then PASS or FAIL."""
import os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import extract, fold, contains
import make_questions as mq

FORMS = 'presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split()
TAGS = 'accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split()
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']

def main():
    errs = []
    rep_dir = os.path.join(ROOT, 'reports')
    files = sorted(os.listdir(rep_dir))
    texts = {f: fold(extract(os.path.join(rep_dir, f))) for f in files}
    code = {f[:3]: f for f in files}
    # questions.tsv in sync with source
    tsv_path = os.path.join(ROOT, 'questions.tsv')
    current = open(tsv_path, encoding='utf-8').read()
    mq.main.__globals__['print'] = lambda *a, **k: None
    mq.main(); regenerated = open(tsv_path, encoding='utf-8').read()
    if regenerated != current:
        errs.append('questions.tsv was out of date with src/questions_src.txt (regenerated)')
    src_rows = mq.load_src()
    rows = [l.rstrip('\n') for l in open(tsv_path, encoding='utf-8') if l.strip() and not l.startswith('#')]
    if len(rows) != len(src_rows):
        errs.append('row count mismatch with source')
    forms, tags_c, per_rep, reasons = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    seen_q = set()
    for i, (line, src) in enumerate(zip(rows, src_rows)):
        where = f"src line {src['line']}"
        cols = line.split('\t')
        if len(cols) != 5:
            errs.append(f'{where}: {len(cols)} columns'); continue
        q, form, tags, reps, facts = cols
        if not q.strip(): errs.append(f'{where}: empty question')
        if q.lower() in seen_q: errs.append(f'{where}: duplicate question')
        seen_q.add(q.lower())
        if form not in FORMS: errs.append(f'{where}: bad form {form}')
        forms[form] += 1
        tl = [] if tags == '-' else tags.split(',')
        for t in tl:
            if t not in TAGS: errs.append(f'{where}: bad tag {t}')
            tags_c[t] += 1
        if "accentless" in tl and mq.strip_accents(q) != q:
            errs.append(f'{where}: accentless row still has diacritics')
        if form == 'refuse':
            if reps != '-': errs.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS: errs.append(f'{where}: bad reason {facts}')
            reasons[facts] += 1
            if not src['checks'] and facts != 'not_reported':
                errs.append(f'{where}: refuse row without checks')
            for chk in [c.strip() for c in src['checks'].split(';;') if c.strip()]:
                kind, _, rest = chk.partition(':')
                if kind == 'absent':
                    hit = [f for f in files if contains(texts[f], rest)]
                    if hit: errs.append(f'{where}: "{rest}" should be absent but is in {hit}')
                elif kind in ('absent_in', 'contra'):
                    c, _, phrase = rest.partition(':')
                    if c not in code: errs.append(f'{where}: bad code {c}'); continue
                    found = contains(texts[code[c]], phrase)
                    if kind == 'absent_in' and found: errs.append(f'{where}: "{phrase}" should be absent from {c}')
                    if kind == 'contra' and not found: errs.append(f'{where}: contra "{phrase}" not found in {c}')
                else:
                    errs.append(f'{where}: bad check {chk}')
            continue
        if facts in REASONS or reps == '-':
            errs.append(f'{where}: answerable row without report/facts'); continue
        rl = reps.split(',')
        for r in rl:
            if r not in files: errs.append(f'{where}: unknown report {r}')
            per_rep[r] += 1
        groups = facts.split(' && ')
        if len(groups) > 3: errs.append(f'{where}: more than 3 fact groups')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(a and any(contains(texts[r], a) for r in rl if r in texts) for a in alts):
                errs.append(f'{where}: fact group "{g}" not found in {rl}')
            for a in alts:  # every alternative must be a span of one of the named reports
                if not any(contains(texts[r], a) for r in rl if r in texts):
                    errs.append(f'{where}: alternative "{a}" is not written in {rl}')
        if form == 'compare' and len(groups) < 2: errs.append(f'{where}: compare needs >=2 groups')
    print('rows:', len(rows), ' answerable:', len(rows) - forms['refuse'], ' refuse:', forms['refuse'])
    print('per form:', dict(forms.most_common()))
    print('per tag:', dict(tags_c.most_common()))
    print('refuse reasons:', dict(reasons))
    print('rows per report:')
    for f in files:
        print(f'  {f}: {per_rep[f]}')
        if per_rep[f] < 18: errs.append(f'report {f} has only {per_rep[f]} rows (<18)')
    for e in errs: print('ERROR', e)
    print('FAIL' if errs else 'PASS')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
