#!/usr/bin/env python3
"""Build reports/010_*.txt: press-conference transcript (bản gỡ băng) with speaker labels and timestamps."""
import os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
head, body = open(os.path.join(ROOT, "src", "010_hop_bao_so_ket_6thang_2024.txt"), encoding="utf-8").read().split("\n---\n", 1)
m = dict(l.split(": ", 1) for l in head.strip().splitlines())
L = [m["title"], "", f"Thời gian: {m['time']}", f"Địa điểm: {m['place']}", f"Chủ trì họp báo: {m['chair']}",
     "Thành phần tham dự phía Bộ Ngoại giao:"] + ["  - " + p.strip() for p in m["panel"].split("|")] + [f"Ghi chú: {m['note']}", "=" * 72, ""]
sec = 15  # recording starts at 00:00:15
for line in body.strip().splitlines():
    who, text = [x.strip() for x in line.split("|", 1)]
    h, r = divmod(sec, 3600); mi, s = divmod(r, 60)
    L.append(f"[{h:02d}:{mi:02d}:{s:02d}] {who}:")
    L.extend(textwrap.wrap(text, 72, initial_indent="    ", subsequent_indent="    "))
    L.append("")
    sec += 8 + len(text.split()) * 0.45 // 1 + 6
    sec = int(sec)
L += ["[Kết thúc ghi âm]", "", "Người gỡ băng: Đinh Thị Ngọc Ánh – Phòng Báo chí, Vụ Thông tin Báo chí"]
out = os.path.join(ROOT, "reports", "010_f4c18b7e62a90d35.txt")
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
print("wrote", out)
