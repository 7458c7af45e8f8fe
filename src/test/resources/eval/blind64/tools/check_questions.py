"""Validates questions.tsv against the reports. Prints per-form/tag/report counts and PASS or FAIL."""
import collections, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import text_of, tokens, contains
from make_questions import read_src, strip_accents, IDS

ROOT = Path(__file__).resolve().parent.parent
FORMS = 'presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse'.split()
TAGS = set('accentless abbrev english typo telegraphic paraphrase confusable premise near-miss'.split())
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

errors = []
def err(n, msg):
    errors.append(f'row {n}: {msg}')

reports = {p.name: tokens(text_of(p)) for p in sorted((ROOT / 'reports').iterdir()) if p.is_file()}
assert len(reports) == 11, f'expected 11 reports, found {len(reports)}'
for name in IDS.values():
    assert name in reports, name
for g in (ROOT / 'given').iterdir():
    if (ROOT / 'reports' / g.name).read_bytes() != g.read_bytes():
        errors.append(f'{g.name} differs from given/')

rows = []
for n, line in enumerate((ROOT / 'questions.tsv').read_text(encoding='utf-8').splitlines(), 1):
    if not line.strip() or line.startswith('#'):
        continue
    cols = line.split('\t')
    if len(cols) != 5 or any(not c.strip() for c in cols):
        err(n, f'expected 5 non-empty columns: {line!r}'); continue
    rows.append((n, cols))
src = read_src(ROOT / 'src' / 'questions_src.txt')
if len(src) != len(rows):
    errors.append(f'questions.tsv has {len(rows)} rows but src has {len(src)} (rebuild with make_questions.py)')

def has_diacritics(s):
    return strip_accents(s) != s

seen = set()
form_c, tag_c, rep_c, reason_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for (n, (q, form, tags, rep, facts)), s in zip(rows, src):
    qn = strip_accents(q).lower()
    if qn in seen: err(n, 'duplicate question')
    seen.add(qn)
    if q not in (s['q'], strip_accents(s['q'])): err(n, 'row does not match src (order changed?)')
    if form not in FORMS: err(n, f'bad form {form}')
    form_c[form] += 1
    tl = [] if tags == '-' else tags.split(',')
    for t in tl:
        if t not in TAGS: err(n, f'bad tag {t}')
        tag_c[t] += 1
    if 'accentless' in tl and has_diacritics(q): err(n, 'accentless row still has diacritics')
    if 'accentless' not in tl and 'english' not in tl and not has_diacritics(q): err(n, 'row without diacritics is not tagged accentless')
    if form == 'refuse':
        if rep != '-': err(n, 'refuse row must have report "-"')
        if facts not in REASONS: err(n, f'bad reason code {facts}')
        reason_c[facts] += 1
        terms = [t.strip() for t in s['absent'].split(';') if t.strip() and t.strip() != '-']
        if facts == 'not_in_corpus' and not terms: err(n, 'not_in_corpus row needs its distinguishing term(s)')
        for t in terms:
            hits = [r for r, toks in reports.items() if contains(toks, t)]
            if hits: err(n, f'distinguishing term {t!r} occurs in {hits}')
        continue
    if rep == '-' or facts in REASONS: err(n, 'answerable row needs report(s) and facts'); continue
    names = [x.strip() for x in rep.split(',')]
    for r in names:
        if r not in reports: err(n, f'unknown report {r}')
        rep_c[r] += 1
    groups = [g.strip() for g in facts.split(' && ')]
    if len(groups) > 3: err(n, 'more than 3 fact groups')
    for g in groups:
        alts = [a.strip() for a in g.split(' | ')]
        if not any(a and contains(reports.get(r, []), a) for a in alts for r in names):
            err(n, f'fact group {g!r} not found in {names}')

total = sum(form_c.values())
print(f'rows: {total}  answerable: {total - form_c["refuse"]}  refuse: {form_c["refuse"]}  {dict(reason_c)}')
print('forms:', ', '.join(f'{f}={form_c[f]}' for f in FORMS))
print('tags :', ', '.join(f'{t}={tag_c[t]}' for t in sorted(TAGS)), f'(none={sum(1 for _, c in rows if c[2] == "-")})')
print('rows per report:')
for r in sorted(reports): print(f'  {rep_c[r]:3d}  {r}')
for r in sorted(reports):
    if rep_c[r] < 18: errors.append(f'report {r} has only {rep_c[r]} rows (< 18)')
if errors:
    print('\n'.join(errors)); print(f'FAIL ({len(errors)} problems)'); sys.exit(1)
print('PASS')
