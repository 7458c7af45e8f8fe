#!/usr/bin/env python3
"""Validate conversations.tsv against the given reports; prints PASS or the problems."""
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REASONS = {"not_reported", "not_in_corpus", "false_premise"}
COLS = ["conversation", "question", "kind", "tags", "read_as", "facts"]


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + s.strip() + " "


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


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
    built = B.rows()
    if len(body) != len(built):
        errs.append("row count %d != built %d (rerun build)" % (len(body), len(built)))

    texts = {}
    for key, fn in B.REPORTS.items():
        with open(os.path.join(ROOT, "given", fn), encoding="utf-8") as fh:
            texts[key] = norm(fh.read())

    convs = {}
    order = []
    kinds, tags, reasons = Counter(), Counter(), Counter()
    refuse_followups = 0
    for n, (line, b) in enumerate(zip(body, built), 5):
        parts = line.split("\t")
        if len(parts) != 6:
            errs.append("line %d: %d columns" % (n, len(parts)))
            continue
        r = dict(zip(COLS, parts))
        for c in COLS:
            if not r[c].strip() or r[c] != r[c].strip():
                errs.append("line %d: empty/padded %s" % (n, c))
            if b[c] != r[c]:
                errs.append("line %d: %s differs from build script" % (n, c))
        cid = r["conversation"]
        if not re.fullmatch(r"c\d{2,3}", cid):
            errs.append("line %d: bad id %s" % (n, cid))
        if cid not in convs:
            if order and cid in order:
                errs.append("line %d: conversation %s not contiguous" % (n, cid))
            order.append(cid)
            convs[cid] = []
        convs[cid].append(r)
        if r["kind"] not in KINDS:
            errs.append("line %d: kind %s" % (n, r["kind"]))
        kinds[r["kind"]] += 1
        tl = [] if r["tags"] == "-" else r["tags"].split(",")
        for t in tl:
            if t not in TAGS:
                errs.append("line %d: tag %s" % (n, t))
            tags[t] += 1
        if len(set(tl)) != len(tl):
            errs.append("line %d: duplicate tag" % n)
        q = r["question"]
        eng = "english" in tl
        if eng and "accentless" in tl:
            errs.append("line %d: english and accentless" % n)
        if not eng and (("accentless" in tl) != (not has_diacritics(q))):
            errs.append("line %d: accentless tag mismatch: %s" % (n, q))
        if not has_diacritics(r["read_as"]):
            errs.append("line %d: read_as without diacritics" % n)
        facts = r["facts"]
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                errs.append("line %d: refuse reason %s" % (n, reason))
            reasons[reason] += 1
            if r["kind"] != "new":
                refuse_followups += 1
            if reason == "false_premise" and "premise" not in tl:
                errs.append("line %d: false_premise without premise tag" % n)
            if reason != "not_in_corpus" and b["report"] is None:
                errs.append("line %d: %s needs a report" % (n, reason))
        else:
            rep = b["report"]
            if rep is None:
                errs.append("line %d: answerable turn without report" % n)
                continue
            for g in facts.split(" && "):
                for alt in g.split(" | "):
                    if alt != alt.strip() or not alt:
                        errs.append("line %d: bad fact spacing %r" % (n, alt))
                        continue
                    nw = len(norm(alt).split())
                    if not 1 <= nw <= 6:
                        errs.append("line %d: fact %r has %d words" % (n, alt, nw))
                    if norm(alt) not in texts[rep]:
                        errs.append("line %d: fact %r not in report %s" % (n, alt, rep))

    for cid, turns in convs.items():
        if not 3 <= len(turns) <= 6:
            errs.append("%s: %d turns" % (cid, len(turns)))
        if turns[0]["kind"] != "new":
            errs.append("%s: first turn not new" % cid)
    expected = ["c%02d" % i for i in range(1, len(order) + 1)]
    if order != expected:
        errs.append("conversation ids not sequential")
    nturns = sum(len(t) for t in convs.values())
    nref = sum(reasons.values())
    if len(convs) < 45:
        errs.append("only %d conversations" % len(convs))
    if nturns < 200:
        errs.append("only %d turns" % nturns)
    if nref < 35:
        errs.append("only %d refuse turns" % nref)
    if refuse_followups * 2 <= nref:
        errs.append("most refusals should be follow-ups")
    nonen = nturns - tags["english"]
    print("conversations %d, turns %d, refuse %d (follow-ups %d)" % (len(convs), nturns, nref, refuse_followups))
    print("kinds:", dict(sorted(kinds.items())))
    print("tags:", dict(sorted(tags.items())), "untagged:", sum(1 for c in convs.values() for t in c if t["tags"] == "-"))
    print("refusals:", dict(sorted(reasons.items())))
    print("accentless share of non-English turns: %.2f" % (tags["accentless"] / max(1, nonen)))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
