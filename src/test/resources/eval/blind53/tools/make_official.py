#!/usr/bin/env python3
"""Build the two plain-text administrative documents of set 53.

  report : an official report on the Decree 30/2020 template (national motto,
           "Số: .../BC-BNG", place and date, BÁO CÁO + subject, Kính gửi,
           I./1./a) sections, Nơi nhận, signature block), hard-wrapped at 76
           columns the way a text export from a word processor looks.
  minutes: a "biên bản" saved from Word as plain text: long unwrapped
           paragraphs, table rows as tab-separated cells.

Source: header lines "key: value", blank line, body paragraphs separated by
blank lines; "| a | b |" lines are table rows.
Usage: python3 tools/make_official.py report|minutes SRC DST
"""
import sys
import textwrap

WIDTH = 76
MOTTO1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


def parse(path):
    text = open(path, encoding="utf-8").read()
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        meta[k] = v.strip()
    paras = [p.strip("\n") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def two_col(left, right, lw=34):
    return (left.center(lw) if left else " " * lw) + right.center(WIDTH - lw)


def header_block(meta, agencies):
    out = []
    rows = [(agencies[0], MOTTO1)]
    if len(agencies) > 1:
        rows.append((agencies[1], MOTTO2))
        rows.append(("-------", "---------------"))
    else:
        rows.append(("-------", MOTTO2))
        rows.append(("", "---------------"))
    for l, r in rows:
        out.append(two_col(l, r).rstrip())
    out.append(two_col(meta["number"], meta["place_date"]).rstrip())
    out.append("")
    return out


def wrap(p, indent=""):
    return textwrap.fill(p, WIDTH, initial_indent=indent, subsequent_indent="",
                         break_long_words=False, break_on_hyphens=False)


def build_report(meta, paras):
    out = header_block(meta, [meta["agency"]])
    out.append("")
    out.append(meta["kind"].center(WIDTH).rstrip())
    for line in textwrap.wrap(meta["subject"], 60):
        out.append(line.center(WIDTH).rstrip())
    out.append("-----------".center(WIDTH).rstrip())
    out.append("")
    out.append(meta["to"].center(WIDTH).rstrip())
    out.append("")
    for p in paras:
        first = p.split(" ")[0]
        if first.rstrip(".") in ("I", "II", "III", "IV", "V") or (first[:-1].isdigit() and first.endswith(".") and len(p) < 60):
            out.append(p)               # section / sub-section heading
        else:
            out.append(wrap(p, "    "))
        out.append("")
    # Nơi nhận (left) and signature (right)
    left = ["Nơi nhận:"] + ["- " + r.strip() for r in meta["recipients"].split("|")]
    right = [meta["sign_for"], meta["sign_title"], "", "(Đã ký)", "", "", meta["sign_name"]]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    for l, r in zip(left, right):
        out.append((l.ljust(44) + r.center(WIDTH - 44)).rstrip())
    return "\n".join(out).rstrip() + "\n"


def build_minutes(meta, paras):
    out = header_block(meta, [meta["agency"], meta["agency2"]])
    out.append("")
    out.append(meta["kind"].center(WIDTH).rstrip())
    for line in textwrap.wrap(meta["subject"], 66):
        out.append(line.center(WIDTH).rstrip())
    out.append("")
    for p in paras:
        if p.startswith("|"):
            for row in p.splitlines():
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                out.append("\t".join(cells))
        else:
            out.append(p)
        out.append("")
    # "-" stands for an empty line in the signature columns
    left = ["" if c.strip() == "-" else c.strip() for c in meta["sign_left"].split("|")]
    right = ["" if c.strip() == "-" else c.strip() for c in meta["sign_right"].split("|")]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    for l, r in zip(left, right):
        out.append((l.center(34) + r.center(WIDTH - 34)).rstrip())
    return "\n".join(out).rstrip() + "\n"


def main():
    kind, src, dst = sys.argv[1:4]
    meta, paras = parse(src)
    text = build_report(meta, paras) if kind == "report" else build_minutes(meta, paras)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
