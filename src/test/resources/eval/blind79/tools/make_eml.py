#!/usr/bin/env python3
"""Build reports/010_Fwd_tom_tat_hop_bao.eml: an RFC 822 message (UTF-8 text/plain,
8bit) forwarding a summary of the MFA regular press briefing, with a greeting,
the summary, a signature and the quoted earlier request (lines starting with '>').
The body comes from src/010_hop_bao_thuong_ky_body.txt."""
import os
import textwrap
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "src", "010_hop_bao_thuong_ky_body.txt")
OUT = os.path.join(ROOT, "reports", "010_Fwd_tom_tat_hop_bao.eml")

HEADERS = [
    ("Return-Path", "<tranthuha.snv@caobang.gov.vn>"),
    ("Received", "from mail.caobang.gov.vn (mail.caobang.gov.vn [10.12.4.21])\r\n"
                 "\tby mx1.caobang.gov.vn with ESMTPS id 4F3K2m0Xq1z9tLp;\r\n"
                 "\tFri, 11 Jan 2019 08:14:37 +0700 (+07)"),
    ("Message-ID", "<5C37F0A1.7040809@caobang.gov.vn>"),
    ("In-Reply-To", "<5C36FE12.2050301@caobang.gov.vn>"),
    ("References", "<5C36FE12.2050301@caobang.gov.vn>"),
    ("Date", "Fri, 11 Jan 2019 08:14:35 +0700"),
    ("From", formataddr(("Trần Thu Hà", "tranthuha.snv@caobang.gov.vn"), charset="utf-8")),
    ("To", formataddr(("Vi Trường", "vitruong.snv@caobang.gov.vn"), charset="utf-8")),
    ("Cc", "phongttdn.snv@caobang.gov.vn"),
    ("Subject", Header("Fwd: Tóm tắt Họp báo thường kỳ BNG ngày 10/1/2019", "utf-8").encode(linesep="\r\n")),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.4.0"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    ("Content-Language", "vi"),
]


def main():
    body = open(SRC, encoding="utf-8").read().rstrip("\n")
    wrapped = []
    for line in body.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            wrapped.append(line)
        else:
            sub = "  " if line.startswith("- ") else ""
            wrapped.extend(textwrap.wrap(line, width=76, subsequent_indent=sub,
                                         break_long_words=False, break_on_hyphens=False))
    body = "\n".join(wrapped)
    head = "\r\n".join(f"{k}: {v}" for k, v in HEADERS)
    msg = head + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n"
    with open(OUT, "wb") as f:
        f.write(msg.encode("utf-8"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
