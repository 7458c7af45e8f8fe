#!/usr/bin/env python3
"""Build reports/010_*.txt: a press-conference transcript (ban go bang) with speaker labels
and timestamps, from src/010_press_transcript.txt."""
import re, sys, textwrap
src, out = sys.argv[1], sys.argv[2]
meta, speakers, turns = {}, {}, []
for line in open(src, encoding="utf-8").read().splitlines():
    if not line.strip():
        continue
    if line.startswith("@speaker:"):
        code, name = line.split(":", 1)[1].split("=", 1); speakers[code.strip()] = name.strip()
    elif line.startswith("@"):
        k, v = line[1:].split(":", 1); meta.setdefault(k.strip(), []).append(v.strip())
    else:
        mt = re.match(r"\[(\d\d:\d\d:\d\d)\] (\w+): (.*)", line)
        turns.append(mt.groups())
L = ["BỘ NGOẠI GIAO", "VỤ THÔNG TIN BÁO CHÍ", "", meta["title"][0], ""]
L += meta["meta"] + ["", "Thành phần tham gia hỏi - đáp:"]
L += [f"  {c}: {n}" for c, n in speakers.items()]
L += ["", "=" * 72, ""]
for ts, code, text in turns:
    name = speakers[code]
    label = name.split(" (")[0].upper() if code == "PN" else name.upper()
    L.append(f"[{ts}] {label}:")
    L += textwrap.wrap(text, 72, initial_indent="    ", subsequent_indent="    ")
    L.append("")
L += ["=" * 72, "(Hết bản gỡ băng. Bản gỡ băng chưa được người phát biểu duyệt lại.)"]
open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")
