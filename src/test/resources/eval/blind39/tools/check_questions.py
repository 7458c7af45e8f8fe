#!/usr/bin/env python3
"""Validate questions.tsv against reports/. Prints statistics and PASS (exit 0) or the problems (exit 1)."""
import os, re, sys, html, zipfile, unicodedata, collections
from html.parser import HTMLParser
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'pylib'))
HEADER = ["# Blind evaluation set 39 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
          "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
          "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse rows: reason code.",
          "# question\tform\ttags\treport\tfacts"]
FORMS = "presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split()
TAGS = set("accentless abbrev telegraphic typo paraphrase english confusable premise near-miss".split())
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
NAME = re.compile(r'^\d{3}_[0-9a-f]{16}\.(txt|html|docx|pdf|md)$')

def norm(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'\s+', ' ', s).strip()

class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style'): self.skip += 1
    def handle_endtag(self, t):
        if t in ('script', 'style'): self.skip -= 1
        if t in ('p', 'li', 'div', 'h1', 'h3', 'figcaption', 'title'): self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    ext = path.rsplit('.', 1)[1]
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        p = Text(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.out)
    if ext == 'docx':
        x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    if ext == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() for p in PdfReader(path).pages)
    raise ValueError(path)

def found(fact, text):
    return re.search(r'(?<!\w)' + re.escape(norm(fact)) + r'(?!\w)', text) is not None

errors = []
rep_dir = os.path.join(ROOT, 'reports')
reports = sorted(os.listdir(rep_dir))
for f in reports:
    if not NAME.match(f): errors.append(f'bad report file name {f}')
texts = {f: norm(extract(os.path.join(rep_dir, f))) for f in reports}
lines = open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8').read().split('\n')
if lines[:4] != HEADER: errors.append('header lines differ from the required four')
rows = [l for l in lines[4:] if l.strip()]
per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
accentless = english = 0
seen = set()
for i, l in enumerate(rows, 5):
    c = l.split('\t')
    if len(c) != 5: errors.append(f'line {i}: {len(c)} columns'); continue
    q, form, tags, rep, facts = c
    if q in seen: errors.append(f'line {i}: duplicate question')
    seen.add(q)
    if form not in FORMS: errors.append(f'line {i}: bad form {form}')
    per_form[form] += 1
    tl = [] if tags == '-' else tags.split(',')
    for t in tl:
        if t not in TAGS: errors.append(f'line {i}: bad tag {t}')
        per_tag[t] += 1
    if 'accentless' in tl:
        accentless += 1
        if 'đ' in q.lower() or any(unicodedata.category(ch) == 'Mn' for ch in unicodedata.normalize('NFD', q)): errors.append(f'line {i}: accentless row has diacritics')
    if 'english' in tl: english += 1
    if form == 'refuse':
        if rep != '-': errors.append(f'line {i}: refuse row must have report -')
        if facts not in REASONS: errors.append(f'line {i}: bad reason {facts}')
        per_reason[facts] += 1
        continue
    if facts in REASONS: errors.append(f'line {i}: reason code on a non-refuse row')
    files = rep.split(',')
    bad = [f for f in files if f not in texts]
    if bad or rep == '-': errors.append(f'line {i}: unknown report(s) {rep}'); continue
    for f in files: per_report[f] += 1
    joined = ' \n '.join(texts[f] for f in files)
    for g in facts.split(' && '):
        alts = [a.strip() for a in g.split(' | ')]
        if not any(a and found(a, joined) for a in alts):
            errors.append(f'line {i}: fact group not found in {rep}: {g!r}')
n = len(rows)
if not 180 <= n <= 260: errors.append(f'{n} rows (expected about 200)')
if sum(per_reason.values()) < 30: errors.append('fewer than 30 refuse rows')
for r in REASONS:
    if per_reason[r] < 5: errors.append(f'reason {r}: only {per_reason[r]} rows')
for f in FORMS:
    if per_form[f] == 0: errors.append(f'form {f} unused')
for f in reports:
    if per_report[f] < 12: errors.append(f'{f}: only {per_report[f]} rows')
if not 0.4 <= accentless / n <= 0.6: errors.append(f'accentless share {accentless/n:.0%}')
if not 0.07 <= english / n <= 0.14: errors.append(f'english share {english/n:.0%}')

print(f'rows: {n}   refuse: {sum(per_reason.values())}   accentless: {accentless} ({accentless/n:.0%})   english: {english} ({english/n:.0%})')
print('per form:   ' + ', '.join(f'{k} {per_form[k]}' for k in FORMS))
print('per tag:    ' + ', '.join(f'{k} {v}' for k, v in sorted(per_tag.items())))
print('per reason: ' + ', '.join(f'{k} {v}' for k, v in sorted(per_reason.items())))
print('per report: ' + ', '.join(f'{k[:3]} {per_report[k]}' for k in reports))
if errors:
    print('\n'.join(errors)); print('FAIL'); sys.exit(1)
print('PASS')
