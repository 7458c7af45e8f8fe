#!/usr/bin/env python3
"""Render src/005_*.txt as a news article page, the way a browser "Save page as
(HTML only)" stores it: CMS template with menu, breadcrumb, byline, view counter,
share buttons, figures, tags, related links, reader comments, footer and inline
scripts.  Usage: gen_html.py SRC OUT"""
import html, sys

SRC, OUT = sys.argv[1], sys.argv[2]
URL = "https://thoibaongoaigiao.vn/thoi-su/hop-bao-quoc-te-ve-chuyen-tham-cap-nha-nuoc-toi-viet-nam-cua-tong-thong-chile-281734.html"
PUBLISHED = "2024-07-05T17:42:00+07:00"
DATELINE = "Thứ Sáu, 05/07/2024 17:42 (GMT+7)"
AUTHOR = "Thu Trang"
VIEWS = "3.186"
TAGS = ["Chile", "Tổng thống Chile", "thăm cấp Nhà nước", "họp báo quốc tế",
        "quan hệ Việt Nam - Chile", "Đinh Quang Hiếu"]
RELATED = [
    ("Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024", "/thoi-su/so-ket-6-thang-2024-281702.html"),
    ("Việt Nam - Chile: Thúc đẩy hợp tác nông nghiệp và năng lượng tái tạo", "/kinh-te/viet-nam-chile-hop-tac-nong-nghiep-281655.html"),
    ("Người phát ngôn trả lời câu hỏi của phóng viên về tình hình Biển Đông", "/thoi-su/nguoi-phat-ngon-tra-loi-bien-dong-281611.html"),
    ("Diễn đàn doanh nghiệp Mỹ Latinh - Việt Nam: Mở lối cho hàng Việt", "/kinh-te/dien-dan-doanh-nghiep-my-latinh-281540.html"),
]
COMMENTS = [
    ("Minh Tuấn (Cần Thơ)", "2 giờ trước", "Mong chuyến thăm giúp gạo và cà phê Việt vào thị trường Chile nhiều hơn.", 14),
    ("Lan Anh", "1 giờ trước", "Nếu miễn thị thực cho hộ chiếu phổ thông thì quá tốt, đi du lịch Nam Mỹ sẽ dễ hơn nhiều.", 9),
    ("Hữu Phước", "35 phút trước", "Cá hồi với nho Chile ở siêu thị bây giờ rẻ hơn trước nhiều, hy vọng hàng mình sang bên đó cũng vậy.", 3),
]
MENU = ["Trang chủ", "Thời sự", "Ngoại giao", "Kinh tế", "Kiều bào", "Văn hóa", "Quốc tế", "Multimedia", "English"]

lines = [l.rstrip("\n") for l in open(SRC, encoding="utf-8")]
title = next(l[2:] for l in lines if l.startswith("# "))
sapo = next(l[2:] for l in lines if l.startswith("> "))
e = html.escape

body = []
fig_no = 0
for l in lines:
    if not l.strip() or l.startswith("# ") or l.startswith("> "):
        continue
    if l.startswith("## "):
        body.append(f'      <h2 class="article__subtitle">{e(l[3:])}</h2>')
    elif l.startswith("[fig] "):
        fig_no += 1
        body.append(
            f'      <figure class="article__image">\n'
            f'        <img src="./hop-bao-chile_files/hop-bao-{fig_no}.jpg" alt="{e(l[6:].split(" (Ảnh")[0])}" width="800" height="533" loading="lazy">\n'
            f'        <figcaption>{e(l[6:])}</figcaption>\n'
            f'      </figure>')
    else:
        body.append(f'      <p>{e(l)}</p>')

menu = "\n".join(f'        <li><a href="/{"" if i == 0 else m.lower().replace(" ", "-")}">{e(m)}</a></li>' for i, m in enumerate(MENU))
tags = "\n".join(f'        <a class="tag" href="/tag/{e(t.lower().replace(" ", "-"))}.html">#{e(t)}</a>' for t in TAGS)
related = "\n".join(f'        <li><a href="{u}">{e(t)}</a></li>' for t, u in RELATED)
comments = "\n".join(
    f'        <div class="comment"><b class="comment__name">{e(n)}</b> <span class="comment__time">{e(tm)}</span>\n'
    f'          <p>{e(c)}</p><span class="comment__like">Thích ({k})</span> · <a href="#reply">Trả lời</a></div>'
    for n, tm, c, k in COMMENTS)

