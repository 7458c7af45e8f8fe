#!/usr/bin/env python3
"""Build report 009: a Markdown export (YAML front matter, headings, lists,
a pipe table), as produced by an internal document system's "export to .md".

Usage: build_md.py <src.txt> <dest.md>
Source: "key: value" header lines until the first blank line, then Markdown-ish
body; table rows "| a | b |" get a delimiter row after the first row, and
"- Label: value" items in the "Thông tin chung" section get a bold label.
"""
import re
import sys


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    src, dest = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        head, body = f.read().split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    fm = ["---"]
    fm.append("title: " + yaml_str(meta["title"]))
    fm.append("date: " + meta["date"])
    fm.append("location: " + yaml_str(meta["location"]))
    fm.append("framework: " + yaml_str(meta["framework"]))
    fm.append("organizers:")
    for o in meta["organizers"].split(";"):
        fm.append("  - " + yaml_str(o.strip()))
    fm.append("author: " + yaml_str(meta["author"]))
    fm.append("tags: [" + ", ".join(yaml_str(t.strip()) for t in meta["tags"].split(";")) + "]")
    fm.append("exported_at: " + yaml_str(meta["exported"]))
    fm.append("lang: vi")
    fm.append("---")
    out = fm + ["", "# " + meta["title"], ""]
    section = ""
    in_table = False
    for line in body.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0].startswith("Tổng"):
                cells = ["**" + c + "**" if c else c for c in cells]
            out.append("| " + " | ".join(cells) + " |")
            if not in_table:
                out.append("|" + "|".join(["---"] + ["---:" if i == len(cells) - 1 else "---" for i in range(1, len(cells))]) + "|")
                in_table = True
            continue
        in_table = False
        if section == "Thông tin chung" and line.startswith("- "):
            m = re.match(r"- ([^:]+): (.*)", line)
            if m:
                line = "- **" + m.group(1) + ":** " + m.group(2)
        out.append(line)
    with open(dest, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
