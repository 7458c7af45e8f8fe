#!/usr/bin/env python3
"""Validate conversations.tsv against the reports in ../given.

Prints PASS, or the list of problems (exit code 1).
  python3 tools/check_conversations.py [path/to/conversations.tsv]
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 3 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {
    "conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30,
    "substitution": 25, "request": 15, "mid_new": 15, "refuse": 25,
}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s)


def found(alt, text):
    a = norm(alt).strip()
    if not a:
        return False
    pat = r"(?<![0-9a-z])" + re.escape(a) + r"(?![0-9a-z])"
    return re.search(pat, text) is not None


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
    reports = {os.path.basename(p): norm(open(p, encoding="utf-8").read())
               for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt")))}
    problems = []
    if len(reports) != 5:
        problems.append(f"expected 5 reports in {GIVEN}, found {len(reports)}")

    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"not UTF-8: {e}")
        sys.exit(1)
    if "\r" in text:
        problems.append("file contains CR characters")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for k in range(4):
            got = lines[k] if k < len(lines) else "<missing>"
            if got != HEADER[k]:
                problems.append(f"header line {k+1} differs: {got!r}")

    convs = collections.OrderedDict()
    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    refuse_followups = 0
    mid_new = 0
    report_hits = collections.Counter()
    seen_closed = set()
    last_cid = None
    for ln, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append(f"line {ln}: {len(cols)} columns instead of 6")
            continue
        cid, q, kind, tg, read_as, facts = cols
        if not re.fullmatch(r"c\d{2,}", cid):
            problems.append(f"line {ln}: bad conversation id {cid!r}")
        if cid != last_cid:
            if cid in seen_closed or cid in convs:
                problems.append(f"line {ln}: conversation {cid} is not contiguous")
            if last_cid is not None:
                seen_closed.add(last_cid)
            last_cid = cid
        first = cid not in convs
        convs.setdefault(cid, []).append(cols)
        for name, val in (("question", q), ("read_as", read_as), ("facts", facts)):
            if not val.strip():
                problems.append(f"line {ln}: empty {name}")
        if kind not in KINDS:
            problems.append(f"line {ln}: bad kind {kind!r}")
        kinds[kind] += 1
        if first and kind != "new":
            problems.append(f"line {ln}: first turn of {cid} is {kind}, not new")
        if not first and kind == "new":
            mid_new += 1
        tagset = [] if tg == "-" else tg.split(",")
        for t in tagset:
            if t not in TAGS:
                problems.append(f"line {ln}: bad tag {t!r}")
            tags[t] += 1
        if tg != "-" and not tagset:
            problems.append(f"line {ln}: empty tags")
        if "accentless" in tagset and has_diacritics(q):
            problems.append(f"line {ln}: tagged accentless but question has diacritics")
        if not has_diacritics(read_as):
            problems.append(f"line {ln}: read_as has no diacritics")
        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append(f"line {ln}: bad refuse reason {r!r}")
            reasons[r] += 1
            if not first:
                refuse_followups += 1
            continue
        if "refuse" in facts:
            problems.append(f"line {ln}: malformed refuse facts {facts!r}")
        hit_reports = set()
        for group in facts.split(" && "):
            alts = group.split(" | ")
            if any(not a.strip() or a != a.strip() for a in alts):
                problems.append(f"line {ln}: empty or padded alternative in {group!r}")
            for a in alts:
                where = [n for n, t in reports.items() if found(a, t)]
                if not where:
                    problems.append(f"line {ln}: fact {a!r} not found in any report")
                elif len(where) == len(reports):
                    problems.append(f"line {ln}: fact {a!r} appears in every report (not discriminative)")
                hit_reports.update(where)
        for n in hit_reports:
            report_hits[n] += 1

    n_turns = sum(len(v) for v in convs.values())
    for cid, turns in convs.items():
        if not 3 <= len(turns) <= 6:
            problems.append(f"{cid}: {len(turns)} turns (need 3-6)")
    n_refuse = sum(reasons.values())
    checks = [
        ("conversations", len(convs)), ("turns", n_turns), ("pronoun", kinds["pronoun"]),
        ("ellipsis", kinds["ellipsis"]), ("substitution", kinds["substitution"]),
        ("request", kinds["request"]), ("mid_new", mid_new), ("refuse", n_refuse),
    ]
    for name, val in checks:
        if val < MIN[name]:
            problems.append(f"too few {name}: {val} < {MIN[name]}")
    for r in REASONS:
        if reasons[r] < 3:
            problems.append(f"refuse reason {r} used only {reasons[r]} times")
    if refuse_followups * 2 <= n_refuse:
        problems.append(f"most refuse turns should be follow-ups ({refuse_followups}/{n_refuse})")
    for n in reports:
        if report_hits[n] == 0:
            problems.append(f"report {n} is never used by any fact")
    share = tags["accentless"] / n_turns if n_turns else 0
    if not 0.4 <= share <= 0.6:
        problems.append(f"accentless share {share:.2f} not about half")
    for t in ("abbrev", "telegraphic", "typo", "english"):
        if tags[t] < 3:
            problems.append(f"too few {t} turns: {tags[t]}")

    print(f"conversations={len(convs)} turns={n_turns} mid_conversation_new={mid_new}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print("tags: " + ", ".join(f"{t}={tags[t]}" for t in sorted(TAGS)))
    print(f"refuse={n_refuse} (follow-ups {refuse_followups}): " +
          ", ".join(f"{r}={reasons[r]}" for r in sorted(REASONS)))
    print("turns with facts per report: " + ", ".join(f"{n}={report_hits[n]}" for n in sorted(reports)))
    if problems:
        print("FAIL")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
