#!/usr/bin/env python3
"""Build reports/009_BC_bao_ho_cong_dan_Nhat_Ban.txt: a plain-text official
report laid out on the Government template of Decree 30/2020/ND-CP
(letterhead, number/symbol, place and date of issue, document name and
summary, numbered sections, signature block, "Nơi nhận:") around the body
text in src/009_bao_ho_cong_dan_body.txt."""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "009_bao_ho_cong_dan_body.txt")
OUT = os.path.join(ROOT, "reports", "009_BC_bao_ho_cong_dan_Nhat_Ban.txt")

W = 84  # characters per line
LEFT = 34  # width of the left column of the letterhead


def two_cols(left, right):
    return left.center(LEFT) + right.center(W - LEFT)


def main():
    body = open(SRC, encoding="utf-8").read().strip()
    lines = []
    lines.append(two_cols("BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    lines.append(two_cols("CỤC LÃNH SỰ", "Độc lập - Tự do - Hạnh phúc"))
    lines.append(two_cols("-------", "---------------------------"))
    lines.append(two_cols("Số: 09/BC-CLS", "Hà Nội, ngày 10 tháng 01 năm 2024"))
    lines.append("")
    lines.append("")
    lines.append("BÁO CÁO".center(W))
    lines.append("Kết quả cuộc họp triển khai công tác bảo hộ công dân Việt Nam".center(W))
    lines.append("bị ảnh hưởng bởi trận động đất tại tỉnh Ishikawa, Nhật Bản".center(W))
    lines.append("---------".center(W))
    lines.append("")
    lines.append("Kính gửi: Lãnh đạo Bộ Ngoại giao.".center(W))
    lines.append("")
    for para in body.split("\n\n"):
        para = para.strip()
        if para.isupper() or (para[:3] in ("I. ", "II.", "III", "IV.", "V. ") and para.split(" ", 1)[1].isupper()):
            lines.append(para)
        else:
            lines.extend(textwrap.wrap(para, width=W, initial_indent="    ", subsequent_indent=""))
        lines.append("")
    lines.append("")
    sig_left = [
        "Nơi nhận:",
        "- Như trên;",
        "- Bộ trưởng (để b/c);",
        "- TT Tạ Quang Vinh (để b/c);",
        "- Vụ ĐBA, Vụ TTBC, UBNV;",
        "- Cục QTTV;",
        "- ĐSQ Việt Nam tại Nhật Bản;",
        "- TLSQ Việt Nam tại Osaka;",
        "- Lưu: VT, CLS (BHCD).",
    ]
    sig_right = [
        "KT. CỤC TRƯỞNG",
        "PHÓ CỤC TRƯỞNG",
        "",
        "",
        "(Đã ký)",
        "",
        "",
        "Lê Hải Đăng",
        "",
    ]
    for l, r in zip(sig_left, sig_right):
        lines.append(l.ljust(LEFT + 4) + r.center(W - LEFT - 4))
    text = "\n".join(x.rstrip() for x in lines) + "\n"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
