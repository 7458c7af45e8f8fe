#!/usr/bin/env python3
"""Report 105: official report typed in a plain-text editor, hard-wrapped at 78 columns, CRLF line ends."""
import pathlib, sys, textwrap
here = pathlib.Path(__file__).parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parent / "reports" / "105_bao_cao_pctn_2024.txt")
src = (here / "src" / "105_source.txt").read_text(encoding="utf-8")
parts, cur = {}, None
for line in src.splitlines():
    if line.startswith("@@"):
        cur = line[2:]; parts[cur] = []
    else:
        parts[cur].append(line)
lines = parts["HEAD"][:]
for para in "\n".join(parts["BODY"]).split("\n\n"):
    para = para.strip()
    if not para:
        continue
    indent = "" if para[:3].rstrip(". ").isupper() and para.split(" ")[0].strip(".") in ("I","II","III","IV","V") else "    "
    lines += textwrap.wrap(para, width=78, initial_indent=indent, subsequent_indent="") + [""]
lines += parts["FOOT"]
out.write_bytes(("\r\n".join(lines).rstrip() + "\r\n").encode("utf-8"))
print("wrote", out)
