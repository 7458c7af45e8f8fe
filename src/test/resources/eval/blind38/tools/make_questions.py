#!/usr/bin/env python3
"""Generate questions.tsv from the hand-written src/questions_src.txt.

Source line:  question || form || tags || report ids || facts
- report ids (000..010) are mapped to the file names in reports/;
- for rows tagged "accentless" the question is stripped of Vietnamese diacritics (đ -> d);
- warns when a question uses a common abbreviation but is not tagged "abbrev".
"""
import pathlib, re, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src/questions_src.txt"
OUT = ROOT / "questions.tsv"
HEADER = [
    "# Blind evaluation set 38 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]
ABBR = re.compile(r"\b(HN|HNNG|BNG|BT|TTg|PTT|TT|NG|NGKT|NGVH|LHQ|HĐBA|UBND|UB|XNK|VN|TW|QH|TBT|BCH|CQĐD|NVNONN|CH|FDI)\b")


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def main() -> int:
    files = {p.name[:3]: p.name for p in (ROOT / "reports").iterdir()}
    rows, warnings = [], []
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        if len(parts) != 5:
            sys.exit(f"src line {n}: expected 5 fields, got {len(parts)}: {line}")
        q, form, tags, ids, facts = parts
        q = unicodedata.normalize("NFC", q)
        facts = unicodedata.normalize("NFC", facts)
        taglist = [] if tags == "-" else tags.split(",")
        if "accentless" in taglist:
            # phone users type neither diacritics nor typographic dashes/quotes
            q = strip_accents(q).replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"')
        if ABBR.search(q) and "abbrev" not in taglist and "english" not in taglist:
            warnings.append(f"src line {n}: abbreviation without abbrev tag: {q}")
        report = "-" if ids == "-" else ",".join(files[i.strip()] for i in ids.split(","))
        rows.append("\t".join([q, form, tags, report, facts]))
    OUT.write_text("\n".join(HEADER + rows) + "\n", encoding="utf-8")
    for w in warnings:
        print("WARNING:", w)
    print(f"wrote {OUT} with {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
