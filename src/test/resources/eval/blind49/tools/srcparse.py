"""Tiny parser for the plain-text sources in src/ (shared by the generators)."""
import re

def parse(path):
    meta, blocks = {}, []
    text = open(path, encoding="utf-8").read()
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = chunk.split("\n")
        rest = []
        for ln in lines:
            m = re.match(r"^@(\w+):\s*(.*)$", ln)
            if m:
                meta[m.group(1)] = m.group(2)
            else:
                rest.append(ln)
        if not rest:
            continue
        first = rest[0]
        if first.startswith("## "):
            blocks.append(("h2", first[3:]))
        elif first.startswith("# "):
            blocks.append(("h1", first[2:]))
        elif first.startswith("[IMG] "):
            blocks.append(("img", first[6:]))
        elif first.startswith("- "):
            blocks.append(("ul", [l[2:] for l in rest]))
        elif first.startswith("|"):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in rest]
            blocks.append(("table", rows))
        else:
            blocks.append(("p", " ".join(rest)))
    return meta, blocks
