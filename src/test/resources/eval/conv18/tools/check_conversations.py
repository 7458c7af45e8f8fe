#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 18). Prints PASS or the list of problems."""
import glob, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
TSV = os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 18 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {"conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30, "substitution": 25,
       "request": 15, "mid_new": 15, "refuse": 25}
# facts that occur in every report are useless for discrimination
BANNED = {"bo ngoai giao"}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def found(fact, text):
    f = norm(fact)
    if not f:
        return False
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None


def main():
    problems = []
    reports = {}
    for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(p, encoding="utf-8") as fh:
            reports[os.path.basename(p)] = norm(fh.read())
    if len(reports) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(reports))

    with open(TSV, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        problems.append("header does not match the required 4 lines exactly")
    rows = []
    for n, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns, expected 6" % (n, len(cols)))
            continue
        if any(c.strip() == "" or c != c.strip() for c in cols):
            problems.append("line %d: empty column or stray whitespace" % n)
        rows.append((n, cols))

    kinds = Counter(); tags = Counter(); reasons = Counter()
    convs = []  # ordered list of (cid, [rows])
    seen_ids = set()
    mid_new = 0; refuse = 0; refuse_followup = 0
    accentless = 0
    for n, (cid, q, kind, tg, read_as, facts) in rows:
        if not re.fullmatch(r"c\d{2,3}", cid):
            problems.append("line %d: bad conversation id %r" % (n, cid))
        if not convs or convs[-1][0] != cid:
            if cid in seen_ids:
                problems.append("line %d: conversation %s is not contiguous" % (n, cid))
            seen_ids.add(cid)
            convs.append((cid, []))
            if kind != "new":
                problems.append("line %d: first turn of %s is %r, not new" % (n, cid, kind))
        else:
            if kind == "new":
                mid_new += 1
        convs[-1][1].append(n)
        if kind not in KINDS:
            problems.append("line %d: unknown kind %r" % (n, kind))
        kinds[kind] += 1
        if tg != "-":
            tl = tg.split(",")
            for t in tl:
                if t not in TAGS:
                    problems.append("line %d: unknown tag %r" % (n, t))
                tags[t] += 1
            if len(set(tl)) != len(tl):
                problems.append("line %d: duplicate tag" % n)
            if "accentless" in tl:
                accentless += 1
                if "đ" in q.lower() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", q)):
                    problems.append("line %d: tagged accentless but question has diacritics" % n)
        if not read_as.endswith(("?", ".")):
            problems.append("line %d: read_as should be a complete question/request ending in ? or ." % n)
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                problems.append("line %d: unknown refuse reason %r" % (n, reason))
            reasons[reason] += 1
            refuse += 1
            if kind != "new":
                refuse_followup += 1
            continue
        if "refuse" in facts:
            problems.append("line %d: malformed refuse facts %r" % (n, facts))
        for group in facts.split(" && "):
            alts = group.split(" | ")
            for alt in alts:
                a = alt.strip()
                if not a or a != alt:
                    problems.append("line %d: empty/padded fact alternative in %r" % (n, facts))
                    continue
                if norm(a) in BANNED:
                    problems.append("line %d: fact %r occurs in every report" % (n, a))
                hits = [k for k, t in reports.items() if found(a, t)]
                if not hits:
                    problems.append("line %d: fact %r not found in any report" % (n, a))
                elif len(hits) == len(reports):
                    problems.append("line %d: fact %r occurs in every report (not discriminative)" % (n, a))

    for cid, ns in convs:
        if not 3 <= len(ns) <= 6:
            problems.append("conversation %s has %d turns (need 3-6)" % (cid, len(ns)))

    total = len(rows)
    counts = {"conversations": len(convs), "turns": total, "pronoun": kinds["pronoun"],
              "ellipsis": kinds["ellipsis"], "substitution": kinds["substitution"],
              "request": kinds["request"], "mid_new": mid_new, "refuse": refuse}
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append("too few %s: %d < %d" % (k, counts[k], v))
    for r in REASONS:
        if reasons[r] < 5:
            problems.append("refuse reason %s used only %d times" % (r, reasons[r]))
    if refuse_followup * 2 <= refuse:
        problems.append("most refuse turns should be follow-ups (%d of %d)" % (refuse_followup, refuse))
    if not 0.4 * total <= accentless <= 0.6 * total:
        problems.append("accentless turns %d of %d: should be about half" % (accentless, total))
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tags[t] < 3:
            problems.append("too few %s turns (%d)" % (t, tags[t]))

    print("conversations=%d turns=%d" % (len(convs), total))
    print("kinds:", dict(sorted(kinds.items())), "mid-conversation new:", mid_new)
    print("tags:", dict(sorted(tags.items())))
    print("refuse: %d (follow-ups %d)" % (refuse, refuse_followup), dict(sorted(reasons.items())))
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
