#!/usr/bin/env python3
"""Validate questions.tsv against reports/ (see README.md).
Checks: column count, forms, tags, report file names, reason codes; every fact group has an alternative
that occurs (whole words, accent/case-insensitive, punctuation other than / - . % as spaces) in one of the
named reports; each refuse row's distinguishing spans (6th column of src/questions_src.txt) occur in NO
report; accentless rows carry no diacritics; distribution summary. Prints PASS or FAIL."""
import os, re, sys, html, zipfile, unicodedata, collections
from html.parser import HTMLParser
from email import policy
from email.parser import BytesParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_questions import read_src, ALIAS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REP = os.path.join(ROOT, 'reports')
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

class _HT(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'figcaption', 'br', 'title', 'tr'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def extract(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        p = _HT(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.out)
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        for name in z.namelist():
            if re.match(r'word/(document|footer\d*|header\d*)\.xml$', name):
                x = z.read(name).decode('utf-8')
                x = re.sub(r'</w:p>|</w:tc>', '\n', x)
                parts.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
        return '\n'.join(parts)
    if ext == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(pg.extract_text() or '' for pg in PdfReader(path).pages)
    if ext == 'eml':
        msg = BytesParser(policy=policy.default).parse(open(path, 'rb'))
        return str(msg['subject']) + '\n' + msg.get_body(preferencelist=('plain',)).get_content()
    raise ValueError(path)

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[^0-9a-z/\-.%]+', ' ', s)
    return ' ' + re.sub(r'\s+', ' ', s).strip() + ' '

def occurs(span, ntext):
    f = norm(span).strip()
    if not f:
        return False
    return re.search(r'(?<![0-9a-z])' + re.escape(f) + r'(?![0-9a-z])', ntext) is not None

def has_diacritics(s):
    return any(unicodedata.category(c) == 'Mn' for c in unicodedata.normalize('NFD', s)) or 'đ' in s or 'Đ' in s

def main():
    errors = []
    texts = {}
    for f in sorted(os.listdir(REP)):
        texts[f] = norm(extract(os.path.join(REP, f)))
    if len(texts) != 11:
        errors.append(f'expected 11 reports, found {len(texts)}')
    src = read_src()
    rows = []
    for ln in open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln or ln.startswith('#'):
            continue
        rows.append(ln.split('\t'))
    if len(rows) != len(src):
        errors.append(f'questions.tsv has {len(rows)} rows but src has {len(src)}: rebuild with make_questions.py')
    forms = collections.Counter(); tagc = collections.Counter(); per_rep = collections.Counter(); reasons = collections.Counter()
    seen_q = set()
    for i, cols in enumerate(rows):
        where = f'row {i+1}'
        if len(cols) != 5:
            errors.append(f'{where}: {len(cols)} columns'); continue
        q, form, tags, reps, facts = cols
        absent = src[i][1][5] if i < len(src) else '-'
        where = f'row {i+1} (src line {src[i][0]}) "{q[:60]}"'
        if q in seen_q: errors.append(f'{where}: duplicate question')
        seen_q.add(q)
        if form not in FORMS: errors.append(f'{where}: bad form {form}')
        forms[form] += 1
        tl = [] if tags == '-' else tags.split(',')
        for t in tl:
            if t not in TAGS: errors.append(f'{where}: bad tag {t}')
            tagc[t] += 1
        if 'accentless' in tl and has_diacritics(q): errors.append(f'{where}: accentless but has diacritics')
        if form == 'refuse':
            if reps != '-': errors.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS: errors.append(f'{where}: bad reason {facts}')
            reasons[facts] += 1
            spans = [] if absent == '-' else [a.strip() for a in absent.split(' | ')]
            if facts == 'not_in_corpus' and not spans:
                errors.append(f'{where}: not_in_corpus row needs distinguishing spans')
            for a in spans:
                hits = [f for f, t in texts.items() if occurs(a, t)]
                if hits: errors.append(f'{where}: distinguishing span "{a}" occurs in {hits}')
            continue
        if absent != '-': errors.append(f'{where}: answerable row has absent column')
        if reps == '-' or facts in REASONS:
            errors.append(f'{where}: answerable row without report/facts'); continue
        rl = reps.split(',')
        for r in rl:
            if r not in texts: errors.append(f'{where}: unknown report {r}')
            per_rep[r] += 1
        groups = facts.split(' && ')
        if len(groups) > 3: errors.append(f'{where}: {len(groups)} fact groups (max 3)')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(occurs(a, texts.get(r, '')) for a in alts for r in rl):
                errors.append(f'{where}: fact group "{g}" not found in {rl}')
    n = len(rows); nref = forms['refuse']
    print(f'rows: {n}  answerable: {n - nref}  refuse: {nref} {dict(reasons)}')
    print('per form:', dict(sorted(forms.items(), key=lambda x: -x[1])))
    print('per tag :', dict(sorted(tagc.items(), key=lambda x: -x[1])), ' untagged:', sum(1 for r in rows if len(r) > 2 and r[2] == '-'))
    inv = {v: k for k, v in ALIAS.items()}
    print('per report:', {inv.get(k, k): v for k, v in sorted(per_rep.items())})
    for f in texts:
        if per_rep[f] < 18: errors.append(f'report {f} has only {per_rep[f]} rows (< 18)')
    if errors:
        print('\n'.join('ERROR: ' + e for e in errors))
        print(f'FAIL ({len(errors)} errors)')
        sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
