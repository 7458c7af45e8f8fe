"""Extract plain text from every report format in ../reports (txt, md, html, docx, pdf) and normalise it."""
import os, re, unicodedata, zipfile
from html.parser import HTMLParser

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
REPORTS = os.path.join(ROOT, 'reports')


class _H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        if tag in ('p', 'li', 'h1', 'h2', 'h3', 'div', 'figcaption', 'br', 'title'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.out.append(data)


def extract(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        return open(path, encoding='utf-8').read()
    if ext == 'html':
        h = _H(); h.feed(open(path, encoding='utf-8').read()); return ''.join(h.out)
    if ext == 'docx':
        z = zipfile.ZipFile(path); parts = []
        for name in sorted(z.namelist()):
            if re.match(r'word/(document|footer\d*|header\d*)\.xml$', name):
                xml = z.read(name).decode('utf-8')
                xml = re.sub(r'</w:p>', '\n', xml)
                parts.append(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', xml.replace('\n', '<w:t>\n</w:t>'))))
        import html
        return html.unescape('\n'.join(parts))
    if ext == 'pdf':
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() or '' for p in PdfReader(path).pages)
    raise ValueError(path)


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def norm(s):
    """accent/case-insensitive; punctuation other than / - . % becomes a space;
    a '.' that does not sit between two non-space characters (sentence end) also becomes a space."""
    s = strip_accents(unicodedata.normalize('NFC', s)).lower()
    s = re.sub(r'\.{2,}|…', ' ', s)
    s = re.sub(r'[^\w/\-.%]', ' ', s)
    s = s.replace('_', ' ')
    s = re.sub(r'\.(?=\s|$)|(?<=\s)\.|^\.', ' ', s)
    s = re.sub(r'(?<=\s)[/-]+(?=\s)', ' - ', s)
    return ' ' + re.sub(r'\s+', ' ', s).strip() + ' '


def contains(normtext, phrase):
    p = norm(phrase).strip()
    return bool(p) and (' ' + p + ' ') in normtext


def all_reports():
    return {f: norm(extract(os.path.join(REPORTS, f))) for f in sorted(os.listdir(REPORTS))}


if __name__ == '__main__':
    import sys
    for f in sys.argv[1:]:
        print(extract(os.path.join(REPORTS, f)))
