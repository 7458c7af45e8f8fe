#!/usr/bin/env python3
"""Validate conversations.tsv of blind conversation set 7.

Usage: python3 tools/check_conversations.py [conversations.tsv]
Prints PASS, or the list of problems (exit code 1), followed by counts.
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT = os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 7 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english",
        "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}

MIN = {
    "conversations": 45, "turns": 200,
    "pronoun": 35, "ellipsis": 30, "substitution": 25, "request": 15,
    "mid_new": 15, "refuse": 25, "refuse_each_reason": 5,
    "english": 3, "typo": 3, "abbrev": 20, "telegraphic": 10,
}
ACCENTLESS_SHARE = (0.40, 0.65)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def found(fact, text):
    pat = r"(?<![0-9a-z])" + re.escape(norm(fact)) + r"(?![0-9a-z])"
    return re.search(pat, text) is not None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    problems = []
    reports = {}
    for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(p, encoding="utf-8") as fh:
            reports[os.path.basename(p)] = norm(fh.read())
    if len(reports) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(reports))

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
            problems.append("header incomplete")

    convs = collections.OrderedDict()
    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    mid_new = 0
    refuse_followups = 0
    seen_closed = set()
    last_cid = None
    turns = 0
    fact_hits = collections.Counter()

    for ln, line in enumerate(lines[4:], 5):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns, expected 6" % (ln, len(cols)))
            continue
        cid, q, kind, tg, read_as, facts = cols
        turns += 1
        if any(c != c.strip() or not c for c in cols):
            problems.append("line %d: empty or padded column" % ln)
        if not re.fullmatch(r"c\d{2,3}", cid):
            problems.append("line %d: bad conversation id %r" % (ln, cid))
        if cid != last_cid:
            if cid in convs:
                problems.append("line %d: conversation %s is not contiguous" % (ln, cid))
            if last_cid is not None:
                seen_closed.add(last_cid)
            convs.setdefault(cid, [])
            first = True
        else:
            first = False
        last_cid = cid
        convs[cid].append(kind)

        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (ln, kind))
        kinds[kind] += 1
        if first and kind != "new":
            problems.append("line %d: first turn of %s is %r, not new" % (ln, cid, kind))
        if not first and kind == "new":
            mid_new += 1

        tag_list = [] if tg == "-" else tg.split(",")
        if tg != "-" and (not tag_list or any(t not in TAGS for t in tag_list)):
            problems.append("line %d: bad tags %r" % (ln, tg))
        if len(set(tag_list)) != len(tag_list):
            problems.append("line %d: duplicate tag" % ln)
        for t in tag_list:
            tags[t] += 1
        if "accentless" in tag_list and has_diacritics(q):
            problems.append("line %d: tagged accentless but has diacritics: %r" % (ln, q))
        if ("accentless" not in tag_list and "english" not in tag_list
                and not has_diacritics(q)):
            problems.append("line %d: no diacritics but not tagged accentless/english: %r" % (ln, q))
        if not has_diacritics(read_as):
            problems.append("line %d: read_as has no diacritics" % ln)
        if kind == "new" and "english" not in tag_list and "accentless" not in tag_list \
                and "typo" not in tag_list and q.strip() != read_as.strip():
            # allowed (diacritics / wording restored), but note nothing
            pass

        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (ln, r))
            reasons[r] += 1
            if not first:
                refuse_followups += 1
            if r == "false_premise" and "premise" not in tag_list:
                problems.append("line %d: false_premise without premise tag" % ln)
        else:
            if "refuse" in facts:
                problems.append("line %d: malformed refuse facts %r" % (ln, facts))
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    if not a or a != a.strip() or "&&" in a or "|" in a.replace("TG&VN", ""):
                        problems.append("line %d: malformed fact %r" % (ln, a))
                        continue
                    nwords = len(a.split())
                    if nwords > 6:
                        problems.append("line %d: fact too long (%d words): %r" % (ln, nwords, a))
                    hits = [n for n, txt in reports.items() if found(a, txt)]
                    if not hits:
                        problems.append("line %d: fact not found in any report: %r" % (ln, a))
                    elif len(hits) == len(reports):
                        problems.append("line %d: fact occurs in every report: %r" % (ln, a))
                    for n in hits:
                        fact_hits[n] += 1

    counts = {
        "conversations": len(convs), "turns": turns,
        "pronoun": kinds["pronoun"], "ellipsis": kinds["ellipsis"],
        "substitution": kinds["substitution"], "request": kinds["request"],
        "mid_new": mid_new, "refuse": sum(reasons.values()),
        "english": tags["english"], "typo": tags["typo"],
        "abbrev": tags["abbrev"], "telegraphic": tags["telegraphic"],
    }
    for k, v in MIN.items():
        if k == "refuse_each_reason":
            for r in REASONS:
                if reasons[r] < v:
                    problems.append("only %d refuse:%s turns (need >= %d)" % (reasons[r], r, v))
        elif counts[k] < v:
            problems.append("only %d %s (need >= %d)" % (counts[k], k, v))
    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            problems.append("%s has %d turns (need 3-6)" % (cid, len(ks)))
    share = tags["accentless"] / turns if turns else 0
    if not ACCENTLESS_SHARE[0] <= share <= ACCENTLESS_SHARE[1]:
        problems.append("accentless share %.2f outside %s" % (share, ACCENTLESS_SHARE))
    total_refuse = sum(reasons.values())
    if total_refuse and refuse_followups * 2 <= total_refuse:
        problems.append("most refuse turns should be follow-ups (%d of %d)" % (refuse_followups, total_refuse))
    for n in reports:
        if fact_hits[n] == 0:
            problems.append("report %s is not covered by any fact" % n)

    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
    else:
        print("PASS")
    print("conversations=%d turns=%d" % (len(convs), turns))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)))
    print("mid-conversation new turns: %d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tags[t]) for t in sorted(TAGS)))
    print("turns with no tag: %d" % (turns - sum(1 for _ in ())
                                     if False else sum(1 for l in lines[4:] if l.split("\t")[3:4] == ["-"])))
    print("accentless share: %.0f%%" % (100 * share))
    print("refuse: total=%d follow-ups=%d " % (total_refuse, refuse_followups)
          + ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS)))
    print("fact alternatives matched per report: "
          + ", ".join("%s=%d" % (n[:3], fact_hits[n]) for n in sorted(reports)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
