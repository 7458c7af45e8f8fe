#!/usr/bin/env python3
"""Build reports/010_*.txt (press-conference transcript, 'bản gỡ băng') from src/010_hop_bao_bien_gioi_2025.txt."""
import pathlib, re, textwrap
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src" / "010_hop_bao_bien_gioi_2025.txt").read_text(encoding="utf-8").splitlines()
spk, out, meta, info = {}, [], {}, []
for line in src:
    if not line.strip():
        continue
    m = re.match(r"\[(\d\d:\d\d:\d\d)\] (\w+)( \(qua phiên dịch\))?: (.*)", line)
    if m:
        ts, sid, note, text = m.groups()
        full = spk[sid]
        short = full.split(",")[0]
        if sid.startswith("PV"):
            name, outlet = full.split(",", 1)
            outlet = re.sub(r"\s*\(.*\)$", "", outlet.strip())
            label = f"PV {name.replace('Phóng viên ', '').upper()} ({outlet})"
        else:
            label = short.upper().replace("BÀ ", "BÀ ").replace("ÔNG ", "ÔNG ")
        out.append(f"[{ts}] {label}{' (qua phiên dịch)' if note else ''}:")
        out.extend(textwrap.wrap(text, 80, initial_indent="    ", subsequent_indent="    "))
        out.append("")
        continue
    k, _, v = line.partition(": ")
    if k == "SPK":
        sid, _, full = v.partition(" = ")
        spk[sid] = full
    elif k == "INFO":
        info.append(v)
    else:
        meta[k] = v
head = [meta["TITLE"], meta["SUBTITLE"], "=" * 80] + info + ["", "THÀNH PHẦN:"]
head += [f"  - {v}" for v in spk.values()] + ["", "-" * 80, ""]
text = "\n".join(head + out + [meta["END"]]) + "\n"
path = ROOT / "reports" / "010_hop_bao_bien_gioi_lanh_tho_2025.txt"
path.write_text(text, encoding="utf-8")
print("wrote", path)
