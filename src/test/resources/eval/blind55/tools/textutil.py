"""Shared helpers: report text extraction and accent/case-insensitive whole-word matching."""
import html.parser, os, re, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, "reports")


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def norm(s):
    """lowercase, no accents, punctuation other than / - . % turned into spaces, spaces collapsed."""
    s = strip_accents(unicodedata.normalize("NFC", s)).lower()
    s = re.sub(r"[^\w/\-.%]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def contains(text_norm, phrase):
    """whole-word match of an already-normalised phrase; a '.' only counts as a boundary when not between word chars."""
    p = norm(phrase)
    if not p:
        return False
    pat = r"(?<![\w/%-])(?<!\w\.)" + re.escape(p) + r"(?![\w/%-])(?!\.\w)"
    return re.search(pat, text_norm) is not None


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "br", "figcaption", "tr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
    if ext == "docx":
        z = zipfile.ZipFile(path)
        parts = []
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                    parts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
        import html as H
        return H.unescape("\n".join(parts))
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    raise ValueError(path)


def load_reports():
    return {f: norm(extract(os.path.join(REPORTS, f))) for f in sorted(os.listdir(REPORTS))}
