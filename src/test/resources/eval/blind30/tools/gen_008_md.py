#!/usr/bin/env python3
"""Build reports/008_... .md (Markdown export with YAML front matter) from src/008_asean30.txt."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta, blocks = parse(os.path.join(ROOT, "src", "008_asean30.txt"))
out = ["---", f'title: "{meta["title"]}"', f"date: {meta['date']}", f'author: "{meta["author"]}"',
       f"category: {meta['category']}", "tags:"]
out += [f"  - {t.strip()}" for t in meta["tags"].split(";")]
out += [f'source: "{meta["source"]}"', f"exported_at: {meta['exported']}", "lang: vi", "---", ""]
for kind, val in blocks:
    if kind == "h1": out += [f"# {val}", ""]
    elif kind == "h2": out += [f"## {val}", ""]
    elif kind == "p": out += [val, ""]
    elif kind == "li": out.append(f"- {val}")
    elif kind == "oli": out.append(val)
    elif kind == "quote": out += [f"> {val}", ">", "> — *Phó Thủ tướng Trần Lưu Quang*", ""]
    elif kind == "table":
        hdr = val[0]
        out.append("| " + " | ".join(hdr) + " |")
        out.append("|" + "|".join(["------"] + ["-----:"] * (len(hdr) - 1)) + "|")
        out += ["| " + " | ".join(r) + " |" for r in val[1:]]
        out += ["", "*Nguồn: Vụ ASEAN, Bộ Ngoại giao.*", ""]
# blank line after lists
txt = []
for i, l in enumerate(out):
    txt.append(l)
    if l[:2] in ("- ",) or (l[:1].isdigit() and l[1:3] == ". "):
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if nxt and not (nxt[:2] == "- " or (nxt[:1].isdigit() and nxt[1:3] == ". ")):
            txt.append("")
txt += ["---", "", "**Bài liên quan:** [Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023](../tin/2023-07-05.md) · [Năm Chủ tịch ASEAN 2020 nhìn lại](../tin/2020-12-31.md)", ""]
p = os.path.join(ROOT, "reports", "008_asean_30_nam_gia_nhap.md")
open(p, "w", encoding="utf-8").write("\n".join(txt))
print("wrote", p)
