import os, re, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, 'reports')
FORMS = ['presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many', 'list',
         'which-report', 'fact', 'summary', 'compare', 'refuse']
TAGS = ['accentless', 'abbrev', 'telegraphic', 'typo', 'paraphrase', 'english', 'confusable', 'premise', 'near-miss']
REASONS = ['not_in_corpus', 'false_premise', 'not_reported']
HEADER = [
    '# Blind evaluation set 35 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]

def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def norm(s):
    """accent/case-insensitive word sequence: tokens of letters/digits joined by single spaces"""
    return ' '.join(re.findall(r'[a-z0-9]+', strip_accents(unicodedata.normalize('NFC', s)).lower()))

def report_files():
    return sorted(f for f in os.listdir(REPORTS) if not f.startswith('.'))
