#!/usr/bin/env python3
"""Checks conversations.tsv against tools/build_conversations.py and the five reports.

Prints counts and PASS, or the list of problems and FAIL.
"""
import collections
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

spec = importlib.util.spec_from_file_location("build_conversations", os.path.join(HERE, "build_conversations.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    """accent- and case-insensitive; punctuation other than / - . % becomes space;
    a '.' that ends a token (sentence full stop) is also treated as a space."""
    s = B.strip_accents(s).lower()
    s = re.sub(r"[^0-9a-z/\-.%\s]", " ", s)
    s = re.sub(r"\.(?=\s|$)", " ", s)
    return " ".join(s.split())


def contains(text_n, span_n):
    return bool(span_n) and f" {span_n} " in f" {text_n} "


REPORT_TEXT = {}
for rid, rel in B.REPORTS.items():
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        REPORT_TEXT[rid] = norm(f.read())


def parse_facts(facts):
    return [[a.strip() for a in g.split(" | ")] for g in facts.split(" && ")]


# ---------------------------------------------------------------- TSV vs build script
rows = B.build_rows()
path = os.path.join(ROOT, "conversations.tsv")
with open(path, encoding="utf-8") as f:
    raw = f.read()
if "\r" in raw:
    err("TSV contains CR characters")
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != B.HEADER:
    err("header lines differ from the required 4 comment lines")
body = lines[4:]
if len(body) != len(rows):
    err(f"TSV has {len(body)} turns, build script {len(rows)}")
for i, (line, r) in enumerate(zip(body, rows)):
    cols = line.split("\t")
    if len(cols) != 6:
        err(f"line {i + 5}: {len(cols)} columns")
        continue
    want = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
    if cols != want:
        err(f"line {i + 5}: TSV differs from build script")
    for c in cols:
        if not c.strip() or c != c.strip():
            err(f"line {i + 5}: empty or padded field {c!r}")

# ---------------------------------------------------------------- conversations
convs = collections.OrderedDict()
for r in rows:
    convs.setdefault(r["conversation"], []).append(r)
ids = [r["conversation"] for r in rows]
seen = []
for c in ids:
    if not seen or seen[-1] != c:
        if c in seen:
            err(f"{c}: turns not consecutive")
        seen.append(c)
expected = [f"c{n:02d}" for n in range(1, len(seen) + 1)]
if seen != expected:
    err(f"conversation ids not c01..c{len(seen):02d} in order")
for c, ts in convs.items():
    if not 3 <= len(ts) <= 6:
        err(f"{c}: {len(ts)} turns (want 3-6)")
    if ts[0]["kind"] != "new":
        err(f"{c}: first turn is not new")

# ---------------------------------------------------------------- per turn
for c, ts in convs.items():
    last_answer = None  # facts of the most recent answered turn
    prev = None
    for k, r in enumerate(ts):
        where = f"{c}.{k + 1}"
        q, kind, facts, rep = r["question"], r["kind"], r["facts"], r["report"]
        tags = [] if r["tags"] == "-" else r["tags"].split(",")
        if kind not in KINDS:
            err(f"{where}: bad kind {kind}")
        for t in tags:
            if t not in TAGS:
                err(f"{where}: bad tag {t}")
        if len(set(tags)) != len(tags):
            err(f"{where}: duplicate tag")
        english = "english" in tags
        if english and B.has_diacritics(q):
            err(f"{where}: english question with diacritics")
        if (not english and not B.has_diacritics(q)) != ("accentless" in tags):
            err(f"{where}: accentless tag inconsistent")
        if B.has_abbrev(q) != ("abbrev" in tags):
            err(f"{where}: abbrev tag inconsistent")
        if not B.has_diacritics(r["read_as"]):
            err(f"{where}: read_as without diacritics")
        if kind != "new" and len(r["read_as"]) <= len(q):
            err(f"{where}: follow-up read_as not longer than question")
        if rep is not None and rep not in REPORT_TEXT:
            err(f"{where}: bad report {rep}")

        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                err(f"{where}: bad reason {reason}")
            if reason == "not_in_corpus":
                if rep is not None:
                    err(f"{where}: not_in_corpus turn must have report None")
                if "near-miss" not in tags:
                    err(f"{where}: not_in_corpus without near-miss tag")
                nm = r["nm"]
                if not nm:
                    err(f"{where}: near-miss without distinguishing term")
                else:
                    nmn = norm(nm)
                    if not (contains(norm(q), nmn) or contains(norm(r["read_as"]), nmn)):
                        err(f"{where}: near-miss term {nm!r} not in question/read_as")
                    for rid, txt in REPORT_TEXT.items():
                        if contains(txt, nmn):
                            err(f"{where}: near-miss term {nm!r} occurs in {rid}")
            else:
                if rep is None:
                    err(f"{where}: refusal {reason} needs the report it is about")
                if "near-miss" in tags:
                    err(f"{where}: near-miss tag on {reason}")
            if (reason == "false_premise") != ("premise" in tags):
                err(f"{where}: premise tag / false_premise mismatch")
            prev = r
            continue

        # answerable turn
        if "premise" in tags or "near-miss" in tags:
            err(f"{where}: premise/near-miss tag on an answerable turn")
        if rep is None:
            err(f"{where}: answerable turn without report")
            continue
        groups = parse_facts(facts)
        for g in groups:
            ok = False
            for a in g:
                n = len(a.split())
                if not 1 <= n <= 6:
                    err(f"{where}: span {a!r} has {n} words")
                if contains(REPORT_TEXT[rep], norm(a)):
                    ok = True
                else:
                    err(f"{where}: span {a!r} not found in {rep}")
            if not ok:
                err(f"{where}: no alternative of group {g} in {rep}")

        # topic switch: new report (or a new / substitution turn) shares no span with the previous answer
        switch = k > 0 and (kind in ("new", "substitution") or (prev and prev["report"] not in (None, rep)))
        if switch and last_answer is not None:
            pa = [norm(a) for g in parse_facts(last_answer["facts"]) for a in g]
            na = [norm(a) for g in groups for a in g]
            for x in na:
                for y in pa:
                    if contains(x, y) or contains(y, x):
                        err(f"{where}: topic switch shares span {x!r} with previous answer {y!r}")
        if k > 0 and prev and prev["report"] not in (None, rep) and kind not in ("new", "substitution"):
            err(f"{where}: report changes on a {kind} turn")
        last_answer = r
        prev = r

if errors:
    for e in errors:
        print("ERROR", e)
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)

# ---------------------------------------------------------------- counts
def count(key):
    return collections.Counter(key(r) for r in rows)


print(f"conversations: {len(convs)}   turns: {len(rows)}")
kc = count(lambda r: r["kind"])
print("kinds:   " + "  ".join(f"{k}={kc[k]}" for k in KINDS))
tc = collections.Counter(t for r in rows if r["tags"] != "-" for t in r["tags"].split(","))
print("tags:    " + "  ".join(f"{t}={tc[t]}" for t in TAGS))
rc = count(lambda r: r["facts"][7:] if r["facts"].startswith("refuse:") else "answer")
print("answers: " + "  ".join(f"{k}={rc[k]}" for k in ["answer"] + REASONS))
pc = count(lambda r: r["report"] or "none")
print("report:  " + "  ".join(f"{k}={pc[k]}" for k in ["R0", "R1", "R2", "R3", "R4", "none"]))
viet = [r for r in rows if "english" not in r["tags"].split(",")]
acc = sum("accentless" in r["tags"].split(",") for r in viet)
print(f"accentless: {acc}/{len(viet)} Vietnamese turns   english: {tc['english']}/{len(rows)}")
fu = sum(1 for r in rows if r["facts"].startswith("refuse:") and r["kind"] != "new")
print(f"refusals on follow-up turns: {fu}/{len(rows) - rc['answer']}")
small = [k for k in ["R0", "R1", "R2", "R3", "R4"] if pc[k] < 30]
if small:
    print("FAIL: reports with fewer than 30 turns: " + ", ".join(small))
    sys.exit(1)
print("PASS")
