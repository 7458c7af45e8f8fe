#!/bin/sh
# Rebuild blind set 49 from given/ and src/. Run from anywhere.
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/* reports/
[ -d tools/node_modules/docx ] && [ -d tools/node_modules/pdfkit ] || (cd tools && npm install docx pdfkit)
python3 -c "import pypdf" 2>/dev/null || pip install pypdf
python3 tools/build_text.py          # 005 .html, 008 .md, 009 .txt (official template), 010 .txt (minutes)
node tools/make_docx.js              # 006 .docx
node tools/make_pdf.js               # 007 .pdf
sleep 1                              # let pdfkit flush the file
python3 tools/build_questions.py     # src/questions_src.txt -> questions.tsv
python3 tools/check_questions.py
