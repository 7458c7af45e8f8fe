#!/usr/bin/env python3
"""Plain-text extraction for every report format in reports/ (txt, md, html, docx, pdf, eml)."""
import email, email.policy, html, re, sys, zipfile
from html.parser import HTMLParser


class _H(HTMLParser):
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'figcaption', 'br', 'tr', 'title', 'section', 'footer', 'header', 'ol', 'ul'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    p = path.lower()
    if p.endswith(('.txt', '.md')):
        return open(path, encoding='utf-8').read()
    if p.endswith('.html'):
        h = _H(); h.feed(open(path, encoding='utf-8').read())
        return re.sub(r'\n\s*\n+', '\n', ''.join(h.out))
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        paras = []
        for para in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
            t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para))
            paras.append(html.unescape(t))
        return '\n'.join(paras)
    if p.endswith('.pdf'):
        from pypdf import PdfReader
        return '\n'.join(pg.extract_text() for pg in PdfReader(path).pages)
    if p.endswith('.eml'):
        msg = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
        head = f"Subject: {msg['subject']}\nFrom: {msg['from']}\nTo: {msg['to']}\nCc: {msg['cc']}\nDate: {msg['date']}\n"
        return head + msg.get_body(preferencelist=('plain',)).get_content()
    raise ValueError('unknown format ' + path)


if __name__ == '__main__':
    for f in sys.argv[1:]:
        print(f'===== {f}'); print(text_of(f))
