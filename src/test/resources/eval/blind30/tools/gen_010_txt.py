#!/usr/bin/env python3
"""Build reports/010_... .txt: press-conference transcript (bản gỡ băng) with timestamps and speaker labels."""
import os, re, sys, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta, turns = {}, []
for line in open(os.path.join(ROOT, "src", "010_hop_bao_ngvh.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r"^@(\w+):\s*(.*)$", line)
    if m: meta[m.group(1)] = m.group(2); continue
    m = re.match(r"^\[(\d\d:\d\d:\d\d)\] ([^:]+): (.*)$", line)
    if m: turns.append(m.groups())
out = [meta["title"], "=" * 72, f"Thời gian: {meta['time']}", f"Địa điểm: {meta['place']}",
       f"Chủ trì họp báo: {meta['chair']}", "Thành phần trả lời:"]
out += [f"  + {p.strip()}" for p in meta["panel"].split(";")]
out += [f"Ghi chú: {meta['note']}", "-" * 72, ""]
for ts, who, text in turns:
    out.append(f"[{ts}] {who}:")
    out += textwrap.wrap(text, 72, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False)
    out.append("")
out += ["(Hết băng)", "Người gỡ băng: Nguyễn Thảo Linh - Kiểm tra: Đinh Văn Phúc"]
p = os.path.join(ROOT, "reports", "010_go_bang_hop_bao_ngoai_giao_van_hoa_2025.txt")
open(p, "w", encoding="utf-8").write("\n".join(out) + "\n")
print("wrote", p)
