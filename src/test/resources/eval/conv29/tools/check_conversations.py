#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 29 against the build script and the reports."""
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

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s).lower()


def norm(s):
    """accent/case fold; punctuation other than / - . % becomes a space"""
    s = fold(s)
    s = "".join(ch if (ch.isalnum() or ch in "/-.%") else " " for ch in s)
    return " ".join(s.split())


def norm_loose(s):
    """every non-alphanumeric char becomes a space (used for near-miss absence)"""
    s = fold(s)
    s = "".join(ch if ch.isalnum() else " " for ch in s)
    return " ".join(s.split())


def contains(text_n, span_n):
    return (" " + span_n + " ") in (" " + text_n + " ")


def words(span):
    return [w for w in norm(span).split() if any(c.isalnum() for c in w)]


REPORTS = {}
for rid, fn in B.REPORT_FILES.items():
    with open(os.path.join(GIVEN, fn), encoding="utf-8") as f:
        raw = f.read()
    REPORTS[rid] = dict(raw=raw, n=norm(raw), loose=norm_loose(raw))


def parse_facts(facts):
    return [[a.strip() for a in g.split(" | ")] for g in facts.split(" && ")]


def spans_overlap(a, b):
    an, bn = norm(a), norm(b)
    if contains(an, bn) or contains(bn, an):
        return True
    at, bt = an.split(), bn.split()
    for i in range(len(at) - 2):
        tri = " ".join(at[i:i + 3])
        if contains(bn, tri):
            return True
    return False


