#!/bin/sh
# Rebuild the six new reports from src/ (run from anywhere; needs node + `npm install` in tools/).
set -e
cd "$(dirname "$0")/.."
(cd tools && [ -d node_modules ] || npm install)
python3 tools/make_html.py
(cd tools && node make_docx.js && node make_pdf.js)
cp src/008_hoi_nghi_ngoai_giao_kinh_te_fdi.md reports/008_so-ngoai-vu-hcm_hoi-nghi-ngoai-giao-kinh-te-fdi-2024.md
python3 tools/make_official_txt.py
cp src/010_hop_bao_thuong_ky_26_9_2024.txt reports/010_bng_hop-bao-thuong-ky-26-9-2024.txt
