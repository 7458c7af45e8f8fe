#!/bin/sh
# Rebuild the generated reports and questions.tsv, then check. Run from anywhere.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
node make_docx.js                       # reports/102_biengioi_2023.docx
node make_pdf.js                        # reports/103_hocvienngoaigiao_2024.pdf
sleep 1
python3 wrap_official.py src_reports/105_quangtri_source.txt ../reports/105_baocao_quangtri_2024.txt
python3 build_questions.py
python3 check_questions.py
