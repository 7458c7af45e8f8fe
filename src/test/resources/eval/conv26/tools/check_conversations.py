#!/usr/bin/env python3
"""Check conversations.tsv (blind conversation set 26): format, counts, fact spans.

Prints the counts and PASS, or the list of problems and FAIL (exit code 1).
The report each turn is based on is taken from tools/build_conversations.py
(the TSV itself has no report column); the TSV rows must equal what the build
script produces.
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

TSV = os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
REASONS = ["not_reported", "not_in_corpus", "false_premise"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def occurs(span, text_norm):
    pat = r"(?<!\w)" + re.escape(norm(span).strip()) + r"(?!\w)"
    return re.search(pat, text_norm) is not None


def parse_facts(facts):
    """Return list of groups (each a list of alternatives) or ('refuse', reason)."""
    if facts.startswith("refuse:"):
        return ("refuse", facts[len("refuse:"):])
    groups = []
    for g in facts.split(" && "):
        alts = [a for a in g.split(" | ")]
        groups.append(alts)
    return groups


def main():
    reports = {}
    for rid, fn in B.REPORTS.items():
        with open(os.path.join(GIVEN, fn), encoding="utf-8") as f:
            reports[rid] = norm(f.read())

    with open(TSV, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        err("file contains CR characters")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        err("header lines differ from the required 4 lines")
    body = lines[4:]
    rows = []
    for n, line in enumerate(body, 5):
        if line.startswith("#") or not line.strip():
            err("line %d: comment/blank line after header" % n)
            continue
        cells = line.split("\t")
        if len(cells) != 6:
            err("line %d: %d columns, expected 6" % (n, len(cells)))
            continue
        if any(c != c.strip() or c == "" for c in cells):
            err("line %d: empty cell or surrounding whitespace" % n)
        rows.append(dict(zip(["conversation", "question", "kind", "tags", "read_as", "facts"], cells), line=n))

    built = B.rows()
    if len(built) != len(rows):
        err("TSV has %d rows, build script produces %d (rerun build)" % (len(rows), len(built)))
    for r, b in zip(rows, built):
        for k in ["conversation", "question", "kind", "tags", "read_as", "facts"]:
            if r[k] != b[k]:
                err("line %d: %s differs from build script (rerun build)" % (r["line"], k))
        r["rep"] = b["rep"]

    # conversations: ids, order, sizes
    convs = collections.OrderedDict()
    prev = None
    seen = set()
    for r in rows:
        cid = r["conversation"]
        if cid != prev:
            if cid in seen:
                err("line %d: conversation %s not consecutive" % (r["line"], cid))
            seen.add(cid)
            prev = cid
        convs.setdefault(cid, []).append(r)
    expected = ["c%02d" % i for i in range(1, len(convs) + 1)]
    if list(convs) != expected:
        err("conversation ids are not c01..c%02d in order" % len(convs))
    for cid, turns in convs.items():
        if not 3 <= len(turns) <= 6:
            err("%s: %d turns (need 3-6)" % (cid, len(turns)))
        if turns[0]["kind"] != "new":
            err("%s: first turn is not `new`" % cid)

    kind_c = collections.Counter()
    tag_c = collections.Counter()
    reason_c = collections.Counter()
    rep_c = collections.Counter()
    followup_refusals = 0
    n_english = 0
    n_vi = 0
    n_vi_accentless = 0

    for cid, turns in convs.items():
        last_answer_rep, last_answer_spans = None, set()
        for i, r in enumerate(turns):
            ln = r["line"]
            kind = r["kind"]
            kind_c[kind] += 1
            if kind not in KINDS:
                err("line %d: bad kind %r" % (ln, kind))
            tags = [] if r["tags"] == "-" else r["tags"].split(",")
            for t in tags:
                if t not in TAGS:
                    err("line %d: bad tag %r" % (ln, t))
                tag_c[t] += 1
            if len(set(tags)) != len(tags):
                err("line %d: duplicate tag" % ln)
            q = r["question"]
            # automatic tags consistent with text
            if "english" in tags:
                n_english += 1
                if "accentless" in tags:
                    err("line %d: english turn tagged accentless" % ln)
            else:
                n_vi += 1
                if B.strip_accents(q) == q:
                    n_vi_accentless += 1
                    if "accentless" not in tags:
                        err("line %d: question has no diacritics but no accentless tag" % ln)
                elif "accentless" in tags:
                    err("line %d: accentless tag but question has diacritics" % ln)
            if bool(B.ABBREV_RE.search(q)) != ("abbrev" in tags):
                err("line %d: abbrev tag inconsistent with question" % ln)
            # read_as
            if B.strip_accents(r["read_as"]) == r["read_as"]:
                err("line %d: read_as has no diacritics" % ln)
            if kind != "new" and len(r["read_as"]) <= len(q):
                err("line %d: follow-up read_as not longer than question" % ln)
            # facts
            f = parse_facts(r["facts"])
            rep = r["rep"]
            if isinstance(f, tuple):
                reason = f[1]
                reason_c[reason] += 1
                if reason not in REASONS:
                    err("line %d: bad refuse reason %r" % (ln, reason))
                if reason == "not_in_corpus":
                    if rep is not None:
                        err("line %d: not_in_corpus turn should have no report" % ln)
                    if "near-miss" not in tags:
                        err("line %d: not_in_corpus turn without near-miss tag" % ln)
                else:
                    if rep not in reports:
                        err("line %d: refusal %s needs its report R0-R4" % (ln, reason))
                    rep_c[rep] += 1
                if reason == "false_premise" and "premise" not in tags:
                    err("line %d: false_premise turn without premise tag" % ln)
                if i > 0:
                    followup_refusals += 1
                continue
            if rep not in reports:
                err("line %d: answerable turn without report" % ln)
                continue
            if "near-miss" in tags or "premise" in tags:
                err("line %d: near-miss/premise tag on answerable turn" % ln)
            rep_c[rep] += 1
            spans = set()
            for g in f:
                for a in g:
                    if a != a.strip() or not a:
                        err("line %d: empty/space-padded span %r" % (ln, a))
                        continue
                    nw = len(a.split())
                    if not 1 <= nw <= 6:
                        err("line %d: span %r has %d words (1-6)" % (ln, a, nw))
                    if "&&" in a or "|" in a:
                        err("line %d: malformed separators in %r" % (ln, a))
                    if not occurs(a, reports[rep]):
                        err("line %d: span %r not found in %s" % (ln, a, rep))
                    spans.add(norm(a))
            # topic change: a switch of report must come with new facts
            if last_answer_rep is not None and rep != last_answer_rep and spans & last_answer_spans:
                err("line %d: report switch but facts repeat the previous answer" % ln)
            last_answer_rep, last_answer_spans = rep, spans

    n_conv, n_turn = len(convs), len(rows)
    n_ref = sum(reason_c.values())
    if n_conv < 45:
        err("only %d conversations (need >= 45)" % n_conv)
    if n_turn < 200:
        err("only %d turns (need >= 200)" % n_turn)
    if n_ref < 40:
        err("only %d refusal turns (need >= 40)" % n_ref)
    for reason in REASONS:
        if reason_c[reason] < 8:
            err("too few %s refusals (%d)" % (reason, reason_c[reason]))
    if followup_refusals * 2 <= n_ref:
        err("most refusals must be follow-ups (%d of %d)" % (followup_refusals, n_ref))
    for k in KINDS:
        if kind_c[k] < 10:
            err("too few %s turns (%d)" % (k, kind_c[k]))
    eng_share = n_english / n_turn
    if not 0.08 <= eng_share <= 0.14:
        err("English share %.1f%% outside 8-14%%" % (100 * eng_share))
    acc_share = n_vi_accentless / n_vi
    if not 0.42 <= acc_share <= 0.60:
        err("accentless share of Vietnamese turns %.1f%% outside 42-60%%" % (100 * acc_share))
    for t in TAGS:
        if tag_c[t] < 3:
            err("too few turns tagged %s (%d)" % (t, tag_c[t]))
    for rid in B.REPORTS:
        if rep_c[rid] < 20:
            err("report %s used by only %d turns" % (rid, rep_c[rid]))

    print("conversations: %d, turns: %d" % (n_conv, n_turn))
    print("per kind: " + ", ".join("%s %d" % (k, kind_c[k]) for k in KINDS))
    print("per tag: " + ", ".join("%s %d" % (t, tag_c[t]) for t in TAGS))
    print("per report (excluding not_in_corpus): " + ", ".join("%s %d" % (r, rep_c[r]) for r in B.REPORTS))
    print("refusals: %d (" % n_ref + ", ".join("%s %d" % (x, reason_c[x]) for x in REASONS)
          + "); follow-up refusals %d" % followup_refusals)
    print("english turns: %d (%.1f%%); accentless Vietnamese turns: %d of %d (%.1f%%)"
          % (n_english, 100 * eng_share, n_vi_accentless, n_vi, 100 * acc_share))
    if errors:
        for e in errors:
            print("ERROR: " + e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
