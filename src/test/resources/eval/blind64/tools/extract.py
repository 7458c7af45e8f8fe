"""Plain-text extraction for every report format in reports/ (txt, md, html, docx, pdf)."""
import html, re, sys, unicodedata, zipfile
from pathlib import Path

def text_of(path):
    p = Path(path); ext = p.suffix.lower()
    if ext in ('.txt', '.md'):
        return p.read_text(encoding='utf-8')
    if ext == '.html':
        s = p.read_text(encoding='utf-8')
        s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
        s = re.sub(r'(?s)<!--.*?-->', ' ', s)
        s = re.sub(r'(?i)<br\s*/?>|</(p|div|h\d|li|figcaption|title)>', '\n', s)
        return html.unescape(re.sub(r'<[^>]+>', ' ', s))
    if ext == '.docx':
        out = []
        with zipfile.ZipFile(p) as z:
            names = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
            for n in names:
                x = z.read(n).decode('utf-8')
                x = re.sub(r'(?s)<w:instrText[^>]*>.*?</w:instrText>', '', x)
                x = re.sub(r'<w:tab/>', ' ', x)
                x = re.sub(r'</w:p>', '\n', x)
                x = re.sub(r'</w:tc>', ' \t ', x)
                out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
        return '\n'.join(out)
    if ext == '.pdf':
        from pypdf import PdfReader
        return '\n'.join(pg.extract_text() or '' for pg in PdfReader(str(p)).pages)
    raise ValueError('unknown format ' + str(p))

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return s.lower()

def tokens(s):
    s = fold(s)
    s = re.sub(r'[^0-9a-z/\-.%]+', ' ', s)
    toks = [t.strip('.-/') for t in s.split()]
    return [t for t in toks if t]

def contains(hay_tokens, needle):
    n = tokens(needle)
    if not n:
        return False
    L = len(n); first = n[0]
    for i, t in enumerate(hay_tokens):
        if t == first and hay_tokens[i:i + L] == n:
            return True
    return False

if __name__ == '__main__':
    for f in sys.argv[1:]:
        print(text_of(f))
