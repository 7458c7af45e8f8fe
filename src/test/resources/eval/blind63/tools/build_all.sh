#!/usr/bin/env bash
# Rebuild the whole blind63 set: reports/ (5 given copies + 6 generated), questions.tsv, then check.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"
mkdir -p reports
cp -p given/*.txt reports/
cd "$HERE"
if [ ! -d node_modules ]; then npm install --no-audit --no-fund --silent; CLEAN_NODE=1; else CLEAN_NODE=0; fi
S="$ROOT/src"; R="$ROOT/reports"
python3 gen_html.py "$S/005_so-ket-6-thang-2024.src.txt"              "$R/005_so-ket-6-thang-2024.html"
node    gen_docx.js "$S/006_hoi-thao-chuyen-doi-so-lanh-su.src.txt"    "$R/006_hoi-thao-chuyen-doi-so-lanh-su.docx"
node    gen_pdf.js  "$S/007_hop-lien-nganh-bao-ho-ngu-dan.src.txt"     "$R/007_hop-lien-nganh-bao-ho-ngu-dan.pdf"
python3 gen_md.py   "$S/008_hoi-nghi-lanh-su-danh-du-lan-3.src.txt"    "$R/008_hoi-nghi-lanh-su-danh-du-lan-3.md"
python3 gen_txt.py  "$S/009_bc-ubnd-quang-tri-doi-ngoai-2024.src.txt"  "$R/009_bc-ubnd-quang-tri-doi-ngoai-2024.txt"
python3 gen_eml.py  "$S/010_email-dien-dan-viet-nam-chau-phi.src.txt"  "$R/010_email-dien-dan-viet-nam-chau-phi.eml"
sleep 1   # let pdfkit finish flushing its write stream
if [ "$CLEAN_NODE" = 1 ]; then rm -rf node_modules package-lock.json; fi
python3 make_questions.py "$S/questions_src.txt" "$ROOT/questions.tsv"
python3 check_questions.py
