#!/bin/sh
# Rebuild reports/: copy the five given reports byte for byte, then generate 005-009 from src/.
set -e
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/00[5-9]_*
cp -p given/* reports/
name() { printf '%s_%s.%s' "$1" "$(printf 'blind39-%s' "$2" | sha256sum | cut -c1-16)" "$3"; }
python3 tools/make_html.py     src/005_news.txt      "reports/$(name 005 news html)"
node    tools/make_docx.js     src/006_vietkieu.txt  "reports/$(name 006 vietkieu docx)"
node    tools/make_pdf.js      src/007_lanhsu.txt    "reports/$(name 007 lanhsu pdf)"
python3 tools/make_md.py       src/008_phatngon.txt  "reports/$(name 008 phatngon md)"
python3 tools/make_official.py src/009_quangtri.txt  "reports/$(name 009 quangtri txt)"
sleep 1
ls -l reports
