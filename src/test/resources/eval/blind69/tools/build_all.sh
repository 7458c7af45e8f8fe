#!/usr/bin/env bash
# Rebuild reports/ from given/ and src/. Usage: bash tools/build_all.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mkdir -p reports
# 1. the five given reports, byte for byte
cp -p given/*.txt reports/
# 2. generated reports
python3 tools/gen_html.py src/005_html_so_ket_2024.src.txt reports/005_a1c93e0f5b2d7e64.html
( cd tools && npm install --no-audit --no-fund --silent docx@9 pdfkit@0.20 >/dev/null )
( cd tools && node gen_docx.js ../src/006_docx_ngoai_vu_21.src.txt ../reports/006_7d2e8b41c0f93a5e.docx )
( cd tools && node gen_pdf.js ../src/007_pdf_unclos.src.txt ../reports/007_e04b6f9a2c7d1358.pdf )
cp src/008_md_tong_lanh_su.src.md reports/008_5c8f1a3d9e2b07c4.md
cp src/009_txt_bc_cao_bang.src.txt reports/009_b3917d6e0a4c2f85.txt
cp src/010_txt_thong_cao_cot_moc.src.txt reports/010_2fa6c0e8d71b594e.txt
sleep 1
rm -rf tools/node_modules
# 3. questions: strip diacritics from accentless rows, then check
python3 tools/make_questions.py src/questions_src.txt questions.tsv
python3 tools/check_questions.py
