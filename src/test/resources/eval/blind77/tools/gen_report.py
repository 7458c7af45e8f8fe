#!/usr/bin/env python3
"""Typeset src/009_*.txt as a plain-text administrative report following the
layout of Nghị định 30/2020/NĐ-CP (letterhead in two columns, number, place and
date, document type and summary, body, "Nơi nhận" and signature block).
Usage: gen_report.py SRC OUT"""
import sys, textwrap

src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("@"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v
    elif line.strip():
        body.append(line)

LW, RW = 34, 50          # widths of the left (issuer) and right (motto) columns
W = LW + RW


def two_col(left, right):
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    return [l.center(LW) + r.center(RW) for l, r in zip(left, right)]


org = [meta["org1"]] + meta["org2"].split("|") + ["-------"]
motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
out_lines = [l.rstrip() for l in two_col(org, motto)]
out_lines.append("")
out_lines += [l.rstrip() for l in two_col([meta["number"]], [meta["place"]])]
out_lines += ["", "", meta["doctype"].center(W).rstrip()]
out_lines += [s.center(W).rstrip() for s in meta["subject"].split("|")]
out_lines += ["-----------".center(W).rstrip(), "", meta["to"].center(W).rstrip(), ""]

for para in body:
    if para.startswith("## "):
        out_lines += ["", para[3:]]
        continue
    indent = "    "
    out_lines += textwrap.wrap(para, width=W, initial_indent=indent, subsequent_indent="", break_on_hyphens=False)
out_lines.append("")

rec = ["Nơi nhận:"] + ["- " + r for r in meta["recipients"].split("|")]
sig = meta["sign"].split("|")
n = max(len(rec), len(sig))
rec += [""] * (n - len(rec))
sig += [""] * (n - len(sig))
for r, s in zip(rec, sig):
    out_lines.append((r.ljust(44) + s.center(40)).rstrip())

open(out, "w", encoding="utf-8").write("\n".join(out_lines) + "\n")
print("wrote", out)
