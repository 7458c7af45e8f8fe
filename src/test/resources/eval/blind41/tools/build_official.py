#!/usr/bin/env python3
"""Build report 008: an official report on the Decree 30/2020/ND-CP template,
as a hard-wrapped plain-text file (what one gets when a signed report is
"saved as text" or pasted into an e-mail).

Usage: build_official.py <src.txt> <dest.txt>
Source markup: @left/@right header columns, @title, @subject, @to,
@recv (Nơi nhận, left) and @sig (signature block, right); other non-empty
lines are body paragraphs that are wrapped at WIDTH columns.
"""
import sys
import textwrap

WIDTH = 76
LEFT_W = 30


def center(s, width):
    pad = max(0, (width - len(s)) // 2)
    return " " * pad + s


def main():
    src, dest = sys.argv[1], sys.argv[2]
    meta = {k: [] for k in ("left", "right", "title", "subject", "to", "recv", "sig")}
    body = []
    with open(src, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("@"):
                key, _, val = line[1:].partition(" ")
                meta[key].append(val.strip())
            elif line.strip():
                body.append(line.strip())
    out = []
    # two-column national header: issuing body (left) / national motto (right)
    n = max(len(meta["left"]), len(meta["right"]))
    for i in range(n):
        l = meta["left"][i] if i < len(meta["left"]) else ""
        r = meta["right"][i] if i < len(meta["right"]) else ""
        l = center(l, LEFT_W).ljust(LEFT_W)
        r_w = WIDTH - LEFT_W
        out.append((l + center(r, r_w)).rstrip())
    out.append("")
    out.append(center(meta["title"][0], WIDTH))
    for s in meta["subject"]:
        out.append(center(s, WIDTH))
    out.append(center("-----", WIDTH))
    out.append("")
    for s in meta["to"]:
        out.append(center(s, WIDTH))
    out.append("")
    for p in body:
        is_heading = p[:3] in ("I. ", "II.", "III") or (p[:2] in ("1.", "2.", "3.", "4.") and len(p) < 70)
        indent = "" if is_heading else "    "
        wrapped = textwrap.wrap(p, width=WIDTH, initial_indent=indent, subsequent_indent="",
                                break_long_words=False, break_on_hyphens=False)
        out.extend(wrapped)
        out.append("")
    # Nơi nhận (left) and signature block (right), side by side
    recv, sig = meta["recv"], meta["sig"]
    n = max(len(recv), len(sig))
    sig_w = WIDTH - 38
    for i in range(n):
        l = recv[i] if i < len(recv) else ""
        r = sig[i] if i < len(sig) else ""
        out.append((l.ljust(38) + center(r, sig_w)).rstrip())
    with open(dest, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
