"""Parse the light markup used in src/*.txt.
@key: value  -> metadata (repeatable keys collected in lists)
# / ##       -> headings;  ! caption;  - bullet;  > quote;  | a | b | table row
blank lines separate paragraphs."""
import re

def parse(path):
    meta, blocks = {}, []
    para = []
    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()
    for raw in open(path, encoding="utf-8").read().splitlines():
        line = raw.rstrip()
        m = re.match(r"^@(\w+):\s*(.*)$", line)
        if m:
            flush()
            k, v = m.groups()
            if k in ("comment", "tablecaption"):
                if k == "tablecaption":
                    blocks.append(("tablecaption", v))
                else:
                    meta.setdefault(k, []).append(v)
            else:
                meta[k] = v
            continue
        if not line.strip():
            flush(); continue
        if line.startswith("## "):
            flush(); blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            flush(); blocks.append(("h1", line[2:]))
        elif line.startswith("! "):
            flush(); blocks.append(("caption", line[2:]))
        elif line.startswith("- "):
            flush(); blocks.append(("li", line[2:]))
        elif re.match(r"^\d+\. ", line) and not para:
            blocks.append(("oli", line))
        elif line.startswith("> "):
            flush(); blocks.append(("quote", line[2:]))
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            para.append(line.strip())
    flush()
    return meta, blocks
