#!/usr/bin/env python3
"""Build reports/010_<id>.eml: an e-mail (RFC 822 headers, text/plain UTF-8, 8bit) forwarding the
summary of the Việt Nam - Colombia visa-exemption signing, with the earlier message quoted with '>'.
usage: make_eml.py SRC OUT"""
import re
import sys
from email.header import Header

src, out = sys.argv[1], sys.argv[2]
meta, body, quoted = {}, [], []
cur = body
for line in open(src, encoding="utf-8").read().splitlines():
    m = re.match(r"^(from|to|cc|subject|date|message_id|in_reply_to|quote_header):\s*(.*)$", line)
    if m and not body:
        meta[m.group(1)] = m.group(2)
        continue
    if line.strip() == "quoted:":
        cur = quoted
        continue
    cur.append(line)
while body and not body[0].strip():
    body.pop(0)
while body and not body[-1].strip():
    body.pop()


def addr(v):
    name, mail = re.match(r"^(.*?)\s*<(.+)>$", v).groups()
    return f"{Header(name, 'utf-8').encode()} <{mail}>"


headers = [
    ("Return-Path", "<long.nh@mofa.gov.vn>"),
    ("Received", "from mail.mofa.gov.vn (mail.mofa.gov.vn)\r\n\tby mx1.mofa.gov.vn with ESMTPS id 4WFx2k1Q9rz3bT;\r\n\t" + meta["date"]),
    ("From", addr(meta["from"])),
    ("To", addr(meta["to"])),
    ("Cc", addr(meta["cc"])),
    ("Subject", Header(meta["subject"], "utf-8").encode(maxlinelen=76)),
    ("Date", meta["date"]),
    ("Message-ID", meta["message_id"]),
    ("In-Reply-To", meta["in_reply_to"]),
    ("References", meta["in_reply_to"]),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC126 (Win)/9.0.0_GA_4546)"),
    ("Thread-Topic", Header("Tóm tắt Lễ ký Hiệp định miễn thị thực Việt Nam - Colombia", "utf-8").encode(maxlinelen=76)),
]
head = "\r\n".join(f"{k}: {v}" for k, v in headers)
while quoted and not quoted[-1].strip():
    quoted.pop()
qtext = [meta["quote_header"]] + [(">" + (" " + q if q else "")) for q in quoted]
text = "\n".join(body) + "\n\n" + "\n".join(qtext) + "\n"
with open(out, "wb") as f:
    f.write(head.encode("ascii") + b"\r\n\r\n" + text.replace("\n", "\r\n").encode("utf-8"))
print("wrote", out)
