#!/usr/bin/env python3
"""Validate /work/sealed/conv6/conversations.tsv against the five reports in given/.

Prints the counts, then PASS or the list of problems (exit status 1).
Usage: python3 tools/check_conversations.py [path/to/conversations.tsv]
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 6 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]

MIN = {
    "conversations": 45,
    "turns": 200,
    "pronoun": 35,
    "ellipsis": 30,
    "substitution": 25,
    "request": 15,
    "mid_new": 15,
    "refuse": 25,
    "refuse_each_reason": 5,
}


def norm(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.lower()).strip()


def found(fact, normtext):
    pat = r"(?<![0-9a-z])" + re.escape(norm(fact)) + r"(?![0-9a-z])"
    return re.search(pat, normtext) is not None


def has_diacritics(text):
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in text)


def main():
    problems = []
    reports = []
    for path in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            reports.append(norm(fh.read()))
    if len(reports) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(reports))

    with open(TSV, encoding="utf-8") as fh:
        raw = fh.read()
    if raw.startswith("\ufeff"):
        problems.append("file starts with a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i, (got, want) in enumerate(zip(lines[:4], HEADER), 1):
            if got != want:
                problems.append("header line %d differs: %r" % (i, got))
        if len(lines) < 4:
            problems.append("header incomplete")

    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    convs = collections.OrderedDict()
    closed = set()
    last_cid = None
    mid_new = 0
    refuse_followups = 0
    n_turns = 0
    fact_refs = 0
    untagged = 0

    for ln, line in enumerate(lines[4:], 5):
        where = "line %d" % ln
        if line.startswith("#") or not line.strip():
            problems.append(where + ": comment or blank line after header")
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("%s: %d columns, expected 6" % (where, len(cols)))
            continue
        cid, q, kind, tagfield, read_as, facts = cols
        n_turns += 1
        if any(c != c.strip() or not c for c in cols):
            problems.append(where + ": empty field or surrounding whitespace")
        if not re.fullmatch(r"c\d{2,3}", cid):
            problems.append(where + ": bad conversation id " + cid)
        if cid != last_cid:
            if cid in convs:
                problems.append(where + ": conversation %s is not contiguous" % cid)
            if last_cid is not None:
                closed.add(last_cid)
            convs[cid] = []
            last_cid = cid
        turn_no = len(convs[cid]) + 1
        convs[cid].append(kind)

        if kind not in KINDS:
            problems.append("%s: bad kind %r" % (where, kind))
        kinds[kind] += 1
        if turn_no == 1 and kind != "new":
            problems.append("%s: first turn of %s is %s, not new" % (where, cid, kind))
        if turn_no > 1 and kind == "new":
            mid_new += 1

        taglist = [] if tagfield == "-" else tagfield.split(",")
        if tagfield != "-" and (not taglist or any(not t for t in taglist)):
            problems.append(where + ": malformed tags " + tagfield)
        for t in taglist:
            if t not in TAGS:
                problems.append("%s: bad tag %r" % (where, t))
            tags[t] += 1
        if not taglist:
            untagged += 1
        if len(set(taglist)) != len(taglist):
            problems.append(where + ": duplicate tag")
        if "accentless" in taglist and has_diacritics(q):
            problems.append(where + ": tagged accentless but question has diacritics")
        if not has_diacritics(read_as):
            problems.append(where + ": read_as has no diacritics")

        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                problems.append("%s: bad refuse reason %r" % (where, reason))
            reasons[reason] += 1
            if turn_no > 1:
                refuse_followups += 1
            if reason == "false_premise" and "premise" not in taglist:
                problems.append(where + ": false_premise turn without premise tag")
        else:
            if "refuse" in facts:
                problems.append(where + ": malformed refuse field")
            for group in facts.split(" && "):
                alts = group.split(" | ")
                for alt in alts:
                    fact_refs += 1
                    if alt != alt.strip() or not alt:
                        problems.append("%s: empty or padded fact in %r" % (where, group))
                        continue
                    if len(alt.split()) > 6:
                        problems.append("%s: fact longer than 6 words: %r" % (where, alt))
                    hits = sum(found(alt, r) for r in reports)
                    if hits == 0:
                        problems.append("%s: fact not found in any report: %r" % (where, alt))
                    elif hits == len(reports):
                        problems.append("%s: fact occurs in every report: %r" % (where, alt))

    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            problems.append("conversation %s has %d turns (need 3-6)" % (cid, len(ks)))

    n_refuse = sum(reasons.values())
    counts = {
        "conversations": len(convs),
        "turns": n_turns,
        "pronoun": kinds["pronoun"],
        "ellipsis": kinds["ellipsis"],
        "substitution": kinds["substitution"],
        "request": kinds["request"],
        "mid_new": mid_new,
        "refuse": n_refuse,
        "refuse_each_reason": min(reasons[r] for r in REASONS),
    }
    for key, low in MIN.items():
        if counts[key] < low:
            problems.append("%s = %d, need at least %d" % (key, counts[key], low))
    if n_refuse and refuse_followups * 2 <= n_refuse:
        problems.append("most refuse turns should be follow-ups (%d of %d)" % (refuse_followups, n_refuse))
    if n_turns:
        share = tags["accentless"] / n_turns
        if not 0.40 <= share <= 0.60:
            problems.append("accentless share %.0f%% is not about half" % (100 * share))
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tags[t] < 3:
            problems.append("too few %s turns (%d)" % (t, tags[t]))

    print("conversations: %d   turns: %d" % (len(convs), n_turns))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in KINDS)
          + "   (new in mid-conversation=%d)" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tags[t]) for t in TAGS)
          + "   (untagged=%d)" % untagged)
    print("refuse: %d (%s); follow-ups %d" % (
        n_refuse, ", ".join("%s=%d" % (r, reasons[r]) for r in REASONS), refuse_followups))
    print("fact alternatives checked: %d" % fact_refs)
    if problems:
        print("FAIL")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
