#!/bin/sh
# Rebuild reports/ from given/ and src/reports/. Run from anywhere.
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
cp given/* reports/
cat src/reports/a_part1.html src/reports/a_part2.html > reports/101_baobiencuong_ngoai_giao_kinh_te_cao_bang_2024.html
(cd tools && [ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit)
node tools/make_docx.js
node tools/make_pdf.js
cp src/reports/d_xuan_que_huong_2025.md reports/104_xuan_que_huong_2025_hue.md
python3 tools/make_official_txt.py
cp src/reports/f_hop_bao_me_cong.txt reports/106_ghi_bang_hop_bao_dien_dan_me_cong_2024.txt
ls -l reports
