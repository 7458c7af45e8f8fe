#!/usr/bin/env python3
"""Check conversations.tsv (blind conversation set 10) against its format rules
and against the five report texts in ../given/ . Prints counts and PASS/FAIL."""
import os, sys, re, unicodedata
from collections import Counter, OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from norm import load_reports, occurs, norm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 10 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "english", "typo", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


def main():
    errors = []
    reports = load_reports()
    if len(reports) != 5:
        errors.append("expected 5 reports in given/, found %d" % len(reports))
    with open(TSV, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errors.append("header does not match the required 4 lines")
    convs = OrderedDict()
    order = []
    kinds, tags, reasons = Counter(), Counter(), Counter()
    mid_new = 0
    refuse = 0
    fact_groups = 0
    for n, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        cid, q, kind, tg, read_as, facts = cols
        if not re.fullmatch(r"c\d{2,}", cid):
            errors.append("line %d: bad conversation id %r" % (n, cid))
        if cid not in convs:
            if cid in order:
                errors.append("line %d: conversation %s not consecutive" % (n, cid))
            convs[cid] = []
            order.append(cid)
        elif order[-1] != cid:
            errors.append("line %d: conversation %s not consecutive" % (n, cid))
        convs[cid].append(cols)
        if not q.strip() or not read_as.strip() or not facts.strip():
            errors.append("line %d: empty field" % n)
        if kind not in KINDS:
            errors.append("line %d: bad kind %r" % (n, kind))
        kinds[kind] += 1
        if kind == "new" and len(convs[cid]) > 1:
            mid_new += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS:
                errors.append("line %d: bad tag %r" % (n, t))
            tags[t] += 1
        if not tl:
            tags["-"] += 1
        if "accentless" in tl and has_diacritics(q):
            errors.append("line %d: tagged accentless but has diacritics: %r" % (n, q))
        if "accentless" not in tl and "english" not in tl and not has_diacritics(q) and re.search(r"[a-z]{3}", q):
            # a Vietnamese question with no diacritics should be tagged accentless
            errors.append("line %d: no diacritics but not tagged accentless: %r" % (n, q))
        if not has_diacritics(read_as):
            errors.append("line %d: read_as lacks diacritics" % n)
        if facts.startswith("refuse:"):
            refuse += 1
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                errors.append("line %d: bad refuse reason %r" % (n, reason))
            reasons[reason] += 1
        else:
            for g in facts.split(" && "):
                fact_groups += 1
                alts = [a.strip() for a in g.split(" | ")]
                if any(not a for a in alts):
                    errors.append("line %d: empty alternative in %r" % (n, g))
                if not any(occurs(a, r) for a in alts for r in reports.values()):
                    errors.append("line %d: fact group %r not found in any report" % (n, g))
    for i, (cid, turns) in enumerate(convs.items(), 1):
        if cid != "c%02d" % i:
            errors.append("conversation ids not c01, c02, ... in order at %s" % cid)
        if not 3 <= len(turns) <= 6:
            errors.append("%s has %d turns" % (cid, len(turns)))
        if turns[0][2] != "new":
            errors.append("%s does not start with a new turn" % cid)
    nturns = sum(len(t) for t in convs.values())
    if len(convs) < 45:
        errors.append("fewer than 45 conversations")
    if nturns < 200:
        errors.append("fewer than 200 turns")

    print("conversations: %d" % len(convs))
    print("turns: %d" % nturns)
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("new in the middle of a conversation: %d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % kv for kv in sorted(tags.items())))
    print("accentless share: %.1f%%  english share: %.1f%%" % (
        100.0 * tags["accentless"] / nturns, 100.0 * tags["english"] / nturns))
    print("refuse turns: %d (%.1f%%); reasons: %s" % (
        refuse, 100.0 * refuse / nturns, ", ".join("%s=%d" % kv for kv in sorted(reasons.items()))))
    print("refuse turns that are follow-ups: %d" % sum(
        1 for t in convs.values() for j, r in enumerate(t) if j > 0 and r[5].startswith("refuse:")))
    print("answerable fact groups checked: %d" % fact_groups)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errors))
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
