#!/usr/bin/env python3
"""Build report 009: an official report on the Decree 30/2020/ND-CP template, as a hard-wrapped
plain-text file, from src/009_official_report.txt.  Usage: make_official.py SRC OUT"""
import sys, textwrap

src, out = sys.argv[1], sys.argv[2]
W = 78
meta, body, recips, sign = {}, [], [], []
for raw in open(src, encoding="utf-8"):
    line = raw.rstrip("\n")
    if not line.strip():
        continue
    k, _, v = line.partition(": ")
    if k in ("ORG1", "NUMBER", "PLACEDATE", "KIND", "SUBJECT", "TO"):
        meta[k] = v
    elif k in ("P", "I"):
        body.append((k, v))
    elif k == "RECIPIENTS":
        recips.append(v)
    elif k.startswith("SIGN"):
        sign.append(v)
    else:
        raise SystemExit("unknown: " + line)


def two_col(left, right, lw=30):
    return (left.center(lw) + right.center(W - lw)).rstrip()


o = []
o.append(two_col(meta["ORG1"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
o.append(two_col("-------", "Độc lập - Tự do - Hạnh phúc"))
o.append(two_col("", "---------------"))
o.append(two_col(meta["NUMBER"], meta["PLACEDATE"]))
o.append("")
o.append(meta["KIND"].center(W).rstrip())
for l in textwrap.wrap(meta["SUBJECT"], 62):
    o.append(l.center(W).rstrip())
o.append("-----------".center(W).rstrip())
o.append("")
o.append(("Kính gửi: " + meta["TO"]).center(W).rstrip())
o.append("")
for k, v in body:
    if k == "I":
        o.append("")
        o.append(v)
    else:
        o.extend(textwrap.wrap(v, W, initial_indent="    ", subsequent_indent=""))
o.append("")
o.append("")
left = ["Nơi nhận:"]
for r in recips:
    left += textwrap.wrap(r, 42, subsequent_indent="  ")
right = sign[:2] + ["", sign[2], "", ""] + sign[3:]
n = max(len(left), len(right))
left += [""] * (n - len(left)); right += [""] * (n - len(right))
for a, b in zip(left, right):
    o.append((a.ljust(44) + b.center(W - 44)).rstrip())
open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
print("wrote", out)
