#!/usr/bin/env python3
"""Build report (f): a forwarded e-mail (.eml) carrying press-briefing notes."""
import sys, re
from email.message import EmailMessage
from email.policy import SMTP
src, out = sys.argv[1], sys.argv[2]
meta, body = {}, []
for ln in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^@([a-z_]+): (.*)$', ln)
    if m and not body:
        meta[m.group(1)] = m.group(2)
    else:
        body.append(ln)
intro = '\n\n'.join(meta['intro'].split('|'))
fwd_subject = meta['subject'][len('Fwd: '):]
text = (intro + '\n\n---------- Forwarded message ---------\n'
        f'From: {meta["fwd_from"]}\nDate: {meta["fwd_date"]}\nSubject: {fwd_subject}\nTo: {meta["to"]}\n\n'
        + '\n'.join(body).strip('\n') + '\n\n--\n' + '\n'.join(meta['signature'].split('|')) + '\n')
msg = EmailMessage(policy=SMTP)
msg['From'] = meta['from']
msg['To'] = meta['to']
msg['Cc'] = meta['cc']
msg['Date'] = meta['date']
msg['Subject'] = meta['subject']
msg['Message-ID'] = '<CAF3xk2pQ9v7RZ_20241010182205.demo@mail.toasoan-example.vn>'
msg['X-Mailer'] = 'Mozilla Thunderbird 115.15.0'
msg.set_content(text, charset='utf-8', cte='8bit')
open(out, 'wb').write(bytes(msg))
print('wrote', out)
