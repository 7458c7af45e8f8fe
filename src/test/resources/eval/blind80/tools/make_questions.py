#!/usr/bin/env python3
"""Write questions.tsv from src/questions_src.txt (strips diacritics on rows flagged 'a')."""
from common import ROOT, HEADER, read_source, to_tsv_row

rows = [to_tsv_row(r) for r in read_source()]
with open(ROOT / 'questions.tsv', 'w', encoding='utf-8', newline='\n') as f:
    f.write(HEADER)
    for row in rows:
        assert all('\t' not in c and '\n' not in c for c in row)
        f.write('\t'.join(row) + '\n')
print(len(rows), 'rows written')
