#!/usr/bin/env python3
"""Check conversations.tsv (format, counts, fact spans) and print PASS.

Run:  python3 tools/check_conversations.py
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402  (hand-written data + helpers)

TSV = os.path.join(ROOT, "conversations.tsv")
REASONS = ("not_reported", "not_in_corpus", "false_premise")
TAGS = set(B.TAG_ORDER)
errors = []


def err(msg):
    errors.append(msg)


def main():
    with open(TSV, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        err("CR characters in file")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        err("header lines differ from the required 4 lines")
    body = lines[4:]
    reports = B.load_reports()
    all_text_norm = " ".join(B.norm(t) for t in reports.values())

    rows = []
    for i, line in enumerate(body, 5):
        if line.startswith("#") or not line.strip():
            err("line %d: comment/blank line after header" % i)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            err("line %d: %d columns" % (i, len(cols)))
            continue
        if any(not c.strip() or c != c.strip() for c in cols):
            err("line %d: empty or padded column" % i)
        rows.append((i, cols))

    # conversations: ids, order, sizes, first turn new
    convs = collections.OrderedDict()
    seen_done = set()
    last = None
    for i, cols in rows:
        cid = cols[0]
        if not re.fullmatch(r"c\d{2,3}", cid):
            err("line %d: bad conversation id %r" % (i, cid))
        if cid != last:
            if cid in seen_done:
                err("line %d: conversation %s not consecutive" % (i, cid))
            if last is not None:
                seen_done.add(last)
            last = cid
        convs.setdefault(cid, []).append((i, cols))
    for n, cid in enumerate(convs, 1):
        if cid != "c%02d" % n:
            err("conversation %s out of sequence (expected c%02d)" % (cid, n))
        turns = convs[cid]
        if not 3 <= len(turns) <= 6:
            err("%s: %d turns" % (cid, len(turns)))
        if turns[0][1][2] != "new":
            err("%s: first turn is not new" % cid)

    kinds = collections.Counter()
    tagc = collections.Counter()
    reasons = collections.Counter()
    n_eng = n_acc = 0
    for i, cols in rows:
        _, q, kind, tags, read_as, facts = cols
        if kind not in B.KINDS:
            err("line %d: bad kind %r" % (i, kind))
        kinds[kind] += 1
        tl = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not tl or any(t not in TAGS for t in tl) or len(set(tl)) != len(tl)):
            err("line %d: bad tags %r" % (i, tags))
        tagc.update(tl or ["-"])
        eng = "english" in tl
        n_eng += eng
        noacc = B.strip_accents(q) == q
        if ("accentless" in tl) != (noacc and not eng):
            err("line %d: accentless tag inconsistent with question" % i)
        n_acc += "accentless" in tl
        if ("abbrev" in tl) != (B.has_abbrev(q) and not eng):
            err("line %d: abbrev tag inconsistent with question" % i)
        if B.strip_accents(read_as) == read_as:
            err("line %d: read_as has no diacritics" % i)
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                err("line %d: bad refuse reason %r" % (i, r))
            reasons[r] += 1
            if r == "false_premise" and "premise" not in tl:
                err("line %d: false_premise turn without premise tag" % i)
            if r == "not_in_corpus" and "near-miss" not in tl:
                err("line %d: not_in_corpus turn without near-miss tag" % i)
        else:
            for grp in facts.split(" && "):
                alts = grp.split(" | ")
                for a in alts:
                    if not a or a != a.strip() or "|" in a or "&&" in a:
                        err("line %d: malformed facts %r" % (i, facts))
                        continue
                    if not 1 <= len(a.split()) <= 6:
                        err("line %d: span not 1-6 words: %r" % (i, a))
                    pat = r"(?<!\w)" + re.escape(B.norm(a)) + r"(?!\w)"
                    if not re.search(pat, all_text_norm):
                        err("line %d: span not found in any report: %r" % (i, a))

    # cross-check against the hand-written data (per-turn report + spans)
    expected = []
    for ci, conv in enumerate(B.CONVS, 1):
        for t in conv:
            expected.append(("c%02d" % ci, t))
    if len(expected) != len(rows):
        err("row count %d differs from build script %d (re-run build)" % (len(rows), len(expected)))
    else:
        prev = None
        for (i, cols), (cid, t) in zip(rows, expected):
            if cols[0] != cid or cols[1] != t["q"] or cols[5] != t["facts"]:
                err("line %d: differs from build script (re-run build)" % i)
            f = t["facts"]
            if not f.startswith("refuse:"):
                for a in B.fact_alternatives(f):
                    if not B.span_in(a, reports[t["rep"]]):
                        err("line %d: span %r not verbatim in %s" % (i, a, t["rep"]))
            elif f == B.NIC and t["rep"] is not None:
                err("line %d: not_in_corpus turn has a report" % i)
            elif f != B.NIC and t["rep"] is None:
                err("line %d: refusal without report" % i)
            if (prev is not None and prev[0] == cid and prev[1]["rep"] and t["rep"]
                    and prev[1]["rep"] != t["rep"]
                    and not f.startswith("refuse:") and not prev[1]["facts"].startswith("refuse:")):
                a = {B.norm(x) for x in B.fact_alternatives(f)}
                b = {B.norm(x) for x in B.fact_alternatives(prev[1]["facts"])}
                if a & b:
                    err("line %d: topic change keeps previous facts %s" % (i, a & b))
            prev = (cid, t)

    n = len(rows)
    n_vi = n - n_eng
    n_ref = sum(reasons.values())
    per_rep = collections.Counter(t["rep"] or "none" for _, t in expected)
    ref_followup = sum(1 for _, c in rows if c[5].startswith("refuse:") and c[2] != "new")

    if len(convs) < 45:
        err("only %d conversations" % len(convs))
    if n < 200:
        err("only %d turns" % n)
    if n_ref < 40:
        err("only %d refusal turns" % n_ref)
    for r in REASONS:
        if reasons[r] < 5:
            err("too few %s refusals (%d)" % (r, reasons[r]))
    if ref_followup * 2 <= n_ref:
        err("most refusals should be follow-ups")
    if not 0.40 <= n_acc / n_vi <= 0.60:
        err("accentless share %.2f not about half" % (n_acc / n_vi))
    if not 0.07 <= n_eng / n <= 0.14:
        err("English share %.2f not about 10%%" % (n_eng / n))
    for k in B.KINDS:
        if kinds[k] < 10:
            err("too few %s turns" % k)
    for t in ("abbrev", "telegraphic", "typo", "paraphrase", "premise", "near-miss"):
        if tagc[t] < 3:
            err("too few %s tags" % t)

    print("conversations: %d  turns: %d" % (len(convs), n))
    print("per report:", dict(sorted(per_rep.items())))
    print("per kind:", dict(kinds))
    print("per tag:", dict(tagc))
    print("refusals: %d (%s), follow-ups: %d" % (n_ref, dict(reasons), ref_followup))
    print("accentless: %d/%d Vietnamese turns (%.1f%%)  english: %d/%d (%.1f%%)"
          % (n_acc, n_vi, 100.0 * n_acc / n_vi, n_eng, n, 100.0 * n_eng / n))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
