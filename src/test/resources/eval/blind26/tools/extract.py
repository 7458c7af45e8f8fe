#!/usr/bin/env python3
"""Extract plain text from the report formats used in reports/ (.txt .md .html .docx .pdf).
Usage: extract.py FILE [FILE...]  (prints the text)"""
import re, subprocess, sys, zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

class _H(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'li', 'br', 'tr', 'figcaption', 'title', 'section', 'article', 'header', 'footer'}
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
        if tag in self.BLOCK: self.out.append('\n')
        if tag == 'img':
            alt = dict(a).get('alt')
            if alt: self.out.append('\n' + alt + '\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        if tag in self.BLOCK: self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def html_text(path):
    h = _H(); h.feed(open(path, encoding='utf-8').read())
    return re.sub(r'\n\s*\n+', '\n\n', ''.join(h.out)).strip()

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
def docx_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read('word/document.xml'))
    # body paragraphs in order; table rows as tab-separated cells
    rows = []
    body = root.find(W + 'body')
    for child in body:
        if child.tag == W + 'tbl':
            for tr in child.iter(W + 'tr'):
                rows.append('\t'.join(''.join(t.text or '' for t in tc.iter(W + 't')) for tc in tr.iter(W + 'tc')))
        elif child.tag == W + 'p':
            rows.append(''.join(t.text or '' for t in child.iter(W + 't')))
    return '\n'.join(rows)

def pdf_text(path):
    t = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True).stdout
    keep = [l for l in t.splitlines()
            if not re.fullmatch(r'\s*Trang \d+/\d+\s*', l) and not l.startswith('BỘ NGOẠI GIAO - Thông tin chuyên đề:')]
    return '\n'.join(keep).replace('\f', '')

def extract(path):
    p = path.lower()
    if p.endswith(('.html', '.htm')): return html_text(path)
    if p.endswith('.docx'): return docx_text(path)
    if p.endswith('.pdf'): return pdf_text(path)
    return open(path, encoding='utf-8').read()

if __name__ == '__main__':
    for f in sys.argv[1:]:
        print(extract(f))
