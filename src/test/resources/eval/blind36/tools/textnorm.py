"""Accent/case folding shared by make_questions.py and check_questions.py."""
import re, unicodedata

def strip_marks(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))

def fold(s):
    """lower-case, accentless, every non-alphanumeric run -> one space (for whole-word matching)."""
    s = strip_marks(unicodedata.normalize("NFC", s)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())
