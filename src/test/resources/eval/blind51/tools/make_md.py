#!/usr/bin/env python3
"""Build report 008 as a Markdown export (YAML front matter, pipe table, lists)
from src/008_md_src.txt.

Source: `key: value` lines (values with ';' become YAML lists), `---`, then body where
`= x` is a level-2 heading, `== x` level-3, `* x` a bullet, `[table]...[/table]` holds
`|`-separated rows (first row = header); other lines are copied.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "008_md_src.txt"
OUT = ROOT / "reports" / "008_48ae74c50cedfbab.md"


def yaml_str(v):
    return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    head, body = SRC.read_text(encoding="utf-8").split("\n---\n", 1)
    out = ["---"]
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        meta[k] = v
        if ";" in v:
            out.append(f"{k}:")
            out += [f"  - {yaml_str(x.strip())}" for x in v.split(";")]
        elif k == "date":
            out.append(f"{k}: {v}")
        else:
            out.append(f"{k}: {yaml_str(v)}")
    out += ["lang: vi", "source: \"Cổng thông tin Học viện Ngoại giao (bản xuất Markdown)\"", "---", "",
            f"# {meta['title']}", ""]
    in_table = False
    rows = []
    for line in body.splitlines():
        if line.strip() == "[table]":
            in_table, rows = True, []
            continue
        if line.strip() == "[/table]":
            in_table = False
            cells = [[c.strip() for c in r.split("|")] for r in rows]
            out.append("| " + " | ".join(cells[0]) + " |")
            out.append("|" + "|".join("---" for _ in cells[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in cells[1:]]
            continue
        if in_table:
            rows.append(line)
        elif line.startswith("== "):
            out.append("### " + line[3:])
        elif line.startswith("= "):
            out.append("## " + line[2:])
        elif line.startswith("* "):
            out.append("- " + line[2:])
        else:
            out.append(line)
    out += ["", "---", "", "*Bài viết được xuất từ Cổng thông tin Học viện Ngoại giao ngày 18/11/2022. "
            "Mọi trích dẫn xin ghi rõ nguồn.*", ""]
    OUT.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
