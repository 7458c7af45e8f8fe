#!/usr/bin/env python3
"""Official report (Vietnamese government template), hard-wrapped: python3 tools/make_official.py SRC OUT"""
import sys, re, textwrap
src, out = sys.argv[1], sys.argv[2]
blocks = [b.strip('\n').split('\n') for b in open(src, encoding='utf-8').read().split('@@\n')]
W, L = 78, 30
agency, motto, placedate, title, kinhgui = blocks[:5]
body, sign = blocks[5:-1], blocks[-1]
o = []
left = [agency[0], '-------', agency[1]]
right = [motto[0], motto[1], '---------------', '']
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ''
    b = right[i] if i < len(right) else ''
    o.append(a.center(L).rstrip().ljust(L) + b.center(W - L).rstrip() if b else a.center(L).rstrip())
o.append(' ' * L + placedate[0].center(W - L).rstrip())
o += ['', title[0].center(W).rstrip()]
for t in textwrap.wrap(title[1], 60):
    o.append(t.center(W).rstrip())
o += [('-' * 10).center(W).rstrip(), '', kinhgui[0].center(W).rstrip(), '']
for b in body:
    for line in b:
        heading = re.match(r'^([IVX]+|\d)\. ', line) and len(line) < 60
        o += textwrap.wrap(line, W, initial_indent='' if heading else '    ', break_long_words=False)
    o.append('')
sign = sign[1:]
noinhan = [l for l in sign if not l.startswith('|')]
sig = [l[1:] for l in sign if l.startswith('|')]
sig = sig[:2] + ['', sig[2], ''] + sig[3:]
for i in range(max(len(noinhan), len(sig))):
    a = noinhan[i] if i < len(noinhan) else ''
    b = sig[i] if i < len(sig) else ''
    o.append(a.ljust(40) + b.center(W - 40).rstrip() if b else a)
open(out, 'w', encoding='utf-8').write('\n'.join(o) + '\n')
