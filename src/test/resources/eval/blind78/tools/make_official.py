#!/usr/bin/env python3
"""Build reports/009_*.txt: an official report laid out on the government template
(Nghị định 30/2020/NĐ-CP, Phụ lục I) as plain text, from
src/009_baocao_lanhsu_luudong_cheb.txt. Two-column letterhead, number/symbol,
place and date, document type and name, numbered sections, signature block
and 'Nơi nhận:'."""
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "009_baocao_lanhsu_luudong_cheb.txt")
OUT = os.path.join(ROOT, "reports", "009_baocao_lanhsu_luudong_cheb_2024.txt")
WIDTH = 86
LEFT = 34


def two_col(left, right):
    return left.center(LEFT) + right.center(WIDTH - LEFT)


def wrap(text, indent="    "):
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent="")


meta, body = parse(SRC)
out = [
    two_col(meta["body_left1"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    two_col(meta["body_left2"], "Độc lập - Tự do - Hạnh phúc"),
    two_col(meta["body_left3"], "---------------"),
    two_col("-------", ""),
    two_col(meta["number"], meta["place_date"]),
    "",
    meta["doc_type"].center(WIDTH),
    meta["doc_name"].center(WIDTH),
    "-----------".center(WIDTH),
    "",
    meta["recipient"].center(WIDTH),
    "",
]
for b in body:
    t = b["type"]
    if t == "h2":
        out += ["", b["text"]]
    elif t == "h3":
        out += [b["text"]]
    elif t == "number":
        out += [wrap(f"{b['n']}. {b['text']}")]
    elif t == "p":
        out += [wrap(b["text"])]
out.append("")
noi_nhan = [x.strip() for x in meta["noi_nhan"].split("|")]
sig = [meta["signer_title"], "", "", "(Đã ký)", "", "", meta["signer"]]
left = ["Nơi nhận:"] + ["- " + x for x in noi_nhan]
for i in range(max(len(left), len(sig))):
    lcol = left[i] if i < len(left) else ""
    rcol = sig[i] if i < len(sig) else ""
    out.append(lcol.ljust(LEFT + 6) + rcol.center(WIDTH - LEFT - 6))
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(line.rstrip() for line in out) + "\n")
print("wrote", OUT)
