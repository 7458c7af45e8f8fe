#!/usr/bin/env python3
"""Build report (e): official report typed on the Decree 30/2020 template, plain text."""
import sys, os, re, unicodedata
src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for ln in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^@([a-z_]+): (.*)$', ln)
    if m and not body:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(ln)

def w(s):  # display width (NFC, one column per char)
    return len(unicodedata.normalize('NFC', s))
def center(s, width):
    pad = max(0, (width - w(s)) // 2)
    return ' ' * pad + s
def two_col(left, right, lw=34, rw=46):
    l = center(left, lw); l = l + ' ' * max(1, lw - w(l))
    return (l + center(right, rw)).rstrip()

L = []
L.append(two_col(meta['issuer_parent'], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
L.append(two_col(meta['issuer'], 'Độc lập - Tự do - Hạnh phúc'))
L.append(two_col('-------', '---------------'))
L.append(two_col(meta['number'], meta['place_date']))
L.append('')
L.append(center(meta['doc_type'], 80))
for part in meta['subject'].split('||'):
    L.append(center(part.strip(), 80))
L.append(center('-----------', 80))
L.append('')
tos = meta['to'].split('|')
L.append(' ' * 14 + 'Kính gửi:')
for t in tos:
    L.append(' ' * 24 + '- ' + t)
L.append('')
for ln in body:
    if not ln.strip():
        continue
    if ln.startswith('# '):
        L.append(ln[2:])
    else:
        L.append('    ' + ln)
L.append('')
rec = meta['recipients'].split('|')
right = [meta['sign_role'], '', '(Đã ký và đóng dấu)', '', '', meta['sign_name']]
left = ['Nơi nhận:'] + ['- ' + r for r in rec]
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ''
    b = right[i] if i < len(right) else ''
    L.append((a + ' ' * max(1, 44 - w(a)) + center(b, 36)).rstrip())
open(out, 'w', encoding='utf-8', newline='\r\n').write('\n'.join(L) + '\n')
print('wrote', out)
