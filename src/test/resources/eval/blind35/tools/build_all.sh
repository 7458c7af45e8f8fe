#!/bin/sh
# Rebuild everything from src/ (run from anywhere). Needs: node + `npm install docx pdfkit` in tools/, python3 + pypdf.
set -e
cd "$(dirname "$0")/.."
mkdir -p reports && cp -p given/* reports/
python3 tools/gen_text_reports.py
node tools/gen_docx.js
node tools/gen_pdf.js
sleep 1
python3 tools/make_questions.py
python3 tools/check_questions.py
