#!/usr/bin/env python3
"""009: an official report on the Decree 30/2020 template, hard-wrapped plain text."""
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SRC, REPORTS, report_name, parse_src, blocks

WIDTH = 76
src = os.path.join(SRC, "009_bao_cao_bien_gioi_lang_son.txt")
meta, body = parse_src(src)
g = lambda k: meta[k][0]


def two_col(left, right, lw=30):
    return left.center(lw) + right.center(WIDTH - lw).rstrip()


lines = [
    two_col(g("org"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    two_col("-------", "Độc lập - Tự do - Hạnh phúc"),
    two_col("", "---------------"),
    two_col(g("number"), g("place_date")),
    "",
    g("kind").center(WIDTH).rstrip(),
]
for sl in textwrap.wrap(g("subject"), 64):
    lines.append(sl.center(WIDTH).rstrip())
lines.append("-----".center(WIDTH).rstrip())
lines.append("")
lines.append(("Kính gửi: " + g("to") + ".").center(WIDTH).rstrip())
lines.append("")
for blk in blocks(body):
    text = " ".join(blk)
    if text.isupper() or (text[:4].strip(". ").isupper() and text.split(".")[0] in ("I", "II", "III", "IV", "V")):
        lines.append(text)
    else:
        lines.extend(textwrap.wrap(text, WIDTH, initial_indent="    ", subsequent_indent=""))
    lines.append("")

rec = g("recipients").split("|")
sign = [g("sign_pre"), g("sign_title"), "", "(Đã ký)", "", g("sign_name")]
left = ["Nơi nhận:"] + ["- " + r for r in rec]
n = max(len(left), len(sign))
left += [""] * (n - len(left))
sign += [""] * (n - len(sign))
for a, b in zip(left, sign):
    lines.append((a.ljust(40) + b.center(WIDTH - 40)).rstrip())

os.makedirs(REPORTS, exist_ok=True)
out = os.path.join(REPORTS, report_name(9, src, "txt"))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(out)
