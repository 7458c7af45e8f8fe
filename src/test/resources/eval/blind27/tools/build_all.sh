#!/bin/sh
# Rebuild the six new reports and questions.tsv, then validate. Run from the set directory.
set -e
cd "$(dirname "$0")/.."
cp src/005_ngoai_vu_21.html reports/005_hoi_nghi_ngoai_vu_21.html
node tools/make_docx.js src/006_bao_ho_cong_dan.txt reports/006_bao_ho_cong_dan_2024.docx
node tools/make_pdf.js src/007_ngoai_giao_kinh_te.txt reports/007_ngoai_giao_kinh_te_2024.pdf
cp src/008_hoi_nghi_ngoai_giao_32.md reports/008_hoi_nghi_ngoai_giao_32.md
python3 tools/make_official_txt.py src/009_so_ket_6_thang_2024.txt reports/009_bc_bng_so_ket_6_thang_2024.txt
cp src/010_hop_bao_thuong_ky.txt reports/010_hop_bao_thuong_ky_28_12_2023.txt
sleep 1
python3 -B tools/build_questions.py
python3 -B tools/check_questions.py
