"""Tiny parser for the report source files in src/.
Format: '@key: value' metadata lines, then blocks separated by blank lines.
Block kinds: '# ' h1, '## ' h2, '! ' figure caption, '- ' bullet list, '1. ' numbered list,
'| ' table rows, anything else = paragraph (one line = one paragraph)."""
import re

def parse(path):
    meta, lines = {}, []
    for ln in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'^@([a-z_]+): (.*)$', ln)
        if m and not lines:
            meta[m.group(1)] = m.group(2)
        else:
            lines.append(ln)
    blocks = []
    for ln in lines:
        if not ln.strip():
            continue
        if ln.startswith('## '):
            blocks.append(('h2', ln[3:]))
        elif ln.startswith('# '):
            blocks.append(('h1', ln[2:]))
        elif ln.startswith('! '):
            blocks.append(('fig', ln[2:]))
        elif ln.startswith('- '):
            if blocks and blocks[-1][0] == 'ul':
                blocks[-1][1].append(ln[2:])
            else:
                blocks.append(('ul', [ln[2:]]))
        elif re.match(r'^\d+\. ', ln):
            item = re.sub(r'^\d+\. ', '', ln)
            if blocks and blocks[-1][0] == 'ol':
                blocks[-1][1].append(item)
            else:
                blocks.append(('ol', [item]))
        elif ln.startswith('|'):
            cells = [c.strip() for c in ln.strip().strip('|').split('|')]
            if set(''.join(cells)) <= set('-:'):
                continue
            if blocks and blocks[-1][0] == 'table':
                blocks[-1][1].append(cells)
            else:
                blocks.append(('table', [cells]))
        else:
            blocks.append(('p', ln))
    return meta, blocks
