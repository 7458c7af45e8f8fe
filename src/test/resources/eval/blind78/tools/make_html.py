#!/usr/bin/env python3
"""Build reports/005_*.html: a news article page as saved from a browser
("Save page as... HTML only"), from src/005_trienlam_gionevo.txt."""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "005_trienlam_gionevo.txt")
OUT = os.path.join(ROOT, "reports", "005_trienlam_gionevo_2024.html")

meta, body = parse(SRC)
e = html.escape
url = "https://nhipcaudoingoai.vn/" + meta["slug"] + "-post48213.html"
lead = next(b["text"] for b in body if b["type"] == "lead")

parts = []
for b in body:
    t = b["type"]
    if t == "lead":
        parts.append(f'<h2 class="article__sapo">{e(b["text"])}</h2>')
    elif t == "p":
        parts.append(f"<p>{e(b['text'])}</p>")
    elif t in ("h2", "h3"):
        parts.append(f"<h3 class=\"article__subtitle\"><strong>{e(b['text'])}</strong></h3>")
    elif t == "figure":
        parts.append(
            '<figure class="article__image">\n'
            f'  <img src="./{meta["slug"][:20]}_files/{e(b["src"])}" alt="{e(b["text"].split(" (Ảnh")[0])}" width="760" height="507" loading="lazy">\n'
            f'  <figcaption>{e(b["text"])}</figcaption>\n</figure>')
article = "\n".join(parts)
tags = [t.strip() for t in meta["tags"].split(";")]
tag_html = "\n".join(
    f'<li><a href="https://nhipcaudoingoai.vn/tag/{t.lower().replace(" ", "-")}.html">#{e(t)}</a></li>' for t in tags)

