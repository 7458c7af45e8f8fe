#!/bin/sh
# Rebuild reports/ : copy the five given reports byte for byte and generate 005-010 from src/.
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/*.txt reports/
[ -d tools/node_modules/docx ] || (cd tools && npm install --no-audit --no-fund docx pdfkit)
python3 tools/make_html.py     src/005_ngoai_giao_kinh_te_can_tho.txt reports/005_12ce15dbea3017fc.html
node    tools/make_docx.js     src/006_ngoai_giao_van_hoa_hue.txt     reports/006_cf4e6cd0a6dd656b.docx
node    tools/make_pdf.js      src/007_kieu_bao_chau_au_praha.txt     reports/007_94066a38b9876cbb.pdf
python3 tools/make_md.py       src/008_can_bo_chu_chot_2022.txt       reports/008_bf4c821432923308.md
python3 tools/make_official.py src/009_ngoai_vu_21_quang_ninh.txt     reports/009_cd6789be78271a94.txt
python3 tools/make_minutes.py  src/010_bien_ban_cao_bang_2024.txt     reports/010_c4dc9b58738b2145.txt
ls -l reports
