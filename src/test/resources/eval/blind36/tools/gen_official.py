#!/usr/bin/env python3
"""Build reports/009_*.txt: an official report laid out on the Decree 30/2020/ND-CP template,
hard-wrapped at 76 columns, from src/009_official_report.txt."""
import sys, textwrap
src, out = sys.argv[1], sys.argv[2]
W = 76
meta, body = {}, []
for line in open(src, encoding="utf-8").read().splitlines():
    if not line.strip():
        continue
    if line.startswith("@"):
        k, v = line[1:].split(":", 1); meta[k.strip()] = v.strip()
    else:
        body.append(line)
L = []
def two(left, right, lw=30):
    L.append(left.center(lw).rstrip().ljust(lw) + right.center(W - lw).rstrip())
two(meta["org1"], meta["motto1"])
two("-------", meta["motto2"])
two("", "---------------")
two(meta["number"], meta["placedate"])
L.append("")
L.append(meta["kind"].center(W).rstrip())
for s in textwrap.wrap(meta["subject"], 60):
    L.append(s.center(W).rstrip())
L.append("-----------".center(W).rstrip())
L.append("")
L.append(("Kính gửi: " + meta["to"]).center(W).rstrip())
L.append("")
for b in body:
    if b.startswith("# "):
        L.append(""); L.append(b[2:]); continue
    if b.startswith("## "):
        L.append(b[3:]); continue
    L.extend(textwrap.wrap(b, W, initial_indent="    ", subsequent_indent=""))
L.append("")
left = ["Nơi nhận:"] + ["- " + r.strip() for r in meta["recipients"].split("|")]
right = [meta[f"sign{i}"] for i in range(1, 5)]
right = right[:3] + ["", "", ""] + right[3:]
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ""
    r = right[i] if i < len(right) else ""
    L.append(l.ljust(40) + r.center(W - 40).rstrip())
open(out, "w", encoding="utf-8").write("\n".join(x.rstrip() for x in L) + "\n")
