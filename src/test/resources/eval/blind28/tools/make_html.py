#!/usr/bin/env python3
"""Build reports/005_... (saved news page) from src/005_article.txt, wrapping it in site chrome."""
import html, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
src = (root/'src/005_article.txt').read_text(encoding='utf-8').splitlines()
title = sapo = ''; body = []
for line in src:
    if line.startswith('TITLE: '): title = line[7:]
    elif line.startswith('SAPO: '): sapo = line[6:]
    elif line.startswith('P: '): body.append('<p>%s</p>' % html.escape(line[3:]))
    elif line.startswith('IMG: '):
        cap = html.escape(line[5:])
        body.append('<figure class="expNoEdit"><img src="https://img.baoquangninh.vn/2023/12/08/hnnv21-%d.jpg" alt="%s" width="700"><figcaption>%s</figcaption></figure>' % (len(body), cap, cap))
page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | Báo Quảng Ninh điện tử</title>
<meta name="description" content="{html.escape(sapo)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/main.min.css?v=20231201">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-QN2023"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-QN2023');</script>
</head>
<body class="detail-page">
<header class="site-header">
 <div class="topbar"><span class="today">Thứ Sáu, 08/12/2023</span> <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a> | <a href="/dang-nhap">Đăng nhập</a></div>
 <div class="logo"><a href="/"><img src="/static/img/logo-bqn.png" alt="Báo Quảng Ninh"></a></div>
 <nav class="main-menu"><ul>
  <li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li>
  <li><a href="/xa-hoi">Xã hội</a></li><li><a href="/quoc-te">Quốc tế</a></li><li><a href="/van-hoa">Văn hóa</a></li>
  <li><a href="/the-thao">Thể thao</a></li><li><a href="/video">Video</a></li><li><a href="/e-magazine">E-magazine</a></li>
 </ul></nav>
</header>
<main>
<div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/chinh-tri">Chính trị</a> &rsaquo; <a href="/chinh-tri/doi-ngoai">Đối ngoại</a></div>
<article class="detail">
 <h1 class="detail-title">{html.escape(title)}</h1>
 <div class="detail-meta"><span class="author">Thu Hà - Mạnh Trường</span> <span class="time">Thứ Sáu, 08/12/2023 - 17:45</span> <span class="views">Lượt xem: 1.246</span></div>
 <div class="share-buttons"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In bài</a></div>
 <h2 class="detail-sapo">{html.escape(sapo)}</h2>
 <div class="detail-content">
 {chr(10).join(body)}
 </div>
 <div class="tags">Từ khóa: <a href="/tag/ngoai-vu">Ngoại vụ</a> <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a> <a href="/tag/ha-long">Hạ Long</a> <a href="/tag/hoi-nhap-quoc-te">Hội nhập quốc tế</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
 <li><a href="/quang-ninh-don-doan-doanh-nghiep-han-quoc">Quảng Ninh đón đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư</a></li>
 <li><a href="/tap-huan-nghiep-vu-le-tan-doi-ngoai-2023">Tập huấn nghiệp vụ lễ tân đối ngoại cho cán bộ cấp huyện</a></li>
 <li><a href="/ha-long-chuan-bi-festival-du-lich">Hạ Long chuẩn bị chuỗi sự kiện du lịch cuối năm</a></li>
</ul></section>
<section class="comments"><h3>Bình luận (2)</h3>
 <div class="comment"><b>Nguyễn Hải Đăng</b> <i>08/12/2023 19:02</i><p>Mong tỉnh tiếp tục rút gọn thủ tục mời chuyên gia nước ngoài.</p></div>
 <div class="comment"><b>Lê Thu Trang</b> <i>08/12/2023 20:15</i><p>Bài viết rất hay, cảm ơn báo.</p></div>
 <form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer">
 <p>Cơ quan của Đảng bộ tỉnh Quảng Ninh. Tổng Biên tập: (đã lược). Giấy phép số 123/GP-BTTTT.</p>
 <p>Địa chỉ: Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long. Ghi rõ nguồn "Báo Quảng Ninh" khi phát hành lại thông tin từ website này.</p>
</footer>
<script>document.querySelectorAll('.copy').forEach(function(a){{a.onclick=function(e){{e.preventDefault();navigator.clipboard.writeText(location.href);}};}});</script>
<script>var _viewCounter={{id:'hnnv21',n:1246}};</script>
</body>
</html>
"""
(root/'reports/005_baoquangninh_hoi-nghi-ngoai-vu-toan-quoc-21.html').write_text(page, encoding='utf-8')
print('ok')
