"""Shared helpers: normalisation and report aliases."""
import re
import unicodedata

ALIASES = {
    "G0": "000_47e75d3c86d27e21.txt",
    "G1": "001_8430b1541a21d71d.txt",
    "G2": "002_0e1cf19fdeddcf6d.txt",
    "G3": "003_60cdc4bfe3deff94.txt",
    "G4": "004_771f5d769968830d.txt",
    "N1": "101_baobiencuong_ngoai_giao_kinh_te_cao_bang_2024.html",
    "N2": "102_tong_thuat_hn_truong_cqdd_giua_nhiem_ky_2024.docx",
    "N3": "103_ban_tin_hoc_vien_ngoai_giao_so9_2024.pdf",
    "N4": "104_xuan_que_huong_2025_hue.md",
    "N5": "105_bao_cao_412_BC-BNG_lam_viec_tinh_quang_tri.txt",
    "N6": "106_ghi_bang_hop_bao_dien_dan_me_cong_2024.txt",
}

FORMS = ["presided", "attended", "spoke", "who-said", "said-by", "when", "where",
         "how-many", "list", "which-report", "fact", "summary", "compare", "refuse"]
TAGS = ["accentless", "abbrev", "english", "typo", "telegraphic", "paraphrase",
        "confusable", "near-miss", "premise"]
REASONS = ["not_in_corpus", "false_premise", "not_reported"]

HEADER = [
    "# Blind evaluation set 17 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def norm(s):
    s = strip_accents(unicodedata.normalize("NFC", s)).lower()
    return re.sub(r"\s+", " ", s).strip()


def contains_word(haystack_norm, needle):
    n = norm(needle)
    if not n:
        return False
    return re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", haystack_norm) is not None
