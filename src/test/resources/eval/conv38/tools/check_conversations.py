#!/usr/bin/env python3
"""Check conversations.tsv of blind conversation set 38.

- format: the 4 exact comment lines, 6 tab-separated non-empty fields per row,
  conversation ids c01..c48 consecutive, 4-6 turns each, first turn `new`,
  valid kinds and tags, read_as with diacritics and longer than the question
  for follow-ups, accentless tag <=> question has no diacritics;
- the TSV is exactly what tools/build_conversations.py produces;
- every fact alternative is 1-6 syllables, not glued to a final period or to a
  `/` or `-`, and matches as whole words (accent- and case-insensitive) in the
  body of the turn's report (sidebars / page chrome cut off);
- refuse turns use a valid reason; not_in_corpus distinguishing tokens are
  absent from all five report files (whole files, as plain substrings) and occur
  in the turn's read_as or question; false_premise turns carry `premise`,
  not_in_corpus turns carry `near-miss`.

Usage: python3 -B tools/check_conversations.py
"""
import glob
import os
import re
import sys
import unicodedata
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B  # noqa: E402

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REASONS = {"not_reported", "not_in_corpus", "false_premise"}

# Body of each report: (first line containing, last line containing) -- excludes
# sidebars ("Tin khác", "Tin liên quan"), counters and footers.
BODY = {
    0: ("Bộ Ngoại giao tổ chức Hội nghị sơ kết", "Tại Hội nghị, Bộ trưởng Ngoại giao đã trao tặng"),
    1: ("Đồng chí Phạm Minh Chính dự Hội nghị tổng kết", "Vi Trường"),
    2: ("Chiều ngày 31-1", "B.T.V (Theo VGP)"),
    3: ("Bộ Ngoại giao cần nhạy cảm trong tham mưu", "PV"),
    4: ("Tạo bước tiến đột phá", "Nguồn Quảng Trị"),
}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s)


def has_diacritics(s):
    return B.strip_diacritics(s) != unicodedata.normalize("NFC", s)


def whole_word(span, text):
    pat = (r"(?<!\w)(?<!\w[/-])" + re.escape(norm(span).strip()) + r"(?![/-]\w)(?!\w)")
    return re.search(pat, text) is not None


def load_reports():
    files = sorted(glob.glob(os.path.join(ROOT, "given", "*.txt")))
    assert len(files) == 5, files
    full, body = {}, {}
    for i, f in enumerate(files):
        assert os.path.basename(f).startswith("%03d_" % i), f
        lines = open(f, encoding="utf-8").read().split("\n")
        full[i] = norm("\n".join(lines))
        start, end = BODY[i]
        a = next(k for k, l in enumerate(lines) if start in l)
        b = next(k for k, l in enumerate(lines) if end in l and k >= a)
        body[i] = norm("\n".join(lines[a:b + 1]))
    return full, body


def main():
    full, body = load_reports()
    path = os.path.join(ROOT, "conversations.tsv")
    raw = open(path, encoding="utf-8").read()
    if "\r" in raw:
        err("CR characters in TSV")
    lines = raw.rstrip("\n").split("\n")
    if lines[:4] != B.HEADER:
        err("header lines differ")
    data = [l.split("\t") for l in lines[4:]]
    for n, row in enumerate(data, 5):
        if len(row) != 6 or any(not x.strip() for x in row):
            err("line %d: need 6 non-empty fields" % n)
        if any(x != x.strip() for x in row):
            err("line %d: stray whitespace" % n)
    if any(l.startswith("#") for l in lines[4:]):
        err("extra comment lines")

    built = B.rows()
    if len(built) != len(data):
        err("TSV has %d rows, build has %d" % (len(data), len(built)))
    for n, (row, t) in enumerate(zip(data, built), 5):
        exp = [t["conv"], t["question"], t["kind"], ",".join(t["tag_list"]) or "-", t["read_as"], t["facts"]]
        if row != exp:
            err("line %d differs from build output" % n)

    # conversations
    order = []
    for row in data:
        if not order or order[-1] != row[0]:
            order.append(row[0])
    if order != ["c%02d" % i for i in range(1, 49)]:
        err("conversation ids not c01..c48 consecutive")
    sizes = Counter(row[0] for row in data)
    for c, k in sizes.items():
        if not 4 <= k <= 6:
            err("%s has %d turns" % (c, k))

    prev = None
    for n, (row, t) in enumerate(zip(data, built), 5):
        conv, q, kind, tags, read_as, facts = row
        where = "line %d (%s)" % (n, conv)
        first = conv != prev
        prev = conv
        if kind not in KINDS:
            err(where + ": bad kind")
        if first and kind != "new":
            err(where + ": first turn not new")
        tl = [] if tags == "-" else tags.split(",")
        if not set(tl) <= TAGS or len(tl) != len(set(tl)):
            err(where + ": bad tags %s" % tags)
        if "accentless" in tl and has_diacritics(q):
            err(where + ": accentless question with diacritics")
        if "english" in tl and has_diacritics(q):
            err(where + ": english question with diacritics")
        if "english" not in tl and "accentless" not in tl and not has_diacritics(q):
            err(where + ": Vietnamese question without diacritics lacks accentless tag")
        if not has_diacritics(read_as):
            err(where + ": read_as without diacritics")
        if kind != "new" and len(read_as) <= len(q):
            err(where + ": read_as not longer than follow-up question")
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                err(where + ": bad refuse reason")
            if reason == "false_premise" and "premise" not in tl:
                err(where + ": false_premise without premise tag")
            if reason == "not_in_corpus":
                if "near-miss" not in tl:
                    err(where + ": not_in_corpus without near-miss tag")
                if t["rep"] is not None or not t["nic"]:
                    err(where + ": not_in_corpus needs rep=None and tokens")
                for tok in t["nic"]:
                    nt = norm(tok)
                    if any(nt in full[i] for i in full):
                        err(where + ": token %r occurs in a report" % tok)
                    if nt not in norm(read_as) and nt not in norm(q):
                        err(where + ": token %r not in question/read_as" % tok)
            elif t["rep"] is None:
                err(where + ": refuse turn without covering report")
            continue
        if "premise" in tl or "near-miss" in tl:
            err(where + ": premise/near-miss tag on answered turn")
        if t["rep"] is None:
            err(where + ": answered turn without report")
            continue
        for group in facts.split(" && "):
            alts = group.split(" | ")
            if any(not a.strip() or a != a.strip() for a in alts):
                err(where + ": empty/space-padded alternative in %r" % group)
            for a in alts:
                syl = a.split()
                if not 1 <= len(syl) <= 6:
                    err(where + ": %r has %d syllables" % (a, len(syl)))
                if a.endswith(".") or a[0] in "/-" or a[-1] in "/-":
                    err(where + ": %r glued to punctuation" % a)
                if not whole_word(a, body[t["rep"]]):
                    err(where + ": %r not found as whole words in R%d" % (a, t["rep"]))

    # summary
    kinds = Counter(r[2] for r in data)
    refuse = Counter(r[5] for r in data if r[5].startswith("refuse:"))
    tagc = Counter(x for r in data for x in (r[3].split(",") if r[3] != "-" else []))
    reps = Counter("R%s" % t["rep"] if t["rep"] is not None else "none" for t in built)
    print("turns:", len(data), "conversations:", len(order))
    print("kinds:", dict(kinds))
    print("refuse:", dict(refuse), "total", sum(refuse.values()))
    print("tags:", dict(tagc))
    print("by report:", dict(sorted(reps.items())))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
