#!/usr/bin/env python3
"""Build reports/008_*.md: a Markdown export (CMS 'Export to Markdown') with YAML
front matter and a pipe table, from src/008_xuctien_dautu_soctrang_2025.txt."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "008_xuctien_dautu_soctrang_2025.txt")
OUT = os.path.join(ROOT, "reports", "008_xuctien_dautu_soctrang_2025.md")

meta, body = parse(SRC)
tags = [t.strip() for t in meta["tags"].split(";")]
out = ["---",
       f'title: "{meta["title"]}"',
       f"date: {meta['date']}",
       f'source: "{meta["source"]}"',
       f'author: "{meta["author"]}"',
       "tags:"] + [f'  - "{t}"' for t in tags] + ["---", "", f"# {meta['title']}", ""]
for b in body:
    t = b["type"]
    if t == "p":
        out += [b["text"], ""]
    elif t == "h3" or t == "h2":
        out += [f"## {b['text']}", ""]
    elif t == "number":
        out.append(f"{b['n']}. {b['text']}")
        if b is body[-1] or body[body.index(b) + 1]["type"] != "number":
            out.append("")
    elif t == "table":
        rows = b["rows"]
        out.append(f"*{b['caption']}*")
        out.append("")
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|" + "|".join([":---"] + ["---:"] * (len(rows[0]) - 1)) + "|")
        for r in rows[1:]:
            out.append("| " + " | ".join(r) + " |")
        out.append("")
out += ["---", "", f"*{meta['author']} – Cổng Thông tin điện tử tỉnh Sóc Trăng*", ""]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print("wrote", OUT)
