#!/usr/bin/env python3
"""Build a Markdown CMS export (YAML front matter, pipe table, lists) from a plain-text source.

Source format (src/008_*.txt): "@key: value" front-matter fields (out, title, slug, date, author,
categories, tags [;-separated], location, summary), "@table: a | b" header and "@row: ..." rows,
everything else copied as Markdown body text.
Usage: build_md.py SRC OUTDIR
"""
import sys
from pathlib import Path


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    src, outdir = sys.argv[1], Path(sys.argv[2])
    meta, body = {}, []
    table = None
    for raw in Path(src).read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("@table:"):
            table = [[c.strip() for c in line[7:].split("|")]]
            continue
        if line.startswith("@row:"):
            table.append([c.strip() for c in line[5:].split("|")])
            continue
        if table is not None:
            body.append("| " + " | ".join(table[0]) + " |")
            body.append("|" + "|".join([":---:"] + ["---"] * (len(table[0]) - 1)) + "|")
            for r in table[1:]:
                body.append("| " + " | ".join(r) + " |")
            table = None
        if line.startswith("@"):
            k, _, v = line[1:].partition(":")
            meta[k.strip()] = v.strip()
            continue
        body.append(line)
    fm = ["---",
          f"title: {yaml_str(meta['title'])}",
          f"slug: {meta['slug']}",
          f"date: {meta['date']}",
          f"lastmod: {meta['date']}",
          f"author: {yaml_str(meta['author'])}",
          "categories:",
          f"  - {yaml_str(meta['categories'])}",
          "tags:"]
    fm += [f"  - {yaml_str(t.strip())}" for t in meta["tags"].split(";")]
    fm += [f"location: {yaml_str(meta['location'])}",
           f"summary: {yaml_str(meta['summary'])}",
           "draft: false",
           "---", ""]
    text = "\n".join(fm) + f"# {meta['title']}\n" + "\n".join(body).rstrip() + "\n"
    out = outdir / meta["out"]
    out.write_text(text, encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    main()