# ---------------------------------------------------------------- file vs build
expected = B.build_rows()
with open(TSV, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != B.HEADER:
    err("header lines differ from the required 4 comment lines")
if B.HEADER[0] != "# Blind conversation set 29 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.":
    err("header line 1 text wrong")
body = lines[4:]
if len(body) != len(expected):
    err("TSV has %d rows, build script gives %d" % (len(body), len(expected)))
for i, (line, r) in enumerate(zip(body, expected)):
    cells = line.split("\t")
    if len(cells) != 6:
        err("row %d: %d columns" % (i + 1, len(cells)))
        continue
    want = [r["conv"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
    if cells != want:
        err("row %d differs from build script: %r vs %r" % (i + 1, cells, want))
    if any(c != c.strip() or c == "" for c in cells):
        err("row %d: empty cell or stray whitespace" % (i + 1))

# ---------------------------------------------------------------- per-row checks
rows = expected
conv_order = []
for r in rows:
    if not conv_order or conv_order[-1] != r["conv"]:
        if r["conv"] in conv_order:
            err("conversation %s not consecutive" % r["conv"])
        conv_order.append(r["conv"])
want_ids = ["c%02d" % i for i in range(1, len(conv_order) + 1)]
if conv_order != want_ids:
    err("conversation ids not c01..cNN in order")

by_conv = collections.OrderedDict()
for r in rows:
    by_conv.setdefault(r["conv"], []).append(r)

for cid, turns in by_conv.items():
    if not 3 <= len(turns) <= 6:
        err("%s has %d turns (want 3-6)" % (cid, len(turns)))
    if turns[0]["kind"] != "new":
        err("%s first turn is not new" % cid)

for i, r in enumerate(rows):
    where = "%s '%s'" % (r["conv"], r["question"])
    q, kind, facts, rep = r["question"], r["kind"], r["facts"], r["report"]
    tags = [] if r["tags"] == "-" else r["tags"].split(",")
    if kind not in KINDS:
        err("%s: bad kind %s" % (where, kind))
    for t in tags:
        if t not in TAGS:
            err("%s: bad tag %s" % (where, t))
    if len(set(tags)) != len(tags):
        err("%s: duplicate tag" % where)
    english = "english" in tags
    # accentless / abbrev consistency
    if (not english and not B.has_diacritics(q)) != ("accentless" in tags):
        err("%s: accentless tag inconsistent" % where)
    if B.has_abbrev(q) != ("abbrev" in tags):
        err("%s: abbrev tag inconsistent" % where)
    if english:
        if B.has_diacritics(q):
            err("%s: english question with diacritics" % where)
        if not re.search(r"\b(the|what|who|when|which|did|was|and|how|it|names|source|of|so|about|with)\b", q.lower()):
            err("%s: english tag but question does not look English" % where)
    # read_as
    ra = r["read_as"]
    if not B.has_diacritics(ra):
        err("%s: read_as without diacritics" % where)
    if kind != "new" and len(ra) <= len(q):
        err("%s: follow-up read_as not longer than question" % where)
    if not ra.endswith(("?", ".")):
        err("%s: read_as should end with ? or ." % where)
    # facts
    if facts.startswith("refuse:"):
        reason = facts[len("refuse:"):]
        if reason not in REASONS:
            err("%s: bad reason %s" % (where, reason))
        if reason == "not_in_corpus":
            if rep is not None:
                err("%s: not_in_corpus turn must have report None" % where)
            if "near-miss" not in tags:
                err("%s: not_in_corpus without near-miss tag" % where)
            miss = r["miss"]
            if not miss:
                err("%s: near-miss without distinguishing token" % where)
            else:
                if not contains(norm(ra), norm(miss)):
                    err("%s: read_as lacks near-miss token %s" % (where, miss))
                if not contains(norm(q), norm(miss)) and not contains(norm(q), norm(re.sub(r"^lần thứ ", "", miss))):
                    err("%s: question lacks near-miss token %s" % (where, miss))
                for rid, R in REPORTS.items():
                    if contains(R["n"], norm(miss)) or contains(R["loose"], norm_loose(miss)):
                        err("%s: near-miss token %s occurs in %s" % (where, miss, rid))
                    for num in re.findall(r"\d+", miss):
                        if contains(R["loose"], num) or num in R["raw"]:
                            err("%s: near-miss number %s occurs in %s" % (where, num, rid))
        else:
            if rep not in REPORTS:
                err("%s: %s turn must name its report" % (where, reason))
            if "near-miss" in tags:
                err("%s: near-miss tag on %s" % (where, reason))
        if (reason == "false_premise") != ("premise" in tags):
            err("%s: premise tag and false_premise disagree" % where)
    else:
        if "premise" in tags or "near-miss" in tags:
            err("%s: premise/near-miss tag on answered turn" % where)
        if rep not in REPORTS:
            err("%s: answered turn without report" % where)
            continue
        if "refuse" in facts or "\t" in facts:
            err("%s: malformed facts" % where)
        for g in parse_facts(facts):
            ok = False
            for alt in g:
                n = len(words(alt))
                if not 1 <= n <= 6:
                    err("%s: span '%s' has %d words" % (where, alt, n))
                if contains(REPORTS[rep]["n"], norm(alt)):
                    ok = True
                else:
                    err("%s: alternative '%s' not found in %s" % (where, alt, rep))
            if not ok:
                err("%s: no alternative of group %s found in %s" % (where, g, rep))

# ---------------------------------------------------------------- topic switches
switches = 0
for cid, turns in by_conv.items():
    last_ans = None
    prev_rep = None
    for t in turns:
        answered = not t["facts"].startswith("refuse:")
        if answered and last_ans is not None and t["report"] != last_ans["report"]:
            switches += 1
            if t["kind"] not in ("new", "substitution"):
                err("%s '%s': topic switch should be new or substitution" % (cid, t["question"]))
            for g in parse_facts(t["facts"]):
                for a in g:
                    for pg in parse_facts(last_ans["facts"]):
                        for pa in pg:
                            if spans_overlap(a, pa):
                                err("%s '%s': switch span '%s' shares with previous answer '%s'" % (cid, t["question"], a, pa))
        if answered:
            last_ans = t
        prev_rep = t["report"]

# ---------------------------------------------------------------- counts
n = len(rows)
kind_c = collections.Counter(r["kind"] for r in rows)
tag_c = collections.Counter(t for r in rows if r["tags"] != "-" for t in r["tags"].split(","))
reason_c = collections.Counter(r["facts"][7:] for r in rows if r["facts"].startswith("refuse:"))
rep_c = collections.Counter(r["report"] or "None" for r in rows)
refuse_follow = sum(1 for r in rows if r["facts"].startswith("refuse:") and r["kind"] != "new")
viet = [r for r in rows if "english" not in r["tags"].split(",")]
acc = sum(1 for r in viet if "accentless" in r["tags"].split(","))

for rid in REPORTS:
    if rep_c[rid] < 30:
        err("report %s has only %d turns" % (rid, rep_c[rid]))

print("turns: %d  conversations: %d  topic switches: %d" % (n, len(by_conv), switches))
print("kinds:   " + ", ".join("%s=%d" % (k, kind_c[k]) for k in KINDS))
print("tags:    " + ", ".join("%s=%d" % (t, tag_c[t]) for t in TAGS))
print("reasons: " + ", ".join("%s=%d" % (k, reason_c[k]) for k in REASONS)
      + "  (total %d, %d on follow-ups)" % (sum(reason_c.values()), refuse_follow))
print("reports: " + ", ".join("%s=%d" % (k, rep_c[k]) for k in ["R0", "R1", "R2", "R3", "R4", "None"]))
print("vietnamese turns: %d, accentless: %d (%.0f%%); english turns: %d (%.0f%%)"
      % (len(viet), acc, 100.0 * acc / len(viet), tag_c["english"], 100.0 * tag_c["english"] / n))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
