#!/usr/bin/env python3
"""Lay out src/009_bc_sokiet_6thang_2024.txt as a Decree 30/2020-style official report
in plain text hard-wrapped at ~80 columns (two-column letterhead, Nơi nhận beside signature)."""
import pathlib, textwrap, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
W = 80
src = (ROOT / "src" / "009_bc_sokiet_6thang_2024.txt").read_text(encoding="utf-8").splitlines()
out = ROOT / "reports" / "009_bc_sokiet_6thang_2024.txt"

meta, body = {}, []
for line in src:
    if line.startswith("@"):
        k, _, v = line[1:].partition(" ")
        meta[k] = v
    elif line.strip():
        body.append(line)

def center(s, width):
    pad = max(0, (width - len(s)) // 2)
    return " " * pad + s

def two_col(left, right, lw=34, rw=46):
    rows = []
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        rows.append((l.ljust(lw) + r).rstrip())
    return rows

lines = []
left = [center(meta["ISSUER"], 30), center("-------", 30), "", center(meta["NUMBER"], 30)]
right = [center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 46), center("Độc lập - Tự do - Hạnh phúc", 46),
         center("---------------------------", 46), center(meta["PLACEDATE"], 46)]
lines += two_col(left, right)
lines += ["", "", center(meta["TITLE"], W)]
for s in textwrap.wrap(meta["SUBJECT"], 64, break_on_hyphens=False):
    lines.append(center(s, W))
lines.append(center("---------------", W))
lines += ["", center(meta["TO"], W), ""]
wrap = lambda s, ind="    ": textwrap.wrap(s, W, initial_indent=ind, subsequent_indent="", break_on_hyphens=False)
for para in body:
    if para.startswith("#"):
        lines.append("")
        lines += textwrap.wrap(para[1:], W, break_on_hyphens=False)
    else:
        lines += wrap(para)
lines += ["", ""]
rec = meta["RECIPIENTS"].split("|")
sig = [center(s, 40) if s else "" for s in meta["SIGNATURE"].split("|")]
lines += two_col(rec, sig, lw=40, rw=40)
text = "\n".join(lines) + "\n"
assert max(len(l) for l in text.splitlines()) <= W, "line too long"
out.write_text(text, encoding="utf-8")
print("wrote", out)
