#!/usr/bin/env python3
"""Build reports/008_*.md (Markdown export with YAML front matter) from src/008_nguoi_viet_nn_2024.txt."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta, body = open(os.path.join(ROOT, "src", "008_nguoi_viet_nn_2024.txt"), encoding="utf-8").read().split("\n---\n", 1)
fm = ["---"]
for line in meta.strip().splitlines():
    k, v = line.split(": ", 1)
    fm.append(f'{k}: {v}' if v.startswith("[") or k == "date" else f'{k}: "{v}"')
fm += ['export: "Obsidian Markdown export"', "---", ""]
out = os.path.join(ROOT, "reports", "008_9b62f0a4d3e8c175.md")
open(out, "w", encoding="utf-8").write("\n".join(fm) + body.lstrip())
print("wrote", out)
