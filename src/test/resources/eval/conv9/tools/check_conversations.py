#!/usr/bin/env python3
"""Check /work/sealed/conv9/conversations.tsv against the format rules and the given reports."""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 9 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "english", "typo", "paraphrase", "near-miss", "premise"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
MIN_CONVS, MIN_TURNS = 45, 200


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


def norm(s):
    return re.sub(r"\s+", " ", strip_accents(s).lower()).strip()


def occurs(fact, text):
    f = norm(fact)
    return bool(f) and re.search(r"(?<![0-9a-z])" + re.escape(f) + r"(?![0-9a-z])", text) is not None


def main():
    errs = []
    reports = {}
    for fn in sorted(os.listdir(GIVEN)):
        if fn.endswith(".txt"):
            with open(os.path.join(GIVEN, fn), encoding="utf-8") as fh:
                reports[fn] = norm(fh.read())
    if len(reports) != 5:
        errs.append("expected 5 given reports, found %d" % len(reports))

    with open(TSV, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[:4] != HEADER:
        errs.append("header mismatch")
    body = lines[4:]

    convs = collections.OrderedDict()
    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    facts_used = collections.Counter()
    mid_new = 0
    no_tag = 0
    for n, line in enumerate(body, start=5):
        cols = line.split("\t")
        if len(cols) != 6:
            errs.append("line %d: %d columns" % (n, len(cols)))
            continue
        cid, q, kind, tg, read_as, facts = cols
        if not re.fullmatch(r"c\d{2,3}", cid):
            errs.append("line %d: bad conversation id %r" % (n, cid))
        if cid in convs and list(convs)[-1] != cid:
            errs.append("line %d: conversation %s not contiguous" % (n, cid))
        convs.setdefault(cid, []).append((n, q, kind, tg, read_as, facts))
        if not q.strip() or not read_as.strip():
            errs.append("line %d: empty question/read_as" % n)
        if kind not in KINDS:
            errs.append("line %d: bad kind %r" % (n, kind))
        kinds[kind] += 1
        if tg == "-":
            taglist = []
            no_tag += 1
        else:
            taglist = tg.split(",")
            if len(set(taglist)) != len(taglist):
                errs.append("line %d: duplicate tag" % n)
            for t in taglist:
                if t not in TAGS:
                    errs.append("line %d: bad tag %r" % (n, t))
                tags[t] += 1
        if "accentless" in taglist and strip_accents(q) != q:
            errs.append("line %d: accentless question has diacritics" % n)
        if strip_accents(read_as) == read_as:
            errs.append("line %d: read_as has no diacritics" % n)
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                errs.append("line %d: bad refuse reason %r" % (n, r))
            reasons[r] += 1
            if "premise" in taglist and r != "false_premise":
                errs.append("line %d: premise tag but reason %s" % (n, r))
        else:
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    if not a.strip() or a != a.strip():
                        errs.append("line %d: empty/untrimmed fact in %r" % (n, g))
                        continue
                    if not any(occurs(a, t) for t in reports.values()):
                        errs.append("line %d: fact %r not found in any given report" % (n, a))
                    facts_used[norm(a)] += 1
            if "premise" in taglist:
                errs.append("line %d: premise tag on answerable turn" % n)

    # conversation structure
    ids = list(convs)
    expect = ["c%02d" % i for i in range(1, len(ids) + 1)]
    if ids != expect:
        errs.append("conversation ids not c01..c%02d in order" % len(ids))
    for cid, turns in convs.items():
        if not 3 <= len(turns) <= 6:
            errs.append("%s: %d turns (need 3-6)" % (cid, len(turns)))
        if turns[0][2] != "new":
            errs.append("%s: first turn is %s, not new" % (cid, turns[0][2]))
        mid_new += sum(1 for t in turns[1:] if t[2] == "new")

    nturns = len(body)
    nref = sum(reasons.values())
    if len(convs) < MIN_CONVS:
        errs.append("only %d conversations (need >= %d)" % (len(convs), MIN_CONVS))
    if nturns < MIN_TURNS:
        errs.append("only %d turns (need >= %d)" % (nturns, MIN_TURNS))

    print("conversations: %d" % len(convs))
    print("turns: %d" % nturns)
    print("turns per conversation: %s" % dict(sorted(collections.Counter(len(t) for t in convs.values()).items())))
    print("kinds: %s" % ", ".join("%s=%d" % (k, kinds[k]) for k in KINDS))
    print("new in the middle of a conversation: %d" % mid_new)
    print("tags: %s, none=%d" % (", ".join("%s=%d" % (t, tags[t]) for t in TAGS), no_tag))
    print("accentless share: %.1f%%  english share: %.1f%%" % (100.0 * tags["accentless"] / nturns, 100.0 * tags["english"] / nturns))
    print("refuse turns: %d (%.1f%%): %s" % (nref, 100.0 * nref / nturns, ", ".join("%s=%d" % (r, reasons[r]) for r in REASONS)))
    print("answerable turns: %d, distinct fact strings: %d" % (nturns - nref, len(facts_used)))
    if errs:
        print("\n".join("ERROR: " + e for e in errs))
        print("FAIL (%d errors)" % len(errs))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
