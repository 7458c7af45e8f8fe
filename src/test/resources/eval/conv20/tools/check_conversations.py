#!/usr/bin/env python3
"""Validate /work/sealed/conv20/conversations.tsv against the five reports in given/.

Prints PASS, or the list of problems (exit code 1), followed by counts.
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

HEADER = [
    "# Blind conversation set 20 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {
    "conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30, "substitution": 25,
    "request": 15, "mid_new": 15, "refuse": 25,
}
# facts that are too generic to prove anything (appear in every report)
BANNED = set()


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", s).split()) + " "


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
    docs = [norm(open(f, encoding="utf-8").read()) for f in sorted(glob.glob(os.path.join(ROOT, "given", "*.txt")))]
    problems = []
    if len(docs) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(docs))

    raw = open(path, encoding="utf-8").read()
    if raw.startswith("\ufeff"):
        problems.append("file has a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        problems.append("header is not exactly the required 4 lines")
    body = lines[4:]

    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    convs = collections.OrderedDict()
    seen_closed = set()
    prev = None
    mid_new = 0
    accentless = 0

    for ln, line in enumerate(body, 5):
        if line.startswith("#") or not line.strip():
            problems.append("line %d: comment/blank line in body" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns (need 6)" % (ln, len(cols)))
            continue
        cid, q, kind, tg, read_as, facts = [c.strip() for c in cols]
        if any(c != c.strip() for c in cols):
            problems.append("line %d: leading/trailing whitespace in a column" % ln)
        if not re.fullmatch(r"c\d{2,}", cid):
            problems.append("line %d: bad conversation id %r" % (ln, cid))
        if cid != prev:
            if cid in seen_closed or cid in convs:
                problems.append("line %d: conversation %s not consecutive" % (ln, cid))
            if prev is not None:
                seen_closed.add(prev)
            convs[cid] = []
            if kind != "new":
                problems.append("line %d: first turn of %s is %r, not new" % (ln, cid, kind))
        else:
            if kind == "new":
                mid_new += 1
        prev = cid
        convs[cid].append(kind)
        if not q or not read_as:
            problems.append("line %d: empty question/read_as" % ln)
        if kind not in KINDS:
            problems.append("line %d: bad kind %r" % (ln, kind))
        kinds[kind] += 1
        tlist = [] if tg == "-" else tg.split(",")
        if not tlist and tg != "-":
            problems.append("line %d: empty tags (use -)" % ln)
        for t in tlist:
            if t not in TAGS:
                problems.append("line %d: bad tag %r" % (ln, t))
            tags[t] += 1
        if len(set(tlist)) != len(tlist):
            problems.append("line %d: duplicate tag" % ln)
        # accentless tag must match the text (ignored for english turns)
        if "english" not in tlist:
            if "accentless" in tlist and has_diacritics(q):
                problems.append("line %d: tagged accentless but has diacritics: %r" % (ln, q))
            if "accentless" not in tlist and not has_diacritics(q) and re.search(r"[a-zA-Z]{2}", q):
                problems.append("line %d: no diacritics but not tagged accentless: %r" % (ln, q))
        if "accentless" in tlist:
            accentless += 1
        if not has_diacritics(read_as):
            problems.append("line %d: read_as lacks diacritics: %r" % (ln, read_as))
        if kind == "new" and "english" not in tlist and norm(q) != norm(read_as) and "accentless" not in tlist \
                and "abbrev" not in tlist and "paraphrase" not in tlist and "telegraphic" not in tlist:
            pass  # new turns may be lightly completed in read_as; not an error
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append("line %d: bad refuse reason %r" % (ln, r))
            reasons[r] += 1
            if "premise" in tlist and r != "false_premise":
                problems.append("line %d: premise tag but reason %s" % (ln, r))
        else:
            if not facts:
                problems.append("line %d: empty facts" % ln)
            for grp in facts.split(" && "):
                alts = grp.split(" | ")
                for alt in alts:
                    a = alt.strip()
                    if not a or a != alt:
                        problems.append("line %d: malformed fact alternative %r" % (ln, alt))
                        continue
                    na = norm(a)
                    if na.strip() == "":
                        problems.append("line %d: fact %r normalises to nothing" % (ln, a))
                        continue
                    n_in = sum(1 for d in docs if na in d)
                    if n_in == 0:
                        problems.append("line %d: fact %r not found in any report" % (ln, a))
                    elif n_in == len(docs):
                        problems.append("line %d: fact %r appears in every report (not discriminative)" % (ln, a))
                    if len(a.split()) > 8:
                        problems.append("line %d: fact %r is long (>8 words)" % (ln, a))

    nturns = sum(len(v) for v in convs.values())
    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            problems.append("conversation %s has %d turns (need 3-6)" % (cid, len(ks)))

    refuse = sum(reasons.values())
    got = {
        "conversations": len(convs), "turns": nturns, "pronoun": kinds["pronoun"], "ellipsis": kinds["ellipsis"],
        "substitution": kinds["substitution"], "request": kinds["request"], "mid_new": mid_new, "refuse": refuse,
    }
    for k, v in MIN.items():
        if got[k] < v:
            problems.append("count %s = %d < %d" % (k, got[k], v))
    for r in REASONS:
        if reasons[r] < 5:
            problems.append("refuse reason %s only %d times" % (r, reasons[r]))
    if nturns and not (0.35 <= accentless / nturns <= 0.65):
        problems.append("accentless share %.2f not about half" % (accentless / nturns))
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tags[t] < 3:
            problems.append("too few %s turns (%d)" % (t, tags[t]))

    if problems:
        print("\n".join(problems))
    else:
        print("PASS")
    print("conversations=%d turns=%d" % (len(convs), nturns))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)) + ", new_mid_conversation=%d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tags[t]) for t in sorted(TAGS)) + ", untagged=%d" % sum(
        1 for line in body if line.count("\t") == 5 and line.split("\t")[3] == "-"))
    print("refuse=%d: " % refuse + ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS)))
    print("accentless share=%.2f" % (accentless / nturns if nturns else 0))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
