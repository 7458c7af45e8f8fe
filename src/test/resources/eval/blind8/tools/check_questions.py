#!/usr/bin/env python3
"""Check blind evaluation set 8 (questions.tsv) against the report texts in reports/.

For every answerable row, each fact group (groups joined by " && ") must have at
least one alternative (joined by " | ") that occurs in the text of one of the
named reports, matched accent- and case-insensitively as a whole word/phrase.
Report texts: .docx from word/document.xml, .pdf via `pdftotext`, .html with
tags (and script/style) stripped, .txt/.md as is.  Must-refuse rows must have
report "-" and a reason code in facts.  Also checks the header, forms, tags,
the "accentless" tag, duplicates and report-file names.

Usage (from anywhere):  python3 tools/check_questions.py
Exit status 0 when everything passes.
"""
import collections
import html
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
REPORTS = os.path.join(ROOT, 'reports')
QFILE = os.path.join(ROOT, 'questions.tsv')

HEADER = [
    '# Blind evaluation set 8 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; '
    'accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many',
         'list', 'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'paraphrase', 'typo', 'english', 'confusable',
        'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


def fold(s):
    """Lower-case, strip Vietnamese diacritics (đ -> d), collapse whitespace."""
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.lower()
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
    s = re.sub(r'[\u201c\u201d\u201e\u00ab\u00bb]', '"', s)
    s = re.sub(r'[\u2018\u2019]', "'", s)
    return re.sub(r'\s+', ' ', s).strip()


def has_diacritics(s):
    return any(ord(c) > 127 for c in s)


def text_of(name):
    path = os.path.join(REPORTS, name)
    ext = name.rsplit('.', 1)[-1].lower()
    if ext == 'docx':
        with zipfile.ZipFile(path) as z:
            x = z.read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>|</w:tc>|<w:tab/>|<w:br/>', ' ', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], check=True,
                              capture_output=True, text=True).stdout
    t = open(path, encoding='utf-8').read()
    if ext in ('html', 'htm'):
        t = re.sub(r'(?is)<(script|style)\b[^>]*>.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<!--.*?-->', ' ', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t


def found(alt, folded_text):
    a = fold(alt)
    if not a:
        return False
    return re.search(r'(?<!\w)' + re.escape(a) + r'(?!\w)', folded_text) is not None


def main():
    errors = []
    files = sorted(f for f in os.listdir(REPORTS) if not f.startswith('.'))
    texts = {f: fold(text_of(f)) for f in files}
    lines = open(QFILE, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if lines[:4] != HEADER:
        errors.append('header lines differ from the required 4 comment lines')
    forms = collections.Counter()
    per_report = collections.Counter()
    refuse_reasons = collections.Counter()
    seen = set()
    n = 0
    for ln, line in enumerate(lines[4:], start=5):
        if not line.strip():
            errors.append(f'line {ln}: empty line')
            continue
        cols = line.split('\t')
        if len(cols) != 5:
            errors.append(f'line {ln}: {len(cols)} columns')
            continue
        q, form, tags, report, facts = cols
        n += 1
        if q != q.strip() or not q:
            errors.append(f'line {ln}: question has stray spaces or is empty')
        if fold(q) in seen:
            errors.append(f'line {ln}: duplicate question')
        seen.add(fold(q))
        if form not in FORMS:
            errors.append(f'line {ln}: bad form {form!r}')
        forms[form] += 1
        taglist = [t for t in tags.split(',') if t]
        for t in taglist:
            if t not in TAGS:
                errors.append(f'line {ln}: bad tag {t!r}')
        if len(set(taglist)) != len(taglist):
            errors.append(f'line {ln}: repeated tag')
        if 'english' not in taglist:
            if has_diacritics(q) and 'accentless' in taglist:
                errors.append(f'line {ln}: tagged accentless but has diacritics')
            if not has_diacritics(q) and 'accentless' not in taglist:
                errors.append(f'line {ln}: no diacritics but not tagged accentless')
        elif 'accentless' in taglist:
            errors.append(f'line {ln}: english question tagged accentless')
        if form == 'refuse':
            if report != '-':
                errors.append(f'line {ln}: refuse row must have report "-"')
            if facts not in REASONS:
                errors.append(f'line {ln}: bad reason code {facts!r}')
            if 'near-miss' not in taglist:
                errors.append(f'line {ln}: refuse row should be tagged near-miss')
            if facts == 'false_premise' and 'premise' not in taglist:
                errors.append(f'line {ln}: false_premise row should be tagged premise')
            refuse_reasons[facts] += 1
            continue
        if report == '-' or facts in REASONS:
            errors.append(f'line {ln}: answerable form {form} with refuse report/facts')
            continue
        names = report.split(',')
        missing = [r for r in names if r not in texts]
        if missing:
            errors.append(f'line {ln}: unknown report(s) {missing}')
            continue
        for r in names:
            per_report[r] += 1
        if (form == 'compare') != (len(names) > 1) and form != 'which-report':
            errors.append(f'line {ln}: form {form} with {len(names)} report(s)')
        joined = ' \n '.join(texts[r] for r in names)
        for group in facts.split(' && '):
            alts = [a.strip() for a in group.split(' | ')]
            if not any(found(a, joined) for a in alts):
                errors.append(f'line {ln}: fact {group!r} not found in {report}')
    print(f'{n} questions')
    for f in sorted(forms):
        print(f'  {f:13s} {forms[f]}')
    print('must-refuse:', forms['refuse'], dict(refuse_reasons))
    print('answerable rows per report (multi-report rows count for each):')
    for f in files:
        print(f'  {f:40s} {per_report[f]}')
    unused = [f for f in files if per_report[f] == 0]
    if unused:
        errors.append(f'reports without questions: {unused}')
    if errors:
        print(f'\nFAIL: {len(errors)} problem(s)')
        for e in errors:
            print('  ' + e)
        return 1
    print('\nPASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
