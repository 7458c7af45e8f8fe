"""Text extraction for every report format in reports/ (txt, md, html, docx, pdf, eml)."""
import os, re, html, zipfile, email, unicodedata
from email import policy

def _html_text(s):
    s = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?s)<!--.*?-->', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</(p|div|li|h\d|tr|figcaption|title)>', '\n', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    return html.unescape(s)

def _docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    names = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
    for n in names:
        x = z.read(n).decode('utf-8')
        x = re.sub(r'</w:p>', '\n', x)
        x = re.sub(r'<w:tab/>|</w:tc>', '\t', x)
        out.append(html.unescape(re.sub(r'(?s)<[^>]+>', '', x)))
    return '\n'.join(out)

def _pdf_text(path):
    from pypdf import PdfReader
    return '\n'.join(p.extract_text() or '' for p in PdfReader(path).pages)

def _eml_text(path):
    msg = email.message_from_binary_file(open(path, 'rb'), policy=policy.default)
    parts = [f"Subject: {msg['subject']}", f"From: {msg['from']}", f"Date: {msg['date']}"]
    body = msg.get_body(preferencelist=('plain', 'html'))
    t = body.get_content()
    parts.append(_html_text(t) if body.get_content_type() == 'text/html' else t)
    return '\n'.join(parts)

def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.txt', '.md'):
        return open(path, encoding='utf-8').read()
    if ext in ('.html', '.htm'):
        return _html_text(open(path, encoding='utf-8').read())
    if ext == '.docx':
        return _docx_text(path)
    if ext == '.pdf':
        return _pdf_text(path)
    if ext == '.eml':
        return _eml_text(path)
    raise ValueError('unknown format ' + path)

def fold(s):
    """accent/case fold, đ->d, punctuation other than / - . % -> space, collapse spaces"""
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = re.sub(r'[^0-9a-z/\-.%]+', ' ', s)
    return ' ' + re.sub(r'\s+', ' ', s).strip() + ' '

def contains(folded_text, phrase):
    p = fold(phrase).strip()
    if not p:
        return False
    return re.search(r'(?<![0-9a-z])' + re.escape(p) + r'(?![0-9a-z])', folded_text) is not None
