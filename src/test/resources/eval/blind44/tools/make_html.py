#!/usr/bin/env python3
"""Build a news web page 'saved from a browser' from a src/*.txt file."""
import html
import sys
from pathlib import Path

from srcparse import parse, one

E = html.escape


def slug(s):
    import unicodedata, re
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def build(src, outdir):
    meta, blocks = parse(src)
    title = one(meta, "title")
    site = one(meta, "site")
    out = one(meta, "out")
    stem = out.rsplit(".", 1)[0]
    art_slug = slug(title)[:80]
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Quốc phòng - An ninh",
            "Pháp luật", "Văn hóa", "Thể thao", "Biển đảo", "Video", "Ảnh"]
    parts = []
    parts.append("<!DOCTYPE html>")
    parts.append('<html lang="vi">')
    parts.append("<head>")
    parts.append('<meta charset="utf-8">')
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f"<title>{E(title)} | {E(site)}</title>")
    parts.append(f'<meta property="og:title" content="{E(title)}">')
    parts.append(f'<meta property="og:site_name" content="{E(site)}">')
    parts.append('<meta property="og:type" content="article">')
    parts.append('<link rel="stylesheet" href="./%s_files/main.min.css">' % stem)
    parts.append("<style>body{font-family:Arial,sans-serif;margin:0}.top-menu a{padding:0 8px}"
                 ".breadcrumb{font-size:13px;color:#666}.sapo{font-weight:bold}"
                 "figure{margin:16px 0}figcaption{font-style:italic;font-size:13px;text-align:center}"
                 ".share a{display:inline-block;margin-right:6px}.related li{margin:4px 0}</style>")
    parts.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
                 "gtag('js',new Date());gtag('config','G-DUYENHAI01');</script>")
    parts.append('<script>var ARTICLE_ID=241071745,CATE_ID=18;'
                 'document.addEventListener("DOMContentLoaded",function(){var v=document.getElementById("view-count");'
                 'if(v){v.setAttribute("data-loaded","1");}});</script>')
    parts.append("</head>")
    parts.append("<body>")
    parts.append(f'<div class="topbar"><span class="today">Hôm nay: {E(one(meta, "today"))}</span> '
                 '<a href="#">Đăng nhập</a> <a href="#">Đăng ký</a> '
                 '<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>')
    parts.append(f'<header class="site-header"><a class="logo" href="/"><img src="./{stem}_files/logo.png" alt="{E(site)}"></a>')
    parts.append('<nav class="top-menu"><ul>' + "".join(f'<li><a href="#">{E(m)}</a></li>' for m in menu) + "</ul></nav></header>")
    parts.append('<main class="container"><div class="breadcrumb"><a href="/">Trang chủ</a> › '
                 f'<a href="#">{E(one(meta, "category"))}</a> › <a href="#">{E(one(meta, "subcategory"))}</a></div>')
    parts.append('<article class="detail">')
    parts.append(f'<h1 class="title">{E(title)}</h1>')
    parts.append(f'<div class="meta"><span class="datetime">{E(one(meta, "datetime"))}</span> | '
                 f'<span class="views" id="view-count">Lượt xem: {E(one(meta, "views"))}</span></div>')
    parts.append('<div class="share top">Chia sẻ: <a class="fb" href="#">Facebook</a><a class="zalo" href="#">Zalo</a>'
                 '<a class="tw" href="#">Twitter</a><a class="copy" href="#">Sao chép liên kết</a>'
                 '<a class="print" href="#" onclick="window.print();return false;">In bài</a></div>')
    first = True
    img = 0
    for b in blocks:
        kind = b[0]
        if kind == "p":
            cls = ' class="sapo"' if first else ""
            parts.append(f"<p{cls}>{E(b[1])}</p>")
            first = False
        elif kind == "h2":
            parts.append(f"<h2>{E(b[1])}</h2>")
        elif kind == "fig":
            img += 1
            parts.append(f'<figure class="image"><img src="./{stem}_files/anh{img}.jpg" alt="{E(b[1])}" '
                         f'width="720" height="480" loading="lazy"><figcaption>{E(b[1])}</figcaption></figure>')
        else:
            raise SystemExit(f"unsupported block {kind}")
    parts.append(f'<p class="author"><strong>{E(one(meta, "author"))}</strong></p>')
    parts.append('<div class="tags">Từ khóa: ' + ", ".join(f'<a href="#">{E(k.strip())}</a>' for k in one(meta, "keywords").split(";")) + "</div>")
    parts.append('<div class="share bottom">Chia sẻ bài viết: <a class="fb" href="#">Facebook</a>'
                 '<a class="zalo" href="#">Zalo</a><a class="copy" href="#">Sao chép liên kết</a></div>')
    parts.append("</article>")
    parts.append('<section class="related"><h3>Tin liên quan</h3><ul>')
    for r in meta.get("related", []):
        parts.append(f'<li><a href="#">{E(r)}</a></li>')
    parts.append("</ul></section>")
    parts.append('<section class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="#">Dự báo thời tiết biển ngày 11/7</a></li>'
                 '<li><a href="#">Giá xăng dầu hôm nay</a></li><li><a href="#">Lịch cắt điện tuần tới</a></li></ol></section>')
    parts.append("</main>")
    parts.append('<footer class="site-footer">' + "".join(f"<p>{E(f)}</p>" for f in meta.get("footer", [])) + "</footer>")
    parts.append('<script src="./%s_files/jquery.min.js"></script>' % stem)
    parts.append("<script>(function(){var btns=document.querySelectorAll('.share a');"
                 "for(var i=0;i<btns.length;i++){btns[i].addEventListener('click',function(e){"
                 "if(this.className==='copy'){e.preventDefault();navigator.clipboard&&navigator.clipboard.writeText(location.href);}});}"
                 "})();</script>")
    parts.append("</body>")
    parts.append("</html>")
    Path(outdir, out).write_text("\n".join(parts) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
