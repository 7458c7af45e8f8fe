#!/bin/sh
# Rebuild /work/sealed/blind11/reports from the five given texts and the sources in tools/.
set -e
cd "$(dirname "$0")"
R=../reports
mkdir -p "$R"
cp ../given/*.txt "$R"/
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund docx pdfkit
python3 gen_101_html.py "$R/101_baoquocte_hoi_nghi_nguoi_viet_nam_o_nuoc_ngoai_lan_thu_tu.html"
node gen_102_docx.js "$R/102_ubbgqg_tong_ket_cong_tac_bien_gioi_lanh_tho_2020.docx"
node gen_103_pdf.js "$R/103_hvng_hoi_thao_ngoai_giao_da_phuong_45_nam_lhq.pdf"
cp src/104_hoi_nghi_lanh_su_danh_du_2023.md "$R/104_mofa_hoi_nghi_lanh_su_danh_du_2023.md"
cp src/105_bao_cao_chuyen_doi_so_2024.txt "$R/105_bc_bng_hoi_nghi_chuyen_doi_so_2024.txt"
cp src/106_hop_bao_thuong_ky_21_8_2025.txt "$R/106_go_bang_hop_bao_thuong_ky_21_8_2025.txt"

ls -l "$R"
