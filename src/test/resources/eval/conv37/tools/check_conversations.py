#!/usr/bin/env python3
"""Check conversations.tsv of blind set 37 against the five given reports.

- format: 4 exact header lines, 6 tab-separated fields, ids c01..c48 consecutive, 4-6 turns each,
  first turn of each conversation is 'new', kinds/tags from the allowed sets;
- accentless turns carry no diacritics; follow-up read_as longer than the question;
- every fact group (" && ") has at least one alternative (" | ") matching the turn's report as whole words,
  accent/case-insensitive, 1-6 syllables, not glued to '/', '-' or '.' inside a token;
- every refuse:not_in_corpus distinguishing token is absent from all five reports;
- prints counts by kind, report, refusal reason, tag.
"""
import os, re, sys, glob, unicodedata, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_conversations as B

KINDS = {"new", "pronoun", "ellipsis", "substitution", "request"}
TAGS = {"accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"}
REFUSE = {"refuse:not_reported", "refuse:not_in_corpus", "refuse:false_premise"}

def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s)

def found(span, text):
    sp = norm(span).strip()
    for m in re.finditer(re.escape(sp), text):
        i, j = m.start(), m.end()
        a = text[i - 1] if i > 0 else " "
        b = text[j] if j < len(text) else " "
        if a.isalnum() or b.isalnum():
            continue
        if a in "/-." and i > 1 and text[i - 2].isalnum():
            continue
        if b in "/-." and j + 1 < len(text) and text[j + 1].isalnum():
            continue
        return True
    return False

def main():
    errs = []
    files = sorted(glob.glob(os.path.join(ROOT, "given", "*.txt")))
    assert len(files) == 5, files
    R = [norm(open(f, encoding="utf-8").read()) for f in files]
    lines = open(os.path.join(ROOT, "conversations.tsv"), encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if lines[:4] != B.HEADER:
        errs.append("header mismatch")
    body = lines[4:]
    data = B.rows()
    if len(body) != len(data):
        errs.append("row count %d vs data %d" % (len(body), len(data)))
    prev_cid, n_in = None, 0
    seen = []
    per_conv = collections.Counter()
    for ln, (line, d) in enumerate(zip(body, data), 5):
        f = line.split("\t")
        if len(f) != 6:
            errs.append("line %d: %d fields" % (ln, len(f))); continue
        cid, q, kind, tags, read_as, facts = f
        if [cid, q, kind, tags, read_as, facts] != [d[k] for k in ("conv", "question", "kind", "tags", "read_as", "facts")]:
            errs.append("line %d: tsv differs from build data" % ln)
        if not re.fullmatch(r"c\d\d", cid):
            errs.append("line %d: bad id" % ln)
        first = cid != prev_cid
        if first:
            if cid in seen:
                errs.append("line %d: conversation %s not contiguous" % (ln, cid))
            seen.append(cid)
            if kind != "new":
                errs.append("line %d: first turn not new" % ln)
        prev_cid = cid
        per_conv[cid] += 1
        if kind not in KINDS:
            errs.append("line %d: kind %s" % (ln, kind))
        tl = tags.split(",") if tags != "-" else []
        if any(t not in TAGS for t in tl) or len(set(tl)) != len(tl):
            errs.append("line %d: tags %s" % (ln, tags))
        if "accentless" in tl and unicodedata.normalize("NFD", q) != q.encode("ascii", "ignore").decode() and any(ord(c) > 127 for c in q if c not in "“”"):
            errs.append("line %d: accentless question has diacritics: %s" % (ln, q))
        if "accentless" not in tl and "english" not in tl and all(ord(c) < 128 for c in q) and re.search(r"[a-z]", q):
            pass
        if not first and len(read_as) <= len(q):
            errs.append("line %d: read_as not longer than question" % ln)
        if any(c in q or c in read_as for c in "\t\n"):
            errs.append("line %d: control chars" % ln)
        if ("premise" in tl) != (facts == "refuse:false_premise"):
            errs.append("line %d: premise tag/reason mismatch" % ln)
        if ("near-miss" in tl) != (facts == "refuse:not_in_corpus"):
            errs.append("line %d: near-miss tag/reason mismatch" % ln)
        if facts.startswith("refuse:"):
            if facts not in REFUSE:
                errs.append("line %d: bad refuse reason" % ln)
            if facts == "refuse:not_in_corpus":
                tok = d["miss"]
                if not tok:
                    errs.append("line %d: not_in_corpus without distinguishing token" % ln)
                elif norm(tok) not in norm(read_as):
                    errs.append("line %d: token %r not in read_as" % (ln, tok))
                elif any(found(tok, t) for t in R):
                    errs.append("line %d: distinguishing token %r occurs in a report" % (ln, tok))
            continue
        rep = d["report"]
        if rep is None:
            errs.append("line %d: answerable turn without report" % ln); continue
        for grp in facts.split(" && "):
            alts = grp.split(" | ")
            for a in alts:
                syl = len([w for w in a.split() if any(c.isalnum() for c in w)])
                if a != a.strip() or not a or syl > 6:
                    errs.append("line %d: span %r has %d syllables / bad spacing" % (ln, a, syl))
                if a.endswith((".", ",", "/", "-")):
                    errs.append("line %d: span %r ends with punctuation" % (ln, a))
                if not found(a, R[rep]):
                    errs.append("line %d: span %r not found in R%d" % (ln, a, rep))
    for cid, n in per_conv.items():
        if not 4 <= n <= 6:
            errs.append("%s has %d turns" % (cid, n))
    if seen != ["c%02d" % i for i in range(1, len(seen) + 1)]:
        errs.append("conversation ids not consecutive")
    # counts
    kinds = collections.Counter(d["kind"] for d in data)
    reps = collections.Counter("R%d" % d["report"] if d["report"] is not None else "none" for d in data)
    reasons = collections.Counter(d["facts"] for d in data if d["facts"].startswith("refuse:"))
    tags = collections.Counter(t for d in data for t in d["tags"].split(",") if t != "-")
    print("conversations %d, turns %d" % (len(seen), len(data)))
    print("kinds:", dict(kinds))
    print("reports:", dict(sorted(reps.items())))
    print("refusals: %d %s" % (sum(reasons.values()), dict(reasons)))
    print("tags:", dict(tags))
    print("accentless share: %.2f, english share: %.2f" % (tags["accentless"] / len(data), tags["english"] / len(data)))
    if errs:
        print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
