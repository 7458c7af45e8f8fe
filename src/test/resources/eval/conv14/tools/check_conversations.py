#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 14).

Usage: python3 tools/check_conversations.py [conversations.tsv] [given_dir] [-v]
Prints PASS, or the list of problems (exit code 1)."""
import glob, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
args = [a for a in sys.argv[1:] if not a.startswith("-")]
VERBOSE = "-v" in sys.argv
TSV = args[0] if len(args) > 0 else os.path.join(ROOT, "conversations.tsv")
GIVEN = args[1] if len(args) > 1 else os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 14 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {"conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30,
       "substitution": 25, "request": 15, "mid_new": 15, "refuse": 25}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def found(fact, text):
    f = norm(fact)
    if not f:
        return False
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None


problems = []
def bad(msg):
    problems.append(msg)

reports = {}
for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
    with open(p, encoding="utf-8") as fh:
        reports[os.path.basename(p)] = norm(fh.read())
if len(reports) != 5:
    bad("expected 5 reports in %s, found %d" % (GIVEN, len(reports)))

try:
    with open(TSV, encoding="utf-8") as fh:
        raw = fh.read()
except Exception as e:  # noqa
    print("FAIL: cannot read %s: %s" % (TSV, e))
    sys.exit(1)
if raw.startswith("\ufeff"):
    bad("file starts with a BOM")
lines = raw.split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if lines[:4] != HEADER:
    for i, (a, b) in enumerate(zip(lines[:4], HEADER)):
        if a != b:
            bad("header line %d differs: %r" % (i + 1, a))
    if len(lines) < 4:
        bad("header incomplete")

rows = []
for ln, line in enumerate(lines[4:], start=5):
    if line.strip() == "":
        bad("line %d: empty line" % ln)
        continue
    if line.startswith("#"):
        bad("line %d: comment line after header" % ln)
        continue
    cols = line.split("\t")
    if len(cols) != 6:
        bad("line %d: %d columns (need 6)" % (ln, len(cols)))
        continue
    if any(c != c.strip() or c == "" for c in cols):
        bad("line %d: empty column or surrounding whitespace" % ln)
    rows.append((ln,) + tuple(c.strip() for c in cols))

# conversation structure
order, convs = [], defaultdict(list)
prev = None
for r in rows:
    ln, cid = r[0], r[1]
    if not re.fullmatch(r"c\d{2,3}", cid):
        bad("line %d: bad conversation id %r" % (ln, cid))
    if cid != prev:
        if cid in convs:
            bad("line %d: conversation %s is not contiguous" % (ln, cid))
        order.append(cid)
        prev = cid
    convs[cid].append(r)
expected_ids = ["c%02d" % i for i in range(1, len(order) + 1)]
if order != expected_ids:
    bad("conversation ids are not c01, c02, ... in order")

kind_count, tag_count, reason_count = Counter(), Counter(), Counter()
mid_new = refuse_followup = accentless = 0
fact_hits = Counter()
for cid in order:
    turns = convs[cid]
    if not 3 <= len(turns) <= 6:
        bad("%s: %d turns (need 3-6)" % (cid, len(turns)))
    for i, (ln, _, q, kind, tags, read_as, facts) in enumerate(turns):
        where = "line %d (%s turn %d)" % (ln, cid, i + 1)
        if kind not in KINDS:
            bad("%s: unknown kind %r" % (where, kind))
        kind_count[kind] += 1
        if i == 0 and kind != "new":
            bad("%s: first turn must be new" % where)
        if i > 0 and kind == "new":
            mid_new += 1
        taglist = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not taglist or any(t.strip() != t or not t for t in taglist)):
            bad("%s: malformed tags %r" % (where, tags))
        if len(set(taglist)) != len(taglist):
            bad("%s: duplicate tag" % where)
        for t in taglist:
            if t not in TAGS:
                bad("%s: unknown tag %r" % (where, t))
            tag_count[t] += 1
        if "accentless" in taglist:
            accentless += 1
            if has_diacritics(q):
                bad("%s: tagged accentless but question has diacritics" % where)
        if "english" in taglist and has_diacritics(q):
            bad("%s: tagged english but question has Vietnamese diacritics" % where)
        if kind == "new" and not has_diacritics(read_as):
            bad("%s: read_as should be Vietnamese with diacritics" % where)
        if not has_diacritics(read_as):
            bad("%s: read_as without diacritics" % where)
        if facts.startswith("refuse:"):
            reason = facts[len("refuse:"):]
            if reason not in REASONS:
                bad("%s: unknown refuse reason %r" % (where, reason))
            reason_count[reason] += 1
            if i > 0:
                refuse_followup += 1
            if reason == "false_premise" and "premise" not in taglist:
                bad("%s: false_premise turn should carry the premise tag" % where)
            continue
        if "refuse" in facts:
            bad("%s: malformed refuse facts %r" % (where, facts))
        if "premise" in taglist:
            bad("%s: premise tag on a non-refuse turn" % where)
        groups = facts.split(" && ")
        for g in groups:
            alts = g.split(" | ")
            for a in alts:
                a0 = a
                if a0 != a0.strip() or not a0 or "&&" in a0 or a0.strip() in ("|", "&"):
                    bad("%s: malformed fact %r" % (where, a0))
                    continue
                if len(a0.split()) > 6:
                    bad("%s: fact too long (%d words): %r" % (where, len(a0.split()), a0))
                hits = [n for n, t in reports.items() if found(a0, t)]
                if not hits:
                    bad("%s: fact not found in any report: %r" % (where, a0))
                elif len(hits) == len(reports):
                    bad("%s: fact appears in every report (not discriminative): %r" % (where, a0))
                for n in hits:
                    fact_hits[n] += 1

n_turns = len(rows)
n_refuse = sum(reason_count.values())
checks = [
    ("conversations", len(order)), ("turns", n_turns),
    ("pronoun", kind_count["pronoun"]), ("ellipsis", kind_count["ellipsis"]),
    ("substitution", kind_count["substitution"]), ("request", kind_count["request"]),
    ("mid_new", mid_new), ("refuse", n_refuse),
]
for name, val in checks:
    if val < MIN[name]:
        bad("too few %s: %d < %d" % (name, val, MIN[name]))
for r in REASONS:
    if reason_count[r] < 5:
        bad("refuse reason %s used only %d times (spread the reasons)" % (r, reason_count[r]))
if n_refuse and refuse_followup * 2 <= n_refuse:
    bad("most refuse turns should be follow-ups (%d of %d)" % (refuse_followup, n_refuse))
if n_turns and not 0.40 <= accentless / n_turns <= 0.65:
    bad("accentless share %.0f%% is not about half" % (100.0 * accentless / n_turns))
for t in ("abbrev", "telegraphic", "typo", "english"):
    if tag_count[t] < 3:
        bad("too few %s turns (%d)" % (t, tag_count[t]))
for n in reports:
    if fact_hits[n] == 0:
        bad("report %s is never used by any fact" % n)

print("conversations=%d turns=%d" % (len(order), n_turns))
print("kinds: " + ", ".join("%s=%d" % (k, kind_count[k]) for k in sorted(KINDS)) + ", mid_new=%d" % mid_new)
print("tags: " + ", ".join("%s=%d" % (t, tag_count[t]) for t in sorted(TAGS)) + ", untagged=%d" % sum(1 for r in rows if r[4] == "-"))
print("refuse=%d (follow-ups %d): " % (n_refuse, refuse_followup) + ", ".join("%s=%d" % (r, reason_count[r]) for r in sorted(REASONS)))
print("accentless share: %.1f%%" % (100.0 * accentless / max(1, n_turns)))
if VERBOSE:
    print("fact hits per report: " + ", ".join("%s=%d" % kv for kv in sorted(fact_hits.items())))
if problems:
    print("FAIL: %d problem(s)" % len(problems))
    for p in problems:
        print(" - " + p)
    sys.exit(1)
print("PASS")
