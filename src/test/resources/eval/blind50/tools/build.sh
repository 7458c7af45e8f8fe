#!/usr/bin/env bash
# Rebuild reports 005-010 from src/ and questions.tsv from src/questions_src.txt, then check.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d tools/node_modules/docx ] && [ -d tools/node_modules/pdfkit ] || (cd tools && npm install --no-audit --no-fund)
mkdir -p reports
for f in given/*; do cp -p "$f" reports/; done
python3 tools/gen_html.py    src/005_gia_lai_news.txt          reports/005_0bd0ea576552e87b.html
node    tools/gen_docx.js    src/006_apostille_word.txt        reports/006_6b469526e34e8331.docx
node    tools/gen_pdf.js     src/007_bien_gioi_pdf.txt         reports/007_1438ea9fdb737140.pdf
python3 tools/gen_md.py      src/008_ngoai_giao_van_hoa_md.txt reports/008_d083421dec07880d.md
python3 tools/gen_govtext.py report  src/009_trung_dong_bao_cao.txt reports/009_6e92c109d1a5614f.txt
python3 tools/gen_govtext.py minutes src/010_bien_ban_ccvc.txt      reports/010_441a6087c77ef5d8.txt
sleep 1  # let the node writers flush
python3 tools/make_questions.py src/questions_src.txt questions.tsv
python3 tools/check_questions.py
