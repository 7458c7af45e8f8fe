#!/usr/bin/env python3
"""Plain text of one report file, whatever its format (stdlib only + pdftotext).

    python3 tools/extract.py reports/007_bao_ho_cong_dan_2023.pdf
    python3 tools/extract.py --all reports/        # every file, with ==== headers

.txt / .md : read as UTF-8 (Markdown kept as is, front matter included)
.html      : visible text + <title>; <script>, <style>, <noscript> dropped; block tags -> new lines
.docx      : word/document.xml paragraphs (table cells are paragraphs too), one per line
.pdf       : `pdftotext -enc UTF-8` (poppler-utils)
"""
import html.parser
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th',
         'table', 'section', 'article', 'header', 'footer', 'nav', 'figure', 'figcaption', 'form',
         'main', 'aside', 'title', 'span', 'button', 'textarea'}
SKIP = {'script', 'style', 'noscript', 'svg', 'template'}


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip, self.in_head, self.in_title = [], 0, False, False

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag == 'head':
            self.in_head = True
        if tag == 'title':
            self.in_title = True
        if tag in BLOCK:
            self.parts.append('\n')
        if tag == 'img':
            alt = dict(attrs).get('alt')
            if alt and not self.skip:
                self.parts.append('\n' + alt + '\n')

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag == 'head':
            self.in_head = False
        if tag == 'title':
            self.in_title = False
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if self.skip or (self.in_head and not self.in_title):
            return
        self.parts.append(data)


def _tidy(text):
    lines = [re.sub(r'[ \t\u00a0]+', ' ', l).strip() for l in text.split('\n')]
    out, blank = [], False
    for l in lines:
        if not l:
            if not blank and out:
                out.append('')
            blank = True
        else:
            out.append(l)
            blank = False
    return '\n'.join(out).strip() + '\n'


def html_text(path):
    p = _HTMLText()
    p.feed(open(path, encoding='utf-8', errors='replace').read())
    return _tidy(''.join(p.parts))


W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    lines = []
    for para in root.iter(W + 'p'):
        buf = []
        for node in para.iter():
            if node.tag == W + 't' and node.text:
                buf.append(node.text)
            elif node.tag == W + 'tab':
                buf.append('\t')
            elif node.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
        lines.append(''.join(buf))
    return _tidy('\n'.join(lines))


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], check=True,
                          capture_output=True, text=True).stdout


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.html', '.htm'):
        return html_text(path)
    if ext == '.docx':
        return docx_text(path)
    if ext == '.pdf':
        return pdf_text(path)
    return open(path, encoding='utf-8', errors='replace').read()


if __name__ == '__main__':
    args = sys.argv[1:]
    if args and args[0] == '--all':
        d = args[1] if len(args) > 1 else 'reports'
        for f in sorted(os.listdir(d)):
            print('==== ' + f)
            print(extract(os.path.join(d, f)))
    else:
        for a in args:
            sys.stdout.write(extract(a))
