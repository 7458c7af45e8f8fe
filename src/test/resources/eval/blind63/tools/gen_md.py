#!/usr/bin/env python3
"""src/008_*.src.txt -> reports/008_*.md : a Markdown export with YAML front matter."""
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse, m1
src, out = sys.argv[1], sys.argv[2]
meta, _ = parse(src)
body = ''.join(l for l in open(src, encoding='utf-8') if not re.match(r'^@\w+:', l)).lstrip('\n')
tags = ', '.join(f'"{t.strip()}"' for t in m1(meta, 'tags').split(','))
fm = f'''---
title: "{m1(meta, 'title')}"
date: {m1(meta, 'date')}T09:30:00+07:00
author: "{m1(meta, 'author')}"
source: "{m1(meta, 'source')}"
slug: {m1(meta, 'slug')}
tags: [{tags}]
draft: false
---

'''
open(out, 'w', encoding='utf-8').write(fm + body)
