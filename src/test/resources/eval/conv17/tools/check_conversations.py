#!/usr/bin/env python3
"""Validate conversations.tsv against the five reports in given/. Prints PASS or the problems."""
import os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(BASE, 'conversations.tsv')
GIVEN = os.path.join(BASE, 'given')
HEADER = [
 "# Blind conversation set 17 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
 "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
 "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
 "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {'new', 'pronoun', 'ellipsis', 'substitution', 'request'}
TAGS = {'accentless', 'abbrev', 'telegraphic', 'typo', 'english', 'paraphrase', 'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}
MIN = {'conversations': 45, 'turns': 200, 'pronoun': 35, 'ellipsis': 30, 'substitution': 25,
       'request': 15, 'mid_new': 15, 'refuse': 25}

def norm(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r'\s+', ' ', s).strip()

def found(phrase, text):
    p = norm(phrase)
    if not p:
        return False
    return re.search(r'(?<!\w)' + re.escape(p) + r'(?!\w)', text) is not None

def has_diacritics(s):
    return any(ord(c) > 127 for c in s)

def main():
    problems = []
    reports = {}
    for fn in sorted(os.listdir(GIVEN)):
        with open(os.path.join(GIVEN, fn), encoding='utf-8') as f:
            reports[fn] = norm(f.read())
    if len(reports) != 5:
        problems.append(f"expected 5 reports in given/, found {len(reports)}")
    with open(TSV, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if lines[:4] != HEADER:
        problems.append("header is not exactly the required 4 lines")
    rows = []
    for n, line in enumerate(lines[4:], 5):
        cols = line.split('\t')
        if len(cols) != 6:
            problems.append(f"line {n}: {len(cols)} columns, expected 6")
            continue
        if any(c.strip() == '' or c != c.strip() for c in cols):
            problems.append(f"line {n}: empty column or stray whitespace")
        rows.append((n, cols))

    kinds, tags, reasons = Counter(), Counter(), Counter()
    convs = defaultdict(list)
    order, seen_closed = [], set()
    mid_new = refuse = refuse_followup = 0
    used_by_report = Counter()
    for n, (cid, q, kind, tg, read_as, facts) in rows:
        if not re.fullmatch(r'c\d{2,3}', cid):
            problems.append(f"line {n}: bad conversation id {cid!r}")
        if order and order[-1] != cid:
            seen_closed.add(order[-1])
        if cid in seen_closed:
            problems.append(f"line {n}: turns of {cid} are not consecutive")
        if not order or order[-1] != cid:
            order.append(cid)
        first = not convs[cid]
        convs[cid].append(n)
        if kind not in KINDS:
            problems.append(f"line {n}: bad kind {kind!r}")
        kinds[kind] += 1
        if first and kind != 'new':
            problems.append(f"line {n}: first turn of {cid} is {kind}, must be new")
        if not first and kind == 'new':
            mid_new += 1
        tl = [] if tg == '-' else tg.split(',')
        for t in tl:
            if t not in TAGS:
                problems.append(f"line {n}: bad tag {t!r}")
            tags[t] += 1
        if 'accentless' in tl and has_diacritics(q):
            problems.append(f"line {n}: tagged accentless but question has diacritics")
        if 'english' not in tl and 'accentless' not in tl and not has_diacritics(q) and re.search(r'[a-z]{3}', q.lower()):
            problems.append(f"line {n}: question has no diacritics but is not tagged accentless/english")
        if not has_diacritics(read_as):
            problems.append(f"line {n}: read_as has no diacritics")
        if facts.startswith('refuse:'):
            r = facts[len('refuse:'):]
            if r not in REASONS:
                problems.append(f"line {n}: bad refuse reason {r!r}")
            reasons[r] += 1
            refuse += 1
            if not first:
                refuse_followup += 1
            continue
        if 'refuse' in facts:
            problems.append(f"line {n}: malformed refuse field")
        for g in facts.split(' && '):
            alts = [a for a in g.split(' | ')]
            if any(a.strip() != a or not a for a in alts):
                problems.append(f"line {n}: malformed fact group {g!r}")
            for a in alts:
                where = [fn for fn, txt in reports.items() if found(a, txt)]
                if not where:
                    problems.append(f"line {n}: fact {a!r} not found in any report")
                elif len(where) == len(reports):
                    problems.append(f"line {n}: fact {a!r} appears in every report (not distinctive)")
                for fn in where:
                    used_by_report[fn] += 1

    for cid, ns in convs.items():
        if not 3 <= len(ns) <= 6:
            problems.append(f"{cid}: {len(ns)} turns, must be 3-6")
    counts = {'conversations': len(convs), 'turns': len(rows), 'pronoun': kinds['pronoun'],
              'ellipsis': kinds['ellipsis'], 'substitution': kinds['substitution'],
              'request': kinds['request'], 'mid_new': mid_new, 'refuse': refuse}
    for k, m in MIN.items():
        if counts[k] < m:
            problems.append(f"count {k} = {counts[k]} < {m}")
    for r in REASONS:
        if reasons[r] < 5:
            problems.append(f"refuse reason {r} used {reasons[r]} times (< 5)")
    if refuse and refuse_followup * 2 <= refuse:
        problems.append("most refuse turns should be follow-ups")
    if rows and not (0.35 <= tags['accentless'] / len(rows) <= 0.65):
        problems.append(f"accentless share {tags['accentless']}/{len(rows)} is not about half")
    for t in ('abbrev', 'telegraphic', 'typo', 'english'):
        if tags[t] < 2:
            problems.append(f"tag {t} used only {tags[t]} times")
    for fn in reports:
        if used_by_report[fn] == 0:
            problems.append(f"report {fn} is not covered by any fact")

    print("counts:", counts)
    print("kinds:", dict(kinds))
    print("tags:", dict(tags))
    print("refuse reasons:", dict(reasons), "follow-up refusals:", refuse_followup)
    print("fact hits per report:", dict(used_by_report))
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("PASS")

if __name__ == '__main__':
    main()
