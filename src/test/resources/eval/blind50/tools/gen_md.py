#!/usr/bin/env python3
"""Render a plain-text source (@key: lines, markdown-ish body with "| a | b |" rows)
as a Markdown export: YAML front matter, pipe table with a separator row, lists.

usage: gen_md.py SRC OUT
"""
import sys


def main(src, out):
    meta, body = {}, []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.startswith("@") and ":" in line and not body:
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        else:
            body.append(line.rstrip())
    while body and not body[0]:
        body.pop(0)
    fm = ["---",
          f'title: "{meta["title"]}"',
          f"date: {meta['date']}",
          f'location: "{meta["location"]}"',
          "organizer:"]
    fm += [f'  - "{o.strip()}"' for o in meta["organizer"].split(";")]
    fm += [f'author: "{meta["author"]}"',
           "tags: [" + ", ".join(t.strip() for t in meta["tags"].split(",")) + "]",
           f'exported: "{meta["exported"]}"',
           "lang: vi",
           "---", ""]
    outl, in_table = [], False
    for line in body:
        if line.startswith("|"):
            if not in_table:
                ncol = line.count("|") - 1
                outl.append(line)
                outl.append("|" + "|".join([" --- "] + [" ---: "] * (ncol - 1)) + "|")
                in_table = True
                continue
        else:
            in_table = False
        outl.append(line)
    text = "\n".join(fm + outl).rstrip() + "\n"
    open(out, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
