#!/bin/sh
# Rebuild the six generated reports and questions.tsv, then run the checker.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
python3 gen_html.py
node gen_docx.js
node gen_pdf.js
python3 gen_md.py
python3 gen_official.py
python3 gen_transcript.py
sleep 1
python3 make_questions.py
python3 check_questions.py
