#!/usr/bin/env python3
"""Validate questions.tsv: header, columns, forms, tags, reason codes, file names, and that every fact
group has at least one alternative found (accent/case-insensitive, whole word) in the named report(s).
Prints per-form / per-tag / per-report counts and PASS or FAIL."""
import os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, REPORTS, FORMS, TAGS, REASONS, HEADER, norm, report_files
from extract import extract

def main():
    errs = []
    lines = open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errs.append('header lines differ from the required 4 lines')
    files = report_files()
    texts = {f: ' ' + norm(extract(os.path.join(REPORTS, f))) + ' ' for f in files}
    forms, tags, reasons, per_report = Counter(), Counter(), Counter(), Counter()
    rows = lines[4:]
    seen = set()
    n_vi = n_noacc = n_en = 0
    for i, line in enumerate(rows, 5):
        cols = line.split('\t')
        if len(cols) != 5:
            errs.append(f'line {i}: {len(cols)} columns'); continue
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
        if 'english' in tl: n_en += 1
        else:
            n_vi += 1
            if 'accentless' in tl:
                n_noacc += 1
                if re.search(r'[^\x00-\x7f]', q):
                    errs.append(f'line {i}: accentless row still has non-ASCII characters')
        if form == 'refuse':
            if rep != '-': errs.append(f'line {i}: refuse row must have report -')
            if facts not in REASONS: errs.append(f'line {i}: bad reason {facts}')
            reasons[facts] += 1
            continue
        if rep == '-': errs.append(f'line {i}: answerable row without report'); continue
        names = rep.split(',')
        bad = [n for n in names if n not in files]
        if bad: errs.append(f'line {i}: unknown report(s) {bad}'); continue
        if (form in ('compare', 'which-report')) and len(names) < 2 and form == 'compare':
            errs.append(f'line {i}: compare row should name at least two reports')
        for n in names: per_report[n] += 1
        text = ''.join(texts[n] for n in names)
        for g in facts.split(' && '):
            alts = [a.strip() for a in g.split(' | ')]
            if not any(a and norm(a) and (' ' + norm(a) + ' ') in text for a in alts):
                errs.append(f'line {i}: fact group not found in {rep}: {g!r}')
    total = len(rows)
    print(f'rows: {total}')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tags.items())))
    print('refuse reasons:', dict(reasons))
    print('rows per report:', {k[:3]: v for k, v in sorted(per_report.items())})
    print(f'english: {n_en} ({n_en/total:.1%}); accentless among Vietnamese rows: {n_noacc}/{n_vi} ({n_noacc/max(n_vi,1):.1%})')
    if total < 260: errs.append('fewer than 260 rows')
    if forms['refuse'] < 40: errs.append('fewer than 40 must-refuse rows')
    for f in FORMS:
        if not forms[f]: errs.append(f'form {f} unused')
    for f in files:
        if not per_report[f]: errs.append(f'report {f} has no question')
    for e in errs: print('ERROR', e)
    print('FAIL' if errs else 'PASS')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
