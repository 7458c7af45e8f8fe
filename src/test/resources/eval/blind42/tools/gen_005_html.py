#!/usr/bin/env python3
"""005: a news web page 'saved from a browser' (menu, breadcrumb, byline, views,
share buttons, figures, related news, footer, inline scripts)."""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SRC, REPORTS, report_name, parse_src, blocks

src = os.path.join(SRC, "005_le_ky_niem_77_nam.txt")
meta, body = parse_src(src)
g = lambda k: meta[k][0]
e = html.escape

parts = []
fig_no = 0
for blk in blocks(body):
    text = " ".join(blk)
    if text.startswith("## "):
        parts.append('      <h2 class="article-subtitle">%s</h2>' % e(text[3:]))
    elif text.startswith("[img] "):
        fig_no += 1
        parts.append(
            '      <figure class="image-box">\n'
            '        <img src="./Long trong ky niem 77 nam_files/anh-%d-ngoaigiao.jpg" alt="" width="720" height="480" loading="lazy">\n'
            '        <figcaption class="caption">%s</figcaption>\n'
            '      </figure>' % (fig_no, e(text[6:])))
    else:
        parts.append('      <p>%s</p>' % e(text))

related = "\n".join(
    '        <li><a href="https://tinngoaivu.vn/tin-%d.html">%s</a> <span class="time">%s</span></li>'
    % (880312 + i, e(t), d)
    for i, (t, d) in enumerate(zip(meta["related"], ["25/08/2022", "24/08/2022", "23/08/2022", "22/08/2022"])))

page = """<!DOCTYPE html>
<!-- saved from url=(0061)https://tinngoaivu.vn/thoi-su/ngoai-giao/ky-niem-77-nam-880311.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{sapo}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2022-08-26T19:05:00+07:00">
<link rel="stylesheet" href="./Long trong ky niem 77 nam_files/main.min.css">
<script type="text/javascript">
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-TNV2022XX');
  var _articleId = 880311, _cate = "ngoai-giao";
</script>
<style>.share a{{margin-right:6px}} .caption{{font-style:italic;color:#555}}</style>
</head>
<body class="detail-page">
<header class="site-header">
  <div class="top-bar"><span class="today">Thứ Bảy, 27/08/2022</span> <a href="https://tinngoaivu.vn/dang-nhap">Đăng nhập</a> | <a href="https://tinngoaivu.vn/en">English</a></div>
  <div class="logo"><a href="https://tinngoaivu.vn/"><img src="./Long trong ky niem 77 nam_files/logo.png" alt="{site}"></a></div>
  <nav class="main-menu">
    <ul>
      <li><a href="https://tinngoaivu.vn/">Trang chủ</a></li>
      <li class="active"><a href="https://tinngoaivu.vn/thoi-su">Thời sự</a></li>
      <li><a href="https://tinngoaivu.vn/kinh-te">Kinh tế đối ngoại</a></li>
      <li><a href="https://tinngoaivu.vn/nguoi-viet">Người Việt bốn phương</a></li>
      <li><a href="https://tinngoaivu.vn/van-hoa">Văn hóa</a></li>
      <li><a href="https://tinngoaivu.vn/multimedia">Multimedia</a></li>
    </ul>
    <form class="search" action="https://tinngoaivu.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </nav>
</header>
<main class="container">
  <div class="breadcrumb"><a href="https://tinngoaivu.vn/">Trang chủ</a> &rsaquo; <a href="https://tinngoaivu.vn/thoi-su">{section}</a> &rsaquo; <a href="https://tinngoaivu.vn/thoi-su/ngoai-giao">{subsection}</a></div>
  <article class="article-detail">
    <h1 class="article-title">{title}</h1>
    <div class="article-meta">
      <span class="author">{author}</span>
      <span class="datetime">{datetime}</span>
      <span class="views">Lượt xem: {views}</span>
    </div>
    <div class="share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://tinngoaivu.vn/880311" class="fb">Chia sẻ Facebook</a>
      <a href="https://zalo.me/share?u=https://tinngoaivu.vn/880311" class="zalo">Zalo</a>
      <a href="javascript:void(0)" onclick="copyLink()" class="copy">Sao chép liên kết</a>
      <a href="javascript:window.print()" class="print">In bài</a>
    </div>
    <p class="sapo"><strong>{sapo}</strong></p>
    <div class="article-body">
{body}
    </div>
    <p class="author-bottom"><strong>{author}</strong></p>
    <div class="tags">Từ khóa: <a href="https://tinngoaivu.vn/tag/ngay-truyen-thong">Ngày truyền thống ngành Ngoại giao</a>, <a href="https://tinngoaivu.vn/tag/hoc-vien-ngoai-giao">Học viện Ngoại giao</a></div>
    <div class="share bottom">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://tinngoaivu.vn/880311">Thích</a> <a href="https://zalo.me/share?u=https://tinngoaivu.vn/880311">Gửi Zalo</a> <span class="comment-count">0 bình luận</span>
    </div>
  </article>
  <aside class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
{related}
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>{site} – Cơ quan chủ quản: Trung tâm Thông tin Ngoại vụ. Giấy phép hoạt động báo điện tử số 315/GP-BTTTT.</p>
  <p>Địa chỉ: Hà Nội. Điện thoại: (024) 3799 xxxx. Email: toasoan@tinngoaivu.vn</p>
  <p>&copy; Bản quyền thuộc về {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink(){{ navigator.clipboard.writeText(location.href); alert("Đã sao chép liên kết"); }}
  (function(){{ var v=document.querySelector('.views'); if(v){{ /* cập nhật lượt xem */ }} }})();
</script>
<script async src="./Long trong ky niem 77 nam_files/ads.js"></script>
</body></html>
""".format(title=e(g("title")), site=e(g("site")), sapo=e(g("sapo")), section=e(g("section")),
           subsection=e(g("subsection")), author=e(g("author")), datetime=e(g("datetime")),
           views=e(g("views")), body="\n".join(parts), related=related)

os.makedirs(REPORTS, exist_ok=True)
out = os.path.join(REPORTS, report_name(5, src, "html"))
with open(out, "w", encoding="utf-8") as f:
    f.write(page)
print(out)
