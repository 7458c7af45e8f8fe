#!/usr/bin/env python3
"""Validate questions.tsv against the reports in reports/.

* extracts the text of every report (.txt .md .html .docx .pdf .eml);
* checks columns, forms, tags, reason codes and file names;
* checks that every fact group of an answerable row has an alternative that occurs
  as whole words in at least one of the named reports (accent/case-insensitive,
  punctuation other than / - . % read as spaces);
* checks that each refuse row's distinguishing probe(s) (6th column of
  src/questions_src.txt) occur in NO report;
* prints counts per form / tag / report and PASS or FAIL.
Usage: check_questions.py [--dump DIR]   (--dump writes the extracted texts)"""
import os, re, sys, zipfile, unicodedata, collections, email, html.parser
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
QTSV = os.path.join(ROOT, 'questions.tsv')
QSRC = os.path.join(ROOT, 'src', 'questions_src.txt')

FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

# ---------------------------------------------------------------- extraction
class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'figcaption', 'tr', 'section', 'footer'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.out.append(data)

def text_of(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        p = _HTML(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.out)
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        names = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
        for n in names:
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'</w:tc>', ' \t ', x)
            parts.append(''.join(a or b for a, b in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n| \t )', x)))
        import html as h
        return h.unescape('\n'.join(parts))
    if ext == 'pdf':
        from pypdf import PdfReader
        t = '\n'.join(p.extract_text() or '' for p in PdfReader(path).pages)
        return re.sub(r'(\w)-\s*\n\s*(\w)', r'\1-\2', t)   # hyphenated names split over lines
    if ext == 'eml':
        msg = email.message_from_binary_file(open(path, 'rb'), policy=policy.default)
        head = '\n'.join(f'{k}: {v}' for k, v in msg.items())
        return head + '\n\n' + msg.get_body(preferencelist=('plain',)).get_content()
    raise ValueError('unknown format ' + path)

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn'))

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[^\w\s/.\-%]', ' ', s)          # punctuation except / - . % -> space
    s = re.sub(r'(?<![\w%])[./-]|[./-](?![\w%])', ' ', s)  # keep / - . only inside tokens
    s = s.replace('_', ' ')
    return ' ' + ' '.join(s.split()) + ' '

def contains(ntext, span):
    ns = norm(span).strip()
    return bool(ns) and (' ' + ns + ' ') in ntext

# ---------------------------------------------------------------- main
def main():
    dump = sys.argv[sys.argv.index('--dump') + 1] if '--dump' in sys.argv else None
    files = sorted(f for f in os.listdir(REPORTS) if not f.startswith('.'))
    texts = {f: text_of(os.path.join(REPORTS, f)) for f in files}
    ntexts = {f: norm(t) for f, t in texts.items()}
    if dump:
        os.makedirs(dump, exist_ok=True)
        for f, t in texts.items():
            open(os.path.join(dump, f + '.txt'), 'w', encoding='utf-8').write(t)
    errors = []
    rows = []
    for ln, line in enumerate(open(QTSV, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) != 5:
            errors.append(f'line {ln}: {len(cols)} columns'); continue
        rows.append((ln, cols))
    # probes for refuse rows come from the source file (6th column)
    src_rows = []
    for line in open(QSRC, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        src_rows.append(line.split('\t'))
    if len(src_rows) != len(rows):
        errors.append(f'questions_src has {len(src_rows)} rows, questions.tsv {len(rows)}')
    forms = collections.Counter(); tags = collections.Counter(); per_report = collections.Counter(); reasons = collections.Counter()
    seen_q = set()
    for i, (ln, (q, form, tg, rep, facts)) in enumerate(rows):
        where = f'line {ln} [{q[:50]}]'
        if q in seen_q: errors.append(f'{where}: duplicate question')
        seen_q.add(q)
        if form not in FORMS: errors.append(f'{where}: bad form {form!r}')
        forms[form] += 1
        tl = [] if tg == '-' else tg.split(',')
        for t in tl:
            if t not in TAGS: errors.append(f'{where}: bad tag {t!r}')
            tags[t] += 1
        if 'accentless' in tl and strip_accents(q) != q:
            errors.append(f'{where}: tagged accentless but has diacritics')
        if form == 'refuse':
            if rep != '-': errors.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS: errors.append(f'{where}: bad reason {facts!r}')
            reasons[facts] += 1
            probes = src_rows[i][5] if i < len(src_rows) and len(src_rows[i]) > 5 else ''
            if not probes.strip():
                errors.append(f'{where}: refuse row without probe')
            for p in probes.split(' | '):
                p = p.strip()
                if p.startswith('!') and '@' in p:          # '!span@NNN': absent from report NNN only
                    span, rid = p[1:].rsplit('@', 1)
                    scope = [f for f in files if f.startswith(rid)]
                    if not scope: errors.append(f'{where}: probe {p!r} names no report')
                else:
                    span, scope = p, files
                hits = [f for f in scope if contains(ntexts[f], span)]
                if hits: errors.append(f'{where}: probe {span!r} occurs in {hits}')
            continue
        reps = rep.split(',')
        for r in reps:
            if r not in texts: errors.append(f'{where}: unknown report {r!r}')
            per_report[r] += 1
        if facts in REASONS or facts == '-':
            errors.append(f'{where}: answerable row needs facts'); continue
        groups = facts.split(' && ')
        if len(groups) > 3: errors.append(f'{where}: more than 3 fact groups')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(contains(ntexts[r], a) for a in alts for r in reps if r in ntexts):
                errors.append(f'{where}: fact group {g!r} not found in {reps}')
    n = len(rows)
    print(f'rows: {n}  answerable: {n - forms["refuse"]}  refuse: {forms["refuse"]}')
    print('forms:', dict(sorted(forms.items(), key=lambda x: -x[1])))
    print('tags:', dict(sorted(tags.items(), key=lambda x: -x[1])))
    print('reasons:', dict(reasons))
    print('per report:', dict(sorted(per_report.items())))
    for f in files:
        if per_report[f] < 18: errors.append(f'report {f} has only {per_report[f]} rows')
    if errors:
        print('\n'.join(errors)); print(f'FAIL ({len(errors)} problems)'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
