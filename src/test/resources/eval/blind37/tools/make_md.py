#!/usr/bin/env python3
"""Build a Markdown export (YAML front matter, pipe table, lists) from a src/*.txt source."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse, tables

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
q = lambda s: '"' + s.replace('"', '\\"') + '"'
lines = ["---",
         f"title: {q(meta['title'])}",
         f"date: {meta['date']}",
         f"location: {q(meta['location'])}",
         f"category: {q(meta['category'])}",
         "tags:"] + [f"  - {t.strip()}" for t in meta["tags"].split(",")] + [
         f"author: {q(meta['author'])}",
         f"exported_at: {q(meta['exported'])}",
         "source: wiki-noi-bo/tin-hoat-dong/2022/01",
         "draft: false",
         "---", ""]
for kind, val in tables(blocks):
    if kind == "h1":
        lines += [f"# {val}", ""]
    elif kind == "h2":
        lines += [f"## {val}", ""]
    elif kind == "p":
        lines += [val, ""]
    elif kind == "ul":
        lines.append(f"- {val}")
    elif kind == "ol":
        lines.append(val)
    elif kind == "table":
        head, *rows = val
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join(":---:" if h == "STT" else "---" for h in head) + "|")
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        lines.append("")
# blank line after each list run
fixed = []
for i, l in enumerate(lines):
    fixed.append(l)
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if (l.startswith("- ") or l[:1].isdigit()) and nxt and not (nxt.startswith("- ") or nxt[:1].isdigit()):
        fixed.append("")
open(out, "w", encoding="utf-8").write("\n".join(fixed).rstrip() + "\n")
