#!/usr/bin/env python3
"""Check /work/sealed/conv8/conversations.tsv against the reports in ../given/.

Checks: exact 4-line header; 6 columns per row; valid kind and tags; ids c01, c02, ...
consecutive; every conversation starts with 'new' and has 3-6 turns; accentless turns
carry no diacritics; read_as is non-empty; every alternative of every fact group of
every answerable turn occurs (diacritics stripped, đ->d, lower-case, whole word) in at
least one given report; refuse turns carry a valid reason. Prints counts and PASS/FAIL.
"""
import collections
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
TSV = os.path.join(BASE, "conversations.tsv")
GIVEN = os.path.join(BASE, "given")

HEADER = [
    "# Blind conversation set 8 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "english", "typo", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s).strip().lower()


def occurs(fact, texts):
    pat = re.compile(r"(?<![0-9a-z])" + re.escape(norm(fact)) + r"(?![0-9a-z])")
    return [name for name, t in texts.items() if pat.search(t)]


def main():
    errors = []
    texts = {}
    for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(p, encoding="utf-8") as f:
            texts[os.path.basename(p)] = norm(f.read())
    if len(texts) != 5:
        errors.append("expected 5 reports in given/, found %d" % len(texts))

    with open(TSV, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        errors.append("header differs from the required 4 lines")
    rows = lines[4:]

    convs = collections.OrderedDict()
    kinds = collections.Counter()
    tags = collections.Counter()
    reasons = collections.Counter()
    refuse = 0
    new_mid = 0
    fact_reports = collections.Counter()
    for n, line in enumerate(rows, 5):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        cid, q, kind, tg, read_as, facts = cols
        if not re.fullmatch(r"c\d{2,}", cid):
            errors.append("line %d: bad conversation id %r" % (n, cid))
        if cid in convs and list(convs)[-1] != cid:
            errors.append("line %d: conversation %s not consecutive" % (n, cid))
        convs.setdefault(cid, []).append(kind)
        if not q.strip():
            errors.append("line %d: empty question" % n)
        if kind not in KINDS:
            errors.append("line %d: bad kind %r" % (n, kind))
        kinds[kind] += 1
        if len(convs[cid]) > 1 and kind == "new":
            new_mid += 1
        if tg != "-":
            tl = tg.split(",")
            for t in tl:
                if t not in TAGS:
                    errors.append("line %d: bad tag %r" % (n, t))
                tags[t] += 1
            if len(set(tl)) != len(tl):
                errors.append("line %d: duplicate tag" % n)
            if "accentless" in tl and has_diacritics(q):
                errors.append("line %d: accentless turn has diacritics: %s" % (n, q))
        else:
            tags["-"] += 1
        if not read_as.strip() or not has_diacritics(read_as):
            errors.append("line %d: read_as empty or without diacritics" % n)
        if facts.startswith("refuse:"):
            refuse += 1
            r = facts[len("refuse:"):]
            if r not in REASONS:
                errors.append("line %d: bad refuse reason %r" % (n, r))
            reasons[r] += 1
        else:
            if not facts.strip():
                errors.append("line %d: empty facts" % n)
                continue
            for group in facts.split(" && "):
                alts = group.split(" | ")
                for alt in alts:
                    if not alt.strip() or alt != alt.strip():
                        errors.append("line %d: empty/padded fact %r" % (n, alt))
                        continue
                    found = occurs(alt, texts)
                    if not found:
                        errors.append("line %d: fact %r not found in any report" % (n, alt))
                    for name in found:
                        fact_reports[name] += 1

    ids = list(convs)
    for i, cid in enumerate(ids, 1):
        if cid != "c%02d" % i:
            errors.append("conversation ids not c01, c02, ... in order at %s" % cid)
            break
    for cid, ks in convs.items():
        if ks[0] != "new":
            errors.append("%s does not start with new" % cid)
        if not 3 <= len(ks) <= 6:
            errors.append("%s has %d turns" % (cid, len(ks)))

    nturns = sum(len(v) for v in convs.values())
    if len(convs) < 45:
        errors.append("fewer than 45 conversations")
    if nturns < 200:
        errors.append("fewer than 200 turns")

    print("conversations: %d" % len(convs))
    print("turns: %d" % nturns)
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("new in the middle of a conversation: %d" % new_mid)
    print("tags: " + ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / nturns) for k, v in sorted(tags.items())))
    print("refuse turns: %d (%.0f%%); reasons: %s" % (refuse, 100.0 * refuse / nturns,
          ", ".join("%s=%d" % kv for kv in sorted(reasons.items()))))
    print("fact hits per report: " + ", ".join("%s=%d" % kv for kv in sorted(fact_reports.items())))
    for e in errors:
        print("ERROR: " + e)
    print("FAIL (%d errors)" % len(errors) if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
