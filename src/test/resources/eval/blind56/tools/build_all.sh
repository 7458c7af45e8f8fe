#!/bin/bash
# Rebuild reports/ from given/ and src/. Needs python3, node+npm (npm registry) and DejaVu fonts.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/*.txt reports/
python3 tools/gen_html.py src/005_3f9a1c7e5b2d8e40.src.txt reports/005_3f9a1c7e5b2d8e40.html
if [ ! -d tools/node_modules ]; then (cd tools && npm install --no-audit --no-fund >/dev/null); fi
node tools/gen_docx.js src/006_a7c41e9d02b6f35c.src.txt reports/006_a7c41e9d02b6f35c.docx
node tools/gen_pdf.js src/007_5e0d8b3a9c71f264.src.txt reports/007_5e0d8b3a9c71f264.pdf
cp src/008_c2b94f17e8a06d3b.md reports/008_c2b94f17e8a06d3b.md
cp src/009_81f6d2c4a9e37b05.txt reports/009_81f6d2c4a9e37b05.txt
cp src/010_d49e07b5f1a2c868.txt reports/010_d49e07b5f1a2c868.txt
python3 tools/make_questions.py
rm -rf tools/node_modules
python3 tools/check_questions.py
