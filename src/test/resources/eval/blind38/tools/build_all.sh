#!/bin/sh
# Rebuild the six generated reports, questions.tsv, and run the checker.
# Needs: python3 (+ pypdf for the checker), node with npm packages docx and pdfkit (npm install in tools/).
set -e
cd "$(dirname "$0")"
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install docx pdfkit
python3 make_html.py        # 005 news web page
node make_docx.js           # 006 Word report
node make_pdf.js            # 007 PDF, 2 pages, running header, "Trang x/y"
python3 make_md.py          # 008 Markdown export
python3 make_official.py    # 009 Decree 30/2020 official report
python3 make_bienban.py     # 010 meeting minutes
sleep 1                     # let pdfkit finish flushing the PDF stream
python3 make_questions.py   # questions.tsv from src/questions_src.txt
python3 check_questions.py
