#!/usr/bin/env bash
# Rebuild every report in ../reports from ../given (copied byte for byte) and ../src (generated).
# Needs: python3, node + npm (packages docx, pdfkit from the npm registry), DejaVu fonts,
# and pip package pypdf for the checker.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
cd "$HERE"
CLEAN=0
if [ ! -d node_modules ]; then npm install --no-audit --no-fund --silent; CLEAN=1; fi
mkdir -p "$ROOT/reports"
cp -p "$ROOT"/given/* "$ROOT/reports/"
python3 gen_html.py "$ROOT/src/005_d606a9facbc22501.src.txt" "$ROOT/reports/005_d606a9facbc22501.html"
node gen_docx.js    "$ROOT/src/006_34497b8eb0656b9a.src.txt" "$ROOT/reports/006_34497b8eb0656b9a.docx"
node gen_pdf.js     "$ROOT/src/007_95ee4f204432ad0e.src.txt" "$ROOT/reports/007_95ee4f204432ad0e.pdf"
cp "$ROOT/src/008_a35bd2f8ba62cd88.src.txt" "$ROOT/reports/008_a35bd2f8ba62cd88.md"
cp "$ROOT/src/009_648a959cd6cf30a8.src.txt" "$ROOT/reports/009_648a959cd6cf30a8.txt"
cp "$ROOT/src/010_25eb8f7f5e04765c.src.txt" "$ROOT/reports/010_25eb8f7f5e04765c.txt"
python3 make_questions.py "$ROOT/src/questions_src.txt" "$ROOT/questions.tsv"
sleep 1
if [ "$CLEAN" = 1 ]; then rm -rf node_modules; fi
python3 check_questions.py
