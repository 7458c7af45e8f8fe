#!/usr/bin/env bash
# Rebuild reports/ and questions.tsv for blind set 52, then run the checker.
# Needs: python3 (python-docx, pypdf for the checker), node + npm packages docx, pdfkit (npm ci here).
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm ci --no-audit --no-fund
R=../reports
mkdir -p "$R"
cp -p ../given/*.txt "$R"/
python3 make_html.py     ../src/005_quangngai_news.txt          "$R"/005_56ac06a466b03eed.html
node    make_docx.js     ../src/006_lanhsu_2017.txt             "$R"/006_b639090ebc52aed0.docx
node    make_pdf.js      ../src/007_chauphi_trungdong.txt       "$R"/007_2dc5ef5077c1cb5b.pdf
python3 make_md.py       ../src/008_thuydien_50nam.txt          "$R"/008_8f52c04f6d3d889e.md
python3 make_official.py ../src/009_baocao_lao.txt              "$R"/009_d2fb4b4809e686b7.txt
node    make_docx.js     ../src/010_bienban_canbo_chuchot.txt   "$R"/010_9c1bd11a962aca62.docx
sleep 1   # let pdfkit finish flushing its write stream
python3 make_questions.py ../src/questions_src.txt ../questions.tsv
python3 check_questions.py ..
