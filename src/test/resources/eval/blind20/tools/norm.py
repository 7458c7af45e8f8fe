#!/usr/bin/env python3
"""Shared normalisation: NFD without combining marks, đ→d, lower-case, whitespace collapsed."""
import re, unicodedata

def norm(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()

def has_diacritics(s: str) -> bool:
    return norm_keepcase(s) != s

def norm_keepcase(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))

def whole_word(fact: str, text_norm: str) -> bool:
    f = norm(fact)
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_norm) is not None
