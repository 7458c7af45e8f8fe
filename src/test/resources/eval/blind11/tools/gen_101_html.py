#!/usr/bin/env python3
"""Build reports/101_...html: a news article page as saved from a browser
("Save page as > Webpage, HTML only") from tools/src/101_article.txt."""
import html, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'reports', '101_baoquocte_hoi_nghi_nguoi_viet_nam_o_nuoc_ngoai_lan_thu_tu.html')
src = open(os.path.join(HERE, 'src', '101_article.txt'), encoding='utf-8').read().splitlines()
meta, blocks = {}, []
for line in src:
    if line.startswith('# ') and ':' in line:
        k, v = line[2:].split(':', 1); meta[k.strip()] = v.strip()
    elif line.startswith('## '):
        blocks.append(('h2', line[3:]))
    elif line.startswith('[fig] '):
        blocks.append(('fig', line[6:]))
    elif line.strip():
        blocks.append(('p', line))
e = html.escape
URL = 'https://baoquocte.vn/khai-mac-hoi-nghi-nguoi-viet-nam-o-nuoc-ngoai-toan-the-gioi-lan-thu-tu-282731.html'
imgs = ['https://photo.baoquocte.vn/w700/Uploaded/2024/aeixrdx/2024_08_22/thu-tuong-phat-bieu-8811.jpg',
        'https://photo.baoquocte.vn/w700/Uploaded/2024/aeixrdx/2024_08_22/toan-canh-khai-mac-2291.jpg',
        'https://photo.baoquocte.vn/w700/Uploaded/2024/aeixrdx/2024_08_23/phien-chuyen-de-kh-cn-0712.jpg']
body, fi = [], 0
for kind, text in blocks:
    if kind == 'h2':
        body.append(f'        <h2 class="article__subheading">{e(text)}</h2>')
    elif kind == 'fig':
        body.append(f'''        <figure class="article__figure">
          <img src="{imgs[fi]}" alt="{e(text.split(' (Ảnh')[0])}" loading="lazy" width="700" height="467">
          <figcaption>{e(text)}</figcaption>
        </figure>'''); fi += 1
    else:
        body.append(f'        <p>{e(text)}</p>')
