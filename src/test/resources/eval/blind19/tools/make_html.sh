#!/bin/sh
# Build reports/005_tin_bng_lam_viec_quang_tri.html by concatenating hand-written fragments.
cd "$(dirname "$0")/.." && cat src/html/01_head.html src/html/02_body.html src/html/03_tail.html > reports/005_tin_bng_lam_viec_quang_tri.html && echo wrote reports/005_tin_bng_lam_viec_quang_tri.html
