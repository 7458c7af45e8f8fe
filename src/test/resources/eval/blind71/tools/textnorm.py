"""Shared normalisation used for fact matching: accent- and case-insensitive, whole words,
punctuation other than / - . % treated as spaces (and stripped from token edges)."""
import re
import unicodedata


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def tokens(s):
    s = strip_accents(s).lower()
    s = "".join(c if (c.isalnum() or c in "/-.%") else " " for c in s)
    out = []
    for t in s.split():
        t = t.strip("/-.")
        if t:
            out.append(t)
    return out


def contains(hay_tokens, needle):
    """True if the token sequence of `needle` occurs contiguously in hay_tokens."""
    n = tokens(needle)
    if not n:
        return False
    L = len(n)
    first = n[0]
    for i, t in enumerate(hay_tokens):
        if t == first and hay_tokens[i:i + L] == n:
            return True
    return False
