#!/usr/bin/env python3
"""Build reports/005_... .html (saved news web page) from src/005_lanh_su.txt."""
import html, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
meta, blocks = parse(os.path.join(ROOT, "src", "005_lanh_su.txt"))
e = html.escape
body = []
for kind, val in blocks:
    if kind == "p":
        body.append(f"<p>{e(val)}</p>")
    elif kind == "h2":
        body.append(f'<h2 class="sub-title">{e(val)}</h2>')
    elif kind == "caption":
        body.append(f'<figure class="img-box"><img src="/uploads/2024/12/20/hn-lanhsu-{len(body)}.jpg" alt="{e(val)}"><figcaption>{e(val)}</figcaption></figure>')
    elif kind == "table":
        rows = val
        t = ['<table class="data-table"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"]
        for r in rows[1:]:
            t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
        t.append("</tbody></table>")
        body.append("\n".join(t))
tags = "".join(f'<a class="tag" href="/tag/{i}">{e(t.strip())}</a> ' for i, t in enumerate(meta["tags"].split(";")))
related = "".join(f'<li><a href="/ngoai-giao/tin-{900+i}.html">{e(t.strip())}</a></li>' for i, t in enumerate(meta["related"].split(";")))
comments = []
for c in meta.get("comment", []):
    who, when, text = [x.strip() for x in c.split("|", 2)]
    comments.append(f'<div class="comment"><b class="c-name">{e(who)}</b> <span class="c-time">{e(when)}</span><p>{e(text)}</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>')
page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(meta['title'])} | Nhịp cầu Đối ngoại</title>
<meta name="description" content="{e(meta['sapo'])}">
<link rel="stylesheet" href="/static/css/main.min.css?v=3.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-NCDN2024');</script>
<style>.share-bar a{{margin-right:6px}} .tag{{background:#eef}}</style>
</head>
<body>
<header class="site-header">
 <div class="top-bar">Thứ Sáu, 20/12/2024 | <a href="/dang-nhap">Đăng nhập</a> | <a href="/en">English</a></div>
 <a class="logo" href="/">NHỊP CẦU ĐỐI NGOẠI</a>
 <nav class="main-menu"><ul>
  <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li>
  <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li>
  <li><a href="/multimedia">Multimedia</a></li><li><a href="/tim-kiem">Tìm kiếm</a></li></ul></nav>
</header>
<main class="container">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a> › <a href="/ngoai-giao">{e(meta['section'])}</a></div>
<article class="detail">
<h1 class="title">{e(meta['title'])}</h1>
<div class="meta-line"><span class="author">{e(meta['byline'])}</span> | <span class="datetime">{e(meta['datetime'])}</span> | <span class="views">Lượt xem: <b id="view-count">{e(meta['views'])}</b></span></div>
<div class="share-bar"><a href="#" class="fb">Chia sẻ Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép liên kết</a><a href="#" onclick="window.print()">In bài</a></div>
<p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
<div class="content">
{chr(10).join(body)}
</div>
<div class="share-bar bottom"><a href="#" class="fb">Chia sẻ</a><a href="#" class="zalo">Zalo</a><a href="#" class="like">Thích 128</a></div>
<div class="tags"><span>Từ khóa:</span> {tags}</div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
{chr(10).join(comments)}
<form class="comment-form"><textarea placeholder="Nhập bình luận của bạn..."></textarea><button>Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer">
 <p>Báo điện tử Nhịp cầu Đối ngoại - Cơ quan chủ quản: Hội Thông tin Đối ngoại (giả định)</p>
 <p>Giấy phép số 215/GP-BTTTT. Tòa soạn: 46 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024 3823 0000</p>
 <p>© 2024 Bản quyền thuộc về Nhịp cầu Đối ngoại. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
(function(){{var v=document.getElementById('view-count');fetch('/api/view?id=tin-1024').catch(function(){{}});
document.querySelectorAll('.share-bar .copy').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();navigator.clipboard.writeText(location.href);}});}});}})();
</script>
<script src="/static/js/comments.bundle.js" async></script>
</body>
</html>
"""
out = os.path.join(ROOT, "reports", "005_lanh_su_bao_ho_cong_dan_2024.html")
open(out, "w", encoding="utf-8").write(page)
print("wrote", out)
