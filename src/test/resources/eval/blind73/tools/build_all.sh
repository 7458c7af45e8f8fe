#!/usr/bin/env bash
# Rebuild reports/ from given/ and src/. Usage: tools/build_all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/*.txt reports/
( cd tools && [ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund docx pdfkit >/dev/null )
python3 tools/gen_html.py src/005_soket_6thang_2024.src.txt reports/005_soket_6thang_2024.html
node tools/gen_docx.js src/006_lanhsu_motcua_2024.src.txt reports/006_lanhsu_motcua_2024.docx
node tools/gen_pdf.js src/007_lanhsu_danhdu_phianam_2024.src.txt reports/007_lanhsu_danhdu_phianam_2024.pdf
cp src/008_thamkhao_vn_philippin_2024.md reports/008_thamkhao_vn_philippin_2024.md
cp src/009_baocao_sonv_caobang_2025.txt reports/009_baocao_sonv_caobang_2025.txt
cp src/010_hoithao_80nam_ngoaigiao_2025.txt reports/010_hoithao_80nam_ngoaigiao_2025.txt
python3 tools/make_questions.py src/questions_src.txt questions.tsv
sleep 1
python3 tools/check_questions.py
# node_modules is only needed during the build
rm -rf tools/node_modules
