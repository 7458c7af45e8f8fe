#!/usr/bin/env python3
"""Build reports/009_*.txt: official report on the Decree 30/2020 template, hard-wrapped at 80 columns."""
import pathlib, textwrap, unicodedata
root = pathlib.Path(__file__).resolve().parent.parent
d, paras = {}, []
for line in (root / 'src/009_bao_cao.txt').read_text(encoding='utf-8').splitlines():
    k, _, v = line.partition(': ')
    if k in ('P', 'H'):
        paras.append((k, v))
    elif k:
        d[k] = v
W = 80
def two(left, right, lw=30):
    return (left.center(lw) + right.center(W - lw)).rstrip()
out = [two('BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
       two('-------', 'Độc lập - Tự do - Hạnh phúc'),
       two('', '---------------'), '',
       (('Số: ' + d['SO']).ljust(30) + d['NGAY'].center(W - 30)).rstrip(), '', '',
       'BÁO CÁO'.center(W).rstrip()]
out += [l.center(W).rstrip() for l in textwrap.wrap(d['TRICHYEU'], 66)]
out += ['-----------'.center(W).rstrip(), '', ('Kính gửi: ' + d['KINHGUI']).center(W).rstrip(), '']
for k, v in paras:
    if k == 'H':
        out += textwrap.wrap(v, W) + ['']
    else:
        out += textwrap.wrap(v, W, initial_indent='    ') + ['']
left = d['NOINHAN'].split('|'); right = d['KY'].split('|')
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ''; r = right[i] if i < len(right) else ''
    out.append((l.ljust(40) + r.center(40)).rstrip())
p = root / 'reports/009_bao_cao_so_ket_6_thang_2024_BC-BNG.txt'
p.write_text('\n'.join(out) + '\n', encoding='utf-8')
print(p, max(len(x) for x in out))
