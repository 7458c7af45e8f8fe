#!/usr/bin/env python3
"""Build reports/009_*.txt: an official report on the Decree 30/2020 layout
(letterhead, số/ngày, BÁO CÁO + trích yếu, Kính gửi, numbered sections,
Nơi nhận beside the signature block), hard-wrapped at 80 columns."""
import pathlib, textwrap, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "009_so_ket_6_thang_2024.txt"
OUT = ROOT / "reports" / "009_bc_so_ket_6_thang_2024.txt"
W = 80

def center(s, width=W):
    return s.center(width).rstrip()

def cols(left, right, lw=34):
    return (left.ljust(lw) + right).rstrip()

meta, body = {}, []
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    if line.startswith("@h "):
        body.append(("h", line[3:]))
    elif line.startswith("@"):
        k, v = line[1:].split(" ", 1); meta[k] = v
    else:
        body.append(("p", line))

out = []
out.append(cols("       BỘ NGOẠI GIAO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
out.append(cols("       -------------", "      Độc lập - Tự do - Hạnh phúc"))
out.append(cols("", "      ---------------------------"))
out.append(cols(f"     Số: {meta['so']}", f"  {meta['ngay']}"))
out.append("")
out.append(center("BÁO CÁO"))
for l in textwrap.wrap(meta["trichyeu"], 64):
    out.append(center(l))
out.append(center("-----------"))
out.append("")
out.append(center(f"Kính gửi: {meta['kinhgui']}"))
out.append("")
for kind, text in body:
    if kind == "h":
        out.append("")
        out.append(text)
    else:
        out.extend(textwrap.wrap(text, W, initial_indent="    ", subsequent_indent=""))
out.append("")
left = ["Nơi nhận:"] + ["- " + x for x in meta["noinhan"].split("|")]
right = meta["ky"].split("|")
# signature block starts on the "Nơi nhận:" line
n = max(len(left), len(right))
for i in range(n):
    l = left[i] if i < len(left) else ""
    r = right[i] if i < len(right) else ""
    out.append(cols(l, r.center(30).rstrip() if r else "", lw=44))
text = "\n".join(out) + "\n"
assert max(len(l) for l in text.splitlines()) <= 82, max(len(l) for l in text.splitlines())
OUT.write_text(text, encoding="utf-8")
print("wrote", OUT)
