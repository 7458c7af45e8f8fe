#!/usr/bin/env python3
"""Validate questions.tsv against the reports.

* extracts the text of every report (txt, md, html, docx, pdf)
* normalises: lower case, no diacritics (đ->d), every character other than
  letters, digits and / - . % becomes a space
* a fact span matches when it occurs as whole words: preceded by start/space and
  followed by end/space (a sentence-final '.' after the span is allowed)
* checks columns, forms, tags, reason codes, file names; that every fact group of an
  answerable row has an alternative found in one of the named reports; and that the
  probe of every refuse row (6th column of src/questions_src.txt) is absent:
      TERM            absent from every report
      A + B           A and B never occur in the same report
      @NNN:TERM       absent from report NNN
      ~               no token probe (false premise / not reported checked by hand)
  not_in_corpus rows must have a global TERM probe.
Prints PASS or the list of problems."""
import os, re, sys, zipfile, unicodedata, html.parser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
NAME_RE = re.compile(r'^\d{3}_[0-9a-f]{16}\.(txt|md|html|docx|pdf)$')


def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[^a-z0-9/\-.%]+', ' ', s)
    return ' ' + re.sub(r'\s+', ' ', s).strip() + ' '


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        self.out.append(' ')
    def handle_data(self, data):
        if not self.skip: self.out.append(data)


def extract(path):
    ext = path.rsplit('.', 1)[1]
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        p = _HTML(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.out)
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        for n in sorted(z.namelist()):
            if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>|</w:tc>', ' ', x)
                parts.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
        return '\n'.join(parts)
    if ext == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(pg.extract_text() for pg in PdfReader(path).pages)
    raise ValueError(path)


def found(span, text):
    n = norm(span).strip()
    if not n:
        return False
    return re.search(r'(?<= )' + re.escape(n) + r'\.*(?= )', text) is not None


def main():
    problems = []
    files = sorted(os.listdir(REPORTS))
    texts = {}
    for f in files:
        if not NAME_RE.match(f):
            problems.append(f'bad report file name {f}')
        texts[f] = norm(extract(os.path.join(REPORTS, f)))
    by_num = {f[:3]: f for f in files}
    # probes from the source file (6th column)
    probes = {}
    for line in open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        c = line.split('\t')
        if c[1] == 'refuse':
            probes[len(probes)] = c[5] if len(c) > 5 else None
    rows = [l.rstrip('\n') for l in open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8')]
    if not rows or not rows[0].startswith('#'):
        problems.append('questions.tsv must start with comment header lines')
    seen_q = set(); nref = 0; per_report = {f: 0 for f in files}
    for i, line in enumerate(rows, 1):
        if not line.strip() or line.startswith('#'):
            continue
        c = line.split('\t')
        if len(c) != 5:
            problems.append(f'line {i}: {len(c)} columns'); continue
        q, form, tags, rep, facts = c
        if not q.strip(): problems.append(f'line {i}: empty question')
        if q in seen_q: problems.append(f'line {i}: duplicate question')
        seen_q.add(q)
        if form not in FORMS: problems.append(f'line {i}: bad form {form}')
        if tags != '-':
            for t in tags.split(','):
                if t not in TAGS: problems.append(f'line {i}: bad tag {t}')
        tl = tags.split(',')
        if 'accentless' in tl and norm(q) != ' ' + re.sub(r'\s+', ' ', re.sub(r'[^a-z0-9/\-.%]+', ' ', q.lower())).strip() + ' ':
            problems.append(f'line {i}: tagged accentless but has diacritics')
        if form == 'refuse':
            if rep != '-': problems.append(f'line {i}: refuse row must have report "-"')
            if facts not in REASONS: problems.append(f'line {i}: bad reason {facts}')
            probe = probes.get(nref); nref += 1
            if probe is None:
                problems.append(f'line {i}: refuse row without probe column in src'); continue
            if facts == 'not_in_corpus' and (probe == '~' or '+' in probe or probe.startswith('@')):
                problems.append(f'line {i}: not_in_corpus needs a global term probe')
            for alt in probe.split(' | '):
                alt = alt.strip()
                if alt == '~':
                    continue
                if alt.startswith('@'):
                    num, term = alt[1:].split(':', 1)
                    if found(term, texts[by_num[num]]):
                        problems.append(f'line {i}: probe "{term}" occurs in {by_num[num]}')
                elif ' + ' in alt:
                    a, b = [x.strip() for x in alt.split(' + ', 1)]
                    for f, t in texts.items():
                        if found(a, t) and found(b, t):
                            problems.append(f'line {i}: probe "{a}" + "{b}" co-occur in {f}')
                else:
                    for f, t in texts.items():
                        if found(alt, t):
                            problems.append(f'line {i}: probe "{alt}" occurs in {f}')
            continue
        names = [r.strip() for r in rep.split(',')]
        for r in names:
            if r not in texts: problems.append(f'line {i}: unknown report {r}')
            else: per_report[r] += 1
        if facts in REASONS or not facts.strip():
            problems.append(f'line {i}: answerable row needs facts'); continue
        groups = facts.split(' && ')
        if len(groups) > 3: problems.append(f'line {i}: more than 3 fact groups')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(found(a, texts[r]) for a in alts for r in names if r in texts):
                problems.append(f'line {i}: fact group "{g}" not found in {rep}')
    if nref != len(probes):
        problems.append(f'refuse rows in questions.tsv ({nref}) != in src ({len(probes)})')
    for f, n in per_report.items():
        if n < 18: problems.append(f'report {f} has only {n} rows')
    if problems:
        print('\n'.join(problems)); print(f'FAIL ({len(problems)} problems)'); sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
