#!/usr/bin/env bash
# Rebuild the six generated reports (005-010) from ../src, copy the given ones, regenerate questions.tsv, run the checker.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
mkdir -p $ROOT/reports
cp -p $ROOT/given/*.txt $ROOT/reports/
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund >/dev/null
node gen_html.js         $ROOT/src/005_lanh_su_danh_du.txt    $ROOT/reports/005_6d0fd54d8e8beda0.html
node gen_docx.js         $ROOT/src/006_quang_tri_fdi.txt      $ROOT/reports/006_78dad3257dafcda7.docx
node gen_pdf.js          $ROOT/src/007_hoi_thao_bien_dong.txt $ROOT/reports/007_570fff1562cd7f50.pdf
python3 gen_md.py           $ROOT/src/008_khoa_boi_duong.txt   $ROOT/reports/008_b02da3c35ce5f41c.md
python3 gen_official_txt.py $ROOT/src/009_bao_ho_lao_dong.txt  $ROOT/reports/009_fc97768005d84aba.txt
python3 gen_press_txt.py    $ROOT/src/010_ra_mat_sach.txt      $ROOT/reports/010_ef0c22fc573f0993.txt
python3 make_questions.py $ROOT/src/questions_src.txt $ROOT/questions.tsv
python3 check_questions.py
if [ "${KEEP_NODE_MODULES:-0}" != "1" ]; then rm -rf node_modules; fi
