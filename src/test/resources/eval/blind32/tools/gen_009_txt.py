#!/usr/bin/env python3
"""Build reports/009_*.txt: an official report on the Decree 30/2020 template, hard-wrapped lines."""
import pathlib, textwrap
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src" / "009_ngoai_vu_dia_phuong_21.txt").read_text(encoding="utf-8").splitlines()
m, body, noinhan, ky = {}, [], [], []
for line in src:
    if not line.strip():
        continue
    k, _, v = line.partition(":")
    v = v.strip()
    if k in ("P", "S"):
        body.append((k, v))
    elif k == "NOINHAN":
        noinhan.append("- " + v)
    elif k == "KY":
        ky.append(v)
    else:
        m[k] = v
W = 78
def two(left, right, lw=36):
    return (left.ljust(lw) + right).rstrip()
out = []
out.append(two("BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
out.append(two("    -------", "     Độc lập - Tự do - Hạnh phúc"))
out.append(two("", "     ---------------------------"))
out.append(two(f"Số: {m['SO']}", m["NGAY"]))
out.append("")
out.append("BÁO CÁO".center(W).rstrip())
out.append(m["TRICHYEU"].center(W).rstrip())
out.append("-------------".center(W).rstrip())
out.append("")
out.append(f"Kính gửi: {m['KINHGUI']}".center(W).rstrip())
out.append("")
for k, v in body:
    if k == "S":
        out.append("")
        out.append(v)
    else:
        out.extend(textwrap.wrap(v, W, initial_indent="    ", break_on_hyphens=False))
out.append("")
left = ["Nơi nhận:"] + noinhan
right = ky
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ""
    r = right[i].center(30) if i < len(right) else ""
    out.append(two(l, r, 44))
path = ROOT / "reports" / "009_bao_cao_ngoai_vu_dia_phuong_lan_21.txt"
path.write_text("\n".join(out) + "\n", encoding="utf-8")
print("wrote", path)
