#!/usr/bin/env python3
"""Render the CMS news page (as saved by a browser, 'Web page, complete') for report 101."""
import html, pathlib, sys
here = pathlib.Path(__file__).parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parent / "reports" / "101_ngoai_giao_van_hoa_2024.html")
title = "Ngoại giao văn hóa: Lan tỏa hình ảnh Việt Nam, phục vụ phát triển đất nước"
url = "https://baoquocte.vn/ngoai-giao-van-hoa-lan-toa-hinh-anh-viet-nam-phuc-vu-phat-trien-dat-nuoc-284617.html"
body, sapo = [], ""
for line in (here / "src" / "101_body.txt").read_text(encoding="utf-8").splitlines():
    line = line.strip()
    if not line:
        continue
    if line.startswith("##SAPO "):
        sapo = line[7:]
    elif line.startswith("##H2 "):
        body.append(f'<h2 class="article-subtitle">{html.escape(line[5:])}</h2>')
    elif line.startswith("##FIG "):
        body.append('<figure class="image align-center"><img src="./ngoai-giao-van-hoa_files/hn-ngoai-giao-van-hoa-%d.jpg" alt="" width="800" height="533" loading="lazy">'
                    f'<figcaption><p>{html.escape(line[6:])}</p></figcaption></figure>' % (len(body)))
    else:
        body.append(f"<p>{html.escape(line)}</p>")
