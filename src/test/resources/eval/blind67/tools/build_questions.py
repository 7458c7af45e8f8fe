#!/usr/bin/env python3
"""src/questions_src.txt (with diacritics, aliases R0..R10, evidence column) -> questions.tsv (5 columns)."""
import sys, unicodedata

REPORTS = {
    'R0': '000_47e75d3c86d27e21.txt',
    'R1': '001_8430b1541a21d71d.txt',
    'R2': '002_0e1cf19fdeddcf6d.txt',
    'R3': '003_60cdc4bfe3deff94.txt',
    'R4': '004_771f5d769968830d.txt',
    'R5': '005_longan_fdi_31-01-2024.html',
    'R6': '006_BaoCaoTomTat_TongKet2023.docx',
    'R7': '007_KyYeu_HoiThao_BaoHoNguDan.pdf',
    'R8': '008_hoi-nghi-lanh-su-danh-du-lan-3.md',
    'R9': '009_BC-BNG_147_APEC2027.txt',
    'R10': '010_Fwd_TCBC_BT_NG_Chi-le.eml',
}


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s)
                                                 if unicodedata.category(c) != 'Mn'))


def read_src(path):
    """Returns list of dicts: q, form, tags, reports(list of aliases), facts, evidence, line."""
    rows = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' @@ ')]
        if len(parts) not in (5, 6):
            raise SystemExit(f'src line {n}: expected 5 or 6 fields, got {len(parts)}: {line}')
        q, form, tags, reps, facts = parts[:5]
        ev = parts[5] if len(parts) == 6 else ''
        rows.append(dict(q=q, form=form, tags=tags, reports=[] if reps == '-' else reps.split(','),
                         facts=facts, evidence=ev, line=n))
    return rows


def tsv_row(r):
    tags = r['tags']
    q = strip_accents(r['q']) if 'accentless' in tags.split(',') else r['q']
    rep = ','.join(REPORTS[a.strip()] for a in r['reports']) if r['reports'] else '-'
    return '\t'.join([q, r['form'], tags, rep, r['facts']])


HEADER = """# Blind evaluation set blind67 — questions about Bộ Ngoại giao conference reports (see README.md)
# Encoding UTF-8, tab-separated, lines starting with '#' are comments.
# Columns: question <TAB> form <TAB> tags <TAB> report <TAB> facts
#   form  : presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
#   tags  : comma-separated from accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ("-" = none)
#   report: file name(s) in reports/ that answer the question, comma-separated; "-" for questions that must be refused
#   facts : answerable rows — groups joined by " && " (all required), alternatives by " | "; spans as written in the report;
#           matching ignores accents and case, needs whole words; punctuation other than / - . % counts as space.
#           refuse rows — the reason code: not_in_corpus | false_premise | not_reported
# Generated from src/questions_src.txt by tools/build_questions.py — edit the source, not this file.
"""

if __name__ == '__main__':
    src, out = sys.argv[1], sys.argv[2]
    rows = read_src(src)
    with open(out, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for r in rows:
            f.write(tsv_row(r) + '\n')
    print(f'wrote {out}: {len(rows)} rows')