page = f"""<!DOCTYPE html>
<!-- saved from url=(0{len(url):03d}){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(lead)}">
<meta name="keywords" content="{e(', '.join(tags))}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(meta['site'])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:description" content="{e(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.nhipcaudoingoai.vn/images/2024/07/05/bo-truong-phat-bieu.jpg">
<meta property="article:published_time" content="{meta['published']}">
<meta property="article:modified_time" content="2024-07-05T15:08:00+07:00">
<meta property="article:section" content="{e(meta['section'])}">
<meta property="article:author" content="{e(meta['author'])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="./{meta['slug'][:20]}_files/main.min.css">
<script async src="./{meta['slug'][:20]}_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-NCDN2024X1');
</script>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(meta['title'])}","datePublished":"{meta['published']}","author":{{"@type":"Person","name":"{e(meta['author'])}"}},"publisher":{{"@type":"Organization","name":"{e(meta['site'])}"}}}}
</script>
</head>
<body class="page-detail">
<div id="fb-root"></div>
<header class="site-header">
  <div class="topbar"><span class="topbar__date">Thứ Sáu, 05/07/2024</span>
    <a href="https://nhipcaudoingoai.vn/dang-nhap.html">Đăng nhập</a> | <a href="https://nhipcaudoingoai.vn/en/">English</a></div>
  <a class="logo" href="https://nhipcaudoingoai.vn/"><img src="./{meta['slug'][:20]}_files/logo.svg" alt="{e(meta['site'])}"></a>
  <nav class="main-menu"><ul>
    <li><a href="https://nhipcaudoingoai.vn/">Trang chủ</a></li>
    <li class="active"><a href="https://nhipcaudoingoai.vn/hoat-dong-bo-ngoai-giao/">Hoạt động Bộ Ngoại giao</a></li>
    <li><a href="https://nhipcaudoingoai.vn/ngoai-giao-kinh-te/">Ngoại giao kinh tế</a></li>
    <li><a href="https://nhipcaudoingoai.vn/nguoi-viet-bon-phuong/">Người Việt bốn phương</a></li>
    <li><a href="https://nhipcaudoingoai.vn/van-hoa/">Văn hóa</a></li>
    <li><a href="https://nhipcaudoingoai.vn/multimedia/">Multimedia</a></li>
  </ul></nav>
  <form class="search" action="https://nhipcaudoingoai.vn/tim-kiem.html"><input name="q" placeholder="Tìm kiếm..."></form>
</header>
<main class="container">
<ol class="breadcrumb">
  <li><a href="https://nhipcaudoingoai.vn/">Trang chủ</a></li>
  <li><a href="https://nhipcaudoingoai.vn/hoat-dong-bo-ngoai-giao/">{e(meta['section'])}</a></li>
</ol>
<article class="article" data-id="48213">
<h1 class="article__title">{e(meta['title'])}</h1>
<div class="article__meta">
  <span class="article__author">{e(meta['author'])}</span>
  <time class="article__time" datetime="{meta['published']}">{e(meta['dateline'])}</time>
  <span class="article__views"><i class="icon-eye"></i> Lượt xem: <b id="view-count">{meta['views']}</b></span>
</div>
<div class="article__share">
  <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
  <a class="share-zalo" href="https://zalo.me/share?u={url}" target="_blank" rel="noopener">Zalo</a>
  <a class="share-x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a>
  <button class="share-copy" onclick="copyLink()">Sao chép liên kết</button>
  <button class="share-print" onclick="window.print()">In bài</button>
</div>
<div class="article__body" id="abody">
{article}
<p class="article__author-bottom" style="text-align:right"><strong>{e(meta['author'])}</strong></p>
</div>
<div class="article__tags"><span>Từ khóa:</span><ul>
{tag_html}
</ul></div>
</article>
<section class="related"><h3 class="related__title">Tin liên quan</h3><ul>
  <li><a href="https://nhipcaudoingoai.vn/bo-ngoai-giao-to-chuc-hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2023-post41120.html">Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023</a></li>
  <li><a href="https://nhipcaudoingoai.vn/trien-lam-anh-truc-tuyen-ve-lich-su-ngoai-giao-post47905.html">Giới thiệu không gian triển lãm trực tuyến về lịch sử ngoại giao Việt Nam</a></li>
  <li><a href="https://nhipcaudoingoai.vn/hoc-vien-ngoai-giao-don-sinh-vien-khoa-moi-post46001.html">Học viện Ngoại giao tổ chức lễ tốt nghiệp cho sinh viên khóa 46</a></li>
</ul></section>
<section class="comments" id="comments"><h3>Ý kiến bạn đọc (3)</h3>
  <div class="comment"><b>Nguyễn Văn Hải</b> <span class="c-time">05/07/2024 13:05</span><p>Tư liệu rất quý, mong Nhà xuất bản sớm có bản sách điện tử để bà con ở xa có thể đọc.</p><a class="c-like">Thích (14)</a> <a class="c-reply">Trả lời</a></div>
  <div class="comment"><b>Trần Thu Hương</b> <span class="c-time">05/07/2024 14:27</span><p>Cuối tuần tôi sẽ đưa các cháu đến xem triển lãm. Cảm ơn ban tổ chức!</p><a class="c-like">Thích (6)</a> <a class="c-reply">Trả lời</a></div>
  <div class="comment"><b>minhquan88</b> <span class="c-time">05/07/2024 20:51</span><p>Ông tôi cũng từng kể về những ngày ở Giơnevơ, đọc bài mà xúc động.</p><a class="c-like">Thích (3)</a> <a class="c-reply">Trả lời</a></div>
  <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button type="button">Gửi bình luận</button></form>
</section>
<aside class="most-read"><h3>Đọc nhiều</h3><ol>
  <li><a href="https://nhipcaudoingoai.vn/thoi-tiet-ha-noi-nang-nong-post48199.html">Hà Nội nắng nóng gay gắt trong những ngày đầu tháng 7</a></li>
  <li><a href="https://nhipcaudoingoai.vn/lich-thi-tot-nghiep-post48150.html">Công bố điểm thi tốt nghiệp trung học phổ thông năm 2024</a></li>
</ol></aside>
</main>
<footer class="site-footer">
  <p><strong>{e(meta['site'])}</strong> – Chuyên trang thông tin đối ngoại</p>
  <p>Giấy phép số 215/GP-BTTTT. Tổng Biên tập: Nguyễn Quốc Bảo</p>
  <p>Địa chỉ: 46 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024 3799 2255. Email: toasoan@nhipcaudoingoai.vn</p>
  <p>© 2024 {e(meta['site'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink(){{navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}}
  (function(){{var x=new XMLHttpRequest();x.open('POST','/api/view?id=48213');x.send();}})();
</script>
</body></html>
"""
with open(OUT, "w", encoding="utf-8") as f:
    f.write(page)
print("wrote", OUT)
