#!/usr/bin/env python3
"""Official report on the Decree 30/2020 template, typed as plain text."""
import os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, 'src/009_snv_cao_bang_bc15.txt'), encoding='utf-8').read()
head, body = src.split('\n---\n', 1)
m = {}
tail = {}
for line in head.splitlines():
    k, v = line[1:].split(' ', 1)
    m[k] = v
lines = []
for line in body.strip().splitlines():
    if line.startswith('@'):
        k, v = line[1:].split(' ', 1)
        tail[k] = v
    else:
        lines.append(line)
W = 86
def two(a, b, wa=36):
    return a.center(wa) + b.center(W - wa)
out = []
out.append(two(m['issuer1'], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
out.append(two(m['issuer2'], 'Độc lập - Tự do - Hạnh phúc'))
out.append(two('-------', '---------------'))
out.append('')
out.append(two(m['number'], m['place']))
out.append('')
out.append(m['type'].center(W).rstrip())
for sl in textwrap.wrap(m['subject'], 66):
    out.append(sl.center(W).rstrip())
out.append('-----------'.center(W).rstrip())
out.append('')
out.append(('Kính gửi: ' + m['to']).center(W).rstrip())
out.append('')
for l in lines:
    if l[:2] in ('I.', 'II', 'III', 'IV') or l.split(' ')[0] in ('I.', 'II.', 'III.', 'IV.', 'V.'):
        out.append('')
        out.append(l)
    elif l[:2] in ('1.', '2.', '3.', '4.') and len(l) < 60:
        out.append(l)
    else:
        out.append('    ' + l)
out.append('')
rec = tail['recipients'].split('|')
sig = [tail['signrole'], '', '(Đã ký)', '', '', tail['signer']]
left = ['Nơi nhận:'] + ['- ' + r for r in rec]
n = max(len(left), len(sig))
left += [''] * (n - len(left)); sig += [''] * (n - len(sig))
for a, b in zip(left, sig):
    out.append(a.ljust(44) + b.center(W - 44).rstrip())
text = '\n'.join(x.rstrip() for x in out) + '\n'
dst = os.path.join(ROOT, 'reports/009_bc-15-snv-cao-bang.txt')
open(dst, 'w', encoding='utf-8').write(text)
print('wrote', dst)
