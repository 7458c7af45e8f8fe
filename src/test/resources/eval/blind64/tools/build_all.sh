#!/bin/sh
# Rebuilds the six generated reports, questions.tsv, and runs the checker.
set -e
cd "$(dirname "$0")"
T=$(pwd); R=$T/../reports; S=$T/../src
[ -d node_modules/docx ] && [ -d node_modules/pdfkit ] || npm install --no-audit --no-fund >/dev/null   # docx + pdfkit from package.json
node gen_html.js $S/005_so_ket_6_thang_2024.src.txt $R/005_tin-doi-ngoai_so-ket-6-thang-2024.html
node gen_docx.js $S/006_hoi_thao_lao_dong_nhat_han.src.txt $R/006_bao-cao-hoi-thao-lao-dong-nhat-ban-han-quoc.docx
node gen_pdf.js $S/007_hoi_nghi_ngoai_giao_32.src.txt $R/007_bao-cao-tom-tat-hoi-nghi-ngoai-giao-32.pdf
python3 gen_md.py $S/008_xuan_que_huong_2024.src.txt $R/008_xuan-que-huong-2024.md
python3 gen_txt_gov.py $S/009_bc_ubnd_cao_bang_doi_ngoai_2023.src.txt $R/009_BC-UBND-Cao-Bang-doi-ngoai-2023.txt
python3 gen_txt_web.py $S/010_tiep_nhan_hai_cot_lao_bao.src.txt $R/010_baoquangtri_tiep-nhan-hai-cot-liet-si-lao-bao.txt
sleep 1
python3 make_questions.py $S/questions_src.txt $T/../questions.tsv
python3 check_questions.py
[ "$KEEP_NODE_MODULES" = 1 ] || rm -rf node_modules
