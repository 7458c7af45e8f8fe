"""Shared helpers: normalisation and report-id resolution."""
import re, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / 'reports'


def strip_accents(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return unicodedata.normalize('NFC', s)


def norm(s):
    s = strip_accents(s).lower()
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', "'").replace('\u2019', "'")
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).strip()


def contains_word(text_norm, fact):
    f = norm(fact)
    if not f:
        return False
    pat = r'(?<![a-z0-9])' + re.escape(f) + r'(?![a-z0-9])'
    return re.search(pat, text_norm) is not None


def report_files():
    return sorted(p.name for p in REPORTS.iterdir() if p.is_file())


def resolve(rid):
    """Map a short id such as '003' to the file name in reports/."""
    names = [n for n in report_files() if n.startswith(rid)]
    if len(names) != 1:
        raise SystemExit(f'cannot resolve report id {rid!r}: {names}')
    return names[0]
