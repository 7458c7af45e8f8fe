#!/usr/bin/env python3
"""Build a 'saved from browser' news page (005) from src/005_news_quangtri.txt."""
import html, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / "src/005_news_quangtri.txt").read_text(encoding="utf-8")
out = ROOT / "reports/005_a98e3a1271eee8fc.html"

meta, related, body = {}, [], []
for line in src.splitlines():
    if line.startswith("@related:"):
        related.append(line.split(":", 1)[1].strip())
    elif line.startswith("@"):
        k, v = line[1:].split(":", 1)
        meta[k.strip()] = v.strip()
    elif line.strip():
        body.append(line.strip())

e = html.escape
parts = []
for p in body:
    if p.startswith("[FIG]"):
        cap = p[5:].strip()
        parts.append(f'''      <figure class="expNoEdit">
        <img src="./Ngoai-giao-kinh-te_files/hn-ngkt-{len(parts)}.jpg" alt="{e(cap.split('.')[0])}" width="720" height="480">
        <figcaption class="PhotoCMS_Caption">{e(cap)}</figcaption>
      </figure>''')
    else:
        parts.append(f"      <p>{e(p)}</p>")

rel = "\n".join(f'          <li><a href="https://kinhtedoingoai.vn/tin/{1000+i*37}.html">{e(t)}</a></li>' for i, t in enumerate(related))

page = f"""<!DOCTYPE html>
<!-- saved from url=(0093)https://kinhtedoingoai.vn/ngoai-giao-kinh-te/ngoai-giao-kinh-te-mo-loi-cho-hanh-lang-dong-tay-28417.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta name="description" content="{e(meta['sapo'][:150])}">
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./Ngoai-giao-kinh-te_files/main.min.css">
<script async src="./Ngoai-giao-kinh-te_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-KTDN2024X');
</script>
<style>.share-bar a{{margin-right:8px}} .view-count{{color:#888}}</style>
</head>
<body class="detail-page">
<header class="site-header">
  <div class="topbar"><span class="date-today">Thứ Bảy, 06/07/2024</span> <a href="https://kinhtedoingoai.vn/dang-nhap">Đăng nhập</a> | <a href="https://kinhtedoingoai.vn/dang-ky">Đăng ký</a></div>
  <a class="logo" href="https://kinhtedoingoai.vn/"><img src="./Ngoai-giao-kinh-te_files/logo.png" alt="{e(meta['site'])}"></a>
  <nav class="main-menu">
    <ul>
      <li><a href="https://kinhtedoingoai.vn/">Trang chủ</a></li>
      <li><a href="https://kinhtedoingoai.vn/thoi-su">Thời sự</a></li>
      <li class="active"><a href="https://kinhtedoingoai.vn/ngoai-giao-kinh-te">Ngoại giao kinh tế</a></li>
      <li><a href="https://kinhtedoingoai.vn/dia-phuong">Địa phương</a></li>
      <li><a href="https://kinhtedoingoai.vn/doanh-nghiep">Doanh nghiệp</a></li>
      <li><a href="https://kinhtedoingoai.vn/kieu-bao">Kiều bào</a></li>
      <li><a href="https://kinhtedoingoai.vn/multimedia">Multimedia</a></li>
    </ul>
  </nav>
</header>
<main class="container">
  <div class="breadcrumb"><a href="https://kinhtedoingoai.vn/">Trang chủ</a> › <a href="https://kinhtedoingoai.vn/ngoai-giao-kinh-te">{e(meta['section'])}</a> › <a href="https://kinhtedoingoai.vn/ngoai-giao-kinh-te/dia-phuong">{e(meta['subsection'])}</a></div>
  <article class="article-detail">
    <h1 class="article-title">{e(meta['title'])}</h1>
    <div class="article-meta">
      <span class="author">{e(meta['byline'])}</span>
      <span class="time">{e(meta['datetime'])}</span>
      <span class="view-count">Lượt xem: <b id="vc">{e(meta['views'])}</b></span>
    </div>
    <div class="share-bar">
      <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkinhtedoingoai.vn%2F28417">Chia sẻ Facebook</a>
      <a class="zalo" href="https://sp.zalo.me/share?u=28417">Zalo</a>
      <a class="tw" href="https://twitter.com/intent/tweet?u=28417">Twitter</a>
      <a class="copy" href="javascript:void(0)" onclick="copyLink()">Sao chép liên kết</a>
    </div>
    <h2 class="sapo">{e(meta['sapo'])}</h2>
    <div class="article-body" id="abody">
{chr(10).join(parts)}
      <p class="author-bottom"><strong>{e(meta['byline'])}</strong></p>
    </div>
    <div class="tags">Từ khóa: <a href="#">ngoại giao kinh tế</a>, <a href="#">Quảng Trị</a>, <a href="#">Bắc Trung Bộ</a>, <a href="#">Hành lang kinh tế Đông – Tây</a></div>
    <div class="share-bar bottom">
      <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=28417">Thích</a>
      <a class="zalo" href="https://sp.zalo.me/share?u=28417">Chia sẻ</a>
      <a class="print" href="javascript:window.print()">In bài</a>
    </div>
  </article>
  <aside class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
{rel}
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>© 2024 {e(meta['site'])} – Chuyên trang thông tin về ngoại giao kinh tế và hội nhập.</p>
  <p>Giấy phép hoạt động báo điện tử số 318/GP-BTTTT. Tòa soạn: 45 Phố Huế, Hà Nội. Điện thoại: 024 3822 0000.</p>
  <p>Ghi rõ nguồn "Kinh tế &amp; Đối ngoại" khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink(){{ navigator.clipboard.writeText(location.href); alert('Đã sao chép liên kết'); }}
  (function(){{ var x = new XMLHttpRequest(); x.open('GET','/api/view?id=28417'); x.send(); }})();
</script>
</body></html>
"""
out.write_text(page, encoding="utf-8")
print("wrote", out)
