"""Shared helpers: report ids -> file names, accent stripping, whole-word matching."""
import re, unicodedata, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
REPORTS = {p.name[:3]: p.name for p in sorted((ROOT / "reports").iterdir()) if p.name[:3].isdigit()}
FORMS = "presided attended spoke who-said said-by when where how-many list which-report fact summary compare refuse".split()
TAGS = "accentless abbrev telegraphic typo paraphrase english confusable premise near-miss".split()
REASONS = ["not_in_corpus", "false_premise", "not_reported"]
HEADER = [
    "# Blind evaluation set 34 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# report: file(s) in reports/ that answer the question, or - for must-refuse rows; several separated by commas.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.',
    "# question\tform\ttags\treport\tfacts",
]

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def norm(s):
    return re.sub(r"\s+", " ", strip_accents(unicodedata.normalize("NFC", s)).lower()).strip()

def found(span, text_norm):
    return re.search(r"(?<!\w)" + re.escape(norm(span)) + r"(?!\w)", text_norm) is not None
