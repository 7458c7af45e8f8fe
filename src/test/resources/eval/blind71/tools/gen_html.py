#!/usr/bin/env python3
"""Build the saved-from-browser news page (report a) from src/r1_news.txt."""
import html, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "r1_news.txt"
OUT = ROOT / "reports" / "thoibaodoingoai_so-ket-cong-tac-6-thang-dau-nam-2024.html"

meta, body, related, comments = {}, [], [], []
for line in SRC.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    if line.startswith("@"):
        key, _, val = line[1:].partition(" ")
        if key == "img":
            body.append(("img", val))
        elif key == "related":
            related.append(val.split("|"))
        elif key == "comment":
            comments.append(val.split("|"))
        else:
            meta[key] = val
    else:
        body.append(("p", line))

e = html.escape
parts = []
parts.append("""<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0094)https://thoibaodoingoai.vn/chinh-tri-ngoai-giao/bo-ngoai-giao-so-ket-cong-tac-6-thang-dau-nam-2024-post48213.html -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
<meta property="og:title" content="%s">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./so-ket-6-thang_files/main.min.css">
<script async src="./so-ket-6-thang_files/gtag.js"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-TBDN2024');
</script>
</head>
<body class="page-detail">
<div id="fb-root"></div>
<header class="site-header">
  <div class="top-bar"><span class="today">Thứ Sáu, 05/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> <a href="/rss">RSS</a></div>
  <div class="logo"><a href="/"><img src="./so-ket-6-thang_files/logo.png" alt="%s"></a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
    <li class="active"><a href="/chinh-tri-ngoai-giao">Chính trị - Ngoại giao</a></li>
    <li><a href="/kinh-te">Kinh tế đối ngoại</a></li><li><a href="/kieu-bao">Kiều bào</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/video">Video</a></li>
  </ul></nav>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
""" % (e(meta["title"]), e(meta["site"]), e(meta["title"]), e(meta["site"])))
parts.append("""<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/chinh-tri-ngoai-giao">%s</a> <span>›</span> <span>Bộ Ngoại giao</span></div>
<main class="container"><article class="detail">
<h1 class="title">%s</h1>
<div class="meta"><span class="author">%s</span> <span class="sep">|</span> <time class="date">%s</time> <span class="sep">|</span> <span class="views">Lượt xem: %s</span></div>
<div class="share-top"><a class="btn-fb" href="#" onclick="shareFb();return false;">Chia sẻ Facebook</a> <a class="btn-zalo" href="#">Zalo</a> <a class="btn-copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a> <a class="btn-print" href="javascript:window.print()">In bài</a></div>
<p class="sapo"><strong>%s</strong></p>
<div class="content">
""" % (e(meta["category"]), e(meta["title"]), e(meta["byline"]), e(meta["datetime"]), e(meta["views"]), e(meta["sapo"])))
n = 0
for kind, text in body:
    if kind == "p":
        parts.append("<p>%s</p>\n" % e(text))
    else:
        n += 1
        parts.append('<figure class="image"><img src="./so-ket-6-thang_files/anh%d.jpg" alt="%s" width="800"><figcaption>%s</figcaption></figure>\n' % (n, e(text), e(text)))
parts.append("""</div>
<div class="author-bottom"><strong>%s</strong></div>
<div class="tags">Từ khóa: %s</div>
<div class="share-bottom"><span>Chia sẻ:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> <a href="#" class="zl">Zalo</a> <a href="#" class="em">Email</a> <span class="like-count">Thích 126</span></div>
</article>
""" % (e(meta["byline"]), " ".join('<a href="/tag/%d">%s</a>' % (i, e(t.strip())) for i, t in enumerate(meta["tags"].split(";")))))
parts.append('<section class="related"><h3>Tin liên quan</h3><ul>\n')
for title, href in related:
    parts.append('<li><a href="/chinh-tri-ngoai-giao/%s">%s</a></li>\n' % (e(href), e(title)))
parts.append("</ul></section>\n")
parts.append('<section class="comments"><h3>Bình luận (%d)</h3>\n' % len(comments))
for who, when, text in comments:
    parts.append('<div class="comment"><span class="c-name">%s</span> <span class="c-time">%s</span><p>%s</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>\n' % (e(who), e(when), e(text)))
parts.append("""<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><input type="email" placeholder="Email"><button type="button">Gửi bình luận</button></form>
</section>
<aside class="sidebar"><h3>Đọc nhiều</h3><ol>
<li><a href="/kinh-te/gia-vang-hom-nay-5-7">Giá vàng hôm nay 5/7: vàng nhẫn đi ngang</a></li>
<li><a href="/thoi-su/thoi-tiet-cuoi-tuan">Thời tiết cuối tuần: Bắc Bộ có mưa rào và dông</a></li>
<li><a href="/kieu-bao/trai-he-viet-nam-2024">Khai mạc Trại hè Việt Nam 2024 dành cho thanh thiếu niên kiều bào</a></li>
</ol></aside>
</main>
<footer class="site-footer">
<p>Thời báo Đối ngoại - Cơ quan ngôn luận về đối ngoại và hội nhập quốc tế</p>
<p>Giấy phép hoạt động báo điện tử số 412/GP-BTTTT. Tổng Biên tập: Ngô Thanh Bình</p>
<p>Tòa soạn: số 19 phố Lê Hồng Phong, Ba Đình, Hà Nội. Điện thoại: 024 3799 6011. Email: toasoan@thoibaodoingoai.vn</p>
<p>© Bản quyền thuộc về Thời báo Đối ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
function shareFb(){window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href),'_blank','width=600,height=400');}
function copyLink(){navigator.clipboard && navigator.clipboard.writeText(location.href); alert('Đã sao chép liên kết');}
document.addEventListener('DOMContentLoaded',function(){var v=document.querySelector('.views');if(v){v.setAttribute('data-loaded','1');}});
</script>
<script src="./so-ket-6-thang_files/ads.js" async></script>
</body>
</html>
""")
OUT.write_text("".join(parts), encoding="utf-8")
print("wrote", OUT)
