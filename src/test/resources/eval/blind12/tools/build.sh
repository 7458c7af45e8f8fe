#!/bin/sh
# Rebuild reports/ from the given texts and the generator sources in tools/.
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund
mkdir -p ../reports
cp ../given/*.txt ../reports/
python3 make_101_html.py
node make_102_docx.js
node make_103_pdf.js
python3 make_104_md.py
python3 make_105_txt.py
python3 make_106_txt.py
