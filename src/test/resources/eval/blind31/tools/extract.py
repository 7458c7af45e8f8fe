#!/usr/bin/env python3
"""Plain text of a report in any of the set's formats (.txt .md .html .docx .pdf).
Usage: extract.py FILE [FILE...]   (prints the text)"""
import html, re, sys, zipfile
from html.parser import HTMLParser

class _H(HTMLParser):
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'li', 'tr', 'br', 'figcaption', 'caption', 'header', 'footer', 'section', 'nav', 'ul', 'ol', 'table', 'article', 'aside', 'title'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag in self.BLOCK: self.out.append('\n')
        if tag in ('td', 'th'): self.out.append(' | ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        if tag in self.BLOCK: self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def html_text(s):
    p = _H(); p.feed(s)
    t = ''.join(p.out)
    return re.sub(r'\n\s*\n+', '\n\n', re.sub(r'[ \t]+', ' ', t)).strip()

def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
    out = []
    for n in parts:
        xml = z.read(n).decode('utf-8')
        for para in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
            runs = re.findall(r'<w:t(?: [^>]*)?>(.*?)</w:t>|<w:(tab)/>', para, flags=re.S)
            line = ''.join(html.unescape(t) if t else '\t' for t, tab in runs)
            if line.strip(): out.append(line)
    return '\n'.join(out)

def pdf_text(path):
    from pypdf import PdfReader
    return '\n'.join(p.extract_text() or '' for p in PdfReader(path).pages)

def extract(path):
    if path.endswith('.docx'): return docx_text(path)
    if path.endswith('.pdf'): return pdf_text(path)
    raw = open(path, encoding='utf-8').read()
    if path.endswith(('.html', '.htm')): return html_text(raw)
    return raw

if __name__ == '__main__':
    for f in sys.argv[1:]:
        print(extract(f))
