#!/usr/bin/env python3
"""Build report e: official BÁO CÁO on the Decree 30/2020 layout, plain text
hard-wrapped at 80 columns. Body text comes from src/reports/e_body.txt
(one logical paragraph per line); letterhead and signature block are fixed."""
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W = 80

def two_col(left, right, lw=34):
    return f"{left.center(lw)}{right.center(W - lw)}".rstrip()

head = [
    two_col("BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    two_col("-------", "Độc lập - Tự do - Hạnh phúc"),
    two_col("", "---------------"),
    two_col("Số: 412/BC-BNG", "Hà Nội, ngày 22 tháng 11 năm 2024"),
    "",
    "BÁO CÁO".center(W).rstrip(),
    "Kết quả buổi làm việc giữa Bộ Ngoại giao với".center(W).rstrip(),
    "Đoàn công tác của tỉnh Quảng Trị".center(W).rstrip(),
    "-----------".center(W).rstrip(),
    "",
]

body = []
for line in (ROOT / "src/reports/e_body.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip():
        body.append("")
        continue
    if line.startswith("- ") or line[:2] in ("a)", "b)", "c)", "d)"):
        body.extend(textwrap.wrap(line, W, subsequent_indent="  "))
    else:
        body.extend(textwrap.wrap(line, W, initial_indent="    "))

sign_left = ["Nơi nhận:", "- Như trên;", "- Phó Thủ tướng Trần Lưu Quang (để b/c);",
             "- Bộ trưởng Bùi Thanh Sơn (để b/c);", "- Văn phòng Chính phủ;",
             "- Bộ KH&ĐT, Bộ Công Thương, Bộ Quốc phòng;", "- UBND tỉnh Quảng Trị;",
             "- Các đơn vị: NGKT, UBBG, ĐNA, LS, LT, HVNG;", "- Lưu: VT, NGKT (3b)."]
sign_right = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)", "", "", "Ngô Quang Thịnh"]
tail = [""]
for i in range(max(len(sign_left), len(sign_right))):
    l = sign_left[i] if i < len(sign_left) else ""
    r = sign_right[i] if i < len(sign_right) else ""
    tail.append((l.ljust(46) + r.center(W - 46)).rstrip())

out = ROOT / "reports/105_bao_cao_412_BC-BNG_lam_viec_tinh_quang_tri.txt"
out.write_text("\n".join(head + body + tail) + "\n", encoding="utf-8")
print("wrote", out, "max line", max(len(x) for x in head + body + tail))
