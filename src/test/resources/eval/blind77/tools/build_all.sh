#!/bin/sh
# Regenerate the six new reports from src/.  Needs `npm install` (docx, pdfkit) in tools/.
set -e
cd "$(dirname "$0")"
S=../src; R=../reports
python3 gen_html.py   $S/005_hop_bao_tham_chile.txt        $R/005_hop_bao_tham_chile.html
node    gen_docx.js   $S/006_hoi_dong_thi_dua_2024.txt     $R/006_hoi_dong_thi_dua_2024.docx
node    gen_pdf.js    $S/007_tap_huan_doi_ngoai_cao_bang.txt $R/007_tap_huan_doi_ngoai_cao_bang.pdf
python3 gen_md.py     $S/008_chuyen_doi_so_2023.txt        $R/008_chuyen_doi_so_2023.md
python3 gen_report.py $S/009_bao_cao_so_ket_kl12.txt       $R/009_bao_cao_so_ket_kl12.txt
python3 gen_eml.py    $S/010_doi_thoai_hiep_hoi.txt        $R/010_doi_thoai_hiep_hoi.eml
