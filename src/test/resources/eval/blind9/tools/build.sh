#!/bin/sh
# Rebuild reports/ from given/ and tools/src/. Run from /work/sealed/blind9: sh tools/build.sh
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
cp given/*.txt reports/
python3 tools/make_html.py tools/src/a_hotline.txt reports/101_tong_dai_bao_ho_cong_dan_2025.html
node tools/make_docx.js tools/src/b_mekong.txt reports/102_hoi_nghi_mekong_can_tho_2024.docx
node tools/make_pdf.js tools/src/c_heads.txt reports/103_hoi_nghi_truong_cqdd_2025.pdf
cp tools/src/d_peacekeeping.md reports/104_so_ket_gin_giu_hoa_binh_2025.md
cp tools/src/e_ngo_report.txt reports/105_bao_cao_pcpnn_2024.txt
cp tools/src/f_interview.txt reports/106_phong_van_tt_le_quang_vinh_thi_thuc_2025.txt
sleep 1
python3 tools/check_questions.py
