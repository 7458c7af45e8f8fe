#!/bin/sh
# Rebuild the six generated reports and questions.tsv, then run the checker.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
python3 gen_005_html.py
node gen_006_docx.js
node gen_007_pdf.js
python3 gen_008_md.py
python3 gen_009_txt.py
python3 gen_010_txt.py
python3 make_questions.py
python3 check_questions.py
