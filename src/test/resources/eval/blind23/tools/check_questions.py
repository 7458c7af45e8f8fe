#!/usr/bin/env python3
"""Check questions.tsv of blind set 23; prints counts and PASS, or the problems and FAIL.

Checks: exact 4-line header; 5 tab-separated columns; allowed forms, tags and refuse
reasons; accentless rows carry no Vietnamese diacritics (nor đ); named report files exist;
every fact group of every answerable row occurs (NFD without combining marks, đ->d,
lower-case, whitespace collapsed, whole word) in the extracted text of a named report;
and the set-level counts (rows, refuse rows and their spread, forms, accentless, english,
coverage of every report, given/new balance)."""
import collections, pathlib, re, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import extract  # noqa: E402

HEADER = [
    "# Blind evaluation set 23 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many",
         "list", "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable",
        "near-miss", "premise"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
GIVEN = {f"{i:03d}" for i in range(5)}


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower()).strip()


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def found(fact, text):
    return re.search(r"(?<!\w)" + re.escape(norm(fact)) + r"(?!\w)", text) is not None


def main():
    path = ROOT / "questions.tsv"
    raw = path.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    errs = []
    if lines[:4] != HEADER:
        errs.append("header is not exactly the required 4 lines")
    texts = {}
    rows = []
    for n, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 5:
            errs.append(f"line {n}: {len(cols)} columns")
            continue
        q, form, tags, rep, facts = cols
        rows.append((n, q, form, tags, rep, facts))
        if not q.strip() or q != q.strip():
            errs.append(f"line {n}: empty question or stray whitespace")
        if form not in FORMS:
            errs.append(f"line {n}: bad form {form!r}")
        taglist = [] if tags == "-" else tags.split(",")
        if tags != "-" and (not taglist or any(t not in TAGS for t in taglist) or len(set(taglist)) != len(taglist)):
            errs.append(f"line {n}: bad tags {tags!r}")
        if "accentless" in taglist and has_diacritics(q):
            errs.append(f"line {n}: accentless row has diacritics: {q}")
        if form == "refuse":
            if rep != "-":
                errs.append(f"line {n}: refuse row must have report -")
            if facts not in REASONS:
                errs.append(f"line {n}: bad refuse reason {facts!r}")
            continue
        if rep == "-":
            errs.append(f"line {n}: answerable row without report")
            continue
        reps = rep.split(",")
        tx = []
        for r in reps:
            p = ROOT / "reports" / r
            if not p.is_file():
                errs.append(f"line {n}: missing report {r}")
                continue
            if r not in texts:
                texts[r] = norm(extract.text(p))
            tx.append(texts[r])
        if not facts.strip() or facts in REASONS:
            errs.append(f"line {n}: answerable row needs facts")
            continue
        for group in facts.split(" && "):
            alts = [a.strip() for a in group.split(" | ")]
            if any(not a for a in alts):
                errs.append(f"line {n}: empty fact in {group!r}")
            elif not any(found(a, t) for a in alts for t in tx):
                errs.append(f"line {n}: fact group not found in {rep}: {group!r}")
        if "english" in taglist:
            for group in facts.split(" && "):
                if not any(re.search(r"\d", a) or a[:1].isupper() for a in group.split(" | ")):
                    errs.append(f"line {n}: english row with a language-bound fact group {group!r}")

    # ---- counts ----
    N = len(rows)
    form_c = collections.Counter(r[2] for r in rows)
    tag_c = collections.Counter(t for r in rows for t in ([] if r[3] == "-" else r[3].split(",")))
    reason_c = collections.Counter(r[5] for r in rows if r[2] == "refuse")
    rep_c = collections.Counter(x[:3] for r in rows if r[4] != "-" for x in r[4].split(","))
    given_rows = sum(1 for r in rows if r[4] != "-" and any(x[:3] in GIVEN for x in r[4].split(",")))
    new_rows = sum(1 for r in rows if r[4] != "-" and any(x[:3] not in GIVEN for x in r[4].split(",")))
    refuse = form_c["refuse"]
    if N < 260:
        errs.append(f"only {N} rows (< 260)")
    if refuse < 40:
        errs.append(f"only {refuse} refuse rows (< 40)")
    if reason_c and (min(reason_c[r] for r in REASONS) < refuse / 3 - 2 or max(reason_c.values()) > refuse / 3 + 2):
        errs.append(f"refuse reasons not even: {dict(reason_c)}")
    for f in FORMS:
        need = 6 if f in ("summary", "compare", "where") else 8
        if form_c[f] < need:
            errs.append(f"form {f}: {form_c[f]} rows (< {need})")
    if not 0.45 <= tag_c["accentless"] / N <= 0.6:
        errs.append(f"accentless share {tag_c['accentless'] / N:.2f} not about half")
    if not 0.08 <= tag_c["english"] / N <= 0.14:
        errs.append(f"english share {tag_c['english'] / N:.2f} not about 10%")
    for t in ("typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise"):
        if tag_c[t] < 5:
            errs.append(f"too few {t} rows ({tag_c[t]})")
    if tag_c["abbrev"] < 0.5 * N:
        errs.append(f"abbrev on only {tag_c['abbrev']} rows")
    files = sorted(p.name for p in (ROOT / "reports").iterdir())
    if len(files) != 11:
        errs.append(f"reports/ has {len(files)} files, expected 11")
    for f in files:
        if rep_c[f[:3]] < 8:
            errs.append(f"report {f}: only {rep_c[f[:3]]} questions")
    answerable = N - refuse
    if not 0.4 <= given_rows / max(1, given_rows + new_rows) <= 0.6:
        errs.append(f"given/new balance off: {given_rows}/{new_rows}")

    print(f"rows: {N} (answerable {answerable}, refuse {refuse})")
    print("forms: " + ", ".join(f"{f}={form_c[f]}" for f in FORMS))
    print("tags: " + ", ".join(f"{t}={tag_c[t]}" for t in TAGS) + f", none={sum(1 for r in rows if r[3] == '-')}")
    print("refuse reasons: " + ", ".join(f"{r}={reason_c[r]}" for r in REASONS))
    print("questions per report: " + ", ".join(f"{k}={rep_c[k]}" for k in sorted(rep_c)))
    print(f"rows on given reports: {given_rows}, on new reports: {new_rows}")
    if errs:
        for e in errs:
            print("ERROR:", e)
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
