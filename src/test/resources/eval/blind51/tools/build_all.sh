#!/usr/bin/env bash
# Rebuild blind set 51: reports 005-010 from src/, questions.tsv from src/questions_src.txt, then check.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in given/*; do cmp -s "$f" "reports/$(basename "$f")" || cp -p "$f" reports/; done
( cd tools && [ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm ci --no-audit --no-fund )
python3 tools/make_html.py        # 005 .html  news page saved from a browser
node    tools/make_docx.js        # 006 .docx  Word summary report (npm docx)
node    tools/make_pdf.js         # 007 .pdf   3-page report (npm pdfkit, DejaVu Serif)
python3 tools/make_md.py          # 008 .md    Markdown export with YAML front matter
python3 tools/make_official.py    # 009 .txt   Decree 30/2020 official report, hard-wrapped
python3 tools/make_bienban.py     # 010 .txt   meeting minutes (biên bản) with attendee table
python3 tools/make_questions.py   # questions.tsv
python3 tools/check_questions.py
