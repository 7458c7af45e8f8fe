#!/usr/bin/env python3
"""Check /work/sealed/blind11/questions.tsv against the reports in reports/.
Prints PASS (exit 0) or the list of problems (exit 1)."""
import html, os, re, subprocess, sys, unicodedata, zipfile
from collections import Counter

BASE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
QFILE = os.path.join(BASE, 'questions.tsv')
RDIR = os.path.join(BASE, 'reports')
HEADER = [
    '# Blind evaluation set 11 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = {'when', 'where', 'presided', 'attended', 'spoke', 'who-said', 'said-by', 'fact', 'list',
         'how-many', 'which-report', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'english', 'typo', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


def norm(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = s.replace('\u00a0', ' ').replace('–', '-').replace('—', '-')
    return re.sub(r'\s+', ' ', s).strip()


def text_of(path):
    if path.endswith('.docx'):
        x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>|<w:br/>|<w:tab/>', '\n', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    if path.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, check=True, text=True).stdout
    raw = open(path, encoding='utf-8').read()
    if path.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<!--.*?-->', ' ', raw)
        raw = html.unescape(re.sub(r'<[^>]+>', ' ', raw))
    return raw


def occurs(fact, text):
    f = norm(fact)
    pat = r'(?<!\w)' + r'\s+'.join(re.escape(w) for w in f.split(' ')) + r'(?!\w)'
    return re.search(pat, text) is not None


def main():
    errs = []
    lines = open(QFILE, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errs.append('header lines differ from the required 4 lines')
    reports = sorted(f for f in os.listdir(RDIR) if not f.startswith('.'))
    texts = {f: norm(text_of(os.path.join(RDIR, f))) for f in reports}
    forms, tags, reasons, per_report = Counter(), Counter(), Counter(), Counter()
    seen_q = set()
    rows = lines[4:]
    for n, line in enumerate(rows, start=5):
        cols = line.split('\t')
        if len(cols) != 5:
            errs.append(f'line {n}: {len(cols)} columns'); continue
        q, form, tg, rep, facts = [c.strip() for c in cols]
        if not q:
            errs.append(f'line {n}: empty question')
        if q in seen_q:
            errs.append(f'line {n}: duplicate question')
        seen_q.add(q)
        if form not in FORMS:
            errs.append(f'line {n}: bad form {form!r}')
        forms[form] += 1
        if tg != '-':
            for t in tg.split(','):
                if t not in TAGS:
                    errs.append(f'line {n}: bad tag {t!r}')
                tags[t] += 1
        if form == 'refuse':
            if rep != '-':
                errs.append(f'line {n}: refuse row must have report -')
            if facts not in REASONS:
                errs.append(f'line {n}: bad reason code {facts!r}')
            reasons[facts] += 1
            continue
        if rep == '-' or facts in REASONS:
            errs.append(f'line {n}: answerable row with report - or reason code')
            continue
        files = rep.split(';')
        for f in files:
            if f not in texts:
                errs.append(f'line {n}: unknown report {f!r}')
            per_report[f] += 1
        files = [f for f in files if f in texts]
        for group in facts.split(' && '):
            alts = [a.strip() for a in group.split(' | ')]
            if any(not a for a in alts):
                errs.append(f'line {n}: empty fact in {group!r}')
            for a in alts:
                if not any(occurs(a, texts[f]) for f in files):
                    errs.append(f'line {n}: fact {a!r} not found in {rep}')
    for f in reports:
        if per_report[f] == 0:
            errs.append(f'report {f} has no questions')
    for fm in FORMS:
        if forms[fm] == 0:
            errs.append(f'form {fm} unused')
    print(f'{len(rows)} questions')
    print('forms:', dict(sorted(forms.items(), key=lambda kv: -kv[1])))
    print('reasons:', dict(reasons))
    print('tags:', dict(sorted(tags.items(), key=lambda kv: -kv[1])))
    print('per report:', dict(sorted(per_report.items())))
    if errs:
        print('\n'.join(errs)); print('FAIL'); sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
