#!/usr/bin/env python3
"""Builds the e-mail (.eml, multipart/alternative) carrying a press item, from src/010_eml.txt."""
import sys, os, re, html
from email.message import EmailMessage
from email.policy import SMTP
src, outdir = sys.argv[1], sys.argv[2]
meta, body = {}, []
for l in open(src, encoding='utf-8').read().split('\n'):
    m = re.match(r'^@([a-z_]+):\s?(.*)$', l)
    if m: meta[m.group(1)] = m.group(2)
    else: body.append(l)
paras = [p for p in '\n'.join(body).strip().split('\n\n')]
sig = meta['signature'].split('|')
plain = meta['greeting'] + '\n\n' + meta['intro'] + '\n\n---------- Nội dung tin bài ----------\n\n' + '\n\n'.join(paras) + '\n\n' + '\n'.join(sig) + '\n'
def ph(p):
    lines = p.split('\n')
    if len(lines) > 1 and re.match(r'^\d+\. ', lines[1]):
        return '<p>' + html.escape(lines[0]) + '</p><ol>' + ''.join('<li>' + html.escape(re.sub(r'^\d+\. ', '', x)) + '</li>' for x in lines[1:]) + '</ol>'
    if p.isupper():
        return '<p><b>' + html.escape(p) + '</b></p>'
    return '<p>' + html.escape(p) + '</p>'
htm = ('<html><body style="font-family:Arial"><div>' + html.escape(meta['greeting']) + '</div><div>' + html.escape(meta['intro']) +
       '</div><div>---------- Nội dung tin bài ----------</div>' + ''.join(ph(p) for p in paras) +
       '<div>' + '<br>'.join(html.escape(s) for s in sig) + '</div></body></html>')
msg = EmailMessage()
msg['From'] = meta['from']; msg['To'] = meta['to']; msg['Cc'] = meta['cc']
msg['Date'] = meta['date']; msg['Subject'] = meta['subject']; msg['Message-ID'] = meta['msgid']
msg['X-Mailer'] = 'Zimbra 8.8.15_GA (ZimbraWebClient - GC120 (Win)/8.8.15_GA)'
msg.set_content(plain, charset='utf-8', cte='quoted-printable')
msg.add_alternative(htm, subtype='html', charset='utf-8', cte='base64')
open(os.path.join(outdir, meta['out']), 'wb').write(msg.as_bytes(policy=SMTP))
print('wrote', meta['out'])
