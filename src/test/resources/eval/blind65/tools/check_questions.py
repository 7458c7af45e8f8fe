#!/usr/bin/env python3
"""Validate questions.tsv against the reports in reports/.

* extracts text from .txt/.md/.html/.docx/.pdf/.eml
* every fact group of an answerable row must have an alternative that occurs, as whole words,
  in at least one of the named reports (accents/case ignored; punctuation other than / - . % -> space;
  a '.' is kept only between two letters/digits, e.g. 1.650)
* columns, forms, tags, reason codes, file names are valid; accentless rows carry no diacritics
* refuse rows: the distinguishing key(s) from src/questions_src.txt (6th column) occur in NO report;
  every not_in_corpus row must have such a key
* prints distribution tables, then PASS or FAIL
"""
import collections, email, html.parser, os, re, sys, unicodedata, zipfile
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_questions  # noqa: E402

FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable', 'premise', 'near-miss'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


# ---------------------------------------------------------------- text extraction
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'figcaption', 'title', 'footer'):
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*)\.xml$', name):
            x = z.read(name).decode('utf-8')
            for p in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
                out.append(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', p, flags=re.S)))
    import html as h
    return h.unescape('\n'.join(out))


def pdf_text(path):
    from pypdf import PdfReader
    return '\n'.join(p.extract_text() or '' for p in PdfReader(path).pages)


def eml_text(path):
    msg = email.message_from_binary_file(open(path, 'rb'), policy=policy.default)
    head = '\n'.join(f'{k}: {v}' for k, v in msg.items())
    body = msg.get_body(preferencelist=('plain', 'html')).get_content()
    return head + '\n' + body


def report_text(name):
    path = os.path.join(REPORTS, name)
    ext = name.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8-sig').read()
    if ext == 'html':
        p = _HTMLText()
        p.feed(open(path, encoding='utf-8').read())
        return ''.join(p.parts)
    if ext == 'docx':
        return docx_text(path)
    if ext == 'pdf':
        return pdf_text(path)
    if ext == 'eml':
        return eml_text(path)
    raise ValueError(name)


# ---------------------------------------------------------------- normalisation
def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'(?<=[a-z0-9])\.(?=[a-z0-9])', '\x00', s)      # keep 1.650, B.T.V
    s = re.sub(r'[^a-z0-9/\-%\x00]+', ' ', s)
    s = s.replace('\x00', '.')
    return ' ' + ' '.join(s.split()) + ' '


def has(text_n, span):
    span_n = norm(span).strip()
    return bool(span_n) and (' ' + span_n + ' ') in text_n


def has_diacritics(s):
    return 'đ' in s.lower() or any(unicodedata.category(c) == 'Mn' for c in unicodedata.normalize('NFD', s))


# ---------------------------------------------------------------- main
def main():
    errors = []
    files = sorted(f for f in os.listdir(REPORTS) if not f.startswith('.'))
    texts = {f: norm(report_text(f)) for f in files}
    for f in files:
        if len(texts[f]) < 2000:
            errors.append(f'report {f}: extracted text suspiciously short')

    src_rows = make_questions.load_src()
    keys = {r['q']: r['key'] for r in src_rows}

    rows = []
    for n, line in enumerate(open(os.path.join(ROOT, 'questions.tsv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) != 5:
            errors.append(f'line {n}: {len(cols)} columns')
            continue
        rows.append((n, *cols))

    per_form, per_tag, per_report, per_reason = (collections.Counter() for _ in range(4))
    seen = set()
    for n, q, form, tags, reps, facts in rows:
        where = f'line {n} [{q[:60]}]'
        if q in seen:
            errors.append(f'{where}: duplicate question')
        seen.add(q)
        if form not in FORMS:
            errors.append(f'{where}: bad form {form}')
        per_form[form] += 1
        taglist = [] if tags == '-' else tags.split(',')
        for t in taglist:
            if t not in TAGS:
                errors.append(f'{where}: bad tag {t}')
            per_tag[t] += 1
        if 'accentless' in taglist and has_diacritics(q):
            errors.append(f'{where}: tagged accentless but has diacritics')
        if form == 'refuse':
            if reps != '-':
                errors.append(f'{where}: refuse row must have report "-"')
            if facts not in REASONS:
                errors.append(f'{where}: bad reason code {facts}')
            per_reason[facts] += 1
            key = keys.get(q, '')
            if facts == 'not_in_corpus' and not key:
                errors.append(f'{where}: not_in_corpus row without a distinguishing key')
            for k in [k.strip() for k in key.split(';') if k.strip()]:
                hit = [f for f in files if has(texts[f], k)]
                if hit:
                    errors.append(f'{where}: refuse key "{k}" occurs in {hit}')
            continue
        if reps == '-' or facts in REASONS:
            errors.append(f'{where}: answerable row needs reports and facts')
            continue
        names = reps.split(',')
        for r in names:
            if r not in texts:
                errors.append(f'{where}: unknown report {r}')
            per_report[r] += 1
        groups = facts.split(' && ')
        if len(groups) > 3:
            errors.append(f'{where}: more than 3 fact groups')
        for g in groups:
            alts = [a.strip() for a in g.split(' | ')]
            if not any(has(texts[r], a) for r in names if r in texts for a in alts):
                errors.append(f'{where}: fact group "{g}" not found in {names}')

    answerable = sum(v for k, v in per_form.items() if k != 'refuse')
    print(f'rows: {len(rows)}  answerable: {answerable}  refuse: {per_form["refuse"]}')
    print('per form:  ' + ', '.join(f'{k}={v}' for k, v in sorted(per_form.items(), key=lambda x: -x[1])))
    print('per tag:   ' + ', '.join(f'{k}={v}' for k, v in sorted(per_tag.items(), key=lambda x: -x[1])))
    print('per reason:' + ', '.join(f' {k}={v}' for k, v in sorted(per_reason.items())))
    print('per report:')
    for f in files:
        c = per_report.get(f, 0)
        print(f'  {c:3d}  {f}')
        if c < 18:
            errors.append(f'report {f}: only {c} rows (< 18)')
    for f in files:
        if f not in per_report:
            errors.append(f'report {f} never referenced')
    if errors:
        print('\n'.join(errors))
        print(f'FAIL ({len(errors)} problems)')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
