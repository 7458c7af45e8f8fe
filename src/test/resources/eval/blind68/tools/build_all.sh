#!/usr/bin/env bash
# Rebuilds reports/ : copies the five given reports and regenerates the six invented ones from src/.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
mkdir -p "$ROOT/reports"
cp -p "$ROOT"/given/*.txt "$ROOT/reports/"
cd "$HERE"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund --silent
python3 gen_html.py     ../src/005_news_html.txt ../reports
node    gen_docx.js     ../src/006_docx.txt      ../reports
node    gen_pdf.js      ../src/007_pdf.txt       ../reports
python3 gen_md.py       ../src/008_md.txt        ../reports
python3 gen_official.py ../src/009_official.txt  ../reports
python3 gen_eml.py      ../src/010_eml.txt       ../reports
[ "${KEEP_NODE_MODULES:-0}" = 1 ] || rm -rf node_modules package-lock.json
rm -rf __pycache__
python3 make_questions.py
python3 check_questions.py
