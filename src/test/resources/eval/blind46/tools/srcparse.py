"""Parse the small line-based markup used in src/*.txt.

@key: value      metadata
# text           title (h1)          ## text   section heading (h2)
- text           bullet              1. text   numbered item (only meaningful for md)
| a | b |        table row (first row = header)
> text           figure caption      !word text  special block (sapo, subtitle, rel)
other line       paragraph (one paragraph per line; blank lines separate blocks)
"""
import re
import unicodedata


def parse(path):
    meta, blocks = {}, []
    with open(path, encoding="utf-8") as f:
        lines = [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if s.startswith("@") and ":" in s and not blocks:
            k, v = s[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif s.startswith("## "):
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            blocks.append(("h1", s[2:]))
        elif s.startswith("- "):
            blocks.append(("li", s[2:]))
        elif re.match(r"^\d+\. ", s) and not s.isupper():
            blocks.append(("ol", s))
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif s.startswith("> "):
            blocks.append(("fig", s[2:]))
        elif s.startswith("!"):
            kind, _, text = s[1:].partition(" ")
            blocks.append((kind, text))
        else:
            blocks.append(("p", s))
    return meta, blocks
