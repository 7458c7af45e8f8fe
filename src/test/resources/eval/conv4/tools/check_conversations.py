#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 4). Prints PASS or the problems."""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TSV = os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 4 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {"conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30, "substitution": 25,
       "request": 15, "mid_new": 15, "refuse": 25}
MIN_PER_REASON = 5
MIN_FOLLOWUP_REFUSE_SHARE = 0.5
MIN_ACCENTLESS_SHARE = 0.40
MIN_TAG = {"abbrev": 30, "telegraphic": 15, "typo": 3, "english": 3}
MAX_FACT_WORDS = 6


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()


def found(fact, text_norm):
    return re.search(r"(?<!\w)" + re.escape(norm(fact)) + r"(?!\w)", text_norm) is not None


def has_vn_diacritics(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in s) or \
        any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


def main():
    problems = []
    reports = [norm(open(f, encoding="utf-8").read()) for f in sorted(glob.glob(os.path.join(GIVEN, "*.txt")))]
    if len(reports) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(reports))
    try:
        raw = open(TSV, encoding="utf-8").read()
    except Exception as e:  # noqa
        print("cannot read %s: %s" % (TSV, e))
        sys.exit(1)
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        problems.append("header does not match the required 4 lines exactly")
    rows = []
    for n, line in enumerate(lines[4:], 5):
        if not line.strip():
            problems.append("line %d: empty line" % n)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns (need 6)" % (n, len(cols)))
            continue
        if any(c != c.strip() or c == "" for c in cols):
            problems.append("line %d: empty column or surrounding whitespace" % n)
        rows.append((n, cols))

    convs = collections.OrderedDict()
    seen_closed = set()
    last = None
    kinds = collections.Counter()
    tags_c = collections.Counter()
    reasons = collections.Counter()
    mid_new = 0
    refuse_followup = 0
    accentless = 0
    for n, (cid, q, kind, tags, read_as, facts) in rows:
        if not re.fullmatch(r"c\d{2,3}", cid):
            problems.append("line %d: bad conversation id %r" % (n, cid))
        if cid != last:
            if cid in convs:
                problems.append("line %d: conversation %s is not contiguous" % (n, cid))
            if last is not None:
                seen_closed.add(last)
            last = cid
            convs[cid] = []
        first = len(convs[cid]) == 0
        convs[cid].append(n)
        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (n, kind))
        kinds[kind] += 1
        if first and kind != "new":
            problems.append("line %d: first turn of %s is %r, not new" % (n, cid, kind))
        if not first and kind == "new":
            mid_new += 1
        tl = [] if tags == "-" else tags.split(",")
        for t in tl:
            if t not in TAGS:
                problems.append("line %d: bad tag %r" % (n, t))
            tags_c[t] += 1
        if len(set(tl)) != len(tl):
            problems.append("line %d: duplicate tag" % n)
        if "accentless" in tl:
            accentless += 1
            if has_vn_diacritics(q):
                problems.append("line %d: tagged accentless but question has diacritics" % n)
            if "english" in tl:
                problems.append("line %d: both accentless and english" % n)
        elif "english" not in tl and not has_vn_diacritics(q):
            problems.append("line %d: question has no diacritics but not tagged accentless/english" % n)
        if not has_vn_diacritics(read_as):
            problems.append("line %d: read_as has no diacritics" % n)
        if "premise" in tl and facts != "refuse:false_premise":
            problems.append("line %d: premise tag on a turn that is not refuse:false_premise" % n)
        if kind == "new" and norm(read_as).rstrip("?. ") != norm(q).rstrip("?. ") and "english" not in tl \
                and "accentless" not in tl and "abbrev" not in tl and "typo" not in tl and "telegraphic" not in tl \
                and "paraphrase" not in tl:
            problems.append("line %d: new turn whose read_as differs from the question (untagged)" % n)
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (n, r))
            reasons[r] += 1
            if not first:
                refuse_followup += 1
            continue
        if "refuse" in facts:
            problems.append("line %d: malformed refuse facts %r" % (n, facts))
        for group in facts.split(" && "):
            alts = group.split(" | ")
            for alt in alts:
                if alt != alt.strip() or not alt:
                    problems.append("line %d: empty/padded fact alternative in %r" % (n, facts))
                    continue
                if len(alt.split()) > MAX_FACT_WORDS:
                    problems.append("line %d: fact %r longer than %d words" % (n, alt, MAX_FACT_WORDS))
                hits = [i for i, t in enumerate(reports) if found(alt, t)]
                if not hits:
                    problems.append("line %d: fact %r not found in any report" % (n, alt))
                elif len(hits) == len(reports):
                    problems.append("line %d: fact %r occurs in every report (not discriminating)" % (n, alt))

    for cid, ls in convs.items():
        if not 3 <= len(ls) <= 6:
            problems.append("%s: %d turns (need 3-6)" % (cid, len(ls)))
    ids = list(convs)
    if ids != ["c%02d" % i for i in range(1, len(ids) + 1)]:
        problems.append("conversation ids are not c01, c02, ... in order")

    total = len(rows)
    refuse = sum(reasons.values())
    counts = {"conversations": len(convs), "turns": total, "pronoun": kinds["pronoun"],
              "ellipsis": kinds["ellipsis"], "substitution": kinds["substitution"],
              "request": kinds["request"], "mid_new": mid_new, "refuse": refuse}
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append("count %s = %d < %d" % (k, counts[k], v))
    for r in REASONS:
        if reasons[r] < MIN_PER_REASON:
            problems.append("refuse:%s only %d (< %d)" % (r, reasons[r], MIN_PER_REASON))
    if refuse and refuse_followup / refuse < MIN_FOLLOWUP_REFUSE_SHARE:
        problems.append("only %d of %d refuse turns are follow-ups" % (refuse_followup, refuse))
    if total and accentless / total < MIN_ACCENTLESS_SHARE:
        problems.append("accentless share %.2f < %.2f" % (accentless / total, MIN_ACCENTLESS_SHARE))
    for t, v in MIN_TAG.items():
        if tags_c[t] < v:
            problems.append("tag %s only %d (< %d)" % (t, tags_c[t], v))

    print("conversations=%d turns=%d" % (len(convs), total))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)) +
          " (new first=%d, new mid-conversation=%d)" % (len(convs), mid_new))
    print("tags: " + ", ".join("%s=%d" % (t, tags_c[t]) for t in sorted(TAGS)) +
          " (accentless share %.0f%%)" % (100.0 * accentless / max(total, 1)))
    print("refuse: total=%d (follow-ups %d) " % (refuse, refuse_followup) +
          ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS)))
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
