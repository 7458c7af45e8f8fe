#!/usr/bin/env python3
"""Check questions.tsv against the reports.

* extracts the text of every report (txt, md, html, docx, pdf, eml);
* every fact group (alternatives joined by ' | ') must match, as whole words ignoring accents and case,
  in at least one of the reports named on the row; spans are 1-6 syllables;
* columns, forms, tags, reason codes and file names are valid;
* each refusal's distinguishing token (7th field in src/questions_src.txt) is absent from every report;
* questions.tsv is exactly what make_questions.py produces from the source;
* every report is named by at least 18 rows.
Prints counts per form, tag, report and refusal reason.
"""
import collections, email, email.policy, html.parser, re, subprocess, sys, zipfile
from common import ROOT, HEADER, FORMS, TAGS, REASONS, REPORT_KEYS, read_source, strip_accents, to_tsv_row

REPORTS = ROOT / 'reports'


class _HTMLText(html.parser.HTMLParser):
    SKIP = {'script', 'style', 'head', 'noscript'}
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'figcaption', 'br', 'tr', 'section', 'footer', 'header', 'nav', 'ol', 'ul'}

    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        if tag in self.BLOCK: self.out.append('\n')
        if tag == 'meta':  # og:title / description are part of the saved page
            d = dict(attrs)
            if d.get('property') in ('og:title', 'article:published_time'):
                self.out.append('\n' + d.get('content', '') + '\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip -= 1
        if tag in self.BLOCK: self.out.append('\n')

    def handle_data(self, data):
        if not self.skip: self.out.append(data)


def extract(path):
    suf = path.suffix.lower()
    if suf in ('.txt', '.md'):
        return path.read_text(encoding='utf-8')
    if suf == '.html':
        p = _HTMLText(); p.feed(path.read_text(encoding='utf-8')); return ''.join(p.out)
    if suf == '.docx':
        with zipfile.ZipFile(path) as z:
            parts = [z.read(n).decode('utf-8') for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n)]
        xml = '\n'.join(parts)
        xml = re.sub(r'</w:p>|</w:tc>', '\n', xml)
        text = re.sub(r'<[^>]+>', '', xml)
        return html.unescape(text)
    if suf == '.pdf':
        text = subprocess.run(['pdftotext', '-enc', 'UTF-8', str(path), '-'], check=True, capture_output=True, text=True).stdout
        # drop running header / footer lines so text that flows over a page break joins up
        lines = [l for l in text.splitlines() if not re.match(r'^(BỘ NGOẠI GIAO - CỤC LỄ TÂN NHÀ NƯỚC|Tài liệu lưu hành nội bộ|Trang \d+/\d+)\s*$', l.strip())]
        return '\n'.join(lines).replace('\f', '\n')
    if suf == '.eml':
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        head = '\n'.join(f'{k}: {v}' for k, v in msg.items() if k in ('From', 'To', 'Subject', 'Date'))
        return head + '\n\n' + msg.get_body(('plain',)).get_content()
    raise ValueError(path)


def norm(s):
    s = strip_accents(s).lower()
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s)


def span_re(span):
    body = r'\s+'.join(re.escape(w) for w in norm(span).strip().split(' '))
    return re.compile(r'(?<![\w/\-])(?<!\d[.,])' + body + r'(?![\w/\-])(?![.,]\d)')


def syllables(span):
    return len([w for w in re.split(r'[\s,;:"()]+', span) if w and w not in ('-', '|', '&')])


def main():
    errors = []
    texts = {}
    for key, fn in REPORT_KEYS.items():
        path = REPORTS / fn
        if not path.exists():
            errors.append(f'missing report {fn}'); continue
        texts[fn] = norm(extract(path))
    on_disk = sorted(p.name for p in REPORTS.iterdir())
    if on_disk != sorted(REPORT_KEYS.values()):
        errors.append(f'reports/ holds unexpected files: {set(on_disk) ^ set(REPORT_KEYS.values())}')

    src = read_source()
    # TSV must equal what the source produces
    tsv = (ROOT / 'questions.tsv').read_text(encoding='utf-8')
    if not tsv.startswith(HEADER):
        errors.append('questions.tsv header differs')
    tsv_rows = [l.split('\t') for l in tsv[len(HEADER):].splitlines()]
    if tsv_rows != [to_tsv_row(r) for r in src]:
        errors.append('questions.tsv does not match src/questions_src.txt (run make_questions.py)')

    per_form, per_tag, per_report, per_reason = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    seen_q = set()
    for r, row in zip(src, tsv_rows):
        where = f"src line {r['line']}: {row[0][:60]}"
        if len(row) != 5:
            errors.append(f'{where}: {len(row)} columns'); continue
        q, form, tags, reports, facts = row
        if q.lower() in seen_q: errors.append(f'{where}: duplicate question')
        seen_q.add(q.lower())
        if form not in FORMS: errors.append(f'{where}: bad form {form}')
        per_form[form] += 1
        taglist = [] if tags == '-' else tags.split(',')
        for t in taglist:
            if t not in TAGS: errors.append(f'{where}: bad tag {t}')
            per_tag[t] += 1
        if not taglist: per_tag['-'] += 1
        if r['flag'] == 'a' and q != strip_accents(q): errors.append(f'{where}: accentless row keeps accents')
        if r['flag'] == 'v' and 'english' not in taglist and q == strip_accents(q) and not re.search(r'[A-Za-z]', q) is None:
            pass
        if form == 'refuse':
            if reports != '-': errors.append(f'{where}: refuse row must have report -')
            if facts not in REASONS: errors.append(f'{where}: bad reason {facts}')
            per_reason[facts] += 1
            tok = r['absent']
            if not tok:
                errors.append(f'{where}: refuse row without distinguishing token')
            else:
                rx = span_re(tok)
                hits = [fn for fn, t in texts.items() if rx.search(t)]
                if hits: errors.append(f'{where}: token "{tok}" found in {hits}')
            continue
        if r['absent']: errors.append(f'{where}: absent-token on an answerable row')
        if facts in REASONS: errors.append(f'{where}: reason code on an answerable row')
        names = reports.split(',')
        for fn in names:
            if fn not in texts: errors.append(f'{where}: unknown report {fn}')
            per_report[fn] += 1
        for group in facts.split(' && '):
            alts = group.split(' | ')
            for a in alts:
                n = syllables(a)
                if not 1 <= n <= 6: errors.append(f'{where}: span "{a}" has {n} syllables')
                if a != a.strip() or not a: errors.append(f'{where}: empty/padded span')
            if not any(span_re(a).search(texts.get(fn, '')) for a in alts for fn in names):
                errors.append(f'{where}: fact "{group}" not found in {names}')
        if form not in ('which-report', 'compare') and len(names) > 1 and len(names) != len(set(names)):
            errors.append(f'{where}: repeated report name')

    for fn in REPORT_KEYS.values():
        if per_report[fn] < 18: errors.append(f'{fn}: only {per_report[fn]} rows')

    total = len(tsv_rows)
    print(f'rows: {total}')
    print('per form:', dict(sorted(per_form.items(), key=lambda x: -x[1])))
    print('per tag:', dict(sorted(per_tag.items(), key=lambda x: -x[1])))
    print('per report:'); [print(f'  {fn}: {per_report[fn]}') for fn in REPORT_KEYS.values()]
    print('per refusal reason:', dict(per_reason))
    acc = per_tag['accentless']; eng = per_tag['english']
    print(f'accentless {acc} ({acc/total:.0%}), english {eng} ({eng/total:.0%})')
    if errors:
        print(f'\n{len(errors)} ERRORS'); [print(' ', e) for e in errors]; sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
