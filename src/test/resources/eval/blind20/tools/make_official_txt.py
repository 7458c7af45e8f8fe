#!/usr/bin/env python3
"""Build reports/009_*.txt: official report on the Decree 30/2020 layout, hard-wrapped at ~80 columns.
Letterhead, number, place/date of issue, title + trích yếu, Kính gửi, numbered sections (from
src/009_body.txt; lines starting with # are section headings), Nơi nhận beside the signature block."""
import pathlib, textwrap
ROOT = pathlib.Path(__file__).resolve().parent.parent
W = 80

def two_col(left, right, lw=40):
    n = max(len(left), len(right))
    left += [""] * (n - len(left)); right += [""] * (n - len(right))
    return [(l.ljust(lw) + r).rstrip() for l, r in zip(left, right)]

out = []
out += two_col(["         BỘ NGOẠI GIAO", "         -------------", "", "       Số: 215/BC-BNG"],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "     Độc lập - Tự do - Hạnh phúc", "        ---------------",
                "  Hà Nội, ngày 15 tháng 7 năm 2024"], lw=38)
out += ["", "", "BÁO CÁO".center(W).rstrip()]
for l in ["Kết quả Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai",
          "nhiệm vụ 6 tháng cuối năm 2024 của Bộ Ngoại giao", "-----------"]:
    out.append(l.center(W).rstrip())
out += ["", "Kính gửi: Thủ tướng Chính phủ.".center(W).rstrip(), ""]

for line in (ROOT / "src/009_body.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    if line.startswith("#"):
        out += [""] + textwrap.wrap(line[1:], W) + [""]
    else:
        out += textwrap.wrap(line, W, initial_indent="    ", subsequent_indent="")

out += ["", ""]
left = ["Nơi nhận:", "- Như trên;", "- Ban Bí thư (để b/c);", "- PTTg Trần Lưu Quang (để b/c);", "- Văn phòng Chính phủ;",
        "- Ban Đối ngoại Trung ương;", "- Lãnh đạo Bộ;", "- Lưu: VT, TH (3b)."]
right = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "(Đã ký)", "", "", "Nguyễn Văn Thạch"]
right = [r.center(30) for r in right]
out += two_col(left, right, lw=42)
out.append("")
p = ROOT / "reports/009_bc_bng_so_ket_6_thang_2024.txt"
p.write_text("\n".join(out), encoding="utf-8")
print("wrote", p, "max width", max(len(l) for l in out))
