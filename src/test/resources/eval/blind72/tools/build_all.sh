#!/usr/bin/env bash
# Rebuild the whole blind72 set: reports/, questions.tsv, and run the checker.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"
mkdir -p reports
cp -p given/* reports/                 # the five given reports, byte for byte
python3 tools/gen_html.py              # a) news page saved from a browser
python3 tools/gen_md.py                # d) Markdown export
python3 tools/gen_gov.py               # e) Decree 30/2020 official report (.txt)
python3 tools/gen_eml.py               # f) forwarded e-mail with a press-briefing summary
( cd tools && (npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error) )
node tools/gen_docx.js                 # b) Word file (npm docx)
node tools/gen_pdf.js                  # c) PDF printed from a word processor (npm pdfkit)
rm -rf tools/node_modules
python3 -c "import pypdf" 2>/dev/null || pip install -q pypdf
python3 tools/make_questions.py
python3 tools/check_questions.py
