#!/usr/bin/env python3
"""Build report 008 as a Markdown export with YAML front matter.

Source: src/008_*.txt - header lines "key: value", blank line, body in a
light markup ("# "/"## " headings, "- " and "1. " lists, "| a | b |" table
rows whose first row is the header).  The generator writes YAML front
matter, a bold dateline, the pipe-table separator row and an export footer.
Usage: python3 tools/make_md.py src/008_....txt reports/008_....md
"""
import sys


def yaml_str(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    src, dst = sys.argv[1], sys.argv[2]
    text = open(src, encoding="utf-8").read()
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        meta[k] = v.strip()
    out = ["---"]
    out.append(f"title: {yaml_str(meta['title'])}")
    out.append(f"date: {meta['date']}")
    out.append(f"author: {yaml_str(meta['author'])}")
    out.append(f"location: {yaml_str(meta['location'])}")
    out.append("categories:")
    out.append(f"  - {yaml_str(meta['category'])}")
    out.append("tags: [" + ", ".join(yaml_str(t.strip()) for t in meta["tags"].split(",")) + "]")
    out.append(f"source: {yaml_str(meta['source'])}")
    out.append("lang: vi")
    out.append("draft: false")
    out.append("---")
    out.append("")
    lines = body.splitlines()
    in_table = False
    first_para = True
    for line in lines:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append("| " + " | ".join(cells) + " |")
            if not in_table:
                out.append("|" + "|".join(["---"] * len(cells)) + "|")
                in_table = True
            continue
        if in_table:
            in_table = False
        if line and not line.startswith(("#", "-", "|")) and not line[:2].rstrip(".").isdigit() and first_para:
            line = f"**{meta['dateline']}** - " + line
            first_para = False
        out.append(line)
    out.append("")
    out.append("---")
    out.append("")
    out.append(f"*Nguồn: {meta['author']}. Bài viết được xuất tự động từ hệ thống quản lý nội dung.*")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
