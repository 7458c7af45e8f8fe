#!/usr/bin/env python3
"""Build questions.tsv from src/questions/*.txt.

Source line format (one question per line; '#' lines and blank lines ignored):
    question ~ form ~ tags ~ reports ~ facts
reports: aliases G0..G4 / N1..N6 (see tools/common.py) or file names, comma-separated, or -.
Rows tagged 'accentless' get their question stripped of diacritics (đ -> d)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ALIASES, HEADER, strip_accents  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
rows = []
for src in sorted((ROOT / "src/questions").glob("*.txt")):
    for ln, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" ~ ")]
        if len(parts) != 5:
            sys.exit(f"{src.name}:{ln}: expected 5 fields, got {len(parts)}: {line}")
        q, form, tags, reps, facts = parts
        tag_list = [t.strip() for t in tags.split(",")] if tags != "-" else []
        if "accentless" in tag_list:
            q = strip_accents(q)
        if reps != "-":
            reps = ",".join(ALIASES.get(r.strip(), r.strip()) for r in reps.split(","))
        for field in (q, form, tags, reps, facts):
            if "\t" in field or "\n" in field:
                sys.exit(f"{src.name}:{ln}: tab/newline inside a field")
        rows.append("\t".join([q, form, ",".join(tag_list) or "-", reps, facts]))

out = ROOT / "questions.tsv"
out.write_text("\n".join(HEADER + rows) + "\n", encoding="utf-8")
print(f"wrote {out} with {len(rows)} questions")
