#!/bin/sh
# Rebuild the six generated reports and questions.tsv, then run the checker.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
python3 build_html.py
node build_docx.js
node build_pdf.js
python3 build_md.py
python3 build_official.py
python3 build_bienban.py
sleep 1
python3 build_questions.py
python3 check_questions.py
