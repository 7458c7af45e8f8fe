#!/usr/bin/env python3
"""Build report 010: meeting minutes (biên bản) with an attendee table, plain text,
from src/010_bienban_src.txt."""
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "010_bienban_src.txt"
OUT = ROOT / "reports" / "010_0948464b10071804.txt"
W = 78


def table(rows, widths):
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for i, row in enumerate(rows):
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
        for k in range(max(len(c) for c in cells)):
            out.append("| " + " | ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths)) + " |")
        out.append(sep if i == 0 or i == len(rows) - 1 else sep.replace("-", "-"))
    return out


def main():
    text = unicodedata.normalize("NFC", SRC.read_text(encoding="utf-8"))
    head, body = text.split("\n---\n", 1)
    m, att = {}, []
    for line in head.splitlines():
        k, v = line.split(":", 1)
        if k == "attendee":
            att.append([x.strip() for x in v.split("|")])
        else:
            m[k.strip()] = v.strip()
    out = []
    out.append(m["agency"].ljust(36) + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    out.append(m["unit"].ljust(36) + "      Độc lập - Tự do - Hạnh phúc")
    out.append(m["number"].ljust(36) + "   " + m["place_date"])
    out.append("")
    out.append(m["title"].center(W).rstrip())
    for l in textwrap.wrap(m["subject"], 60):
        out.append(l.center(W).rstrip())
    out.append("")
    for label, key in (("Thời gian", "time"), ("Địa điểm", "venue"), ("Chủ trì", "chair"), ("Thư ký", "secretary")):
        out += textwrap.wrap(f"{label}: {m[key]}", W, subsequent_indent="    ")
    out.append("")
    out.append("Thành phần tham dự:")
    rows = [["STT", "Họ và tên", "Chức vụ, đơn vị", "Ghi chú"]]
    for i, a in enumerate(att, 1):
        rows.append([str(i)] + a)
    out += table(rows, [3, 20, 36, 8])
    out.append("")
    out.append("NỘI DUNG BUỔI LÀM VIỆC")
    out.append("")
    for para in body.strip().split("\n\n"):
        for line in para.split("\n"):
            if line.startswith("- "):
                out += textwrap.wrap(line, W, subsequent_indent="  ")
            else:
                out += textwrap.wrap(line, W)
        out.append("")
    l_title, l_name = [x.strip() for x in m["sign_left"].split("|")]
    r_title, r_name = [x.strip() for x in m["sign_right"].split("|")]
    out.append(l_title.center(30) + r_title.center(48))
    out.append("(Đã ký)".center(30) + "(Đã ký và đóng dấu)".center(48))
    out.append("")
    out.append("")
    out.append(l_name.center(30) + r_name.center(48))
    OUT.write_text("\n".join(x.rstrip() for x in out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
