#!/usr/bin/env python3
"""Build an official report on the Decree 30/2020/ND-CP template as hard-wrapped plain text."""
import sys, os, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
W = 76
L = 30  # width of the left column of the header


def two(left, right, lw=L, rw=W - L):
    return left.center(lw).rstrip().ljust(lw) + right.center(rw).rstrip()


def wrap(text, first="    ", rest=""):
    return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)

o = []
o.append(two(meta["agency"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
o.append(two("-------", "Độc lập - Tự do - Hạnh phúc"))
o.append(two("", "---------------"))
o.append("Số: " + meta["number"] + " " * (L - 4 - len(meta["number"])) + ("" + meta["place_date"]).center(W - L).rstrip())
o += ["", ""]
o.append("BÁO CÁO".center(W).rstrip())
for l in textwrap.wrap(meta["subject"], 60):
    o.append(l.center(W).rstrip())
o.append("", )
o.append(("Kính gửi: " + meta["to"]).center(W).rstrip())
o.append("")
for kind, val in blocks:
    if kind == "h1":
        o.append("")
        o += wrap(val, "", "")
    elif kind == "h2":
        o += wrap(val, "", "")
    elif kind in ("p", "ol", "alpha", "ul"):
        o += wrap(val)
o.append("")
o.append("")
rec = ["Nơi nhận:"] + ["- " + r.strip() for r in meta["recipients"].split("|")]
sig = [meta["sign_kt"], meta["sign_title"], "", "(Đã ký)", "", "", meta["sign_name"]]
for i in range(max(len(rec), len(sig))):
    left = rec[i] if i < len(rec) else ""
    right = sig[i] if i < len(sig) else ""
    o.append((left.ljust(40) + right.center(W - 40)).rstrip())
text = "\n".join(o) + "\n"
open(out, "w", encoding="utf-8").write(unicodedata.normalize("NFC", text))