title = meta['title']; sapo = meta['sapo']
page = f'''<!DOCTYPE html>
<!-- saved from url=(0093){URL} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Báo Thế giới và Việt Nam</title>
<meta name="description" content="{e(sapo[6:])}">
<meta name="keywords" content="Người Việt Nam ở nước ngoài, kiều bào, Hội nghị Người Việt Nam ở nước ngoài toàn thế giới lần thứ tư, Thủ tướng Phạm Minh Chính">
<meta name="author" content="Thu Trang - Minh Quân">
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="Báo Thế giới và Việt Nam">
<meta property="og:type" content="article">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="{e(title)}">
<meta property="og:description" content="{e(sapo[6:])}">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="{imgs[1]}">
<meta property="article:published_time" content="2024-08-22T18:45:00+07:00">
<meta property="article:modified_time" content="2024-08-23T21:10:00+07:00">
<meta property="article:section" content="Kiều bào">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="./101_files/main.min.css">
<script async src="./101_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-TGVN2024');
  var articleId = 282731, categoryId = 'kieu-bao';
</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(title)}","datePublished":"2024-08-22T18:45:00+07:00","author":[{{"@type":"Person","name":"Thu Trang"}},{{"@type":"Person","name":"Minh Quân"}}],"publisher":{{"@type":"Organization","name":"Báo Thế giới và Việt Nam"}}}}</script>
</head>
<body class="page-detail">
<header class="site-header">
  <div class="topbar"><span class="topbar__date">Thứ Năm, 22/08/2024</span> <a href="https://baoquocte.vn/en">English</a> | <a href="https://baoquocte.vn/rss">RSS</a> | <a href="https://baoquocte.vn/dang-nhap">Đăng nhập</a></div>
  <a class="logo" href="https://baoquocte.vn/"><img src="./101_files/logo-tgvn.svg" alt="Báo Thế giới và Việt Nam - Cơ quan ngôn luận của Bộ Ngoại giao"></a>
  <nav class="main-menu">
    <ul>
      <li><a href="https://baoquocte.vn/">Trang chủ</a></li>
      <li><a href="https://baoquocte.vn/thoi-su">Thời sự</a></li>
      <li><a href="https://baoquocte.vn/ngoai-giao">Ngoại giao</a></li>
      <li><a href="https://baoquocte.vn/the-gioi">Thế giới</a></li>
      <li><a href="https://baoquocte.vn/kinh-te">Kinh tế</a></li>
      <li class="active"><a href="https://baoquocte.vn/kieu-bao">Kiều bào</a></li>
      <li><a href="https://baoquocte.vn/van-hoa">Văn hóa</a></li>
      <li><a href="https://baoquocte.vn/multimedia">Multimedia</a></li>
    </ul>
  </nav>
  <form class="search" action="https://baoquocte.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form>
</header>
<main class="container">
  <ol class="breadcrumb">
    <li><a href="https://baoquocte.vn/">Trang chủ</a></li>
    <li><a href="https://baoquocte.vn/kieu-bao">Kiều bào</a></li>
    <li><a href="https://baoquocte.vn/kieu-bao/tin-tuc">Tin tức</a></li>
  </ol>
  <article class="article">
    <h1 class="article__title">{e(title)}</h1>
    <div class="article__meta">
      <span class="author">Thu Trang - Minh Quân</span>
      <time datetime="2024-08-22T18:45:00+07:00">Thứ Năm, 22/08/2024 18:45 (GMT+7)</time>
      <span class="views"><i class="icon-eye"></i> 12.458 lượt xem</span>
    </div>
    <div class="share-buttons">
      <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={URL}">Chia sẻ Facebook</a>
      <a class="share zalo" href="https://sp.zalo.me/share_inline?url={URL}">Zalo</a>
      <a class="share x" href="https://twitter.com/intent/tweet?url={URL}">X</a>
      <a class="share mail" href="mailto:?subject=B%C3%A1o%20TG%26VN&amp;body={URL}">Gửi email</a>
      <a class="share copy" href="javascript:void(0)" onclick="navigator.clipboard.writeText(location.href)">Sao chép link</a>
      <a class="print" href="javascript:window.print()">In bài</a>
    </div>
    <p class="article__sapo"><strong>{e(sapo)}</strong></p>
    <div class="article__body">
{chr(10).join(body)}
      <p class="article__source">Thu Trang - Minh Quân</p>
    </div>
    <div class="article__tags"><span>Tags:</span>
      <a href="https://baoquocte.vn/tags/nguoi-viet-nam-o-nuoc-ngoai">Người Việt Nam ở nước ngoài</a>
      <a href="https://baoquocte.vn/tags/kieu-bao">kiều bào</a>
      <a href="https://baoquocte.vn/tags/hoi-nghi-nvnonn-lan-thu-tu">Hội nghị NVNONN lần thứ tư</a>
      <a href="https://baoquocte.vn/tags/thu-tuong-pham-minh-chinh">Thủ tướng Phạm Minh Chính</a>
      <a href="https://baoquocte.vn/tags/bo-truong-bui-thanh-son">Bộ trưởng Bùi Thanh Sơn</a>
      <a href="https://baoquocte.vn/tags/kieu-hoi">kiều hối</a>
    </div>
    <div class="share-buttons bottom">
      <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={URL}">Chia sẻ</a>
      <a class="like" href="javascript:void(0)">Thích 312</a>
    </div>
  </article>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="https://baoquocte.vn/trai-he-viet-nam-2024-khai-mac-tai-ha-noi-280114.html">Trại hè Việt Nam 2024: Hơn 120 thanh niên kiều bào hành trình về nguồn</a> <span class="date">02/08/2024</span></li>
      <li><a href="https://baoquocte.vn/ngay-ton-vinh-tieng-viet-tai-nhat-ban-279806.html">Ngày Tôn vinh tiếng Việt trong cộng đồng người Việt tại Nhật Bản</a> <span class="date">28/07/2024</span></li>
      <li><a href="https://baoquocte.vn/lop-boi-duong-giao-vien-day-tieng-viet-277301.html">Khai giảng lớp bồi dưỡng giáo viên dạy tiếng Việt cho kiều bào khu vực châu Âu</a> <span class="date">09/07/2024</span></li>
      <li><a href="https://baoquocte.vn/kieu-hoi-tp-hcm-6-thang-275540.html">Kiều hối về TP. Hồ Chí Minh tăng mạnh trong 6 tháng đầu năm</a> <span class="date">18/06/2024</span></li>
    </ul>
  </section>
  <section class="comments" id="comments">
    <h3>Bình luận (3)</h3>
    <div class="comment"><b>Nguyễn Văn Hòa</b> <span class="c-loc">(Praha, Séc)</span> <span class="c-time">22/08/2024 20:14</span>
      <p>Mong rằng các kiến nghị lần này sẽ sớm được giải quyết, nhất là thủ tục giấy tờ cho con em chúng tôi khi về nước học tập.</p><a class="reply">Trả lời</a> <span class="c-like">Thích (27)</span></div>
    <div class="comment"><b>Lan Anh</b> <span class="c-loc">(Hà Nội)</span> <span class="c-time">22/08/2024 21:02</span>
      <p>Xem truyền hình trực tiếp phiên khai mạc mà rất xúc động. Chúc Hội nghị thành công tốt đẹp!</p><a class="reply">Trả lời</a> <span class="c-like">Thích (11)</span></div>
    <div class="comment"><b>Trần Minh</b> <span class="c-loc">(Toronto, Canada)</span> <span class="c-time">23/08/2024 07:45</span>
      <p>Rất mong có thêm lớp tiếng Việt trực tuyến cho các cháu ở vùng xa.</p><a class="reply">Trả lời</a> <span class="c-like">Thích (8)</span></div>
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
  </section>
</main>
<footer class="site-footer">
  <nav class="footer-menu"><a href="https://baoquocte.vn/gioi-thieu">Giới thiệu</a> · <a href="https://baoquocte.vn/lien-he">Liên hệ</a> · <a href="https://baoquocte.vn/quang-cao">Quảng cáo</a> · <a href="https://baoquocte.vn/rss">RSS</a></nav>
  <p>BÁO THẾ GIỚI VÀ VIỆT NAM - Cơ quan ngôn luận của Bộ Ngoại giao</p>
  <p>Giấy phép hoạt động báo điện tử số 512/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</p>
  <p>Tòa soạn: 46 Trần Phú, Ba Đình, Hà Nội · Điện thoại: 024.3823.xxxx · Email: toasoan@baoquocte.vn</p>
  <p>© Bản quyền thuộc về Báo Thế giới và Việt Nam. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</footer>
<script src="./101_files/jquery-3.6.0.min.js"></script>
<script src="./101_files/detail.js?v=20240812"></script>
<script>$(function(){{ $.post('/ajax/view-count', {{id: articleId}}); }});</script>
</body></html>
'''
os.makedirs(os.path.dirname(OUT), exist_ok=True)
open(OUT, 'w', encoding='utf-8').write(page)
print('wrote', OUT)
