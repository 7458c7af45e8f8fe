"""Build a Markdown export (YAML front matter, pipe table, lists) from src/008_*.txt.

usage: python3 make_md.py SRC OUT
"""
import sys

from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = ["---",
         f"title: {yq(meta['title'])}",
         f"date: {meta['date']}",
         f"location: {yq(meta['location'])}",
         "organizers:"]
lines += [f"  - {yq(o.strip())}" for o in meta["organizer"].split(";")]
lines += [f"author: {yq(meta['author'])}", "tags:"]
lines += [f"  - {t.strip()}" for t in meta["tags"].split(";")]
lines += [f"status: {meta['status']}", f"slug: {meta['slug']}", "lang: vi", "---", ""]

prev = None
for kind, text in blocks:
    if kind in ("li", "ol") and prev not in ("li", "ol") and lines[-1] != "":
        lines.append("")
    if kind not in ("li", "ol") and prev in ("li", "ol"):
        lines.append("")
    if kind == "h1":
        lines += [f"# {text}", ""]
    elif kind == "h2":
        lines += [f"## {text}", ""]
    elif kind == "p":
        lines += [text, ""]
    elif kind in ("li", "ol"):
        lines.append(text if kind == "ol" else f"- {text}")
    elif kind == "table":
        head, *rows = text
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join(":---:" if h in ("Phiên", "Số tham luận") else "---" for h in head) + "|")
        for r in rows:
            lines.append("| " + " | ".join(r) + " |")
        lines.append("")
    prev = kind
while lines[-1] == "":
    lines.pop()
lines += ["", "---", "", "*Tài liệu nội bộ - xuất từ hệ thống quản lý tri thức của Vụ Ngoại giao Văn hóa và UNESCO.*", ""]
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
