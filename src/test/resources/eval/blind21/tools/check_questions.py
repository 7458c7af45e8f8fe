#!/usr/bin/env python3
"""Validate questions.tsv of blind set 21. Prints PASS or a list of problems."""
import collections, pathlib, re, sys, unicodedata
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from extract import extract

ROOT = pathlib.Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.tsv"
REPORTS = ROOT / "reports"
HEADER = [
    "# Blind evaluation set 21 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many", "list",
         "which-report", "fact", "summary", "compare", "refuse"]
TAGS = {"accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise"}
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
GIVEN = {p.name for p in (ROOT / "given").iterdir()}

def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"\s+", " ", s).strip()

def has_diacritics(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s)) or "đ" in s or "Đ" in s

def found(fact, text):
    f = norm(fact)
    return bool(f) and re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None

def main():
    errs = []
    raw = QFILE.read_text(encoding="utf-8")
    if raw.startswith("\ufeff"): errs.append("BOM present")
    lines = raw.rstrip("\n").split("\n")
    if lines[:4] != HEADER:
        errs.append("header mismatch")
    texts = {p.name: norm(extract(p)) for p in REPORTS.iterdir() if p.is_file()}
    for g in GIVEN:
        if (ROOT / "given" / g).read_bytes() != (REPORTS / g).read_bytes():
            errs.append(f"reports/{g} differs from given/")
    rows, seen = [], set()
    for n, line in enumerate(lines[4:], 5):
        cols = line.split("\t")
        if len(cols) != 5:
            errs.append(f"line {n}: {len(cols)} columns"); continue
        q, form, tags, rep, facts = cols
        if any(c != c.strip() or not c for c in cols):
            errs.append(f"line {n}: empty or padded column")
        if q in seen: errs.append(f"line {n}: duplicate question")
        seen.add(q)
        if form not in FORMS: errs.append(f"line {n}: bad form {form}")
        tagset = set() if tags == "-" else set(tags.split(","))
        if tagset - TAGS: errs.append(f"line {n}: bad tags {tagset - TAGS}")
        if "accentless" in tagset and has_diacritics(q):
            errs.append(f"line {n}: accentless row has diacritics")
        if form == "refuse":
            if rep != "-": errs.append(f"line {n}: refuse row must have report -")
            if facts not in REASONS: errs.append(f"line {n}: bad reason {facts}")
        else:
            if facts in REASONS or rep == "-":
                errs.append(f"line {n}: answerable row has refuse reason/report"); continue
            reps = rep.split(",")
            for r in reps:
                if r not in texts: errs.append(f"line {n}: no report {r}")
            for group in facts.split(" && "):
                alts = [a.strip() for a in group.split(" | ")]
                for a in alts:
                    if not any(found(a, texts.get(r, "")) for r in reps):
                        errs.append(f"line {n}: fact '{a}' not in {rep}")
        rows.append((q, form, tagset, rep, facts))

    N = len(rows)
    forms = collections.Counter(r[1] for r in rows)
    tagc = collections.Counter(t for r in rows for t in r[2])
    reasons = collections.Counter(r[4] for r in rows if r[1] == "refuse")
    repc = collections.Counter(x for r in rows if r[3] != "-" for x in r[3].split(","))
    nref = forms["refuse"]
    if N < 260: errs.append(f"only {N} rows")
    if nref < 40: errs.append(f"only {nref} refuse rows")
    if reasons and (min(reasons[r] for r in REASONS) < nref / 3 - 3 or max(reasons.values()) > nref / 3 + 3):
        errs.append(f"refuse reasons not even: {dict(reasons)}")
    for f in FORMS:
        need = 6 if f in ("summary", "compare", "where") else 8
        if forms[f] < need: errs.append(f"form {f}: {forms[f]} < {need}")
    if not 0.42 <= tagc["accentless"] / N <= 0.60: errs.append(f"accentless share {tagc['accentless']/N:.2f}")
    if not 0.08 <= tagc["english"] / N <= 0.14: errs.append(f"english share {tagc['english']/N:.2f}")
    if tagc["abbrev"] < 0.5 * tagc["accentless"]: errs.append("too few abbrev rows")
    for t in ("typo", "telegraphic", "paraphrase", "confusable", "near-miss", "premise"):
        if tagc[t] < 8: errs.append(f"tag {t}: only {tagc[t]}")
    for name in texts:
        if repc[name] < 8: errs.append(f"report {name}: only {repc[name]} rows")
    ans = [r for r in rows if r[1] != "refuse"]
    g = sum(1 for r in ans if any(x in GIVEN for x in r[3].split(",")))
    ng = sum(1 for r in ans if any(x not in GIVEN for x in r[3].split(",")))
    if not (0.4 <= g / len(ans) <= 0.65 and 0.4 <= ng / len(ans) <= 0.65):
        errs.append(f"given/new balance {g}/{ng} of {len(ans)}")

    print(f"rows={N} answerable={len(ans)} refuse={nref} (given-touching={g}, new-touching={ng})")
    print("forms:", dict(sorted(forms.items())))
    print("tags:", dict(sorted(tagc.items())))
    print("reasons:", dict(sorted(reasons.items())))
    print("reports:", dict(sorted(repc.items())))
    if errs:
        print("\n".join(errs[:200])); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
    print("PASS")

if __name__ == "__main__":
    main()
