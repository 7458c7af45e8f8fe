#!/usr/bin/env python3
"""Build reports/010_*.eml: an e-mail (RFC 822 / MIME, text/plain UTF-8, 8bit) that
forwards a seminar summary, with greeting, signature and a quoted earlier message,
from src/010_email_hoithao_asean_2024.txt. Uses the standard library 'email'
package the way a mail client would serialise a message."""
import os
import textwrap
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "010_email_hoithao_asean_2024.txt")
OUT = os.path.join(ROOT, "reports", "010_email_hoithao_asean_2024.eml")

meta, blocks, cur = {}, {}, None
with open(SRC, encoding="utf-8") as f:
    head, body = f.read().split("\n===\n", 1)
for line in head.splitlines():
    if line.startswith("@"):
        k, v = line[1:].split(":", 1)
        meta[k] = v.strip()
for line in body.splitlines():
    if line.startswith("[") and line.endswith("]"):
        cur = line[1:-1]
        blocks[cur] = []
    elif line.strip():
        blocks[cur].append(line)


def para(lines, width=76, prefix=""):
    out = []
    for ln in lines:
        w = textwrap.wrap(ln, width=width - len(prefix)) or [""]
        out += [prefix + x for x in w]
    return out


text = []
text += [blocks["GREETING"][0], ""]
text += para(blocks["GREETING"][1:]) + [""]
text += ["---------- Forwarded message ---------",
         f"From: {meta['fwd_from']}",
         f"Date: {meta['fwd_date']}",
         f"Subject: {meta['fwd_subject']}",
         f"To: {meta['fwd_to']}", ""]
summ = blocks["SUMMARY"]
k = summ.index("Trân trọng,")
for ln in summ[:k]:
    text += para([ln]) + [""]
text += summ[k:] + [""]
text += para(blocks["CLOSING"][:-1]) + ["", blocks["CLOSING"][-1], ""]
text += ["-- "] + blocks["SIGNATURE"] + ["", meta["quote_header"], ""]
text += para(blocks["QUOTE"], prefix="> ")
body_text = "\n".join(text) + "\n"

msg = EmailMessage()
msg["From"] = Address(meta["from_name"], addr_spec=meta["from_addr"])
msg["To"] = Address(meta["to_name"], addr_spec=meta["to_addr"])
msg["Cc"] = Address(meta["cc_name"], addr_spec=meta["cc_addr"])
msg["Subject"] = meta["subject"]
msg["Date"] = meta["date"]
msg["Message-ID"] = "<CAF8x2mQ7u1V0+Lk9wT3hq@mail.dav.edu.vn>"
msg["In-Reply-To"] = "<CAB5n0pR4e8Kx1@mail.mofa.gov.vn>"
msg["References"] = "<CAB5n0pR4e8Kx1@mail.mofa.gov.vn>"
msg["X-Mailer"] = "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC126 (Win)/9.0.0_GA_4583)"
msg.set_content(body_text, charset="utf-8", cte="8bit")
with open(OUT, "wb") as f:
    f.write(msg.as_bytes(policy=SMTP.clone(linesep="\r\n")))
print("wrote", OUT)
