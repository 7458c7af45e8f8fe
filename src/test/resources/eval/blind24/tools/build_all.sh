#!/bin/sh
# Rebuild reports/005..010 from src/ (given reports 000..004 are copied unchanged from given/).
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
cp given/*.txt reports/
[ -d tools/node_modules/docx ] && [ -d tools/node_modules/pdfkit ] || (cd tools && npm install)
cp src/005_saved_page.html reports/005_songhan_hn_ngoai_vu_21.html
node tools/build_docx.js src/006_ngoai_giao_kinh_te.txt reports/006_ngoai_giao_kinh_te_2023.docx
node tools/build_pdf.js src/007_bao_ho_cong_dan.txt reports/007_bao_ho_cong_dan_2023.pdf
cp src/008_ngoai_giao_van_hoa.md reports/008_ngoai_giao_van_hoa_hue.md
python3 tools/build_official_txt.py src/009_bao_cao_chi_thi_25.txt reports/009_bc_bng_tong_ket_chi_thi_25.txt
cp src/010_hop_bao_hn_ngoai_giao_32.txt reports/010_ban_ghi_hop_bao_hn_ngoai_giao_32.txt
