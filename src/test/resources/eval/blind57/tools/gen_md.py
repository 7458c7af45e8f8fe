#!/usr/bin/env python3
"""d) Markdown export with YAML front matter and a pipe table (from ../src markup)."""
import re, sys
src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().splitlines():
    m = re.match(r'^@([a-z_]+):\s?(.*)$', line)
    if m:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(line)
fm = ['---']
for k in ('title', 'date', 'author', 'category', 'tags', 'source'):
    v = meta[k]
    fm.append(f'{k}: {v}' if (v.startswith('[') or k == 'date') else f'{k}: "{v}"')
fm += ['lang: vi', 'draft: false', '---', '']
text = '\n'.join(fm + body).rstrip('\n') + '\n'
open(out, 'w', encoding='utf-8').write(text)
