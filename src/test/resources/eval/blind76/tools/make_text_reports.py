#!/usr/bin/env python3
"""Build the plain-text style reports:
  008_*.md  - Markdown export (YAML front matter + pipe table) from src/008_*.txt
  009_*.txt - official report on the Decree 30/2020 layout from src/009_*.txt
  010_*.eml - forwarded e-mail (RFC 822, UTF-8, 8bit) from src/010_*.txt
"""
import base64
import os
import textwrap


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rd(name):
    with open(os.path.join(ROOT, "src", name), encoding="utf-8") as f:
        return f.read()


def wr(name, text):
    path = os.path.join(ROOT, "reports", name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print("wrote", path)


# ---------------------------------------------------------------- 008 markdown
def make_md():
    lines = rd("008_toa_dam_bien_dong_2022.txt").splitlines()
    title = lines[0][2:].strip()
    out = ["---",
           f'title: "{title.replace(chr(34), chr(92) + chr(34))}"',
           "date: 2022-07-22",
           "source: https://hocvienngoaigiao.example.vn/tin-tuc/toa-dam-bien-dong-luat-phap-quoc-te-va-hop-tac",
           "author: Ban Truyền thông - Học viện Ngoại giao",
           "tags:",
           "  - Biển Đông",
           "  - UNCLOS",
           "  - DOC",
           "  - COC",
           "  - Học viện Ngoại giao",
           "---",
           "",
           f"# {title}",
           ""]
    for ln in lines[1:]:
        s = ln.rstrip()
        if s.startswith("! "):
            out.append("**" + s[2:] + "**")
        else:
            out.append(s)
    wr("008_toa_dam_bien_dong_2022.md", "\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- 009 ND30 report
def make_nd30():
    blocks = rd("009_bao_cao_hoi_thao_bao_ho_ngu_dan_2024.txt").split("@@")
    left = blocks[0].strip().splitlines()       # issuing body
    right = blocks[1].strip().splitlines()      # quốc hiệu / tiêu ngữ
    so = blocks[2].strip()
    place_date = blocks[3].strip()
    name = blocks[4].strip().splitlines()
    body = blocks[5].strip("\n")
    noi_nhan = blocks[6].strip().splitlines()
    sign = blocks[7].replace("SIGN", "", 1).strip().splitlines()

    W = 96
    out = []
    out.append(f"{left[0]:^34}{right[0]:^62}")
    out.append(f"{left[1]:^34}{right[1]:^62}")
    out.append(f"{'-------':^34}{'---------------------------':^62}")
    out.append(f"{so:^34}{place_date:>60}")
    out.append("")
    out.append("")
    for n in name:
        out.append(f"{n:^{W}}")
    out.append(f"{'-----------':^{W}}")
    out.append("")
    for para in body.split("\n"):
        para = para.strip()
        if not para:
            out.append("")
            continue
        if para.startswith("Kính gửi"):
            out.append(f"{para:^{W}}")
            continue
        out.extend(textwrap.wrap(para, width=W, initial_indent="    ", subsequent_indent=""))
    out.append("")
    out.append("")
    n = max(len(noi_nhan), len(sign) + 4)
    sign_col = sign[:3] + [""] * 3 + sign[3:]
    for i in range(max(len(noi_nhan), len(sign_col))):
        l = noi_nhan[i] if i < len(noi_nhan) else ""
        r = sign_col[i] if i < len(sign_col) else ""
        out.append(f"{l:<50}{r:^46}".rstrip())
    wr("009_bao_cao_hoi_thao_bao_ho_ngu_dan_2024.txt", "\n".join(l.rstrip() for l in out) + "\n")


# ---------------------------------------------------------------- 010 e-mail
def make_eml():
    src = rd("010_bcd_hnng32_phien_hop_thu_hai.txt")
    summary, quoted = src.split("---QUOTED---")
    q = quoted.strip("\n").splitlines()
    qhdr = {k.strip(): v.strip() for k, v in (l.split(":", 1) for l in q[:3])}
    qbody = q[4:]
    headers = [
        "Return-Path: <trangtt@mofa.gov.vn>",
        "Received: from mail.mofa.gov.vn (mail.mofa.gov.vn [10.10.20.15])",
        "\tby mx01.mofa.gov.vn with ESMTPS id 4SThq52d1Lz9v; Mon, 13 Nov 2023 08:42:11 +0700",
        "Message-ID: <20231113084210.5f2a.trangtt@mofa.gov.vn>",
        "In-Reply-To: <20231111211503.91c0.haunv@mofa.gov.vn>",
        "References: <20231111211503.91c0.haunv@mofa.gov.vn>",
        "Date: Mon, 13 Nov 2023 08:42:10 +0700",
        "From: " + enc("Trần Thu Trang") + " <trangtt@mofa.gov.vn>",
        "To: tieubannoidung-hnng32@mofa.gov.vn",
        "Cc: " + enc("Nguyễn Văn Hậu") + " <haunv@mofa.gov.vn>",
        "Subject: " + enc("Fwd: Tóm tắt kết quả Phiên họp thứ hai BCĐ Hội nghị Ngoại giao 32"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)",
    ]
    body = summary.strip("\n").splitlines()
    out = headers + [""] + body + ["", "",
                                   "----- Thư đã chuyển tiếp -----",
                                   f"Vào {qhdr['Date']}, {qhdr['From']} đã viết:"]
    out += [("> " + l) if l else ">" for l in qbody]
    text = "\r\n".join(out).rstrip() + "\r\n"
    wr("010_bcd_hnng32_phien_hop_thu_hai.eml", text)


if __name__ == "__main__":
    make_md()
    make_nd30()
    make_eml()
