#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 36.

- format: 4 exact header lines, 6 tab-separated columns, ids c01.. consecutive, 4-6 turns each,
  first turn 'new', kinds and tags from the allowed sets, read_as with diacritics and longer
  than the question for follow-ups, accentless questions really without diacritics;
- TSV rows equal the hand-written data in build_conversations.py (which also records each turn's report);
- every fact group: each alternative is 1-6 syllables, has no trailing punctuation and matches
  as whole words (accent/case-insensitive, not glued to '/' or '-' inside a word) in the article
  body of the turn's report (sidebars of unrelated news excluded);
- refuse turns: refuse:not_reported | not_in_corpus | false_premise; every not_in_corpus turn names
  a distinguishing token that occurs in its read_as and is absent from all five report files.
"""
import glob
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REFUSE = {"refuse:not_reported", "refuse:not_in_corpus", "refuse:false_premise"}

# article body of each report: (first line, marker that starts the unrelated tail or None), 1-based lines
BODY = {0: (3, "Tin liên quan"), 1: (8, "Vi Trường"), 2: (1, None), 3: (1, "Tin khác"), 4: (1, "Zalo")}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower())


def pattern(span):
    return re.compile(r"(?<!\w)(?<!\w[/\-])" + re.escape(norm(span)) + r"(?!\w)(?![/\-]\w)")


def load_reports():
    files = sorted(glob.glob(os.path.join(ROOT, "given", "*.txt")))
    assert len(files) == 5, files
    full, body = {}, {}
    for i, f in enumerate(files):
        lines = open(f, encoding="utf-8").read().split("\n")
        full[i] = norm("\n".join(lines))
        start, stop = BODY[i]
        out = []
        for ln in lines[start - 1:]:
            if stop and ln.strip().startswith(stop):
                if stop == "Vi Trường":
                    out.append(ln)  # author line is part of the article
                break
            out.append(ln)
        body[i] = norm("\n".join(out))
    return full, body


def main():
    errs = []
    full, body = load_reports()
    path = os.path.join(ROOT, "conversations.tsv")
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        errs.append("header lines differ")
    rows = [l.split("\t") for l in lines[4:]]
    for n, r in enumerate(rows, 5):
        if len(r) != 6:
            errs.append("line %d: %d columns" % (n, len(r)))
    data = [(i, t) for i, conv in enumerate(B.CONVS, 1) for t in conv]
    if len(data) != len(rows):
        errs.append("row count %d != data %d" % (len(rows), len(data)))

    seen, prev = [], None
    for (ci, t), r, n in zip(data, rows, range(5, 10 ** 6)):
        cid, q, kind, tags, read_as, facts = r
        loc = "line %d (%s)" % (n, cid)
        if cid != "c%02d" % ci:
            errs.append(loc + ": id mismatch with data")
        if cid != prev:
            if cid in seen:
                errs.append(loc + ": conversation not contiguous")
            seen.append(cid)
            if kind != "new":
                errs.append(loc + ": first turn is not new")
        prev = cid
        if (kind, tags, read_as, facts) != (t["kind"], t["tags"], t["read_as"], t["facts"]):
            errs.append(loc + ": row differs from data")
        if kind not in KINDS:
            errs.append(loc + ": bad kind " + kind)
        tl = tags.split(",")
        if tags != "-" and not set(tl) <= TAGS:
            errs.append(loc + ": bad tags " + tags)
        if "accentless" in tl and has_diacritics(q):
            errs.append(loc + ": accentless question has diacritics")
        if "accentless" in tl and "english" in tl:
            errs.append(loc + ": accentless and english")
        if not has_diacritics(read_as):
            errs.append(loc + ": read_as without diacritics")
        if kind != "new" and len(read_as) <= len(q):
            errs.append(loc + ": read_as not longer than follow-up question")
        if ("premise" in tl) != (facts == "refuse:false_premise"):
            errs.append(loc + ": premise tag / false_premise mismatch")
        if ("near-miss" in tl) != (facts == "refuse:not_in_corpus"):
            errs.append(loc + ": near-miss tag / not_in_corpus mismatch")
        rep = t["rep"]
        if facts.startswith("refuse"):
            if facts not in REFUSE:
                errs.append(loc + ": bad refuse reason " + facts)
            if facts == "refuse:not_in_corpus":
                tok = t.get("nic")
                if rep is not None or not tok:
                    errs.append(loc + ": not_in_corpus needs report None and a token")
                    continue
                if norm(tok) not in norm(read_as):
                    errs.append(loc + ": token %r not in read_as" % tok)
                for i in range(5):
                    if pattern(tok).search(full[i]):
                        errs.append(loc + ": token %r occurs in R%d" % (tok, i))
            elif rep not in range(5):
                errs.append(loc + ": refuse turn needs its report")
            continue
        if rep not in range(5):
            errs.append(loc + ": no report")
            continue
        for group in facts.split(" && "):
            ok = False
            for alt in group.split(" | "):
                alt = alt.strip()
                syl = len([w for w in alt.split() if re.search(r"\w", w)])
                if not 1 <= syl <= 6:
                    errs.append(loc + ": %r has %d syllables" % (alt, syl))
                if re.search(r"[.,;:!?]$", alt) or alt != alt.strip():
                    errs.append(loc + ": %r ends with punctuation/space" % alt)
                if pattern(alt).search(body[rep]):
                    ok = True
                else:
                    errs.append(loc + ": %r not found in R%d" % (alt, rep))
            if not ok:
                errs.append(loc + ": group %r unmatched" % group)
    ids = ["c%02d" % i for i in range(1, len(seen) + 1)]
    if seen != ids:
        errs.append("conversation ids not c01..cNN in order")
    for cid, k in Counter(r[0] for r in rows).items():
        if not 4 <= k <= 6:
            errs.append("%s has %d turns" % (cid, k))

    kinds = Counter(r[2] for r in rows)
    refuse = Counter(r[5] for r in rows if r[5].startswith("refuse"))
    tagc = Counter(x for r in rows for x in r[3].split(","))
    byrep = Counter(("R%d" % t["rep"]) if t["rep"] is not None else "none" for _, t in data)
    print("conversations %d, turns %d" % (len(seen), len(rows)))
    print("kinds", dict(kinds))
    print("refuse", dict(refuse), "total", sum(refuse.values()))
    print("tags", dict(tagc))
    print("by report", dict(sorted(byrep.items())))
    if errs:
        print("\n".join(errs))
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
