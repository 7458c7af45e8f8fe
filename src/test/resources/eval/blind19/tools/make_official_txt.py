#!/usr/bin/env python3
"""Build reports/009_bao_cao_hn_thong_tin_doi_ngoai_2024.txt (Decree 30/2020 layout,
plain text hard-wrapped at 80 columns) from src/E_header.txt, src/E_body*.txt, src/E_footer.txt.
Body files: one paragraph per line; lines starting with '#' are section headings."""
import os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = lambda f: os.path.join(ROOT, 'src', f)
out = [open(S('E_header.txt'), encoding='utf-8').read().rstrip('\n'), '']
for f in ('E_body1.txt', 'E_body2.txt'):
    for line in open(S(f), encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        if line.startswith('#'):
            out.append('')
            out.append(line[1:].strip())
        else:
            out.append(textwrap.fill(line, width=80, initial_indent='    ',
                                     break_long_words=False, break_on_hyphens=False))
out.append(open(S('E_footer.txt'), encoding='utf-8').read().rstrip('\n'))
dst = os.path.join(ROOT, 'reports', '009_bao_cao_hn_thong_tin_doi_ngoai_2024.txt')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('wrote', dst)
