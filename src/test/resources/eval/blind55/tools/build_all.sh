#!/bin/sh
# Rebuild the whole set: reports/ (given files + 6 generated reports), questions.tsv, then run the checker.
set -e
cd "$(dirname "$0")/.."
R=reports
mkdir -p $R
cp -p given/*.txt $R/
(cd tools && [ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund >/dev/null)
python3 tools/gen_html.py src/005_hoi_nghi_truong_cqdd.txt      $R/005_a3c91e07f25b8d46.html
node    tools/gen_docx.js src/006_lop_boi_duong_ngoai_vu.txt     $R/006_5e02b7d9c4a1f386.docx
node    tools/gen_pdf.js  src/007_bao_ho_ngu_dan.txt             $R/007_c81f4a9e3b6d2075.pdf
cp      src/008_tuan_van_hoa_niu_di_lan.md                       $R/008_19d7e5b2a0c4f963.md
cp      src/009_bao_cao_cao_bang.txt                             $R/009_f4b60a8e17c3d925.txt
cp      src/010_thong_cao_ky_niem_79_nam.txt                     $R/010_6b2e9d0f8a571c34.txt
sleep 1   # let pdfkit finish flushing
python3 tools/build_questions.py src/questions_src.txt questions.tsv
python3 tools/check_questions.py
rm -rf tools/node_modules
