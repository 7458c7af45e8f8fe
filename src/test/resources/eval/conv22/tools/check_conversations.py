#!/usr/bin/env python3
"""Validate conversations.tsv (set 22). Prints PASS or the list of problems.

Checks: exact 4-line header; 6 columns; conversation ids c01.. contiguous and
turns grouped; 3-6 turns per conversation, first turn kind new; kinds and tags
from the allowed sets; `accentless` tag exactly when a non-English question has
no Vietnamese diacritics (and never on English turns); read_as has diacritics;
facts well formed; refusal reasons valid; every fact (each alternative) occurs
as whole words in the report the turn is about (normalised: NFD without
combining marks, đ->d, lower case, punctuation = word break); totals
(>=45 conversations, >=200 turns, >=35 refusals, most refusals follow-ups).
The report of each turn comes from tools/build_conversations.py, whose rows
must equal the TSV.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REASONS = {"not_reported", "not_in_corpus", "false_premise"}
ABBREVS = {"HN", "BNG", "TTg", "PTT", "BT", "NG", "VN", "HĐBA", "HDBA"}


def norm_tokens(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^0-9a-z]+", " ", s).split()


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


def contains(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def main():
    errs = []
    path = os.path.join(ROOT, "conversations.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        errs.append("header mismatch")
    body = lines[4:]
    reports = {}
    for k, fn in B.REPORTS.items():
        with open(os.path.join(ROOT, "given", fn), encoding="utf-8") as f:
            reports[k] = norm_tokens(f.read())
    expected = B.build_rows()
    if len(expected) != len(body):
        errs.append(f"row count {len(body)} != builder {len(expected)}")

    convs = {}
    order = []
    kind_n, tag_n, reason_n = {}, {}, {}
    refusals = refuse_follow = 0
    for ln, (line, exp) in enumerate(zip(body, expected), start=5):
        cols = line.split("\t")
        if len(cols) != 6:
            errs.append(f"line {ln}: {len(cols)} columns")
            continue
        cid, q, kind, tags, read_as, facts = cols
        if [cid, q, kind, tags, read_as, facts] != [exp[x] for x in
                                                   ("conversation", "question", "kind", "tags", "read_as", "facts")]:
            errs.append(f"line {ln}: differs from builder row")
        if not re.fullmatch(r"c\d{2,3}", cid):
            errs.append(f"line {ln}: bad id {cid}")
        if cid not in convs:
            if order and cid in order:
                errs.append(f"line {ln}: conversation {cid} not contiguous")
            order.append(cid)
            convs[cid] = []
        convs[cid].append(kind)
        if any(not c.strip() for c in cols):
            errs.append(f"line {ln}: empty cell")
        if kind not in KINDS:
            errs.append(f"line {ln}: bad kind {kind}")
        kind_n[kind] = kind_n.get(kind, 0) + 1
        taglist = [] if tags == "-" else tags.split(",")
        for t in taglist:
            if t not in TAGS:
                errs.append(f"line {ln}: bad tag {t}")
            tag_n[t] = tag_n.get(t, 0) + 1
        if not taglist:
            tag_n["-"] = tag_n.get("-", 0) + 1
        english = "english" in taglist
        if english:
            if "accentless" in taglist:
                errs.append(f"line {ln}: english turn tagged accentless")
        else:
            if ("accentless" in taglist) == has_diacritics(q):
                errs.append(f"line {ln}: accentless tag mismatch: {q}")
        qtoks = set(re.findall(r"[\wĐđ]+", q))
        has_abbr = bool(qtoks & ABBREVS)
        if ("abbrev" in taglist) != has_abbr:
            errs.append(f"line {ln}: abbrev tag mismatch: {q}")
        if not has_diacritics(read_as):
            errs.append(f"line {ln}: read_as without diacritics")
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                errs.append(f"line {ln}: bad refusal {reason}")
            reason_n[reason] = reason_n.get(reason, 0) + 1
            refusals += 1
            if kind != "new":
                refuse_follow += 1
            if reason == "false_premise" and "premise" not in taglist:
                errs.append(f"line {ln}: false_premise without premise tag")
            if reason == "not_in_corpus" and exp["rep"] is not None:
                errs.append(f"line {ln}: not_in_corpus turn should have no report")
            if reason != "not_in_corpus" and exp["rep"] is None:
                errs.append(f"line {ln}: {reason} turn needs its report")
            continue
        rep = exp["rep"]
        if rep not in reports:
            errs.append(f"line {ln}: answerable turn without report")
            continue
        for group in facts.split(" && "):
            alts = group.split(" | ")
            for alt in alts:
                toks = norm_tokens(alt)
                if not alt.strip() or alt != alt.strip():
                    errs.append(f"line {ln}: malformed fact {group!r}")
                elif len(toks) > 6:
                    errs.append(f"line {ln}: fact too long {alt!r}")
                elif not contains(reports[rep], toks):
                    errs.append(f"line {ln}: fact {alt!r} not in {B.REPORTS[rep]}")

    for cid, kinds in convs.items():
        if not 3 <= len(kinds) <= 6:
            errs.append(f"{cid}: {len(kinds)} turns")
        if kinds[0] != "new":
            errs.append(f"{cid}: first turn not new")
    want = [f"c{i:02d}" for i in range(1, len(order) + 1)]
    if order != want:
        errs.append("conversation ids not c01..cNN in order")
    nturns = len(body)
    if len(convs) < 45:
        errs.append(f"only {len(convs)} conversations")
    if nturns < 200:
        errs.append(f"only {nturns} turns")
    if refusals < 35:
        errs.append(f"only {refusals} refusals")
    if refuse_follow * 2 <= refusals:
        errs.append("most refusals must be follow-ups")

    print(f"conversations={len(convs)} turns={nturns} refusals={refusals} (follow-up {refuse_follow})")
    print("kinds:", dict(sorted(kind_n.items())))
    print("tags:", dict(sorted(tag_n.items())))
    print("refusal reasons:", dict(sorted(reason_n.items())))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
