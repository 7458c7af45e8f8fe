#!/usr/bin/env python3
"""Build a hard-wrapped plain-text official report (Decree 30/2020 layout) from a src/*.txt file."""
import re
import sys
import textwrap
from pathlib import Path

from srcparse import parse, one


def two_cols(left, right, width, lw):
    left = [x.strip() for x in left]
    right = [x.strip() for x in right]
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    out = []
    for l, r in zip(left, right):
        lcell = l.center(lw).rstrip() if l else ""
        rcell = r.center(width - lw) if r else ""
        out.append((lcell.ljust(lw) + rcell).rstrip())
    return out


def build(src, outdir):
    meta, blocks = parse(src)
    out = one(meta, "out")
    width = int(one(meta, "width", "76"))
    lw = 28
    lines = two_cols(one(meta, "left").split("|"), one(meta, "right").split("|"), width, lw)
    lines.append("")
    for b in blocks:
        k, s = b[0], b[1]
        if k == "center":
            lines.append(s.center(width).rstrip())
            if s.startswith("Kính gửi") or s.startswith("-"):
                lines.append("")
        elif k in ("p", "num"):
            if k == "num":
                s = f"{b[2]} {s}"
            wrapped = textwrap.wrap(s, width=width, initial_indent="     ", subsequent_indent="",
                                    break_long_words=False, break_on_hyphens=False)
            lines.extend(wrapped)
            lines.append("")
        else:
            raise SystemExit(f"unsupported block {k}")
    lines.append("")
    # signature block: 'Nơi nhận' left-aligned, signer centred on the right half
    left = [x.strip() for x in one(meta, "sign-left").split("|")]
    right = [x.strip() for x in one(meta, "sign-right").split("|")]
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    for l, r in zip(left, right):
        lines.append((l.ljust(38) + (r.center(width - 38) if r else "")).rstrip())
    Path(outdir, out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
