#!/usr/bin/env python3
"""Build reports/009_*.txt: official report on the Decree 30/2020 template, hard-wrapped."""
import os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
head, body = open(os.path.join(ROOT, "src", "009_bien_gioi_dat_lien_2024.txt"), encoding="utf-8").read().split("\n---\n", 1)
m = dict(l.split(": ", 1) for l in head.strip().splitlines())
W = 76
def two(left, right, lw=34):
    return f"{left:<{lw}}{right}".rstrip()
L = []
L.append(two("        BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
L.append(two("        -------------", "      Độc lập - Tự do - Hạnh phúc"))
L.append(two("", "      ---------------------------"))
L.append(two(f"   Số: {m['so']}", f"  {m['noi_ngay']}"))
L.append("")
L.append("BÁO CÁO".center(W).rstrip())
for t in textwrap.wrap(m["trich_yeu"], 60):
    L.append(t.center(W).rstrip())
L.append("-----------".center(W).rstrip())
L.append("")
L.append(f"{'Kính gửi: ' + m['kinh_gui']:^{W}}".rstrip())
L.append("")
for para in body.strip().splitlines():
    if para.startswith("# "):
        L.append(""); L.append(para[2:]); continue
    L.extend(textwrap.wrap(para, W, initial_indent="    ", subsequent_indent=""))
L.append("")
left = ["Nơi nhận:"] + ["- " + x.strip() for x in m["noi_nhan"].split("|")]
right = [m["ky_quyen"], m["ky_chuc"], "", "(Đã ký)", "", "", m["ky_ten"]]
for i in range(max(len(left), len(right))):
    a = left[i] if i < len(left) else ""
    b = right[i] if i < len(right) else ""
    L.append(two(a, f"{b:^30}" if b else "", 44))
out = os.path.join(ROOT, "reports", "009_2d7a5e13c9f6b048.txt")
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("wrote", out)
