#!/bin/sh
# Rebuild the six new reports, questions.tsv, and run the checker.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install --no-audit --no-fund
cd ..
python3 tools/make_html.py                      # 005 .html
node tools/make_docx.js                         # 006 .docx
node tools/make_pdf.js                          # 007 .pdf
cp src/008_ngoai_giao_van_hoa.md reports/008_ngoai_giao_van_hoa.md   # 008 .md (written by hand)
python3 tools/make_txt.py                       # 009 .txt (Decree 30 layout)
cp src/010_hop_bao_hnng32.txt reports/010_hop_bao_hoi_nghi_ngoai_giao_32.txt  # 010 transcript
python3 tools/build_questions.py
python3 tools/check_questions.py
