#!/usr/bin/env python3
"""Build the Decree 30/2020-style official report 009 (hard-wrapped plain text)
from src/009_baocao_hnng32.txt."""
import pathlib, textwrap, unicodedata
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = unicodedata.normalize("NFC", (ROOT / "src/009_baocao_hnng32.txt").read_text(encoding="utf-8"))
out = ROOT / "reports/009_b31df5e26bc7b24e.txt"
W = 76

meta, paras = {}, []
for line in src.splitlines():
    if line.startswith("@"):
        k, v = line[1:].split(":", 1)
        meta[k.strip()] = v.strip()
    elif line.strip():
        paras.append(line.strip())

def two_col(left, right, lw=30):
    rows = []
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        rows.append((l.center(lw) if l else " " * lw) + "  " + r.center(W - lw - 2).rstrip())
    return [r.rstrip() for r in rows]

lines = []
lines += two_col([meta["agency"], "-------", "", meta["number"]],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                  meta["placedate"]])
lines += ["", "", meta["type"].center(W).rstrip(), meta["subject"].center(W).rstrip(), "-----".center(W).rstrip(), "",
          ("Kính gửi: " + meta["to"]).center(W).rstrip(), ""]
for p in paras:
    if p.startswith("H: "):
        lines += textwrap.wrap(p[3:], W)
    else:
        lines += textwrap.wrap(p, W, initial_indent="    ", break_long_words=False, break_on_hyphens=False)
    lines.append("")
rec = ["Nơi nhận:"] + ["- " + r.strip() for r in meta["recipients"].split("|")]
sig = [s.strip() for s in meta["sign"].split("|")]
sig = sig[:2] + ["", sig[2], ""] + sig[3:]
for i in range(max(len(rec), len(sig))):
    l = rec[i] if i < len(rec) else ""
    r = sig[i] if i < len(sig) else ""
    lines.append((l.ljust(44) + r.center(W - 44)).rstrip())
out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
print("wrote", out)
