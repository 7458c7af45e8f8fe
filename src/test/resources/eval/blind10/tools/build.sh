#!/bin/sh
# Rebuild /work/sealed/blind10/reports/ from the given texts and the sources in tools/.
set -e
cd "$(dirname "$0")"
R=../reports
mkdir -p "$R"
cp ../given/*.txt "$R"/                                   # 000-004: given texts, unchanged
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund docx pdfkit
python3 gen_101_html.py "$R/101_5d3e3d68513f60d7.html"   # saved news page
node gen_102_docx.js     "$R/102_960ff7e61f490350.docx"  # Word document (npm docx)
node gen_103_pdf.js      "$R/103_fd88a77a800aa009.pdf"   # A4 PDF (npm pdfkit, DejaVu Serif)
cp src/104_export.md     "$R/104_fc7f46c2d3c25a36.md"    # CMS Markdown export
cp src/105_baocao.txt    "$R/105_600bd68ae298a244.txt"   # official report, Decree 30/2020 template
cp src/106_tocky.txt     "$R/106_e0b3224f6430b349.txt"   # press-briefing transcript
sleep 1
ls -l "$R"
