#!/usr/bin/env python3
"""Build reports/101_ngoai_giao_kinh_te_dia_phuong_2023.html.

Simulates a news article page as saved by a browser ("Save page as… / HTML only")
from an online magazine CMS: the article body comes from src/101_article.txt,
the page chrome (menu, breadcrumb, share bar, tags, related news, comments,
footer, tracking scripts) is the site's template below.
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'reports', '101_ngoai_giao_kinh_te_dia_phuong_2023.html')
URL = 'https://kinhtedoingoai.vn/ngoai-giao-kinh-te/ngoai-giao-kinh-te-phai-lay-dia-phuong-doanh-nghiep-lam-trung-tam-phuc-vu-post58213.html'

title = sapo = None
blocks = []
for line in open(os.path.join(HERE, 'src', '101_article.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    tag, _, text = line.partition(' ')
    if tag == '#TITLE':
        title = text
    elif tag == '#SAPO':
        sapo = text
    else:
        blocks.append((tag, text))

e = html.escape
body = []
for tag, text in blocks:
    if tag == '#P':
        body.append(f'<p>{e(text)}</p>')
    elif tag == '#H2':
        body.append(f'<h2 class="article__subtitle">{e(text)}</h2>')
    elif tag == '#FIG':
        img, cap = text.split('|', 1)
        body.append(
            '<figure class="article__image">\n'
            f'  <img src="./{os.path.basename(OUT)[:-5]}_files/{img}" data-src="https://cdn.kinhtedoingoai.vn/images/2023/08/25/{img}" alt="{e(cap)}" width="780" height="520" loading="lazy">\n'
            f'  <figcaption>{e(cap)}</figcaption>\n</figure>')

ld = {
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": title, "description": sapo,
    "datePublished": "2023-08-25T16:42:00+07:00", "dateModified": "2023-08-25T17:05:00+07:00",
    "author": [{"@type": "Person", "name": "Minh Anh"}, {"@type": "Person", "name": "Quốc Hưng"}],
    "publisher": {"@type": "Organization", "name": "Kinh tế & Đối ngoại"},
    "mainEntityOfPage": URL,
}

related = [
    ("Bộ Ngoại giao sơ kết công tác 6 tháng đầu năm 2023", "05/07/2023"),
    ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2023", "31/01/2023"),
    ("Xuất khẩu nông sản sang Trung Đông: Cơ hội từ chứng nhận Halal", "18/08/2023"),
    ("Doanh nghiệp nhỏ và vừa cần gì từ cơ quan đại diện ở nước ngoài?", "10/08/2023"),
    ("Ngoại giao kinh tế năm 2022: Những dấu ấn nổi bật", "30/12/2022"),
]
comments = [
    ("Trần Quốc Bảo", "25/08/2023 18:05", "Rất mong cơ sở dữ liệu thị trường sớm được đưa vào sử dụng, doanh nghiệp nhỏ như chúng tôi rất cần thông tin.", 12),
    ("Ngọc Lan (Cần Thơ)", "25/08/2023 20:31", "Hợp tác xã của tôi năm ngoái xuất hàng sang Hàn Quốc được Thương vụ hỗ trợ rất nhiệt tình. Cảm ơn các anh chị!", 7),
    ("Hoàng Minh", "26/08/2023 07:12", "Bài viết hay. Đề nghị báo đăng thêm danh sách các thỏa thuận đã ký.", 3),
]
menu = ["Trang chủ", "Thời sự", "Ngoại giao kinh tế", "Đầu tư", "Thị trường", "Doanh nghiệp", "Địa phương", "Kiều bào", "Quốc tế", "Multimedia"]
tags = ["Ngoại giao kinh tế", "Trần Lưu Quang", "Bùi Thanh Sơn", "VCCI", "cơ quan đại diện", "địa phương"]

page = f'''<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Kinh tế &amp; Đối ngoại</title>
<meta name="description" content="{e(sapo)}">
<meta name="keywords" content="{e(', '.join(tags))}">
<meta name="author" content="Minh Anh - Quốc Hưng">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{URL}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Kinh tế &amp; Đối ngoại">
<meta property="og:title" content="{e(title)}">
<meta property="og:description" content="{e(sapo)}">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://cdn.kinhtedoingoai.vn/images/2023/08/25/hoi-nghi-ngkt-01.jpg">
<meta property="article:published_time" content="2023-08-25T16:42:00+07:00">
<meta property="article:section" content="Ngoại giao kinh tế">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="./101_ngoai_giao_kinh_te_dia_phuong_2023_files/main.min.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-KTDN2023X"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-KTDN2023X');</script>
</head>
<body class="page-detail">
<header class="site-header">
  <div class="topbar"><span class="topbar__date">Thứ Bảy, 26/08/2023</span> <a href="https://kinhtedoingoai.vn/lien-he">Liên hệ</a> | <a href="https://kinhtedoingoai.vn/quang-cao">Quảng cáo</a> | <a href="https://kinhtedoingoai.vn/rss">RSS</a></div>
  <a class="logo" href="https://kinhtedoingoai.vn/"><img src="./101_ngoai_giao_kinh_te_dia_phuong_2023_files/logo.svg" alt="Kinh tế &amp; Đối ngoại"></a>
  <form class="search" action="https://kinhtedoingoai.vn/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  <nav class="main-menu"><ul>
{chr(10).join(f'    <li><a href="https://kinhtedoingoai.vn/{i}">{e(m)}</a></li>' for i, m in enumerate(menu))}
  </ul></nav>
</header>
<main class="container">
<nav class="breadcrumb" aria-label="breadcrumb"><a href="https://kinhtedoingoai.vn/">Trang chủ</a> › <a href="https://kinhtedoingoai.vn/ngoai-giao-kinh-te">Ngoại giao kinh tế</a> › <span>Hoạt động</span></nav>
<article class="article">
  <h1 class="article__title">{e(title)}</h1>
  <div class="article__meta">
    <span class="author">Minh Anh - Quốc Hưng</span>
    <time datetime="2023-08-25T16:42:00+07:00">Thứ Sáu, 25/08/2023 16:42 (GMT+7)</time>
    <span class="views">Lượt xem: 3.418</span>
  </div>
  <div class="share-bar">
    <a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={URL}">Chia sẻ Facebook</a>
    <a class="share share--zalo" href="https://sp.zalo.me/share_inline?url={URL}">Zalo</a>
    <a class="share share--x" href="https://twitter.com/intent/tweet?url={URL}">X</a>
    <button class="share share--copy" onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</button>
    <button class="share share--print" onclick="window.print()">In bài</button>
    <span class="font-size">Cỡ chữ: <button>A-</button><button>A+</button></span>
  </div>
  <p class="article__sapo"><strong>(KT&amp;ĐN) - {e(sapo)}</strong></p>
  <div class="article__body">
{chr(10).join(body)}
  <p class="article__author"><strong>Minh Anh - Quốc Hưng</strong></p>
  </div>
  <div class="article__tags"><span>Từ khóa:</span>
{chr(10).join(f'    <a href="https://kinhtedoingoai.vn/tag/{i}" rel="tag">{e(t)}</a>' for i, t in enumerate(tags))}
  </div>
  <div class="share-bar share-bar--bottom"><a class="share share--fb" href="#">Thích 86</a> <a class="share share--fb" href="#">Chia sẻ</a></div>
</article>
<section class="related"><h3 class="related__title">Tin liên quan</h3><ul>
{chr(10).join(f'  <li><a href="https://kinhtedoingoai.vn/bai-{i}">{e(t)}</a> <span class="date">({d})</span></li>' for i, (t, d) in enumerate(related))}
</ul></section>
<section class="comments" id="comments"><h3>Bình luận (3)</h3>
{chr(10).join(f'  <div class="comment"><span class="comment__name">{e(n)}</span> <span class="comment__time">{t}</span><p>{e(c)}</p><span class="comment__like">Thích ({k})</span> · <a href="#">Trả lời</a></div>' for n, t, c, k in comments)}
  <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button type="submit">Gửi bình luận</button></form>
  <p class="note">Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p>
</section>
</main>
<footer class="site-footer">
  <p><strong>KINH TẾ &amp; ĐỐI NGOẠI</strong> - Tạp chí điện tử</p>
  <p>Giấy phép hoạt động báo chí điện tử số 412/GP-BTTTT ngày 09/11/2021.</p>
  <p>Tổng Biên tập: Nguyễn Văn Kiên. Tòa soạn: Tầng 6, số 7 Nguyễn Cảnh Chân, Ba Đình, Hà Nội. Điện thoại: 024 3823 xxxx. Email: toasoan@kinhtedoingoai.vn</p>
  <p>© Bản quyền thuộc về Kinh tế &amp; Đối ngoại. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</footer>
<script src="./101_ngoai_giao_kinh_te_dia_phuong_2023_files/jquery.min.js"></script>
<script src="./101_ngoai_giao_kinh_te_dia_phuong_2023_files/app.min.js"></script>
<script>var _viewCounter={{id:58213,views:3418}};</script>
</body></html>
'''
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(page)
print('wrote', os.path.relpath(OUT))
