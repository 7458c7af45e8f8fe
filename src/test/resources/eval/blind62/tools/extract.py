#!/usr/bin/env python3
"""Plain-text extraction for every report format in ../reports (txt, md, html, docx, pdf)."""
import os, re, zipfile, html
from html.parser import HTMLParser

class _H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
        if tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'figcaption', 'br', 'tr'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def _docx(path):
    z = zipfile.ZipFile(path); parts = []
    names = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
    for n in names:
        xml = z.read(n).decode('utf-8')
        xml = re.sub(r'</w:p>', '\n', xml); xml = re.sub(r'</w:tc>', ' | ', xml)
        parts.append(html.unescape(re.sub(r'<[^>]+>', '', xml)))
    return '\n'.join(parts)

def extract(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        h = _H(); h.feed(open(path, encoding='utf-8').read()); return ''.join(h.out)
    if ext == 'docx':
        return _docx(path)
    if ext == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() for p in PdfReader(path).pages)
    raise ValueError(path)

if __name__ == '__main__':
    import sys
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'reports')
    for f in sorted(os.listdir(root)):
        if len(sys.argv) > 1 and not any(a in f for a in sys.argv[1:]): continue
        t = extract(os.path.join(root, f))
        print('=====', f, len(t.split()), 'words'); print(t)
