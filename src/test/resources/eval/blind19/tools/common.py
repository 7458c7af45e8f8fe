"""Shared helpers: normalisation and report aliases."""
import re, unicodedata

HEADER = [
    '# Blind evaluation set 19 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# report: file(s) in reports/ that answer the question, or - for must-refuse rows.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    '# question\tform\ttags\treport\tfacts',
]
FORMS = {'presided', 'attended', 'spoke', 'who-said', 'said-by', 'when', 'where', 'how-many',
         'list', 'which-report', 'fact', 'summary', 'compare', 'refuse'}
TAGS = {'accentless', 'abbrev', 'english', 'typo', 'telegraphic', 'paraphrase', 'confusable',
        'near-miss', 'premise'}
REASONS = {'not_in_corpus', 'false_premise', 'not_reported'}

ALIASES = {
    'G0': '000_47e75d3c86d27e21.txt',
    'G1': '001_8430b1541a21d71d.txt',
    'G2': '002_0e1cf19fdeddcf6d.txt',
    'G3': '003_60cdc4bfe3deff94.txt',
    'G4': '004_771f5d769968830d.txt',
    'A': '005_tin_bng_lam_viec_quang_tri.html',
    'B': '006_hoi_nghi_lanh_su_danh_du_lan_3.docx',
    'C': '007_ban_tin_da_phuong_so_11_2023.pdf',
    'D': '008_dai_hoi_doan_thanh_nien_bng.md',
    'E': '009_bao_cao_hn_thong_tin_doi_ngoai_2024.txt',
    'F': '010_hop_bao_thuong_ky_21_3_2024.txt',
}


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return unicodedata.normalize('NFC', s)


def norm(s):
    s = strip_accents(unicodedata.normalize('NFC', s)).lower()
    s = re.sub('[\u2010-\u2015\u2212]', '-', s)
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', "'").replace('\u2019', "'")
    return re.sub(r'\s+', ' ', s).strip()


def contains_word(text_norm, fact):
    f = norm(fact)
    if not f:
        return False
    return re.search(r'(?<!\w)' + re.escape(f) + r'(?!\w)', text_norm) is not None
