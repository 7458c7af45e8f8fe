#!/usr/bin/env python3
"""Markdown export with YAML front matter: python3 tools/make_md.py SRC OUT"""
import sys
src, out = sys.argv[1], sys.argv[2]
head, body = open(src, encoding='utf-8').read().split('\n===\n', 1)
meta = dict(l.split(': ', 1) for l in head.splitlines() if l.strip())
lines, out_lines, first_row = body.strip('\n').split('\n'), [], True
for l in lines:
    if l.startswith('|'):
        cells = [c.strip() for c in l.strip().strip('|').split('|')]
        out_lines.append('| ' + ' | '.join(cells) + ' |')
        if first_row:
            out_lines.append('|' + '|'.join(['---'] + ['---:'] * (len(cells) - 1)) + '|')
            first_row = False
    else:
        out_lines.append(l)
title = meta['title'].strip('"')
text = '---\n' + ''.join(f'{k}: {v}\n' for k, v in meta.items()) + '---\n\n# ' + title + '\n\n' + '\n'.join(out_lines) + '\n'
open(out, 'w', encoding='utf-8').write(text)
