#!/usr/bin/env python3
"""A forwarded e-mail (.eml, quoted-printable UTF-8) carrying a press-briefing summary."""
import os
from email.message import EmailMessage
from email.policy import SMTP
from email import charset
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, 'src/010_fwd_hop_bao_bao_ho_cong_dan.txt'), encoding='utf-8').read()
head, body = src.split('\n---\n', 1)
h = {}
for line in head.splitlines():
    k, v = line[1:].split(' ', 1)
    h[k] = v
note, fwd = body.split('@forward\n', 1)
text = (note.rstrip() + '\n\n'
        '---------- Forwarded message ---------\n'
        f"From: {h['orig_from']}\n"
        f"Date: {h['orig_date']}\n"
        f"Subject: {h['orig_subject']}\n"
        f"To: {h['from']}\n\n" + fwd.strip() + '\n')
msg = EmailMessage(policy=SMTP)
msg['From'] = h['from']
msg['To'] = h['to']
msg['Cc'] = h['cc']
msg['Date'] = h['date']
msg['Subject'] = h['subject']
msg['Message-ID'] = '<CAF7x9q2-hopbao-28032024@ngoaigiao-noibo.vn>'
msg['X-Mailer'] = 'Zimbra 8.8.15_GA_4508 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4508)'
msg.set_content(text, charset='utf-8', cte='quoted-printable')
out = os.path.join(ROOT, 'reports/010_fwd-hop-bao-bao-ho-cong-dan.eml')
open(out, 'wb').write(msg.as_bytes())
print('wrote', out)
