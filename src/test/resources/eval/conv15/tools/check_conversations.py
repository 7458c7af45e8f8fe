#!/usr/bin/env python3
"""Validate conversations.tsv of blind conversation set 15.

Usage: python3 tools/check_conversations.py [conversations.tsv] [given_dir]
Prints PASS, or the list of problems (exit code 1).
"""
import glob
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'conversations.tsv')
GIVEN = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, 'given')

HEADER = [
    '# Blind conversation set 15 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    '# conversation\tquestion\tkind\ttags\tread_as\tfacts',
]
KINDS = {'new', 'pronoun', 'ellipsis', 'substitution', 'request'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'typo', 'english', 'paraphrase', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
ABBREV = {'hn', 'bng', 'ng', 'ttg', 'ptt', 'bt', 'hdba', 'lhq', 'tbt', 'vn', 'ubnd', 'tt', 'pm', 'k', 'ko'}
SUBST_MARK = re.compile(r'(^|\s)(con|thi sao|the con|what about|how about)(\s|$|\?)')

MIN = {'conversations': 45, 'turns': 200, 'pronoun': 35, 'ellipsis': 30,
       'substitution': 25, 'request': 15, 'mid_new': 15, 'refuse': 25}
MAX_FACT_WORDS = 6


def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = s.replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip()


def has_diacritics(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith('L') for c in s)


def found(fact_norm, text_norm):
    pat = r'(?<![0-9a-z])' + re.escape(fact_norm) + r'(?![0-9a-z])'
    return re.search(pat, text_norm) is not None


def main():
    problems = []
    reports = OrderedDict()
    for f in sorted(glob.glob(os.path.join(GIVEN, '*.txt'))):
        with open(f, encoding='utf-8') as fh:
            reports[os.path.basename(f)] = norm(fh.read())
    if len(reports) != 5:
        problems.append('expected 5 reports in %s, found %d' % (GIVEN, len(reports)))

    with open(TSV, encoding='utf-8') as fh:
        raw = fh.read()
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i in range(4):
            got = lines[i] if i < len(lines) else '<missing>'
            if got != HEADER[i]:
                problems.append('header line %d differs: %r' % (i + 1, got))

    convs = OrderedDict()
    seen_closed = set()
    last = None
    kinds = Counter()
    tags = Counter()
    reasons = Counter()
    mid_new = 0
    refuse_followups = 0
    accentless = 0
    rows = 0
    for ln, line in enumerate(lines[4:], start=5):
        if not line.strip():
            problems.append('line %d: empty line' % ln)
            continue
        cols = line.split('\t')
        if len(cols) != 6:
            problems.append('line %d: %d columns, expected 6' % (ln, len(cols)))
            continue
        cid, q, kind, tg, ra, facts = cols
        rows += 1
        where = 'line %d (%s)' % (ln, cid)
        for name, val in zip(('conversation', 'question', 'kind', 'tags', 'read_as', 'facts'), cols):
            if val != val.strip() or not val:
                problems.append('%s: column %s empty or padded' % (where, name))
        if not re.fullmatch(r'c\d{2,3}', cid):
            problems.append('%s: bad conversation id' % where)
        if cid != last:
            if cid in seen_closed or cid in convs:
                problems.append('%s: conversation turns not consecutive' % where)
            if last is not None:
                seen_closed.add(last)
            last = cid
        turn_no = len(convs.setdefault(cid, []))
        convs[cid].append(kind)

        if kind not in KINDS:
            problems.append('%s: bad kind %r' % (where, kind))
        kinds[kind] += 1
        if turn_no == 0 and kind != 'new':
            problems.append('%s: first turn must be new' % where)
        if turn_no > 0 and kind == 'new':
            mid_new += 1

        tag_list = [] if tg == '-' else tg.split(',')
        for t in tag_list:
            if t not in TAGS:
                problems.append('%s: bad tag %r' % (where, t))
            tags[t] += 1
        if len(set(tag_list)) != len(tag_list):
            problems.append('%s: duplicate tag' % where)

        # tag consistency
        if 'accentless' in tag_list:
            accentless += 1
            if has_diacritics(q):
                problems.append('%s: tagged accentless but question has diacritics' % where)
        elif 'english' not in tag_list and not has_diacritics(q):
            problems.append('%s: question has no diacritics but no accentless/english tag' % where)
        if 'abbrev' in tag_list:
            toks = set(re.findall(r'[a-z0-9]+', norm(q)))
            if not toks & ABBREV:
                problems.append('%s: tagged abbrev but no known abbreviation' % where)
        if kind == 'substitution' and not SUBST_MARK.search(norm(q)):
            problems.append('%s: substitution without còn/thế còn/thì sao marker' % where)

        if not has_diacritics(ra):
            problems.append('%s: read_as must be Vietnamese with diacritics' % where)
        if kind == 'new' and 'english' not in tag_list and 'typo' not in tag_list \
                and 'accentless' not in tag_list and norm(q) != norm(ra) and turn_no == 0:
            pass  # read_as may add the conference/year context

        # facts
        if facts.startswith('refuse:'):
            reason = facts[len('refuse:'):]
            if reason not in REASONS:
                problems.append('%s: bad refuse reason %r' % (where, reason))
            reasons[reason] += 1
            if turn_no > 0:
                refuse_followups += 1
            if reason == 'false_premise' and 'premise' not in tag_list:
                problems.append('%s: false_premise turn should carry the premise tag' % where)
        else:
            if 'premise' in tag_list:
                problems.append('%s: premise tag on a non-refuse turn' % where)
            groups = facts.split(' && ')
            for g in groups:
                alts = g.split(' | ')
                for a in alts:
                    a_s = a.strip()
                    if not a_s or a_s != a:
                        problems.append('%s: empty/padded fact alternative in %r' % (where, g))
                        continue
                    if '&&' in a_s or '|' in a_s.replace(' | ', ''):
                        problems.append('%s: malformed separators in %r' % (where, facts))
                    nw = len(a_s.split())
                    if nw > MAX_FACT_WORDS:
                        problems.append('%s: fact %r has %d words (max %d)' % (where, a_s, nw, MAX_FACT_WORDS))
                    fn = norm(a_s)
                    hits = [n for n, t in reports.items() if found(fn, t)]
                    if not hits:
                        problems.append('%s: fact %r not found in any report' % (where, a_s))
                    elif len(hits) == len(reports):
                        problems.append('%s: fact %r appears in every report (not discriminating)' % (where, a_s))

    # per-conversation checks
    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            problems.append('%s: %d turns (need 3-6)' % (cid, len(ks)))
    ids = list(convs)
    expect = ['c%02d' % i for i in range(1, len(ids) + 1)]
    if ids != expect:
        problems.append('conversation ids are not c01..c%02d in order' % len(ids))

    refuse_total = sum(reasons.values())
    counts = {'conversations': len(convs), 'turns': rows, 'pronoun': kinds['pronoun'],
              'ellipsis': kinds['ellipsis'], 'substitution': kinds['substitution'],
              'request': kinds['request'], 'mid_new': mid_new, 'refuse': refuse_total}
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append('count %s = %d < %d' % (k, counts[k], v))
    for r in REASONS:
        if reasons[r] < 5:
            problems.append('refuse reason %s used %d times (< 5)' % (r, reasons[r]))
    if refuse_total and refuse_followups * 2 <= refuse_total:
        problems.append('most refuse turns should be follow-ups (%d of %d)' % (refuse_followups, refuse_total))
    if rows:
        share = accentless / rows
        if not 0.4 <= share <= 0.6:
            problems.append('accentless share %.2f not about half' % share)
    for t, lo in (('abbrev', 30), ('telegraphic', 15), ('typo', 3), ('english', 3)):
        if tags[t] < lo:
            problems.append('tag %s used %d times (< %d)' % (t, tags[t], lo))

    print('conversations: %d, turns: %d' % (len(convs), rows))
    print('kinds: ' + ', '.join('%s=%d' % (k, kinds[k]) for k in sorted(KINDS)) +
          ', new in middle=%d' % mid_new)
    print('tags: ' + ', '.join('%s=%d' % (t, tags[t]) for t in sorted(TAGS)) +
          ', accentless share=%.2f' % (accentless / rows if rows else 0))
    print('refuse: total=%d (follow-ups %d); ' % (refuse_total, refuse_followups) +
          ', '.join('%s=%d' % (r, reasons[r]) for r in sorted(REASONS)))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print('  - ' + p)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
