#!/bin/sh
# Rebuild all reports of blind set 8 into ../reports. Run from tools/: sh build.sh
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install
mkdir -p ../reports
cp ../given/*.txt ../reports/
python3 make_html.py
node make_docx.js
node make_pdf.js
cp src/008_bangiao_botruong_2021.md src/009_baocao_nq59_2025.txt src/010_hopbao_ttdn_2024.txt ../reports/
python3 check_questions.py
