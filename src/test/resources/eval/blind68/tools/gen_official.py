#!/usr/bin/env python3
"""Types the official report (Decree 30/2020 layout) as plain text from src/009_official.txt."""
import sys, os, re, textwrap, unicodedata
src, outdir = sys.argv[1], sys.argv[2]
meta, body = {}, []
for l in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^@([a-z_]+):\s?(.*)$', l)
    if m: meta[m.group(1)] = m.group(2)
    else: body.append(l)
W = 78
def two(left, right, lw=30):
    return left.center(lw) + right.center(W - lw)
out = []
out.append(two(meta['issuer_parent'], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
out.append(two(meta['issuer'], 'Độc lập - Tự do - Hạnh phúc'))
out.append(two('-------', '---------------'))
out.append(two(meta['number'], meta['placedate']).rstrip())
out.append('')
out.append(meta['doctype'].center(W).rstrip())
for s in textwrap.wrap(meta['subject'], 64):
    out.append(s.center(W).rstrip())
out.append('-----------'.center(W).rstrip())
out.append('')
out.append(('Kính gửi: ' + meta['to']).center(W).rstrip())
out.append('')
for l in body:
    l = l.strip()
    if not l:
        continue
    if re.match(r'^[IVX]+\. ', l):
        out.append(''); out.append(l)
    else:
        out.extend(textwrap.wrap(l, W, initial_indent='    ', subsequent_indent=''))
out.append('')
recips = meta['recipients'].split('|')
right = [meta['sign_kt'], meta['sign_title'], '', '(Đã ký)', '', '', meta['sign_name']]
left = ['Nơi nhận:'] + ['- ' + r for r in recips]
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ''
    b = right[i] if i < len(right) else ''
    out.append((a.ljust(44) + b.center(W - 44)).rstrip())
open(os.path.join(outdir, meta['out']), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('wrote', meta['out'])
