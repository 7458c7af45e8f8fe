#!/usr/bin/env python3
"""Markdown export: the source already is the export (YAML front matter + pipe tables); normalise line endings."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
s = open(os.path.join(ROOT, 'src/008_hoi_thao_30_nam_asean.md'), encoding='utf-8').read()
s = s.replace('\r\n', '\n').rstrip('\n') + '\n'
out = os.path.join(ROOT, 'reports/008_hoi-thao-30-nam-asean.md')
open(out, 'w', encoding='utf-8').write(s)
print('wrote', out)
