#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 2).

Usage: python3 tools/check_conversations.py [path/to/conversations.tsv] [--given DIR] [--verbose]
Prints PASS, or the list of problems (exit code 1).
"""
import argparse
import glob
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADER = [
    "# Blind conversation set 2 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {
    "conversations": 45,
    "turns": 200,
    "pronoun": 35,
    "ellipsis": 30,
    "substitution": 25,
    "request": 15,
    "mid_new": 15,
    "refuse": 25,
}
CONV_ID = re.compile(r"^c\d{2,3}$")


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


def has_marks(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", s))


def found(alt, text_norm):
    a = norm(alt).strip()
    if not a:
        return False
    pat = r"(?<!\w)" + re.escape(a) + r"(?!\w)"
    return re.search(pat, text_norm) is not None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=os.path.join(ROOT, "conversations.tsv"))
    ap.add_argument("--given", default=os.path.join(ROOT, "given"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    problems = []
    reports = {}
    for f in sorted(glob.glob(os.path.join(args.given, "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            reports[os.path.basename(f)] = norm(fh.read())
    if not reports:
        problems.append("no reports found in %s" % args.given)

    try:
        with open(args.path, encoding="utf-8") as fh:
            raw = fh.read()
    except Exception as e:  # noqa
        print("FAIL: cannot read %s: %s" % (args.path, e))
        return 1
    if raw.startswith("\ufeff"):
        problems.append("file starts with a BOM")
        raw = raw[1:]
    if "\r" in raw:
        problems.append("file contains CR characters (use LF line endings)")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]

    if lines[:4] != HEADER:
        for i, (got, want) in enumerate(zip(lines[:4] + [""] * 4, HEADER)):
            if got != want:
                problems.append("header line %d differs:\n   got:  %r\n   want: %r" % (i + 1, got, want))

    convs = OrderedDict()
    kind_c = Counter()
    tag_c = Counter()
    reason_c = Counter()
    mid_new = 0
    refuse_followup = 0
    seen_ids_closed = set()
    last_id = None
    questions = Counter()

    for ln, line in enumerate(lines[4:], start=5):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns instead of 6" % (ln, len(cols)))
            continue
        cid, q, kind, tags, read_as, facts = cols
        for name, val in zip(("conversation", "question", "kind", "tags", "read_as", "facts"), cols):
            if val != val.strip() or not val:
                problems.append("line %d: column %s empty or has surrounding spaces" % (ln, name))
        if not CONV_ID.match(cid):
            problems.append("line %d: bad conversation id %r" % (ln, cid))
        if cid != last_id:
            if cid in seen_ids_closed or cid in convs:
                problems.append("line %d: conversation %s is not contiguous" % (ln, cid))
            if last_id is not None:
                seen_ids_closed.add(last_id)
            last_id = cid
        first = cid not in convs
        convs.setdefault(cid, []).append(ln)
        questions[q] += 1

        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (ln, kind))
        kind_c[kind] += 1
        if first and kind != "new":
            problems.append("line %d: first turn of %s is %r, not new" % (ln, cid, kind))
        if not first and kind == "new":
            mid_new += 1

        taglist = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not taglist or any(not t for t in taglist)):
            problems.append("line %d: malformed tags %r" % (ln, tags))
        for t in taglist:
            if t not in TAGS:
                problems.append("line %d: unknown tag %r" % (ln, t))
            tag_c[t] += 1
        if len(set(taglist)) != len(taglist):
            problems.append("line %d: duplicate tag" % ln)
        if "accentless" in taglist and has_marks(q):
            problems.append("line %d: tagged accentless but question has diacritics: %r" % (ln, q))
        if "accentless" not in taglist and "english" not in taglist and not has_marks(q):
            problems.append("line %d: question has no diacritics but is not tagged accentless/english: %r" % (ln, q))
        if kind == "new" and not first and False:
            pass
        if not has_marks(read_as):
            problems.append("line %d: read_as has no diacritics: %r" % (ln, read_as))

        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (ln, reason))
            reason_c[reason] += 1
            if not first:
                refuse_followup += 1
            if reason == "false_premise" and "premise" not in taglist:
                problems.append("line %d: false_premise turn not tagged premise" % ln)
        else:
            if "refuse" in facts:
                problems.append("line %d: malformed refuse facts %r" % (ln, facts))
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    if not a.strip() or a != a.strip():
                        problems.append("line %d: empty/space-padded fact alternative in %r" % (ln, facts))
                        continue
                    hits = [name for name, txt in reports.items() if found(a, txt)]
                    if not hits:
                        problems.append("line %d: fact %r not found in any report" % (ln, a))
                    elif len(hits) == len(reports) and len(reports) > 1:
                        problems.append("line %d: fact %r appears in every report (not discriminative)" % (ln, a))
                    if args.verbose:
                        print("  %s %-40s %s" % (cid, a, ",".join(h[:3] for h in hits)))

    n_turns = sum(len(v) for v in convs.values())
    for cid, rows in convs.items():
        if not 3 <= len(rows) <= 6:
            problems.append("conversation %s has %d turns (need 3-6)" % (cid, len(rows)))
    dup = [q for q, c in questions.items() if c > 1]
    if dup:
        problems.append("duplicate questions: %r" % dup)

    n_refuse = sum(reason_c.values())
    checks = [
        ("conversations", len(convs)),
        ("turns", n_turns),
        ("pronoun", kind_c["pronoun"]),
        ("ellipsis", kind_c["ellipsis"]),
        ("substitution", kind_c["substitution"]),
        ("request", kind_c["request"]),
        ("mid_new", mid_new),
        ("refuse", n_refuse),
    ]
    for name, val in checks:
        if val < MIN[name]:
            problems.append("count %s = %d < %d" % (name, val, MIN[name]))
    for r in REASONS:
        if reason_c[r] == 0:
            problems.append("no refuse turns with reason %s" % r)
    if n_refuse and refuse_followup * 2 <= n_refuse:
        problems.append("most refuse turns should be follow-ups (%d of %d are)" % (refuse_followup, n_refuse))
    share = tag_c["accentless"] / n_turns if n_turns else 0
    if not 0.40 <= share <= 0.65:
        problems.append("accentless share %.2f is not about half" % share)
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tag_c[t] < 3:
            problems.append("too few %s turns (%d)" % (t, tag_c[t]))

    print("conversations=%d turns=%d" % (len(convs), n_turns))
    print("kinds: " + ", ".join("%s=%d" % (k, kind_c[k]) for k in sorted(KINDS)) + ", new_mid_conversation=%d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tag_c[t]) for t in sorted(TAGS)) + " (accentless share %.2f)" % share)
    print("refuse: " + ", ".join("%s=%d" % (r, reason_c[r]) for r in sorted(REASONS)) + ", total=%d, follow-ups=%d" % (n_refuse, refuse_followup))
    if problems:
        print("FAIL (%d problems)" % len(problems))
        for p in problems:
            print(" - " + p)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
