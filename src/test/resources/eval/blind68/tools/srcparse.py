"""Tiny parser for the report sources in src/ (shared by the python generators).
Format: '@key: value' metadata lines (repeatable), '#'/'##' headings, '- ' bullets,
'1. ' numbered items, '| a | b |' table rows, '[img] caption', blank-line separated paragraphs."""
import re

def parse(path):
    meta, blocks = {}, []
    for raw in open(path, encoding='utf-8').read().split('\n'):
        line = raw.rstrip()
        m = re.match(r'^@([a-z_]+):\s?(.*)$', line)
        if m:
            meta.setdefault(m.group(1), []).append(m.group(2))
            continue
        if not line.strip():
            continue
        if line.startswith('## '):
            blocks.append(('h2', line[3:]))
        elif line.startswith('# '):
            blocks.append(('h1', line[2:]))
        elif line.startswith('- '):
            blocks.append(('bullet', line[2:]))
        elif re.match(r'^\d+\. ', line):
            blocks.append(('num', re.sub(r'^\d+\. ', '', line)))
        elif line.startswith('|'):
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if all(re.fullmatch(r'-+', c) for c in cells):
                continue
            if blocks and blocks[-1][0] == 'table':
                blocks[-1][1].append(cells)
            else:
                blocks.append(('table', [cells]))
        elif line.startswith('[img] '):
            blocks.append(('img', line[6:]))
        else:
            blocks.append(('p', line))
    m1 = {k: v[0] for k, v in meta.items()}
    return m1, meta, blocks
