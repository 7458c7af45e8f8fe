"""src/questions_src.txt -> questions.tsv (strips diacritics on rows tagged 'accentless')."""
import sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IDS = {
    'A': '000_47e75d3c86d27e21.txt', 'B': '001_8430b1541a21d71d.txt', 'C': '002_0e1cf19fdeddcf6d.txt',
    'D': '003_60cdc4bfe3deff94.txt', 'E': '004_771f5d769968830d.txt',
    'F': '005_tin-doi-ngoai_so-ket-6-thang-2024.html',
    'G': '006_bao-cao-hoi-thao-lao-dong-nhat-ban-han-quoc.docx',
    'H': '007_bao-cao-tom-tat-hoi-nghi-ngoai-giao-32.pdf',
    'I': '008_xuan-que-huong-2024.md',
    'J': '009_BC-UBND-Cao-Bang-doi-ngoai-2023.txt',
    'K': '010_baoquangtri_tiep-nhan-hai-cot-liet-si-lao-bao.txt',
}

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))

def read_src(path):
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' || ')]
        if len(parts) not in (5, 6):
            raise SystemExit(f'src line {n}: expected 5 or 6 fields, got {len(parts)}: {line}')
        q, form, tags, rep, facts = parts[:5]
        absent = parts[5] if len(parts) == 6 else ''
        rows.append(dict(line=n, q=q, form=form, tags=tags, rep=rep, facts=facts, absent=absent))
    return rows

def convert(r):
    tags = [t for t in r['tags'].split(',') if t and t != '-']
    q = strip_accents(r['q']) if 'accentless' in tags else r['q']
    rep = '-' if r['rep'] == '-' else ','.join(IDS[x.strip()] for x in r['rep'].split(','))
    return q, r['form'], r['tags'], rep, r['facts']

HEADER = """# blind64 — blind evaluation questions for the MFA (Bộ Ngoại giao) conference-report QA bot
# UTF-8, tab-separated, 5 columns: question<TAB>form<TAB>tags<TAB>report<TAB>facts
# form: presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
# tags: accentless abbrev english typo telegraphic paraphrase confusable premise near-miss ("-" = none)
# report: file name(s) in reports/ that answer the row, comma-separated; "-" for rows that must be refused
# facts: groups joined by " && " (all required), alternatives by " | "; spans as written in the report
#        (match ignores accents/case, whole words). Refuse rows: not_in_corpus | false_premise | not_reported
# Generated from src/questions_src.txt by tools/make_questions.py — edit the source, not this file.
"""

if __name__ == '__main__':
    src = sys.argv[1] if len(sys.argv) > 1 else ROOT / 'src' / 'questions_src.txt'
    out = sys.argv[2] if len(sys.argv) > 2 else ROOT / 'questions.tsv'
    rows = read_src(src)
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write(HEADER)
        for r in rows:
            cols = convert(r)
            assert all('\t' not in c for c in cols)
            f.write('\t'.join(cols) + '\n')
    print(f'wrote {len(rows)} rows to {out}')
