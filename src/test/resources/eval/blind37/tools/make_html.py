#!/usr/bin/env python3
"""Build a 'saved from the browser' news page from a src/*.txt article."""
import html, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from srcparse import parse

src, out = sys.argv[1], sys.argv[2]
meta, blocks = parse(src)
e = html.escape

menu = ["Trang chủ", "Thời sự", "Chính trị - Ngoại giao", "Ngoại giao kinh tế", "Kiều bào",
        "Văn hóa", "Quốc tế", "Multimedia", "English"]
body = []
n_img = 0
for kind, val in blocks:
    if kind == "p":
        body.append(f'<p>{e(val)}</p>')
    elif kind == "img":
        n_img += 1
        body.append(
            f'<figure class="article-image"><img src="./Ngoai%20giao%20kinh%20te_files/anh-hoi-nghi-{n_img}.jpg" '
            f'alt="{e(val)}" width="720" height="480" loading="lazy">'
            f'<figcaption>{e(val)}</figcaption></figure>')
related = [v for k, v in blocks if k == "related"]

page = f"""<!DOCTYPE html>
<!-- saved from url=(0112)https://thoibaodoingoai.vn/ngoai-giao-kinh-te/ngoai-giao-kinh-te-dong-hanh-cung-dong-bang-song-cuu-long-1658475.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(meta['sapo'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="article:section" content="{e(meta['category'])}">
<link rel="stylesheet" href="./Ngoai%20giao%20kinh%20te_files/main.min.css">
<script async src="./Ngoai%20giao%20kinh%20te_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-TBDN2022');
</script>
</head>
<body class="page-detail">
<div id="top-bar"><span class="today">Thứ Sáu, 22/7/2022</span> <a href="#">Đăng nhập</a> <a href="#">Đăng ký</a></div>
<header class="site-header">
  <a class="logo" href="https://thoibaodoingoai.vn/"><img src="./Ngoai%20giao%20kinh%20te_files/logo.svg" alt="{e(meta['site'])}"></a>
  <form class="search" action="#"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<nav class="main-menu"><ul>
{''.join(f'<li><a href="#">{e(m)}</a></li>' for m in menu)}
</ul></nav>
<main class="container">
<div class="breadcrumb"><a href="#">Trang chủ</a> › <a href="#">Thời sự</a> › <a href="#">{e(meta['category'])}</a></div>
<article class="article-detail">
  <h1 class="article-title">{e(meta['title'])}</h1>
  <div class="article-meta">
    <span class="byline">{e(meta['byline'])}</span>
    <span class="datetime">{e(meta['datetime'])}</span>
    <span class="views"><i class="icon-eye"></i> Lượt xem: {e(meta['views'])}</span>
  </div>
  <div class="share-buttons">
    <a class="share fb" href="#">Chia sẻ Facebook</a> <a class="share zalo" href="#">Zalo</a>
    <a class="share tw" href="#">Twitter</a> <a class="share mail" href="#">Gửi email</a>
    <a class="share print" href="javascript:window.print()">In bài</a>
  </div>
  <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
  <div class="article-body">
{chr(10).join('    ' + b for b in body)}
  </div>
  <div class="article-author"><strong>{e(meta['byline'])}</strong></div>
  <div class="tags">Từ khóa: <a href="#">ngoại giao kinh tế</a> <a href="#">Đồng bằng sông Cửu Long</a> <a href="#">Cần Thơ</a></div>
  <div class="share-buttons bottom"><a class="share fb" href="#">Thích 214</a> <a class="share zalo" href="#">Chia sẻ</a></div>
</article>
<section class="related-news"><h3>Tin liên quan</h3><ul>
{''.join(f'<li><a href="#">{e(r)}</a></li>' for r in related)}
</ul></section>
<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="#">Lịch làm việc của Lãnh đạo Bộ tuần này</a></li><li><a href="#">Thông báo tuyển sinh khóa bồi dưỡng nghiệp vụ lễ tân</a></li></ol></aside>
</main>
<footer class="site-footer">
  <p><strong>{e(meta['site'])}</strong> - Chuyên trang thông tin đối ngoại</p>
  <p>Giấy phép hoạt động báo điện tử số 318/GP-BTTTT. Tổng Biên tập: Lê Phương Thảo.</p>
  <p>Địa chỉ: Tầng 5, tòa nhà B, ngõ 8 Huỳnh Thúc Kháng, Đống Đa, Hà Nội. Điện thoại: 024 3823 9999.</p>
  <p>© Bản quyền thuộc về {e(meta['site'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  document.querySelectorAll('.share').forEach(function(a){{a.addEventListener('click',function(){{ /* share */ }});}});
  (function(){{var v=document.querySelector('.views'); if(v){{v.setAttribute('data-id','1658475');}}}})();
</script>
<script src="./Ngoai%20giao%20kinh%20te_files/ads.js"></script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
