#!/bin/sh
# Rebuild /work/sealed/blind14/reports from given/ and tools/, then questions.tsv, then check.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
mkdir -p ../reports
cp ../given/*.txt ../reports/
python3 build_101_html.py
node build_102_docx.js
node build_103_pdf.js
cp src/104_hoi-thao-ngoai-giao-so-2025.md ../reports/
python3 build_105_txt.py
cp src/106_hop-bao-thuong-ky-10-7-2025.txt ../reports/
sleep 1
python3 build_questions.py
python3 check_questions.py
