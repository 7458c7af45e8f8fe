#!/usr/bin/env python3
"""src/009_*.src.txt -> reports/009_*.txt : report on the Decree 30/2020 template, plain text."""
import sys, os, re, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse, m1
src, out = sys.argv[1], sys.argv[2]
meta, _ = parse(src)
W = 78
def two(left, right, lw=34):
    return left.center(lw) + right.center(W - lw)
lines = []
lines.append(two(m1(meta, 'issuer_parent'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
lines.append(two(m1(meta, 'issuer'), 'Độc lập - Tự do - Hạnh phúc'))
lines.append(two('-------', '---------------'))
lines.append(two(m1(meta, 'number'), m1(meta, 'placedate')))
lines += ['', '', m1(meta, 'kind').center(W)]
for l in textwrap.wrap(m1(meta, 'subject'), 64):
    lines.append(l.center(W))
lines.append('-----------'.center(W))
lines += ['', ('Kính gửi: ' + m1(meta, 'to')).center(W), '']
body = [l.rstrip('\n') for l in open(src, encoding='utf-8') if not re.match(r'^@\w+:', l)]
for l in body:
    if not l.strip():
        lines.append(''); continue
    l = re.sub(r'^##\s+', '', l)
    lines += textwrap.wrap(l, W, break_long_words=False, break_on_hyphens=False, initial_indent='    ' if not re.match(r'^[IVX]+\. ', l) else '')
while lines and not lines[-1]: lines.pop()
lines += ['', '']
rec = ['Nơi nhận:'] + ['- ' + r for r in m1(meta, 'recipients').split('|')]
sig = [m1(meta, 'sign_mode'), m1(meta, 'sign_kt'), m1(meta, 'sign_title'), '', '(Đã ký)', '', '', m1(meta, 'sign_name')]
for i in range(max(len(rec), len(sig))):
    a = rec[i] if i < len(rec) else ''
    b = sig[i] if i < len(sig) else ''
    lines.append((a.ljust(40) + b.center(W - 40)).rstrip())
open(out, 'w', encoding='utf-8').write('\n'.join(l.rstrip() for l in lines) + '\n')
