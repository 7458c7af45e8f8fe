#!/usr/bin/env python3
"""Lay out a Decree 30/2020-style administrative report (BÁO CÁO) as plain text,
hard-wrapped at about 80 columns, from the light-markup source in src/.
Usage: build_official_txt.py SRC OUT"""
import sys, textwrap, unicodedata, functools
textwrap.wrap = functools.partial(textwrap.wrap, break_on_hyphens=False)

W = 80

def width(s):
    return len(unicodedata.normalize('NFC', s))

def center(s, w):
    pad = (w - width(s)) // 2
    return ' ' * max(pad, 0) + s

def two_cols(left, right, lw=36):
    n = max(len(left), len(right))
    left += [''] * (n - len(left)); right += [''] * (n - len(right))
    out = []
    for a, b in zip(left, right):
        out.append((a + ' ' * (lw - width(a)) + b).rstrip())
    return out

src, out = sys.argv[1:3]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().split('\n'):
    if line.startswith('@'):
        k, _, v = line[1:].partition(' ')
        meta[k] = v
    elif line.strip():
        body.append(line.strip())

lines = []
lines += two_cols([center('BỘ NGOẠI GIAO', 30), center('-------', 30)],
                  [center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 44),
                   center('Độc lập - Tự do - Hạnh phúc', 44), center('---------------', 44)])
lines.append('')
lines += two_cols([center('Số: ' + meta['so'], 30)], [center(meta['noi_ngay'], 44)])
lines += ['', '', center('BÁO CÁO', W)]
for l in textwrap.wrap(meta['trich_yeu'], 64):
    lines.append(center(l, W))
lines.append(center('_____________', W))
lines += ['', center('Kính gửi: ' + meta['kinh_gui'], W), '']
for p in body:
    if p.startswith('# '):
        lines += [''] + textwrap.wrap(p[2:], W)
    elif p.startswith('- '):
        lines += textwrap.wrap(p, W, initial_indent='    ', subsequent_indent='      ')
    else:
        lines += textwrap.wrap(p, W, initial_indent='    ', subsequent_indent='')
lines += ['', '']
left = ['Nơi nhận:'] + ['- ' + x for x in meta['noi_nhan'].split('|')]
right = [center(x, 40) if x else '' for x in meta['ky'].split('|')]
lines += two_cols(left, right, lw=40)
open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print('wrote', out, len(lines), 'lines, max width', max(width(l) for l in lines))
