#!/usr/bin/env python3
"""Validate questions.tsv against reports/ and print counts; ends with PASS or FAIL."""
import sys
from collections import Counter
from common import ROOT, REPORTS, norm, contains_word, strip_accents
from extract import extract
from build_questions import HEADER

FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many',
         'list', 'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable',
        'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
GIVEN = {p.name for p in (ROOT / 'given').iterdir()}


def main(path=ROOT / 'questions.tsv'):
    errors = []
    lines = path.read_text(encoding='utf-8').split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errors.append('header does not match the required 4 lines')
    texts = {}
    for f in sorted(p.name for p in REPORTS.iterdir()):
        texts[f] = norm(extract(REPORTS / f))
    forms, tags, reasons, per_report = Counter(), Counter(), Counter(), Counter()
    given_rows = new_rows = 0
    n_rows = 0
    for i, line in enumerate(lines[4:], 5):
        cols = line.split('\t')
        if len(cols) != 5:
            errors.append(f'line {i}: {len(cols)} columns'); continue
        q, form, tg, rep, facts = cols
        n_rows += 1
        if not q.strip():
            errors.append(f'line {i}: empty question')
        if form not in FORMS:
            errors.append(f'line {i}: bad form {form!r}')
        forms[form] += 1
        tagl = [] if tg == '-' else tg.split(',')
        for t in tagl:
            if t not in TAGS:
                errors.append(f'line {i}: bad tag {t!r}')
            tags[t] += 1
        if not tagl:
            tags['(none)'] += 1
        if 'accentless' in tagl and strip_accents(q) != q:
            errors.append(f'line {i}: tagged accentless but has diacritics')
        if form == 'refuse' or rep == '-':
            if form != 'refuse' or rep != '-':
                errors.append(f'line {i}: refuse rows need form refuse and report -')
            if facts not in REASONS:
                errors.append(f'line {i}: bad reason code {facts!r}')
            reasons[facts] += 1
            continue
        files = rep.split(',')
        for f in files:
            if f not in texts:
                errors.append(f'line {i}: report file not found: {f}')
            per_report[f] += 1
        if all(f in GIVEN for f in files):
            given_rows += 1
        elif not any(f in GIVEN for f in files):
            new_rows += 1
        for group in facts.split(' && '):
            alts = [a.strip() for a in group.split(' | ')]
            if not all(alts):
                errors.append(f'line {i}: empty fact in group {group!r}')
            for a in alts:
                if not any(contains_word(texts.get(f, ''), a) for f in files):
                    errors.append(f'line {i}: fact {a!r} not found in {rep}')
    n_ref = sum(reasons.values())
    print(f'rows: {n_rows}  answerable: {n_rows - n_ref}  refuse: {n_ref}')
    print(f'answerable rows on given reports only: {given_rows}; on new reports only: {new_rows}; mixed: {n_rows - n_ref - given_rows - new_rows}')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tags.items())))
    print('reasons:', dict(sorted(reasons.items())))
    print('per report:')
    for f in sorted(texts):
        print(f'  {per_report[f]:4d}  {f}')
    missing = [f for f in texts if per_report[f] == 0]
    if missing:
        errors.append(f'reports without questions: {missing}')
    if n_rows < 220:
        errors.append(f'only {n_rows} questions (< 220)')
    if n_ref < 37:
        errors.append(f'only {n_ref} refuse rows (< 37)')
    for e in errors:
        print('ERROR', e)
    print('FAIL' if errors else 'PASS')
    return 1 if errors else 0


if __name__ == '__main__':
    from pathlib import Path
    sys.exit(main(Path(sys.argv[1])) if len(sys.argv) > 1 else main())
