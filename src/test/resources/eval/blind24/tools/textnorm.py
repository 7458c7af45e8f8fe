"""Normalisation shared by the question tools: NFD without combining marks, đ->d, lower-case,
whitespace collapsed; whole-word search."""
import re
import unicodedata


def strip_accents(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize('NFC', s.replace('đ', 'd').replace('Đ', 'D'))


def norm(s):
    return re.sub(r'\s+', ' ', strip_accents(s).lower()).strip()


def has_diacritics(s):
    return strip_accents(s) != unicodedata.normalize('NFC', s)


def contains_word(haystack_norm, needle):
    n = norm(needle)
    if not n:
        return False
    return re.search(r'(?<!\w)' + re.escape(n) + r'(?!\w)', haystack_norm) is not None
