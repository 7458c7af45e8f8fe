#!/usr/bin/env python3
"""src/010_*.src.txt -> reports/010_*.eml : a forwarded press release as saved from a mail client."""
import sys, os, re, textwrap
from email.header import Header
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse, m1
src, out = sys.argv[1], sys.argv[2]
meta, _ = parse(src)
def addr(a):
    m = re.match(r'^(.*?)\s*<(.+)>$', a)
    return f'{Header(m.group(1), "utf-8").encode()} <{m.group(2)}>' if m else a
raw = ''.join(l for l in open(src, encoding='utf-8') if not re.match(r'^@\w+:', l)).strip('\n')
note, fwd = raw.split('---------- Forwarded message ---------')
fwd = re.sub(r'(?m)^# ', '', fwd.strip('\n'))
fwd_head = (f"---------- Forwarded message ---------\n"
            f"From: {m1(meta, 'orig_from')}\n"
            f"Date: {m1(meta, 'orig_date')}\n"
            f"Subject: {m1(meta, 'orig_subject')}\n"
            f"To: {m1(meta, 'from')}\n\n")
headers = [
    'Return-Path: <lananh.nt@diendanvietnamchauphi.vn>',
    'MIME-Version: 1.0',
    f"Date: {m1(meta, 'date')}",
    f"Message-ID: {m1(meta, 'message_id')}",
    f"Subject: {Header(m1(meta, 'subject'), 'utf-8').encode()}",
    f"From: {addr(m1(meta, 'from'))}",
    f"To: {addr(m1(meta, 'to'))}",
    f"Cc: {addr(m1(meta, 'cc'))}",
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: 8bit',
    'X-Mailer: Microsoft Outlook 16.0',
]
def wrap(t):
    out = []
    for l in t.split('\n'):
        out += textwrap.wrap(l, 76, break_long_words=False, break_on_hyphens=False) or ['']
    return '\n'.join(out)
note, fwd = wrap(note), wrap(fwd)
text = '\n'.join(headers) + '\n\n' + note.rstrip('\n') + '\n\n' + fwd_head + fwd + '\n'
open(out, 'w', encoding='utf-8', newline='\r\n').write(text)
