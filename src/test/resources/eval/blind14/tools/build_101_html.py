#!/usr/bin/env python3
"""Render the article source into a CMS page, as saved by a browser ("Save page as... HTML only")."""
import html, sys, pathlib
src = pathlib.Path(__file__).with_name('src') / '101_article.txt'
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../reports/101_hoi-nghi-hop-tac-cua-khau-bien-gioi-2024.html')
title = sapo = ''
body = []
for line in src.read_text(encoding='utf-8').splitlines():
    if not line.strip():
        continue
    k, v = line.split(': ', 1)
    e = html.escape(v, quote=False)
    if k == 'TITLE': title = v
    elif k == 'SAPO': sapo = v
    elif k == 'P': body.append(f'<p>{e}</p>')
    elif k == 'H2': body.append(f'<h2 class="detail-subtitle">{e}</h2>')
    elif k == 'FIG':
        body.append('<figure class="expNoEdit"><img src="https://cdn.biengioihoinhap.vn/images/2024/03/15/cua-khau-' + str(len(body)) + '.jpg" alt="' + html.escape(v) + '" loading="lazy" width="720" height="480">'
                    f'<figcaption>{e}</figcaption></figure>')
t = html.escape(title)
page = f'''<!DOCTYPE html>
<!-- saved from url=(0102)https://biengioihoinhap.vn/doi-ngoai/hoi-nghi-hop-tac-cua-khau-bien-gioi-2024-thao-go-diem-nghen-thong-quan-27411.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | Báo Biên giới &amp; Hội nhập</title>
<meta name="description" content="{html.escape(sapo)}">
<meta name="keywords" content="cửa khẩu, biên giới, Lạng Sơn, Bộ Ngoại giao, Nguyễn Minh Vũ, logistics">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo Biên giới &amp; Hội nhập">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{html.escape(sapo)}">
<meta property="og:image" content="https://cdn.biengioihoinhap.vn/images/2024/03/15/cua-khau-1.jpg">
<meta property="og:url" content="https://biengioihoinhap.vn/doi-ngoai/hoi-nghi-hop-tac-cua-khau-bien-gioi-2024-thao-go-diem-nghen-thong-quan-27411.html">
<meta property="article:published_time" content="2024-03-15T18:42:00+07:00">
<meta property="article:section" content="Đối ngoại">
<link rel="stylesheet" href="./101_files/main.min.css">
<script async src="./101_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7QX2B1LM0P');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{t}","datePublished":"2024-03-15T18:42:00+07:00","author":[{{"@type":"Person","name":"Minh Quân"}},{{"@type":"Person","name":"Thu Trang"}}]}}</script>
</head>
<body class="detail-page">
<header class="site-header">
 <div class="topbar"><span class="today">Thứ Sáu, 15/03/2024</span> <a href="https://biengioihoinhap.vn/lien-he">Liên hệ</a> | <a href="https://biengioihoinhap.vn/dang-nhap">Đăng nhập</a></div>
 <a class="logo" href="https://biengioihoinhap.vn/"><img src="./101_files/logo.svg" alt="Báo Biên giới &amp; Hội nhập"></a>
 <nav class="main-menu"><ul>
  <li><a href="https://biengioihoinhap.vn/">Trang chủ</a></li><li class="active"><a href="https://biengioihoinhap.vn/doi-ngoai">Đối ngoại</a></li>
  <li><a href="https://biengioihoinhap.vn/bien-gioi">Biên giới</a></li><li><a href="https://biengioihoinhap.vn/kinh-te-cua-khau">Kinh tế cửa khẩu</a></li>
  <li><a href="https://biengioihoinhap.vn/dia-phuong">Địa phương</a></li><li><a href="https://biengioihoinhap.vn/multimedia">Multimedia</a></li>
 </ul></nav>
</header>
<main class="container">
<ol class="breadcrumb"><li><a href="https://biengioihoinhap.vn/">Trang chủ</a></li><li><a href="https://biengioihoinhap.vn/doi-ngoai">Đối ngoại</a></li><li>Hợp tác địa phương</li></ol>
<article class="detail">
 <h1 class="detail-title">{t}</h1>
 <div class="detail-meta"><span class="author">Minh Quân - Thu Trang</span> <time datetime="2024-03-15T18:42:00+07:00">15/03/2024 18:42</time> <span class="views"><i class="icon-eye"></i> 3.482 lượt xem</span></div>
 <div class="share-bar"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbiengioihoinhap.vn%2F27411">Chia sẻ Facebook</a> <a class="zalo" href="#" data-href="https://biengioihoinhap.vn/27411">Zalo</a> <a class="copy" href="#">Sao chép link</a> <a class="print" href="javascript:window.print()">In bài</a></div>
 <p class="detail-sapo"><strong>{html.escape(sapo)}</strong></p>
 <div class="detail-content">
{chr(10).join(body)}
 <p class="author-sign" style="text-align:right"><strong>Minh Quân - Thu Trang</strong></p>
 </div>
 <div class="tags"><span>Từ khóa:</span> <a href="https://biengioihoinhap.vn/tag/cua-khau">#cửa khẩu</a> <a href="https://biengioihoinhap.vn/tag/lang-son">#Lạng Sơn</a> <a href="https://biengioihoinhap.vn/tag/ngoai-giao-kinh-te">#ngoại giao kinh tế</a> <a href="https://biengioihoinhap.vn/tag/logistics">#logistics</a> <a href="https://biengioihoinhap.vn/tag/nguyen-minh-vu">#Nguyễn Minh Vũ</a></div>
 <div class="share-bar bottom"><a class="fb" href="#">Thích 214</a> <a class="fb" href="#">Chia sẻ</a></div>
</article>
<section class="related-news"><h3>Tin liên quan</h3><ul>
 <li><a href="https://biengioihoinhap.vn/bien-gioi/lang-son-thi-diem-cua-khau-so-tai-huu-nghi-27102.html">Lạng Sơn thí điểm cửa khẩu số tại Hữu Nghị</a> <span>02/02/2024</span></li>
 <li><a href="https://biengioihoinhap.vn/doi-ngoai/ung-dung-cong-nghe-trong-quan-ly-bien-gioi-26988.html">Ứng dụng công nghệ trong quản lý biên giới đất liền</a> <span>18/01/2024</span></li>
 <li><a href="https://biengioihoinhap.vn/kinh-te-cua-khau/mua-thanh-long-un-tac-bien-gioi-26512.html">Giải bài toán ùn tắc nông sản mùa cao điểm</a> <span>05/12/2023</span></li>
 <li><a href="https://biengioihoinhap.vn/dia-phuong/quang-tri-lao-bao-mot-cua-mot-lan-dung-26301.html">Quảng Trị: Hiệu quả mô hình kiểm tra “một cửa, một lần dừng”</a> <span>14/11/2023</span></li>
</ul></section>
<section class="comments"><h3>Bình luận (3)</h3>
 <div class="comment"><b>Hoàng Văn Lợi</b> <span class="time">15/03/2024 20:05</span><p>Mong cửa khẩu số sớm được áp dụng ở Chi Ma, xe hàng bên em vẫn phải chờ cả ngày.</p><a href="#">Trả lời</a> <a href="#">Thích (12)</a></div>
 <div class="comment"><b>Nguyễn Thị Hà</b> <span class="time">15/03/2024 21:17</span><p>Hội nghị rất thiết thực. Đề nghị có thêm kho lạnh cho thanh long, sầu riêng ở cửa khẩu.</p><a href="#">Trả lời</a> <a href="#">Thích (7)</a></div>
 <div class="comment"><b>tuan.logistics</b> <span class="time">16/03/2024 07:40</span><p>3 giờ là con số trung bình thôi, mùa vải thì vẫn tắc nhé.</p><a href="#">Trả lời</a> <a href="#">Thích (21)</a></div>
 <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer">
 <p><strong>Báo Biên giới &amp; Hội nhập</strong> - Cơ quan ngôn luận về đối ngoại, biên giới và hợp tác địa phương</p>
 <p>Giấy phép số 215/GP-BTTTT. Tổng Biên tập: Lê Thanh Bình</p>
 <p>Tòa soạn: Số 8 Nguyễn Tri Phương, Ba Đình, Hà Nội. Điện thoại: 024.3823.xxxx</p>
 <p>© Bản quyền thuộc về Báo Biên giới &amp; Hội nhập. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="./101_files/jquery-3.6.0.min.js"></script>
<script>$(function(){{$('.copy').on('click',function(e){{e.preventDefault();navigator.clipboard.writeText(location.href);}});}});</script>
</body></html>
'''
out.write_text(page, encoding='utf-8')
print('wrote', out)
