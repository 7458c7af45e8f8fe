#!/usr/bin/env python3
"""Hard-wrap the official report source at 80 columns.
Lines starting with '=' are kept verbatim (without the '='); other paragraphs
(separated by blank lines) are wrapped with textwrap at width 79."""
import sys, textwrap
src, dst = sys.argv[1], sys.argv[2]
out, para = [], []
def flush():
    if para:
        out.extend(textwrap.wrap(' '.join(para), width=79, break_long_words=False, break_on_hyphens=False))
        out.append('')
        para.clear()
for line in open(src, encoding='utf-8').read().split('\n'):
    if line.startswith('='):
        flush(); out.append(line[1:].rstrip())
    elif not line.strip():
        flush()
    else:
        para.append(line.strip())
flush()
while out and not out[-1]:
    out.pop()
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
