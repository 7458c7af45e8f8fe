#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 41.

- format: exactly the 4 comment lines, 6 tab-separated columns, ids c01..c48 consecutive,
  first turn of each conversation is `new`, kinds/tags from the allowed sets, accentless
  questions carry no diacritics, read_as has diacritics and (for follow-ups) is longer than
  the question;
- facts: every span is 1-6 syllables, does not end with '.', and every fact group has at least one
  alternative that matches as a whole word (accent/case-insensitive, not glued to '/' or '-'
  inside a word) in the turn's report (report index taken from build_conversations.py);
- refusals: refuse:<reason> only; every not_in_corpus turn's distinguishing token is absent from
  all five reports;
- prints counts by kind, by report, refusals, tags.
"""
import collections
import glob
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..'))
TSV = os.path.join(ROOT, 'conversations.tsv')
REPORTS = sorted(glob.glob(os.path.join(ROOT, 'given', '0*.txt')))
KINDS = ['new', 'pronoun', 'ellipsis', 'substitution', 'request']
TAGS = {'accentless', 'abbrev', 'telegraphic', 'typo', 'english', 'premise', 'near-miss', 'paraphrase'}
REFUSE = {'refuse:not_reported', 'refuse:not_in_corpus', 'refuse:false_premise'}


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()


def whole_word(span, text):
    n = re.escape(norm(span))
    # not preceded/followed by a letter/digit, nor by '/' or '-' glued to a letter/digit
    pat = r'(?<![0-9a-z])(?<![0-9a-z][/-])' + n + r'(?![0-9a-z])(?![/-][0-9a-z])'
    return re.search(pat, text) is not None


def syllables(span):
    return len([w for w in span.split() if re.search(r'\w', w)])


def main():
    errors = []
    texts = [norm(open(p, encoding='utf-8').read()) for p in REPORTS]
    assert len(texts) == 5, REPORTS
    lines = open(TSV, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        errors.append('header lines differ')
    body = lines[4:]
    if any(l.startswith('#') for l in body):
        errors.append('extra comment lines')
    meta = B.rows()
    if len(meta) != len(body):
        errors.append('row count %d != data %d' % (len(body), len(meta)))
    prev_cid, seen = None, []
    kinds = collections.Counter()
    by_rep = collections.Counter()
    kind_rep = collections.Counter()
    refusals = collections.Counter()
    tagc = collections.Counter()
    for i, (line, m) in enumerate(zip(body, meta), 1):
        cols = line.split('\t')
        where = 'row %d' % i
        if len(cols) != 6:
            errors.append('%s: %d columns' % (where, len(cols)))
            continue
        cid, q, kind, tags, read_as, facts = cols
        where = '%s %s' % (where, cid)
        if (cid, q, kind, tags, read_as, facts) != tuple(m[k] for k in
                                                         ('conversation', 'question', 'kind', 'tags', 'read_as', 'facts')):
            errors.append('%s: TSV differs from build data (rebuild)' % where)
        if cid != prev_cid:
            if cid in seen:
                errors.append('%s: conversation not consecutive' % where)
            seen.append(cid)
            if kind != 'new':
                errors.append('%s: first turn not new' % where)
            prev_cid = cid
        if kind not in KINDS:
            errors.append('%s: bad kind %s' % (where, kind))
        tl = [] if tags == '-' else tags.split(',')
        if tags != '-' and (not tl or not set(tl) <= TAGS or len(set(tl)) != len(tl)):
            errors.append('%s: bad tags %s' % (where, tags))
        for t in tl:
            tagc[t] += 1
        if not q.strip() or not read_as.strip():
            errors.append('%s: empty question/read_as' % where)
        if 'accentless' in tl and norm(q) != q.lower().strip() and q != B.strip_accents(q):
            errors.append('%s: accentless question has diacritics' % where)
        if 'accentless' in tl and 'english' in tl:
            errors.append('%s: accentless and english' % where)
        if 'english' not in tl and 'accentless' not in tl and q == B.strip_accents(q) \
                and re.search(r'[a-z]{3}', q):
            errors.append('%s: Vietnamese turn without diacritics but not tagged accentless' % where)
        if read_as == B.strip_accents(read_as):
            errors.append('%s: read_as lacks diacritics' % where)
        if kind != 'new' and len(read_as) <= len(q):
            errors.append('%s: read_as not longer than follow-up question' % where)
        rep = m['report']
        kinds[kind] += 1
        by_rep[rep] += 1
        kind_rep[(kind, rep)] += 1
        if facts.startswith('refuse'):
            if facts not in REFUSE:
                errors.append('%s: bad refusal %s' % (where, facts))
            refusals[facts] += 1
            if facts == 'refuse:not_in_corpus':
                if not m['absent']:
                    errors.append('%s: not_in_corpus without distinguishing token' % where)
                if 'near-miss' not in tl:
                    errors.append('%s: not_in_corpus not tagged near-miss' % where)
                for tok in m['absent']:
                    if norm(tok) not in norm(read_as):
                        errors.append('%s: token %r not in read_as' % (where, tok))
                    for ri, tx in enumerate(texts):
                        if whole_word(tok, tx):
                            errors.append('%s: token %r present in R%d' % (where, tok, ri))
            elif m['absent']:
                errors.append('%s: absent tokens on non-not_in_corpus turn' % where)
            if facts == 'refuse:false_premise' and 'premise' not in tl:
                errors.append('%s: false_premise not tagged premise' % where)
            continue
        if 'near-miss' in tl or 'premise' in tl:
            errors.append('%s: near-miss/premise tag on answerable turn' % where)
        for group in facts.split(' && '):
            alts = group.split(' | ')
            ok = False
            for a in alts:
                if a != a.strip() or not a:
                    errors.append('%s: whitespace in span %r' % (where, a))
                n = syllables(a)
                if not 1 <= n <= 6:
                    errors.append('%s: span %r has %d syllables' % (where, a, n))
                if a.endswith('.') or a.endswith('/') or a.endswith('-'):
                    errors.append('%s: span %r ends with punctuation' % (where, a))
                if whole_word(a, texts[rep]):
                    ok = True
                else:
                    errors.append('%s: span %r not found as whole word in R%d' % (where, a, rep))
            if not ok:
                errors.append('%s: group %r unmatched' % (where, group))
    convs = collections.Counter(m['conversation'] for m in meta)
    if sorted(convs) != ['c%02d' % i for i in range(1, 49)]:
        errors.append('conversation ids are not c01..c48')
    for c, n in convs.items():
        if not 4 <= n <= 6:
            errors.append('%s has %d turns' % (c, n))
    total = len(meta)
    print('turns', total, 'conversations', len(convs))
    print('kinds', dict(kinds))
    print('by report', {('R%d' % k): v for k, v in sorted(by_rep.items())})
    print('kind x report')
    for k in KINDS:
        print('  %-12s' % k, ' '.join('R%d=%-3d' % (r, kind_rep[(k, r)]) for r in range(5)))
    print('refusals', sum(refusals.values()), dict(refusals))
    print('tags', dict(tagc))
    print('accentless share %.2f, english share %.2f' % (tagc['accentless'] / total, tagc['english'] / total))
    print('new mid-conversation', kinds['new'] - len(convs))
    if errors:
        print('\n'.join('ERROR ' + e for e in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
