#!/usr/bin/env python3
"""Shared normalisation for the blind54 question tools.

strip_accents(): remove Vietnamese diacritics (đ/Đ -> d/D too).
norm(): the matching form used by check_questions.py -- accents and case removed,
  punctuation other than / - . % turned into spaces, and / - . kept only *inside* a token
  (a '.' ending a sentence or a ' - ' dash becomes a space), whitespace collapsed.
has_words(text_norm, phrase): whole-word match of a phrase in normalised text.
"""
import re
import unicodedata


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def norm(s):
    s = strip_accents(s).lower()
    # a word hyphenated across a line break in the PDF ("Ốc- \nlân") is one word again
    s = re.sub(r"(\w)- *\n *(\w)", r"\1-\2", s)
    s = re.sub(r"[^\w\s/\-.%]", " ", s)          # punctuation other than / - . % -> space
    s = s.replace("_", " ")
    # keep / - . only between two word characters (7.350, 5/7, Oen-lin-tơn, 12-KL/TW)
    s = re.sub(r"(?<!\w)[/\-.]+|[/\-.]+(?!\w)", " ", s)
    return " ".join(s.split())


def has_words(text_norm, phrase):
    p = norm(phrase)
    if not p:
        return False
    return re.search(r"(?<![\w/\-.%])" + re.escape(p) + r"(?![\w/\-.%])", text_norm) is not None
