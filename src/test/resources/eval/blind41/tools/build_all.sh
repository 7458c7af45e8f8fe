#!/bin/sh
# Rebuild the six generated reports (005-010) and questions.tsv, then validate.
# Needs: python3 (+ pypdf for the check), node + npm packages docx and pdfkit
# (run "npm install" in tools/ once), DejaVu fonts for the PDF.
set -e
cd "$(dirname "$0")/.."
[ -d tools/node_modules/docx ] && [ -d tools/node_modules/pdfkit ] || (cd tools && npm install)
python3 tools/build_html.py                                                   reports/005_cfad4521b567cc78.html
node    tools/build_docx.js     src/006_baohocongdan_2020.txt                 reports/006_51e9404336e1b41f.docx
node    tools/build_pdf.js      src/007_nvnonn_chauau_2018.txt                reports/007_9e7a432ebc056644.pdf
python3 tools/build_official.py src/008_baocao_doingoaidiaphuong_2026.txt     reports/008_c10a01be7ceb0d30.txt
python3 tools/build_md.py       src/009_toadam_daisu_cantho_2016.txt          reports/009_11762e6b95b86ec8.md
node    tools/build_docx.js     src/010_bienban_caobang_2017.txt              reports/010_c1057c8266c61988.docx
python3 tools/make_questions.py
python3 tools/check_questions.py
