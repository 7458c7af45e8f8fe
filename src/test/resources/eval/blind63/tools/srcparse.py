"""Tiny parser for the src/*.src.txt markup shared by the generators.
Lines '@key: value' are metadata (repeatable); the body uses
'# ' / '## ' headings, '- ' bullets, 'N. ' numbered items, '| ' table rows,
'[ảnh] ' figure captions; blank lines separate paragraphs."""
import re

def parse(path):
    meta = {}
    blocks = []
    para = []
    def flush():
        if para:
            blocks.append(('p', ' '.join(para)))
            para.clear()
    with open(path, encoding='utf-8') as fh:
        for raw in fh:
            line = raw.rstrip('\n')
            m = re.match(r'^@(\w+):\s?(.*)$', line)
            if m and not blocks and not para:
                meta.setdefault(m.group(1), []).append(m.group(2))
                continue
            if not line.strip():
                flush(); continue
            if line.startswith('# '):
                flush(); blocks.append(('h1', line[2:].strip()))
            elif line.startswith('## '):
                flush(); blocks.append(('h2', line[3:].strip()))
            elif line.startswith('- '):
                flush(); blocks.append(('li', line[2:].strip()))
            elif re.match(r'^\d+\. ', line):
                flush(); n, t = line.split('. ', 1); blocks.append(('ol', t.strip(), int(n)))
            elif line.startswith('|'):
                flush()
                cells = [c.strip() for c in line.strip().strip('|').split('|')]
                if all(re.fullmatch(r'-+', c) for c in cells):
                    continue
                if blocks and blocks[-1][0] == 'table':
                    blocks[-1][1].append(cells)
                else:
                    blocks.append(('table', [cells]))
            elif line.startswith('[ảnh] '):
                flush(); blocks.append(('fig', line[6:].strip()))
            else:
                para.append(line.strip())
    flush()
    return meta, blocks

def m1(meta, key, default=''):
    return meta.get(key, [default])[0]
