#!/usr/bin/env python3
"""Build reports/005_*.html: a saved news web page (site chrome + article) from src/005_article.txt."""
import html, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src/005_article.txt").read_text(encoding="utf-8").splitlines()
out = ROOT / "reports/005_hoi_nghi_ngoai_vu_toan_quoc_21.html"

meta, body, tags, related, comments = {}, [], [], [], []
title = sapo = ""
for line in src:
    if not line.strip():
        continue
    if line.startswith("@tags "):
        tags = [t.strip() for t in line[6:].split(";")]
    elif line.startswith("@related "):
        related.append([x.strip() for x in line[9:].split("|")])
    elif line.startswith("@comment "):
        comments.append([x.strip() for x in line[9:].split("|")])
    elif line.startswith("@"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v
    elif line.startswith("# "):
        title = line[2:]
    elif line.startswith("> "):
        sapo = line[2:]
    else:
        body.append(line)

e = html.escape
parts = []
for line in body:
    if line.startswith("## "):
        parts.append(f'<h2 class="article-subtitle">{e(line[3:])}</h2>')
    elif line.startswith("[img] "):
        img, cap = [x.strip() for x in line[6:].split("|", 1)]
        parts.append(f'<figure class="article-photo"><img src="https://doingoaiviet.vn/uploads/2024/03/28/{img}" alt="{e(cap)}" loading="lazy" width="760">'
                     f'<figcaption>{e(cap)}</figcaption></figure>')
    else:
        parts.append(f"<p>{e(line)}</p>")

crumbs = " ".join(f'<li><a href="#">{e(c.strip())}</a></li>' for c in meta["category"].split("›"))
page = f"""<!DOCTYPE html>
<html lang="vi">
<!-- saved from url=(0093)https://doingoaiviet.vn/doi-ngoai/hoi-nghi-ngoai-vu-toan-quoc-lan-thu-21-post248317.html -->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Báo điện tử Đối ngoại Việt</title>
<meta name="description" content="{e(sapo)}">
<meta property="og:title" content="{e(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-28T17:45:00+07:00">
<link rel="stylesheet" href="./post248317_files/main.min.css">
<style>.share-bar a{{margin-right:8px}} .view-count{{color:#888}} .comment-box{{border-top:1px solid #ddd}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DNV2024"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-DNV2024');
</script>
</head>
<body class="detail-page">
<header class="site-header">
  <div class="topbar"><span class="today">Thứ Năm, 28/03/2024</span> <a href="#">Đăng nhập</a> | <a href="#">Đăng ký</a> | <a href="#">English</a></div>
  <div class="logo"><a href="/"><img src="./post248317_files/logo.png" alt="Đối ngoại Việt"></a></div>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/doi-ngoai">Đối ngoại</a></li>
      <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li>
      <li><a href="/the-gioi">Thế giới</a></li><li><a href="/multimedia">Multimedia</a></li>
    </ul>
    <form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
  </nav>
</header>
<main class="container">
  <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li> {crumbs}</ol>
  <article class="article-detail">
    <h1 class="article-title">{e(title)}</h1>
    <div class="article-meta">
      <span class="date-time">{e(meta["datetime"])}</span>
      <span class="view-count"><i class="icon-eye"></i> {e(meta["views"])} lượt xem</span>
    </div>
    <div class="share-bar">
      <a class="fb" href="#" onclick="shareFacebook();return false;">Chia sẻ Facebook</a>
      <a class="zalo" href="#">Zalo</a>
      <a class="copy" href="#" onclick="copyLink();return false;">Sao chép liên kết</a>
      <a class="print" href="#" onclick="window.print();return false;">In bài</a>
      <a class="font" href="#">A-</a><a class="font" href="#">A+</a>
    </div>
    <p class="article-sapo"><strong>{e(sapo)}</strong></p>
    <div class="article-body">
      {chr(10).join('      ' + p for p in parts).strip()}
    </div>
    <p class="article-author"><strong>{e(meta["byline"])}</strong></p>
    <div class="article-tags"><span>Từ khóa:</span> {" ".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags))}</div>
    <div class="share-bar bottom"><a href="#">Thích</a> <a href="#">Chia sẻ</a> <a href="#">Gửi bài viết qua email</a></div>
  </article>
  <section class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
{chr(10).join(f'      <li><a href="#">{e(t)}</a> <span class="time">{e(d)}</span></li>' for t, d in related)}
    </ul>
  </section>
  <section class="comment-box">
    <h3>Bình luận ({len(comments)})</h3>
{chr(10).join(f'    <div class="comment"><b class="name">{e(n)}</b> <span class="time">{e(t)}</span><p>{e(c)}</p><a href="#">Trả lời</a> <a href="#">Thích</a></div>' for n, t, c in comments)}
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button>Gửi bình luận</button></form>
  </section>
  <aside class="sidebar"><h3>Đọc nhiều</h3><ol><li><a href="#">Lịch nghỉ Tết Nguyên đán 2024 của cán bộ, công chức</a></li><li><a href="#">Giá vàng hôm nay 28/3</a></li><li><a href="#">Thời tiết Hà Nội cuối tuần</a></li></ol></aside>
</main>
<footer class="site-footer">
  <p>Báo điện tử Đối ngoại Việt – Cơ quan chủ quản: Hội Hữu nghị Đối ngoại Việt (mô phỏng)</p>
  <p>Giấy phép số 123/GP-BTTTT cấp ngày 05/6/2021. Tổng Biên tập: Lê Văn Hùng</p>
  <p>Địa chỉ: 45 Phan Đình Phùng, Ba Đình, Hà Nội. Điện thoại: 024 3823 0000. Email: toasoan@doingoaiviet.vn</p>
  <p>© Bản quyền thuộc về Đối ngoại Việt. Không sao chép khi chưa được sự đồng ý.</p>
</footer>
<script>
  function shareFacebook(){{window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href));}}
  function copyLink(){{navigator.clipboard.writeText(location.href);alert('Đã sao chép liên kết');}}
  (function(){{var x=new XMLHttpRequest();x.open('POST','/api/view/248317');x.send();}})();
</script>
</body>
</html>
"""
out.write_text(page, encoding="utf-8")
print("wrote", out)
