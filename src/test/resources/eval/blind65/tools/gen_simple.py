#!/usr/bin/env python3
"""Build the Markdown (.md), official-template (.txt) and e-mail (.eml) reports."""
import os, re
from email.message import EmailMessage
from email import policy
from email.headerregistry import Address

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = lambda n: os.path.join(ROOT, 'src', n)
R = lambda n: os.path.join(ROOT, 'reports', n)

# d) Markdown export: the source already is the export.
md = open(S('104_cam_nang_lanh_su_du_khach.src.md'), encoding='utf-8').read()
open(R('104_cam_nang_lanh_su_du_khach.md'), 'w', encoding='utf-8').write(md)

# e) Official report typed on a Windows PC: CRLF line endings, UTF-8 with BOM.
txt = open(S('105_bc_so_ngoai_vu_cao_bang.src.txt'), encoding='utf-8').read()
with open(R('105_bc_so_ngoai_vu_cao_bang.txt'), 'w', encoding='utf-8-sig', newline='\r\n') as f:
    f.write(txt)

# f) Forwarded e-mail with the press release in its body.
src = open(S('106_hoi_thao_ngoai_giao_so.src.txt'), encoding='utf-8').read().split('\n')
hdr = {}
i = 0
while src[i].startswith('@'):
    k, v = src[i][1:].split(' ', 1)
    hdr[k] = v
    i += 1
body = '\n'.join(src[i:])
msg = EmailMessage(policy=policy.SMTP)
def addr(s):
    m = re.match(r'(.*) <(.*)@(.*)>', s)
    return Address(m.group(1), m.group(2), m.group(3))
msg['From'] = addr(hdr['from'])
msg['To'] = addr(hdr['to'])
msg['Cc'] = addr(hdr['cc'])
msg['Subject'] = hdr['subject']
msg['Date'] = hdr['date']
msg['Message-ID'] = hdr['msgid']
msg['X-Mailer'] = 'Microsoft Outlook 16.0'
msg.set_content(body, charset='utf-8', cte='8bit')
with open(R('106_hoi_thao_ngoai_giao_so.eml'), 'wb') as f:
    f.write(msg.as_bytes())
print('wrote md, txt, eml')
