#!/usr/bin/env python3
"""Build reports/009_... .txt: official report on the Decree 30/2020 template (hard-wrapped)."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta, blocks = parse(os.path.join(ROOT, "src", "009_nvnonn.txt"))
W, L = 78, 34
def two(a, b):
    return (a.center(L) + b.center(W - L)).rstrip()
org2 = textwrap.wrap(meta["org2"], 26)
lines = [two(meta["org1"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
         two(org2[0], "Độc lập - Tự do - Hạnh phúc"),
         two(org2[1] if len(org2) > 1 else "", "---------------"),
         two("-------", ""),
         two(meta["number"], meta["place_date"]), "", "",
         "BÁO CÁO".center(W).rstrip()]
for s in textwrap.wrap(meta["subject"], 60):
    lines.append(s.center(W).rstrip())
lines += ["-----".center(W).rstrip(), "", ("Kính gửi: " + meta["to"]).center(W).rstrip(), ""]
for kind, val in blocks:
    if kind == "p":
        if val.isupper() or (val.split(" ")[0].rstrip(".") in ("I", "II", "III", "IV", "V")):
            lines += [val, ""]
        else:
            lines += textwrap.wrap(val, W, initial_indent="    ", subsequent_indent="", break_on_hyphens=False) + [""]
    elif kind == "oli":
        lines += textwrap.wrap(val, W, initial_indent="    ", break_on_hyphens=False) + [""]
# Nơi nhận beside signature block
left = ["Nơi nhận:"] + ["- " + r.strip() + ";" if not r.strip().endswith(".") else "- " + r.strip() for r in meta["recipients"].split(";")]
left = [l.replace(";;", ";") for l in left]
right = [meta["sign1"], meta["sign2"], "", meta["sign3"], "", "", meta["signer"]]
n = max(len(left), len(right))
left += [""] * (n - len(left)); right += [""] * (n - len(right))
lines.append("")
for a, b in zip(left, right):
    lines.append((a.ljust(44) + b.center(W - 44)).rstrip())
p = os.path.join(ROOT, "reports", "009_bao_cao_nguoi_viet_o_nuoc_ngoai_2024.txt")
open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("wrote", p)
