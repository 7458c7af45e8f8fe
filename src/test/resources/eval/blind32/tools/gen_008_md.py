#!/usr/bin/env python3
"""Build reports/008_*.md (Markdown export with YAML front matter) from src/008_gin_giu_hoa_binh_2024.txt."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src" / "008_gin_giu_hoa_binh_2024.txt").read_text(encoding="utf-8").splitlines()
fm, body, rows = [], [], []
prev, n_ol = None, 0
def end_block():
    global rows
    if rows:
        body.append("| " + " | ".join(rows[0]) + " |")
        body.append("|" + "|".join("---" for _ in rows[0]) + "|")
        body.extend("| " + " | ".join(r) + " |" for r in rows[1:])
        rows = []
    if body and body[-1] != "":
        body.append("")
for line in src:
    if not line.strip():
        continue
    if line.startswith("META "):
        key, _, val = line[5:].partition(": ")
        fm.append(f'{key}: {val}' if val.startswith("[") or key == "date" else f'{key}: "{val}"')
        continue
    k, _, v = line.partition(": ")
    if k != prev and prev in ("ROW", "LI", "OL"):
        end_block()
    if k == "H1":
        body += [f"# {v}", ""]
    elif k == "H2":
        body += [f"## {v}", ""]
    elif k == "P":
        body += [v, ""]
    elif k == "LI":
        body.append(f"- {v}")
    elif k == "OL":
        n_ol = n_ol + 1 if prev == "OL" else 1
        body.append(f"{n_ol}. {v}")
    elif k == "Q":
        body += [f"> {v}", ">", "> — *Thứ trưởng Ngoại giao Nguyễn Hoài Lâm*", ""]
    elif k == "ROW":
        rows.append([c.strip() for c in v.split("|")])
    else:
        raise SystemExit("bad line: " + line)
    prev = k
end_block()
text = "---\n" + "\n".join(fm) + "\ndraft: false\n---\n\n" + "\n".join(body).rstrip() + "\n"
out = ROOT / "reports" / "008_gin_giu_hoa_binh_lhq_10_nam.md"
out.write_text(text, encoding="utf-8")
print("wrote", out)
