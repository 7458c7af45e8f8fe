#!/usr/bin/env python3
"""Build reports/009_*.txt: an official report laid out on the Decree 30/2020/NĐ-CP template
(letterhead in two columns, số/ký hiệu, địa danh-ngày tháng, BÁO CÁO + trích yếu, Kính gửi,
numbered sections, "Nơi nhận" beside the signature block), hard-wrapped at 80 columns, as a
plain-text export of the signed .doc would look."""
import pathlib, textwrap, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src/009_bao_cao_so_ket_6_thang_2024.txt"
OUT = ROOT / "reports/009_bng_bao-cao-2874-BC-BNG_so-ket-6-thang-2024.txt"
W = 80
ROMAN = ["I", "II", "III", "IV", "V"]

def center(s, width):
    return s.center(width).rstrip()

def two_cols(left, right, lw=30, rw=50):
    n = max(len(left), len(right))
    left += [""] * (n - len(left)); right += [""] * (n - len(right))
    return [(l.center(lw) + r.center(rw)).rstrip() for l, r in zip(left, right)]

meta, body, noinhan, ky = {}, [], [], []
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    k, _, v = line.partition(": ")
    if k in ("SO", "NGAY", "TRICHYEU", "KINHGUI"):
        meta[k] = v
    elif k == "NOINHAN":
        noinhan.append(v)
    elif k == "KY":
        ky.append(v)
    elif k == "KY:":
        ky.append("")
    else:
        body.append((k, v))

out = []
out += two_cols(["BỘ NGOẠI GIAO", "-------"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"])
out.append("")
out.append(("Số: " + meta["SO"]).center(30).rstrip().ljust(32) + meta["NGAY"])
out.append("")
out.append(center("BÁO CÁO", W))
for l in textwrap.wrap(meta["TRICHYEU"], 64):
    out.append(center(l, W))
out.append(center("-----------", W))
out.append("")
out.append(center("Kính gửi: " + meta["KINHGUI"], W))
out.append("")
sec = 0
for k, v in body:
    if k == "I":
        out.append("")
        out.append(f"{ROMAN[sec]}. {v}")
        sec += 1
    elif k == "P":
        out += textwrap.wrap(v, W, initial_indent="    ", subsequent_indent="")
    elif k == "N":
        out += textwrap.wrap(v, W, initial_indent="    ", subsequent_indent="")
out.append("")
left = ["Nơi nhận:"] + noinhan
right = ky
n = max(len(left), len(right))
left += [""] * (n - len(left)); right += [""] * (n - len(right))
for l, r in zip(left, right):
    out.append((l.ljust(42) + r.center(36)).rstrip())
text = "\n".join(out) + "\n"
assert max(len(x) for x in text.splitlines()) <= W, max(len(x) for x in text.splitlines())
OUT.write_text(text, encoding="utf-8")
print("wrote", OUT)
