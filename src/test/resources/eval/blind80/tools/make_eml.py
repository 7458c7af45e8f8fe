#!/usr/bin/env python3
"""Build reports/010_*.eml: a forwarded meeting summary saved from a mail client (RFC 822, 8bit UTF-8)."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
body = (ROOT / 'src' / 'r6_hoithao_baoho_body.txt').read_text(encoding='utf-8').rstrip('\n')
quoted = (ROOT / 'src' / 'r6_quoted.txt').read_text(encoding='utf-8').rstrip('\n').splitlines()
q = [quoted[0]] + [('> ' + l) if l else '>' for l in quoted[1:]]
headers = [
    'Return-Path: <trang.nt@mofa.gov.vn>',
    'Received: from mail.mofa.gov.vn (mail.mofa.gov.vn [10.10.1.25]) by mx1.mofa.gov.vn with ESMTP id 4WT9xK2mQvz1; Wed, 24 Jul 2024 09:17:42 +0700',
    'From: =?UTF-8?B?' + __import__('base64').b64encode('Nguyễn Thu Trang'.encode()).decode() + '?= <trang.nt@mofa.gov.vn>',
    'To: =?UTF-8?B?' + __import__('base64').b64encode('Trần Minh Quân'.encode()).decode() + '?= <quan.tm@mofa.gov.vn>',
    'Cc: phongbaoho@mofa.gov.vn',
    'Subject: =?UTF-8?B?' + __import__('base64').b64encode('Fwd: Tóm tắt kết quả Hội thảo khung pháp lý bảo hộ công dân (22/7)'.encode()).decode() + '?=',
    'Date: Wed, 24 Jul 2024 09:17:36 +0700',
    'Message-ID: <CAF3k9xQ7mB2p@mail.mofa.gov.vn>',
    'In-Reply-To: <CAD81nWq5tR0e@mail.mofa.gov.vn>',
    'References: <CAD81nWq5tR0e@mail.mofa.gov.vn>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC126 (Win))',
]
text = '\r\n'.join(headers) + '\r\n\r\n' + '\r\n'.join(body.splitlines() + [''] + q) + '\r\n'
(ROOT / 'reports' / '010_hoithao_khungphaply_baohocongdan.eml').write_bytes(text.encode('utf-8'))
print('ok')
