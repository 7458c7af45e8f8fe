"""Shared helpers for make_questions.py and check_questions.py."""
import pathlib, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORT_KEYS = {
    '0': '000_47e75d3c86d27e21.txt',
    '1': '001_8430b1541a21d71d.txt',
    '2': '002_0e1cf19fdeddcf6d.txt',
    '3': '003_60cdc4bfe3deff94.txt',
    '4': '004_771f5d769968830d.txt',
    'H': '005_kyniem_50nam_vn_halan.html',
    'D': '006_tongket_thidua_khenthuong_2023.docx',
    'P': '007_hoinghi_letan_APEC2027.pdf',
    'M': '008_hoinghi_luuhocsinh_tritre_lan3.md',
    'T': '009_BC_congtac_BT_CaoBang.txt',
    'E': '010_hoithao_khungphaply_baohocongdan.eml',
}
FORMS = 'presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split()
TAGS = 'accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split()
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']
HEADER = """# Blind evaluation set blind80: Vietnamese QA over MFA (Bộ Ngoại giao) conference reports.
# Columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ('-' = none)
# report: file name(s) in reports/ separated by ',' ; '-' for rows that must be refused
# facts: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report;
#        matching ignores accents/case, whole words. Refuse rows: not_in_corpus | false_premise | not_reported
"""


def strip_accents(s: str) -> str:
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return unicodedata.normalize('NFC', s)


def read_source():
    """Rows of src/questions_src.txt as dicts (diacritics kept)."""
    rows = []
    path = ROOT / 'src' / 'questions_src.txt'
    for n, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' ;; ')]
        if len(parts) not in (6, 7):
            raise SystemExit(f'questions_src.txt:{n}: expected 6 or 7 fields, got {len(parts)}')
        flag, q, form, tags, reps, facts = parts[:6]
        rows.append(dict(line=n, flag=flag, question=q, form=form, tags=tags, reports=reps,
                         facts=facts, absent=parts[6] if len(parts) == 7 else ''))
    return rows


def to_tsv_row(r):
    tags = [] if r['tags'] == '-' else r['tags'].split(',')
    q = r['question']
    if r['flag'] == 'a':
        q = strip_accents(q)
        tags = ['accentless'] + tags
    reports = '-' if r['reports'] == '-' else ','.join(REPORT_KEYS[k] for k in r['reports'].split(','))
    return [q, r['form'], ','.join(tags) if tags else '-', reports, r['facts']]
