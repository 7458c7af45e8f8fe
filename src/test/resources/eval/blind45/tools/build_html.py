#!/usr/bin/env python3
"""Build report 005: a news web page 'saved from a browser' from src/005_news.txt."""
import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from names import NAMES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta, body = {}, []
for line in open(os.path.join(ROOT, "src/005_news.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("@"):
        k, v = line[1:].split(":", 1); meta[k.strip()] = v.strip()
    else:
        body.append(line)
e = html.escape
parts = []
n_fig = 0
for p in body:
    if p.startswith("[figure]"):
        n_fig += 1
        cap = p[len("[figure]"):].strip()
        parts.append(f'<figure class="article-img"><img src="./005_files/hn-ngkt-{n_fig}.jpg" alt="{e(cap)}" width="760" height="460" loading="lazy"><figcaption>{e(cap)}</figcaption></figure>')
    elif p.startswith("[h]"):
        parts.append(f"<h2>{e(p[3:].strip())}</h2>")
    else:
        parts.append(f"<p>{e(p)}</p>")
related = [
    ("Thủ tướng dự Hội nghị tổng kết công tác ngành Ngoại giao", "08/01/2024"),
    ("Bộ Ngoại giao ra mắt chuyên trang hỗ trợ doanh nghiệp xuất khẩu", "05/01/2024"),
    ("Ngoại vụ địa phương: cầu nối đưa nông sản ra thế giới", "28/12/2023"),
    ("Ký kết thỏa thuận hợp tác giữa Học viện Ngoại giao và Hiệp hội doanh nghiệp trẻ", "21/12/2023"),
]
rel = "\n".join(f'        <li><a href="/tin/{i+1000}.html">{e(t)}</a> <span class="date">{d}</span></li>' for i, (t, d) in enumerate(related))
page = f"""<!DOCTYPE html>
<!-- saved from url=(0087)https://doingoaiphattrien.vn/ngoai-giao-kinh-te/hoi-nghi-tong-ket-ngoai-giao-kinh-te-2023-50871.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./005_files/main.min.css">
<script async src="./005_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DNPT2024');</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="logo"><a href="/">{e(meta['site'])}</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li>
    <li class="active"><a href="/ngoai-giao-kinh-te">Ngoại giao kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/multimedia">Multimedia</a></li><li><a href="/english">English</a></li>
  </ul></nav>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/ngoai-giao">Ngoại giao</a> › <a href="/ngoai-giao-kinh-te">{e(meta['section'])}</a></div>
  <article class="detail">
    <h1 class="title">{e(meta['title'])}</h1>
    <div class="meta"><span class="byline">{e(meta['byline'])}</span> | <span class="time">{e(meta['datetime'])}</span> | <span class="views">👁 {e(meta['views'])} lượt xem</span></div>
    <div class="share-top"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="javascript:window.print()">In bài</a></div>
    <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
    <div class="content">
{chr(10).join('      ' + x for x in parts)}
    </div>
    <p class="author-end"><strong>{e(meta['byline'])}</strong></p>
    <div class="tags">Từ khóa: <a href="/tag/ngoai-giao-kinh-te">ngoại giao kinh tế</a>, <a href="/tag/hoc-vien-ngoai-giao">Học viện Ngoại giao</a>, <a href="/tag/doanh-nghiep">doanh nghiệp</a></div>
    <div class="share-bottom">Chia sẻ: <a href="#">Facebook</a> · <a href="#">Zalo</a> · <a href="#">Twitter</a> · <a href="#">Email</a></div>
  </article>
  <section class="related"><h3>Tin liên quan</h3>
    <ul>
{rel}
    </ul>
  </section>
  <aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="/tin/990.html">Lịch nghỉ Tết Nguyên đán Giáp Thìn 2024 của cán bộ, công chức</a></li><li><a href="/tin/991.html">Thủ tục cấp hộ chiếu phổ thông trực tuyến: những điều cần biết</a></li></ol></aside>
</main>
<footer class="site-footer">
  <p>© 2024 {e(meta['site'])}. Giấy phép hoạt động báo chí điện tử số 118/GP-BTTTT.</p>
  <p>Tòa soạn: số 9 phố Đối Ngoại, quận Ba Đình, Hà Nội · Điện thoại: (024) 3823 0000 · Email: toasoan@doingoaiphattrien.vn</p>
  <p>Ghi rõ nguồn "{e(meta['site'])}" khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  (function(){{var id=50871;var x=new XMLHttpRequest();x.open('POST','/api/view-count');x.setRequestHeader('Content-Type','application/json');x.send(JSON.stringify({{articleId:id}}));}})();
  document.querySelectorAll('.share-top a.copy').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();navigator.clipboard.writeText(location.href);}});}});
</script>
</body></html>
"""
out = os.path.join(ROOT, "reports", NAMES["005"])
open(out, "w", encoding="utf-8").write(page)
print("wrote", out)
