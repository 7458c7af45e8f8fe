#!/usr/bin/env python3
"""Build reports/009_*.txt: official report on the Decree 30/2020 template, hard-wrapped at 78 columns."""
import os, textwrap, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lines = open(os.path.join(ROOT, 'src/009_bien_gioi_viet_lao_2024.txt'), encoding='utf-8').read().split('\n')
meta, paras = {}, []
for ln in lines:
    if ln.startswith('@'):
        k, v = ln[1:].split(':', 1); meta[k.strip()] = v.strip()
    elif ln.strip(): paras.append(ln.strip())
W = 78
def center(s, w): s = s.strip(); pad = max(0, (w - len(s)) // 2); return ' ' * pad + s
def two(left, right, lw=34): return (left.ljust(lw) + right).rstrip()
out = []
out.append(two(center(meta['agency'], 30), center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 44)))
out.append(two(center('ỦY BAN BIÊN GIỚI QUỐC GIA', 30), center('Độc lập - Tự do - Hạnh phúc', 44)))
out.append(two(center('-------', 30), center('---------------', 44)))
out.append(two(center(meta['number'], 30), center(meta['placedate'], 44)))
out += ['', center(meta['kind'], W), center(meta['trichyeu'], W), center('-----', W), '', center('Kính gửi: ' + meta['kinhgui'], W), '']
for p in paras:
    if p.startswith('#'):
        out += [''] + textwrap.wrap(p[1:], W) + ['']
    else:
        out += textwrap.wrap(p, W, initial_indent='    ', subsequent_indent='')
out.append('')
# Nơi nhận (left) beside signature block (right)
left = ['Nơi nhận:'] + ['- ' + x for x in meta['noinhan'].split('|')]
left = sum([textwrap.wrap(x, 36, subsequent_indent='  ') for x in left], [])
r1, r2 = meta['signrole'].split('|')
right = [r1, r2, '', '(Đã ký)', '', '', meta['signer']]
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ''
    r = center(right[i], 36) if i < len(right) else ''
    out.append((l.ljust(40) + r).rstrip())
path = os.path.join(ROOT, 'reports/009_bc_bien_gioi_viet_lao_2024.txt')
open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('wrote', path)
