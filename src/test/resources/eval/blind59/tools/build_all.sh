#!/usr/bin/env bash
# Rebuild the six generated reports (005-010) and questions.tsv, then run the checker.
set -euo pipefail
T="$(cd "$(dirname "$0")" && pwd)"; R="$(dirname "$T")"
cd "$T"
if [ ! -d node_modules/docx ] || [ ! -d node_modules/pdfkit ]; then npm install --no-audit --no-fund >/dev/null; fi
python3 -c 'import pypdf' 2>/dev/null || pip install -q pypdf
cd "$R"
python3 tools/gen_html.py src/005_baohocongdan_2024.txt      reports/005_7556d9ac1054957e.html
node    tools/gen_docx.js src/006_khoa_boi_duong_can_bo_tre.txt reports/006_a134fccfd2a96c24.docx
node    tools/gen_pdf.js  src/007_bien_gioi_dat_lien_2024.txt  reports/007_37b3b62bfb7be4ff.pdf
python3 tools/gen_text.py src/008_tet_viet_praha_2024.md        reports/008_74348b3b768156f0.md
python3 tools/gen_text.py src/009_doi_thoai_fdi_bacninh.txt     reports/009_8e45e2ab908c4870.txt --crlf
python3 tools/gen_text.py src/010_gap_mat_viet_lao_2024.txt     reports/010_e97d71b796e3a927.txt
sleep 1   # let pdfkit finish flushing
python3 tools/make_questions.py src/questions_src.txt questions.tsv
rm -rf "$T/node_modules" "$T/package-lock.json"
python3 tools/check_questions.py
