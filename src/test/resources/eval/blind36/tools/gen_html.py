#!/usr/bin/env python3
"""Build reports/005_*.html: a news page 'saved from a browser' from src/005_news_page.txt."""
import html, sys
from srcparse import parse
src, out = sys.argv[1], sys.argv[2]
m, blocks = parse(src)
e = html.escape
title = next(t for k, t in blocks if k == "h1")
site, url = m["site"][0], m["site_url"][0]
P = []
a = P.append
a('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')
a(f'<title>{e(title)} | {e(site)}</title>')
a(f'<meta name="viewport" content="width=device-width, initial-scale=1">')
a(f'<meta property="og:title" content="{e(title)}">')
a(f'<meta property="article:published_time" content="{m["iso"][0]}">')
a(f'<link rel="canonical" href="{url}/thoi-su/doi-ngoai/bo-ngoai-giao-so-ket-6-thang-dau-nam-2024-a1842.html">')
a('<link rel="stylesheet" href="/static/css/main.min.css?v=3.2.1">')
a('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-NVND2024X");</script>')
a('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"'
  + title.replace('"', '\\"') + '","datePublished":"' + m["iso"][0] + '","author":{"@type":"Person","name":"' + m["author"][0] + '"}}</script>')
a('</head>\n<body class="page-article">')
a(f'<!-- saved from url=(0096){url}/thoi-su/doi-ngoai/bo-ngoai-giao-so-ket-6-thang-dau-nam-2024-a1842.html -->')
a('<header class="site-header">\n<div class="topbar"><span class="today">Thứ Sáu, 05/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> <a href="/rss">RSS</a></div>')
a(f'<a class="logo" href="/"><img src="/static/img/logo.svg" alt="{e(site)}"></a>')
a('<nav class="main-menu"><ul>' + "".join(f'<li><a href="/{s}">{n}</a></li>' for s, n in [
    ("", "Trang chủ"), ("thoi-su", "Thời sự"), ("doi-ngoai", "Đối ngoại"), ("kinh-te", "Kinh tế"),
    ("nguoi-viet", "Người Việt bốn phương"), ("van-hoa", "Văn hóa"), ("multimedia", "Multimedia")]) + '</ul></nav>')
a('<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>\n</header>')
a('<main class="container">\n<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">'
  + e(m["section"][0]) + '</a></li><li><a href="/thoi-su/doi-ngoai">' + e(m["subsection"][0]) + '</a></li></ol>')
a('<article class="detail">')
a(f'<h1 class="detail-title">{e(title)}</h1>')
a(f'<div class="byline"><span class="author">{e(m["author"][0])}</span> <time datetime="{m["iso"][0]}">{e(m["datetime"][0])}</time></div>')
a('<div class="share-buttons top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a> <a class="print" href="#" onclick="window.print();return false;">In bài</a></div>')
a('<div class="detail-content">')
table_open = False
for kind, val in blocks:
    if kind != "tr" and table_open:
        a('</tbody></table>'); table_open = False
    if kind == "h1":
        continue
    if kind == "lead":
        a(f'<p class="sapo"><strong>{e(val)}</strong></p>')
    elif kind == "p":
        a(f'<p>{e(val)}</p>')
    elif kind == "h2":
        a(f'<h2>{e(val)}</h2>')
    elif kind == "fig":
        a(f'<figure class="image"><img src="/uploads/2024/07/05/hn-so-ket-{len(P)}.jpg" alt="{e(val)}" loading="lazy"><figcaption>{e(val)}</figcaption></figure>')
    elif kind == "tr":
        if not table_open:
            a('<table class="data-table"><thead><tr>' + "".join(f'<th>{e(c)}</th>' for c in val) + '</tr></thead><tbody>')
            table_open = True
        else:
            a('<tr>' + "".join(f'<td>{e(c)}</td>' for c in val) + '</tr>')
    elif kind == "tablecap":
        a(f'<p class="table-note"><em>{e(val)}</em></p>')
if table_open:
    a('</tbody></table>')
a('</div>')
a('<div class="tags"><span>Từ khóa:</span> ' + " ".join(f'<a href="/tag/{i}">{e(t.strip())}</a>' for i, t in enumerate(m["tags"][0].split(";"))) + '</div>')
a('<div class="share-buttons bottom"><a class="fb" href="#">Chia sẻ</a> <a class="like" href="#">Thích 128</a></div>')
a('</article>')
a('<section class="related"><h3>Tin liên quan</h3><ul>' + "".join(f'<li><a href="/tin/{i}">{e(t)}</a></li>' for i, t in enumerate(m["related"])) + '</ul></section>')
a('<section class="comments"><h3>Bình luận (' + str(len(m["comment"])) + ')</h3>')
for c in m["comment"]:
    who, when, text = [x.strip() for x in c.split("|")]
    a(f'<div class="comment"><b>{e(who)}</b> <span class="c-time">{e(when)}</span><p>{e(text)}</p><a href="#" class="reply">Trả lời</a></div>')
a('<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form></section>')
a('</main>')
a(f'<footer class="site-footer"><p>© 2024 {e(site)} - Cơ quan chủ quản: Hội Nghiên cứu Đối ngoại Việt Nam (hư cấu).</p><p>Giấy phép số 123/GP-BTTTT. Địa chỉ: số 8 Lê Quang Đạo, Hà Nội. Điện thoại: 024 3999 0000.</p><p>Ghi rõ nguồn "{e(site)}" khi phát hành lại thông tin từ website này.</p></footer>')
a('<script>function copyLink(){navigator.clipboard&&navigator.clipboard.writeText(location.href);alert("Đã sao chép liên kết");}</script>')
a('<script>(function(){var s=document.createElement("script");s.async=true;s.src="/static/js/comments.js?v=20240705";document.body.appendChild(s);})();</script>')
a('</body>\n</html>\n')
open(out, "w", encoding="utf-8").write("\n".join(P))
