#!/usr/bin/env bash
# Rebuild the six generated reports (005-010), questions.tsv, and run the checker.
# Needs: python3 (with pypdf), node + npm (docx, pdfkit from the npm registry), DejaVu fonts.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm ci --no-audit --no-fund
mkdir -p "$ROOT/reports"
# the five given reports, byte for byte
cp -p "$ROOT"/given/* "$ROOT/reports/"
python3 make_html.py     "$ROOT/src/005_bao_ho_ngu_dan.txt"            "$ROOT/reports"
node    make_docx.js     "$ROOT/src/006_ky_ket_quang_tri.txt"          "$ROOT/reports"
node    make_pdf.js      "$ROOT/src/007_ngoai_giao_van_hoa_unesco.txt" "$ROOT/reports"
python3 make_md.py       "$ROOT/src/008_gap_mat_bao_chi.txt"           "$ROOT/reports"
python3 make_official.py "$ROOT/src/009_bao_cao_doi_ngoai_da_phuong.txt" "$ROOT/reports"
node    make_docx.js     "$ROOT/src/010_bien_ban_hoc_vien.txt"         "$ROOT/reports"
sleep 1   # let pdfkit finish flushing its stream
python3 make_questions.py
python3 check_questions.py
