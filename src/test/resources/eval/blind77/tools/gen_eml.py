#!/usr/bin/env python3
"""Build the .eml of src/010_*.txt as a mail client stores a sent message:
RFC 822 headers, text/plain; charset=UTF-8, 8bit body with greeting, summary,
signature and the quoted earlier message ("> " lines).
Usage: gen_eml.py SRC OUT"""
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.headerregistry import Address
from email.utils import parseaddr

src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("@"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v
    else:
        body.append(line)


def addr(s):
    name, email = parseaddr(s)
    user, domain = email.split("@")
    return Address(name, user, domain)


text = "\n".join(body).strip("\n")
text += "\n\n" + "\n".join(meta["signature"].split("|"))
text += "\n\n" + meta["quote_head"] + "\n" + "\n".join(("> " + q).rstrip() for q in meta["quote"].split("|")) + "\n"

msg = EmailMessage(policy=SMTP)
msg["MIME-Version"] = "1.0"
msg["From"] = addr(meta["from"])
msg["To"] = addr(meta["to"])
msg["Cc"] = addr(meta["cc"])
msg["Subject"] = meta["subject"]
msg["Date"] = meta["date"]
msg["Message-ID"] = meta["msgid"]
msg["In-Reply-To"] = meta["inreplyto"]
msg["References"] = meta["inreplyto"]
msg["X-Mailer"] = "Zimbra 9.0.0_GA_4598 (ZimbraWebClient - GC120 (Win)/9.0.0_GA_4598)"
msg["Thread-Topic"] = "Tóm tắt đối thoại với các hiệp hội DN về mở cửa thị trường XK"
msg.set_content(text, charset="utf-8", cte="8bit")
msg["Content-Language"] = "vi"

raw = msg.as_bytes(policy=SMTP.clone(linesep="\n", max_line_length=998))
raw = raw.replace(b'Content-Type: text/plain; charset="utf-8"', b"Content-Type: text/plain; charset=UTF-8")
open(out, "wb").write(raw)
print("wrote", out)
