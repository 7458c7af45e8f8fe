#!/usr/bin/env python3
"""Build reports/009_*.txt: an official report laid out on the Decree 30/2020/ND-CP template
(two-column heading, number, place/date, BÁO CÁO + subject, Kính gửi, body, Nơi nhận + signature),
hard-wrapped at 76 columns. Source: src/009_bao_cao_ngoai_vu_20.txt."""
import pathlib, textwrap
ROOT = pathlib.Path(__file__).resolve().parent.parent
meta, body = {}, []
for l in (ROOT / "src/009_bao_cao_ngoai_vu_20.txt").read_text(encoding="utf-8").splitlines():
    if l.startswith("@"):
        k, v = l[1:].split(" ", 1); meta[k] = v
    elif l.strip():
        body.append(l)
W = 76
def two(a, b, left=30):
    return (a.center(left) + b.center(W - left)).rstrip()
out = [two(meta["org"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
       two("", "Độc lập - Tự do - Hạnh phúc"),
       two("-------", "---------------"),
       two(meta["so"], meta["place_date"]), "",
       "BÁO CÁO".center(W).rstrip(), meta["subject"].center(W).rstrip(), "-----".center(W).rstrip(), "",
       ("Kính gửi: " + meta["to"]).center(W).rstrip(), ""]
for p in body:
    heading = p[:4].strip().rstrip(".").isupper() and p.split(" ", 1)[0].rstrip(".") in ("I", "II", "III", "IV")
    out += textwrap.wrap(p, W, initial_indent="" if heading else "    ", subsequent_indent="")
out.append("")
rec = ["Nơi nhận:"] + meta["recipients"].split("|")
sig = meta["sign"].split("|")
sig = sig[:3] + ["", ""] + sig[3:]
for i in range(max(len(rec), len(sig))):
    a = rec[i] if i < len(rec) else ""
    b = sig[i] if i < len(sig) else ""
    out.append((a.ljust(40) + b.center(W - 40)).rstrip())
p = ROOT / "reports/009_697402da1f149760.txt"
p.write_text("\n".join(out) + "\n", encoding="utf-8"); print("wrote", p)
