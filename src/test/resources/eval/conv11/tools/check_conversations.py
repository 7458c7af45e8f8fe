#!/usr/bin/env python3
"""Validate /work/sealed/conv11/conversations.tsv against the five reports in given/.

Checks: exact 4-line header, 6 tab-separated columns, conversation ids and
contiguity, 3-6 turns per conversation, first turn `new`, allowed kinds, tags and
refuse reasons, minimum counts, accentless tag consistency, read_as with
diacritics, and that every fact alternative of every non-refuse turn occurs in at
least one report (accent-insensitive whole-word match: NFD, combining marks
removed, đ->d, lowercase).  Prints PASS or the list of problems.
"""
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = os.path.join(BASE, "conversations.tsv")
GIVEN = os.path.join(BASE, "given")

HEADER = [
    "# Blind conversation set 11 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MINIMA = {
    "conversations": 45,
    "turns": 200,
    "pronoun": 35,
    "ellipsis": 30,
    "substitution": 25,
    "request": 15,
    "mid_new": 15,
    "refuse": 25,
}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower()).strip()


def whole_word_in(fact, text):
    f = norm(fact)
    if not f:
        return False
    pat = r"(?<!\w)" + re.escape(f) + r"(?!\w)"
    return re.search(pat, text) is not None


def main():
    problems = []
    reports = {}
    for name in sorted(os.listdir(GIVEN)):
        p = os.path.join(GIVEN, name)
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as fh:
                reports[name] = norm(fh.read())
    if len(reports) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(reports))

    if not os.path.exists(TSV):
        print("FAIL: %s missing" % TSV)
        return 1
    with open(TSV, encoding="utf-8") as fh:
        raw = fh.read()
    if raw.startswith("\ufeff"):
        problems.append("file starts with a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i, (got, want) in enumerate(zip(lines[:4], HEADER)):
            if got != want:
                problems.append("header line %d differs: %r" % (i + 1, got))
        if len(lines) < 4:
            problems.append("header incomplete")

    convs = OrderedDict()
    kinds = Counter()
    tags_c = Counter()
    reasons = Counter()
    refuse_followups = 0
    mid_new = 0
    seen_closed = set()
    last_conv = None
    accentless = 0
    rows = 0
    fact_hits = Counter()  # report coverage

    for ln, line in enumerate(lines[4:], start=5):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        if line.startswith("#"):
            problems.append("line %d: comment line after header" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns instead of 6" % (ln, len(cols)))
            continue
        conv, q, kind, tags, read_as, facts = cols
        rows += 1
        for name, val in (("conversation", conv), ("question", q), ("kind", kind),
                          ("tags", tags), ("read_as", read_as), ("facts", facts)):
            if val != val.strip() or not val:
                problems.append("line %d: %s empty or has surrounding spaces" % (ln, name))
        if not re.fullmatch(r"c\d{2,3}", conv):
            problems.append("line %d: bad conversation id %r" % (ln, conv))
        if conv != last_conv:
            if conv in seen_closed or conv in convs:
                problems.append("line %d: conversation %s not contiguous" % (ln, conv))
            if last_conv is not None:
                seen_closed.add(last_conv)
            last_conv = conv
            first = True
        else:
            first = False
        convs.setdefault(conv, []).append(kind)

        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (ln, kind))
        kinds[kind] += 1
        if first and kind != "new":
            problems.append("line %d: first turn of %s is %r, not new" % (ln, conv, kind))
        if not first and kind == "new":
            mid_new += 1

        tag_list = [] if tags == "-" else tags.split(",")
        for t in tag_list:
            if t not in TAGS:
                problems.append("line %d: bad tag %r" % (ln, t))
            tags_c[t] += 1
        if len(set(tag_list)) != len(tag_list):
            problems.append("line %d: duplicate tag" % ln)
        diac = has_diacritics(q)
        if "accentless" in tag_list and diac:
            problems.append("line %d: tagged accentless but question has diacritics" % ln)
        if not diac and "accentless" not in tag_list and "english" not in tag_list:
            problems.append("line %d: question has no diacritics but lacks accentless tag" % ln)
        if "accentless" in tag_list:
            accentless += 1
        if read_as and not (read_as[0].isupper() or read_as[0] in '"“'):
            problems.append("line %d: read_as does not start like a sentence" % ln)
        if not has_diacritics(read_as):
            problems.append("line %d: read_as has no diacritics" % ln)

        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (ln, reason))
            reasons[reason] += 1
            if not first:
                refuse_followups += 1
            if reason == "false_premise" and "premise" not in tag_list:
                problems.append("line %d: false_premise turn without premise tag" % ln)
        else:
            if "refuse" in facts:
                problems.append("line %d: malformed refuse field" % ln)
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    a2 = a.strip()
                    if a2 != a or not a2:
                        problems.append("line %d: fact alternative with stray spaces %r" % (ln, a))
                        continue
                    nwords = len(a2.split())
                    if nwords > 6:
                        problems.append("line %d: fact too long (%d words): %r" % (ln, nwords, a2))
                    found = [n for n, t in reports.items() if whole_word_in(a2, t)]
                    if not found:
                        problems.append("line %d: fact %r not found in any report" % (ln, a2))
                    elif len(found) == len(reports):
                        problems.append("line %d: fact %r occurs in every report" % (ln, a2))
                    for n in found:
                        fact_hits[n] += 1

    n_conv = len(convs)
    for c, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            problems.append("conversation %s has %d turns (need 3-6)" % (c, len(ks)))
    ids = list(convs)
    expected = ["c%02d" % i for i in range(1, n_conv + 1)]
    if ids != expected:
        problems.append("conversation ids are not c01..c%02d in order" % n_conv)

    refuse_total = sum(reasons.values())
    counts = {
        "conversations": n_conv,
        "turns": rows,
        "pronoun": kinds["pronoun"],
        "ellipsis": kinds["ellipsis"],
        "substitution": kinds["substitution"],
        "request": kinds["request"],
        "mid_new": mid_new,
        "refuse": refuse_total,
    }
    for k, v in MINIMA.items():
        if counts[k] < v:
            problems.append("%s count %d < %d" % (k, counts[k], v))
    for r in REASONS:
        if reasons[r] < 5:
            problems.append("refuse reason %s used only %d times" % (r, reasons[r]))
    if refuse_total and refuse_followups * 2 <= refuse_total:
        problems.append("most refuse turns should be follow-ups (%d of %d)" % (refuse_followups, refuse_total))
    if rows and not (0.45 <= accentless / rows <= 0.6):
        problems.append("accentless share %.2f not about half" % (accentless / rows))
    for t, mn in (("abbrev", 30), ("english", 3), ("typo", 5), ("telegraphic", 10)):
        if tags_c[t] < mn:
            problems.append("tag %s used %d times (< %d)" % (t, tags_c[t], mn))
    for n in reports:
        if fact_hits[n] < 20:
            problems.append("report %s weakly covered (%d fact hits)" % (n, fact_hits[n]))

    print("conversations: %d, turns: %d" % (n_conv, rows))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)) + ", new-in-middle=%d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tags_c[t]) for t in sorted(TAGS)))
    print("refuse: total=%d (follow-ups %d) " % (refuse_total, refuse_followups)
          + ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS)))
    print("accentless share: %.2f" % (accentless / rows if rows else 0))
    print("fact hits per report: " + ", ".join("%s=%d" % (n[:3], fact_hits[n]) for n in sorted(reports)))
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        for p in problems:
            print(" - " + p)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
