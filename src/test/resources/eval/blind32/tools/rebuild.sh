#!/bin/sh
# Rebuild the six generated reports, questions.tsv, and run the checker.
set -e
cd "$(dirname "$0")"
[ -d node_modules ] || npm install
python3 gen_005_html.py
node gen_006_docx.js
node gen_007_pdf.js
python3 gen_008_md.py
python3 gen_009_txt.py
python3 gen_010_transcript.py
python3 build_questions.py
python3 check_questions.py
