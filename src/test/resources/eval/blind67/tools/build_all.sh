#!/usr/bin/env bash
# Rebuilds reports/ and questions.tsv from given/ and src/, then runs the checker.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mkdir -p reports
cp -p given/*.txt reports/
cd tools
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund docx@9 pdfkit@0.20 >/dev/null
cd "$ROOT"
python3 tools/gen_html.py src/r05_longan_fdi.src.txt reports/005_longan_fdi_31-01-2024.html
node tools/gen_docx.js src/r06_tongket2023.src.txt reports/006_BaoCaoTomTat_TongKet2023.docx
node tools/gen_pdf.js src/r07_baoho_ngudan.src.txt reports/007_KyYeu_HoiThao_BaoHoNguDan.pdf
sleep 1
cp src/r08_lanhsu_danhdu.src.md reports/008_hoi-nghi-lanh-su-danh-du-lan-3.md
cp src/r09_apec2027.src.txt reports/009_BC-BNG_147_APEC2027.txt
python3 tools/gen_eml.py src/r10_chile_visit.src.txt "reports/010_Fwd_TCBC_BT_NG_Chi-le.eml"
python3 tools/build_questions.py src/questions_src.txt questions.tsv
rm -rf tools/node_modules
python3 tools/check_questions.py
