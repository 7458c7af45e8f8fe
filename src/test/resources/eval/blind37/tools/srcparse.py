"""Tiny parser for the plain-text report sources in src/.

Line kinds:  @key: value  (metadata)   # / ## headings   - bullet   1. numbered
             | a | b |  table row       [img] caption      [related] headline
Blank lines separate paragraphs.  Returns (meta, blocks)."""
import re


def parse(path):
    meta, blocks, para = {}, [], []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            s = line.strip()
            if not s:
                flush()
                continue
            m = re.match(r"^@(\w+):\s*(.*)$", s)
            if m:
                flush()
                if m.group(1) == "caption":
                    blocks.append(("caption", m.group(2)))
                else:
                    meta[m.group(1)] = m.group(2)
                continue
            if s.startswith("## "):
                flush(); blocks.append(("h2", s[3:])); continue
            if s.startswith("# "):
                flush(); blocks.append(("h1", s[2:])); continue
            if s.startswith("- "):
                flush(); blocks.append(("ul", s[2:])); continue
            m = re.match(r"^(\d+)\.\s+(.*)$", s)
            if m:
                flush(); blocks.append(("ol", s)); continue
            m = re.match(r"^([a-zđ])\)\s+(.*)$", s)
            if m:
                flush(); blocks.append(("alpha", s)); continue
            if s.startswith("|"):
                flush()
                cells = [c.strip() for c in s.strip("|").split("|")]
                blocks.append(("tr", cells)); continue
            if s.startswith("[img]"):
                flush(); blocks.append(("img", s[5:].strip())); continue
            if s.startswith("[related]"):
                flush(); blocks.append(("related", s[9:].strip())); continue
            para.append(s)
    flush()
    return meta, blocks


def tables(blocks):
    """Group consecutive tr blocks into ('table', rows)."""
    out = []
    for kind, val in blocks:
        if kind == "tr":
            if out and out[-1][0] == "table":
                out[-1][1].append(val)
            else:
                out.append(("table", [val]))
        else:
            out.append((kind, val))
    return out
