#!/usr/bin/env python3
"""Plain text of each report format: .txt/.md as is, .html without tags/scripts/styles,
.docx from word/document.xml (paragraphs and table cells), .pdf via `pdftotext -enc UTF-8`.
Usage: extract.py FILE...  (prints text)."""
import html, re, subprocess, sys, zipfile
from html.parser import HTMLParser

class _H(HTMLParser):
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'br', 'figcaption', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'nav', 'span', 'a', 'b', 'i', 'title'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        elif tag == 'img':
            alt = dict(attrs).get('alt')
            if alt: self.out.append('\n' + alt + '\n')
        if tag in self.BLOCK: self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        if tag in self.BLOCK: self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    p = str(path)
    if p.endswith('.html') or p.endswith('.htm'):
        h = _H(); h.feed(open(p, encoding='utf-8').read())
        return re.sub(r'\n\s*\n+', '\n', ''.join(h.out))
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>', '\n', xml)
        xml = re.sub(r'</w:tc>', '\t', xml)
        return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', p, '-'], capture_output=True, text=True, check=True).stdout
    return open(p, encoding='utf-8').read()

if __name__ == '__main__':
    for f in sys.argv[1:]:
        print(extract(f))
