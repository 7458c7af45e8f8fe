#!/usr/bin/env python3
"""Print the plain text of a report.
  .txt/.md : as is
  .docx    : text of word/document.xml (one line per paragraph; table cells separated by ' | ')
  .pdf     : `pdftotext -enc UTF-8 FILE -`
  .html    : tags, <script>, <style> and comments stripped, entities unescaped
Usage: extract.py FILE [FILE...]   (import: from extract import extract_text)"""
import html, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def _docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    body = root.find(W + 'body')
    out = []

    def para_text(p):
        parts = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                parts.append(el.text)
            elif el.tag == W + 'tab':
                parts.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                parts.append('\n')
        return ''.join(parts)

    for child in body:
        if child.tag == W + 'p':
            out.append(para_text(child))
        elif child.tag == W + 'tbl':
            for tr in child.iter(W + 'tr'):
                cells = []
                for tc in tr.findall(W + 'tc'):
                    cells.append(' '.join(para_text(p) for p in tc.findall(W + 'p')).strip())
                out.append(' | '.join(cells))
            out.append('')
    return '\n'.join(out)


def _pdf(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'],
                          check=True, capture_output=True).stdout.decode('utf-8')


def _html(path):
    s = open(path, encoding='utf-8').read()
    s = re.sub(r'(?is)<(script|style|noscript)\b.*?</\1\s*>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|li|h[1-6]|tr|figcaption|section|article|header|footer|nav|ul|ol|title)\s*>', '\n', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    s = html.unescape(s)
    lines = [re.sub(r'[ \t\r\f\v]+', ' ', l).strip() for l in s.split('\n')]
    return '\n'.join(l for l in lines if l)


def extract_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.txt', '.md'):
        return open(path, encoding='utf-8').read()
    if ext == '.docx':
        return _docx(path)
    if ext == '.pdf':
        return _pdf(path)
    if ext in ('.html', '.htm'):
        return _html(path)
    raise ValueError('unsupported format: ' + path)


if __name__ == '__main__':
    for p in sys.argv[1:]:
        sys.stdout.write(extract_text(p))
        sys.stdout.write('\n')
