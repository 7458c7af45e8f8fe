"""Build reports 009 (official report, Decree 30/2020 layout) and 010 (meeting minutes) as plain text."""
import sys, textwrap
from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
W = 78


def two(l, r, lw=30):
    return l.center(lw) + r.center(W - lw)


o = [two(meta["left1"], meta["right1"]), two(meta["left2"], meta["right2"]),
     two("-------", "---------------------------")]
if "number" in meta:
    o.append(two(meta["number"], meta["placedate"]))
else:
    o.append(two("", meta["placedate"]))
o += ["", meta["title"].center(W)] + [x.center(W) for x in textwrap.wrap(meta["subject"], 64)] + ["-----".center(W), ""]
if "to" in meta:
    o += textwrap.wrap("Kính gửi: " + meta["to"], 60, initial_indent=" " * 10, subsequent_indent=" " * 20) + [""]
for kind, val in blocks:
    if kind == "p":
        o += textwrap.wrap(val, W, initial_indent="    ") + [""]
    elif kind == "ol":
        for i, x in enumerate(val, 1):
            o += textwrap.wrap(f"{i}. {x}", W, initial_indent="    ") + [""]
o.append("")
if "recipients" in meta:
    rec = [r.strip() for r in meta["recipients"].split("|")]
    left = ["Nơi nhận:"] + ["- " + r for r in rec]
    right = [meta["signrole"], "(Đã ký)", "", "", meta["signname"]]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        o.append(a.ljust(40) + b.center(W - 40))
if "sign" in meta:
    r1, n1, r2, n2 = [x.strip() for x in meta["sign"].split("|")]
    o += [r1.center(W // 2) + r2.center(W // 2), "(Đã ký)".center(W // 2) + "(Đã ký)".center(W // 2), "", "",
          n1.center(W // 2) + n2.center(W // 2)]
open(out, "w", encoding="utf-8").write("\n".join(x.rstrip() for x in o) + "\n")
