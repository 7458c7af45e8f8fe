#!/usr/bin/env python3
"""Render a plain-text source as a hard-wrapped plain-text administrative document
on the Vietnamese government template (Decree 30/2020/NĐ-CP layout):
agency + number on the left, national motto on the right, place and date,
document kind + subject centred, "Kính gửi", numbered sections, "Nơi nhận"
beside the signature block.

usage: gen_govtext.py report|minutes SRC OUT
  report : BÁO CÁO with Số: .../BC-BNG, Kính gửi, Nơi nhận, KT. BỘ TRƯỞNG signature
  minutes: BIÊN BẢN with a box-drawn attendee table (#| rows) and two signatures
"""
import sys
import textwrap
import unicodedata

WIDTH = 78


def dw(s):
    """display width (NFC, one column per character)."""
    return len(unicodedata.normalize("NFC", s))


def center(s, width=WIDTH):
    pad = max(0, (width - dw(s)) // 2)
    return " " * pad + s


def two_cols(left, right, lw=30, width=WIDTH):
    """left column left-aligned in lw chars, right column centred in the rest."""
    rows = []
    rw = width - lw
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        lc = (" " * max(0, (lw - dw(l)) // 2) + l) if l else ""
        lc = lc + " " * max(0, lw - dw(lc))
        rc = " " * max(0, (rw - dw(r)) // 2) + r if r else ""
        rows.append((lc + rc).rstrip())
    return rows


def wrap(par, indent="    "):
    return textwrap.wrap(par, width=WIDTH, initial_indent=indent, subsequent_indent="",
                         break_long_words=False, break_on_hyphens=False)


def box_table(rows):
    ncol = len(rows[0])
    widths = [max(dw(r[c]) for r in rows) for c in range(ncol)]
    # keep inside WIDTH: wrap the widest text column if needed
    def line(l, m, r):
        return l + m.join("─" * (w + 2) for w in widths) + r
    out = [line("┌", "┬", "┐")]
    for i, r in enumerate(rows):
        out.append("│" + "│".join(" " + c + " " * (widths[j] - dw(c)) + " " for j, c in enumerate(r)) + "│")
        out.append(line("├", "┼", "┤") if i < len(rows) - 1 else line("└", "┴", "┘"))
    return out


def parse(src):
    meta, paras, table = {}, [], None
    block = []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.startswith("@") and ":" in line:
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
            continue
        if line.startswith("#|"):
            cells = [c.strip() for c in line[1:].strip().strip("|").split("|")]
            if table is None:
                table = []
                paras.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            if block:
                paras.append(("p", " ".join(block)))
                block = []
        else:
            block.append(line.strip())
    if block:
        paras.append(("p", " ".join(block)))
    return meta, paras


def main(kind, src, out):
    meta, paras = parse(src)
    L = []
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
    if kind == "report":
        left = [meta["agency"], "-------", meta["number"]]
        L += two_cols(left, motto)
        L += ["", " " * 34 + meta["placedate"], ""]
    else:
        left = [meta["agency"], meta["subagency"], "-------"]
        L += two_cols(left, motto)
        L += ["", " " * 34 + meta["placedate"], ""]
    L.append(center(meta["kind"]))
    for s in textwrap.wrap(meta["subject"], width=60):
        L.append(center(s))
    L.append(center("-----------"))
    if "to" in meta:
        L += ["", center(meta["to"])]
    L.append("")
    for typ, p in paras:
        if typ == "table":
            L += box_table(p)
            L.append("")
            continue
        heading = p.isupper() or (p[:4].strip(". ").isalpha() and p.split(" ")[0].rstrip(".") in ("I", "II", "III", "IV", "V") and p.upper() == p)
        if heading:
            L.append(p)
        else:
            L += wrap(p)
        L.append("")
    if kind == "report":
        rec = ["Nơi nhận:"] + ["- " + r for r in meta["recipients"].split("|")]
        sig = meta["signrole"].split("|") + ["", "(Đã ký)", "", meta["signer"]]
        # recipients left (wrapped to 36), signature right
        left = []
        for r in rec:
            left += textwrap.wrap(r, width=38, subsequent_indent="  ", break_on_hyphens=False)
        for i in range(max(len(left), len(sig))):
            l = left[i] if i < len(left) else ""
            r = sig[i] if i < len(sig) else ""
            r = " " * max(0, (38 - dw(r)) // 2) + r if r else ""
            L.append((l + " " * (40 - dw(l)) + r).rstrip())
    else:
        roles = meta["signs"].split("|")
        names = meta["signers"].split("|")
        L += two_cols([roles[0], "(Đã ký)", "", names[0]], [roles[1], "(Đã ký)", "", names[1]], lw=36)
    open(out, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
