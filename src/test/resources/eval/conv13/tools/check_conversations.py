#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 13).

Usage: python3 tools/check_conversations.py [path/to/conversations.tsv] [path/to/given]
Prints PASS, or the list of problems (exit status 1)."""
import glob
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

HEADER = [
    "# Blind conversation set 13 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

MIN = {
    "conversations": 45, "turns": 200,
    "pronoun": 35, "ellipsis": 30, "substitution": 25, "request": 15,
    "mid_new": 15, "refuse": 25,
    "refuse:not_in_corpus": 5, "refuse:false_premise": 5, "refuse:not_reported": 5,
    "tag:abbrev": 30, "tag:telegraphic": 15, "tag:typo": 2, "tag:english": 3,
}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def has_vn_marks(s):
    """True if s carries Vietnamese diacritics (any combining mark or đ)."""
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def found(fact, text_norm):
    f = norm(fact)
    if not f:
        return False
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_norm) is not None


def main():
    tsv = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
    given = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "given")
    reports = {}
    for p in sorted(glob.glob(os.path.join(given, "*"))):
        with open(p, encoding="utf-8") as fh:
            reports[os.path.basename(p)] = norm(fh.read())
    problems = []
    if len(reports) != 5:
        problems.append("expected 5 reports in %s, found %d" % (given, len(reports)))

    with open(tsv, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i in range(4):
            got = lines[i] if i < len(lines) else "<missing>"
            if got != HEADER[i]:
                problems.append("header line %d differs: %r" % (i + 1, got))

    rows = []
    for ln, line in enumerate(lines[4:], 5):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns, expected 6" % (ln, len(cols)))
            continue
        if any(c != c.strip() or c == "" for c in cols):
            problems.append("line %d: empty column or stray whitespace" % ln)
        rows.append((ln,) + tuple(c.strip() for c in cols))

    counts = Counter()
    tagcount = Counter()
    reasoncount = Counter()
    convs = []          # ordered list of (id, [rows])
    seen_ids = set()
    refuse_followups = 0
    accentless_turns = 0

    for ln, conv, q, kind, tags, read_as, facts in rows:
        if not re.fullmatch(r"c\d{2,3}", conv):
            problems.append("line %d: bad conversation id %r" % (ln, conv))
        if not convs or convs[-1][0] != conv:
            if conv in seen_ids:
                problems.append("line %d: conversation %s is not contiguous" % (ln, conv))
            seen_ids.add(conv)
            convs.append((conv, []))
        pos = len(convs[-1][1])
        convs[-1][1].append((ln, q, kind, tags, read_as, facts))

        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (ln, kind))
        counts[kind] += 1
        if kind == "new" and pos > 0:
            counts["mid_new"] += 1

        taglist = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not taglist or any(t not in TAGS for t in taglist)):
            problems.append("line %d: bad tags %r" % (ln, tags))
        if len(set(taglist)) != len(taglist):
            problems.append("line %d: duplicate tag" % ln)
        for t in taglist:
            tagcount[t] += 1
        vn_marks = has_vn_marks(q)
        if "accentless" in taglist:
            accentless_turns += 1
            if vn_marks:
                problems.append("line %d: tagged accentless but question has diacritics: %r" % (ln, q))
            if "english" in taglist:
                problems.append("line %d: both accentless and english" % ln)
        elif "english" not in taglist and not vn_marks:
            problems.append("line %d: Vietnamese question without diacritics lacks the accentless tag: %r" % (ln, q))
        if "english" in taglist and vn_marks:
            problems.append("line %d: english turn contains Vietnamese diacritics" % ln)

        if not has_vn_marks(read_as):
            problems.append("line %d: read_as has no diacritics: %r" % (ln, read_as))

        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (ln, reason))
            counts["refuse"] += 1
            reasoncount[reason] += 1
            if pos > 0:
                refuse_followups += 1
            if reason == "false_premise" and "premise" not in taglist:
                problems.append("line %d: false_premise turn without premise tag" % ln)
        else:
            if "refuse" in facts:
                problems.append("line %d: malformed refuse facts %r" % (ln, facts))
            if "premise" in taglist:
                problems.append("line %d: premise tag on a non-refuse turn" % ln)
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    a = a.strip()
                    if not a or a != a.strip() or "&&" in a or "|" in a:
                        problems.append("line %d: malformed fact %r" % (ln, a))
                        continue
                    hits = [n for n, t in reports.items() if found(a, t)]
                    if not hits:
                        problems.append("line %d: fact not found in any report: %r" % (ln, a))
                    elif len(hits) == len(reports):
                        problems.append("line %d: fact appears in every report (not discriminating): %r" % (ln, a))

    counts["turns"] = len(rows)
    counts["conversations"] = len(convs)
    for conv, turns in convs:
        if not 3 <= len(turns) <= 6:
            problems.append("conversation %s has %d turns (need 3-6)" % (conv, len(turns)))
        if turns and turns[0][2] != "new":
            problems.append("conversation %s: first turn is %r, not new" % (conv, turns[0][2]))
    ids = [c for c, _ in convs]
    expected = ["c%02d" % i for i in range(1, len(ids) + 1)]
    if ids != expected:
        problems.append("conversation ids are not c01, c02, ... in order")

    for r in REASONS:
        counts["refuse:" + r] = reasoncount[r]
    for t in TAGS:
        counts["tag:" + t] = tagcount[t]
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append("count %s = %d, need at least %d" % (k, counts[k], v))
    if counts["refuse"] and refuse_followups * 2 <= counts["refuse"]:
        problems.append("most refuse turns should be follow-ups (%d of %d are)" % (refuse_followups, counts["refuse"]))
    share = accentless_turns / max(1, len(rows))
    if not 0.40 <= share <= 0.60:
        problems.append("accentless share %.2f is not about half (0.40-0.60)" % share)

    print("conversations=%d turns=%d" % (counts["conversations"], counts["turns"]))
    print("kinds: " + ", ".join("%s=%d" % (k, counts[k]) for k in sorted(KINDS)) + ", mid_new=%d" % counts["mid_new"])
    print("tags: " + ", ".join("%s=%d" % (t, tagcount[t]) for t in sorted(TAGS)) + ", accentless_share=%.2f" % share)
    print("refuse=%d (follow-ups %d): " % (counts["refuse"], refuse_followups)
          + ", ".join("%s=%d" % (r, reasoncount[r]) for r in sorted(REASONS)))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
