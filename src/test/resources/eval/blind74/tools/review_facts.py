#!/usr/bin/env python3
"""Aid for the hand check by meaning: for questions FROM..TO of src/questions_src.txt print the
question and, for every fact span, the passage of the named report where it matches
(accent-stripped text).  usage: review_facts.py FROM TO"""
import sys
sys.path.insert(0,'.')
import check_questions as c, make_questions as m
texts=c.load_reports()
names=m.report_names()
rows=m.read_source()
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for k,r in enumerate(rows,1):
    if not lo<=k<=hi: continue
    print(f"[{k}] {r['form']} | {r['reports']} | {r['question']}")
    if r['form']=='refuse':
        print(f"     -> {r['facts']} token={r['token']}"); continue
    for g in r['facts'].split(' && '):
        for a in g.split(' | '):
            rx=c.span_regex(a)
            for i in r['reports'].split(','):
                t=texts[names[i]]; mm=rx.search(t)
                if mm:
                    print(f"     {a!r} @{i}: ...{t[max(0,mm.start()-70):mm.end()+40]}...")
                    break
