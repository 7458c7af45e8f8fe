#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 30.

* re-imports tools/build_conversations.py and checks the TSV equals its output;
* checks header, columns, ids, kinds, tags, reason codes;
* checks every alternative of every fact group occurs as whole words
  (accent/case-insensitive; punctuation other than / - . % read as spaces)
  in the turn's report, and spans are 1-6 words;
* follow-up read_as longer than the question; read_as carries diacritics;
* a topic switch (a later `new` turn, or a change of report) shares no span
  with the facts of the previous answered turn;
* each near-miss's distinguishing name/year/number is absent from every report
  (and present in the question);
* automatic tags (accentless, abbrev) are consistent; premise <-> false_premise,
  near-miss <-> not_in_corpus;
* prints counts and PASS.
"""
import collections
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TSV = os.path.join(ROOT, "conversations.tsv")

spec = importlib.util.spec_from_file_location("build_conversations",
                                              os.path.join(HERE, "build_conversations.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise",
        "near-miss", "paraphrase"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = B.strip_diacritics(s).lower()
    s = re.sub(r"[^\w\s/\-.%]|_", " ", s)
    return " ".join(s.split())


def contains(hay, needle):
    """whole-word containment of normalized strings"""
    return (" " + needle + " ") in (" " + hay + " ")


REPORTS = {}
for r, f in B.REPORT_FILES.items():
    with open(os.path.join(ROOT, f), encoding="utf-8") as fh:
        REPORTS[r] = norm(fh.read())


def parse_facts(facts):
    return [[a.strip() for a in g.split(" | ")] for g in facts.split(" && ")]


# ---------------------------------------------------------------- TSV vs build
rows = B.build_rows()
with open(TSV, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != B.HEADER:
    err("header lines differ")
if len(B.HEADER) != 4 or not all(h.startswith("#") for h in B.HEADER):
    err("header must be 4 comment lines")
body = lines[4:]
if len(body) != len(rows):
    err("TSV has %d rows, build produces %d" % (len(body), len(rows)))
for i, (line, row) in enumerate(zip(body, rows)):
    cols = line.split("\t")
    if len(cols) != 6:
        err("row %d: %d columns" % (i + 1, len(cols)))
    if cols != row:
        err("row %d differs from build output" % (i + 1))

# flatten build data alongside rows
turns = []
for ci, conv in enumerate(B.CONVERSATIONS):
    for ti, t in enumerate(conv):
        turns.append((ci, ti, t))
assert len(turns) == len(rows)

# ---------------------------------------------------------------- ids
n_conv = len(B.CONVERSATIONS)
seen = []
for row in rows:
    if not seen or seen[-1] != row[0]:
        if row[0] in seen:
            err("conversation %s not contiguous" % row[0])
        seen.append(row[0])
if seen != ["c%02d" % (i + 1) for i in range(n_conv)]:
    err("conversation ids not c01..c%02d in order" % n_conv)
for ci, conv in enumerate(B.CONVERSATIONS):
    if not 3 <= len(conv) <= 6:
        err("c%02d has %d turns (want 3-6)" % (ci + 1, len(conv)))

# ---------------------------------------------------------------- per turn
cnt_kind = collections.Counter()
cnt_tag = collections.Counter()
cnt_reason = collections.Counter()
cnt_report = collections.Counter()
cnt_report_kind = collections.defaultdict(collections.Counter)
refuse_followup = 0
viet_turns = 0
viet_accentless = 0

last_facts = {}  # conversation -> facts groups of last answered turn
prev_report = {}
for (ci, ti, t), row in zip(turns, rows):
    cid, q, kind, tags_s, read_as, facts = row
    where = "%s turn %d (%r)" % (cid, ti + 1, q)
    rep = t["report"]
    tags = [] if tags_s == "-" else tags_s.split(",")
    for x in tags:
        if x not in TAGS:
            err("%s: bad tag %s" % (where, x))
    if len(set(tags)) != len(tags):
        err("%s: duplicate tag" % where)
    if kind not in KINDS:
        err("%s: bad kind %s" % (where, kind))
    if ti == 0 and kind != "new":
        err("%s: first turn must be new" % where)
    if not q.strip() or not read_as.strip():
        err("%s: empty question/read_as" % where)
    if B.strip_diacritics(read_as) == read_as:
        err("%s: read_as has no diacritics" % where)
    if kind != "new" and len(read_as) <= len(q):
        err("%s: follow-up read_as not longer than question" % where)
    # automatic tags
    english = "english" in tags
    if english:
        viet = False
        if B.strip_diacritics(q) != q:
            err("%s: english question with diacritics" % where)
    else:
        viet = True
        viet_turns += 1
        if B.strip_diacritics(q) == q:
            viet_accentless += 1
    want_acc = (not english) and B.strip_diacritics(q) == q
    if want_acc != ("accentless" in tags):
        err("%s: accentless tag inconsistent" % where)
    if t["acc"] and english:
        err("%s: english turn marked acc" % where)
    if B.has_abbrev(q) != ("abbrev" in tags):
        err("%s: abbrev tag inconsistent" % where)
    # facts
    if facts.startswith("refuse:"):
        reason = facts[len("refuse:"):]
        if reason not in REASONS:
            err("%s: bad reason %s" % (where, reason))
        cnt_reason[reason] += 1
        if ti > 0:
            refuse_followup += 1
        if (reason == "false_premise") != ("premise" in tags):
            err("%s: premise tag <-> false_premise mismatch" % where)
        if (reason == "not_in_corpus") != ("near-miss" in tags):
            err("%s: near-miss tag <-> not_in_corpus mismatch" % where)
        if reason == "not_in_corpus":
            if rep is not None:
                err("%s: not_in_corpus turn should have report None" % where)
            miss = t.get("miss")
            if not miss:
                err("%s: near-miss without distinguishing token" % where)
            else:
                m = norm(miss)
                if not contains(norm(q), m) and not contains(norm(read_as), m):
                    err("%s: near-miss token %r not in question/read_as" % (where, miss))
                for r, txt in REPORTS.items():
                    if contains(txt, m):
                        err("%s: near-miss token %r occurs in %s" % (where, miss, r))
                    if re.fullmatch(r"[0-9]+", m) and m in txt:
                        err("%s: near-miss number %r occurs inside a token of %s" % (where, miss, r))
        else:
            if rep not in REPORTS:
                err("%s: refusal %s needs its report" % (where, reason))
            if t.get("miss"):
                err("%s: miss given on non near-miss turn" % where)
        groups = None
    else:
        if "premise" in tags or "near-miss" in tags:
            err("%s: premise/near-miss tag on answered turn" % where)
        if rep not in REPORTS:
            err("%s: bad report %r" % (where, rep))
            continue
        groups = parse_facts(facts)
        if not 1 <= len(groups) <= 3:
            err("%s: %d fact groups" % (where, len(groups)))
        for g in groups:
            for a in g:
                na = norm(a)
                nw = len(a.split())
                if not 1 <= nw <= 6:
                    err("%s: span %r has %d words" % (where, a, nw))
                if not na:
                    err("%s: empty span" % where)
                elif not contains(REPORTS[rep], na):
                    err("%s: span %r not found in %s" % (where, a, rep))
    # topic switch
    if ti > 0 and groups is not None:
        switch = kind == "new" or (rep is not None and prev_report.get(ci) is not None
                                   and rep != prev_report.get(ci))
        prevg = last_facts.get(ci)
        if switch and prevg:
            pa = [norm(a) for g in prevg for a in g]
            na_ = [norm(a) for g in groups for a in g]
            for x in na_:
                for y in pa:
                    if contains(x, y) or contains(y, x):
                        err("%s: topic switch shares span %r/%r with previous answer" % (where, x, y))
    if groups is not None:
        last_facts[ci] = groups
    if rep is not None:
        prev_report[ci] = rep
    # counts
    cnt_kind[kind] += 1
    for x in tags:
        cnt_tag[x] += 1
    cnt_report[rep or "None"] += 1
    cnt_report_kind[rep or "None"][kind] += 1

for r in REPORTS:
    if cnt_report[r] < 30:
        err("report %s has only %d turns" % (r, cnt_report[r]))

# ---------------------------------------------------------------- report
total = len(rows)
print("conversations: %d   turns: %d" % (n_conv, total))
print("kinds:   " + ", ".join("%s %d" % (k, cnt_kind[k]) for k in KINDS))
print("tags:    " + ", ".join("%s %d" % (k, cnt_tag[k]) for k in TAGS))
print("refusals: %d (%s); on follow-up turns: %d" % (
    sum(cnt_reason.values()), ", ".join("%s %d" % (k, cnt_reason[k]) for k in REASONS),
    refuse_followup))
print("reports: " + ", ".join("%s %d" % (k, cnt_report[k]) for k in list(REPORTS) + ["None"]))
for r in list(REPORTS) + ["None"]:
    print("   %-4s " % r + ", ".join("%s %d" % (k, cnt_report_kind[r][k]) for k in KINDS))
print("vietnamese turns: %d, without diacritics: %d (%.0f%%); english: %d (%.0f%%)" % (
    viet_turns, viet_accentless, 100.0 * viet_accentless / max(viet_turns, 1),
    cnt_tag["english"], 100.0 * cnt_tag["english"] / total))
if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
