#!/usr/bin/env python3
"""Build the meeting-minutes report 010 (plain text, fixed-width attendee table)
from src/010_bienban_caobang.txt."""
import pathlib, textwrap, unicodedata
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = unicodedata.normalize("NFC", (ROOT / "src/010_bienban_caobang.txt").read_text(encoding="utf-8"))
out = ROOT / "reports/010_66ed725687f592b5.txt"
W = 78

meta, items = {}, []
for line in src.splitlines():
    if line.startswith("@"):
        k, v = line[1:].split(":", 1)
        meta[k.strip()] = v.strip()
    elif line.strip():
        items.append(line.strip())

L = []
left = [s.strip() for s in meta["left"].split("|")]
right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", meta["placedate"]]
left = left + ["-------", ""]
for i in range(4):
    l = left[i] if i < len(left) else ""
    L.append((l.center(28) + "  " + right[i].center(W - 30)).rstrip())
L += ["", "", meta["type"].center(W).rstrip()]
L += [s.center(W).rstrip() for s in textwrap.wrap(meta["subject"], 48)]
L.append("")

widths = [5, 22, 45]
def sep(ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
def row(cells):
    wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
    out = []
    for i in range(max(len(x) for x in wrapped)):
        out.append("| " + " | ".join((x[i] if i < len(x) else "").ljust(w) for x, w in zip(wrapped, widths)) + " |")
    return out

in_table = False
for it in items:
    if it.startswith("TABLE:"):
        in_table = True
        L += [sep(), *row([c.strip() for c in it[6:].split("|")]), sep("=")]
        continue
    if it.startswith("GROUP:"):
        g = it[6:].strip()
        inner = sum(widths) + 3 * len(widths) - 1
        L += ["| " + g.ljust(inner - 1) + "|", sep()]
        continue
    if it.startswith("ROW:"):
        L += [*row([c.strip() for c in it[4:].split("|")]), sep()]
        continue
    if in_table:
        in_table = False
        L.append("")
    if it.startswith("H: "):
        L += [it[3:], ""]
    else:
        L += textwrap.wrap(it, W, initial_indent="   ", break_long_words=False, break_on_hyphens=False) + [""]

blocks = [[s.strip() for s in b.split("|")] for b in meta["sign"].split("||")]
colw = W // len(blocks)
nt = max(len(b) for b in blocks) - 1
blocks = [b[:-1] + [""] * (nt - len(b) + 1) + ["", "(đã ký)", ""] + b[-1:] for b in blocks]
for i in range(max(len(b) for b in blocks)):
    L.append("".join((b[i] if i < len(b) else "").center(colw) for b in blocks).rstrip())
out.write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")
print("wrote", out)
