#!/usr/bin/env python3
"""Build a Markdown export (YAML front matter + body) from a plain-text source.

Usage: make_md.py SRC OUT
The source header 'key: value' lines become YAML front matter ('tags' is split on commas into a
list); the body is Markdown already (headings, bold lead, lists, pipe table) and is normalised:
pipe-table cells are padded to aligned columns, as CMS exporters do.
"""
import sys
import unicodedata

from common import read_src

src, out = sys.argv[1], sys.argv[2]
meta, body = read_src(src)


def q(v):
    return '"' + v.replace('"', '\\"') + '"'


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in unicodedata.normalize("NFC", s))


fm = ["---"]
for k, vals in meta.items():
    v = vals[0]
    if k == "tags":
        fm.append("tags:")
        fm += [f"  - {t.strip()}" for t in v.split(",")]
    elif k in ("date", "updated"):
        fm.append(f"{k}: {v}")
    else:
        fm.append(f"{k}: {q(v)}")
fm.append("draft: false")
fm.append("---")

lines = body.strip("\n").split("\n")
outl, i = [], 0
while i < len(lines):
    if lines[i].startswith("|"):
        tbl = []
        while i < len(lines) and lines[i].startswith("|"):
            tbl.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
            i += 1
        aligns = tbl[1]
        rows = [r for k, r in enumerate(tbl) if k != 1]
        w = [max(width(r[c]) for r in rows) for c in range(len(aligns))]
        w = [max(x, 3) for x in w]
        for k, r in enumerate(rows):
            cells = []
            for c, cell in enumerate(r):
                pad = " " * (w[c] - width(cell))
                cells.append(pad + cell if aligns[c].endswith(":") and k > 0 else cell + pad)
            outl.append("| " + " | ".join(cells) + " |")
            if k == 0:
                outl.append("|" + "|".join(("-" * (w[c] + 1) + ":" if aligns[c].endswith(":") else "-" * (w[c] + 2)) for c in range(len(w))) + "|")
        continue
    outl.append(lines[i])
    i += 1
open(out, "w", encoding="utf-8").write("\n".join(fm) + "\n\n" + "\n".join(outl) + "\n")
