#!/usr/bin/env python3
"""Build reports/008_*.md (a Markdown export with YAML front matter) from src/008_so_ket_2022.txt.
Source markup: '@key value' -> front matter; lines starting with '|' -> pipe table (first row = header);
everything else is copied as Markdown with blank lines between blocks."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src/008_so_ket_2022.txt").read_text(encoding="utf-8").splitlines()
meta, blocks, table, prev = [], [], [], None
def kind(l):
    return "list" if l.startswith(("- ", "1. ", "2. ", "3. ")) else "quote" if l.startswith(">") else "p"
for l in src:
    if not l.strip():
        continue
    if l.startswith("@"):
        k, v = l[1:].split(" ", 1)
        if k == "tags":
            v = "[" + ", ".join(t.strip() for t in v.split(",")) + "]"
        elif k != "date":
            v = '"' + v + '"'
        meta.append(f"{k}: {v}"); continue
    if l.startswith("|"):
        table.append(l); continue
    if table:
        cells = [t.split("|")[1:] for t in table]
        rows = ["| " + " | ".join(c) + " |" for c in cells]
        rows.insert(1, "|" + "|".join("---" for _ in cells[0]) + "|")
        blocks.append("\n".join(rows)); table = []; prev = None
    k = kind(l)
    if k in ("list", "quote") and prev == k:
        blocks[-1] += "\n" + l
    else:
        blocks.append(l)
    prev = k
out = "---\n" + "\n".join(meta) + "\nexported_from: \"Notion\"\n---\n\n" + "\n\n".join(blocks) + "\n"
p = ROOT / "reports/008_0c09a64161b3815c.md"
p.write_text(out, encoding="utf-8"); print("wrote", p)
