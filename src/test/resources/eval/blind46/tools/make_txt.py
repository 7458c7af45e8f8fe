"""Build plain-text administrative documents from src/009_*.txt and src/010_*.txt.

--mode report : official report on the Decree 30/2020 template, hard-wrapped at 78 columns
--mode minutes: meeting minutes (biên bản) with an ASCII attendee table, paragraphs not wrapped
usage: python3 make_txt.py --mode report|minutes SRC OUT
"""
import argparse
import textwrap

from srcparse import parse

ap = argparse.ArgumentParser()
ap.add_argument("--mode", choices=["report", "minutes"], required=True)
ap.add_argument("src")
ap.add_argument("out")
a = ap.parse_args()
meta, blocks = parse(a.src)
WIDTH = 78
LEFT = 30  # width of the left column of the header


def center(s, width):
    return s.center(width).rstrip()


def two_cols(left, right, lw=LEFT, width=WIDTH):
    out = []
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        out.append((center(l, lw).ljust(lw) + center(r, width - lw)).rstrip())
    return out


def wrap(text, indent="    "):
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent="",
                         break_long_words=False, break_on_hyphens=False)


agency = [x.strip() for x in meta["agency"].split("|")]
motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
L = []
if a.mode == "report":
    L += two_cols(agency + ["-------"], motto)
    L += [(center(meta["number"], LEFT).ljust(LEFT) + center(meta["placedate"], WIDTH - LEFT)).rstrip()]
    L += ["", center(meta["type"], WIDTH)]
    L += [center(x.strip(), WIDTH) for x in meta["subject"].split("|")]
    L += [center("-----------", WIDTH), "", center("Kính gửi: " + meta["to"], WIDTH), ""]
    roman = ("I. ", "II. ", "III. ", "IV. ", "V. ")
    for kind, text in blocks:
        if text.startswith(roman) and text.isupper():
            L += ["", text]  # section heading
        elif kind == "ol" and len(text) < 60:
            L += ["    " + text]  # short numbered sub-heading
        else:
            L += wrap(text)
    L += [""]
    recips = ["Nơi nhận:"] + ["- " + r.strip() for r in meta["recipients"].split("|")]
    recips = [w for r in recips for w in textwrap.wrap(r, 38, subsequent_indent="  ")]
    sign = [meta["sign_kt"], meta["sign_title"], "", "(Đã ký)", "", "", meta["sign_name"]]
    for i in range(max(len(recips), len(sign))):
        l = recips[i] if i < len(recips) else ""
        r = sign[i] if i < len(sign) else ""
        L.append((l.ljust(40) + center(r, WIDTH - 40)).rstrip())
else:
    L += two_cols(agency + ["-------"], motto + ["", meta["placedate"]], lw=34)
    L += ["", center(meta["type"], WIDTH)]
    L += [center(x.strip(), WIDTH) for x in meta["subject"].split("|")]
    L += [center("-----------", WIDTH), ""]
    for kind, text in blocks:
        if kind == "table":
            head, *rows = text
            widths = [3, 16, 35, 30]
            sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
            L.append(sep)
            for r, cells in enumerate([head] + rows):
                wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
                for i in range(max(len(x) for x in wrapped)):
                    L.append("| " + " | ".join((x[i] if i < len(x) else "").ljust(w)
                                               for x, w in zip(wrapped, widths)) + " |")
                L.append(sep)
            L.append("")
        elif kind == "li":
            L += ["  - " + text]
        else:
            if kind == "p" and L and L[-1] != "":
                L.append("")
            L += [text, ""] if kind == "p" else [text]
    L += [""]
    left = [x.strip() for x in meta["sign_left"].split("|")]
    right = [x.strip() for x in meta["sign_right"].split("|")]
    left = left[:1] + ["", "(Đã ký)", ""] + left[1:]
    right = right[:2] + ["(Đã ký)", ""] + right[2:]
    L += two_cols(left, right, lw=34)

text = "\n".join(L).rstrip() + "\n"
text = text.replace("\n\n\n", "\n\n")
with open(a.out, "w", encoding="utf-8") as f:
    f.write(text)
