"""Tiny parser for the src/*.txt markup shared by the Python generators.
Lines: '@key: value' meta; '# ' / '## ' headings; '- ' bullets; '| ... |' table rows;
'[ảnh] ' photo captions; '@table: caption' starts a table; blank line separates paragraphs."""
def parse(path):
    meta, blocks = {}, []
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if not ln:
            i += 1; continue
        if ln.startswith('@') and ':' in ln:
            k, v = ln[1:].split(':', 1)
            k, v = k.strip(), v.strip()
            if k in ('table', 'tablecaption'):
                rows = []
                i += 1
                while i < len(lines) and lines[i].startswith('|'):
                    rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')]); i += 1
                blocks.append(('table', v, rows)); continue
            meta.setdefault(k, []).append(v)
        elif ln.startswith('## '): blocks.append(('h2', ln[3:]))
        elif ln.startswith('# '): blocks.append(('h1', ln[2:]))
        elif ln.startswith('#'): blocks.append(('h2', ln[1:]))
        elif ln.startswith('- '): 
            items = []
            while i < len(lines) and lines[i].startswith('- '):
                items.append(lines[i][2:].strip()); i += 1
            blocks.append(('ul', items)); continue
        elif ln.startswith('[ảnh] '): blocks.append(('img', ln[6:]))
        else: blocks.append(('p', ln))
        i += 1
    return {k: (v if len(v) > 1 else v[0]) for k, v in meta.items()}, blocks, meta
