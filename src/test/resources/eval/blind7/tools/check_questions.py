"""Check questions.tsv: every fact alternative of an answerable row must occur (accent/case-insensitive,
whole word) in the text of the named report(s). .docx text is read from word/document.xml, .pdf via pdftotext,
.html with tags stripped."""
import re, sys, os, unicodedata, zipfile, subprocess, html as H
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = os.path.join(BASE, 'reports')
def norm(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    s = s.replace('–', '-').replace('—', '-')
    return re.sub(r'\s+', ' ', s)
def text_of(fn):
    p = os.path.join(R, fn)
    if fn.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>', '\n', x); return H.unescape(re.sub(r'<[^>]+>', '', x))
    if fn.endswith('.pdf'):
        return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
    t = open(p, encoding='utf-8').read()
    if fn.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', ' ', t, flags=re.S)
        t = H.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t
def load_texts():
    return {f: norm(text_of(f)) for f in os.listdir(R)}
def has(text, phrase):
    ph = norm(phrase).strip()
    return re.search(r'(?<![0-9a-z])' + re.escape(ph) + r'(?![0-9a-z])', norm(text)) is not None
if __name__ == '__main__':
    texts = load_texts(); bad = 0; n = 0
    for line in open(os.path.join(BASE, 'questions.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        q, form, tags, rep, facts = line.rstrip('\n').split('\t'); n += 1
        if rep == '-':
            if facts not in ('not-in-corpus', 'false-premise', 'no-evidence', 'bad-input'): print('BAD REASON', q); bad += 1
            continue
        t = ' '.join(texts[r] for r in rep.split(','))
        for g in facts.split(' && '):
            for alt in g.split(' | '):
                if not has(t, alt): print('MISSING', repr(alt), '::', q); bad += 1
    print(n, 'rows checked,', bad, 'problems')
