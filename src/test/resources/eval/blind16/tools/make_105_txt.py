#!/usr/bin/env python3
"""Builds reports/105_bao_cao_ngoai_vu_dia_phuong_2024.txt (Decree 30/2020 style, wrapped ~80 cols)."""
import os, textwrap
here = os.path.dirname(os.path.abspath(__file__))
body = open(os.path.join(here, "src", "105_body.txt"), encoding="utf-8").read()
W = 80
def two(left, right):
    return f"{left:<36}{right:^44}".rstrip()
head = [
    two("         BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    two("         -------------", "Độc lập - Tự do - Hạnh phúc"),
    two("", "---------------"),
    two("    Số: 318/BC-BNG", "Hà Nội, ngày 30 tháng 5 năm 2024"),
    "",
    "BÁO CÁO".center(W).rstrip(),
    "Kết quả Hội nghị công tác ngoại vụ địa phương".center(W).rstrip(),
    "khu vực miền Bắc và Bắc Trung Bộ năm 2024".center(W).rstrip(),
    "-----------".center(W).rstrip(),
    "",
    "Kính gửi: Thủ tướng Chính phủ.".center(W).rstrip(),
    "",
]
out = []
for para in body.strip().split("\n\n"):
    for line in para.split("\n"):
        if line[:2] in [f"{i}." for i in range(1, 10)] and para.count("\n") > 0:
            out += textwrap.wrap(line, W, subsequent_indent="   ")
        else:
            out += textwrap.wrap(line, W, initial_indent="    " if not line.isupper() else "")
    out.append("")
sign = [
    two("Nơi nhận:", "KT. BỘ TRƯỞNG"),
    two("- Như trên;", "THỨ TRƯỞNG"),
    "- Phó Thủ tướng Trần Lưu Quang (để b/c);",
    "- Văn phòng Chính phủ;",
    "- Bộ Nội vụ, Bộ Công Thương,",
    two("  Bộ Kế hoạch và Đầu tư;", "(Đã ký)"),
    "- UBND 25 tỉnh, thành phố khu vực",
    "  miền Bắc và Bắc Trung Bộ;",
    "- Bộ trưởng (để b/c);",
    two("- Lưu: VT, NVĐP (12b).", "Ngô Quang Thịnh"),
]
text = "\n".join(head + out + sign) + "\n"
dst = os.path.join(here, "..", "reports", "105_bao_cao_ngoai_vu_dia_phuong_2024.txt")
open(dst, "w", encoding="utf-8").write(text)
print("wrote", dst, "max line", max(len(l) for l in text.splitlines()))
