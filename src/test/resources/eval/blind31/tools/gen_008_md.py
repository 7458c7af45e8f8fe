#!/usr/bin/env python3
"""Build reports/008_*.md: a Markdown export (YAML front matter, pipe table, lists, block quote)."""
import os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, 'src/008_so_ket_6_thang_2022.txt'), encoding='utf-8').read().split('\n')
meta, body, i = {}, [], 0
while i < len(src):
    ln = src[i]
    if ln.startswith('@table:'):
        cap = ln.split(':', 1)[1].strip(); rows = []; i += 1
        while i < len(src) and src[i].startswith('|'):
            rows.append([c.strip() for c in src[i].strip().strip('|').split('|')]); i += 1
        body.append(f'**{cap}**\n')
        body.append('| ' + ' | '.join(rows[0]) + ' |')
        body.append('|' + '|'.join([':---'] + ['---:'] * (len(rows[0]) - 1)) + '|')
        for r in rows[1:]: body.append('| ' + ' | '.join(r) + ' |')
        continue
    if ln.startswith('@'):
        k, v = ln[1:].split(':', 1); meta[k.strip()] = v.strip()
    else:
        body.append(ln)
    i += 1
fm = ['---', f'title: "{meta["title"]}"', f'date: {meta["date"]}', f'location: "{meta["location"]}"',
      f'chair: "{meta["chair"]}"', 'tags: [' + ', '.join(t.strip() for t in meta['tags'].split(',')) + ']',
      f'author: "{meta["author"]}"', f'exported: {meta["exported"]}', f'source: "{meta["source"]}"', 'draft: false', '---', '']
out = os.path.join(ROOT, 'reports/008_so_ket_6_thang_2022.md')
open(out, 'w', encoding='utf-8').write('\n'.join(fm + body).rstrip() + '\n\n<!-- exported by wiki2md v1.4 -->\n')
print('wrote', out)
