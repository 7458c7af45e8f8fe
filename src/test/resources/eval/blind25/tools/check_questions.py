#!/usr/bin/env python3
"""Validate questions.tsv of blind evaluation set 25. Prints PASS or the list of problems."""
import os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import extract_text  # noqa: E402

HEADER = [
    '# Blind evaluation set 25 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
GIVEN = {'000_47e75d3c86d27e21.txt', '001_8430b1541a21d71d.txt', '002_0e1cf19fdeddcf6d.txt',
         '003_60cdc4bfe3deff94.txt', '004_771f5d769968830d.txt'}


def norm(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.replace('đ', 'd').replace('Đ', 'D').lower()
    return re.sub(r'\s+', ' ', s).strip()


def found(fact, text_norm):
    f = norm(fact)
    return bool(f) and re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text_norm) is not None


def has_diacritics(s):
    return 'đ' in s or 'Đ' in s or any(unicodedata.category(c) == 'Mn' for c in unicodedata.normalize('NFD', s))


def main(path=os.path.join(ROOT, 'questions.tsv')):
    errs = []
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errs.append('header differs from the required 4 lines')
    rows = lines[4:]
    texts = {}
    rep_dir = os.path.join(ROOT, 'reports')
    for fn in sorted(os.listdir(rep_dir)):
        texts[fn] = norm(extract_text(os.path.join(rep_dir, fn)))
    for g in GIVEN:
        if g not in texts:
            errs.append(f'given report missing from reports/: {g}')
    forms, tags_c, reasons, per_report = Counter(), Counter(), Counter(), Counter()
    seen = set()
    given_share = 0.0
    answerable = 0
    for i, line in enumerate(rows, start=5):
        cols = line.split('\t')
        if len(cols) != 5:
            errs.append(f'line {i}: {len(cols)} columns'); continue
        q, form, tags, report, facts = cols
        if not q.strip() or q != q.strip():
            errs.append(f'line {i}: empty or padded question')
        if norm(q) in seen:
            errs.append(f'line {i}: duplicate question')
        seen.add(norm(q))
        if form not in FORMS:
            errs.append(f'line {i}: bad form {form!r}')
        forms[form] += 1
        tl = [] if tags == '-' else tags.split(',')
        for t in tl:
            if t not in TAGS:
                errs.append(f'line {i}: bad tag {t!r}')
            tags_c[t] += 1
        if not tl:
            tags_c['-'] += 1
        if 'accentless' in tl and has_diacritics(q):
            errs.append(f'line {i}: accentless row has diacritics: {q}')
        if form == 'refuse':
            if report != '-':
                errs.append(f'line {i}: refuse row must have report -')
            if facts not in REASONS:
                errs.append(f'line {i}: bad refuse reason {facts!r}')
            reasons[facts] += 1
            continue
        if facts in REASONS or report == '-':
            errs.append(f'line {i}: answerable row with refuse report/reason')
            continue
        answerable += 1
        reps = report.split(',')
        for r in reps:
            if r not in texts:
                errs.append(f'line {i}: report file not found: {r}')
            per_report[r] += 1
        g = sum(r in GIVEN for r in reps)
        given_share += g / len(reps)
        for group in facts.split(' && '):
            alts = [a for a in group.split(' | ')]
            if any(not a.strip() or a != a.strip() for a in alts):
                errs.append(f'line {i}: empty/padded fact alternative in {group!r}')
            if not any(found(a, texts.get(r, '')) for a in alts for r in reps):
                errs.append(f'line {i}: fact group not found in {report}: {group!r}')
            if 'english' in tl:
                for a in alts:
                    if not (re.search(r'\d', a) or a[:1].isupper()):
                        errs.append(f'line {i}: english row fact not language-neutral: {a!r}')
    n = len(rows)
    nref = forms['refuse']
    if n < 260:
        errs.append(f'only {n} rows (< 260)')
    if nref < 40:
        errs.append(f'only {nref} refuse rows (< 40)')
    if reasons and max(reasons[r] for r in REASONS) - min(reasons[r] for r in REASONS) > 2:
        errs.append(f'refuse reasons not even: {dict(reasons)}')
    for f in FORMS - {'refuse'}:
        need = 6 if f in {'summary', 'compare', 'where'} else 8
        if forms[f] < need:
            errs.append(f'form {f}: {forms[f]} < {need}')
    if not 0.40 * n <= tags_c['accentless'] <= 0.60 * n:
        errs.append(f'accentless {tags_c["accentless"]} not about half of {n}')
    if not 0.07 * n <= tags_c['english'] <= 0.14 * n:
        errs.append(f'english {tags_c["english"]} not about 10% of {n}')
    if tags_c['abbrev'] < 0.5 * tags_c['accentless']:
        errs.append('too few abbrev rows')
    for t in ('typo', 'telegraphic', 'paraphrase', 'confusable', 'near-miss', 'premise'):
        if tags_c[t] < 8:
            errs.append(f'tag {t}: only {tags_c[t]}')
    for fn in texts:
        if per_report[fn] < 8:
            errs.append(f'report {fn}: only {per_report[fn]} answerable rows')
    if answerable and not 0.4 <= given_share / answerable <= 0.6:
        errs.append(f'given-report share {given_share / answerable:.2f} not about half')
    print(f'rows={n} answerable={answerable} refuse={nref} reasons={dict(sorted(reasons.items()))}')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tags_c.items())))
    print('per report:', dict(sorted(per_report.items())))
    print(f'given-report share of answerable rows: {given_share / max(answerable, 1):.2f}')
    if errs:
        print('\n'.join(errs))
        print(f'FAIL ({len(errs)} problems)')
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
