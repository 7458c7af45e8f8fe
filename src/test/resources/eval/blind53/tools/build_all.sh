#!/usr/bin/env bash
# Rebuild blind evaluation set 53 from src/: the six generated reports,
# questions.tsv, then run the checker.  Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
R=reports
# the five given reports are copied byte for byte (cp -p) from given/
cp -p given/*.txt "$R"/
python3 tools/make_html.py     src/005_gialai_ngoaivu_2023.txt                   "$R"/005_b762bd8903457c45.html
(cd tools && npm install --no-audit --no-fund --silent)
node    tools/make_docx.js     src/006_hoithao_ngoaigiao_hcm_2020.txt            "$R"/006_f3d4b17304582bd0.docx
node    tools/make_pdf.js      src/007_kazakhstan_ubliencp_2018.txt              "$R"/007_6989ffa0c78a6bea.pdf
python3 tools/make_md.py       src/008_toadam_kieubao_balan_2016.txt             "$R"/008_6dbc57abb3dbb0b9.md
python3 tools/make_official.py report  src/009_baocao_hoinghi_truongcqdd_dongbaca_2026.txt "$R"/009_af2dbef642d3a2e8.txt
python3 tools/make_official.py minutes src/010_bienban_taphuan_hoinhap_quangtri_2022.txt   "$R"/010_64471e7a26a6b681.txt
rm -rf tools/node_modules tools/package-lock.json
python3 tools/make_questions.py
python3 -c "import pypdf" 2>/dev/null || pip install -q pypdf
python3 tools/check_questions.py
