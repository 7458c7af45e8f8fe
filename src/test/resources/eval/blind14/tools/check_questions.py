#!/usr/bin/env python3
"""Check questions.tsv of blind set 14 against reports/. Prints PASS or the list of problems."""
import html, re, subprocess, sys, unicodedata, zipfile, pathlib, collections

ROOT = pathlib.Path(__file__).resolve().parent.parent
HEADER = [
    '# Blind evaluation set 14 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = {'when', 'where', 'presided', 'attended', 'spoke', 'who-said', 'said-by', 'fact', 'list', 'how-many',
         'which-report', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'english', 'typo', 'paraphrase', 'confusable', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


def report_text(p: pathlib.Path) -> str:
    if p.suffix == '.docx':
        with zipfile.ZipFile(p) as z:
            x = z.read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>|</w:tc>|<w:tab/>|<w:br/>', '\n', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    if p.suffix == '.pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', str(p), '-'], capture_output=True, text=True, check=True).stdout
    t = p.read_text(encoding='utf-8')
    if p.suffix in ('.html', '.htm'):
        t = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<!--.*?-->', ' ', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t


def norm(s: str) -> str:
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.lower().replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip()


def occurs(fact: str, text: str) -> bool:
    f = norm(fact)
    return bool(f) and re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text) is not None


def main() -> int:
    reports = {p.name: norm(report_text(p)) for p in sorted((ROOT / 'reports').iterdir()) if p.is_file()}
    lines = (ROOT / 'questions.tsv').read_text(encoding='utf-8').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    errs = []
    if lines[:4] != HEADER:
        errs.append('header lines differ')
    used_forms, per_report, seen = collections.Counter(), collections.Counter(), set()
    for n, line in enumerate(lines[4:], start=5):
        cols = line.split('\t')
        if len(cols) != 5:
            errs.append(f'line {n}: {len(cols)} columns'); continue
        q, form, tags, rep, facts = cols
        if not q.strip(): errs.append(f'line {n}: empty question')
        if q in seen: errs.append(f'line {n}: duplicate question')
        seen.add(q)
        if form not in FORMS: errs.append(f'line {n}: bad form {form}')
        used_forms[form] += 1
        if tags != '-':
            for t in tags.split(','):
                if t not in TAGS: errs.append(f'line {n}: bad tag {t}')
        if form == 'refuse' or rep == '-':
            if form != 'refuse' or rep != '-': errs.append(f'line {n}: refuse rows need form refuse and report -')
            if facts not in REASONS: errs.append(f'line {n}: bad reason {facts}')
            continue
        names = rep.split(';')
        bad = [r for r in names if r not in reports]
        if bad:
            errs.append(f'line {n}: unknown report {bad}'); continue
        for r in names: per_report[r] += 1
        text = ' \n '.join(reports[r] for r in names)
        for g in facts.split(' && '):
            alts = [a.strip() for a in g.split(' | ')]
            if not any(occurs(a, text) for a in alts):
                errs.append(f'line {n}: fact group not found in {rep}: {g!r}')
    for r in reports:
        if per_report[r] == 0: errs.append(f'report without questions: {r}')
    for f in FORMS:
        if used_forms[f] == 0: errs.append(f'form not used: {f}')
    if errs:
        print('\n'.join(errs)); print('FAIL'); return 1
    print('PASS'); return 0


if __name__ == '__main__':
    sys.exit(main())
