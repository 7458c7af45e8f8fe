#!/usr/bin/env python3
"""Build reports/005_*.html: wrap the article source src/005_*.txt in the chrome of a
saved news web page (menu, breadcrumb, byline, date-time, view counter, share
buttons, captions, tags, related news, comments, footer, inline scripts)."""
import html, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "005_ngoai_vu_dia_phuong.txt"
OUT = ROOT / "reports" / "005_ngoai_vu_dia_phuong_21.html"

meta, body, related, comments = {}, [], [], []
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    if line.startswith("@related "):
        d, t = line[9:].split(" | ", 1); related.append((d, t))
    elif line.startswith("@comment "):
        comments.append(line[9:].split(" | ", 2))
    elif line.startswith("@h2 "):
        body.append(("h2", line[4:]))
    elif line.startswith("[img] "):
        body.append(("img", line[6:]))
    elif line.startswith("@"):
        k, v = line[1:].split(" ", 1); meta[k] = v
    else:
        body.append(("p", line))

e = html.escape
imgno = 0
parts = []
for kind, text in body:
    if kind == "h2":
        parts.append(f'<h2 class="article__subtitle">{e(text)}</h2>')
    elif kind == "img":
        imgno += 1
        parts.append(
            f'<figure class="article__photo">\n'
            f'  <img src="https://static.thoidaingoaivu.vn/images/2024/10/18/nvdp21-{imgno}.jpg" '
            f'alt="{e(text.split(" (Ảnh")[0])}" loading="lazy" width="720" height="480">\n'
            f'  <figcaption>{e(text)}</figcaption>\n</figure>')
    else:
        parts.append(f"<p>{e(text)}</p>")

tags = "".join(f'<li><a href="/tag/{e(t.strip().lower().replace(" ", "-"))}">{e(t.strip())}</a></li>'
               for t in meta["tags"].split(";"))
rel = "".join(f'<li><a href="/doi-ngoai/tin-{i+1042}.html">{e(t)}</a> <span class="time">{e(d)}</span></li>'
              for i, (d, t) in enumerate(related))
com = "".join(f'<div class="comment"><p class="comment__author">{e(a)} <span class="comment__time">{e(d)}</span></p>'
              f'<p class="comment__text">{e(t)}</p><a class="comment__reply" href="#">Trả lời</a> · <a href="#">Thích</a></div>'
              for a, d, t in comments)

page = f"""<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0093)https://thoidaingoaivu.vn/doi-ngoai/hoi-nghi-ngoai-vu-dia-phuong-toan-quoc-lan-thu-21-dia-phuong-la-chu-the-18102024.html -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | Thời Đại Ngoại Vụ</title>
<meta name="description" content="{e(meta['sapo'][:160])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="article:published_time" content="2024-10-18T17:42:00+07:00">
<link rel="stylesheet" href="./hoi-nghi-ngoai-vu-21_files/main.min.css">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-TDNV2024X');
</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(meta['title'])}","datePublished":"2024-10-18T17:42:00+07:00","author":{{"@type":"Person","name":"{e(meta['author'])}"}}}}</script>
</head>
<body class="page-article">
<div class="topbar"><span class="topbar__date">Thứ Bảy, 19/10/2024</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/dang-nhap">Đăng nhập</a></div>
<header class="site-header">
  <a class="logo" href="/"><img src="./hoi-nghi-ngoai-vu-21_files/logo.svg" alt="Thời Đại Ngoại Vụ"></a>
  <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li class="active"><a href="/doi-ngoai">Đối ngoại</a></li>
    <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/dia-phuong">Địa phương</a></li><li><a href="/kieu-bao">Kiều bào</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/video">Video</a></li><li><a href="/multimedia">Multimedia</a></li>
  </ul>
</nav>
<main class="container">
<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/doi-ngoai">Đối ngoại</a> › <a href="/doi-ngoai/ngoai-vu-dia-phuong">Ngoại vụ địa phương</a></nav>
<article class="article">
  <h1 class="article__title">{e(meta['title'])}</h1>
  <div class="article__meta">
    <span class="article__datetime">{e(meta['datetime'])}</span>
    <span class="article__updated">Cập nhật: {e(meta['updated'])}</span>
    <span class="article__views">Lượt xem: <b id="view-count">{e(meta['views'])}</b></span>
  </div>
  <div class="share">
    <a class="share__fb" href="#">Facebook</a> <a class="share__zalo" href="#">Zalo</a> <a class="share__x" href="#">X</a>
    <a class="share__copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a>
    <a class="share__print" href="javascript:window.print()">In bài</a>
    <span class="font-size">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span>
  </div>
  <p class="article__sapo"><strong>{e(meta['sapo'])}</strong></p>
  <div class="article__body">
{chr(10).join(parts)}
  </div>
  <p class="article__author"><strong>{e(meta['author'])}</strong></p>
  <div class="share share--bottom"><a href="#">Thích</a> <a href="#">Chia sẻ</a> <a href="#">Lưu bài</a></div>
  <div class="tags"><span>Từ khóa:</span><ul>{tags}</ul></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
<section class="comments"><h3>Bình luận (<span>{len(comments)}</span>)</h3>
{com}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ và tên"><input placeholder="Email"><button>Gửi bình luận</button></form>
<p class="note">Bình luận của bạn sẽ được biên tập trước khi đăng.</p>
</section>
<aside class="most-read"><h3>Đọc nhiều</h3><ol>
<li><a href="#">Lịch nghỉ Tết Nguyên đán Ất Tỵ 2025 của cán bộ, công chức</a></li>
<li><a href="#">Giá vàng hôm nay 19/10: Vàng nhẫn lập đỉnh mới</a></li>
<li><a href="#">Thời tiết cuối tuần: Miền Trung mưa lớn diện rộng</a></li>
</ol></aside>
</main>
<footer class="site-footer">
  <p><strong>THỜI ĐẠI NGOẠI VỤ</strong> - Chuyên trang thông tin đối ngoại và hội nhập</p>
  <p>Giấy phép số 118/GP-BTTTT. Tổng Biên tập: Đặng Hữu Phúc</p>
  <p>Địa chỉ: Tầng 6, số 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. Đường dây nóng: 0243 999 8888</p>
  <p>© Bản quyền thuộc Thời Đại Ngoại Vụ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  (function(){{var el=document.getElementById('view-count');
   fetch('/api/view?id=nvdp21').then(function(r){{return r.json();}}).then(function(d){{if(d&&d.count)el.textContent=d.count.toLocaleString('vi-VN');}}).catch(function(){{}});}})();
</script>
<script src="./hoi-nghi-ngoai-vu-21_files/app.min.js" async></script>
</body>
</html>
"""
OUT.write_text(page, encoding="utf-8")
print("wrote", OUT)
