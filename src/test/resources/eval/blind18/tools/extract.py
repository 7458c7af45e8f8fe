#!/usr/bin/env python3
"""Extract plain text from a report in reports/.

txt/md: returned as is; docx: text of word/document.xml (paragraph breaks at
</w:p>, tab between table cells); pdf: `pdftotext -layout`-free default mode;
html: scripts/styles/comments removed, tags stripped, entities unescaped.
Usage: extract.py FILE [FILE...]  (prints text)   or  extract.py --words FILE...
"""
import html, re, subprocess, sys, zipfile
from pathlib import Path


def extract_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    xml = re.sub(r'</w:p>\s*</w:tc>', '</w:tc>', xml)
    xml = re.sub(r'</w:p>', '\n', xml)
    xml = re.sub(r'</w:tc>', '\t', xml)
    xml = re.sub(r'</w:tr>', '\n', xml)
    xml = re.sub(r'<w:tab/>', '\t', xml)
    xml = re.sub(r'<w:br[^>]*/>', '\n', xml)
    text = re.sub(r'<[^>]+>', '', xml)
    return html.unescape(text)


def extract_pdf(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', str(path), '-'],
                          check=True, capture_output=True).stdout.decode('utf-8')


def extract_html(path):
    s = Path(path).read_text(encoding='utf-8')
    s = re.sub(r'(?is)<(script|style|noscript)\b.*?</\1\s*>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|h[1-6]|li|figcaption|figure|section|header|footer|nav|ul|tr|title)>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    s = re.sub(r'[ \t\r\f\v]+', ' ', s)
    s = re.sub(r'\n\s*\n+', '\n\n', s)
    return s.strip() + '\n'


def extract(path):
    path = Path(path)
    ext = path.suffix.lower()
    if ext == '.docx':
        return extract_docx(path)
    if ext == '.pdf':
        return extract_pdf(path)
    if ext in ('.html', '.htm'):
        return extract_html(path)
    return path.read_text(encoding='utf-8')


if __name__ == '__main__':
    args = sys.argv[1:]
    words = False
    if args and args[0] == '--words':
        words, args = True, args[1:]
    for a in args:
        t = extract(a)
        if words:
            print(len(t.split()), a)
        else:
            sys.stdout.write(t)
