#!/usr/bin/env python3
"""Extract plain text from each report format in reports/.
Usage: extract.py FILE [FILE...]   (prints the text)
   or: import extract; extract.extract_text(path)
Formats: .txt/.md (read as UTF-8), .html (visible text, no script/style/head),
.docx (word/document.xml paragraphs and table cells, via zipfile), .pdf (pdftotext -enc UTF-8)."""
import html.parser, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


class _HTMLText(html.parser.HTMLParser):
    SKIP = {'script', 'style', 'head', 'noscript', 'template'}
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'figcaption',
             'section', 'article', 'header', 'footer', 'nav', 'ul', 'ol', 'span', 'a', 'td', 'th', 'form', 'button'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _HTMLText()
    p.feed(open(path, encoding='utf-8').read())
    text = ''.join(p.out)
    lines = [re.sub(r'[ \t\r\f\v]+', ' ', l).strip() for l in text.split('\n')]
    return '\n'.join(l for l in lines if l)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for p in root.iter(W + 'p'):
        t = ''.join(x.text or '' for x in p.iter(W + 't'))
        if t.strip():
            out.append(t)
    return '\n'.join(out)


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], check=True,
                          capture_output=True).stdout.decode('utf-8')


def extract_text(path):
    p = str(path).lower()
    if p.endswith('.html') or p.endswith('.htm'):
        return html_text(path)
    if p.endswith('.docx'):
        return docx_text(path)
    if p.endswith('.pdf'):
        return pdf_text(path)
    return open(path, encoding='utf-8').read()


if __name__ == '__main__':
    for f in sys.argv[1:]:
        if len(sys.argv) > 2:
            print(f'===== {f}')
        print(extract_text(f))
