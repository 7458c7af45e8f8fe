#!/usr/bin/env python3
"""Validate conversations.tsv against the rules of blind conversation set 21.

Checks: exact 4-line header, 6 columns, conversation ids (c01, c02, ... in order,
3-6 turns each, first turn kind new), kinds, tags (accentless exactly when a
non-English question has no Vietnamese diacritics), read_as has diacritics,
facts syntax, refusal reasons, and that every fact (every alternative of every
group) occurs as whole words in the report its turn is about (the report per
turn is taken from tools/build_conversations.py; the TSV must match it).
Prints PASS or the list of problems.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REASONS = {"not_reported", "not_in_corpus", "false_premise"}
ABBREV_RE = re.compile(r"(?<![\w])(HN|BNG|TTg|PTT|BT|NG)(?![\w])")


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


def has_vn_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(ch) for ch in d)


def main():
    errs = []
    path = os.path.join(ROOT, "conversations.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        errs.append("header mismatch")
    body = lines[4:]
    rows = []
    for i, line in enumerate(body, 5):
        cells = line.split("\t")
        if len(cells) != 6:
            errs.append("line %d: %d columns" % (i, len(cells)))
            continue
        rows.append((i, cells))

    built = B.build_rows()
    if len(built) != len(rows):
        errs.append("TSV has %d turns, build script %d" % (len(rows), len(built)))

    reports = {}
    for key, fn in B.REPORTS.items():
        with open(os.path.join(ROOT, "given", fn), encoding="utf-8") as f:
            reports[fn] = norm(f.read())

    convs = {}
    order = []
    kinds, tagc, reasons = {}, {}, {}
    n_refuse = n_refuse_follow = 0
    for (i, cells), b in zip(rows, built):
        cid, q, kind, tags, read_as, facts = cells
        if [cid, q, kind, tags, read_as, facts] != [b["conversation"], b["question"], b["kind"], b["tags"], b["read_as"], b["facts"]]:
            errs.append("line %d: differs from build script" % i)
        if not re.fullmatch(r"c\d{2,3}", cid):
            errs.append("line %d: bad conversation id %r" % (i, cid))
        if cid not in convs:
            if order and cid in order:
                errs.append("line %d: conversation %s not contiguous" % (i, cid))
            convs[cid] = []
            order.append(cid)
        first = len(convs[cid]) == 0
        convs[cid].append(kind)
        if kind not in KINDS:
            errs.append("line %d: bad kind %r" % (i, kind))
        kinds[kind] = kinds.get(kind, 0) + 1
        if first and kind != "new":
            errs.append("line %d: first turn of %s is not new" % (i, cid))
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errs.append("line %d: bad tag %r" % (i, t))
            tagc[t] = tagc.get(t, 0) + 1
        if len(set(taglist)) != len(taglist):
            errs.append("line %d: duplicate tag" % i)
        english = "english" in taglist
        if not english:
            if ("accentless" in taglist) == has_vn_diacritics(q):
                errs.append("line %d: accentless tag wrong for %r" % (i, q))
        elif "accentless" in taglist:
            errs.append("line %d: english turn tagged accentless" % i)
        if ABBREV_RE.search(q) and "abbrev" not in taglist:
            errs.append("line %d: abbreviation without abbrev tag" % i)
        if "abbrev" in taglist and not ABBREV_RE.search(q):
            errs.append("line %d: abbrev tag without abbreviation" % i)
        if not has_vn_diacritics(read_as):
            errs.append("line %d: read_as without diacritics" % i)
        if not q.strip() or not read_as.strip():
            errs.append("line %d: empty question/read_as" % i)
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                errs.append("line %d: bad refusal reason %r" % (i, r))
            reasons[r] = reasons.get(r, 0) + 1
            n_refuse += 1
            if not first:
                n_refuse_follow += 1
            if r == "false_premise" and "premise" not in taglist:
                errs.append("line %d: false_premise without premise tag" % i)
            if r == "not_in_corpus" and b["report"] != "-":
                errs.append("line %d: not_in_corpus turn should have no report" % i)
            if r != "not_in_corpus" and b["report"] == "-":
                errs.append("line %d: %s turn needs its report" % (i, r))
        else:
            if "premise" in taglist:
                errs.append("line %d: premise tag on non-false-premise turn" % i)
            rep = b["report"]
            if rep not in reports:
                errs.append("line %d: no report for fact turn" % i)
                continue
            text = reports[rep]
            for group in facts.split(" && "):
                alts = group.split(" | ")
                for a in alts:
                    a = a.strip()
                    if not a:
                        errs.append("line %d: empty fact" % i)
                        continue
                    nw = len(a.split())
                    if nw < 1 or nw > 6:
                        errs.append("line %d: fact too long %r" % (i, a))
                    if norm(a) not in text:
                        errs.append("line %d: fact %r not in %s" % (i, a, rep))

    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            errs.append("%s: %d turns" % (cid, len(ks)))
    expected = ["c%02d" % k for k in range(1, len(order) + 1)]
    if order != expected:
        errs.append("conversation ids not c01..c%02d in order" % len(order))
    if len(convs) < 45:
        errs.append("only %d conversations" % len(convs))
    if len(rows) < 200:
        errs.append("only %d turns" % len(rows))
    if n_refuse < 35:
        errs.append("only %d refuse turns" % n_refuse)
    if n_refuse_follow * 2 <= n_refuse:
        errs.append("most refusals should be follow-ups")

    print("conversations: %d, turns: %d" % (len(convs), len(rows)))
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("tags: " + ", ".join("%s=%d" % kv for kv in sorted(tagc.items())))
    print("refusals: %d (follow-ups %d): " % (n_refuse, n_refuse_follow)
          + ", ".join("%s=%d" % kv for kv in sorted(reasons.items())))
    untagged = sum(1 for _, c in rows if c[3] == "-")
    print("turns without tags: %d" % untagged)
    if errs:
        for e in errs:
            print("ERROR", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
