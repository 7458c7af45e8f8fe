#!/usr/bin/env bash
# Rebuild the six generated reports (005-010) from src/ and check questions.tsv.
# Needs: python3 (+ pypdf for the checker), node + npm (docx, pdfkit), DejaVu fonts.
set -euo pipefail
cd "$(dirname "$0")/.."
R=reports
if [ ! -d tools/node_modules ]; then (cd tools && npm install --no-audit --no-fund docx pdfkit >/dev/null); CLEAN=1; else CLEAN=0; fi
python3 tools/gen_html.py src/005_lanhsu_2024.txt        $R/005_d3455d2bc4f9754d.html
node    tools/gen_docx.js src/006_ngoaigiaokinhte_2024.txt $R/006_08ce67e48bf1f0d0.docx
node    tools/gen_pdf.js  src/007_biendong_2024.txt      $R/007_3c039bac8b90669c.pdf
python3 tools/gen_md.py   src/008_chauphi_2025.txt       $R/008_1952bdebcb439e52.md
python3 tools/gen_txt.py  src/009_sotan_libang_2024.txt  $R/009_0767720b5d8bd63d.txt
python3 tools/gen_txt.py  src/010_letan_2024.txt         $R/010_5a4321335100b142.txt
python3 tools/make_questions.py src/questions_src.txt questions.tsv
[ "$CLEAN" = 1 ] && rm -rf tools/node_modules
python3 tools/check_questions.py
