"""Parser for the small plain-text markup used in ../src/*.txt.

@key: value     metadata (a key may repeat)
# / ## / ###    title / heading / sub-heading
!text           centred line or caption
=text           centred line (official template)
- text          bullet            1. text   numbered item
| a | b | c     table row (first row of a run is the header)
[fig] caption   figure with caption
other           paragraph (one source line = one paragraph)
"""
import re


def parse(path):
    meta = {}
    blocks = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            blocks.append(("blank", ""))
            continue
        m = re.match(r"^@([\w-]+):\s*(.*)$", line)
        if m:
            meta.setdefault(m.group(1), []).append(m.group(2))
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("!"):
            blocks.append(("center", line[1:]))
        elif line.startswith("="):
            blocks.append(("center", line[1:]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        elif re.match(r"^\d+\. ", line):
            n, t = line.split(" ", 1)
            blocks.append(("num", t, n))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("[fig] "):
            blocks.append(("fig", line[6:]))
        else:
            blocks.append(("p", line))
    # drop blank markers but keep them as separators for lists
    out = [b for b in blocks if b[0] != "blank"]
    return meta, out


def one(meta, key, default=""):
    return meta.get(key, [default])[0]
