#!/usr/bin/env bash
# Rebuild blind set 42 from scratch: reports/, questions.tsv, then check.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d tools/node_modules/docx ] && [ -d tools/node_modules/pdfkit ] || (cd tools && npm install --no-audit --no-fund)
rm -rf reports && mkdir reports
cp -p given/* reports/
python3 tools/gen_005_html.py
node    tools/gen_006_docx.js
node    tools/gen_007_pdf.js
python3 tools/gen_008_md.py
python3 tools/gen_009_official.py
python3 tools/gen_010_transcript.py
python3 tools/make_questions.py
python3 tools/check_questions.py
