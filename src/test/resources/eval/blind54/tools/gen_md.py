#!/usr/bin/env python3
"""Render src/008_*.src into a Markdown export: '@fm key: value' lines become YAML front matter,
every other line is copied as Markdown (headings, quote, bullet list, pipe table)."""
import sys

def main(src, out):
    fm, body = [], []
    for line in open(src, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@fm "):
            fm.append(line[4:])
        else:
            body.append(line)
    while body and not body[0].strip():
        body.pop(0)
    text = "---\n" + "\n".join(fm) + "\n---\n\n" + "\n".join(body).rstrip() + "\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
