#!/usr/bin/env python3
"""Check /work/sealed/blind9/questions.tsv against the report texts in reports/.

Every answerable row: each " && " group must have at least one " | " alternative
occurring (accent- and case-insensitive, whole word) in the text of the named
report(s) (several files joined by ";"). docx -> word/document.xml, pdf -> pdftotext,
html -> tags stripped. Refuse rows: report "-", form "refuse", facts a reason code.
Exit status 0 only when everything passes.
"""
import collections, html, os, re, subprocess, sys, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
QFILE = os.path.join(ROOT, 'questions.tsv')
HEADER = [
    '# Blind evaluation set 9 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = set('presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split())
TAGS = set('accentless abbrev telegraphic paraphrase typo english confusable premise near-miss'.split())
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


def norm(s):
    s = unicodedata.normalize('NFD', s).replace('\u0111', 'd').replace('\u0110', 'D')
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s).strip()


def text_of(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext == 'docx':
        with zipfile.ZipFile(path) as z:
            x = z.read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:(p|tc|tr)>', ' \n ', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True).stdout
    raw = open(path, encoding='utf-8').read()
    if ext in ('html', 'htm'):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = html.unescape(re.sub(r'<[^>]+>', ' ', raw))
    return raw


def found(fact, text):
    f = norm(fact)
    if not f:
        return False
    pat = r'(?<![0-9a-z])' + r'\s+'.join(re.escape(w) for w in f.split(' ')) + r'(?![0-9a-z])'
    return re.search(pat, text) is not None


def main():
    errors = []
    texts = {}
    for fn in sorted(os.listdir(REPORTS)):
        texts[fn] = norm(text_of(os.path.join(REPORTS, fn)))
    lines = open(QFILE, encoding='utf-8').read().split('\n')
    if lines[:4] != HEADER:
        errors.append('header lines differ from the required 4 lines')
    rows = [l for l in lines[4:] if l.strip()]
    forms, per_report, tagc = collections.Counter(), collections.Counter(), collections.Counter()
    refuse = 0
    seen = set()
    for i, l in enumerate(rows, 5):
        cols = l.split('\t')
        if len(cols) != 5:
            errors.append(f'line {i}: {len(cols)} columns'); continue
        q, form, tags, rep, facts = (c.strip() for c in cols)
        if q in seen:
            errors.append(f'line {i}: duplicate question')
        seen.add(q)
        if form not in FORMS:
            errors.append(f'line {i}: bad form {form}')
        forms[form] += 1
        if tags != '-':
            for t in tags.split(','):
                if t not in TAGS:
                    errors.append(f'line {i}: bad tag {t}')
                tagc[t] += 1
        if rep == '-':
            refuse += 1
            if form != 'refuse' or facts not in REASONS:
                errors.append(f'line {i}: refuse row needs form refuse and a reason code')
            continue
        if form == 'refuse':
            errors.append(f'line {i}: refuse form with a report')
        files = [r.strip() for r in rep.split(';')]
        missing = [f for f in files if f not in texts]
        if missing:
            errors.append(f'line {i}: unknown report {missing}'); continue
        text = ' \n '.join(texts[f] for f in files)
        for f in files:
            per_report[f] += 1
        for group in facts.split(' && '):
            alts = [a.strip() for a in group.split(' | ')]
            if not any(found(a, text) for a in alts):
                errors.append(f'line {i}: fact not found [{group}] in {rep} :: {q}')
    n = len(rows)
    print(f'{n} questions, {n - refuse} answerable, {refuse} must-refuse')
    print('forms:', dict(sorted(forms.items())))
    print('tags:', dict(sorted(tagc.items())))
    print('per report:', dict(sorted(per_report.items())))
    for fn in texts:
        if per_report[fn] == 0:
            errors.append(f'report {fn} has no questions')
    for fm in FORMS:
        if forms[fm] == 0:
            errors.append(f'form {fm} unused')
    for e in errors:
        print('ERROR', e)
    print('FAIL' if errors else 'PASS')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
