#!/usr/bin/env python3
"""Build report (d): Markdown export with YAML front matter (src body is already Markdown)."""
import sys, re
src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for ln in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^@yaml_([a-z_]+): (.*)$', ln)
    if m and not body:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(ln)
fm = ['---'] + [f'{k}: {v}' for k, v in meta.items()] + ['exported: 2024-02-01T09:12:44+07:00', '---', '', '']
text = '\n'.join(fm) + '\n'.join(body).strip('\n') + '\n'
open(out, 'w', encoding='utf-8').write(text)
print('wrote', out)
