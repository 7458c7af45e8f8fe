#!/usr/bin/env python3
"""Render src/009_*.src and src/010_*.src into plain-text documents typed on the Vietnamese
administrative template (Decree 30/2020/ND-CP layout): issuing body | national motto,
number | place-and-date line, document kind + subject, Kính gửi, body, Nơi nhận | signature."""
import sys

LEFT_W, RIGHT_W = 34, 46
SIGN_COL = 44  # recipients on the left, signature block centred on the right
# 009 was rendered with the signature column at 34 (a left/right split like the header);
# pass "--sign-col 34" to reproduce it byte for byte (see tools/build_all.sh).

def center(s, w):
    s = s.strip()
    pad = max(0, w - len(s))
    return " " * (pad // 2) + s + " " * (pad - pad // 2)

def two_cols(left, right):
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [""] * (n - len(right))
    return [(center(a, LEFT_W) + center(b, RIGHT_W)).rstrip() for a, b in zip(left, right)]

def main(src, out, sign_col=SIGN_COL):
    meta, body, in_body = {}, [], False
    for line in open(src, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@") and not (in_body and not line.startswith(("@recipients", "@sign"))):
            key, _, val = line[1:].partition(" ")
            if key == "body":
                in_body = True
                continue
            if key in ("recipients", "sign"):
                in_body = False
            meta[key] = val
        elif in_body:
            body.append(line)
    W = LEFT_W + RIGHT_W
    o = []
    left = meta["left"].split("|")
    right = meta["right"].split("|")
    o += two_cols(left + ["-------"], right + ["---------------"])
    o.append("")
    o += two_cols([meta["number"]], [meta["placedate"]])
    o.append("")
    o.append(center(meta["kind"], W).rstrip())
    for s in meta["subject"].split("|"):
        o.append(center(s, W).rstrip())
    o.append(center("---------", W).rstrip())
    o.append("")
    if "to" in meta:
        tos = meta["to"].split("|")
        if len(tos) == 1:
            o.append(" " * 14 + "Kính gửi: " + tos[0])
        else:
            o.append(" " * 14 + "Kính gửi:")
            for t in tos:
                o.append(" " * 24 + "- " + t)
        o.append("")
    for line in body:
        o.append(("    " + line) if line.strip() else "")
    o.append("")
    recips = ["Nơi nhận:"] + ["- " + r for r in meta["recipients"].split("|")]
    sign = meta["sign"].split("|")
    sign_block = sign[:-1] + ["", "", ""] + sign[-1:]
    n = max(len(recips), len(sign_block))
    recips += [""] * (n - len(recips))
    sign_block += [""] * (n - len(sign_block))
    for a, b in zip(recips, sign_block):
        o.append((a.ljust(sign_col) + center(b, LEFT_W + RIGHT_W - sign_col)).rstrip())
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(o).rstrip() + "\n")

if __name__ == "__main__":
    args = sys.argv[1:]
    col = SIGN_COL
    if "--sign-col" in args:
        i = args.index("--sign-col")
        col = int(args[i + 1])
        del args[i:i + 2]
    main(args[0], args[1], col)
