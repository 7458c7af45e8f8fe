#!/usr/bin/env python3
"""Validate ../conversations.tsv against the five reports in ../given.

Usage: python3 tools/check_conversations.py [conversations.tsv] [given_dir]
Prints the counts, then PASS or the list of problems (exit code 1).
"""
import collections, glob, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADER = [
    "# Blind conversation set 1 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"}
REASONS = {"not_in_corpus", "false_premise", "not_reported"}
MIN = {  # minimum counts required by the brief
    "conversations": 45, "turns": 200, "pronoun": 35, "ellipsis": 30,
    "substitution": 25, "request": 15, "new_mid": 15, "refuse": 25,
}


def norm(s):
    """accent-insensitive form: đ->d, NFD without combining marks, lowercase"""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def whole_word(alt, text):
    """alt occurs in text (both normalised) not glued to a letter or digit"""
    pat = r"(?<![0-9a-z])" + re.escape(norm(alt).strip()) + r"(?![0-9a-z])"
    return re.search(pat, text) is not None


def has_diacritics(s):
    return norm(s) != s.lower()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "conversations.tsv")
    given = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "given")
    files = sorted(glob.glob(os.path.join(given, "*.txt")))
    reports = [norm(open(f, encoding="utf-8").read()) for f in files]
    problems = []
    if len(files) != 5:
        problems.append(f"expected 5 reports in {given}, found {len(files)}")

    raw = open(path, encoding="utf-8").read()
    if raw.startswith("\ufeff"):
        problems.append("file starts with a BOM")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != HEADER:
        for i in range(4):
            got = lines[i] if i < len(lines) else None
            if got != HEADER[i]:
                problems.append(f"header line {i+1} differs: {got!r}")

    kinds = collections.Counter()
    tags_c = collections.Counter()
    reasons = collections.Counter()
    convs = collections.OrderedDict()
    seen_closed = set()
    last = None
    new_mid = 0
    refuse_followup = 0
    turns = 0
    for ln, line in enumerate(lines[4:], start=5):
        if not line.strip():
            problems.append(f"line {ln}: empty line")
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append(f"line {ln}: {len(cols)} columns, expected 6")
            continue
        cid, q, kind, tags, read_as, facts = cols
        turns += 1
        if any(c != c.strip() or not c for c in cols):
            problems.append(f"line {ln}: empty column or surrounding whitespace")
        if not re.fullmatch(r"c\d{2,}", cid):
            problems.append(f"line {ln}: bad conversation id {cid!r}")
        if cid != last:
            if cid in convs:
                problems.append(f"line {ln}: conversation {cid} is not consecutive")
            if last is not None:
                seen_closed.add(last)
            convs[cid] = []
            last = cid
            first = True
        else:
            first = False
        convs[cid].append((ln, q, kind, tags, read_as, facts))

        if kind not in KINDS:
            problems.append(f"line {ln}: bad kind {kind!r}")
        kinds[kind] += 1
        if first and kind != "new":
            problems.append(f"line {ln}: first turn of {cid} is {kind!r}, not new")
        if not first and kind == "new":
            new_mid += 1

        tl = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not tl or any(t not in TAGS for t in tl) or len(set(tl)) != len(tl)):
            problems.append(f"line {ln}: bad tags {tags!r}")
        for t in tl:
            tags_c[t] += 1
        if "accentless" in tl and has_diacritics(q):
            problems.append(f"line {ln}: tagged accentless but question has diacritics: {q!r}")
        if "english" in tl and has_diacritics(q):
            problems.append(f"line {ln}: tagged english but question has diacritics: {q!r}")
        if not has_diacritics(read_as):
            problems.append(f"line {ln}: read_as has no diacritics: {read_as!r}")

        if facts.startswith("refuse:"):
            r = facts[len("refuse:"):]
            if r not in REASONS:
                problems.append(f"line {ln}: bad refuse reason {r!r}")
            reasons[r] += 1
            if not first:
                refuse_followup += 1
            if r == "false_premise" and "premise" not in tl:
                problems.append(f"line {ln}: false_premise turn without premise tag")
        else:
            for g in facts.split(" && "):
                alts = g.split(" | ")
                for a in alts:
                    if not a.strip() or a != a.strip() or "&&" in a or "|" in a:
                        problems.append(f"line {ln}: malformed fact group {g!r}")
                        continue
                    hits = sum(whole_word(a, rep) for rep in reports)
                    if hits == 0:
                        problems.append(f"line {ln}: fact {a!r} not found in any report")
                    elif hits == len(reports):
                        problems.append(f"line {ln}: fact {a!r} appears in every report (not discriminating)")

    for cid, ts in convs.items():
        if not 3 <= len(ts) <= 6:
            problems.append(f"{cid}: {len(ts)} turns (need 3-6)")

    refuse = sum(reasons.values())
    counts = {
        "conversations": len(convs), "turns": turns,
        "pronoun": kinds["pronoun"], "ellipsis": kinds["ellipsis"],
        "substitution": kinds["substitution"], "request": kinds["request"],
        "new_mid": new_mid, "refuse": refuse,
    }
    for k, v in MIN.items():
        if counts[k] < v:
            problems.append(f"count {k} = {counts[k]} < {v}")
    for r in REASONS:
        if reasons[r] < 5:
            problems.append(f"refuse reason {r}: only {reasons[r]} (need >= 5 to be spread)")
    if refuse and refuse_followup * 2 <= refuse:
        problems.append(f"only {refuse_followup}/{refuse} refuse turns are follow-ups (need most)")
    if turns:
        share = tags_c["accentless"] / turns
        if not 0.40 <= share <= 0.60:
            problems.append(f"accentless share {share:.0%} is not about half")
    for t, m in (("abbrev", 30), ("telegraphic", 20), ("typo", 3), ("english", 3)):
        if tags_c[t] < m:
            problems.append(f"tag {t}: {tags_c[t]} < {m}")

    print("conversations: %d  turns: %d" % (len(convs), turns))
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)) + f"  (new mid-conversation={new_mid})")
    print("tags: " + ", ".join(f"{t}={tags_c[t]}" for t in sorted(TAGS)) + f"  (accentless share={tags_c['accentless']/max(turns,1):.0%})")
    print("refuse: %d (follow-ups %d): " % (refuse, refuse_followup) + ", ".join(f"{r}={reasons[r]}" for r in sorted(REASONS)))
    if problems:
        print("FAIL")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
