#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 28 against the build script and the reports."""
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
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = "".join(c if (c.isalnum() or c in "/-.%") else " " for c in s)
    return " ".join(s.split())


def contains(text_n, span):
    sn = norm(span)
    return bool(sn) and (" " + sn + " ") in (" " + text_n + " ")


REPORTS = {}
for rid, path in B.REPORT_FILES.items():
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        REPORTS[rid] = norm(f.read())
ALL = " ".join(REPORTS.values())

# 1. TSV matches the build script
rows = B.build_rows()
with open(os.path.join(ROOT, "conversations.tsv"), encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != B.HEADER:
    err("header lines differ")
if len(lines) - 4 != len(rows):
    err(f"TSV has {len(lines) - 4} rows, build script {len(rows)}")
for i, (line, r) in enumerate(zip(lines[4:], rows)):
    cols = line.split("\t")
    if len(cols) != 6:
        err(f"row {i + 5}: {len(cols)} columns")
        continue
    exp = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
    if cols != exp:
        err(f"row {i + 5}: differs from build script")
    if any(c.strip() != c or c == "" for c in cols):
        err(f"row {i + 5}: empty or padded column")

# 2. per-turn checks
conv_order = []
by_conv = collections.OrderedDict()
for r in rows:
    by_conv.setdefault(r["conversation"], []).append(r)
ids = list(by_conv)
if ids != [f"c{i:02d}" for i in range(1, len(ids) + 1)]:
    err("conversation ids not c01..cNN consecutive")
# turns of one conversation consecutive
seen = []
for r in rows:
    if not seen or seen[-1] != r["conversation"]:
        if r["conversation"] in seen:
            err(f"{r['conversation']} turns not consecutive")
        seen.append(r["conversation"])

cnt_kind = collections.Counter()
cnt_tag = collections.Counter()
cnt_reason = collections.Counter()
cnt_report = collections.Counter()
refuse_followup = 0
viet = accentless = 0
for cid, turns in by_conv.items():
    if not 3 <= len(turns) <= 6:
        err(f"{cid}: {len(turns)} turns")
    prev = None
    for k, r in enumerate(turns):
        where = f"{cid} t{k + 1} '{r['question']}'"
        kind, facts, rep = r["kind"], r["facts"], r["report"]
        tags = [] if r["tags"] == "-" else r["tags"].split(",")
        if kind not in KINDS:
            err(f"{where}: bad kind {kind}")
        if k == 0 and kind != "new":
            err(f"{where}: first turn not new")
        for tg in tags:
            if tg not in TAGS:
                err(f"{where}: bad tag {tg}")
        if len(set(tags)) != len(tags):
            err(f"{where}: duplicate tags")
        cnt_kind[kind] += 1
        for tg in tags:
            cnt_tag[tg] += 1
        eng = "english" in tags
        if not eng:
            viet += 1
            if "accentless" in tags:
                accentless += 1
            if B.has_diacritics(r["question"]) == ("accentless" in tags):
                err(f"{where}: accentless tag inconsistent")
        elif "accentless" in tags:
            err(f"{where}: english turn tagged accentless")
        if B.has_abbrev(r["question"]) != ("abbrev" in tags):
            err(f"{where}: abbrev tag inconsistent")
        if not B.has_diacritics(r["read_as"]):
            err(f"{where}: read_as without diacritics")
        if kind != "new" and len(r["read_as"]) <= len(r["question"]):
            err(f"{where}: follow-up read_as not longer than question")
        if rep is not None and rep not in REPORTS:
            err(f"{where}: bad report {rep}")
        if rep:
            cnt_report[rep] += 1
        else:
            cnt_report["None"] += 1
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                err(f"{where}: bad reason {reason}")
            cnt_reason[reason] += 1
            if k > 0:
                refuse_followup += 1
            if reason == "not_in_corpus":
                if "near-miss" not in tags:
                    err(f"{where}: not_in_corpus without near-miss tag")
                if rep is not None:
                    err(f"{where}: not_in_corpus with a report")
                nm = r["nm"]
                if not nm:
                    err(f"{where}: near-miss without distinguishing key")
                else:
                    if contains(ALL, nm) or norm(nm) in ALL:
                        err(f"{where}: near-miss key '{nm}' occurs in a report")
                    if norm(nm) not in norm(r["read_as"]):
                        err(f"{where}: near-miss key '{nm}' not in read_as")
            else:
                if rep is None:
                    err(f"{where}: {reason} needs a report")
                if "near-miss" in tags:
                    err(f"{where}: near-miss tag on {reason}")
            if reason == "false_premise" and "premise" not in tags:
                err(f"{where}: false_premise without premise tag")
            if reason != "false_premise" and "premise" in tags:
                err(f"{where}: premise tag on {reason}")
        else:
            if rep is None:
                err(f"{where}: answer without report")
            if "premise" in tags or "near-miss" in tags:
                err(f"{where}: premise/near-miss tag on answer turn")
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    if a != a.strip() or not a:
                        err(f"{where}: empty/padded alternative")
                    n = len(norm(a).split())
                    if not 1 <= n <= 6:
                        err(f"{where}: span '{a}' has {n} words")
                if not any(contains(REPORTS.get(rep, ""), a) for a in alts):
                    err(f"{where}: no alternative of '{g}' in {rep}")
                for a in alts:
                    if rep in REPORTS and not contains(REPORTS[rep], a):
                        err(f"{where}: alternative '{a}' not in {rep}")
        # topic switch: new mid-conversation turn, or report changes
        if prev is not None:
            switch = (kind == "new") or (rep and prev["report"] and rep != prev["report"])
            if switch and not facts.startswith("refuse:") and not prev["facts"].startswith("refuse:"):
                a_spans = [norm(x) for g in facts.split(" && ") for x in g.split(" | ")]
                b_spans = [norm(x) for g in prev["facts"].split(" && ") for x in g.split(" | ")]
                for x in a_spans:
                    for y in b_spans:
                        if (" " + x + " ") in (" " + y + " ") or (" " + y + " ") in (" " + x + " "):
                            err(f"{where}: topic switch shares span '{x}' / '{y}' with previous turn")
        prev = r

n = len(rows)
refusals = sum(cnt_reason.values())
print(f"conversations: {len(by_conv)}  turns: {n}")
print("kinds:   " + ", ".join(f"{k}={cnt_kind[k]}" for k in KINDS))
print("tags:    " + ", ".join(f"{k}={cnt_tag[k]}" for k in TAGS))
print(f"refusals: {refusals} (" + ", ".join(f"{k}={cnt_reason[k]}" for k in REASONS) + f"), on follow-up turns: {refuse_followup}")
print("reports: " + ", ".join(f"{k}={cnt_report[k]}" for k in ["R0", "R1", "R2", "R3", "R4", "None"]))
print(f"vietnamese turns: {viet}, accentless: {accentless} ({accentless / max(viet, 1):.0%}); english: {cnt_tag['english']} ({cnt_tag['english'] / n:.0%})")
for rid in REPORTS:
    if cnt_report[rid] < 30:
        err(f"report {rid} has only {cnt_report[rid]} turns")
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"FAIL ({len(errors)} errors)")
    sys.exit(1)
print("PASS")
