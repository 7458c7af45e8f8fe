#!/usr/bin/env python3
"""Builds a forwarded e-mail (.eml, quoted-printable UTF-8) from src/r10_chile_visit.src.txt."""
import re, sys
from email.message import EmailMessage
from email.policy import SMTP
from email import charset as _cs

src, out = sys.argv[1], sys.argv[2]
meta, note, fwd, part = {}, [], [], 'note'
for line in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^%(\w+)(?::\s*(.*))?$', line)
    if m:
        if m.group(1) == 'forward':
            part = 'fwd'
        else:
            meta[m.group(1)] = m.group(2)
        continue
    (note if part == 'note' else fwd).append(line)
while note and not note[-1].strip():
    note.pop()
body = '\n'.join(note) + '\n\n---------- Forwarded message ---------\n' + \
    f"Từ: {meta['fwd_from']}\nDate: {meta['fwd_date']}\nSubject: {meta['fwd_subject']}\nTo: {meta['from']}\n\n" + \
    '\n'.join(fwd).strip() + '\n'
msg = EmailMessage()
msg['From'] = meta['from']; msg['To'] = meta['to']; msg['Cc'] = meta['cc']
msg['Subject'] = meta['subject']; msg['Date'] = meta['date']
msg['Message-ID'] = '<CAF3x9Q1chile20250131@mail.vuttbc.example.vn>'
msg['X-Mailer'] = 'Microsoft Outlook 16.0'
msg.set_content(body, subtype='plain', charset='utf-8', cte='quoted-printable')
open(out, 'wb').write(msg.as_bytes(policy=SMTP))
print('wrote', out)
