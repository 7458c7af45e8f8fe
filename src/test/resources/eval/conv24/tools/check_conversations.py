#!/usr/bin/env python3
"""Validate conversations.tsv against the five reports in ../given/. Prints PASS or the problems."""
import collections
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


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


def has_diacritics(s):
    s2 = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s2 if unicodedata.category(c) != "Mn") != unicodedata.normalize("NFD", s)


def main():
    errs = []
    path = os.path.join(ROOT, "conversations.tsv")
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if lines[:4] != B.HEADER:
        errs.append("header mismatch")
    body = lines[4:]
    reports = {k: norm(open(os.path.join(ROOT, "given", v), encoding="utf-8").read()) for k, v in B.REPORTS.items()}
    exp = B.build_rows()
    if len(body) != len(exp):
        errs.append("row count %d != build %d" % (len(body), len(exp)))
    convs = collections.OrderedDict()
    kinds, tags, reasons = collections.Counter(), collections.Counter(), collections.Counter()
    refuse_followups = 0
    for i, line in enumerate(body):
        where = "line %d" % (i + 5)
        cols = line.split("\t")
        if len(cols) != 6:
            errs.append("%s: %d columns" % (where, len(cols)))
            continue
        cid, q, kind, tg, read_as, facts = cols
        if any(not c.strip() for c in cols):
            errs.append("%s: empty column" % where)
        if not re.fullmatch(r"c\d{2,}", cid):
            errs.append("%s: bad id %s" % (where, cid))
        e = exp[i] if i < len(exp) else None
        if e and [e["conversation"], e["question"], e["kind"], e["tags"], e["read_as"], e["facts"]] != cols:
            errs.append("%s: differs from build script" % where)
        rep = e["rep"] if e else None
        first = cid not in convs
        convs.setdefault(cid, []).append(kind)
        if kind not in KINDS:
            errs.append("%s: bad kind %s" % (where, kind))
        if first and kind != "new":
            errs.append("%s: first turn not new" % where)
        kinds[kind] += 1
        tl = [] if tg == "-" else tg.split(",")
        for t in tl:
            if t not in TAGS:
                errs.append("%s: bad tag %s" % (where, t))
            tags[t] += 1
        if not tl:
            tags["-"] += 1
        english = "english" in tl
        if not english and (("accentless" in tl) == has_diacritics(q)):
            errs.append("%s: accentless tag wrong for %r" % (where, q))
        if english and "accentless" in tl:
            errs.append("%s: english turn tagged accentless" % where)
        if not has_diacritics(read_as):
            errs.append("%s: read_as without diacritics" % where)
        if facts.startswith("refuse:"):
            r = facts.split(":", 1)[1]
            if r not in REASONS:
                errs.append("%s: bad refusal reason %s" % (where, r))
            reasons[r] += 1
            if not first:
                refuse_followups += 1
            if r in ("not_reported", "false_premise") and rep is None:
                errs.append("%s: %s turn needs a report" % (where, r))
        else:
            if rep not in reports:
                errs.append("%s: no report for fact turn" % where)
                continue
            for grp in facts.split(" && "):
                alts = [a.strip() for a in grp.split(" | ")]
                for a in alts:
                    if not a:
                        errs.append("%s: empty fact" % where)
                        continue
                    n = len(a.split())
                    if n > 6:
                        errs.append("%s: fact too long %r" % (where, a))
                    if norm(a) not in reports[rep]:
                        errs.append("%s: fact %r not in %s" % (where, a, B.REPORTS[rep]))
    for cid, ks in convs.items():
        if not 3 <= len(ks) <= 6:
            errs.append("%s: %d turns" % (cid, len(ks)))
    ids = list(convs)
    if ids != ["c%02d" % k for k in range(1, len(ids) + 1)]:
        errs.append("conversation ids not consecutive")
    nturns = len(body)
    nref = sum(reasons.values())
    if len(convs) < 45:
        errs.append("only %d conversations" % len(convs))
    if nturns < 200:
        errs.append("only %d turns" % nturns)
    if nref < 35:
        errs.append("only %d refusals" % nref)
    if refuse_followups * 2 <= nref:
        errs.append("most refusals should be follow-ups")
    print("conversations %d, turns %d" % (len(convs), nturns))
    print("kinds", dict(kinds))
    print("tags", dict(sorted(tags.items())))
    print("refusals", dict(reasons), "total", nref, "follow-ups", refuse_followups)
    acc = tags["accentless"]
    noneng = nturns - tags["english"]
    print("accentless %d of %d non-English turns" % (acc, noneng))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
