#!/usr/bin/env python3
"""Extract plain text from a report (txt, md, html, docx, pdf). Usage: extract.py FILE"""
import html, re, sys, zipfile
from html.parser import HTMLParser

class _H(HTMLParser):
    BLOCK = {'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'figcaption', 'caption', 'br', 'section', 'footer', 'header', 'td', 'th', 'title'}
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style'): self.skip += 1
        if t in self.BLOCK: self.out.append('\n')
    def handle_endtag(self, t):
        if t in ('script', 'style'): self.skip -= 1
        if t in self.BLOCK: self.out.append('\n')
        if t in ('td', 'th'): self.out.append(' | ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    if path.endswith(('.txt', '.md')):
        return open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        h = _H(); h.feed(open(path, encoding='utf-8').read()); return ''.join(h.out)
    if path.endswith('.docx'):
        x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    if path.endswith('.pdf'):
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() for p in PdfReader(path).pages)
    raise ValueError(path)

if __name__ == '__main__':
    print(extract(sys.argv[1]))
