#!/bin/sh
# Rebuild reports/ (given files copied unchanged + 6 new files) and questions.tsv, then check.
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
cp given/* reports/
cp src/005_ngoai-vu-mien-trung.html reports/
( cd tools && [ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund )
node tools/make_docx.js src/006_bao-ho-cong-dan-2023.txt reports/006_bao-ho-cong-dan-2023.docx
node tools/make_pdf.js src/007_hoi-nghi-ngoai-giao-32.txt reports/007_hoi-nghi-ngoai-giao-32.pdf
cp src/008_hoi-nghi-nguoi-viet-toan-the-gioi-lan-4.md reports/
python3 tools/make_txt.py src/009_bao-cao-bien-gioi-2023.src reports/009_bao-cao-bien-gioi-2023.txt
cp src/010_hop-bao-thuong-ky-11-7-2024.txt reports/
sleep 1
python3 tools/build_questions.py
python3 tools/check_questions.py
