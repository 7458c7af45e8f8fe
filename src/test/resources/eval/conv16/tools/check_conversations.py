#!/usr/bin/env python3
"""Validate ../conversations.tsv against the five reports in ../given.

Prints PASS, or one line per problem followed by FAIL.
Usage: python3 tools/check_conversations.py [conversations.tsv] [given_dir]
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADER = [
    "# Blind conversation set 16 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MINIMA = {"pronoun": 35, "ellipsis": 30, "substitution": 25, "request": 15}
MIN_CONVS, MIN_TURNS, MIN_MID_NEW, MIN_REFUSE = 45, 200, 15, 25


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower()).strip()


def found(fact_n, text_n):
    pat = r"(?<![0-9a-z])" + re.escape(fact_n) + r"(?![0-9a-z])"
    return re.search(pat, text_n) is not None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
    gdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "given")
    reports = {}
    for f in sorted(glob.glob(os.path.join(gdir, "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            reports[os.path.basename(f)] = norm(fh.read())
    problems = []
    if len(reports) != 5:
        problems.append("expected 5 reports in %s, found %d" % (gdir, len(reports)))

    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if raw.startswith("\ufeff"):
        problems.append("file starts with a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i, (a, b) in enumerate(zip(lines[:4], HEADER)):
            if a != b:
                problems.append("header line %d differs: %r" % (i + 1, a))
        if len(lines) < 4:
            problems.append("header too short")

    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    convs = collections.OrderedDict()
    seen_closed = set()
    prev = None
    mid_new = 0
    reports_hit = collections.Counter()
    for ln, line in enumerate(lines[4:], start=5):
        if line.startswith("#"):
            problems.append("line %d: comment after header" % ln)
            continue
        if not line.strip():
            problems.append("line %d: blank line" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns, want 6" % (ln, len(cols)))
            continue
        cid, q, kind, tagf, read_as, facts = [c.strip() for c in cols]
        if cols != [c.strip() for c in cols]:
            problems.append("line %d: leading/trailing spaces in a column" % ln)
        if not re.fullmatch(r"c\d{2,}", cid):
            problems.append("line %d: bad conversation id %r" % (ln, cid))
        if cid != prev:
            if cid in convs:
                problems.append("line %d: conversation %s is not contiguous" % (ln, cid))
            convs.setdefault(cid, [])
            if kind != "new":
                problems.append("line %d: first turn of %s is %r, not new" % (ln, cid, kind))
        elif kind == "new":
            mid_new += 1
        prev = cid
        convs[cid].append(kind)
        if not q:
            problems.append("line %d: empty question" % ln)
        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (ln, kind))
        kinds[kind] += 1
        if tagf != "-":
            tl = tagf.split(",")
            if len(tl) != len(set(tl)):
                problems.append("line %d: duplicate tag" % ln)
            for t in tl:
                if t not in TAGS:
                    problems.append("line %d: bad tag %r" % (ln, t))
                tags[t] += 1
            if "accentless" in tl and has_diacritics(q):
                problems.append("line %d: tagged accentless but question has diacritics" % ln)
        else:
            tl = []
        if not has_diacritics(q) and "accentless" not in tl and "english" not in tl \
                and re.search(r"[a-z]{2}", q.lower()):
            problems.append("line %d: question has no diacritics but lacks accentless/english tag" % ln)
        if not read_as or not has_diacritics(read_as):
            problems.append("line %d: read_as empty or without diacritics" % ln)
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (ln, r))
            reasons[r] += 1
            continue
        if not facts:
            problems.append("line %d: empty facts" % ln)
            continue
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                problems.append("line %d: empty fact alternative in %r" % (ln, group))
            for a in alts:
                if not a:
                    continue
                an = norm(a)
                hits = [name for name, txt in reports.items() if found(an, txt)]
                if not hits:
                    problems.append("line %d: fact %r not found in any report" % (ln, a))
                elif len(hits) == len(reports) and len(reports) > 1:
                    problems.append("line %d: fact %r appears in every report (not discriminating)" % (ln, a))
                for h in hits:
                    reports_hit[h] += 1

    nturns = sum(len(v) for v in convs.values())
    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            problems.append("conversation %s has %d turns (want 3-6)" % (cid, len(ks)))
    if len(convs) < MIN_CONVS:
        problems.append("only %d conversations (want >= %d)" % (len(convs), MIN_CONVS))
    if nturns < MIN_TURNS:
        problems.append("only %d turns (want >= %d)" % (nturns, MIN_TURNS))
    for k, m in MINIMA.items():
        if kinds[k] < m:
            problems.append("only %d %s turns (want >= %d)" % (kinds[k], k, m))
    if mid_new < MIN_MID_NEW:
        problems.append("only %d mid-conversation new turns (want >= %d)" % (mid_new, MIN_MID_NEW))
    nref = sum(reasons.values())
    if nref < MIN_REFUSE:
        problems.append("only %d refuse turns (want >= %d)" % (nref, MIN_REFUSE))
    for r in REASONS:
        if reasons[r] < 3:
            problems.append("only %d refuse:%s turns (want spread over reasons)" % (reasons[r], r))
    if tags["accentless"] < 0.4 * nturns:
        problems.append("only %d accentless turns of %d (want about half)" % (tags["accentless"], nturns))
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tags[t] < 3:
            problems.append("only %d %s turns" % (tags[t], t))
    for name in reports:
        if reports_hit[name] == 0:
            problems.append("report %s is never used by any fact" % name)

    print("conversations: %d  turns: %d  mid-conversation new: %d" % (len(convs), nturns, mid_new))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)))
    print("tags: " + ", ".join("%s=%d" % (t, tags[t]) for t in sorted(TAGS)))
    print("refuse: %d (%s)" % (nref, ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS))))
    print("fact hits per report: " + ", ".join("%s=%d" % (n, reports_hit[n]) for n in sorted(reports)))
    if problems:
        for p in problems:
            print("PROBLEM: " + p)
        print("FAIL")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
