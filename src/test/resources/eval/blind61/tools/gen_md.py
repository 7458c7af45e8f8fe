"""Build report 008 as a Markdown export with YAML front matter and a pipe table."""
import sys
from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
o = ["---", f'title: "{meta["title"]}"', f"date: {meta['date']}", f"author: {meta['author']}",
     f"location: {meta['location']}", f"source: {meta['source']}", "tags:"]
o += [f"  - {t.strip()}" for t in meta["tags"].split(",")]
o += ["lang: vi", "draft: false", "---", "", f"# {meta['title']}", ""]
for kind, val in blocks:
    if kind == "p":
        o += [val, ""]
    elif kind == "h":
        o += [f"## {val}", ""]
    elif kind == "table":
        o.append("| " + " | ".join(val[0]) + " |")
        o.append("|" + "|".join(["---"] + ["---:" if c.startswith(("Kim", "Số")) else "---" for c in val[0][1:]]) + "|")
        o += ["| " + " | ".join(r) + " |" for r in val[1:]]
        o.append("")
    elif kind == "ul":
        o += [f"- {x}" for x in val] + [""]
o += ["---", "", f"*{meta['author']} — {meta['source']}*", ""]
open(out, "w", encoding="utf-8").write("\n".join(o))
