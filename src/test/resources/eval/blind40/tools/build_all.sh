#!/usr/bin/env bash
# Rebuild reports/ (given files copied byte for byte + six generated reports) and questions.tsv,
# then run the checker.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/*.txt reports/
( cd tools && [ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund )
python3 tools/build_html.py src/005_lanh_su_2024.txt reports
node tools/build_docx.js src/006_quang_tri_2024.txt reports
node tools/build_pdf.js src/007_bien_gioi_2019.txt reports
python3 tools/build_md.py src/008_doanh_nghiep_2018.txt reports
python3 tools/build_official.py src/009_ttdn_2022.txt reports
python3 tools/build_official.py src/010_bien_ban_2026.txt reports
python3 tools/build_questions.py src/questions_src.txt questions.tsv
python3 tools/check_questions.py
