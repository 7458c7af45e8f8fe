"""Shared helpers: aliases, valid values, accent stripping and fact normalisation."""
import re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALIASES = {
    "F0": "000_47e75d3c86d27e21.txt",
    "F1": "001_8430b1541a21d71d.txt",
    "F2": "002_0e1cf19fdeddcf6d.txt",
    "F3": "003_60cdc4bfe3deff94.txt",
    "F4": "004_771f5d769968830d.txt",
    "F5": "005_soket_6thang_2024.html",
    "F6": "006_lanhsu_motcua_2024.docx",
    "F7": "007_lanhsu_danhdu_phianam_2024.pdf",
    "F8": "008_thamkhao_vn_philippin_2024.md",
    "F9": "009_baocao_sonv_caobang_2025.txt",
    "F10": "010_hoithao_80nam_ngoaigiao_2025.txt",
}
FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where", "how-many",
         "list", "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase", "confusable", "premise", "near-miss"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))

def norm(s):
    s = strip_accents(s).lower()
    s = re.sub(r"[^a-z0-9/.\-%]+", " ", s)
    s = re.sub(r"(?<![a-z0-9])[./\-]+|[./\-]+(?![a-z0-9])", " ", s)
    return " " + " ".join(s.split()) + " "

def contains(text_norm, phrase):
    p = norm(phrase)
    return p.strip() != "" and p in text_norm
