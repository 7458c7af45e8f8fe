#!/usr/bin/env python3
"""Validate /work/sealed/conv19/conversations.tsv against the brief.

Prints the counts, then PASS or the list of problems (exit code 1 on problems).
Usage: python3 tools/check_conversations.py [conversations.tsv] [given_dir]
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
GIVEN = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 19 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {
    "conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30,
    "substitution": 25, "request": 15, "mid_new": 15, "refuse": 25,
}
VN_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def whole_word(fact, text):
    f = norm(fact)
    if not f:
        return False
    return re.search(r"(?<![0-9a-z])" + re.escape(f) + r"(?![0-9a-z])", text) is not None


def main():
    problems = []
    docs = {}
    for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(p, encoding="utf-8") as f:
            docs[os.path.basename(p)] = norm(f.read())
    if len(docs) != 5:
        problems.append("expected 5 reports in %s, found %d" % (GIVEN, len(docs)))

    with open(TSV, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i in range(4):
            got = lines[i] if i < len(lines) else "<missing>"
            if got != HEADER[i]:
                problems.append("header line %d differs: %r" % (i + 1, got))

    rows = []
    for n, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns, expected 6" % (n, len(cols)))
            continue
        if any(c.strip() == "" for c in cols):
            problems.append("line %d: empty column" % n)
        rows.append((n, cols))

    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    convs = collections.OrderedDict()
    seen_closed = set()
    prev = None
    mid_new = 0
    refuse_followups = 0
    fact_docs = collections.Counter()
    for n, (cid, q, kind, tg, read_as, facts) in rows:
        if not re.fullmatch(r"c\d{2,3}", cid):
            problems.append("line %d: bad conversation id %r" % (n, cid))
        if cid != prev:
            if cid in seen_closed:
                problems.append("line %d: conversation %s is not contiguous" % (n, cid))
            if prev is not None:
                seen_closed.add(prev)
            convs[cid] = []
            if kind != "new":
                problems.append("line %d: first turn of %s is %r, must be new" % (n, cid, kind))
        else:
            if kind == "new":
                mid_new += 1
        prev = cid
        convs[cid].append(n)
        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (n, kind))
        kinds[kind] += 1
        taglist = [] if tg == "-" else tg.split(",")
        for t in taglist:
            if t not in TAGS:
                problems.append("line %d: bad tag %r" % (n, t))
            tags[t] += 1
        if "accentless" in taglist and VN_MARKS.search(q):
            problems.append("line %d: tagged accentless but question has diacritics" % n)
        if not VN_MARKS.search(read_as):
            problems.append("line %d: read_as has no diacritics" % n)
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (n, r))
            reasons[r] += 1
            if len(convs[cid]) > 1:
                refuse_followups += 1
            continue
        if "refuse" in facts:
            problems.append("line %d: malformed refuse field %r" % (n, facts))
        for g in facts.split(" && "):
            alts = g.split(" | ")
            for a in alts:
                a = a.strip()
                if not a:
                    problems.append("line %d: empty fact alternative" % n)
                    continue
                hits = [d for d, t in docs.items() if whole_word(a, t)]
                if not hits:
                    problems.append("line %d: fact %r not found in any report" % (n, a))
                elif len(hits) == len(docs):
                    problems.append("line %d: fact %r appears in every report" % (n, a))
                if len(a.split()) > 6:
                    problems.append("line %d: fact %r longer than 6 words" % (n, a))
                for d in hits:
                    fact_docs[d] += 1

    for cid, ns in convs.items():
        if not 3 <= len(ns) <= 6:
            problems.append("conversation %s has %d turns (3-6 required)" % (cid, len(ns)))

    nturns = len(rows)
    counts = {
        "conversations": len(convs), "turns": nturns,
        "pronoun": kinds["pronoun"], "ellipsis": kinds["ellipsis"],
        "substitution": kinds["substitution"], "request": kinds["request"],
        "mid_new": mid_new, "refuse": sum(reasons.values()),
    }
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append("%s: %d < %d" % (k, counts[k], v))
    for r in REASONS:
        if reasons[r] < 5:
            problems.append("refuse reason %s used only %d times" % (r, reasons[r]))
    if refuse_followups * 2 < counts["refuse"]:
        problems.append("most refusals should be follow-ups (%d of %d)" % (refuse_followups, counts["refuse"]))
    share = tags["accentless"] / max(nturns, 1)
    if not 0.35 <= share <= 0.65:
        problems.append("accentless share %.2f not about half" % share)
    for t, lo in (("abbrev", 15), ("telegraphic", 10), ("typo", 3), ("english", 3)):
        if tags[t] < lo:
            problems.append("tag %s used %d times (< %d)" % (t, tags[t], lo))
    for d in docs:
        if fact_docs[d] == 0:
            problems.append("report %s is never used by a fact" % d)

    print("conversations: %d  turns: %d" % (len(convs), nturns))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)))
    print("new turns in the middle of a conversation: %d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tags[t]) for t in sorted(TAGS)) +
          "  (accentless share %.0f%%)" % (100 * share))
    print("refuse: %d (%s); follow-up refusals: %d" % (
        counts["refuse"], ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS)), refuse_followups))
    print("fact alternatives matched per report: " + ", ".join("%s=%d" % (d[:3], c) for d, c in sorted(fact_docs.items())))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
