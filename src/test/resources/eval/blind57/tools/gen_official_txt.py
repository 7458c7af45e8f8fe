#!/usr/bin/env python3
"""e) Official report typed on the Decree 30/2020 template, plain text."""
import re, sys, textwrap
src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().splitlines():
    m = re.match(r'^@([a-z_]+):\s?(.*)$', line)
    if m: meta[m.group(1)] = m.group(2)
    else: body.append(line)
W = 86
left, right = meta['left'].split('|'), meta['right'].split('|')
lines = []
# two-column heading: issuing body (left) / national motto (right); date line goes under the motto
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ''
    r = right[i] if i < len(right) else ''
    lines.append(l.center(32) + r.center(W - 32))
lines.append('')
for c in meta['center'].split('|'):
    lines.append(c.center(W))
lines.append('')
lines.append(meta['to'].center(W))
lines.append('')
for para in '\n'.join(body).strip().split('\n\n'):
    para = para.strip()
    if re.match(r'^(I|II|III|IV|V)\. ', para) or re.match(r'^\d\. [A-ZĐÂ][^.]*$', para):
        lines.append(para); lines.append(''); continue
    for ln in para.split('\n'):
        if ln.startswith('- '):
            lines += textwrap.wrap(ln, W, initial_indent='    ', subsequent_indent='      ', break_on_hyphens=False, break_long_words=False)
        else:
            lines += textwrap.wrap(ln, W, initial_indent='    ', subsequent_indent='', break_on_hyphens=False, break_long_words=False)
    lines.append('')
rec = meta['recipients'].split('|'); sig = meta['sign'].split('|')
sig_block = [sig[0], sig[1], '', '', sig[2]]
for i in range(max(len(rec), len(sig_block))):
    l = rec[i] if i < len(rec) else ''
    r = sig_block[i] if i < len(sig_block) else ''
    lines.append(l.ljust(44) + r.center(W - 44))
open(out, 'w', encoding='utf-8').write('\n'.join(x.rstrip() for x in lines) + '\n')