page = f"""<!DOCTYPE html>
<!-- saved from url=(0{len(URL)}){URL} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Thời báo Ngoại giao</title>
<meta name="description" content="{e(sapo)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Thời báo Ngoại giao">
<meta property="og:title" content="{e(title)}">
<meta property="og:description" content="{e(sapo)}">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://thoibaongoaigiao.vn/stores/news_dataimages/2024/072024/05/17/hop-bao-1.jpg">
<meta property="article:published_time" content="{PUBLISHED}">
<meta property="article:modified_time" content="2024-07-05T18:05:31+07:00">
<meta property="article:section" content="Thời sự">
<meta property="article:author" content="{AUTHOR}">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" href="./hop-bao-chile_files/main.min.css">
<script async src="./hop-bao-chile_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-TBNG2024X1', {{ 'content_group': 'thoi-su' }});
</script>
</head>
<body class="page-article">
<div id="fb-root"></div>
<header class="site-header">
  <div class="topbar"><span class="topbar__date">Thứ Bảy, 06/07/2024</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/dang-nhap">Đăng nhập</a></div>
  <a class="logo" href="/"><img src="./hop-bao-chile_files/logo.svg" alt="Thời báo Ngoại giao"></a>
  <nav class="main-menu">
      <ul>
{menu}
      </ul>
  </nav>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."></form>
</header>
<main class="container">
  <ol class="breadcrumb">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/thoi-su">Thời sự</a></li>
    <li><a href="/thoi-su/ngoai-giao">Ngoại giao</a></li>
  </ol>
  <article class="article" data-id="281734">
    <h1 class="article__title">{e(title)}</h1>
    <div class="article__meta">
      <span class="article__author">{AUTHOR}</span>
      <time class="article__time" datetime="{PUBLISHED}">{DATELINE}</time>
      <span class="article__views" id="view-count">{VIEWS} lượt xem</span>
    </div>
    <div class="share-buttons">
      <a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={URL}" target="_blank">Chia sẻ Facebook</a>
      <a class="share share--zalo" href="#" data-href="{URL}">Zalo</a>
      <a class="share share--x" href="https://twitter.com/intent/tweet?url={URL}" target="_blank">X</a>
      <button class="share share--copy" onclick="copyLink()">Sao chép liên kết</button>
      <button class="share share--print" onclick="window.print()">In bài</button>
    </div>
    <div class="article__sapo"><p><strong>{e(sapo)}</strong></p></div>
    <div class="article__body" id="abody">
{chr(10).join(body)}
      <p class="article__signature"><strong>{AUTHOR}</strong></p>
    </div>
    <div class="article__tags">
      <span>Tags:</span>
{tags}
    </div>
    <div class="share-buttons share-buttons--bottom">
      <a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={URL}" target="_blank">Thích 127</a>
      <a class="share share--zalo" href="#">Chia sẻ Zalo</a>
    </div>
    <section class="related">
      <h3>Tin liên quan</h3>
      <ul>
{related}
      </ul>
    </section>
    <section class="comments" id="comments">
      <h3>Ý kiến bạn đọc (3)</h3>
{comments}
      <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input type="text" placeholder="Họ tên"><button type="button">Gửi bình luận</button></form>
    </section>
  </article>
  <aside class="sidebar">
    <div class="box box--most-read"><h3>Đọc nhiều</h3>
      <ol>
        <li><a href="/quoc-te/hoi-nghi-g20-281690.html">Hội nghị Bộ trưởng Ngoại giao G20: Những điểm nhấn</a></li>
        <li><a href="/kieu-bao/trai-he-viet-nam-2024-281688.html">Khai mạc Trại hè Việt Nam 2024</a></li>
        <li><a href="/van-hoa/le-hoi-ao-dai-281650.html">Lễ hội Áo dài tại Paris thu hút hàng nghìn khách</a></li>
      </ol>
    </div>
  </aside>
</main>
<footer class="site-footer">
  <p><b>THỜI BÁO NGOẠI GIAO</b> – Cơ quan ngôn luận điện tử về đối ngoại</p>
  <p>Giấy phép số 215/GP-BTTTT cấp ngày 12/5/2021. Tổng Biên tập: Nguyễn Hải Long</p>
  <p>Tòa soạn: Hà Nội · ĐT: (024) 3823 0000 · Email: toasoan@thoibaongoaigiao.vn</p>
  <p>© Bản quyền thuộc về Thời báo Ngoại giao. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink() {{ navigator.clipboard.writeText('{URL}'); alert('Đã sao chép liên kết'); }}
  (function () {{
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/view-counter', true);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {{ try {{ document.getElementById('view-count').textContent = JSON.parse(xhr.responseText).views + ' lượt xem'; }} catch (e) {{}} }};
    xhr.send(JSON.stringify({{ id: 281734 }}));
  }})();
</script>
<script async defer crossorigin="anonymous" src="./hop-bao-chile_files/sdk.js"></script>
</body></html>
"""
open(OUT, "w", encoding="utf-8").write(page)
print("wrote", OUT)
