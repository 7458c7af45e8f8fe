#!/usr/bin/env python3
"""Validate questions.tsv against the reports.

* extracts the text of every report (txt, md, html, docx, pdf, eml);
* checks columns, forms, tags, reason codes and report file names;
* checks that every fact group has an alternative that occurs, as whole words (accent/case-insensitive,
  punctuation other than / - . % read as spaces), in one of the reports named on the row, and that every
  named report is matched by at least one group;
* checks that every refuse row's distinguishing strings (probe column of src/questions_src.txt) are absent
  from every report (or from the one report named by an "@Rn:" prefix);
* checks that questions.tsv is exactly what tools/make_questions.py generates from the source.
Prints PASS or FAIL and the per-form / per-tag / per-report counts.
"""
import email, email.policy, html.parser, io, os, re, sys, unicodedata, zipfile
from collections import Counter
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import make_questions as mq

FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

# ---------------------------------------------------------------- text extraction
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'figcaption', 'tr', 'td', 'title'): self.parts.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def text_html(path):
    p = _HTMLText(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.parts)

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
def text_docx(path):
    z = zipfile.ZipFile(path); out = []
    names = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
    for n in names:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + 'p'):
            out.append(''.join((t.text or '') if t.tag == W + 't' else '\t' for t in p.iter() if t.tag in (W + 't', W + 'tab')))
    return '\n'.join(out)

def text_pdf(path):
    from pypdf import PdfReader
    t = '\n'.join(pg.extract_text() or '' for pg in PdfReader(path).pages)
    return re.sub(r'(\w)-\n(\w)', r'\1-\2', t)   # a hyphenated foreign name broken at a line end

def text_eml(path):
    msg = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
    head = '\n'.join(f'{k}: {msg[k]}' for k in ('From', 'To', 'Cc', 'Date', 'Subject') if msg[k])
    body = msg.get_body(preferencelist=('plain', 'html')).get_content()
    return head + '\n\n' + body

def report_text(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'): return open(path, encoding='utf-8').read()
    if ext in ('html', 'htm'): return text_html(path)
    if ext == 'docx': return text_docx(path)
    if ext == 'pdf': return text_pdf(path)
    if ext == 'eml': return text_eml(path)
    raise SystemExit(f'unknown report format: {path}')

# ---------------------------------------------------------------- normalisation
def norm(s):
    s = mq.strip_accents(s).lower()
    s = re.sub(r'[^\w/\-.%]+', ' ', s)           # punctuation other than / - . % -> space
    toks = [t.strip('.-/') for t in s.replace('_', ' ').split()]
    return ' ' + ' '.join(t for t in toks if t) + ' '

def has(text_n, span):
    n = norm(span)
    return n.strip() != '' and n in text_n

# ---------------------------------------------------------------- main
def main():
    errors, warns = [], []
    rep_dir = os.path.join(ROOT, 'reports')
    files = sorted(os.listdir(rep_dir))
    texts = {f: norm(report_text(os.path.join(rep_dir, f))) for f in files}
    for f in files:
        if len(texts[f]) < 2000: errors.append(f'report {f}: extracted text too short ({len(texts[f])} chars)')
    alias_rev = {v: k for k, v in mq.ALIAS.items()}

    src_rows = mq.parse_src()
    tsv_path = os.path.join(ROOT, 'questions.tsv')
    lines = open(tsv_path, encoding='utf-8').read().split('\n')
    if not lines[0].startswith('#'): errors.append('questions.tsv must start with header comment lines')
    rows = [l for l in lines if l and not l.startswith('#')]
    if len(rows) != len(src_rows): errors.append(f'questions.tsv has {len(rows)} rows, source has {len(src_rows)}: regenerate')

    forms, tags_c, per_rep, reasons = Counter(), Counter(), Counter(), Counter()
    seen_q = set()
    for i, (line, src) in enumerate(zip(rows, src_rows), 1):
        cols = line.split('\t')
        where = f'row {i} (src line {src["line"]})'
        if len(cols) != 5:
            errors.append(f'{where}: {len(cols)} columns'); continue
        q, form, tags, reps, facts = cols
        if [q, form, tags, reps, facts] != [src['question'], src['form'], src['tags'], src['reports'], src['facts']]:
            errors.append(f'{where}: differs from source, regenerate questions.tsv')
        if q.lower() in seen_q: errors.append(f'{where}: duplicate question')
        seen_q.add(q.lower())
        if form not in FORMS: errors.append(f'{where}: bad form {form!r}')
        forms[form] += 1
        taglist = [] if tags == '-' else tags.split(',')
        for t in taglist:
            if t not in TAGS: errors.append(f'{where}: bad tag {t!r}')
            tags_c[t] += 1
        if not taglist: tags_c['-'] += 1
        if 'accentless' in taglist and mq.strip_accents(q) != q: errors.append(f'{where}: accentless row still has diacritics')
        if 'accentless' not in taglist and 'english' not in taglist and mq.strip_accents(q) == q:
            warns.append(f'{where}: no diacritics but not tagged accentless: {q}')
        if form == 'refuse':
            if reps != '-': errors.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS: errors.append(f'{where}: bad reason {facts!r}')
            reasons[facts] += 1
            if not src['probe']: errors.append(f'{where}: refuse row without probe strings in source')
            for p in src['probe']:
                m = re.match(r'@(R\d+):(.*)$', p)
                scope = [mq.ALIAS[m.group(1)]] if m else files
                span = m.group(2) if m else p
                for f in scope:
                    if has(texts[f], span): errors.append(f'{where}: refuse probe {span!r} occurs in {f}')
            continue
        if reps == '-' or facts in REASONS:
            errors.append(f'{where}: answerable row needs report names and facts'); continue
        names = reps.split(',')
        for n in names:
            if n not in texts: errors.append(f'{where}: unknown report {n!r}')
            per_rep[n] += 1
        names = [n for n in names if n in texts]
        groups = facts.split(' && ')
        if len(groups) > 3: warns.append(f'{where}: {len(groups)} fact groups (keep <= 3)')
        used = set()
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if any(not a for a in alts): errors.append(f'{where}: empty alternative in {g!r}')
            hit = [n for n in names for a in alts if has(texts[n], a)]
            if not hit: errors.append(f'{where}: fact group {g!r} not found in {",".join(alias_rev.get(n, n) for n in names)}')
            used.update(hit)
        for n in names:
            if n not in used and len(names) > 1:
                errors.append(f'{where}: report {alias_rev.get(n, n)} named but no fact group found in it')

    answerable = sum(v for k, v in forms.items() if k != 'refuse')
    print(f'rows: {len(rows)}  answerable: {answerable}  refuse: {forms["refuse"]}')
    print('forms: ' + ', '.join(f'{k} {v}' for k, v in sorted(forms.items(), key=lambda x: -x[1])))
    print('tags: ' + ', '.join(f'{k} {v}' for k, v in sorted(tags_c.items(), key=lambda x: -x[1])))
    print('reasons: ' + ', '.join(f'{k} {v}' for k, v in sorted(reasons.items())))
    print('answerable rows per report:')
    for f in files:
        print(f'  {per_rep[f]:4d}  {f}')
        if per_rep[f] < 18: errors.append(f'report {f} has only {per_rep[f]} rows (< 18)')
    for w in warns: print('WARN', w)
    for e in errors: print('ERROR', e)
    print('FAIL' if errors else 'PASS')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
