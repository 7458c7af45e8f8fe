#!/usr/bin/env python3
"""Validate conversations.tsv (blind conversation set 12).

Usage: python3 tools/check_conversations.py [--verbose] [path/to/conversations.tsv]
Prints PASS, or the list of problems (exit code 1).
--verbose also prints, for every fact alternative, which reports contain it.
"""
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TSV = os.path.join(ROOT, "conversations.tsv")
GIVEN = os.path.join(ROOT, "given")

HEADER = [
    "# Blind conversation set 12 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
# short forms people type; used to sanity-check the abbrev tag
ABBREVS = {"hn", "bng", "ng", "ttg", "ptt", "bt", "hdba", "lhq", "tbt", "ubnd", "vn", "tk", "sk",
           "ngkt", "bql", "k", "ko", "dc", "bn", "j", "ntn", "vs", "pm"}

MIN = {
    "conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30, "substitution": 25,
    "request": 15, "mid_new": 15, "refuse": 25, "refuse_each_reason": 5,
    "english": 3, "typo": 3, "abbrev": 20, "telegraphic": 10,
}


def norm(text):
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D").replace("ð", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"\s+", " ", text).strip()


def has_diacritics(text):
    if re.search("[đĐ]", text):
        return True
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def phrase_re(phrase):
    words = [re.escape(w) for w in norm(phrase).split(" ")]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def load_reports():
    reps = OrderedDict()
    for name in sorted(os.listdir(GIVEN)):
        path = os.path.join(GIVEN, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                reps[name] = norm(f.read())
    return reps


def main():
    verbose = "--verbose" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    tsv = args[0] if args else TSV
    problems = []
    reports = load_reports()
    if len(reports) != 5:
        problems.append("expected 5 reports in given/, found %d" % len(reports))

    with open(tsv, encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        problems.append("file contains CR characters")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i, (got, want) in enumerate(zip(lines[:4], HEADER), 1):
            if got != want:
                problems.append("header line %d differs: %r" % (i, got))
        if len(lines) < 4:
            problems.append("header incomplete")
    rows = []
    for ln, line in enumerate(lines[4:], 5):
        if not line.strip():
            problems.append("line %d: empty line" % ln)
            continue
        if line.startswith("#"):
            problems.append("line %d: comment line after header" % ln)
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("line %d: %d columns, expected 6" % (ln, len(cols)))
            continue
        if any(c.strip() == "" for c in cols) or any(c != c.strip() for c in cols):
            problems.append("line %d: empty cell or leading/trailing space" % ln)
        rows.append((ln, cols))

    # conversations: consecutive, ids c01.., 3..6 turns, first turn new
    convs = OrderedDict()
    last = None
    for ln, cols in rows:
        cid = cols[0]
        if not re.fullmatch(r"c\d{2,3}", cid):
            problems.append("line %d: bad conversation id %r" % (ln, cid))
        if cid != last:
            if cid in convs:
                problems.append("line %d: conversation %s is not consecutive" % (ln, cid))
            convs.setdefault(cid, [])
            last = cid
        convs[cid].append((ln, cols))
    for i, cid in enumerate(convs, 1):
        want = "c%02d" % i
        if cid != want:
            problems.append("conversation %s out of order (expected %s)" % (cid, want))
    for cid, turns in convs.items():
        if not 3 <= len(turns) <= 6:
            problems.append("%s: %d turns (need 3-6)" % (cid, len(turns)))
        if turns[0][1][2] != "new":
            problems.append("%s: first turn is %r, must be new" % (cid, turns[0][1][2]))

    kinds = Counter()
    tags_c = Counter()
    reasons = Counter()
    mid_new = 0
    coverage = Counter()
    seen_q = Counter()
    fact_report = []
    for cid, turns in convs.items():
        for pos, (ln, cols) in enumerate(turns):
            _, q, kind, tags, read_as, facts = cols
            seen_q[(cid, q)] += 1
            if kind not in KINDS:
                problems.append("line %d: bad kind %r" % (ln, kind))
            kinds[kind] += 1
            if kind == "new" and pos > 0:
                mid_new += 1
            taglist = [] if tags == "-" else tags.split(",")
            if tags != "-" and (not taglist or any(t not in TAGS for t in taglist)):
                problems.append("line %d: bad tags %r" % (ln, tags))
            if len(set(taglist)) != len(taglist):
                problems.append("line %d: duplicate tag" % ln)
            for t in taglist:
                tags_c[t] += 1
            # tag consistency
            has_letters = bool(re.search(r"[^\W\d_]", q))
            if "accentless" in taglist and has_diacritics(q):
                problems.append("line %d: tagged accentless but question has diacritics" % ln)
            if ("accentless" not in taglist and "english" not in taglist and has_letters
                    and not has_diacritics(q)):
                problems.append("line %d: question has no diacritics but is not tagged accentless/english" % ln)
            if "abbrev" in taglist:
                toks = set(re.findall(r"\w+", norm(q)))
                if not toks & ABBREVS:
                    problems.append("line %d: tagged abbrev but no known abbreviation in question" % ln)
            if not has_diacritics(read_as):
                problems.append("line %d: read_as must be Vietnamese with diacritics" % ln)
            if not read_as.rstrip().endswith(("?", ".")):
                problems.append("line %d: read_as should end with ? or ." % ln)
            if kind == "new" and "english" not in taglist and norm(q).rstrip("?. ") != norm(read_as).rstrip("?. ") \
                    and "accentless" not in taglist and "abbrev" not in taglist and pos == 0 and False:
                pass
            # facts
            if facts.startswith("refuse:"):
                reason = facts[len("refuse:"):]
                if reason not in REASONS:
                    problems.append("line %d: bad refuse reason %r" % (ln, reason))
                reasons[reason] += 1
                if reason == "false_premise" and "premise" not in taglist:
                    problems.append("line %d: false_premise turn should carry the premise tag" % ln)
                continue
            if "premise" in taglist:
                problems.append("line %d: premise tag on a non-refuse turn" % ln)
            if "refuse" in facts:
                problems.append("line %d: malformed refuse facts %r" % (ln, facts))
            groups = facts.split(" && ")
            for g in groups:
                alts = g.split(" | ")
                for a in alts:
                    if not a.strip() or a != a.strip() or "&&" in a or "|" in a.replace("TG&VN", ""):
                        problems.append("line %d: malformed fact %r" % (ln, a))
                        continue
                    rx = phrase_re(a)
                    hits = [n for n, txt in reports.items() if rx.search(txt)]
                    fact_report.append((ln, a, hits))
                    if not hits:
                        problems.append("line %d: fact %r not found in any report" % (ln, a))
                    elif len(hits) == len(reports):
                        problems.append("line %d: fact %r appears in every report (not discriminative)" % (ln, a))
                    for n in hits:
                        coverage[n] += 1

    dup = [k for k, v in seen_q.items() if v > 1]
    n_turns = sum(len(t) for t in convs.values())
    n_ref = sum(reasons.values())
    checks = [
        ("conversations", len(convs)), ("turns", n_turns), ("pronoun", kinds["pronoun"]),
        ("ellipsis", kinds["ellipsis"]), ("substitution", kinds["substitution"]),
        ("request", kinds["request"]), ("mid_new", mid_new), ("refuse", n_ref),
        ("english", tags_c["english"]), ("typo", tags_c["typo"]), ("abbrev", tags_c["abbrev"]),
        ("telegraphic", tags_c["telegraphic"]),
    ]
    for name, val in checks:
        if val < MIN[name]:
            problems.append("count %s = %d < %d" % (name, val, MIN[name]))
    for r in REASONS:
        if reasons[r] < MIN["refuse_each_reason"]:
            problems.append("refuse reason %s: %d < %d" % (r, reasons[r], MIN["refuse_each_reason"]))
    share = tags_c["accentless"] / max(n_turns, 1)
    if not 0.40 <= share <= 0.60:
        problems.append("accentless share %.2f is not about half (0.40-0.60)" % share)
    for n in reports:
        if coverage[n] < 10:
            problems.append("report %s covered by only %d fact matches" % (n, coverage[n]))
    followup_ref = 0
    for cid, turns in convs.items():
        for pos, (ln, cols) in enumerate(turns):
            if cols[5].startswith("refuse:") and pos > 0 and cols[2] != "new":
                followup_ref += 1
    if followup_ref * 2 <= n_ref:
        problems.append("most refuse turns should be follow-ups (%d of %d)" % (followup_ref, n_ref))

    print("conversations: %d  turns: %d" % (len(convs), n_turns))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS)) + ", new_mid_conversation=%d" % mid_new)
    print("tags: " + ", ".join("%s=%d" % (t, tags_c[t]) for t in sorted(TAGS)) + ", untagged=%d" %
          sum(1 for t in convs.values() for _, c in t if c[3] == "-"))
    print("accentless share: %.1f%%" % (100 * share))
    print("refuse: %d (%s); follow-up refusals: %d" % (
        n_ref, ", ".join("%s=%d" % (r, reasons[r]) for r in sorted(REASONS)), followup_ref))
    print("fact matches per report: " + ", ".join("%s=%d" % (n, coverage[n]) for n in reports))
    if verbose:
        short = {n: "R%d" % i for i, n in enumerate(reports)}
        for ln, a, hits in fact_report:
            print("  line %d: %-45s %s" % (ln, a, " ".join(short[h] for h in hits) or "-"))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" - " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
