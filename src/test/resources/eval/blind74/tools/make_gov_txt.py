#!/usr/bin/env python3
"""Build reports/009_<id>.txt: the report in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I,
văn bản hành chính), saved as plain text: two-column letterhead, Số/ký hiệu, place and date,
document name and subject, numbered sections, Nơi nhận beside the signature block.
usage: make_gov_txt.py SRC OUT"""
import re
import sys
import unicodedata

src, out_path = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding="utf-8").read().splitlines():
    m = re.match(r"^(issuer|number|place_date|doc_name|doc_subject|recipient|sign_auth|sign_title|sign_name|nơi_nhận):\s*(.*)$", line)
    if m:
        meta[m.group(1)] = m.group(2)
        continue
    body.append(line)

W = 100          # page width in characters
LEFT = 38        # width of the left column (issuing body, Nơi nhận)


def width(s):
    return len(unicodedata.normalize("NFC", s))


def center(s, w):
    pad = max(0, (w - width(s)) // 2)
    return " " * pad + s


def two_cols(left, right, lw=LEFT, rw=W - LEFT):
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    out = []
    for a, b in zip(left, right):
        out.append((a + " " * (lw - width(a)) + b).rstrip())
    return out


def wrap_center(s, w):
    words, lines, cur = s.split(), [], ""
    for x in words:
        if cur and width(cur) + 1 + width(x) > w:
            lines.append(cur)
            cur = x
        else:
            cur = (cur + " " + x).strip()
    lines.append(cur)
    return [center(l, W) for l in lines]


out = []
out += two_cols(
    [center(meta["issuer"], LEFT - 4), center("-------", LEFT - 4), "", center(meta["number"], LEFT - 4)],
    [center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", W - LEFT), center("Độc lập - Tự do - Hạnh phúc", W - LEFT),
     center("---------------", W - LEFT), center(meta["place_date"], W - LEFT)],
)
out += ["", "", center(meta["doc_name"], W)]
out += wrap_center(meta["doc_subject"], 72)
out += [center("-----------", W), "", center(meta["recipient"], W), ""]

for line in body:
    t = line.strip()
    if not t:
        continue
    if t.startswith("## "):
        out += ["", t[3:]]
    else:
        out.append("    " + t)

sign = [meta["sign_auth"], meta["sign_title"], "", "(Đã ký)", "", "", meta["sign_name"]]
noi = ["Nơi nhận:"] + ["- " + x for x in meta["nơi_nhận"].split("|")]
out += [""]
out += two_cols(noi, [center(s, W - LEFT) for s in sign])
text = "\n".join(out) + "\n"
with open(out_path, "w", encoding="utf-8") as f:
    f.write(text)
print("wrote", out_path)
