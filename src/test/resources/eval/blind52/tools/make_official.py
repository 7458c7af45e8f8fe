#!/usr/bin/env python3
"""Build a hard-wrapped plain-text official report on the Decree 30/2020/ND-CP template.

Usage: make_official.py SRC OUT
Header keys: org1, so, place_date, doctitle, subject, kinhgui, noinhan (repeated), sign (repeated).
Body: one paragraph per line; '=' prefix marks a section heading (I., 1., ...). Output is wrapped
at 78 columns with a 4-space first-line indent, the way text pasted from a Word file often arrives.
"""
import sys
import textwrap
import unicodedata

from common import one, read_src

WIDTH, LEFT, RIGHT = 78, 30, 48
src, out = sys.argv[1], sys.argv[2]
meta, body = read_src(src)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def two(left, right):
    return (nfc(left).center(LEFT) + nfc(right).center(RIGHT)).rstrip()


o = []
o.append(two(one(meta, "org1"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
o.append(two("-------", "Độc lập - Tự do - Hạnh phúc"))
o.append(two("", "---------------"))
o.append(two(one(meta, "so"), one(meta, "place_date")))
o.append("")
o.append("")
o.append(nfc(one(meta, "doctitle")).center(WIDTH).rstrip())
for ln in textwrap.wrap(nfc(one(meta, "subject")), 64):
    o.append(ln.center(WIDTH).rstrip())
o.append("---------------".center(WIDTH).rstrip())
o.append("")
o.append(("Kính gửi: " + nfc(one(meta, "kinhgui"))).center(WIDTH).rstrip())
o.append("")
for line in body.strip().split("\n"):
    line = nfc(line.strip())
    if not line:
        continue
    if line.startswith("="):
        o.append("")
        o += textwrap.wrap(line[1:], WIDTH)
    else:
        o += textwrap.wrap(line, WIDTH, initial_indent="    ")
o.append("")
o.append("")
left = ["Nơi nhận:"] + ["- " + x for x in meta.get("noinhan", [])]
right = meta.get("sign", [])
for k in range(max(len(left), len(right))):
    l = left[k] if k < len(left) else ""
    r = right[k] if k < len(right) else ""
    o.append((nfc(l).ljust(LEFT + 4) + nfc(r).center(RIGHT - 4)).rstrip())
open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
