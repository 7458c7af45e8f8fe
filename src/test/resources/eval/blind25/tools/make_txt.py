#!/usr/bin/env python3
"""Render src/009_*.src to a plain-text official report (Decree 30/2020 layout),
hard-wrapped at 80 columns. Markers: @raw (lines copied verbatim until next marker),
@para (paragraph, wrapped with a 4-space first-line indent), @head (section heading),
@end."""
import sys, textwrap

src, out = sys.argv[1], sys.argv[2]
blocks, cur, mode = [], [], None
for line in open(src, encoding='utf-8').read().split('\n'):
    if line.startswith('@'):
        if mode:
            blocks.append((mode, cur))
        mode, cur = line[1:].strip(), []
    else:
        cur.append(line)
res = []
for mode, lines in blocks:
    if mode == 'raw':
        res.extend(l.rstrip() for l in lines)
    elif mode == 'head':
        res.append('')
        res.extend(l.strip() for l in lines if l.strip())
    elif mode == 'para':
        text = ' '.join(l.strip() for l in lines if l.strip())
        res.extend(textwrap.wrap(text, width=80, initial_indent='    ', subsequent_indent=''))
with open(out, 'w', encoding='utf-8') as f:
    f.write('\n'.join(res).rstrip('\n') + '\n')
print('wrote', out, max(len(l) for l in res), 'max columns')
