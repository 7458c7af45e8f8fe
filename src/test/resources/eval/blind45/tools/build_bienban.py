#!/usr/bin/env python3
"""Build report 010: meeting minutes (biên bản) with a table of attendees, as plain text
copied out of a word processor, from src/010_bienban.txt."""
import os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from names import NAMES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 78
meta, body, table = {}, [], []
in_table = False
for line in open(os.path.join(ROOT, "src/010_bienban.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("@table:"):
        table.append(line[7:].strip().split("|")); in_table = True; continue
    if in_table and line[:1].isdigit() and "|" in line:
        table.append(line.split("|")); continue
    if in_table:
        body.append("[[TABLE]]"); in_table = False
    if line.startswith("@"):
        k, v = line[1:].split(":", 1); meta[k.strip()] = v.strip()
    else:
        body.append(line)
widths = [max(len(r[i]) for r in table) for i in range(4)]
def row(cells):
    return "| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(cells)) + " |"
sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
tbl = [sep, row(table[0]), sep.replace("-", "=")] + [row(r) for r in table[1:]] + [sep]
out = []
org = meta["org"].split("|")
out.append(org[0].ljust(38) + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
out.append(org[1].ljust(38) + "Độc lập - Tự do - Hạnh phúc")
out.append(org[2].ljust(38) + "-----------------------")
out.append(" " * 38 + meta["placedate"])
out.append("")
out.append(meta["title"].center(W).rstrip())
out += [s.center(W).rstrip() for s in textwrap.wrap(meta["subject"], 64)]
out.append("")
for p in body:
    if p == "[[TABLE]]":
        out += tbl
    elif p.startswith("## "):
        out.append(p[3:])
    elif p.startswith("# "):
        out.append(""); out.append(p[2:])
    else:
        out += textwrap.wrap(p, W)
out.append("")
s = meta["sign2"].split("|")
out.append(s[0].center(30) + s[2].center(W - 30))
out.append("".center(30) + s[3].center(W - 30))
out.append("")
out.append("(đã ký)".center(30) + "(đã ký)".center(W - 30))
out.append(s[1].center(30) + s[4].center(W - 30))
text = "\n".join(x.rstrip() for x in out) + "\n"
dest = os.path.join(ROOT, "reports", NAMES["010"])
open(dest, "w", encoding="utf-8").write(text)
print("wrote", dest)
