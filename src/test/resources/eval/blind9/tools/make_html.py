#!/usr/bin/env python3
"""Build a full saved news web page from src/a_hotline.txt (marked-up body text)."""
import html, sys
src, out = sys.argv[1], sys.argv[2]
lines = [l.rstrip('\n') for l in open(src, encoding='utf-8') if l.strip()]
title = lines[0][2:]
sapo = lines[1][2:]
body = []
fig = 0
for l in lines[2:]:
    if l.startswith('## '):
        body.append(f'<h2 class="sub-title">{html.escape(l[3:])}</h2>')
    elif l.startswith('[FIG] '):
        fig += 1
        body.append(f'<figure class="article-image"><img src="/uploads/2025/04/17/tongdai-bhcd-{fig}.jpg" alt="{html.escape(l[6:])}" width="800" height="533"><figcaption>{html.escape(l[6:])}</figcaption></figure>')
    else:
        body.append(f'<p>{html.escape(l)}</p>')
E = html.escape
related = ["Cảnh báo thủ đoạn tuyển dụng lao động \"việc nhẹ lương cao\" ra nước ngoài",
           "Cục Lãnh sự hướng dẫn thủ tục cấp lại hộ chiếu cho công dân ở nước ngoài",
           "Ra mắt ứng dụng \"Công dân Việt Nam ở nước ngoài\" phiên bản mới",
           "Đại sứ quán Việt Nam tại Campuchia tiếp nhận công dân bị lừa đảo"]
comments = [("Nguyễn Văn Tâm", "17/04/2025 11:02", "Con tôi làm việc ở Hàn Quốc, bị mất hộ chiếu, gọi tổng đài được hướng dẫn rất tận tình. Cảm ơn các cán bộ lãnh sự!"),
            ("Lê Thu Hương", "17/04/2025 12:47", "Nên có thêm tư vấn tiếng Hàn và tiếng Nhật, mong sớm triển khai."),
            ("Trần Minh Đức", "17/04/2025 15:20", "Mọi người nhớ lưu số đường dây nóng trước khi đi nước ngoài nhé.")]
page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} | Tin Ngoại giao</title>
<meta name="description" content="{E(sapo)}">
<meta name="keywords" content="bảo hộ công dân, Tổng đài bảo hộ công dân, Cục Lãnh sự, Bộ Ngoại giao">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(title)}">
<meta property="og:description" content="{E(sapo)}">
<meta property="og:image" content="https://tinngoaigiao.vn/uploads/2025/04/17/tongdai-bhcd-1.jpg">
<meta property="og:url" content="https://tinngoaigiao.vn/so-ket-3-nam-van-hanh-tong-dai-bao-ho-cong-dan-a24817.html">
<meta property="og:site_name" content="Tin Ngoại giao">
<meta property="article:published_time" content="2025-04-17T10:35:00+07:00">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">Tin Ngoại giao</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li>
    <li><a href="/kinh-te">Kinh tế đối ngoại</a></li><li><a href="/bao-ho-cong-dan">Bảo hộ công dân</a></li>
    <li><a href="/nguoi-viet">Người Việt bốn phương</a></li><li><a href="/video">Video</a></li></ul></nav>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form>
</header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li><li><a href="/bao-ho-cong-dan">Bảo hộ công dân</a></li></ol>
<article class="article-detail">
<h1 class="article-title">{E(title)}</h1>
<div class="byline"><span class="author">Minh Khuê</span> | <time datetime="2025-04-17T10:35:00+07:00">Thứ Năm, 17/04/2025 10:35 (GMT+7)</time> | <span class="views">2.417 lượt xem</span></div>
<div class="share-buttons"><a class="share-fb" href="#">Chia sẻ Facebook</a> <a class="share-zalo" href="#">Chia sẻ Zalo</a> <a class="share-x" href="#">Chia sẻ X</a> <a class="copy-link" href="#">Sao chép liên kết</a> <a class="print" href="#">In bài</a></div>
<p class="sapo"><strong>{E(sapo)}</strong></p>
<div class="article-body">
{chr(10).join(body)}
</div>
<p class="author-sign"><strong>Minh Khuê</strong></p>
<div class="tags"><span>Từ khóa:</span> <a href="/tag/bao-ho-cong-dan">Bảo hộ công dân</a> <a href="/tag/tong-dai-bao-ho-cong-dan">Tổng đài bảo hộ công dân</a> <a href="/tag/cuc-lanh-su">Cục Lãnh sự</a> <a href="/tag/dang-thi-minh-thu">Đặng Thị Minh Thư</a></div>
<div class="share-buttons bottom"><a class="share-fb" href="#">Thích</a> <a class="share-zalo" href="#">Chia sẻ</a></div>
</article>
<section class="related-news"><h3>Tin liên quan</h3><ul>
{chr(10).join(f'<li><a href="/tin-{i+24790}.html">{E(r)}</a></li>' for i, r in enumerate(related))}
</ul></section>
<section class="comments"><h3>Ý kiến bạn đọc (3)</h3>
{chr(10).join(f'<div class="comment"><span class="c-name">{E(n)}</span> <span class="c-time">{t}</span><p>{E(c)}</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>' for n, t, c in comments)}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer">
<p>Tin Ngoại giao – Trang tin điện tử tổng hợp về hoạt động đối ngoại</p>
<p>Địa chỉ: Tầng 5, số 12 phố Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024 3799 0000</p>
<p>© 2025 Tin Ngoại giao. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="/static/js/main.js"></script>
</body>
</html>
'''
open(out, 'w', encoding='utf-8').write(page)
