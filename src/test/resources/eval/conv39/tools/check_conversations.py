#!/usr/bin/env python3
"""Checks conversations.tsv for blind set 39.

- header: exactly the 4 comment lines; 6 tab-separated fields per row
- conversation ids c01..c48, consecutive, 4-6 turns each; first turn of each is kind 'new'
- kinds / tags from the allowed sets; read_as has diacritics and is longer than a follow-up question
- accentless turns carry no diacritics; TSV agrees with the Python data in build_conversations.py
- every fact group: alternatives of 1-6 syllables, each matching as a whole word (accent/case-insensitive)
  in the turn's report, not glued to '/', '-' or '.' inside a word, not ending in punctuation
- refuse turns: valid reason; every not_in_corpus distinguishing token absent from all five reports
- prints counts by kind, by report, refusals, tags
Run:  python3 -B tools/check_conversations.py
"""
import collections
import glob
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
REFUSE = {"refuse:not_reported", "refuse:not_in_corpus", "refuse:false_premise"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"\s+", " ", s)


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower())


def find_whole(fact, text):
    """Whole-word occurrence of fact in text (both normalised); not glued to / - . inside a word."""
    f = norm(fact)
    for m in re.finditer(re.escape(f), text):
        a, b = m.start(), m.end()
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if before.isalnum() or after.isalnum():
            continue
        if before in "/-." and a > 1 and text[a - 2].isalnum():
            continue
        if after in "/-." and b + 1 < len(text) and text[b + 1].isalnum():
            continue
        return True
    return False


def syllables(fact):
    return len([w for w in fact.split() if re.search(r"\w", w)])


reports = sorted(glob.glob(os.path.join(ROOT, "given", "*.txt")))
if len(reports) != 5:
    err("expected 5 reports, found %d" % len(reports))
RTEXT = [norm(open(p, encoding="utf-8").read()) for p in reports]

# ---- TSV format
path = os.path.join(ROOT, "conversations.tsv")
raw = open(path, encoding="utf-8").read()
if "\r" in raw:
    err("CR characters in TSV")
lines = raw.rstrip("\n").split("\n")
if lines[:4] != B.HEADER:
    err("header lines differ from the required 4 comment lines")
rows = []
for n, line in enumerate(lines[4:], 5):
    if line.startswith("#"):
        err("line %d: extra comment line" % n)
        continue
    parts = line.split("\t")
    if len(parts) != 6:
        err("line %d: %d fields" % (n, len(parts)))
        continue
    if any(p != p.strip() or p == "" for p in parts):
        err("line %d: empty or padded field" % n)
    rows.append(parts)

data = list(B.rows())
if len(rows) != len(data):
    err("TSV has %d rows, data has %d turns: rebuild" % (len(rows), len(data)))
for (cid, t), r in zip(data, rows):
    if r != [cid, t.question, t.kind, t.tags, t.read_as, t.facts]:
        err("%s: TSV row differs from build data (%s): rebuild" % (cid, r[1]))

# ---- conversations
ids = [r[0] for r in rows]
order = []
for c in ids:
    if not order or order[-1] != c:
        if c in order:
            err("conversation %s not consecutive" % c)
        order.append(c)
if order != ["c%02d" % i for i in range(1, 49)]:
    err("conversation ids are not c01..c48 in order")
for c, n in collections.Counter(ids).items():
    if not 4 <= n <= 6:
        err("%s has %d turns" % (c, n))

prev = None
for (cid, t), r in zip(data, rows):
    q, kind, tags, read_as, facts = r[1:]
    where = "%s '%s'" % (cid, q)
    first = cid != prev
    prev = cid
    if kind not in KINDS:
        err("%s: bad kind %s" % (where, kind))
    if first and kind != "new":
        err("%s: first turn is not 'new'" % where)
    taglist = [] if tags == "-" else tags.split(",")
    if tags != "-" and (not taglist or any(x not in TAGS for x in taglist) or len(set(taglist)) != len(taglist)):
        err("%s: bad tags %s" % (where, tags))
    if "accentless" in taglist and has_diacritics(q):
        err("%s: accentless but has diacritics" % where)
    if "accentless" in taglist and "english" in taglist:
        err("%s: both accentless and english" % where)
    if "accentless" not in taglist and "english" not in taglist and not has_diacritics(q):
        err("%s: no diacritics but not tagged accentless/english" % where)
    if not has_diacritics(read_as):
        err("%s: read_as without diacritics" % where)
    if kind != "new" and len(read_as) <= len(q):
        err("%s: read_as not longer than the follow-up" % where)
    if ("premise" in taglist) != (facts == "refuse:false_premise"):
        err("%s: premise tag and false_premise disagree" % where)
    if ("near-miss" in taglist) != (facts == "refuse:not_in_corpus"):
        err("%s: near-miss tag and not_in_corpus disagree" % where)
    if facts.startswith("refuse:"):
        if facts not in REFUSE:
            err("%s: bad refuse reason %s" % (where, facts))
        if facts == "refuse:not_in_corpus":
            if t.report is not None or not t.miss:
                err("%s: not_in_corpus needs miss token and no report" % where)
            for tok in (t.miss if isinstance(t.miss, (list, tuple)) else [t.miss]):
                for i, txt in enumerate(RTEXT):
                    if find_whole(tok, txt) or norm(tok) in txt:
                        err("%s: not_in_corpus token '%s' occurs in R%d" % (where, tok, i))
                if norm(tok) not in norm(read_as):
                    err("%s: miss token '%s' not in read_as" % (where, tok))
        else:
            if t.report not in range(5):
                err("%s: refuse turn needs its report" % where)
        continue
    if t.report not in range(5):
        err("%s: no report" % where)
        continue
    text = RTEXT[t.report]
    for group in facts.split(" && "):
        alts = group.split(" | ")
        if any(a != a.strip() or not a for a in alts):
            err("%s: malformed fact group '%s'" % (where, group))
        for a in alts:
            if not 1 <= syllables(a) <= 6:
                err("%s: fact '%s' has %d syllables" % (where, a, syllables(a)))
            if re.search(r"[.,;:!?/\-]$", a) or re.search(r"^[.,;:!?/\-]", a):
                err("%s: fact '%s' starts/ends with punctuation" % (where, a))
            if not find_whole(a, text):
                err("%s: fact '%s' not found as whole words in R%d" % (where, a, t.report))

# ---- counts
kinds = collections.Counter(r[2] for r in rows)
reasons = collections.Counter(r[5] for r in rows if r[5].startswith("refuse:"))
tagc = collections.Counter(x for r in rows if r[3] != "-" for x in r[3].split(","))
rep = collections.Counter(("R%d" % t.report) if t.report is not None else "none" for _, t in data)
print("turns %d in %d conversations" % (len(rows), len(order)))
print("kinds", dict(kinds))
print("refusals %d %s" % (sum(reasons.values()), dict(reasons)))
print("reports", dict(sorted(rep.items())))
print("tags", dict(tagc))
print("turns per conversation", dict(sorted(collections.Counter(collections.Counter(ids).values()).items())))
if errors:
    print("\n%d ERRORS" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
