#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 34 against the build script and the reports."""
import collections
import importlib.util
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
TSV = os.path.join(ROOT, "conversations.tsv")

spec = importlib.util.spec_from_file_location("build_conversations", os.path.join(HERE, "build_conversations.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REASONS = {"not_reported", "not_in_corpus", "false_premise"}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def toks(s):
    """Whole-word tokens: accent/case folded, punctuation other than / - . % as spaces."""
    s = fold(s)
    s = "".join(c if (c.isalnum() or c in "/-.%") else " " for c in s)
    return s.split()


def toks_strict(s):
    """All punctuation as spaces (used for near-miss absence: stricter)."""
    s = fold(s)
    s = "".join(c if c.isalnum() else " " for c in s)
    return s.split()


def contains(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def has_diacritics(s):
    return s != B.strip_diacritics(s)


# ---------------------------------------------------------------- reports
REPORTS = {}
for rid, fn in B.REPORT_FILES.items():
    with open(os.path.join(GIVEN, fn), encoding="utf-8") as f:
        REPORTS[rid] = f.read()
REP_TOKS = {rid: toks(t) for rid, t in REPORTS.items()}
REP_TOKS_STRICT = {rid: toks_strict(t) for rid, t in REPORTS.items()}

# ---------------------------------------------------------------- TSV == build
rows = B.build_rows()
expected = list(B.HEADER) + ["\t".join([r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]])
                             for r in rows]
with open(TSV, encoding="utf-8") as f:
    actual = f.read().split("\n")
if actual and actual[-1] == "":
    actual = actual[:-1]
if actual != expected:
    err("conversations.tsv does not match build_conversations.py (rebuild it)")
if actual[:4] != B.HEADER:
    err("header lines differ")
if len(B.HEADER) != 4 or not all(h.startswith("#") for h in B.HEADER):
    err("header must be 4 comment lines")

# ---------------------------------------------------------------- parse TSV
parsed = []
for ln, line in enumerate(actual[4:], 5):
    cols = line.split("\t")
    if len(cols) != 6:
        err("line %d: %d columns" % (ln, len(cols)))
        continue
    if any(c.strip() == "" or c != c.strip() for c in cols):
        err("line %d: empty or padded column" % ln)
    parsed.append(cols)

# conversation ids consecutive c01..cNN, turns consecutive
seen = []
for cols in parsed:
    cid = cols[0]
    if not re.fullmatch(r"c\d\d", cid):
        err("bad conversation id %r" % cid)
    if not seen or seen[-1] != cid:
        if cid in seen:
            err("conversation %s not consecutive" % cid)
        seen.append(cid)
if seen != ["c%02d" % i for i in range(1, len(seen) + 1)]:
    err("conversation ids are not c01..c%02d in order" % len(seen))

# ---------------------------------------------------------------- per turn
prev = None
for i, r in enumerate(rows):
    where = "%s turn %r" % (r["conversation"], r["question"])
    first = prev is None or prev["conversation"] != r["conversation"]
    kind = r["kind"]
    tags = [] if r["tags"] == "-" else r["tags"].split(",")
    q, ra, facts, rep = r["question"], r["read_as"], r["facts"], r["report"]

    if kind not in KINDS:
        err("%s: bad kind %s" % (where, kind))
    if first and kind != "new":
        err("%s: first turn must be new" % where)
    for t in tags:
        if t not in TAGS:
            err("%s: bad tag %s" % (where, t))
    if len(set(tags)) != len(tags):
        err("%s: duplicate tags" % where)
    english = "english" in tags
    # accentless tag consistent
    if not english and not has_diacritics(q) and "accentless" not in tags:
        err("%s: accentless tag missing" % where)
    if "accentless" in tags and (english or has_diacritics(q)):
        err("%s: accentless tag wrong" % where)
    if B.has_abbrev(q) != ("abbrev" in tags):
        err("%s: abbrev tag inconsistent" % where)
    if english and has_diacritics(q):
        err("%s: english turn with diacritics" % where)
    # read_as
    if not has_diacritics(ra):
        err("%s: read_as must have diacritics" % where)
    if kind != "new" and len(ra) <= len(q):
        err("%s: follow-up read_as not longer than question" % where)
    if rep is not None and rep not in REPORTS:
        err("%s: bad report %r" % (where, rep))

    # facts
    if facts.startswith("refuse:"):
        reason = facts[len("refuse:"):]
        if reason not in REASONS:
            err("%s: bad reason %s" % (where, reason))
        if reason == "not_in_corpus":
            if "near-miss" not in tags:
                err("%s: not_in_corpus needs near-miss tag" % where)
            if rep is not None:
                err("%s: not_in_corpus turn should have report None" % where)
        elif rep is None:
            err("%s: %s turn needs its report" % (where, reason))
        if reason == "false_premise" and "premise" not in tags:
            err("%s: false_premise needs premise tag" % where)
        if "near-miss" in tags:
            if not r["miss"]:
                err("%s: near-miss without distinguishing token" % where)
            for m in r["miss"]:
                mt = toks_strict(m)
                for rid, rt in REP_TOKS_STRICT.items():
                    if contains(rt, mt):
                        err("%s: near-miss token %r occurs in %s" % (where, m, rid))
                if not (contains(toks_strict(ra), mt) and contains(toks_strict(q), mt)):
                    err("%s: near-miss token %r not in question/read_as" % (where, m))
    else:
        if "near-miss" in tags or "premise" in tags:
            err("%s: near-miss/premise tag on an answerable turn" % where)
        if rep is None:
            err("%s: answerable turn without report" % where)
        else:
            groups = facts.split(" && ")
            if not 1 <= len(groups) <= 3:
                err("%s: %d fact groups" % (where, len(groups)))
            for g in groups:
                alts = g.split(" | ")
                ok = False
                for a in alts:
                    if a != a.strip() or not a:
                        err("%s: bad alternative %r" % (where, a))
                    n = len(toks(a))
                    if not 1 <= n <= 6:
                        err("%s: span %r has %d words" % (where, a, n))
                    if contains(REP_TOKS[rep], toks(a)):
                        ok = True
                    else:
                        err("%s: alternative %r not in %s" % (where, a, rep))
                if not ok:
                    err("%s: no alternative of group %r in %s" % (where, g, rep))
    if r["miss"] and "near-miss" not in tags:
        err("%s: miss list without near-miss tag" % where)

    # topic switch: report change or mid-conversation new question
    if not first and not facts.startswith("refuse:") and not prev["facts"].startswith("refuse:"):
        switch = (kind == "new") or (rep != prev["report"])
        if switch:
            cur = [toks(a) for g in facts.split(" && ") for a in g.split(" | ")]
            old = [toks(a) for g in prev["facts"].split(" && ") for a in g.split(" | ")]
            for c in cur:
                for o in old:
                    if contains(c, o) or contains(o, c):
                        err("%s: topic switch shares span %r with previous turn" % (where, " ".join(c)))
    prev = r

# ---------------------------------------------------------------- counts
n = len(rows)
convs = collections.Counter(r["conversation"] for r in rows)
kinds = collections.Counter(r["kind"] for r in rows)
tagc = collections.Counter(t for r in rows for t in (r["tags"].split(",") if r["tags"] != "-" else []))
reasons = collections.Counter(r["facts"].split(":", 1)[1] for r in rows if r["facts"].startswith("refuse:"))
reps = collections.Counter(r["report"] or "None" for r in rows)
refuse_followup = sum(1 for r, k in zip(rows, [r["kind"] for r in rows]) if r["facts"].startswith("refuse:") and k != "new")
viet = [r for r in rows if "english" not in r["tags"].split(",")]
acc = sum(1 for r in viet if "accentless" in r["tags"].split(","))

for c, k in convs.items():
    if not 3 <= k <= 6:
        err("conversation %s has %d turns" % (c, k))
for rid in REPORTS:
    if reps[rid] < 30:
        err("report %s has only %d turns" % (rid, reps[rid]))

print("turns: %d  conversations: %d" % (n, len(convs)))
print("kinds:", dict(sorted(kinds.items())))
print("tags:", dict(sorted(tagc.items())))
print("refusals: %d (%d on follow-ups)" % (sum(reasons.values()), refuse_followup), dict(sorted(reasons.items())))
print("reports:", dict(sorted(reps.items())))
print("Vietnamese turns: %d, accentless: %d (%.0f%%); english: %d (%.0f%%)" % (
    len(viet), acc, 100.0 * acc / max(1, len(viet)), tagc["english"], 100.0 * tagc["english"] / n))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
