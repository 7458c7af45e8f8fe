#!/usr/bin/env python3
"""Build the Markdown export 008 (YAML front matter, pipe table, lists) from src/008_canbochuchot_2025.txt."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src/008_canbochuchot_2025.txt").read_text(encoding="utf-8")
out = ROOT / "reports/008_a38681c2b8d0c834.md"
head, body = src.split("\n---\n", 1)
meta = dict(l.split(": ", 1) for l in head.splitlines() if l.strip())
fm = ["---", f'title: "{meta["title"]}"', f"date: {meta['date']}", f'location: "{meta["location"]}"',
      f'author: "{meta["author"]}"', "tags:"] + [f"  - {t.strip()}" for t in meta["tags"].split(",")] + \
     [f'source: "{meta["source"]}"', "lang: vi", "---", "", f"# {meta['title']}", ""]
lines, n = [], 0
for l in body.splitlines():
    if l.startswith("=== "):
        lines += [f"### {l[4:]}", ""]
    elif l.startswith("== "):
        lines += [f"## {l[3:]}", ""]
    elif l.startswith("* "):
        lines.append(f"- {l[2:]}")
    elif l.startswith("# "):
        n += 1
        lines.append(f"{n}. {l[2:]}")
    elif l.startswith("TABLE:") or l.startswith("ROW:"):
        cells = [c.strip() for c in l.split(":", 1)[1].split("|")]
        lines.append("| " + " | ".join(cells) + " |")
        if l.startswith("TABLE:"):
            lines.append("|" + "|".join([":---"] + ["---:"] * (len(cells) - 1)) + "|")
    elif not l.strip():
        if lines and lines[-1] != "":
            lines.append("")
    else:
        if lines and (lines[-1].startswith("|") or lines[-1].startswith("- ") or lines[-1][:2].rstrip(".").isdigit()):
            lines.append("")
        lines += [l, ""]
text = "\n".join(fm + lines).rstrip() + "\n"
while "\n\n\n" in text:
    text = text.replace("\n\n\n", "\n\n")
out.write_text(text, encoding="utf-8")
print("wrote", out)
