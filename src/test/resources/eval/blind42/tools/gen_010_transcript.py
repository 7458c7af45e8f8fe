#!/usr/bin/env python3
"""010: a press-briefing transcript (plain text, speaker labels, running timestamps)."""
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SRC, REPORTS, report_name, parse_src, blocks

src = os.path.join(SRC, "010_hop_bao_thuong_ky_15_1_2026.txt")
meta, body = parse_src(src)
g = lambda k: meta[k][0]
LABEL = {"NPN": "NGƯỜI PHÁT NGÔN"}

lines = [g("title"), "(Bản ghi)", "",
         "Thời gian : " + g("time"),
         "Địa điểm  : " + g("place"),
         "Chủ trì   : " + g("chair"),
         "Tham dự   : " + g("press"),
         "Ghi chú   : " + g("note"), "", "=" * 72, ""]
sec = 0  # seconds since 15:00:00, advanced by ~2.6 words per second
for blk in blocks(body):
    text = " ".join(blk)
    if text.startswith("== "):
        lines += [text[3:], ""]
        continue
    who, _, said = text.partition(": ")
    who = LABEL.get(who, who.replace("PV ", "PHÓNG VIÊN "))
    stamp = "[%02d:%02d:%02d]" % (15 + sec // 3600, (sec // 60) % 60, sec % 60)
    lines += textwrap.wrap("%s %s: %s" % (stamp, who, said), 76, subsequent_indent="    ")
    lines.append("")
    sec += int(len(said.split()) / 2.6) + 20
lines += ["=" * 72, g("end")]

os.makedirs(REPORTS, exist_ok=True)
out = os.path.join(REPORTS, report_name(10, src, "txt"))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(out)
