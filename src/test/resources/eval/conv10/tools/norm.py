"""Shared normalisation: strip diacritics, đ->d, lower-case, collapse whitespace."""
import re, unicodedata, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = os.path.join(os.path.dirname(HERE), "given")

def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)

def norm(s):
    return re.sub(r"\s+", " ", strip_accents(s).lower()).strip()

def load_reports():
    out = {}
    for p in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(p, encoding="utf-8") as f:
            out[os.path.basename(p)] = norm(f.read())
    return out

def occurs(fact, text):
    f = norm(fact)
    if not f:
        return False
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) is not None

def where(fact, reports):
    return [k for k, v in reports.items() if occurs(fact, v)]

if __name__ == "__main__":
    import sys
    reps = load_reports()
    for a in sys.argv[1:]:
        print(repr(a), "->", [k[:3] for k in where(a, reps)])
