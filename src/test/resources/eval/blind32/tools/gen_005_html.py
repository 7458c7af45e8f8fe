#!/usr/bin/env python3
"""Build reports/005_*.html (a saved news web page) from src/005_lanh_su_bao_ho_2024.txt."""
import html, pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "005_lanh_su_bao_ho_2024.txt"
OUT = ROOT / "reports" / "005_lanh_su_bao_ho_cong_dan_2023.html"

meta, body, tags, related, comments = {}, [], [], [], []
table = None
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    key, _, val = line.partition(": ")
    if key in ("P", "IMG"):
        body.append((key, val))
    elif key == "TABLE":
        table = {"caption": val, "rows": []}
        body.append(("TABLE", table))
    elif key == "ROW":
        table["rows"].append([c.strip() for c in val.split("|")])
    elif key == "TAG":
        tags.append(val)
    elif key == "RELATED":
        related.append(val)
    elif key == "COMMENT":
        who, _, txt = val.partition(" | ")
        comments.append((who, txt))
    else:
        meta[key] = val

e = html.escape
out = []
w = out.append
w('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')
w(f'<title>{e(meta["TITLE"])} | {e(meta["SITE"])}</title>')
w('<meta name="viewport" content="width=device-width, initial-scale=1">')
w(f'<meta property="og:title" content="{e(meta["TITLE"])}">')
w('<link rel="stylesheet" href="/static/css/main.min.css?v=2024.01">')
w('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-NGNB2024");</script>')
w('</head>\n<body class="article-page">')
w('<header class="site-header"><div class="logo"><a href="/">' + e(meta["SITE"]) + '</a></div>')
w('<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/video">Video</a></li><li><a href="/english">English</a></li></ul></nav>')
w('<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>')
w(f'<div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/chinh-tri">{e(meta["CATEGORY"])}</a> &rsaquo; <a href="/chinh-tri/lanh-su">{e(meta["SUBCATEGORY"])}</a></div>')
w('<main><article>')
w(f'<h1 class="title">{e(meta["TITLE"])}</h1>')
w(f'<div class="meta"><span class="byline">{e(meta["AUTHOR"])}</span> | <time datetime="2024-01-10T11:42:00+07:00">{e(meta["DATETIME"])}</time> | <span class="views">Lượt xem: {e(meta["VIEWS"])}</span></div>')
w('<div class="share"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="tw" href="#">X</a> <a class="copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In bài</a></div>')
w(f'<p class="sapo"><strong>{e(meta["SAPO"])}</strong></p>')
n = 0
for kind, val in body:
    if kind == "P":
        w(f'<p>{e(val)}</p>')
    elif kind == "IMG":
        n += 1
        w(f'<figure class="photo"><img src="/uploads/2024/01/10/hoi-nghi-lanh-su-{n}.jpg" alt="{e(val)}"><figcaption>{e(val)}</figcaption></figure>')
    elif kind == "TABLE":
        w(f'<table class="data"><caption>{e(val["caption"])}</caption>')
        for i, row in enumerate(val["rows"]):
            tag = "th" if i == 0 else "td"
            w("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
        w('</table>')
        w('<div class="ad-inline"><!-- quảng cáo --><script>/* ad slot */ var slot="inline-1";</script></div>')
w(f'<p class="author-sign"><strong>{e(meta["AUTHOR"])}</strong></p>')
w('<div class="tags"><span>Từ khóa:</span> ' + " ".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags)) + '</div>')
w('<div class="share bottom"><a class="fb" href="#">Chia sẻ</a> <a class="like" href="#">Thích 128</a></div>')
w('</article>')
w('<section class="related"><h2>Tin liên quan</h2><ul>' + "".join(f'<li><a href="#">{e(r)}</a></li>' for r in related) + '</ul></section>')
w(f'<section class="comments"><h2>Bình luận ({len(comments)})</h2>')
for who, txt in comments:
    w(f'<div class="comment"><b>{e(who)}</b><p>{e(txt)}</p><a href="#">Trả lời</a> · <a href="#">Thích</a></div>')
w('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form></section>')
w('</main>')
w(f'<footer class="site-footer"><p>© 2024 {e(meta["SITE"])}. Giấy phép số 123/GP-BTTTT. Tòa soạn: 19 Lê Thánh Tông, Hà Nội. Điện thoại: 024 3826 0000.</p><p><a href="/gioi-thieu">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a> | <a href="/rss">RSS</a></p></footer>')
w('<script>document.querySelectorAll(".share a").forEach(function(a){a.addEventListener("click",function(){console.log("share")});});var viewCounter={id:20240110,count:2315};</script>')
w('</body>\n</html>\n')
OUT.write_text("\n".join(out), encoding="utf-8")
print("wrote", OUT)
