#!/bin/sh
# Rebuild reports/ (given reports copied unchanged) and questions.tsv, then validate.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install --no-audit --no-fund
cd ..
mkdir -p reports
cp given/* reports/
python3 tools/make_html.py
node tools/make_docx.js
node tools/make_pdf.js
python3 tools/make_md.py
python3 tools/make_official_txt.py
python3 tools/make_transcript.py
sleep 1   # let pdfkit finish flushing the PDF stream
python3 tools/build_questions.py
python3 tools/check_questions.py
