#!/usr/bin/env bash
# Rebuild the whole blind70 set: reports/, questions.tsv, then run the checker.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/* reports/
python3 tools/gen_html.py   src/005_so_ket_6_thang_2024.txt        reports/005_tin_so_ket_6_thang_2024.html
python3 tools/gen_md.py     src/008_hoi_nghi_NVNONN_2024.txt       reports/008_hoi_nghi_cong_tac_NVNONN_2024.md
python3 tools/gen_govtxt.py src/009_BC_SNgV_KonTum.txt             reports/009_BC_125_SNgV_KonTum.txt
python3 tools/gen_eml.py    src/010_hop_bao_10-10-2024.txt         reports/010_Fwd_hop_bao_thuong_ky_10-10-2024.eml
(
  cd tools
  npm install --no-audit --no-fund --silent
  node gen_docx.js ../src/006_tap_huan_truong_CQDD_2024.txt ../reports/006_bao_cao_tap_huan_truong_CQDD_2024.docx
  node gen_pdf.js  ../src/007_tong_ket_2023.txt            ../reports/007_tong_ket_cong_tac_ngoai_giao_2023.pdf
  rm -rf node_modules
)
python3 -c "import pypdf" 2>/dev/null || pip install -q pypdf
python3 tools/make_questions.py
python3 tools/check_questions.py
