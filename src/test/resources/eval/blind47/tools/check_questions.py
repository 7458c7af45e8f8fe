#!/usr/bin/env python3
"""Validate questions.tsv of blind set 47 against the reports; print statistics and PASS/FAIL."""
import collections, pathlib, re, sys, unicodedata, zipfile
from html.parser import HTMLParser
ROOT = pathlib.Path(__file__).resolve().parent.parent
SET_NO = 47
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'typo', 'paraphrase', 'english', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
NAME_RE = re.compile(r'^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$')
HEADER = ['# Blind evaluation set 47 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
          '# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.',
          '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
          '# question\tform\ttags\treport\tfacts']

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    ext = path.suffix.lower()
    if ext in ('.txt', '.md'):
        return path.read_text(encoding='utf-8')
    if ext == '.html':
        p = _Text(); p.feed(path.read_text(encoding='utf-8')); return ''.join(p.out)
    if ext == '.docx':
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|</w:tc>', ' \n', xml)
        return re.sub(r'<[^>]+>', '', xml)
    if ext == '.pdf':
        from pypdf import PdfReader
        return '\n'.join(pg.extract_text() or '' for pg in PdfReader(str(path)).pages)
    raise ValueError(path)

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').lower()
    return ' ' + ' '.join(re.sub(r'[^0-9a-z]+', ' ', s).split()) + ' '

def main():
    errs = []
    reports = {p.name: p for p in (ROOT / 'reports').iterdir()}
    for n in reports:
        if not NAME_RE.match(n): errs.append(f'bad report file name {n}')
    texts = {n: norm(extract(p)) for n, p in reports.items()}
    lines = (ROOT / 'questions.tsv').read_text(encoding='utf-8').split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    if lines[:4] != HEADER: errs.append('header lines differ from the required 4 lines')
    rows = lines[4:]
    st = {k: collections.Counter() for k in ('form', 'tag', 'reason', 'report')}
    n_acc = n_en = n_ref = 0; seen = set()
    for i, line in enumerate(rows, 5):
        cols = line.split('\t')
        if len(cols) != 5: errs.append(f'line {i}: {len(cols)} columns'); continue
        q, form, tags, rep, facts = cols
        if not q.strip(): errs.append(f'line {i}: empty question')
        if q in seen: errs.append(f'line {i}: duplicate question')
        seen.add(q)
        if form not in FORMS: errs.append(f'line {i}: bad form {form}')
        st['form'][form] += 1
        tl = [] if tags == '-' else tags.split(',')
        for t in tl:
            if t not in TAGS: errs.append(f'line {i}: bad tag {t}')
            st['tag'][t] += 1
        if 'accentless' in tl:
            n_acc += 1
            if norm(q).strip() != ' '.join(re.sub(r'[^0-9a-z]+', ' ', q.lower()).split()) or 'đ' in q.lower():
                errs.append(f'line {i}: accentless row still has diacritics')
        if 'english' in tl: n_en += 1
        if form == 'refuse':
            n_ref += 1
            if rep != '-': errs.append(f'line {i}: refuse row must have report -')
            if facts not in REASONS: errs.append(f'line {i}: bad reason {facts}')
            st['reason'][facts] += 1
            continue
        if rep == '-' or facts in REASONS: errs.append(f'line {i}: answerable row without report/facts'); continue
        names = rep.split(',')
        for n in names:
            if n not in reports: errs.append(f'line {i}: unknown report {n}')
            st['report'][n] += 1
        text = ''.join(texts.get(n, '') for n in names)
        for g in facts.split(' && '):
            alts = [a.strip() for a in g.split(' | ')]
            if any(not a for a in alts): errs.append(f'line {i}: empty fact alternative'); continue
            if not any(norm(a) in text for a in alts):
                errs.append(f'line {i}: fact group not found in {rep}: {g}')
    total = len(rows)
    if total < 220: errs.append(f'only {total} rows (< 220)')
    if n_ref < 35: errs.append(f'only {n_ref} refuse rows (< 35)')
    for r in REASONS:
        if st['reason'][r] < 8: errs.append(f'refuse reason {r} has only {st["reason"][r]} rows')
    for f in FORMS:
        if st['form'][f] == 0: errs.append(f'form {f} unused')
    for n in reports:
        if st['report'][n] < 15: errs.append(f'report {n} has only {st["report"][n]} rows (< 15)')
    print(f'rows: {total}  answerable: {total - n_ref}  refuse: {n_ref}')
    print(f'accentless: {n_acc} ({100 * n_acc / total:.1f}%)  english: {n_en} ({100 * n_en / total:.1f}%)')
    for k in ('form', 'tag', 'reason', 'report'):
        print(f'per {k}:'); [print(f'  {v:4d}  {key}') for key, v in sorted(st[k].items())]
    if errs:
        print('\n'.join(errs)); print('FAIL'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
