#!/usr/bin/env python3
"""src/questions_src.txt -> questions.tsv
Source rows: question(with diacritics) TAB form TAB tags TAB report-ids TAB facts [TAB probes]
* report ids are the 3-digit prefixes of the files in reports/ (e.g. 000,005) and are expanded to file names;
* questions tagged 'accentless' lose their diacritics (đ -> d);
* the 6th column (refuse probes, used only by check_questions.py) is dropped."""
import os, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, out = sys.argv[1], sys.argv[2]
files = {f[:3]: f for f in os.listdir(os.path.join(ROOT, 'reports'))}

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return unicodedata.normalize('NFC', ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn'))

HEADER = """# blind63 — blind evaluation set for the Vietnamese MFA conference-report QA bot
# Columns (TAB-separated): question, form, tags, report, facts
#   form   : presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse
#   tags   : accentless abbrev english typo telegraphic paraphrase confusable premise near-miss (comma-separated, '-' for none)
#   report : file name(s) in reports/ that answer the question, comma-separated; '-' for rows that must be refused
#   facts  : answerable rows: groups joined by ' && ' (all required), alternatives by ' | ', spans as written in the report
#            (matching ignores accents/case, whole words); refuse rows: not_in_corpus | false_premise | not_reported
# Generated from src/questions_src.txt by tools/make_questions.py — edit the source, not this file.
"""
rows = []
for line in open(src, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    c = line.split('\t')
    if len(c) < 5:
        sys.exit('bad source row: ' + line)
    q, form, tags, rep, facts = [x.strip() for x in c[:5]]
    if 'accentless' in tags.split(','):
        q = strip_accents(q)
    if rep != '-':
        rep = ','.join(files[r.strip()] for r in rep.split(','))
    rows.append('\t'.join([q, form, tags, rep, facts]))
open(out, 'w', encoding='utf-8').write(HEADER + '\n'.join(rows) + '\n')
print(f'wrote {len(rows)} rows to {out}')
