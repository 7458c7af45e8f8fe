#!/usr/bin/env python3
"""Build the saved news web page 005_*.html from src/005_ngoaivu21.txt.
The page mimics a 'Save page as... (HTML only)' of a Vietnamese news site:
menu, breadcrumb, byline, date-time line, view counter, share buttons,
figure captions, tags, related news, comments, footer and inline scripts."""
import html, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src" / "005_ngoaivu21.txt").read_text(encoding="utf-8")
out = ROOT / "reports" / "005_ngoaivu21_quangninh.html"

meta, body, comments = {}, [], []
for line in src.splitlines():
    if not line.strip():
        continue
    key, _, val = line.partition(": ")
    if key in ("P", "H", "IMG"):
        body.append((key, val))
    elif key == "COMMENT":
        comments.append(val.split("|"))
    else:
        meta[key] = val
e = html.escape
cat1, cat2 = meta["CATEGORY"].split("|")

parts = []
for kind, val in body:
    if kind == "P":
        parts.append(f'        <p>{e(val)}</p>')
    elif kind == "H":
        parts.append(f'        <h2 class="sub-title">{e(val)}</h2>')
    else:
        src_, cap = val.split("|")
        parts.append(
            '        <figure class="expNoEdit">\n'
            f'          <img src="https://doingoaiviet.vn{e(src_)}" alt="{e(cap)}" loading="lazy" width="680">\n'
            f'          <figcaption class="PhotoCMS_Caption">{e(cap)}</figcaption>\n'
            '        </figure>')
article = "\n".join(parts)
tags = "\n".join(f'          <li><a href="/tag/{i}.tag">{e(t)}</a></li>' for i, t in enumerate(meta["TAGS"].split("|"), 1))
related = "\n".join(
    f'          <li class="related-item"><a href="/tin-{90210+i}.html"><img src="/thumb/{90210+i}.jpg" alt=""><span>{e(t)}</span></a></li>'
    for i, t in enumerate(meta["RELATED"].split("|"), 1))
cmts = "\n".join(
    f'''          <div class="comment-item" data-id="{7700+i}">
            <p class="comment-author"><b>{e(n)}</b> <span class="loc">({e(loc)})</span> <time>{e(t)}</time></p>
            <p class="comment-text">{e(txt)}</p>
            <p class="comment-actions"><a href="#" class="like">Thích</a> <span class="like-count">{e(likes)}</span> · <a href="#" class="reply">Trả lời</a></p>
          </div>''' for i, (n, loc, t, txt, likes) in enumerate(comments, 1))

page = f'''<!DOCTYPE html>
<!-- saved from url=(0094)https://doingoaiviet.vn/doi-ngoai/hoi-nghi-ngoai-vu-toan-quoc-lan-thu-21-post90210.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta["TITLE"])} | Báo điện tử Đối ngoại Việt</title>
<meta name="description" content="{e(meta["SAPO"][:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(meta["TITLE"])}">
<meta property="article:published_time" content="2024-11-08T16:45:00+07:00">
<link rel="stylesheet" href="./hoi-nghi-ngoai-vu_files/main.min.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DNV2024X"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-DNV2024X', {{ 'page_type': 'article', 'article_id': 90210 }});
</script>
<style>.top-ads{{min-height:90px}} .share-bar a{{margin-right:6px}}</style>
</head>
<body class="page-detail">
<div class="top-ads"><!-- quang cao top 970x90 --><ins class="adsbygoogle" data-ad-slot="1029384756"></ins></div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="https://doingoaiviet.vn/"><img src="./hoi-nghi-ngoai-vu_files/logo.svg" alt="Đối ngoại Việt"></a>
    <div class="header-right"><span class="today">Thứ bảy, 09/11/2024</span> | <a href="/dang-nhap">Đăng nhập</a> | <a href="/en">English</a></div>
  </div>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/thoi-su">Thời sự</a></li>
      <li class="active"><a href="/doi-ngoai">Đối ngoại</a></li>
      <li><a href="/kinh-te">Kinh tế</a></li>
      <li><a href="/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
      <li><a href="/van-hoa">Văn hóa</a></li>
      <li><a href="/video">Video</a></li>
      <li><a href="/e-magazine">Emagazine</a></li>
    </ul>
  </nav>
</header>
<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/doi-ngoai">{e(cat1)}</a> › <a href="/doi-ngoai/ngoai-vu-dia-phuong">{e(cat2)}</a></div>
  <article class="detail" id="article-90210">
    <h1 class="detail-title">{e(meta["TITLE"])}</h1>
    <div class="detail-meta">
      <span class="author">{e(meta["BYLINE"])}</span>
      <span class="datetime">{e(meta["DATETIME"])}</span>
      <span class="views"><i class="icon-eye"></i> Lượt xem: <b id="view-count">{e(meta["VIEWS"])}</b></span>
    </div>
    <div class="share-bar">
      <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https://doingoaiviet.vn/post90210.html">Chia sẻ Facebook</a>
      <a class="zalo" href="#" data-href="https://doingoaiviet.vn/post90210.html">Zalo</a>
      <a class="copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a>
      <a class="print" href="javascript:window.print()">In bài</a>
      <a class="font" href="#">A-</a> <a class="font" href="#">A+</a>
    </div>
    <h2 class="detail-sapo">{e(meta["SAPO"])}</h2>
    <div class="detail-content" id="content">
{article}
    </div>
    <p class="detail-author-bottom"><b>{e(meta["BYLINE"])}</b></p>
    <div class="tags">
      <span class="tag-label">Tags:</span>
      <ul>
{tags}
      </ul>
    </div>
    <div class="share-bar bottom"><a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a> <a class="like" href="#">Thích 86</a></div>
  </article>
  <section class="related-news">
    <h3 class="box-title">Tin liên quan</h3>
    <ul>
{related}
    </ul>
  </section>
  <section class="comments" id="comments">
    <h3 class="box-title">Bình luận ({len(comments)})</h3>
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form>
    <div class="comment-list">
{cmts}
    </div>
  </section>
  <aside class="sidebar">
    <h3 class="box-title">Đọc nhiều</h3>
    <ol>
      <li><a href="/tin-90188.html">Lịch nghỉ Tết Nguyên đán 2025 của cán bộ, công chức</a></li>
      <li><a href="/tin-90176.html">Giá vàng hôm nay 8/11: tiếp tục giảm mạnh</a></li>
      <li><a href="/tin-90154.html">Những điểm mới về thủ tục cấp hộ chiếu phổ thông</a></li>
    </ol>
  </aside>
</main>
<footer class="site-footer">
  <div class="container">
    <p><b>BÁO ĐIỆN TỬ ĐỐI NGOẠI VIỆT</b> - Cơ quan chủ quản: Hội Truyền thông Đối ngoại Việt Nam</p>
    <p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT ngày 15/3/2021. Tổng Biên tập: Phan Thị Thu Hà</p>
    <p>Tòa soạn: 46 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.3823.0000 - Email: toasoan@doingoaiviet.vn</p>
    <p>© Bản quyền thuộc về Báo điện tử Đối ngoại Việt. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
  </div>
</footer>
<script>
  (function(){{
    var id = 90210;
    fetch('/api/view?id=' + id, {{method: 'POST'}}).then(function(r){{return r.json();}})
      .then(function(d){{ if (d && d.views) document.getElementById('view-count').textContent = d.views.toLocaleString('vi-VN'); }})
      .catch(function(){{}});
  }})();
</script>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
</body></html>
'''
out.write_text(page, encoding="utf-8")
print("wrote", out)
