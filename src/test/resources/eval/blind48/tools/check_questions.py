#!/usr/bin/env python3
"""Validate questions.tsv against reports/ and print statistics; prints PASS when everything holds."""
import os, re, sys, zipfile, html as htmlmod, unicodedata
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
HEADER = [
    "# Blind evaluation set 48 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'typo', 'paraphrase', 'english', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
NAME_RE = re.compile(r'^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$')

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').lower()
    return ' ' + ' '.join(re.findall(r'\w+', s)) + ' '

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(fn):
    p = os.path.join(REPORTS, fn); ext = fn.rsplit('.', 1)[1]
    if ext in ('txt', 'md'):
        return open(p, encoding='utf-8').read()
    if ext == 'html':
        t = _Text(); t.feed(open(p, encoding='utf-8').read()); return ''.join(t.out)
    if ext == 'docx':
        x = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>|</w:tc>', '\n', x)
        return htmlmod.unescape(re.sub(r'<[^>]+>', '', x))
    if ext == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(pg.extract_text() for pg in PdfReader(p).pages)
    raise ValueError(fn)

def is_accentless(q):
    return norm(q).strip() == ' '.join(re.findall(r'\w+', q.lower())) and 'đ' not in q.lower()

def main():
    errors = []
    files = sorted(f for f in os.listdir(REPORTS))
    for f in files:
        if not NAME_RE.match(f): errors.append(f'bad report file name {f}')
    texts = {f: norm(extract(f)) for f in files}
    lines = open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8').read().split('\n')
    if lines[-1] == '': lines = lines[:-1]
    if lines[:4] != HEADER: errors.append('header mismatch')
    rows = lines[4:]
    forms, tags, reasons, perrep = Counter(), Counter(), Counter(), Counter()
    acc = eng = 0
    seen = set()
    for i, line in enumerate(rows, 5):
        cols = line.split('\t')
        if len(cols) != 5: errors.append(f'line {i}: {len(cols)} columns'); continue
        q, form, tg, rep, facts = cols
        if not q.strip(): errors.append(f'line {i}: empty question')
        if q in seen: errors.append(f'line {i}: duplicate question')
        seen.add(q)
        if form not in FORMS: errors.append(f'line {i}: bad form {form}')
        forms[form] += 1
        tl = [] if tg == '-' else tg.split(',')
        for t in tl:
            if t not in TAGS: errors.append(f'line {i}: bad tag {t}')
            tags[t] += 1
        if 'accentless' in tl:
            acc += 1
            if not is_accentless(q): errors.append(f'line {i}: tagged accentless but has diacritics')
        if 'english' in tl: eng += 1
        if form == 'refuse':
            if rep != '-': errors.append(f'line {i}: refuse row must have report -')
            if facts not in REASONS: errors.append(f'line {i}: bad reason {facts}')
            reasons[facts] += 1
            continue
        if rep == '-': errors.append(f'line {i}: non-refuse row without report'); continue
        reps = rep.split(',')
        for r in reps:
            if r not in texts: errors.append(f'line {i}: unknown report {r}')
            perrep[r] += 1
        text = ''.join(texts.get(r, '') for r in reps)
        for group in facts.split(' && '):
            alts = [a.strip() for a in group.split(' | ')]
            if not any(a and norm(a) in text for a in alts):
                errors.append(f'line {i}: fact group not found: {group!r} in {rep}')
    n = len(rows); nref = forms['refuse']
    if n < 240: errors.append(f'only {n} rows')
    if nref < 35: errors.append(f'only {nref} refuse rows')
    for r in REASONS:
        if reasons[r] < 8: errors.append(f'too few {r}')
    for f in files:
        if perrep[f] < 15: errors.append(f'report {f} has only {perrep[f]} rows')
    for fm in FORMS:
        if forms[fm] == 0: errors.append(f'form {fm} unused')
    print(f'rows: {n}  refuse: {nref}  accentless: {acc} ({acc/n:.0%})  english: {eng} ({eng/n:.0%})')
    print('per form:', dict(sorted(forms.items())))
    print('per tag:', dict(sorted(tags.items())))
    print('per refuse reason:', dict(sorted(reasons.items())))
    print('per report:'); [print(f'  {f}: {perrep[f]}') for f in files]
    if errors:
        print('\n'.join(errors)); print('FAIL'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
