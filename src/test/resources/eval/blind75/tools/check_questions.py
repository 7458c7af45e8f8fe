#!/usr/bin/env python3
"""Mechanical checks for blind75/questions.tsv (meaning is checked by hand)."""
import email, email.policy, html.parser, os, re, subprocess, sys, unicodedata, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
REP = os.path.join(ROOT, 'reports')
sys.path.insert(0, HERE)
import make_questions as mq  # noqa: E402

FORMS = set('presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split())
TAGS = set('accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split())
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag == 'meta':
            a = dict(attrs)
            if a.get('property') in ('og:title', 'og:description'): self.out.append(a.get('content', ''))
        if tag in ('p', 'div', 'li', 'h1', 'h3', 'figcaption', 'br'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def extract(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        p = _Text(); p.feed(open(path, encoding='utf-8').read()); return ' '.join(p.out)
    if ext == 'docx':
        z = zipfile.ZipFile(path); out = []
        for name in sorted(n for n in z.namelist() if re.match(r'word/(document|footer\d*)\.xml$', n)):
            xml = z.read(name).decode('utf-8')
            xml = re.sub(r'</w:p>|</w:tc>', '\n', xml)
            out.append(re.sub(r'<[^>]+>', '', xml))
        return html.unescape('\n'.join(out))
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True).stdout
    if ext == 'eml':
        m = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
        head = '\n'.join(f'{k}: {m[k]}' for k in ('From', 'To', 'Subject', 'Date'))
        return head + '\n' + m.get_content()
    raise ValueError(path)


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    s = s.replace('“', '"').replace('”', '"').replace('–', '-').replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).lower()


def has(text, span):
    return re.search(r'(?<![\w/\-])' + re.escape(norm(span)) + r'(?![\w/\-]|-\w)', text) is not None


def main():
    errors = []
    texts = {f: norm(extract(os.path.join(REP, f))) for f in sorted(os.listdir(REP))}
    lines = open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8').read().split('\n')
    header = [l for l in lines if l.startswith('#')]
    if '\n'.join(header) + '\n' != mq.HEADER:
        errors.append('header differs from the required text')
    rows = [l for l in lines if l and not l.startswith('#')]
    src = mq.read_source()
    if rows != [mq.to_tsv_row(r) for r in src]:
        errors.append('questions.tsv does not match src/questions_src.txt (run make_questions.py)')
    per_report = Counter()
    for i, (line, s) in enumerate(zip(rows, src)):
        cols = line.split('\t')
        where = f"src line {s['line']}"
        if len(cols) != 5:
            errors.append(f'{where}: {len(cols)} columns'); continue
        q, form, tags, rep, facts = cols
        if form not in FORMS: errors.append(f'{where}: bad form {form}')
        tl = tags.split(',')
        if tags != '-' and not set(tl) <= TAGS: errors.append(f'{where}: bad tags {tags}')
        if 'accentless' in tl and q != mq.strip_accents(q): errors.append(f'{where}: accentless row has accents')
        if form == 'refuse':
            if rep != '-': errors.append(f'{where}: refuse row names a report')
            if facts not in REASONS: errors.append(f'{where}: bad reason {facts}')
            if not s['probe']: errors.append(f'{where}: refuse row without probe')
            for f, t in texts.items():
                if has(t, s['probe']): errors.append(f"{where}: probe '{s['probe']}' occurs in {f}")
            continue
        files = rep.split(',')
        for f in files:
            if f not in texts: errors.append(f'{where}: unknown report {f}')
            per_report[f] += 1
        for group in facts.split(' && '):
            alts = [a.strip() for a in group.split(' | ')]
            for a in alts:
                n = len(a.split())
                if not 1 <= n <= 6: errors.append(f'{where}: span of {n} syllables: {a}')
            if not any(has(texts.get(f, ''), a) for a in alts for f in files):
                errors.append(f'{where}: group not found in {rep}: {group}')
    for f in texts:
        if per_report[f] < 18: errors.append(f'{f}: only {per_report[f]} rows')
    for e in errors: print('ERROR', e)
    print(f'{len(rows)} rows, {len(errors)} errors')
    print('per report:', dict(per_report))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
