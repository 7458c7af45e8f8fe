#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 27 against the build script and the reports."""
import collections
import importlib.util
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

spec = importlib.util.spec_from_file_location("build_conversations", os.path.join(HERE, "build_conversations.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = B.TAG_ORDER
REASONS = ["not_reported", "not_in_corpus", "false_premise"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    """accent/case-insensitive; punctuation other than / - . % becomes a space"""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^0-9a-z/\-.%]+", " ", s)
    return " ".join(s.split())


def contains(text_n, span_n):
    return (" " + span_n + " ") in (" " + text_n + " ")


def has_diacritics(s):
    return B.strip_accents(s) != s


REPORTS = {}
for rid, rel in B.REPORT_FILES.items():
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        REPORTS[rid] = norm(f.read())


def parse_facts(facts):
    return [[a.strip() for a in g.split(" | ")] for g in facts.split(" && ")]


# ---------- 1. TSV matches build script ----------
rows = B.build_rows()
path = os.path.join(ROOT, "conversations.tsv")
with open(path, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != B.HEADER:
    err("header lines differ from the required 4 comment lines")
body = lines[4:]
if len(body) != len(rows):
    err("TSV has %d turn lines, build script produces %d" % (len(body), len(rows)))
for i, (line, r) in enumerate(zip(body, rows)):
    cols = line.split("\t")
    if len(cols) != 6:
        err("line %d: %d columns" % (i + 5, len(cols)))
        continue
    exp = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
    if cols != exp:
        err("line %d differs from build script" % (i + 5))
    for c in cols:
        if c != c.strip() or c == "":
            err("line %d: empty or padded field" % (i + 5))

# ---------- 2. per-turn checks ----------
conv_order = []
by_conv = collections.OrderedDict()
for r in rows:
    if r["conversation"] not in by_conv:
        by_conv[r["conversation"]] = []
        conv_order.append(r["conversation"])
    by_conv[r["conversation"]].append(r)
# consecutive ids, no split conversations
seen = []
for r in rows:
    if not seen or seen[-1] != r["conversation"]:
        if r["conversation"] in seen:
            err("conversation %s is split" % r["conversation"])
        seen.append(r["conversation"])
if seen != ["c%02d" % i for i in range(1, len(seen) + 1)]:
    err("conversation ids are not c01..c%02d in order" % len(seen))

for cid, turns in by_conv.items():
    if not 3 <= len(turns) <= 6:
        err("%s has %d turns" % (cid, len(turns)))
    if turns[0]["kind"] != "new":
        err("%s: first turn is not new" % cid)
    last_facts = None          # spans of the most recent turn with facts
    last_report = None         # most recent non-None report
    for ti, r in enumerate(turns):
        where = "%s turn %d (%s)" % (cid, ti + 1, r["question"])
        q, kind, facts, rep = r["question"], r["kind"], r["facts"], r["report"]
        tags = [] if r["tags"] == "-" else r["tags"].split(",")
        if kind not in KINDS:
            err(where + ": bad kind " + kind)
        if len(set(tags)) != len(tags) or any(t not in TAGS for t in tags):
            err(where + ": bad tags " + r["tags"])
        if tags != [t for t in TAGS if t in tags]:
            err(where + ": tags not in canonical order")
        english = "english" in tags
        # accentless / english / abbrev consistency
        if english and has_diacritics(q):
            err(where + ": english question with diacritics")
        if english and "accentless" in tags:
            err(where + ": english and accentless")
        if not english and (not has_diacritics(q)) != ("accentless" in tags):
            err(where + ": accentless tag does not match the question")
        if B.has_abbrev(q) != ("abbrev" in tags):
            err(where + ": abbrev tag does not match the question")
        # read_as
        if not has_diacritics(r["read_as"]):
            err(where + ": read_as without diacritics")
        if kind != "new" and len(r["read_as"]) <= len(q):
            err(where + ": follow-up read_as not longer than question")
        if "\t" in q or "\t" in r["read_as"]:
            err(where + ": tab inside field")
        # facts
        spans_n = []
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                err(where + ": bad reason " + reason)
            if reason == "not_in_corpus":
                if "near-miss" not in tags:
                    err(where + ": not_in_corpus without near-miss tag")
                if rep is not None:
                    err(where + ": not_in_corpus should have report None")
                miss = r["miss"]
                if not miss:
                    err(where + ": near-miss without distinguishing token")
                else:
                    if not contains(norm(q), norm(miss)) and not contains(norm(r["read_as"]), norm(miss)):
                        err(where + ": miss token %r not in question/read_as" % miss)
                    for rid, txt in REPORTS.items():
                        if contains(txt, norm(miss)):
                            err(where + ": near-miss token %r occurs in %s" % (miss, rid))
            else:
                if "near-miss" in tags:
                    err(where + ": near-miss tag on " + reason)
                if rep not in REPORTS:
                    err(where + ": refusal %s needs a report" % reason)
            if reason == "false_premise" and "premise" not in tags:
                err(where + ": false_premise without premise tag")
            if reason != "false_premise" and "premise" in tags:
                err(where + ": premise tag on " + reason)
        else:
            if "premise" in tags or "near-miss" in tags:
                err(where + ": premise/near-miss tag on an answerable turn")
            if rep not in REPORTS:
                err(where + ": answerable turn without report")
            else:
                groups = parse_facts(facts)
                if not 1 <= len(groups) <= 3:
                    err(where + ": %d fact groups" % len(groups))
                for g in groups:
                    found = False
                    for a in g:
                        nw = len(a.split())
                        if not 1 <= nw <= 6:
                            err(where + ": span %r has %d words" % (a, nw))
                        if a != a.strip() or not a:
                            err(where + ": empty/padded span")
                        if contains(REPORTS[rep], norm(a)):
                            found = True
                        else:
                            err(where + ": span %r not found in %s" % (a, rep))
                        spans_n.append(norm(a))
                    if not found:
                        err(where + ": no alternative of group found in " + rep)
        # topic switch: new mid-conversation, or report changes
        switch = ti > 0 and (kind == "new" or (rep is not None and last_report is not None and rep != last_report))
        if switch and spans_n and last_facts:
            for a in spans_n:
                for b in last_facts:
                    if a == b or contains(a, b) or contains(b, a):
                        err(where + ": topic switch shares span %r / %r with previous answer" % (a, b))
        if rep is not None and last_report is not None and rep != last_report and kind in ("pronoun", "ellipsis", "request"):
            err(where + ": report switches on a %s turn" % kind)
        if kind == "request" and facts.startswith("refuse:"):
            pass
        if spans_n:
            last_facts = spans_n
        if rep is not None:
            last_report = rep

# ---------- 3. counts ----------
kinds = collections.Counter(r["kind"] for r in rows)
tagc = collections.Counter(t for r in rows for t in ([] if r["tags"] == "-" else r["tags"].split(",")))
reasons = collections.Counter(r["facts"][7:] for r in rows if r["facts"].startswith("refuse:"))
reps = collections.Counter(r["report"] or "None" for r in rows)
followup_ref = sum(1 for r in rows if r["facts"].startswith("refuse:") and r["kind"] != "new")
viet = [r for r in rows if "english" not in r["tags"].split(",")]
acc = sum(1 for r in viet if "accentless" in r["tags"].split(","))

for rid in REPORTS:
    if reps[rid] < 30:
        err("report %s has only %d turns" % (rid, reps[rid]))

print("conversations: %d   turns: %d" % (len(by_conv), len(rows)))
print("turns per conversation:", dict(sorted(collections.Counter(len(v) for v in by_conv.values()).items())))
print("kinds:", {k: kinds[k] for k in KINDS})
print("tags:", {t: tagc[t] for t in TAGS})
print("refusals: %d (%s), on follow-up turns: %d" % (sum(reasons.values()),
      ", ".join("%s %d" % (k, reasons[k]) for k in REASONS), followup_ref))
print("turns per report:", {k: reps[k] for k in ["R0", "R1", "R2", "R3", "R4", "None"]})
print("Vietnamese turns: %d, accentless: %d (%.0f%%); english: %d (%.0f%%)" % (
    len(viet), acc, 100.0 * acc / len(viet), tagc["english"], 100.0 * tagc["english"] / len(rows)))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
