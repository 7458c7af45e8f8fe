"""Tiny parser for the report source texts in ../src.

A source file is a block of '@key: value' metadata lines, a line '===',
then body lines. Body line prefixes:
  '# '  section heading        '## ' sub-heading       '> ' lead (sapo)
  '! file | caption'  figure   '- ' bullet              '1. ' numbered item
  '@table: caption' followed by '| a | b | c' rows (first row = header)
  '[NAME]' block marker (e-mail parts)
  anything else: a paragraph
"""
import re


def parse(path):
    meta, body = {}, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines) and lines[i].strip() != "===":
        m = re.match(r"@(\w+):\s?(.*)$", lines[i])
        if m:
            meta[m.group(1)] = m.group(2)
        i += 1
    i += 1
    table = None
    for line in lines[i:]:
        if not line.strip():
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            table["rows"].append(cells)
            continue
        table = None
        if line.startswith("@table:"):
            table = {"type": "table", "caption": line[7:].strip(), "rows": []}
            body.append(table)
        elif line.startswith("@sign:"):
            body.append({"type": "sign", "text": line[6:].strip()})
        elif line.startswith("## "):
            body.append({"type": "h3", "text": line[3:].strip()})
        elif line.startswith("# "):
            body.append({"type": "h2", "text": line[2:].strip()})
        elif line.startswith("> "):
            body.append({"type": "lead", "text": line[2:].strip()})
        elif line.startswith("! "):
            src, cap = [x.strip() for x in line[2:].split("|", 1)]
            body.append({"type": "figure", "src": src, "text": cap})
        elif line.startswith("- "):
            body.append({"type": "bullet", "text": line[2:].strip()})
        elif re.match(r"\d+\. ", line):
            n, t = line.split(". ", 1)
            body.append({"type": "number", "n": int(n), "text": t.strip()})
        elif re.match(r"\[[A-Z]+\]$", line.strip()):
            body.append({"type": "block", "name": line.strip()[1:-1]})
        else:
            body.append({"type": "p", "text": line.strip()})
    return meta, body
