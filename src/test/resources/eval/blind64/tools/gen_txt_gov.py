"""Builds reports/009_*.txt: an official report typed on the Decree 30/2020 template (plain text)."""
import re, sys, unicodedata
src, out = sys.argv[1:3]
meta, body = {}, []
for line in open(src, encoding='utf-8').read().splitlines():
    m = re.match(r'^@(\w+):\s*(.*)$', line)
    if m:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(line)
W = 40
def two(left, right):
    return left.center(W) + right.center(W + 6)
lines = [
    two(meta['issuer1'], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    two(meta['issuer2'], 'Độc lập - Tự do - Hạnh phúc'),
    two('-------', '---------------'),
    two(meta['number'], meta['placedate']),
    '', '',
    meta['doctype'].center(86),
    meta['subject'].center(86),
    '', ('Kính gửi: ' + meta['to']).center(86), '',
]
for l in body:
    l = re.sub(r'^#{1,3}\s+', '', l)          # headings are typed as plain numbered lines
    l = re.sub(r'^- ', '- ', l)
    if l and not re.match(r'^(I|II|III|IV|V)\. |^\d\. ', l) and not l.startswith('- '):
        l = '    ' + l                        # first-line indent
    lines.append(l)
lines += ['', '']
rec = ['Nơi nhận:'] + ['- ' + r.strip() for r in meta['recipients'].split('|')]
sig = [meta['signer1'], meta['signer2'], meta['signer3'], '', '(Đã ký)', '', '', meta['signername']]
for i in range(max(len(rec), len(sig))):
    a = rec[i] if i < len(rec) else ''
    b = sig[i] if i < len(sig) else ''
    lines.append(a.ljust(40) + b.center(46))
text = '\r\n'.join(x.rstrip() for x in lines) + '\r\n'
open(out, 'w', encoding='utf-8').write(text)
