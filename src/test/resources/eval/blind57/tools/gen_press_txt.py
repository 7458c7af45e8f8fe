#!/usr/bin/env python3
"""f) Press release (thông cáo báo chí), plain text."""
import re, sys, textwrap
src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().splitlines():
    m = re.match(r'^@([a-z_]+):\s?(.*)$', line)
    if m: meta[m.group(1)] = m.group(2)
    else: body.append(line)
W = 80
lines = meta['head'].split('|') + ['', meta['kind'].center(W), '', meta['placedate'].rjust(W), '']
for para in '\n'.join(body).strip().split('\n\n'):
    para = para.strip()
    if para.startswith('# '):
        lines += [l.center(W) for l in textwrap.wrap(para[2:], W - 10, break_on_hyphens=False, break_long_words=False)]
    elif re.match(r'^\d\. ', para) and len(para) < 90:
        lines.append(para)
    else:
        lines += textwrap.wrap(para, W, break_on_hyphens=False, break_long_words=False)
    lines.append('')
lines += ['***', '', meta['end']]
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
