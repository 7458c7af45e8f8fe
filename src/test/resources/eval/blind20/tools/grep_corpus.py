#!/usr/bin/env python3
"""Accent-insensitive whole-word search over the extracted text of all reports (authoring aid)."""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from extract import extract_text
from norm import norm, whole_word
R = pathlib.Path(__file__).resolve().parent.parent / "reports"
texts = {p.name: norm(extract_text(p)) for p in sorted(R.iterdir())}
for term in sys.argv[1:]:
    hits = [n[:3] for n, t in texts.items() if whole_word(term, t)]
    print(f"{term!r}: {hits}")
