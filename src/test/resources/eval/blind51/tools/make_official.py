#!/usr/bin/env python3
"""Build report 009: an official report laid out on the Decree 30/2020/ND-CP template
(national motto, Số: .../BC-BNG, place and date, BÁO CÁO + subject, Kính gửi, sections,
Nơi nhận, signature block), hard-wrapped at 76 columns, from src/009_official_src.txt."""
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "009_official_src.txt"
OUT = ROOT / "reports" / "009_9383cef51f4b26e0.txt"
W = 76


def two_cols(left, right, lw=34):
    return (left.ljust(lw) + right).rstrip()


def center(s, w=W):
    return s.center(w).rstrip()


def main():
    text = unicodedata.normalize("NFC", SRC.read_text(encoding="utf-8"))
    head, body = text.split("\n---\n", 1)
    m = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        m[k.strip()] = v.strip()
    out = []
    out.append(two_cols(m["agency"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    out.append(two_cols("    -------", "      Độc lập - Tự do - Hạnh phúc"))
    out.append(two_cols("", "      ---------------------------"))
    out.append(two_cols(m["number"], "   " + m["place_date"]))
    out.append("")
    out.append(center("BÁO CÁO"))
    for l in textwrap.wrap(m["subject"], 64):
        out.append(center(l))
    out.append(center("-----------"))
    out.append("")
    out.append(center("Kính gửi: " + m["to"]))
    out.append("")
    for para in body.strip().split("\n\n"):
        para = " ".join(para.split())
        if para.isupper() or (para[:4] in ("I. K", "II. ", "III.") and para.split(". ", 1)[1].isupper()):
            out.append(para)
        else:
            out += textwrap.wrap(para, W, initial_indent="    ", break_on_hyphens=False, break_long_words=False)
        out.append("")
    # Nơi nhận + signature block side by side
    left = ["Nơi nhận:"] + ["- " + r.strip() + ("" if r.strip().endswith(".") else ";")
                             for r in m["recipients"].split(";") if r.strip()]
    right = [m["sign_mode"], m["sign_title"], "", "(Đã ký)", "", "", m["signer"]]
    right = [r.center(30) for r in right]
    left_wrapped = []
    for l in left:
        left_wrapped += textwrap.wrap(l, 42, subsequent_indent="  ") or [""]
    n = max(len(left_wrapped), len(right))
    for i in range(n):
        l = left_wrapped[i] if i < len(left_wrapped) else ""
        r = right[i] if i < len(right) else ""
        out.append((l.ljust(44) + r).rstrip())
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
