#!/usr/bin/env python3
"""Build reports/010_*.txt: press-conference transcript (bản gỡ băng) with speaker labels and timestamps.
Timestamps are computed from a speaking rate of 2.6 words per second plus pauses."""
import os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lines = open(os.path.join(ROOT, 'src/010_hop_bao_nvnonn_2024.txt'), encoding='utf-8').read().split('\n')
meta, speakers, turns = {}, {}, []
for ln in lines:
    if ln.startswith('@speaker:'):
        k, v = ln.split(':', 1)[1].strip().split('=', 1); speakers[k] = v
    elif ln.startswith('@'):
        k, v = ln[1:].split(':', 1); meta[k.strip()] = v.strip()
    elif '|' in ln:
        who, txt = ln.split('|', 1); turns.append((who, txt.strip()))
out = [meta['title'], '', 'Thời gian: ' + meta['time'], 'Địa điểm: ' + meta['place'], 'Chủ trì: ' + meta['host'], 'Tham dự trả lời:']
out += ['  - ' + p for p in meta['panel'].split('|')]
out += ['Ghi chú: ' + meta['transcriber'], '', '=' * 72, '']
t = 45  # recording starts 45 s before the host speaks
for who, txt in turns:
    h, m, s = t // 3600, t % 3600 // 60, t % 60
    label = f'[{h:02d}:{m:02d}:{s:02d}] {speakers[who]}:'
    out.append(label)
    out += textwrap.wrap(txt, 76, initial_indent='    ', subsequent_indent='    ')
    out.append('')
    t += int(len(txt.split()) / 2.6) + 6
out += ['[Hết băng]', '']
path = os.path.join(ROOT, 'reports/010_go_bang_hop_bao_nvnonn_2024.txt')
open(path, 'w', encoding='utf-8').write('\n'.join(out))
print('wrote', path)
