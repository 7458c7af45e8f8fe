#!/bin/sh
# Rebuild the six generated reports from ../src (run from anywhere).
set -e
cd "$(dirname "$0")"
R=../reports S=../src
python3 gen_html.py $S/005_news_page.txt $R/005_f4ab71a523968ee8.html
node gen_docx.js $S/006_word_summary.txt $R/006_068f8d3f1d8a6cbe.docx
node gen_pdf.js $S/007_conference_brief.txt $R/007_dbb13d1fdd527381.pdf 11
python3 gen_md.py $S/008_markdown_export.txt $R/008_5c16ed889c5a7ad2.md
python3 gen_official.py $S/009_official_report.txt $R/009_97836435636696fd.txt
python3 gen_transcript.py $S/010_press_transcript.txt $R/010_a2aa797d1dfcc32b.txt
sleep 1
ls -l $R
