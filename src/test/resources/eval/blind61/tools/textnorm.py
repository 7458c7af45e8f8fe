"""Normalisation shared by the checker: accents and case ignored, punctuation other than / - . % turned into spaces,
then tokens trimmed of leading/trailing . - / so that sentence-final '5/7.' still matches '5/7'."""
import re, unicodedata


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def tokens(s):
    s = strip_accents(s).lower()
    s = re.sub(r"[^0-9a-z/\-.%]+", " ", s)
    return [t for t in (x.strip(".-/") for x in s.split()) if t]


def norm(s):
    return " " + " ".join(tokens(s)) + " "


def contains(text_norm, phrase):
    p = norm(phrase)
    return p.strip() != "" and p in text_norm
