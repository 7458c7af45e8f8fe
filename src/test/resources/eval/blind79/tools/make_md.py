#!/usr/bin/env python3
"""Build reports/008_ngoai-giao-van-hoa-cao-bang.md (a Markdown export with YAML
front matter: title, date, source, tags, and a pipe table) from
src/008_ngoai_giao_van_hoa_cao_bang.txt."""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "008_ngoai_giao_van_hoa_cao_bang.txt")
OUT = os.path.join(ROOT, "reports", "008_ngoai-giao-van-hoa-cao-bang.md")


def main():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    title = meta["title"].strip('"')
    tags = [t.strip() for t in meta["tags"].strip("[]").split(",")]
    out = ["---",
           f'title: "{title}"',
           f"date: {meta['date']}T11:30:00+07:00",
           f"source: {meta['source']}",
           f"author: {meta['author']}",
           "tags:"]
    out += [f"  - {t}" for t in tags]
    out += ["lang: vi", "exported: 2024-01-12", "---", "", f"# {title}", ""]
    blocks = re.split(r"\n\s*\n", body.strip())
    out.append(f"**{blocks[0]}**")
    out.append("")
    for b in blocks[1:]:
        out.append(b)
        out.append("")
    out.append(f"*{meta['author']}*")
    out.append("")
    out.append(f"Nguồn: <{meta['source']}>")
    out.append("")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
