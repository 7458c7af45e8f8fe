#!/usr/bin/env python3
"""Build reports/010_*.txt, a press-conference transcript (bản gỡ băng): header block, then
'[hh:mm:ss] SPEAKER:' turns hard-wrapped at 80 columns with a hanging indent.
Source: src/010_hop_bao_11_7_2024.txt ('@key value' header lines, 'time|speaker|text' turns)."""
import pathlib, textwrap
ROOT = pathlib.Path(__file__).resolve().parent.parent
meta, turns = {}, []
for l in (ROOT / "src/010_hop_bao_11_7_2024.txt").read_text(encoding="utf-8").splitlines():
    if l.startswith("@"):
        k, v = l[1:].split(" ", 1); meta[k] = v
    elif l.strip():
        turns.append(l.split("|", 2))
out = [meta["title"], "=" * len(meta["title"]),
       f"Thời gian: {meta['time']}", f"Địa điểm: {meta['place']}", f"Chủ trì: {meta['chair']}",
       f"Ghi chú: {meta['note']}", ""]
for t, who, text in turns:
    out += textwrap.wrap(f"[{t}] {who}: {text}", 80, subsequent_indent="    ")
    out.append("")
out.append("(Hết bản gỡ băng)")
p = ROOT / "reports/010_184a449e633e311d.txt"
p.write_text("\n".join(out) + "\n", encoding="utf-8"); print("wrote", p)
