#!/usr/bin/env python3
"""Check ../questions.tsv against the reports in ../reports. Prints PASS or the list of problems.
Checks: 5 columns; valid form, tags, reason codes, report file names; every fact group of an answerable row has an
alternative that occurs (whole words, accent/case-insensitive, punctuation other than / - . % as spaces) in one of
the named reports; every refuse row's distinguishing phrases (6th column of src/questions_src.txt) are absent from
every report (or, for "phrase@NNN", from report NNN); accentless rows really carry no diacritics; per-report and
per-form counts are printed."""
import os, sys, collections, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from report_text import all_reports, contains, strip_accents
import make_questions

ROOT = os.path.dirname(HERE)
FORMS = 'presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split()
TAGS = 'accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split()
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']

def main():
    reports = all_reports()
    names = set(reports)
    problems = []
    tsv = os.path.join(ROOT, 'questions.tsv')
    rows = []
    for n, line in enumerate(open(tsv, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) != 5:
            problems.append(f'tsv:{n}: {len(cols)} columns'); continue
        rows.append((n, cols))
    src_rows = make_questions.build_rows()
    if len(src_rows) != len(rows):
        problems.append(f'questions.tsv has {len(rows)} rows but src has {len(src_rows)} — rebuild with make_questions.py')
    form_c, tag_c, rep_c, reason_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    seen_q = set()
    for (n, (q, form, tags, rep, facts)), s in zip(rows, src_rows):
        where = f'tsv:{n} [{q[:50]}]'
        if q != s['question']:
            problems.append(f'{where}: differs from src — rebuild')
        if q.lower() in seen_q:
            problems.append(f'{where}: duplicate question')
        seen_q.add(q.lower())
        if form not in FORMS:
            problems.append(f'{where}: bad form {form!r}')
        form_c[form] += 1
        tl = [] if tags == '-' else tags.split(',')
        for t in tl:
            if t not in TAGS:
                problems.append(f'{where}: bad tag {t!r}')
            tag_c[t] += 1
        if not tl:
            tag_c['-'] += 1
        if 'accentless' in tl and strip_accents(q) != q:
            problems.append(f'{where}: tagged accentless but has diacritics')
        if 'accentless' not in tl and 'english' not in tl and strip_accents(q) == q:
            problems.append(f'{where}: has no diacritics but not tagged accentless')
        if form == 'refuse':
            if rep != '-':
                problems.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS:
                problems.append(f'{where}: bad reason {facts!r}')
            reason_c[facts] += 1
            if not s['absent']:
                problems.append(f'{where}: refuse row without distinguishing phrases')
            for ph in [p.strip() for p in s['absent'].split(';') if p.strip()]:
                if '@' in ph:
                    ph, r3 = ph.split('@')
                    targets = [f for f in names if f.startswith(r3)]
                    if not targets:
                        problems.append(f'{where}: no report {r3}')
                else:
                    targets = sorted(names)
                for f in targets:
                    if contains(reports[f], ph):
                        problems.append(f'{where}: distinguishing phrase {ph!r} occurs in {f}')
            continue
        if rep == '-' or facts in REASONS:
            problems.append(f'{where}: answerable row needs report and facts')
            continue
        files = rep.split(',')
        for f in files:
            if f not in names:
                problems.append(f'{where}: unknown report {f}')
            rep_c[f] += 1
        groups = facts.split(' && ')
        if len(groups) > 3:
            problems.append(f'{where}: more than 3 fact groups')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(contains(reports[f], a) for a in alts for f in files if f in reports):
                problems.append(f'{where}: fact group {g!r} not found in {files}')
        # in multi-report rows every named report must contribute at least one fact
        if len(files) > 1:
            for f in files:
                if f in reports and not any(contains(reports[f], a.strip()) for g in groups for a in g.split(' | ')):
                    problems.append(f'{where}: report {f} named but supports no fact span')
    total = len(rows); refuse = form_c['refuse']
    print(f'rows: {total}  answerable: {total - refuse}  refuse: {refuse}  {dict(reason_c)}')
    print('forms:', dict(sorted(form_c.items(), key=lambda x: -x[1])))
    print('tags :', dict(sorted(tag_c.items(), key=lambda x: -x[1])))
    print('rows per report:')
    for f in sorted(names):
        print(f'   {f}: {rep_c[f]}')
        if rep_c[f] < 18:
            problems.append(f'report {f} has only {rep_c[f]} rows (< 18)')
    if problems:
        print('\n'.join('FAIL ' + p for p in problems))
        print(f'{len(problems)} problem(s)')
        sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
