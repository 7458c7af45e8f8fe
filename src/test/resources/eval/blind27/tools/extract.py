#!/usr/bin/env python3
"""Plain text of one report: .txt/.md as is, .html without script/style/tags, .docx paragraphs+table cells, .pdf via pdftotext -enc UTF-8."""
import sys, re, zipfile, subprocess, html
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

class _H(HTMLParser):
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'br', 'tr', 'figcaption', 'title', 'span', 'a', 'section', 'footer', 'header', 'ol', 'ul', 'td', 'th', 'b', 'i'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'textarea'): self.skip += 1
        if tag in self.BLOCK: self.out.append('\n')
        if tag == 'img':
            alt = dict(attrs).get('alt')
            if alt: self.out.append('\n' + alt + '\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'textarea'): self.skip -= 1
        if tag in self.BLOCK: self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    p = path.lower()
    if p.endswith('.html') or p.endswith('.htm'):
        h = _H(); h.feed(open(path, encoding='utf-8').read())
        text = ''.join(h.out)
        return re.sub(r'\n\s*\n+', '\n', '\n'.join(l.strip() for l in text.split('\n'))).strip() + '\n'
    if p.endswith('.docx'):
        W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
        z = zipfile.ZipFile(path)
        parts = ['word/header1.xml'] if 'word/header1.xml' in z.namelist() else []
        parts += ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/footer\d*\.xml', n))
        out = []
        for part in parts:
            root = ET.fromstring(z.read(part))
            for el in root.iter():
                if el.tag == W + 'p':
                    out.append(''.join(t.text or '' for t in el.iter(W + 't')))
                elif el.tag == W + 'tc':
                    pass
        return '\n'.join(out) + '\n'
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, check=True).stdout.decode('utf-8')
    return open(path, encoding='utf-8').read()

if __name__ == '__main__':
    for f in sys.argv[1:]:
        sys.stdout.write(extract(f))
