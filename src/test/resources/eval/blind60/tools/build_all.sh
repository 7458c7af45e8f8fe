#!/usr/bin/env bash
# Rebuild the whole blind set: reports/, questions.tsv, then run the checker.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
mkdir -p reports
cp -p given/* reports/
cd tools
if [ ! -d node_modules/docx ] || [ ! -d node_modules/pdfkit ]; then
  npm install --no-audit --no-fund docx pdfkit >/dev/null
fi
cd "$ROOT"
python3 tools/gen_html.py src/005_news_page.txt      reports/005_35a55458835303d8.html
node    tools/gen_docx.js src/006_forum_report.txt   reports/006_79c59cc768d25a5a.docx
node    tools/gen_pdf.js  src/007_border_notes.txt   reports/007_77e2a6e98b120ba7.pdf
python3 tools/gen_text.py src/008_asean_workshop.md  reports/008_b1a32aad0234cb83.md
python3 tools/gen_text.py src/009_honorary_consuls.txt reports/009_6e4886de3935810f.txt
python3 tools/gen_text.py src/010_korea_local_press.txt reports/010_660546edd9062c74.txt
sleep 1   # let pdfkit finish flushing
python3 tools/make_questions.py src/questions_src.txt questions.tsv
python3 -c "import pypdf" 2>/dev/null || pip install -q pypdf
python3 tools/check_questions.py
rm -rf tools/node_modules
