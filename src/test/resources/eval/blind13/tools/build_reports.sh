#!/bin/sh
# Rebuild reports/ from given/ and the sources in tools/. Run from the set's root directory.
set -e
mkdir -p reports
cp given/*.txt reports/
python3 tools/make_101_html.py reports/101_ngoai_giao_van_hoa_2024.html
(cd tools && [ -d node_modules ] || npm install docx pdfkit)
node tools/make_102_docx.js "$PWD/reports/102_le_tan_tham_cap_nha_nuoc_2024.docx"
node tools/make_103_pdf.js "$PWD/reports/103_hoi_thao_an_ninh_nguon_nuoc_me_cong_2025.pdf"
cp tools/src/104_du_hoc_sinh_2022.md reports/104_doi_thoai_du_hoc_sinh_2022.md
python3 tools/make_105_txt.py reports/105_bao_cao_pctn_2024.txt
cp tools/src/106_hop_bao_21_8_2025.txt reports/106_ban_ghi_hop_bao_21_8_2025.txt
sleep 1
