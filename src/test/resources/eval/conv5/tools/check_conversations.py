#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 5).

Checks: exact 4-line header, 6 tab-separated columns, conversation ids and
grouping, 3-6 turns per conversation, first turn `new`, allowed kinds / tags /
refuse reasons, read_as with diacritics, tag consistency (accentless), required
counts, and that every non-refuse fact alternative occurs in at least one report
of ../given (accent-insensitive whole-word match: đ->d, NFD without combining
marks, lowercase) and not in all five reports. Prints PASS or the problems.
"""
import glob
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 5 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
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


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()


def found(fact, text_norm):
    f = norm(fact)
    if not f:
        return False
    pat = r"(?<![0-9a-z])" + re.escape(f).replace(r"\ ", r"\s+") + r"(?![0-9a-z])"
    return re.search(pat, text_norm) is not None


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower()).strip()


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
    if "\r" in raw:
        problems.append("file contains CR characters")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i, (a, b) in enumerate(zip(lines[:4], HEADER)):
            if a != b:
                problems.append("header line %d differs: %r" % (i + 1, a))
        if len(lines) < 4:
            problems.append("header incomplete")

    convs = OrderedDict()
    rows = []
    last_cid = None
    for ln, line in enumerate(lines[4:], start=5):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns (need 6)" % (ln, len(cols)))
            continue
        cid, q, kind, tags, read_as, facts = [c.strip() for c in cols]
        where = "line %d (%s)" % (ln, cid)
        if not re.fullmatch(r"c\d{2,}", cid):
            problems.append(where + ": bad conversation id")
        if cid != last_cid:
            if cid in convs:
                problems.append(where + ": conversation id reappears after another conversation")
            convs[cid] = []
            last_cid = cid
        turn_index = len(convs[cid])
        convs[cid].append(ln)
        if not q:
            problems.append(where + ": empty question")
        if kind not in KINDS:
            problems.append(where + ": bad kind %r" % kind)
        if turn_index == 0 and kind != "new":
            problems.append(where + ": first turn of a conversation must be new")
        taglist = [] if tags == "-" else tags.split(",")
        if not taglist and tags != "-":
            problems.append(where + ": empty tags (use -)")
        for t in taglist:
            if t not in TAGS:
                problems.append(where + ": bad tag %r" % t)
        if len(set(taglist)) != len(taglist):
            problems.append(where + ": duplicate tag")
        if "accentless" in taglist and has_diacritics(q):
            problems.append(where + ": tagged accentless but question has diacritics")
        if "english" not in taglist and not has_diacritics(q) and "accentless" not in taglist:
            problems.append(where + ": question without diacritics lacks accentless tag")
        if not read_as or not has_diacritics(read_as):
            problems.append(where + ": read_as missing or without diacritics")
        if kind == "new" and "english" not in taglist and has_diacritics(q) and "abbrev" not in taglist \
                and read_as != q:
            problems.append(where + ": new turn typed with diacritics: read_as should be the question itself")
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                problems.append(where + ": bad refuse reason %r" % reason)
        else:
            if not facts:
                problems.append(where + ": empty facts")
            for g in facts.split(" && "):
                alts = [a.strip() for a in g.split(" | ")]
                for a in alts:
                    if not a:
                        problems.append(where + ": empty fact alternative")
                        continue
                    nw = len(norm(a).split())
                    if nw > 6:
                        problems.append(where + ": fact %r longer than 6 words" % a)
                    hits = [k for k, txt in reports.items() if found(a, txt)]
                    if not hits:
                        problems.append(where + ": fact %r not found in any report" % a)
                    elif len(hits) == len(reports):
                        problems.append(where + ": fact %r occurs in every report" % a)
        rows.append(dict(cid=cid, q=q, kind=kind, tags=taglist, read_as=read_as, facts=facts, idx=turn_index))

    for cid, lns in convs.items():
        if not 3 <= len(lns) <= 6:
            problems.append("%s: %d turns (need 3-6)" % (cid, len(lns)))
    ids = list(convs)
    expected = ["c%02d" % i for i in range(1, len(ids) + 1)]
    if ids != expected:
        problems.append("conversation ids are not c01, c02, ... in order")

    kinds = Counter(r["kind"] for r in rows)
    tagc = Counter(t for r in rows for t in r["tags"])
    reasons = Counter(r["facts"][7:] for r in rows if r["facts"].startswith("refuse:"))
    mid_new = sum(1 for r in rows if r["kind"] == "new" and r["idx"] > 0)
    refuse_followups = sum(1 for r in rows if r["facts"].startswith("refuse:") and r["idx"] > 0)
    n_refuse = sum(reasons.values())
    counts = {
        "conversations": len(convs), "turns": len(rows), "pronoun": kinds["pronoun"],
        "ellipsis": kinds["ellipsis"], "substitution": kinds["substitution"],
        "request": kinds["request"], "mid_new": mid_new, "refuse": n_refuse,
    }
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append("count %s = %d < %d" % (k, counts[k], v))
    for r in REASONS:
        if reasons[r] < 5:
            problems.append("refuse reason %s used %d times (< 5)" % (r, reasons[r]))
    if n_refuse and refuse_followups * 2 <= n_refuse:
        problems.append("most refusals should be follow-ups (%d of %d)" % (refuse_followups, n_refuse))
    share = tagc["accentless"] / max(1, len(rows))
    if not 0.40 <= share <= 0.60:
        problems.append("accentless share %.2f not about half" % share)
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tagc[t] < 3:
            problems.append("too few %s turns (%d)" % (t, tagc[t]))

    print("conversations: %d, turns: %d" % (len(convs), len(rows)))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)))
    print("new turns in the middle of a conversation: %d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (k, tagc[k]) for k in sorted(TAGS)) + " (accentless share %.0f%%)" % (100 * share))
    print("refusals: %d (%s); follow-up refusals: %d" % (
        n_refuse, ", ".join("%s=%d" % (k, reasons[k]) for k in sorted(REASONS)), refuse_followups))
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
