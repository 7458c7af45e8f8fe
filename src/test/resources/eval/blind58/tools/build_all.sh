#!/usr/bin/env bash
# Rebuild the six generated reports (005-010) and questions.tsv from src/.
# Usage: bash tools/build_all.sh      (needs node + npm registry access for docx/pdfkit, python3 + pypdf)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mkdir -p reports

# given reports (000-004) are copied byte for byte
for f in given/*; do cp -p "$f" reports/; done

# node dependencies (removed again at the end)
if [ ! -d tools/node_modules ]; then
  (cd tools && npm ci --no-audit --no-fund --silent >/dev/null)
fi

python3 tools/gen_html.py src/005_article.txt reports/005_e115aa78c91a2e4d.html
node tools/gen_docx.js   src/006_report.txt  reports/006_5d8b3f96735a954d.docx
node tools/gen_pdf.js    src/007_seminar.txt reports/007_a96b97291e692406.pdf
cp src/008_consular.md   reports/008_58815d13bf3467a8.md
cp src/009_baocao.txt    reports/009_826d6b5d56f1835b.txt
cp src/010_thongcao.txt  reports/010_50464e201ab7d8e8.txt
sleep 1  # let pdfkit finish flushing

python3 tools/make_questions.py src/questions_src.txt questions.tsv
python3 tools/check_questions.py

rm -rf tools/node_modules
