#!/usr/bin/env python3
"""Check conversations.tsv against tools/build_conversations.py and the five reports."""
import collections
import importlib.util
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

spec = importlib.util.spec_from_file_location("build", os.path.join(HERE, "build_conversations.py"))
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    """accent/case-insensitive; punctuation other than / - . % becomes space."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = re.sub(r"[^\w/\-.%]|_", " ", s)
    return " ".join(s.split())


def contains(text_n, span_n):
    return (" " + span_n + " ") in (" " + text_n + " ")


REPORT_TEXT = {}
for k, rel in build.REPORTS.items():
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        REPORT_TEXT[k] = norm(f.read())
ALL_TEXT = " || ".join(REPORT_TEXT.values())

# ---- 1. TSV equals build output
rows = build.build_rows()
with open(os.path.join(ROOT, "conversations.tsv"), encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != build.HEADER:
    err("header lines differ")
expected = ["\t".join([r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]])
            for r in rows]
if lines[4:] != expected:
    err("TSV body differs from build script output (rebuild)")
for i, line in enumerate(lines[4:], 5):
    if len(line.split("\t")) != 6:
        err("line %d: %d columns" % (i, len(line.split("\t"))))
    if line != line.strip() or "  " in line:
        err("line %d: stray whitespace" % i)

# ---- 2. per-turn checks
prev_conv = None
conv_ids = []
last_spans = None   # normalized spans of the last answered turn in this conversation
last_report = None
for i, r in enumerate(rows):
    where = "%s turn '%s'" % (r["conversation"], r["question"])
    q, kind, tags, read_as, facts, rep = r["question"], r["kind"], r["tags"], r["read_as"], r["facts"], r["report"]
    taglist = [] if tags == "-" else tags.split(",")
    first = r["conversation"] != prev_conv
    if first:
        conv_ids.append(r["conversation"])
        last_spans, last_report = None, None
        if kind != "new":
            err(where + ": first turn must be new")
    prev_conv = r["conversation"]
    if kind not in KINDS:
        err(where + ": bad kind " + kind)
    for t in taglist:
        if t not in TAGS:
            err(where + ": bad tag " + t)
    if len(set(taglist)) != len(taglist):
        err(where + ": duplicate tag")
    # automatic tags
    english = "english" in taglist
    if not english and not build.has_diacritics(q):
        if "accentless" not in taglist:
            err(where + ": missing accentless")
    elif "accentless" in taglist:
        err(where + ": accentless tag on question with diacritics / English")
    if build.has_abbrev(q) != ("abbrev" in taglist):
        err(where + ": abbrev tag mismatch")
    if not build.has_diacritics(read_as):
        err(where + ": read_as without diacritics")
    if kind != "new" and len(read_as) <= len(q):
        err(where + ": read_as not longer than follow-up question")
    if not read_as.strip() or not q.strip():
        err(where + ": empty field")
    # facts
    if facts.startswith("refuse:"):
        reason = facts[len("refuse:"):]
        if reason not in REASONS:
            err(where + ": bad reason " + reason)
        if reason == "not_in_corpus":
            if "near-miss" not in taglist:
                err(where + ": not_in_corpus without near-miss tag")
            if rep is not None:
                err(where + ": not_in_corpus turn should have report None")
        if reason == "false_premise" and "premise" not in taglist:
            err(where + ": false_premise without premise tag")
        if reason != "false_premise" and "premise" in taglist:
            err(where + ": premise tag on non-false_premise turn")
        if reason != "not_in_corpus" and "near-miss" in taglist:
            err(where + ": near-miss tag on non-not_in_corpus turn")
        if reason != "not_in_corpus" and rep is None:
            err(where + ": refusal about a covered subject needs a report")
        spans = None
    else:
        if "premise" in taglist or "near-miss" in taglist:
            err(where + ": premise/near-miss tag on answerable turn")
        if rep not in REPORT_TEXT:
            err(where + ": answerable turn without report")
            continue
        spans = []
        for group in facts.split(" && "):
            alts = group.split(" | ")
            ok = False
            for a in alts:
                if a != a.strip() or not a:
                    err(where + ": empty/space-padded span")
                n = len(a.split())
                if n < 1 or n > 6:
                    err(where + ": span '%s' has %d words" % (a, n))
                an = norm(a)
                spans.append(an)
                if contains(REPORT_TEXT[rep], an):
                    ok = True
            if not ok:
                err(where + ": no alternative of group '%s' found in R%d" % (group, rep))
    # near-miss token absent from every report
    if "near-miss" in taglist:
        nm = r["nm"]
        if not nm:
            err(where + ": near-miss without distinguishing token")
        else:
            if norm(nm) in ALL_TEXT:
                err(where + ": near-miss token '%s' occurs in a report" % nm)
            if norm(nm) not in norm(q) and norm(nm) not in norm(read_as):
                err(where + ": near-miss token '%s' not in the question/read_as" % nm)
    # topic switch: new mid-conversation turn, or change of report
    switch = (not first) and (kind == "new" or (rep is not None and last_report is not None and rep != last_report))
    if switch and spans and last_spans:
        for a in spans:
            for b in last_spans:
                if contains(a, b) or contains(b, a):
                    err(where + ": topic switch shares span '%s'/'%s' with previous answer" % (a, b))
    if rep is not None:
        last_report = rep
    if spans:
        last_spans = spans

# conversation ids
exp_ids = ["c%02d" % i for i in range(1, len(conv_ids) + 1)]
if conv_ids != exp_ids:
    err("conversation ids not consecutive c01..")
seen = collections.Counter(r["conversation"] for r in rows)
# turns of a conversation contiguous
order = [r["conversation"] for r in rows]
for c in seen:
    idx = [i for i, x in enumerate(order) if x == c]
    if idx != list(range(idx[0], idx[0] + len(idx))):
        err(c + ": turns not contiguous")
    if not 3 <= seen[c] <= 6:
        err(c + ": %d turns (want 3-6)" % seen[c])

# ---- 3. counts
def pr(title, counter, keys=None):
    keys = keys or sorted(counter)
    print(title + ": " + ", ".join("%s=%d" % (k, counter[k]) for k in keys))

kinds = collections.Counter(r["kind"] for r in rows)
tagc = collections.Counter(t for r in rows for t in ([] if r["tags"] == "-" else r["tags"].split(",")))
reasons = collections.Counter(r["facts"][7:] for r in rows if r["facts"].startswith("refuse:"))
reps = collections.Counter(("R%d" % r["report"]) if r["report"] is not None else "None" for r in rows)
followup_ref = sum(1 for r in rows if r["facts"].startswith("refuse:") and r["kind"] != "new")
viet = [r for r in rows if "english" not in r["tags"].split(",")]
acc = sum(1 for r in viet if "accentless" in r["tags"].split(","))

print("conversations=%d turns=%d" % (len(conv_ids), len(rows)))
pr("kinds", kinds, KINDS)
pr("tags", tagc, TAGS)
pr("refusals", reasons, REASONS)
print("refusals total=%d (on follow-up turns: %d)" % (sum(reasons.values()), followup_ref))
pr("report", reps, ["R0", "R1", "R2", "R3", "R4", "None"])
print("vietnamese turns=%d accentless=%d (%.0f%%); english=%d (%.0f%%)" % (
    len(viet), acc, 100.0 * acc / len(viet), tagc["english"], 100.0 * tagc["english"] / len(rows)))
for k in ["R0", "R1", "R2", "R3", "R4"]:
    if reps[k] < 30:
        err("%s has only %d turns (< 30)" % (k, reps[k]))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
