#!/usr/bin/env bash
# Rebuild the six generated reports (005-010) from src/ with the generators in tools/,
# then rebuild questions.tsv from src/questions_src.txt.
# Reports 000-004 are real reports, kept as given (they have no source here).
#
# Usage: bash tools/build_all.sh [OUT_DIR]     (default OUT_DIR: reports/)
# Needs: python3, node + npm (installs docx and pdfkit from tools/package-lock.json when
# tools/node_modules is missing), DejaVu fonts (fonts-dejavu-core) for the PDF.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
OUT="${1:-$ROOT/reports}"
mkdir -p "$OUT"

if [ ! -d "$HERE/node_modules/docx" ] || [ ! -d "$HERE/node_modules/pdfkit" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --silent)
fi

python3 "$HERE/gen_html.py" "$ROOT/src/005_hop_bao_thuong_ky.src"            "$OUT/005_0f6f4b54ec117b4c.html"
node    "$HERE/gen_docx.js" "$ROOT/src/006_lanh_su_bao_ho.src"               "$OUT/006_5dde2325c2521df4.docx"
node    "$HERE/gen_pdf.js"  "$ROOT/src/007_tham_van_niu_di_lan.src"          "$OUT/007_989653dc77553bcd.pdf"
python3 "$HERE/gen_md.py"   "$ROOT/src/008_xuan_que_huong.src"               "$OUT/008_ec0e0e3392270322.md"
python3 "$HERE/gen_txt.py"  "$ROOT/src/009_quang_tri_ngoai_giao_kinh_te.src" "$OUT/009_22f9b73a3eb9be4a.txt" --sign-col 34
python3 "$HERE/gen_txt.py"  "$ROOT/src/010_ngoai_vu_toan_quoc_21.src"        "$OUT/010_98b7a7ca7fcdcfe8.txt"

python3 "$HERE/make_questions.py"
echo "built 005-010 into $OUT and questions.tsv"
