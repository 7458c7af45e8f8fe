#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 32 against the build script and the reports."""
import collections
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")

spec = importlib.util.spec_from_file_location("build_conversations", os.path.join(HERE, "build_conversations.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = B.strip_diacritics(s).lower()
    s = re.sub(r"[^0-9a-z/\-.%]+", " ", s)
    return " " + " ".join(s.split()) + " "


def contains(text_n, span):
    sn = norm(span)
    return sn.strip() != "" and sn in text_n


REPORTS = {}
for rid, fn in B.REPORT_FILES.items():
    with open(os.path.join(GIVEN, fn), encoding="utf-8") as fh:
        REPORTS[rid] = norm(fh.read())
if sorted(os.listdir(GIVEN)) != sorted(B.REPORT_FILES.values()):
    err("given/ does not hold exactly the five report files")

# ---- 1. TSV equals the build script output
rows = B.rows()
with open(B.OUT, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != B.HEADER:
    err("header lines differ from the required 4 comment lines")
body = lines[4:]
expected = ["\t".join([t["conversation"], t["question"], t["kind"],
                       ",".join(t["tags"]) if t["tags"] else "-", t["read_as"], t["facts"]]) for t in rows]
if body != expected:
    err("conversations.tsv does not match build_conversations.py (rebuild it)")
for i, ln in enumerate(body):
    if len(ln.split("\t")) != 6:
        err("line %d: not 6 columns" % (i + 5))
    if any(c.strip() == "" for c in ln.split("\t")):
        err("line %d: empty column" % (i + 5))

# ---- 2. conversations: ids consecutive, turns consecutive, 3–6 turns, first is new
ids = []
for t in rows:
    if not ids or ids[-1] != t["conversation"]:
        if t["conversation"] in ids:
            err("conversation %s not consecutive" % t["conversation"])
        ids.append(t["conversation"])
if ids != ["c%02d" % i for i in range(1, len(ids) + 1)]:
    err("conversation ids are not c01..cNN in order")
by_conv = collections.OrderedDict()
for t in rows:
    by_conv.setdefault(t["conversation"], []).append(t)
for cid, turns in by_conv.items():
    if not 3 <= len(turns) <= 6:
        err("%s has %d turns" % (cid, len(turns)))
    if turns[0]["kind"] != "new":
        err("%s first turn is not new" % cid)


def has_diacritics(s):
    return B.strip_diacritics(s) != s


# ---- 3. per-turn checks
for cid, turns in by_conv.items():
    prev = None
    for n, t in enumerate(turns, 1):
        where = "%s turn %d (%s)" % (cid, n, t["question"])
        q, kind, tags, ra, facts, rep = t["question"], t["kind"], t["tags"], t["read_as"], t["facts"], t["report"]
        if kind not in KINDS:
            err(where + ": bad kind " + kind)
        for tg in tags:
            if tg not in B.TAG_ORDER:
                err(where + ": bad tag " + tg)
        if "\t" in q or "\t" in ra or "\n" in q or "\n" in ra:
            err(where + ": tab/newline inside a field")
        english = "english" in tags
        if english and "accentless" in tags:
            err(where + ": english turn tagged accentless")
        if not english and (("accentless" in tags) != (not has_diacritics(q))):
            err(where + ": accentless tag does not match the question")
        if ("abbrev" in tags) != B.has_abbrev(q):
            err(where + ": abbrev tag does not match the question")
        if not has_diacritics(ra):
            err(where + ": read_as has no diacritics")
        if kind != "new" and len(ra) <= len(q):
            err(where + ": follow-up read_as not longer than question")
        if rep is not None and rep not in REPORTS:
            err(where + ": bad report " + str(rep))
        if facts.startswith("refuse:"):
            reason = facts.split(":", 1)[1]
            if reason not in REASONS:
                err(where + ": bad reason " + reason)
            if ("near-miss" in tags) != (reason == "not_in_corpus"):
                err(where + ": near-miss tag / not_in_corpus mismatch")
            if ("premise" in tags) != (reason == "false_premise"):
                err(where + ": premise tag / false_premise mismatch")
            if reason == "not_in_corpus":
                if rep is not None:
                    err(where + ": not_in_corpus turn should have report None")
                miss = t.get("miss")
                if not miss:
                    err(where + ": near-miss without distinguishing term")
                else:
                    if norm(miss) not in norm(q):
                        err(where + ": distinguishing term %r not in question" % miss)
                    for rid, text in REPORTS.items():
                        if contains(text, miss):
                            err(where + ": distinguishing term %r found in %s" % (miss, rid))
            elif rep is None:
                err(where + ": refusal of this reason needs its report")
        else:
            if rep is None:
                err(where + ": answerable turn without report")
            if "near-miss" in tags or "premise" in tags:
                err(where + ": near-miss/premise tag on an answerable turn")
            if t.get("miss"):
                err(where + ": miss on answerable turn")
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                ok = False
                for a in alts:
                    if a != a.strip() or not a:
                        err(where + ": badly spaced fact %r" % a)
                    nw = len(norm(a).split())
                    if not 1 <= nw <= 6:
                        err(where + ": fact %r has %d words" % (a, nw))
                    if rep in REPORTS and contains(REPORTS[rep], a):
                        ok = True
                if not ok:
                    err(where + ": no alternative of %r found in %s" % (g, rep))
        # topic switch: report changes between consecutive turns
        if prev is not None and rep is not None and prev["report"] is not None and rep != prev["report"]:
            if not facts.startswith("refuse:") and not prev["facts"].startswith("refuse:"):
                new_alts = [norm(a) for g in facts.split(" && ") for a in g.split(" | ")]
                old_alts = [norm(a) for g in prev["facts"].split(" && ") for a in g.split(" | ")]
                for a in new_alts:
                    for b in old_alts:
                        if a in b or b in a:
                            err(where + ": topic switch shares span %r / %r with previous turn" % (a.strip(), b.strip()))
        prev = t

# ---- 4. counts
kinds = collections.Counter(t["kind"] for t in rows)
tags = collections.Counter(tg for t in rows for tg in t["tags"])
reasons = collections.Counter(t["facts"].split(":", 1)[1] for t in rows if t["facts"].startswith("refuse:"))
reports = collections.Counter(t["report"] or "None" for t in rows)
nonen = [t for t in rows if "english" not in t["tags"]]
acc = sum(1 for t in nonen if "accentless" in t["tags"])
followup_ref = sum(1 for t in rows if t["facts"].startswith("refuse:") and t["kind"] != "new")

for rid in REPORTS:
    if reports[rid] < 30:
        err("report %s has only %d turns" % (rid, reports[rid]))

print("turns: %d   conversations: %d" % (len(rows), len(by_conv)))
print("kinds:   " + ", ".join("%s %d" % (k, kinds[k]) for k in KINDS))
print("tags:    " + ", ".join("%s %d" % (k, tags[k]) for k in B.TAG_ORDER))
print("reasons: " + ", ".join("%s %d" % (k, reasons[k]) for k in REASONS)
      + "   (total %d, on follow-ups %d)" % (sum(reasons.values()), followup_ref))
print("reports: " + ", ".join("%s %d" % (k, reports[k]) for k in ["R0", "R1", "R2", "R3", "R4", "None"]))
print("accentless among Vietnamese turns: %d/%d" % (acc, len(nonen)))
print("english turns: %d (%.0f%%)" % (tags["english"], 100.0 * tags["english"] / len(rows)))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
