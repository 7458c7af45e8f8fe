#!/usr/bin/env python3
"""Wrap src/005_article.txt into a saved news web page with site chrome."""
import html, sys
src, out = sys.argv[1], sys.argv[2]
title = sapo = author = ''
body = []
for line in open(src, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line: continue
    k, _, v = line.partition(': ')
    e = html.escape(v)
    if k == 'TITLE': title = v
    elif k == 'SAPO': sapo = v
    elif k == 'AUTHOR': author = v
    elif k == 'P': body.append(f'<p>{e}</p>')
    elif k == 'H2': body.append(f'<h2 class="sub-title">{e}</h2>')
    elif k == 'IMG':
        n = len([b for b in body if 'figure' in b]) + 1
        body.append(f'<figure class="image"><img src="https://img.tgvn-news.vn/2024/11/15/hoi-nghi-ngoai-vu-{n}.jpg" alt="{e}" width="800"><figcaption>{e}</figcaption></figure>')
page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | Báo Thế giới &amp; Hội nhập</title>
<meta name="description" content="{html.escape(sapo)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/main.min.css?v=3.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TGHN2024');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-11-15T10:42:00+07:00","author":{{"@type":"Person","name":"{author}"}}}}</script>
</head>
<body class="detail-page">
<header class="site-header">
 <div class="top-bar"><span class="today">Thứ Sáu, 15/11/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> <a href="/rss">RSS</a></div>
 <div class="logo"><a href="/"><img src="/static/img/logo-tghn.png" alt="Báo Thế giới &amp; Hội nhập"></a></div>
 <nav class="main-menu"><ul>
  <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li>
  <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li>
  <li><a href="/the-gioi">Thế giới</a></li><li><a href="/video">Video</a></li><li><a href="/english">English</a></li>
 </ul><form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></nav>
</header>
<main class="container">
 <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/ngoai-giao">Ngoại giao</a> &raquo; <a href="/ngoai-giao/ngoai-vu-dia-phuong">Ngoại vụ địa phương</a></div>
 <article class="article-detail">
  <h1 class="article-title">{html.escape(title)}</h1>
  <div class="article-meta"><span class="author">{html.escape(author)}</span> <span class="time">Thứ Sáu, 15/11/2024 10:42 (GMT+7)</span> <span class="views">Lượt xem: 2.381</span></div>
  <div class="share-top"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In bài</a></div>
  <div class="sapo"><strong>TGHN - {html.escape(sapo)}</strong></div>
  <div class="article-content">
  {chr(10).join('  '+b for b in body)}
  <p class="author-sign"><strong>{html.escape(author)}</strong></p>
  </div>
  <div class="tags"><span>Tags:</span> <a href="/tag/hoi-nghi-ngoai-vu">Hội nghị Ngoại vụ</a> <a href="/tag/ngoai-vu-dia-phuong">ngoại vụ địa phương</a> <a href="/tag/quang-ninh">Quảng Ninh</a> <a href="/tag/tran-luu-quang">Trần Lưu Quang</a> <a href="/tag/nguyen-minh-vu">Nguyễn Minh Vũ</a></div>
  <div class="share-bottom"><a href="#">Thích 124</a> <a href="#">Chia sẻ</a> <a href="#">Gửi email</a></div>
 </article>
 <section class="related-news"><h3>Tin liên quan</h3><ul>
  <li><a href="/ngoai-giao/quang-ninh-don-dai-su-cac-nuoc-asean.html">Quảng Ninh đón đoàn Đại sứ các nước ASEAN khảo sát cơ hội đầu tư</a></li>
  <li><a href="/ngoai-giao/tap-huan-nghiep-vu-ngoai-vu-2024.html">Tập huấn nghiệp vụ ngoại vụ năm 2024 cho cán bộ các tỉnh miền Trung</a></li>
  <li><a href="/kinh-te/ngoai-giao-kinh-te-ho-tro-dia-phuong.html">Ngoại giao kinh tế đồng hành cùng địa phương, doanh nghiệp</a></li>
 </ul></section>
 <section class="comments"><h3>Bình luận (2)</h3>
  <div class="comment"><span class="c-name">Nguyễn Hải Đăng</span> <span class="c-time">15/11/2024 11:05</span><p>Mong các tỉnh biên giới được quan tâm hơn về cán bộ ngoại vụ.</p><a href="#">Trả lời</a> <a href="#">Thích (12)</a></div>
  <div class="comment"><span class="c-name">Minh Châu</span> <span class="c-time">15/11/2024 13:47</span><p>Hạ Long tổ chức hội nghị rất chu đáo, chúc mừng Quảng Ninh!</p><a href="#">Trả lời</a> <a href="#">Thích (5)</a></div>
  <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>
 </section>
 <aside class="sidebar"><h3>Đọc nhiều</h3><ol>
  <li><a href="#">Thủ tướng Phạm Minh Chính tiếp Đại sứ các nước chào từ biệt</a></li>
  <li><a href="#">Cộng đồng người Việt tại Lào đón Tết cổ truyền</a></li>
  <li><a href="#">Họp báo thường kỳ Bộ Ngoại giao tuần này</a></li></ol></aside>
</main>
<footer class="site-footer">
 <p>Báo Thế giới &amp; Hội nhập - Cơ quan ngôn luận chuyên ngành đối ngoại</p>
 <p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Tổng Biên tập: Trần Đức Hiếu</p>
 <p>Địa chỉ: số 8 Lê Đại Hành, Hà Nội. Điện thoại: 024 3838 xxxx. Email: toasoan@tgvn-news.vn</p>
 <p>&copy; 2024 Bản quyền thuộc về Báo Thế giới &amp; Hội nhập. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>document.querySelectorAll('.share-top a.copy').forEach(function(a){{a.addEventListener('click',function(e){{e.preventDefault();navigator.clipboard.writeText(location.href);}});}});</script>
<script src="/static/js/ads.min.js" async></script>
</body>
</html>
'''
open(out, 'w', encoding='utf-8').write(page)
