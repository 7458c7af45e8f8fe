#!/usr/bin/env bash
# Rebuild all generated reports from src/ and re-run the question checker.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$HERE"
# Node generators need docx + pdfkit; installed temporarily and removed afterwards.
npm install --no-audit --no-fund docx@8 pdfkit@0.15 >/dev/null
node gen_docx.js
node gen_pdf.js
rm -rf node_modules package-lock.json
python3 gen_html.py
python3 gen_simple.py
# questions.tsv is produced from the hand-written src/questions_src.txt (diacritics stripped for 'accentless' rows)
python3 make_questions.py
python3 -c "import pypdf" 2>/dev/null || pip install -q pypdf
python3 check_questions.py
