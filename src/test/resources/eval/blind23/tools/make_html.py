#!/usr/bin/env python3
"""Build reports/005_*.html: wrap src/005_ngoaivu_dia_phuong.txt in the chrome of a
(fictional) news site, the way a browser's "Save page as, HTML only" keeps it."""
import html, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src/005_ngoaivu_dia_phuong.txt").read_text(encoding="utf-8")
out = ROOT / "reports/005_ngoaivu24h_hoi-nghi-ngoai-vu-dia-phuong-22.html"

meta, body, comments = {}, [], []
for line in src.splitlines():
    if not line.strip():
        continue
    key, _, val = line.partition(": ")
    if key in ("TITLE", "DATE", "BYLINE", "VIEWS", "SAPO", "TAGS", "RELATED"):
        meta[key] = val
    elif key == "COMMENT":
        comments.append([x.strip() for x in val.split("|")])
    else:
        body.append((key, val))

e = html.escape
parts = []
for kind, val in body:
    if kind == "P":
        parts.append(f'      <p>{e(val)}</p>')
    elif kind == "H":
        parts.append(f'      <h2 class="sub-title">{e(val)}</h2>')
    elif kind == "IMG":
        path, cap = [x.strip() for x in val.split("|", 1)]
        parts.append(
            '      <figure class="article-image">\n'
            f'        <img src="https://ngoaivu24h.vn{e(path)}" alt="{e(cap)}" loading="lazy" width="800" height="533">\n'
            f'        <figcaption>{e(cap)}</figcaption>\n'
            '      </figure>')
tags = "\n".join(f'        <li><a href="/tag/{e(t.strip().lower().replace(" ", "-"))}">{e(t.strip())}</a></li>'
                 for t in meta["TAGS"].split("|"))
related = "\n".join(f'        <li><a href="/tin/{i+18230}.html"><img src="/thumb/{i+18230}.jpg" alt=""><span>{e(t.strip())}</span></a></li>'
                    for i, t in enumerate(meta["RELATED"].split("|")))
coms = "\n".join(
    f'        <li class="comment"><b class="c-name">{e(n)}</b> <span class="c-time">{e(t)}</span>'
    f'<p>{e(c)}</p><a href="#" class="c-like">Thích</a> · <a href="#" class="c-reply">Trả lời</a></li>'
    for n, t, c in comments)

page = f"""<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0093)https://ngoaivu24h.vn/thoi-su/hoi-nghi-ngoai-vu-dia-phuong-toan-quoc-lan-thu-22-d18245.html -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta["TITLE"])} | Ngoại vụ 24h</title>
  <meta name="description" content="{e(meta["SAPO"])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(meta["TITLE"])}">
  <meta property="article:published_time" content="2024-09-20T17:45:00+07:00">
  <link rel="stylesheet" href="/static/css/main.min.css?v=2024.9.3">
  <style>
    .article-image figcaption{{font-style:italic;color:#555;font-size:14px}}
    .share-bar a{{display:inline-block;margin-right:8px}}
    .view-count:before{{content:"\\1F441  "}}
  </style>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-NV24H0001"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-NV24H0001');
  </script>
</head>
<body class="detail-page">
  <div class="topbar">
    <span class="today">Thứ bảy, 21/09/2024</span>
    <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a> | <a href="/dang-nhap">Đăng nhập</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/"><img src="/static/img/logo-ngoaivu24h.png" alt="Ngoại vụ 24h - Thông tin đối ngoại địa phương"></a>
    <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
    <nav class="main-menu">
      <ul>
        <li><a href="/">Trang chủ</a></li>
        <li class="active"><a href="/thoi-su">Thời sự</a></li>
        <li><a href="/ngoai-giao-kinh-te">Ngoại giao kinh tế</a></li>
        <li><a href="/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
        <li><a href="/bien-gioi-lanh-tho">Biên giới - Lãnh thổ</a></li>
        <li><a href="/van-hoa">Văn hóa</a></li>
        <li><a href="/video">Video</a></li>
        <li><a href="/e-magazine">E-Magazine</a></li>
      </ul>
    </nav>
  </header>
  <main class="container">
    <ol class="breadcrumb">
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/thoi-su">Thời sự</a></li>
      <li><a href="/thoi-su/ngoai-vu-dia-phuong">Ngoại vụ địa phương</a></li>
    </ol>
    <article class="article-detail" id="article-18245">
      <h1 class="article-title">{e(meta["TITLE"])}</h1>
      <div class="article-meta">
        <span class="author">{e(meta["BYLINE"])}</span>
        <span class="datetime">{e(meta["DATE"])}</span>
        <span class="view-count" id="view-count">Lượt xem: {e(meta["VIEWS"])}</span>
      </div>
      <div class="share-bar top">
        <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https://ngoaivu24h.vn/d18245" title="Chia sẻ Facebook">Facebook</a>
        <a class="zalo" href="#" data-href="https://ngoaivu24h.vn/d18245" title="Chia sẻ Zalo">Zalo</a>
        <a class="copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép link</a>
        <a class="print" href="javascript:window.print()">In bài</a>
        <a class="font" href="#">A-</a> <a class="font" href="#">A+</a>
      </div>
      <p class="sapo"><strong>{e(meta["SAPO"])}</strong></p>
      <div class="article-body">
{chr(10).join(parts)}
      </div>
      <div class="share-bar bottom">
        <span>Chia sẻ:</span>
        <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https://ngoaivu24h.vn/d18245">Facebook</a>
        <a class="zalo" href="#">Zalo</a>
        <a class="x" href="https://twitter.com/intent/tweet?url=https://ngoaivu24h.vn/d18245">X</a>
      </div>
      <div class="article-tags">
        <span>Từ khóa:</span>
        <ul>
{tags}
        </ul>
      </div>
    </article>
    <section class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{related}
      </ul>
    </section>
    <section class="comments" id="comments">
      <h3>Bình luận (<span class="c-count">{len(comments)}</span>)</h3>
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
      <ul>
{coms}
      </ul>
    </section>
  </main>
  <footer class="site-footer">
    <p><b>NGOẠI VỤ 24H</b> - Chuyên trang thông tin đối ngoại địa phương</p>
    <p>Giấy phép số 123/GP-BTTTT. Tổng biên tập: Đặng Văn Hòa</p>
    <p>Địa chỉ: 25 Phố Huế, Hai Bà Trưng, Hà Nội. Điện thoại: 024 3823 4567. Email: toasoan@ngoaivu24h.vn</p>
    <p>© 2024 Ngoại vụ 24h. Ghi rõ nguồn "Ngoại vụ 24h" khi phát hành lại thông tin từ website này.</p>
  </footer>
  <script>
    (function(){{
      var el = document.getElementById('view-count');
      fetch('/api/view?id=18245').then(function(r){{return r.json();}}).then(function(d){{
        if (d && d.views) el.textContent = 'Lượt xem: ' + d.views.toLocaleString('vi-VN');
      }}).catch(function(){{}});
    }})();
  </script>
  <script>window.fbAsyncInit=function(){{FB.init({{appId:'1234567890',xfbml:true,version:'v19.0'}});}};</script>
</body>
</html>
"""
out.write_text(page, encoding="utf-8")
print("wrote", out)
