#!/usr/bin/env python3
"""Build reports 008 (.md), 009 (official report, Decree 30/2020 template, hard-wrapped .txt)
and 010 (biên bản / meeting minutes .txt) from the plain sources in src/."""
import pathlib, textwrap
ROOT = pathlib.Path(__file__).resolve().parent.parent
W = 76

# 008: Markdown export (the source is already Markdown; normalise line endings only)
md = (ROOT / 'src/008_ttdn.md.txt').read_text(encoding='utf-8').replace('\r\n', '\n')
(ROOT / 'reports/008_b712617eb29ea556.md').write_text(md, encoding='utf-8')

def wrap(text, indent='', first=''):
    return textwrap.fill(text, width=W, initial_indent=first or indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)

def two_col(left, right, lw=34, ljust=False):
    n = max(len(left), len(right)); out = []
    for i in range(n):
        l = left[i] if i < len(left) else ''; r = right[i] if i < len(right) else ''
        out.append(((l.ljust(lw) if ljust else l.center(lw)) + r.center(W - lw)).rstrip())
    return out

def parse(name):
    meta, body = {}, []
    for line in (ROOT / 'src' / name).read_text(encoding='utf-8').split('\n'):
        if not line.strip(): continue
        if line.startswith('@'):
            k, v = line[1:].split(':', 1); meta[k.strip()] = v.strip()
        else: body.append(line.rstrip())
    return meta, body

# 009: official report
m, body = parse('009_le_tan.txt')
out = two_col([m['org1'], '-------', m['number']], [m['motto1'], m['motto2'], '---------------', m['placedate']], lw=30)
out += ['', m['kind'].center(W), m['subject'].center(W), '', m['to'].center(W), '']
for l in body:
    if l.startswith('#1 ') or l.startswith('#2 '): out.append(l[3:])
    elif l[:2] in ('a)', 'b)', 'c)', 'd)') or (l[0].isdigit() and l[1] == '.'): out.append(wrap(l, indent='    ', first='    '))
    else: out.append(wrap(l, first='      '))
out.append('')
rec = ['Nơi nhận:'] + ['- ' + r for r in m['recipients'].split('|')]
sig = m['signer'].split('|'); sig = sig[:3] + ['', ''] + sig[3:]
out += two_col(rec, sig, lw=42, ljust=True)
(ROOT / 'reports/009_00d37f7820e4be95.txt').write_text('\n'.join(out) + '\n', encoding='utf-8')

# 010: biên bản with a table of attendees
m, body = parse('010_bien_ban.txt')
out = two_col(m['left'].split('|'), m['right'].split('|'), lw=38)
out += ['', m['title'].center(W), wrap(m['subtitle']).center(W), '']
rows = []
def flush():
    global rows
    if not rows: return
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out.append(sep)
    for k, r in enumerate(rows):
        out.append('| ' + ' | '.join(c.ljust(w) for c, w in zip(r, widths)) + ' |')
        if k == 0: out.append(sep.replace('-', '='))
    out.append(sep); rows = []
for l in body:
    if l.startswith('|'): rows.append([c.strip() for c in l[1:].split('|')]); continue
    flush()
    if l.startswith('#1 ') or l.startswith('#2 '): out += ['', l[3:]]
    elif l.startswith('- '): out.append(wrap(l[2:], indent='  ', first='- '))
    else: out.append(wrap(l, first='   '))
flush()
s = m['signer'].split('||'); a, b = s[1].split('|'), s[0].split('|')
out += [''] + two_col([a[0], '', '(đã ký)', '', a[1]], [b[0], b[1], '(đã ký)', '', b[2]], lw=38)
(ROOT / 'reports/010_34e2483f1e554c78.txt').write_text('\n'.join(out) + '\n', encoding='utf-8')
print('wrote 008 009 010')
