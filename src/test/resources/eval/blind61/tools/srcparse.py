"""Parse the light markup used in ../src/*.txt.

@key: value      metadata (top of file)
## Heading       heading
- item           bullet list item
1. item          numbered list item
| a | b |        table row (first row = header)
CAP: text        figure caption
other text       paragraph (blocks separated by blank lines)
"""
import re


def parse(path):
    meta, blocks = {}, []
    for chunk in re.split(r"\n\s*\n", open(path, encoding="utf-8").read()):
        lines = [l for l in chunk.split("\n") if l.strip()]
        if not lines:
            continue
        rest = []
        for l in lines:
            m = re.match(r"^@([a-z0-9]+):\s?(.*)$", l)
            if m:
                meta[m.group(1)] = m.group(2)
            else:
                rest.append(l)
        if not rest:
            continue
        if rest[0].startswith("## "):
            blocks.append(("h", rest[0][3:]))
            rest = rest[1:]
            if not rest:
                continue
        if all(l.startswith("- ") for l in rest):
            blocks.append(("ul", [l[2:] for l in rest]))
        elif all(re.match(r"^\d+\. ", l) for l in rest) and len(rest) > 1:
            blocks.append(("ol", [re.sub(r"^\d+\. ", "", l) for l in rest]))
        elif all(l.startswith("|") for l in rest):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in rest]
            blocks.append(("table", rows))
        elif rest[0].startswith("CAP: "):
            blocks.append(("cap", rest[0][5:]))
        else:
            blocks.append(("p", " ".join(rest)))
    return meta, blocks
