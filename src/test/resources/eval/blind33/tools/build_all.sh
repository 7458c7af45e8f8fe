#!/bin/sh
# Rebuild the six generated reports, questions.tsv, and run the checker.
set -e
cd "$(dirname "$0")/.."
cp given/* reports/
(cd tools && [ -d node_modules ] || npm install docx pdfkit)
python3 tools/gen_005_html.py
node tools/gen_006_docx.js
node tools/gen_007_pdf.js
python3 tools/gen_008_md.py
python3 tools/gen_009_txt.py
python3 tools/gen_010_txt.py
python3 tools/make_questions.py
python3 tools/check_questions.py
