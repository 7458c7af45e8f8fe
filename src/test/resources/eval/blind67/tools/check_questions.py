#!/usr/bin/env python3
"""Validates questions.tsv against reports/ and src/questions_src.txt. Prints PASS or the list of problems."""
import collections, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import text_of                      # noqa: E402
from build_questions import REPORTS, read_src, tsv_row, strip_accents  # noqa: E402

FORMS = 'presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split()
TAGS = 'accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split()
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']
ALIAS = {v: k for k, v in REPORTS.items()}


def norm(s):
    s = strip_accents(s).lower()
    s = re.sub(r'[^a-z0-9/\-.%]+', ' ', s)
    return ' ' + re.sub(r'\s+', ' ', s).strip() + ' '


def has(text_n, span):
    sp = norm(span).strip()
    if not sp:
        return False
    return re.search(r'(?<![a-z0-9])' + re.escape(sp) + r'(?![a-z0-9])', text_n) is not None


def main():
    problems = []
    rdir = os.path.join(ROOT, 'reports')
    files = sorted(os.listdir(rdir))
    texts = {f: norm(text_of(os.path.join(rdir, f))) for f in files}
    for f in REPORTS.values():
        if f not in texts:
            problems.append(f'missing report {f}')
    # given files must be byte-identical copies
    for f in os.listdir(os.path.join(ROOT, 'given')):
        if open(os.path.join(ROOT, 'given', f), 'rb').read() != open(os.path.join(rdir, f), 'rb').read():
            problems.append(f'reports/{f} differs from given/{f}')

    src_rows = read_src(os.path.join(ROOT, 'src', 'questions_src.txt'))
    tsv_lines = [l.rstrip('\n') for l in open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8')
                 if l.strip() and not l.startswith('#')]
    if len(tsv_lines) != len(src_rows):
        problems.append(f'questions.tsv has {len(tsv_lines)} rows but src has {len(src_rows)}')
    by_form, by_tag, by_report, by_reason = (collections.Counter() for _ in range(4))
    seen_q = set()
    for i, line in enumerate(tsv_lines):
        cols = line.split('\t')
        where = f'row {i + 1} [{line[:70]}]'
        if len(cols) != 5:
            problems.append(f'{where}: {len(cols)} columns'); continue
        q, form, tags, rep, facts = cols
        if i < len(src_rows) and tsv_row(src_rows[i]) != line:
            problems.append(f'{where}: does not match src line {src_rows[i]["line"]} (rebuild questions.tsv)')
        if q in seen_q:
            problems.append(f'{where}: duplicate question')
        seen_q.add(q)
        if form not in FORMS:
            problems.append(f'{where}: bad form {form}')
        by_form[form] += 1
        taglist = [] if tags == '-' else tags.split(',')
        for t in taglist:
            if t not in TAGS:
                problems.append(f'{where}: bad tag {t}')
            by_tag[t] += 1
        if 'accentless' in taglist and strip_accents(q) != q:
            problems.append(f'{where}: tagged accentless but has diacritics')
        if 'accentless' not in taglist and 'english' not in taglist and strip_accents(q) == q:
            problems.append(f'{where}: no diacritics but not tagged accentless')
        if form == 'refuse':
            if rep != '-':
                problems.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS:
                problems.append(f'{where}: bad reason {facts}')
            by_reason[facts] += 1
            ev = src_rows[i]['evidence'] if i < len(src_rows) else ''
            if not ev:
                problems.append(f'{where}: refuse row without evidence column in src')
                continue
            absent_everywhere = 0
            for item in [x.strip() for x in ev.split(';')]:
                if item == '-':
                    if facts == 'not_in_corpus':
                        problems.append(f'{where}: not_in_corpus needs a checkable name/year/number')
                    continue
                present = item.startswith('+')
                item = item.lstrip('+')
                if '@' in item:
                    phrase, alias = item.rsplit('@', 1)
                    targets = [REPORTS[alias]]
                else:
                    phrase, targets = item, list(REPORTS.values())
                    absent_everywhere += 0 if present else 1
                hits = [t for t in targets if has(texts[t], phrase)]
                if present and not hits:
                    problems.append(f'{where}: evidence "{phrase}" not found in {targets}')
                if not present and hits:
                    problems.append(f'{where}: "{phrase}" should be absent but occurs in {hits}')
            if facts == 'not_in_corpus' and not absent_everywhere:
                problems.append(f'{where}: not_in_corpus row has no phrase checked against every report')
            continue
        # answerable rows
        if facts in REASONS:
            problems.append(f'{where}: answerable row with a reason code')
        reps = rep.split(',')
        for r in reps:
            if r not in REPORTS.values():
                problems.append(f'{where}: unknown report {r}')
            else:
                by_report[r] += 1
        groups = facts.split(' && ')
        if len(groups) > 3:
            problems.append(f'{where}: more than 3 fact groups')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(has(texts[r], a) for a in alts for r in reps if r in texts):
                problems.append(f'{where}: fact group "{g}" not found in {reps}')

    n = len(tsv_lines)
    print(f'rows: {n}  answerable: {n - by_form["refuse"]}  refuse: {by_form["refuse"]}')
    print('per form  :', ', '.join(f'{f}={by_form[f]}' for f in FORMS))
    print('per reason:', ', '.join(f'{r}={by_reason[r]}' for r in REASONS))
    print('per tag   :', ', '.join(f'{t}={by_tag[t]}' for t in TAGS), f'(no tag: {by_tag["-"] if "-" in by_tag else sum(1 for l in tsv_lines if l.split(chr(9))[2] == "-")})')
    print('per report:', ', '.join(f'{ALIAS[r]}={by_report[r]}' for r in REPORTS.values()))
    for r in REPORTS.values():
        if by_report[r] < 18:
            problems.append(f'report {r} has only {by_report[r]} rows (< 18)')
    if problems:
        print(f'\n{len(problems)} PROBLEM(S):')
        for p in problems:
            print(' -', p)
        print('FAIL'); sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
