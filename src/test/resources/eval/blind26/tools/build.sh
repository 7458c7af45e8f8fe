#!/bin/sh
# Rebuild the six new reports and questions.tsv from src/ (run from the set root).
set -e
cp given/* reports/
python3 tools/make_html.py src/005_article.txt reports/005_hoi-nghi-ngoai-vu-toan-quoc-21.html
(cd tools && npm install --silent docx pdfkit >/dev/null 2>&1 || true
 node make_docx.js ../src/006_bao-ho-cong-dan.txt ../reports/006_tong-ket-bao-ho-cong-dan-2023.docx
 node make_pdf.js ../src/007_hoi-nghi-ngoai-giao-32.txt ../reports/007_hoi-nghi-ngoai-giao-lan-thu-32.pdf)
cp src/008_so-ket-6-thang-2024.md reports/008_so-ket-6-thang-dau-nam-2024.md
python3 tools/make_official.py src/009_body.txt reports/009_BC-BNG_tong-ket-nam-2023.txt
cp src/010_hop-bao.txt reports/010_hop-bao-thuong-ky-21-3-2024.txt
python3 src/questions_src.py
python3 tools/check_questions.py
