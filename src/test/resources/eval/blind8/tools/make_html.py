#!/usr/bin/env python3
"""Build the saved news web page (report 005) from src/r1_taynguyen_body.txt."""
import html, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src', 'r1_taynguyen_body.txt')
OUT = os.path.join(HERE, '..', 'reports', '005_ngoaivu_taynguyen_2024.html')

URL = 'https://tindoingoai.vn/doi-ngoai-dia-phuong/doi-ngoai-dia-phuong-dong-hanh-cung-tay-nguyen-hoi-nhap-va-phat-trien-post48213.html'
IMG = 'https://cdn.tindoingoai.vn/2024/10/18/hn-tay-nguyen-1.jpg'

lines = [l.rstrip('\n') for l in open(SRC, encoding='utf-8') if l.strip()]
title = sapo = None
body = []
for l in lines:
    if l.startswith('TITLE: '):
        title = l[7:]
    elif l.startswith('SAPO: '):
        sapo = l[6:]
    else:
        body.append(l)

e = html.escape
parts = []
img_no = 0
for l in body:
    if l.startswith('[IMG] '):
        img_no += 1
        cap = l[6:]
        parts.append(
            f'<figure class="expNoEdit">\n'
            f'  <img src="https://cdn.tindoingoai.vn/2024/10/18/hn-tay-nguyen-{img_no}.jpg" alt="{e(cap)}" width="800" height="533" loading="lazy">\n'
            f'  <figcaption>{e(cap)}</figcaption>\n</figure>')
    elif l.startswith('## '):
        parts.append(f'<h2 class="sub-title">{e(l[3:])}</h2>')
    else:
        parts.append(f'<p>{e(l)}</p>')
article = '\n'.join(parts)

nav = ['Trang chủ', 'Thời sự', 'Đối ngoại', 'Đối ngoại địa phương', 'Kinh tế', 'Kiều bào', 'Văn hóa', 'Quốc tế', 'Multimedia', 'English']
nav_html = '\n'.join(f'      <li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(nav))

related = [
    'Gia Lai mở rộng hợp tác với các tỉnh Đông Bắc Campuchia',
    'Cà phê Việt Nam tìm đường vào thị trường Trung Đông',
    'Đà Lạt quảng bá thương hiệu thành phố sáng tạo âm nhạc',
    'Bồi dưỡng nghiệp vụ đối ngoại cho cán bộ các tỉnh miền núi phía Bắc',
    'Kon Tum thúc đẩy hợp tác với tỉnh Attapeu của Lào',
]
rel_html = '\n'.join(f'      <li><a href="/tin-lien-quan-{48200+i}.html">{e(t)}</a></li>' for i, t in enumerate(related))

comments = [
    ('Nguyễn Văn Hòa', 'Buôn Ma Thuột', '18/10/2024 19:02',
     'Mong có thêm nhiều nhà đầu tư nước ngoài vào chế biến sâu cà phê, đừng để nông dân chỉ bán cà phê nhân.'),
    ('H\'Linh Êban', 'Krông Pắc', '18/10/2024 20:15',
     'Rất mong các khóa bồi dưỡng ngoại ngữ cho cán bộ huyện được tổ chức sớm.'),
    ('Trần Minh Đức', 'Pleiku', '19/10/2024 07:41',
     'Hẹn gặp hội nghị lần sau ở Gia Lai!'),
]
com_html = '\n'.join(
    f'''      <li class="comment-item">
        <div class="comment-author"><strong>{e(n)}</strong> <span class="loc">({e(loc)})</span> <time>{e(t)}</time></div>
        <p class="comment-text">{e(c)}</p>
        <a class="reply" href="#">Trả lời</a> · <a class="like" href="#">Thích</a>
      </li>''' for n, loc, t, c in comments)

tags = ['Ngoại vụ địa phương', 'Tây Nguyên', 'Đắk Lắk', 'Thứ trưởng Nguyễn Minh Hằng', 'Ngoại giao kinh tế', 'Cà phê Buôn Ma Thuột']
tags_html = ' '.join(f'<a class="tag" href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags))

page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | Tin Đối Ngoại</title>
  <meta name="description" content="{e(sapo)}">
  <meta name="keywords" content="{e(', '.join(tags))}">
  <meta name="author" content="Minh Quân">
  <meta name="robots" content="index, follow">
  <link rel="canonical" href="{URL}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Tin Đối Ngoại">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(sapo)}">
  <meta property="og:url" content="{URL}">
  <meta property="og:image" content="{IMG}">
  <meta property="og:locale" content="vi_VN">
  <meta property="article:published_time" content="2024-10-18T17:45:00+07:00">
  <meta property="article:section" content="Đối ngoại địa phương">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/static/css/main.min.css?v=2024.10.2">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-TDN2024"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TDN2024');</script>
</head>
<body class="detail-page">
  <header class="site-header">
    <div class="topbar"><span>Thứ Sáu, 18/10/2024</span> <a href="/dang-nhap">Đăng nhập</a> <a href="/rss">RSS</a></div>
    <a class="logo" href="/"><img src="/static/img/logo-tindoingoai.svg" alt="Tin Đối Ngoại"></a>
    <nav class="main-menu">
    <ul>
{nav_html}
    </ul>
    </nav>
    <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </header>

  <main class="container">
    <ol class="breadcrumb">
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/doi-ngoai">Đối ngoại</a></li>
      <li><a href="/doi-ngoai-dia-phuong">Đối ngoại địa phương</a></li>
    </ol>

    <article class="article-detail">
      <h1 class="article-title">{e(title)}</h1>
      <div class="byline">
        <span class="author">Bài và ảnh: Minh Quân</span>
        <time datetime="2024-10-18T17:45:00+07:00">Thứ Sáu, 18/10/2024 17:45 (GMT+7)</time>
        <span class="views">Lượt xem: 2.315</span>
      </div>
      <div class="share-buttons">
        <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u={URL}">Chia sẻ Facebook</a>
        <a class="share zalo" href="https://sp.zalo.me/share_inline?url={URL}">Zalo</a>
        <a class="share x" href="https://twitter.com/intent/tweet?url={URL}">X</a>
        <a class="share copy" href="#" onclick="navigator.clipboard.writeText('{URL}');return false;">Sao chép liên kết</a>
        <a class="print" href="javascript:window.print()">In bài</a>
      </div>
      <p class="sapo"><strong>{e(sapo)}</strong></p>
      <div class="article-body">
{article}
      </div>
      <p class="article-author"><strong>Minh Quân</strong></p>
      <div class="tags"><span>Từ khóa:</span> {tags_html}</div>
      <div class="share-buttons bottom">
        <a class="share fb" href="#">Thích 214</a> <a class="share zalo" href="#">Chia sẻ</a>
      </div>
    </article>

    <aside class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{rel_html}
      </ul>
    </aside>

    <section class="comments">
      <h3>Bình luận (3)</h3>
{'<ul class="comment-list">'}
{com_html}
      </ul>
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>
    </section>
  </main>

  <footer class="site-footer">
    <p>Tin Đối Ngoại - Chuyên trang thông tin đối ngoại và hội nhập</p>
    <p>Giấy phép hoạt động số 215/GP-BTTTT (minh họa). Địa chỉ tòa soạn: Hà Nội. Email: toasoan@tindoingoai.vn</p>
    <p>© 2024 Bản quyền thuộc về Tin Đối Ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </footer>
  <script src="/static/js/app.min.js?v=2024.10.2" defer></script>
</body>
</html>
'''
open(OUT, 'w', encoding='utf-8').write(page)
print('wrote', os.path.normpath(OUT))
