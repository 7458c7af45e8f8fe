#!/usr/bin/env python3
"""Build a Markdown export (YAML front matter, pipe table, lists) from a src/*.txt file."""
import sys
from pathlib import Path

from srcparse import parse, one


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build(src, outdir):
    meta, blocks = parse(src)
    out = one(meta, "out")
    fm = ["---",
          f"title: {yq(one(meta, 'title'))}",
          f"date: {one(meta, 'date')}",
          f"author: {yq(one(meta, 'author'))}",
          f"category: {yq(one(meta, 'category'))}",
          "tags:"]
    fm += [f"  - {yq(t.strip())}" for t in one(meta, "tags").split(";")]
    fm += [f"location: {yq(one(meta, 'location'))}",
           f"lang: {one(meta, 'lang')}",
           f"exported: {one(meta, 'exported')}",
           "draft: false",
           "---", ""]
    body = []
    prev = None
    for b in blocks:
        k = b[0]
        # blank line between blocks, but keep list items together
        if body and not (k in ("bullet", "num") and prev in ("bullet", "num")):
            body.append("")
        if k == "h1":
            body.append("# " + b[1])
        elif k == "h2":
            body.append("## " + b[1])
        elif k == "h3":
            body.append("### " + b[1])
        elif k == "p":
            body.append(b[1])
        elif k == "bullet":
            body.append("- " + b[1])
        elif k == "num":
            body.append(f"{b[2]} {b[1]}")
        elif k == "table":
            rows = b[1]
            body.append("| " + " | ".join(rows[0]) + " |")
            body.append("|" + "|".join(["---"] + ["---:"] * (len(rows[0]) - 1)) + "|")
            for r in rows[1:]:
                body.append("| " + " | ".join(r) + " |")
        else:
            raise SystemExit(f"unsupported block {k}")
        prev = k
    Path(outdir, out).write_text("\n".join(fm + body) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
