#!/usr/bin/env python3
"""Build ../questions.tsv from ../src/questions_src.txt.
Rows tagged 'accentless' have their diacritics stripped (NFD, drop combining marks, đ->d, Đ->D)."""
import os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
ALIASES = {
    'A': '000_47e75d3c86d27e21.txt', 'B': '001_8430b1541a21d71d.txt', 'C': '002_0e1cf19fdeddcf6d.txt',
    'D': '003_60cdc4bfe3deff94.txt', 'E': '004_771f5d769968830d.txt',
    'H': 'hoi-nghi-ngoai-vu-toan-quoc-lan-thu-21.html', 'W': 'Tom-tat-HN-cong-tac-lanh-su-2024.docx',
    'P': 'Le-ky-niem-60-nam-quan-he-Viet-Nam-Lao.pdf', 'M': 'ngoai-giao-van-hoa-2024.md',
    'O': 'BC-UBBG-25-phien-hop-9-PGCM-VN-CPC.txt', 'L': 'Re_tom-tat-hoi-nghi-dai-su-Cao-Bang.eml',
}
HEADER = """# Blind evaluation set blind75: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)
# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;
#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported
"""


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))


def read_source():
    rows = []
    for n, line in enumerate(open(os.path.join(ROOT, 'src', 'questions_src.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' ;; ')]
        if len(parts) == 5:
            parts.append('')
        if len(parts) != 6:
            raise SystemExit(f'line {n}: expected 5 or 6 fields, got {len(parts)}')
        q, form, tags, reps, facts, probe = parts
        rows.append(dict(line=n, q=q, form=form, tags=tags, reps=reps, facts=facts, probe=probe))
    return rows


def to_tsv_row(r):
    tags = [t for t in r['tags'].split(',') if t and t != '-']
    q = strip_accents(r['q']) if 'accentless' in tags else r['q']
    rep = '-' if r['reps'] == '-' else ','.join(ALIASES[a] for a in r['reps'].split(','))
    return '\t'.join([q, r['form'], ','.join(tags) or '-', rep, r['facts']])


if __name__ == '__main__':
    rows = read_source()
    with open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8') as fh:
        fh.write(HEADER)
        for r in rows:
            fh.write(to_tsv_row(r) + '\n')
    print(len(rows), 'rows written')
