#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 40.

* format: 4 exact comment lines, 6 tab-separated fields, ids c01..c48 consecutive,
  4-6 turns each, first turn `new`, valid kinds/tags, accentless turns really accentless;
* every fact group matches (accent/case-insensitive, whole word) in the body of the
  turn's report (page chrome and sidebars excluded);
* fact spans are 1-6 syllables and not glued to a final period;
* every not_in_corpus distinguishing token is absent from all five full report files;
* prints counts by kind, refusal reason, tag and report.
"""
import collections
import glob
import importlib.util
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TSV = os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

spec = importlib.util.spec_from_file_location("build_conversations", os.path.join(HERE, "build_conversations.py"))
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

KINDS = ["new", "pronoun", "ellipsis", "substitution", "request"]
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REFUSE = {"refuse:not_reported", "refuse:not_in_corpus", "refuse:false_premise"}
# 1-based inclusive line ranges holding the report proper (no site chrome, no sidebars)
BODY = {0: (1, 37), 1: (8, 41), 2: (1, 17), 3: (1, 27), 4: (1, 31)}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.lower()).strip()


def found(span, text):
    pat = r"(?<![\w/-])" + re.escape(norm(span)) + r"(?![\w/-])"
    return re.search(pat, text) is not None


def syllables(span):
    return len([w for w in span.split() if re.search(r"\w", w)])


def main():
    files = sorted(glob.glob(os.path.join(GIVEN, "*.txt")))
    assert len(files) == 5, files
    full = [open(f, encoding="utf-8").read() for f in files]
    body = []
    for i, txt in enumerate(full):
        lines = txt.split("\n")
        a, b = BODY[i]
        body.append(norm("\n".join(lines[a - 1:b])))
    allnorm = norm("\n".join(full))

    errors = []
    raw = open(TSV, encoding="utf-8").read()
    lines = raw.rstrip("\n").split("\n")
    for i, h in enumerate(build.HEADER):
        if lines[i] != h:
            errors.append("header line %d differs" % (i + 1))
    data = [l.split("\t") for l in lines[4:]]
    meta = build.rows()
    if len(data) != len(meta):
        errors.append("row count %d != build data %d" % (len(data), len(meta)))

    seen = []
    per_conv = collections.OrderedDict()
    for n, (row, m) in enumerate(zip(data, meta), 5):
        if len(row) != 6:
            errors.append("line %d: %d fields" % (n, len(row)))
            continue
        cid, q, kind, tags, read_as, facts = row
        rep, nic = m[6], m[7]
        where = "line %d (%s)" % (n, cid)
        if (cid, q, kind, tags, read_as, facts) != m[:6]:
            errors.append(where + ": row differs from build data")
        if not re.fullmatch(r"c\d\d", cid):
            errors.append(where + ": bad id")
        if cid not in per_conv:
            if per_conv and cid in seen:
                errors.append(where + ": conversation not contiguous")
            per_conv[cid] = []
            seen.append(cid)
            if kind != "new":
                errors.append(where + ": first turn must be new")
        elif seen[-1] != cid:
            errors.append(where + ": conversation not contiguous")
        per_conv[cid].append((q, kind, tags, read_as, facts, rep, nic))
        if kind not in KINDS:
            errors.append(where + ": bad kind " + kind)
        tl = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not tl or any(t not in TAGS for t in tl) or len(set(tl)) != len(tl)):
            errors.append(where + ": bad tags " + tags)
        if "accentless" in tl and ("đ" in q or "Đ" in q or unicodedata.normalize("NFD", q) != q):
            errors.append(where + ": accentless turn still has diacritics")
        if "english" in tl and "accentless" in tl:
            errors.append(where + ": english and accentless together")
        if kind != "new" and len(read_as) <= len(q):
            errors.append(where + ": read_as not longer than the follow-up")
        if unicodedata.normalize("NFD", read_as) == read_as:
            errors.append(where + ": read_as has no diacritics")
        if not q.strip() or not read_as.strip():
            errors.append(where + ": empty field")
        if facts.startswith("refuse:"):
            if facts not in REFUSE:
                errors.append(where + ": bad refuse reason " + facts)
            if (facts == "refuse:false_premise") != ("premise" in tl):
                errors.append(where + ": premise tag and false_premise disagree")
            if (facts == "refuse:not_in_corpus") != ("near-miss" in tl):
                errors.append(where + ": near-miss tag and not_in_corpus disagree")
            if facts == "refuse:not_in_corpus":
                if not nic:
                    errors.append(where + ": not_in_corpus without distinguishing token")
                for tok in nic:
                    if found(tok, allnorm):
                        errors.append(where + ": not_in_corpus token present in reports: " + tok)
                    if norm(tok) not in norm(read_as):
                        errors.append(where + ": token not in read_as: " + tok)
            elif nic:
                errors.append(where + ": distinguishing token on a non not_in_corpus turn")
        else:
            if "premise" in tl or "near-miss" in tl:
                errors.append(where + ": premise/near-miss tag on an answerable turn")
            for group in facts.split(" && "):
                alts = group.split(" | ")
                ok = False
                for a in alts:
                    if a != a.strip() or not a:
                        errors.append(where + ": blank/space-padded span %r" % a)
                    if a.endswith(".") or a.startswith("/") or a.endswith("/") or a.startswith("-") or a.endswith("-"):
                        errors.append(where + ": glued span %r" % a)
                    s = syllables(a)
                    if not 1 <= s <= 6:
                        errors.append(where + ": span %r has %d syllables" % (a, s))
                    if found(a, body[rep]):
                        ok = True
                    else:
                        errors.append(where + ": span %r not in R%d" % (a, rep))
                if not ok:
                    errors.append(where + ": no alternative of group matches")

    ids = list(per_conv)
    if ids != ["c%02d" % i for i in range(1, len(ids) + 1)]:
        errors.append("conversation ids not c01.. consecutive")
    if len(ids) != 48:
        errors.append("expected 48 conversations, got %d" % len(ids))
    for cid, turns in per_conv.items():
        if not 4 <= len(turns) <= 6:
            errors.append("%s has %d turns" % (cid, len(turns)))

    # statistics
    turns = [t for ts in per_conv.values() for t in ts]
    kinds = collections.Counter(t[1] for t in turns)
    reasons = collections.Counter(t[4] for t in turns if t[4].startswith("refuse:"))
    tagc = collections.Counter(x for t in turns for x in ([] if t[2] == "-" else t[2].split(",")))
    reps = collections.Counter("R%d" % t[5] for t in turns)
    kind_rep = collections.Counter((t[1], "R%d" % t[5]) for t in turns)
    print("conversations", len(per_conv), "turns", len(turns))
    print("kinds", dict((k, kinds[k]) for k in KINDS))
    print("refusals", sum(reasons.values()), dict(reasons))
    print("tags", dict(sorted(tagc.items())))
    print("reports", dict(sorted(reps.items())))
    print("kind x report")
    for k in KINDS:
        print("  %-12s" % k, " ".join("R%d=%d" % (r, kind_rep[(k, "R%d" % r)]) for r in range(5)))
    refrep = collections.Counter("R%d" % t[5] for t in turns if t[4].startswith("refuse:"))
    print("refusals by report", dict(sorted(refrep.items())))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
