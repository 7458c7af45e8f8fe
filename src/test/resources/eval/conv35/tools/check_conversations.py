#!/usr/bin/env python3
"""Check conversations.tsv for blind conversation set 35.

- the TSV is exactly what build_conversations.py renders (so the per-turn report is known);
- header: exactly the 4 comment lines; 6 tab-separated columns per row;
- conversation ids c01..c48, consecutive, 4-6 turns each; first turn of each is `new`;
- kinds and tags from the allowed sets; accentless questions carry no diacritics;
- read_as has diacritics and is longer than the question for follow-ups;
- every fact group matches (accent/case-insensitive, whole word, not glued to a
  word-internal '/' or '-', not ending in a period) in the turn's report, each span 1-6 syllables;
- refuse turns use a known reason; every not_in_corpus turn lists distinguishing tokens that
  are absent from all five reports; premise/near-miss tags agree with the reason;
- prints counts by kind, report, refusal reason and tag.
"""
import collections
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REASONS = {"not_reported", "not_in_corpus", "false_premise"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def has_diacritics(s):
    return norm(s) != s.lower()


def span_regex(span):
    body = re.escape(norm(span))
    body = body.replace(r"\ ", r"\s+")
    # whole word: not preceded/followed by a letter/digit, nor by '/' or '-' glued to a letter/digit
    return re.compile(r"(?<![0-9a-z])(?<![0-9a-z][/-])" + body + r"(?![0-9a-z])(?![/-][0-9a-z])")


def syllables(span):
    return len(re.findall(r"[0-9A-Za-z&]+", norm(span)))


def found(span, text):
    return span_regex(span).search(text) is not None


texts = {}
for rid, rel in B.REPORTS.items():
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        texts[rid] = norm(f.read())

# 1. TSV equals the build output
tsv_path = os.path.join(ROOT, "conversations.tsv")
with open(tsv_path, encoding="utf-8") as f:
    tsv = f.read()
if tsv != B.render():
    err("conversations.tsv differs from build_conversations.py output (re-run the build)")
lines = tsv.rstrip("\n").split("\n")
if lines[:4] != B.HEADER:
    err("header lines differ from the required 4 comment lines")
if any(l.startswith("#") for l in lines[4:]):
    err("extra comment lines")
for n, l in enumerate(lines[4:], 5):
    if len(l.split("\t")) != 6:
        err("line %d: %d columns" % (n, len(l.split("\t"))))

# 2. per-turn checks
kinds = collections.Counter()
reports = collections.Counter()
reasons = collections.Counter()
tagc = collections.Counter()
kind_by_report = collections.defaultdict(collections.Counter)
mid_new = 0
if len(B.CONVERSATIONS) != 48:
    err("expected 48 conversations, got %d" % len(B.CONVERSATIONS))
total = 0
for i, conv in enumerate(B.CONVERSATIONS, 1):
    cid = "c%02d" % i
    if not 4 <= len(conv) <= 6:
        err("%s: %d turns" % (cid, len(conv)))
    for j, t in enumerate(conv):
        total += 1
        where = "%s.t%d" % (cid, j + 1)
        kind, facts, rep = t["kind"], t["facts"], t["report"]
        tags = [x for x in t["tags"].split(",") if x and x != "-"]
        if kind not in KINDS:
            err(where + ": bad kind " + kind)
        if j == 0 and kind != "new":
            err(where + ": first turn must be new")
        if j > 0 and kind == "new":
            mid_new += 1
        for tg in tags:
            if tg not in TAGS:
                err(where + ": bad tag " + tg)
        if len(set(tags)) != len(tags):
            err(where + ": duplicate tag")
        if "accentless" in tags and "english" in tags:
            err(where + ": accentless and english together")
        if "english" not in tags and not has_diacritics(t["q"]) and "accentless" not in tags:
            err(where + ": question without diacritics but not tagged accentless")
        if "accentless" in tags and not has_diacritics(t["q"]):
            err(where + ": accentless tag but source question has no diacritics to strip")
        if not has_diacritics(t["read_as"]):
            err(where + ": read_as lacks diacritics")
        if j > 0 and kind != "new" and len(t["read_as"]) <= len(t["q"]):
            err(where + ": read_as not longer than follow-up question")
        if "\t" in t["q"] + t["read_as"] + facts or "\n" in t["q"] + t["read_as"] + facts:
            err(where + ": tab/newline in field")
        if rep not in texts:
            err(where + ": bad report " + rep)
            continue
        kinds[kind] += 1
        reports[rep] += 1
        kind_by_report[rep][kind] += 1
        for tg in tags:
            tagc[tg] += 1
        if facts.startswith("refuse:"):
            reason = facts.split(":", 1)[1]
            if reason not in REASONS:
                err(where + ": bad refuse reason " + reason)
            reasons[reason] += 1
            if reason == "false_premise" and "premise" not in tags:
                err(where + ": false_premise without premise tag")
            if reason != "false_premise" and "premise" in tags:
                err(where + ": premise tag on non-false_premise turn")
            if reason == "not_in_corpus":
                if "near-miss" not in tags:
                    err(where + ": not_in_corpus without near-miss tag")
                if not t["absent"]:
                    err(where + ": not_in_corpus without distinguishing token")
                for tok in t["absent"]:
                    hits = [r for r, tx in texts.items() if found(tok, tx)]
                    # also reject the token as a bare substring next to a hyphen/slash
                    if hits:
                        err(where + ": distinguishing token %r occurs in %s" % (tok, hits))
                    if norm(tok) not in norm(t["read_as"]):
                        err(where + ": distinguishing token %r not in read_as" % tok)
            elif t["absent"]:
                err(where + ": absent tokens on a non-not_in_corpus turn")
            if "near-miss" in tags and reason != "not_in_corpus":
                err(where + ": near-miss tag on non-not_in_corpus turn")
            continue
        if "premise" in tags or "near-miss" in tags:
            err(where + ": premise/near-miss tag on answerable turn")
        groups = facts.split(" && ")
        for g in groups:
            alts = g.split(" | ")
            ok = False
            for a in alts:
                if a != a.strip() or not a:
                    err(where + ": empty/padded span %r" % a)
                    continue
                if a.endswith(".") or a.endswith(","):
                    err(where + ": span ends in punctuation %r" % a)
                n = syllables(a)
                if not 1 <= n <= 6:
                    err(where + ": span %r has %d syllables" % (a, n))
                if found(a, texts[rep]):
                    ok = True
                else:
                    err(where + ": span %r not found in %s" % (a, rep))
            if not ok:
                err(where + ": no alternative of group %r matches" % g)

# 3. report
print("turns", total, "conversations", len(B.CONVERSATIONS), "mid-conversation new", mid_new)
print("kinds", dict(kinds))
print("reports", dict(sorted(reports.items())))
print("refusals", sum(reasons.values()), dict(reasons))
print("tags", dict(tagc))
for r in sorted(kind_by_report):
    print(" ", r, dict(kind_by_report[r]))
if errors:
    print("\n%d ERRORS" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
