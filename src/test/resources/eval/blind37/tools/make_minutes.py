#!/usr/bin/env python3
"""Build meeting minutes (biên bản) as plain text with a box-drawn attendee table."""
import sys, os, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse, tables

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
W = 78
wrap = lambda t, ind="": textwrap.wrap(t, W, initial_indent=ind, subsequent_indent="",
                                       break_long_words=False, break_on_hyphens=False)


def box(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    line = lambda l, m, r: l + m.join("─" * (w + 2) for w in widths) + r
    fmt = lambda r: "│" + "│".join(" " + c.ljust(w) + " " for c, w in zip(r, widths)) + "│"
    o = [line("┌", "┬", "┐"), fmt(rows[0]), line("├", "┼", "┤")]
    o += [fmt(r) for r in rows[1:]]
    o.append(line("└", "┴", "┘"))
    return o

o = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".center(W).rstrip(),
     "Độc lập - Tự do - Hạnh phúc".center(W).rstrip(),
     "----------------".center(W).rstrip(), "",
     meta["title"].center(W).rstrip()]
o += [l.center(W).rstrip() for l in textwrap.wrap(meta["subject"], 58)]
o.append("")
o += wrap(meta["opening"], "    ")
for kind, val in tables(blocks):
    if kind == "h1":
        o += ["", val]
    elif kind == "h2":
        o += ["", val]
    elif kind == "p":
        o += wrap(val, "    ")
    elif kind in ("ul", "ol", "alpha"):
        o += wrap(("- " if kind == "ul" else "") + val, "    ")
    elif kind == "table":
        o += box(val) + [""]
o += ["", ""]
L = [s.strip() for s in meta["sign_left"].split("|")]
R = [s.strip() for s in meta["sign_right"].split("|")]
left = [L[0], L[1], "(Đã ký)", "", "", L[2]]
right = [R[0], R[1], "(Đã ký)", "", "", R[2]]
for a, b in zip(left, right):
    o.append((a.center(W // 2) + b.center(W // 2)).rstrip())
S = [s.strip() for s in meta["sign_secretary"].split("|")]
o += ["", S[0].center(W).rstrip(), "(Đã ký)".center(W).rstrip(), "",
      (S[1].center(W // 2) + S[2].center(W // 2)).rstrip()]
open(out, "w", encoding="utf-8").write(unicodedata.normalize("NFC", "\n".join(o) + "\n"))
