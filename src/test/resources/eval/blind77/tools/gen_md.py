#!/usr/bin/env python3
"""Export src/008_*.txt as a CMS Markdown export: YAML front matter (title, date,
source, tags, author), headings, ordered list and a pipe table.
Usage: gen_md.py SRC OUT"""
import sys

src, out = sys.argv[1], sys.argv[2]
meta, table = {}, []
blocks = []  # list of lists of lines; a block is a paragraph, heading, list or table


def flush():
    global table
    if table:
        head, *rows = table
        blk = ["| " + " | ".join(head) + " |",
               "|" + "|".join([":---"] + ["---:"] * (len(head) - 1)) + "|"]
        blk += ["| " + " | ".join(r) + " |" for r in rows]
        blocks.append(blk)
        table = []


for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("@"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v
        continue
    if line.startswith("| "):
        table.append([c.strip() for c in line[2:].split(" | ")])
        continue
    flush()
    if not line.strip():
        continue
    is_item = line.split(" ", 1)[0].rstrip(".").isdigit()
    if is_item and blocks and blocks[-1][-1].split(" ", 1)[0].rstrip(".").isdigit():
        blocks[-1].append(line)
    else:
        blocks.append([line])
flush()
md_body = "\n\n".join("\n".join(b) for b in blocks)

tags = [t.strip() for t in meta["tags"].split(";")]
fm = ["---",
      f'title: "{meta["title"]}"',
      f'date: {meta["date"]}',
      f'source: "{meta["source"]}"',
      f'author: "{meta["author"]}"',
      "tags:"] + [f'  - "{t}"' for t in tags] + ["lang: vi", "---", ""]
open(out, "w", encoding="utf-8").write("\n".join(fm) + md_body.rstrip() + "\n")
print("wrote", out)
