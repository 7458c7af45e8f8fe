#!/bin/sh
# Rebuild everything from src/ (run from anywhere). Needs: node + npm packages docx, pdfkit; python3 + pypdf.
set -e
cd "$(dirname "$0")/.."
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
mkdir -p reports
cp -p given/* reports/
python3 tools/gen_text.py
node tools/gen_docs.js
sleep 1   # let pdfkit finish flushing the PDF stream
python3 tools/build_questions.py
python3 tools/check_questions.py
