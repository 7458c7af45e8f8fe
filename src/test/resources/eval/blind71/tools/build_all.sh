#!/usr/bin/env bash
# Rebuild the whole blind71 set: reports/, questions.tsv, and run the checker.
set -euo pipefail
TOOLS="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$TOOLS")"
cd "$TOOLS"

mkdir -p "$ROOT/reports"
# 1. the five given reports, byte for byte
cp -p "$ROOT"/given/* "$ROOT/reports/"

# 2. generators for the six invented reports
python3 -c "import pypdf" 2>/dev/null || pip install --quiet pypdf
npm install --no-audit --no-fund --silent
python3 gen_html.py          # a) saved news web page (.html)
node gen_docx.js             # b) Word report (.docx, npm docx)
node gen_pdf.js              # c) 2-page PDF (npm pdfkit + DejaVu fonts)
python3 gen_text.py          # d) Markdown export, e) government-template .txt, f) web page copied as .txt
rm -rf node_modules

# 3. questions
python3 build_questions.py
python3 check_questions.py
