#!/bin/sh
# Rebuild the generated reports and questions.tsv, then check.
# Hand-written reports (copied/edited directly in reports/): 000-004 (given, unchanged copies),
# 008_dai_hoi_doan_thanh_nien_bng.md, 010_hop_bao_thuong_ky_21_3_2024.txt.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
sh make_html.sh
node make_docx.js
node make_pdf.js
python3 make_official_txt.py
cd ..
python3 tools/build_questions.py
python3 tools/check_questions.py
