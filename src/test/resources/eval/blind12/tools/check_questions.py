#!/usr/bin/env python3
"""Check questions.tsv of blind evaluation set 12 against the texts in reports/.

Checks: the 4 header lines; 5 tab-separated columns per row; valid form, tags,
report names and refuse reason codes; every report has questions; every form is
used; every fact group of every answerable row occurs (accent- and
case-insensitive, whole word) in the text of at least one named report
(docx: word/document.xml, pdf: pdftotext, html: scripts/styles/tags stripped).
Prints counts and PASS, or the problems and FAIL (exit 1)."""
import collections, html, os, re, subprocess, sys, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
QFILE = os.path.join(ROOT, 'questions.tsv')
HEADER = [
    '# Blind evaluation set 12 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = {'when', 'where', 'presided', 'attended', 'spoke', 'who-said', 'said-by', 'fact', 'list',
         'how-many', 'which-report', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'english', 'typo', 'paraphrase', 'confusable',
        'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}


def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.replace('đ', 'd').replace('Đ', 'D').lower()
    return re.sub(r'\s+', ' ', s)


def report_text(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext == 'docx':
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>', ' \n', xml)
        return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True,
                              text=True, check=True).stdout
    raw = open(path, encoding='utf-8').read()
    if ext in ('html', 'htm'):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<!--.*?-->', ' ', raw)
        raw = html.unescape(re.sub(r'<[^>]+>', ' ', raw))
    return raw


def has(text_folded, fact):
    f = fold(fact).strip()
    return re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text_folded) is not None


def main():
    problems = []
    files = sorted(f for f in os.listdir(REPORTS) if not f.startswith('.'))
    texts = {f: fold(report_text(os.path.join(REPORTS, f))) for f in files}
    lines = open(QFILE, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if lines[:4] != HEADER:
        problems.append('header lines differ from the required 4 lines')
    per_form, per_tag, per_reason, per_report = (collections.Counter() for _ in range(4))
    seen_q = set()
    rows = lines[4:]
    for n, line in enumerate(rows, start=5):
        cols = line.split('\t')
        if len(cols) != 5:
            problems.append(f'line {n}: {len(cols)} columns')
            continue
        q, form, tags, rep, facts = (c.strip() for c in cols)
        if not q:
            problems.append(f'line {n}: empty question')
        if q in seen_q:
            problems.append(f'line {n}: duplicate question')
        seen_q.add(q)
        if form not in FORMS:
            problems.append(f'line {n}: bad form {form!r}')
        per_form[form] += 1
        if tags != '-':
            for t in tags.split(','):
                if t not in TAGS:
                    problems.append(f'line {n}: bad tag {t!r}')
                per_tag[t] += 1
        if form == 'refuse':
            if rep != '-':
                problems.append(f'line {n}: refuse row must have report -')
            if facts not in REASONS:
                problems.append(f'line {n}: bad reason code {facts!r}')
            per_reason[facts] += 1
            continue
        if rep == '-' or facts in REASONS:
            problems.append(f'line {n}: answerable row with refuse report/reason')
            continue
        names = rep.split(';')
        for r in names:
            if r not in texts:
                problems.append(f'line {n}: unknown report {r!r}')
            per_report[r] += 1
        joined = ' \n '.join(texts.get(r, '') for r in names)
        for group in facts.split(' && '):
            alts = [a for a in group.split(' | ') if a.strip()]
            if not alts:
                problems.append(f'line {n}: empty fact group')
            elif not any(has(joined, a) for a in alts):
                problems.append(f'line {n}: fact group not found in {rep}: {group!r}')
    for f in files:
        if per_report[f] == 0:
            problems.append(f'report without questions: {f}')
    for f in sorted(FORMS - set(per_form)):
        problems.append(f'form never used: {f}')
    print('questions:', len(rows))
    print('forms:', dict(sorted(per_form.items())))
    print('refuse reasons:', dict(sorted(per_reason.items())))
    print('tags:', dict(sorted(per_tag.items())))
    print('rows per report:', dict(sorted(per_report.items())))
    if problems:
        print('\n'.join(problems))
        print('FAIL')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
