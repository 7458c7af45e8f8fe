#!/usr/bin/env bash
# Rebuild reports/ and questions.tsv from given/ and src/.
# Needs: python3 (+ pypdf for the checker), node with npm packages docx and pdfkit
# (run `npm install` in tools/ once; package.json lists them).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
R=$ROOT/reports
mkdir -p "$R"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund
# 1. the five given reports, byte for byte
cp -p $ROOT/given/*.txt "$R"/
# 2. the six new reports
python3 make_html.py $ROOT/src/005_tong_ket_lanh_su_2017.txt "$R/005_c4e7d983da46d24e.html"
node make_docx.js $ROOT/src/006_ky_ket_cao_bang_2022.txt "$R/006_7c5c989eb380438d.docx"
node make_pdf.js $ROOT/src/007_dien_dan_viet_lao_2024.txt "$R/007_6ec893ea8903330d.pdf"
python3 make_md.py $ROOT/src/008_hoi_thao_ngoai_giao_van_hoa_2026.txt "$R/008_c698d1cf0ea36a76.md"
python3 make_txt.py --mode report $ROOT/src/009_bao_cao_ptt_bao_ho_cong_dan_2024.txt "$R/009_e1bcb3e76137a4de.txt"
python3 make_txt.py --mode minutes $ROOT/src/010_bien_ban_bcd_hoi_nghi_ngoai_giao_29_2016.txt "$R/010_33422aa9bc9efd99.txt"
sleep 1  # let pdfkit finish writing
# 3. questions
if [ -f $ROOT/src/questions_src.txt ]; then
  python3 make_questions.py $ROOT/src/questions_src.txt $ROOT/questions.tsv
  # 4. check
  python3 check_questions.py
fi
