#!/usr/bin/env bash
# Rebuild reports/: the five given reports copied byte for byte, plus the six generated ones.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
cp -p given/*.txt reports/
[ -d tools/node_modules/docx ] && [ -d tools/node_modules/pdfkit ] || (cd tools && npm ci --no-audit --no-fund)
python3 tools/make_html.py     src/005_news_page.txt        reports/005_bb0894c1802df266.html
node    tools/make_docx.js     src/006_word_report.txt      reports/006_fd5f69ec0da42c65.docx
node    tools/make_pdf.js      src/007_pdf_report.txt       reports/007_835cb939dce72ea9.pdf
python3 tools/make_md.py       src/008_markdown_export.txt  reports/008_2aa0a2c623095016.md
python3 tools/make_official.py src/009_official_report.txt  reports/009_d602feae383043dd.txt
node    tools/make_docx.js     src/010_minutes.txt          reports/010_3584c47193e7c680.docx
