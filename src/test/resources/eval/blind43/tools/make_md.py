#!/usr/bin/env python3
"""Build report 008: a Markdown export (YAML front matter, headings, lists, pipe table)
from the plain-text source src/008_markdown_export.txt.  Usage: make_md.py SRC OUT"""
import re, sys

src, out = sys.argv[1], sys.argv[2]
meta, body, rows, ol = [], [], [], 0


def flush_table():
    global rows
    if not rows:
        return
    head, data = rows[0], rows[1:]
    numeric = [all(re.fullmatch(r"[\d.,]*", r[i]) for r in data) for i in range(len(head))]
    body.append("| " + " | ".join(head) + " |")
    body.append("|" + "|".join("---:" if n and i > 0 else "---" for i, n in enumerate(numeric)) + "|")
    for r in data:
        total = r[1].lower().startswith("tổng")
        cells = [f"**{c}**" if total and c else (c or " ") for c in r]
        body.append("| " + " | ".join(cells) + " |")
    body.append("")
    # sanity: totals must add up
    tot = [r for r in data if r[1].lower().startswith("tổng")]
    if tot:
        for i, n in enumerate(numeric):
            if n and i >= 3 and i < len(head) - 1:
                s = sum(int(r[i]) for r in data if r not in tot)
                assert s == int(tot[0][i]), (head[i], s, tot[0][i])
    rows = []


for raw in open(src, encoding="utf-8"):
    line = raw.rstrip("\n")
    if line.startswith("ROW: "):
        rows.append([c.strip() for c in line[5:].split(" ; ")])
        continue
    flush_table()
    if not line.strip():
        if body and body[-1] != "":
            body.append("")
        ol = 0
        continue
    if line.startswith("META "):
        k, v = line[5:].split(": ", 1)
        if k in ("date", "updated", "lang") or v.startswith("["):
            meta.append(f"{k}: {v}")
        else:
            meta.append(f'{k}: "{v}"')
        continue
    key, _, val = line.partition(": ")
    if key == "H1":
        body.append("# " + val)
    elif key == "H2":
        body.append("## " + val)
    elif key == "QUOTE":
        lab, txt = val.split("| ", 1)
        body.append(f"> **{lab.capitalize()}:** {txt}")
    elif key == "LI":
        body.append("- " + val.replace("@@", "**"))
    elif key == "OL":
        ol += 1
        body.append(f"{ol}. {val}")
    elif key == "P":
        body.append(val)
    elif line == "RULE":
        body.append("---")
    elif key == "NOTE":
        body.append(f"*{val}*")
    else:
        raise SystemExit("unknown line: " + line)
flush_table()

text = "---\n" + "\n".join(meta) + "\n---\n\n"
# paragraphs/list blocks: blank line between different block kinds
text += "\n".join(body).strip() + "\n"
text = re.sub(r"\n{3,}", "\n\n", text)
open(out, "w", encoding="utf-8").write(text)
print("wrote", out)
