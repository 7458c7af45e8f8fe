#!/usr/bin/env python3
"""Builds the Markdown export (YAML front matter + body) from src/008_md.txt."""
import sys, os, re
src, outdir = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().split('\n')
fm, body, out = [], [], None
for l in lines:
    m = re.match(r'^@([a-z_]+):\s?(.*)$', l)
    if m:
        if m.group(1) == 'out': out = m.group(2)
        elif m.group(1).startswith('fm_'): fm.append(f'{m.group(1)[3:]}: {m.group(2)}')
    else:
        body.append(l)
text = '---\n' + '\n'.join(fm) + '\n---\n' + '\n'.join(body).lstrip('\n')
text = text.rstrip('\n') + '\n\n<!-- Xuất từ hệ thống quản trị nội dung, bản Markdown -->\n'
open(os.path.join(outdir, out), 'w', encoding='utf-8').write(text)
print('wrote', out)
