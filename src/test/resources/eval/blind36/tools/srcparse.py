"""Tiny parser for the plain-text sources in ../src (shared by the Python generators)."""
def parse(path):
    meta, blocks = {}, []
    for raw in open(path, encoding="utf-8").read().splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@"):
            k, v = line[1:].split(":", 1)
            meta.setdefault(k.strip(), []).append(v.strip())
        elif line.startswith("= "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("=== "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("== "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            blocks.append(("tr", [c.strip() for c in line.strip("|").split("|")]))
        elif line.startswith("[fig] "):
            blocks.append(("fig", line[6:]))
        elif line.startswith("[tablecap] "):
            blocks.append(("tablecap", line[11:]))
        elif line.startswith("*"):
            blocks.append(("lead", line[1:]))
        else:
            blocks.append(("p", line))
    return meta, blocks
