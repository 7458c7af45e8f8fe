#!/usr/bin/env python3
"""Print per-form, per-tag, per-reason and per-report counts of questions.tsv."""
import collections, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows=[l.rstrip('\n').split('\t') for l in open(os.path.join(ROOT,'questions.tsv'),encoding='utf-8') if l.strip() and not l.startswith('#')]
print('total',len(rows),'answerable',sum(r[1]!='refuse' for r in rows),'refuse',sum(r[1]=='refuse' for r in rows))
print('forms',sorted(collections.Counter(r[1] for r in rows).items(),key=lambda x:-x[1]))
print('tags',sorted(collections.Counter(t for r in rows for t in r[2].split(',') if t!='-').items(),key=lambda x:-x[1]))
print('untagged',sum(r[2]=='-' for r in rows))
print('reasons',dict(collections.Counter(r[4] for r in rows if r[1]=='refuse')))
print('reports',sorted(collections.Counter(f for r in rows for f in r[3].split(',') if f!='-').items()))
