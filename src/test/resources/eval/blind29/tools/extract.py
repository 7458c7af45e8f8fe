#!/usr/bin/env python3
"""Plain text of a report in reports/: .txt/.md as is, .html without tags/scripts/styles,
.docx from word/document.xml (paragraphs and table cells), .pdf via `pdftotext -enc UTF-8`."""
import html.parser, pathlib, re, subprocess, sys, zipfile

class _H(html.parser.HTMLParser):
    SKIP = {'script', 'style', 'noscript'}
    BLOCK = {'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'tr', 'td', 'th', 'figcaption', 'title', 'header', 'footer', 'nav', 'section', 'article', 'aside', 'ul', 'ol'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        if tag in self.BLOCK: self.out.append('\n')
        if tag == 'img':
            alt = dict(attrs).get('alt')
            if alt: self.out.append('\n' + alt + '\n')
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip -= 1
        if tag in ('a', 'span', 'b', 'strong', 'button'): self.out.append(' ')
        if tag in self.BLOCK: self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    p = pathlib.Path(path); ext = p.suffix.lower()
    if ext in ('.txt', '.md'):
        return p.read_text(encoding='utf-8')
    if ext in ('.html', '.htm'):
        h = _H(); h.feed(p.read_text(encoding='utf-8'))
        return re.sub(r'\n\s*\n+', '\n\n', ''.join(h.out))
    if ext == '.docx':
        xml = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'<w:tab/>', '\t', xml)
        def row(m):  # one table row -> "cell | cell | cell"
            cells = re.findall(r'<w:tc>.*?</w:tc>', m.group(0), flags=re.S)
            return ' | '.join(re.sub(r'<[^>]+>', '', re.sub(r'</w:p>', ' ', c)).strip() for c in cells) + '\n'
        xml = re.sub(r'<w:tr[ >].*?</w:tr>', row, xml, flags=re.S)
        xml = re.sub(r'</w:p>', '\n', xml)
        text = re.sub(r'<[^>]+>', '', xml)
        return html.unescape(text)
    if ext == '.pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', str(p), '-'], capture_output=True, check=True).stdout.decode('utf-8')
    raise ValueError('unknown format: ' + str(p))

if __name__ == '__main__':
    for a in sys.argv[1:]:
        print('=' * 20, a); print(extract(a))
