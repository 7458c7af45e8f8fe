#!/usr/bin/env python3
"""Build a hard-wrapped plain-text administrative document on the Decree 30/2020 layout
(agency / national motto header, number, place and date, document type + subject, Kính gửi,
body, Nơi nhận + signature block) from a plain-text source.

Source format (src/009_*.txt, src/010_*.txt):
  @out, @org (repeatable), @number, @placedate, @type, @subject (repeatable), @to (repeatable),
  @table: header cells separated by |   @row: cells   (rendered as a fixed-width text table)
  @recv (repeatable) + @sign (repeatable)   -> "Nơi nhận" column left, signature column right
  @sign2: left | right (repeatable)         -> two signature columns (minutes)
  other lines: body paragraphs, hard-wrapped at WIDTH columns.
Usage: build_official.py SRC OUTDIR
"""
import sys
import textwrap
import unicodedata
from pathlib import Path

WIDTH = 78
LEFT = 34  # width of the left header column


def center(s, width):
    pad = max(0, (width - len(s)) // 2)
    return " " * pad + s


def two_cols(left, right, lw=LEFT, total=WIDTH):
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((center(a, lw).ljust(lw) + center(b, total - lw)).rstrip())
    return rows


def render_table(rows):
    n = len(rows[0])
    widths = [max(len(r[i]) for r in rows) for i in range(n)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for k, r in enumerate(rows):
        out.append("| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |")
        if k == 0:
            out.append(sep.replace("-", "="))
    out.append(sep)
    return out


def wrap(par):
    # keep list markers hanging: "a) ", "1. ", "- "
    indent = ""
    for marker in ("- ",):
        if par.startswith(marker):
            indent = "  "
    return textwrap.wrap(par, WIDTH, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [""]


def main():
    src, outdir = sys.argv[1], Path(sys.argv[2])
    meta = {"org": [], "subject": [], "to": [], "recv": [], "sign": [], "sign2": []}
    body = []  # list of ("p", text) / ("table", rows)
    table = None
    for raw in Path(src).read_text(encoding="utf-8").splitlines():
        line = unicodedata.normalize("NFC", raw.rstrip())
        if line.startswith("@table:"):
            table = [[c.strip() for c in line[7:].split("|")]]
            body.append(("table", table))
            continue
        if line.startswith("@row:"):
            table.append([c.strip() for c in line[5:].split("|")])
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(":")
            k, v = k.strip(), v.strip()
            if k in meta and isinstance(meta[k], list):
                meta[k].append(v)
            else:
                meta[k] = v
            continue
        if line:
            body.append(("p", line))

    out = []
    left = list(meta["org"]) + ["-------"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
    out += two_cols(left, right)
    if meta.get("number"):
        out.append(center(meta["number"], LEFT).ljust(LEFT) + center(meta["placedate"], WIDTH - LEFT))
    else:
        out.append(" " * LEFT + center(meta["placedate"], WIDTH - LEFT))
    out.append("")
    out.append(center(meta["type"], WIDTH))
    for s in meta["subject"]:
        out.append(center(s, WIDTH))
    out.append(center("-----------", WIDTH))
    out.append("")
    if meta["to"]:
        if len(meta["to"]) == 1:
            out.append(center("Kính gửi: " + meta["to"][0], WIDTH))
        else:
            out.append(" " * 18 + "Kính gửi:")
            for t in meta["to"]:
                out.append(" " * 28 + "- " + t)
        out.append("")
    for i, (kind, val) in enumerate(body):
        if kind == "table":
            out += render_table(val)
        else:
            out += wrap(val)
        nxt = body[i + 1] if i + 1 < len(body) else None
        # consecutive "- " items stay together; everything else is separated by a blank line
        if not (kind == "p" and val.startswith("- ") and nxt and nxt[0] == "p" and nxt[1].startswith("- ")):
            out.append("")
    if meta["recv"] or meta["sign"]:
        left = ["Nơi nhận:"] + ["- " + r for r in meta["recv"]]
        rows = []
        for i in range(max(len(left), len(meta["sign"]))):
            a = left[i] if i < len(left) else ""
            b = meta["sign"][i] if i < len(meta["sign"]) else ""
            rows.append((a.ljust(40) + center(b, WIDTH - 40)).rstrip())
        out += rows
    if meta["sign2"]:
        for s in meta["sign2"]:
            a, _, b = s.partition("|")
            out.append((center(a.strip(), 39).ljust(39) + center(b.strip(), 39)).rstrip())
    text = "\n".join(out).rstrip() + "\n"
    path = outdir / meta["out"]
    path.write_text(text, encoding="utf-8")
    print("wrote", path)


if __name__ == "__main__":
    main()
