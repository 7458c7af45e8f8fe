#!/usr/bin/env python3
"""Build report 009: an official report on the Decree 30/2020 template (hard-wrapped plain text)
from src/009_bc.txt."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from names import NAMES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 72
meta, body = {}, []
for line in open(os.path.join(ROOT, "src/009_bc.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("@"):
        k, v = line[1:].split(":", 1); meta[k.strip()] = v.strip()
    else:
        body.append(line)
def two(left, right, lw=30):
    return left.center(lw) + right.center(W - lw)
out = []
out.append(two(meta["org"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
out.append(two("-------", "Độc lập - Tự do - Hạnh phúc"))
out.append(two(meta["number"], "---------------"))
out.append(two("", meta["placedate"]))
out.append("")
out.append(meta["title"].center(W).rstrip())
for s in meta["subject"].split("|"):
    out.append(s.center(W).rstrip())
out.append("-----------".center(W).rstrip())
out.append("")
out.append(("Kính gửi: " + meta["to"]).center(W).rstrip())
out.append("")
for p in body:
    if p.startswith("### "):
        out += textwrap.wrap(p[4:], W, initial_indent="    ", subsequent_indent="")
    elif p.startswith("## "):
        out += textwrap.wrap(p[3:], W, initial_indent="    ")
    elif p.startswith("# "):
        out.append(""); out += textwrap.wrap(p[2:], W, initial_indent="    ")
    else:
        out += textwrap.wrap(p, W, initial_indent="    ")
out.append("")
sign = meta["sign"].split("|")
rec = meta["recipients"].split("|")
left = ["Nơi nhận:"] + ["- " + r for r in rec]
right = sign[:2] + ["", sign[2], "", sign[3]]
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ""
    r = right[i] if i < len(right) else ""
    out.append(l.ljust(40) + r.center(W - 40).rstrip())
text = "\n".join(x.rstrip() for x in out) + "\n"
dest = os.path.join(ROOT, "reports", NAMES["009"])
open(dest, "w", encoding="utf-8").write(text)
print("wrote", dest)