desc = html.escape(sapo[:200])
page = f"""<!DOCTYPE html>
<!-- saved from url=(0093){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{html.escape(title)} | Báo Thế giới và Việt Nam</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{desc}">
<meta name="keywords" content="ngoại giao văn hóa, Bộ Ngoại giao, Nguyễn Minh Vũ, UNESCO, cơ quan đại diện">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Báo Thế giới và Việt Nam">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://baoquocte.vn/stores/news_dataimages/2024/092024/12/16/hn-ngoai-giao-van-hoa.jpg">
<meta property="article:published_time" content="2024-09-12T16:32:00+07:00">
<meta property="article:section" content="Ngoại giao">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="./ngoai-giao-van-hoa_files/main.min.css">
<script async src="./ngoai-giao-van-hoa_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7Q2XK3L9PD');</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-09-12T16:32:00+07:00","author":{{"@type":"Person","name":"Thu Trang"}},"publisher":{{"@type":"Organization","name":"Báo Thế giới và Việt Nam"}}}}</script>
</head>
<body class="page-detail">
<header class="site-header"><div class="container">
<a class="logo" href="https://baoquocte.vn/"><img src="./ngoai-giao-van-hoa_files/logo.svg" alt="Báo Thế giới và Việt Nam"></a>
<div class="header-date">Thứ Năm, 12/09/2024</div>
<form class="search" action="https://baoquocte.vn/search"><input type="text" name="q" placeholder="Tìm kiếm"></form>
</div>
<nav class="main-menu"><ul>
<li><a href="https://baoquocte.vn/">Trang chủ</a></li><li><a href="https://baoquocte.vn/thoi-su">Thời sự</a></li>
<li class="active"><a href="https://baoquocte.vn/ngoai-giao">Ngoại giao</a></li><li><a href="https://baoquocte.vn/kinh-te">Kinh tế</a></li>
<li><a href="https://baoquocte.vn/kieu-bao">Kiều bào</a></li><li><a href="https://baoquocte.vn/van-hoa">Văn hóa</a></li>
<li><a href="https://baoquocte.vn/the-gioi">Thế giới</a></li><li><a href="https://baoquocte.vn/multimedia">Multimedia</a></li>
<li><a href="https://baoquocte.vn/en">English</a></li></ul></nav></header>
<main class="container"><div class="col-main">
<ol class="breadcrumb"><li><a href="https://baoquocte.vn/">Trang chủ</a></li><li><a href="https://baoquocte.vn/ngoai-giao">Ngoại giao</a></li><li><a href="https://baoquocte.vn/ngoai-giao/ngoai-giao-van-hoa">Ngoại giao văn hóa</a></li></ol>
<article class="article-detail">
<h1 class="article-title">{html.escape(title)}</h1>
<div class="article-meta"><span class="author">Thu Trang</span> <span class="sep">|</span> <time datetime="2024-09-12T16:32:00+07:00">12/09/2024 16:32</time> <span class="views"><i class="icon-eye"></i> 2.847 lượt xem</span></div>
<div class="share-top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ Facebook</a> <a class="zalo" href="https://sp.zalo.me/share_inline?url={url}">Zalo</a> <a class="tw" href="https://twitter.com/intent/tweet?url={url}">X</a> <a class="copy" href="javascript:void(0)">Sao chép link</a> <a class="print" href="javascript:window.print()">In bài</a></div>
<div class="article-sapo"><strong>TGVN.</strong> {html.escape(sapo)}</div>
<div class="article-content">
{chr(10).join(body)}
<p class="author-end"><strong>Thu Trang</strong></p>
</div>
<div class="article-tags"><span>Tags:</span> <a href="https://baoquocte.vn/tag/ngoai-giao-van-hoa">ngoại giao văn hóa</a> <a href="https://baoquocte.vn/tag/nguyen-minh-vu">Nguyễn Minh Vũ</a> <a href="https://baoquocte.vn/tag/unesco">UNESCO</a> <a href="https://baoquocte.vn/tag/hoang-dao-cuong">Hoàng Đạo Cương</a> <a href="https://baoquocte.vn/tag/co-quan-dai-dien">cơ quan đại diện</a></div>
<div class="share-bottom"><span>Chia sẻ:</span> <a class="fb" href="#">Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="like" href="#">Thích 86</a></div>
</article>
<section class="related-news"><h3>Tin liên quan</h3><ul>
<li><a href="https://baoquocte.vn/bo-ngoai-giao-to-chuc-hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2023-239110.html">Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023</a></li>
<li><a href="https://baoquocte.vn/pho-thu-tuong-tran-luu-quang-lam-viec-voi-bo-ngoai-giao-220871.html">Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao</a></li>
<li><a href="https://baoquocte.vn/viet-nam-trung-cu-uy-ban-di-san-the-gioi-nhiem-ky-2023-2027-252644.html">Việt Nam trúng cử Ủy ban Di sản thế giới nhiệm kỳ 2023-2027</a></li>
<li><a href="https://baoquocte.vn/le-hoi-vi-hoa-binh-2024-quang-tri-271302.html">Quảng Trị: Khai mạc Lễ hội Vì hòa bình năm 2024</a></li>
</ul></section>
<section class="comments"><h3>Bình luận (3)</h3>
<div class="comment"><b>Nguyễn Hoàng Long</b> <span class="ctime">12/09/2024 18:05</span><p>Rất mong Trung tâm Văn hóa Việt Nam sớm có mặt tại Nhật Bản, cộng đồng mình ở Osaka chờ lâu rồi.</p><a class="reply" href="#">Trả lời</a> <a class="like" href="#">Thích (12)</a></div>
<div class="comment"><b>Mai Anh</b> <span class="ctime">12/09/2024 20:41</span><p>Tuần phim Việt Nam ở Paris năm ngoái mình có đi xem, tổ chức rất chuyên nghiệp.</p><a class="reply" href="#">Trả lời</a> <a class="like" href="#">Thích (5)</a></div>
<div class="comment"><b>tran quoc bao</b> <span class="ctime">13/09/2024 07:12</span><p>Nên có thêm chương trình quảng bá ẩm thực vùng miền ở các nước châu Phi.</p><a class="reply" href="#">Trả lời</a> <a class="like" href="#">Thích (2)</a></div>
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
</section></div>
<aside class="col-sidebar"><div class="box-most-read"><h3>Đọc nhiều</h3><ol>
<li><a href="#">Họp báo thường kỳ Bộ Ngoại giao ngày 12/9/2024</a></li><li><a href="#">Cập nhật tình hình bảo hộ công dân sau bão Yagi</a></li><li><a href="#">Lịch thi tuyển công chức ngoại giao năm 2024</a></li></ol></div>
<div class="ads"><img src="./ngoai-giao-van-hoa_files/banner-300x250.jpg" alt="Quảng cáo"></div></aside>
</main>
<footer class="site-footer"><div class="container">
<p><strong>BÁO THẾ GIỚI VÀ VIỆT NAM</strong> - Cơ quan ngôn luận của Bộ Ngoại giao</p>
<p>Tổng Biên tập: Nguyễn Ngọc Quyên. Giấy phép số 159/GP-BTTTT ngày 28/4/2023.</p>
<p>Tòa soạn: 8 Châu Long, Ba Đình, Hà Nội. Điện thoại: (024) 3734 6661. Email: tgvn@mofa.gov.vn</p>
<p>© Bản quyền thuộc về Báo Thế giới và Việt Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="./ngoai-giao-van-hoa_files/jquery-3.6.0.min.js"></script>
<script src="./ngoai-giao-van-hoa_files/app.min.js"></script>
<script>$(function(){{$('.copy').on('click',function(){{navigator.clipboard.writeText(location.href);}});}});</script>
</body></html>
"""
out.write_text(page, encoding="utf-8")
print("wrote", out)
