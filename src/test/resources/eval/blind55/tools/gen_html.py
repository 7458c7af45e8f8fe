#!/usr/bin/env python3
"""Render src/005_*.txt (simple @-markup) into a browser-saved news page."""
import html, sys

src, out = sys.argv[1], sys.argv[2]
meta, body, related, comments = {}, [], [], []
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("@"):
        key, _, val = line[1:].partition(" ")
        if key == "img":
            body.append(("img", val))
        elif key == "h2":
            body.append(("h2", val))
        elif key == "related":
            related.append(val)
        elif key == "comment":
            comments.append(val.split("|", 2))
        else:
            meta[key] = val
    else:
        body.append(("p", line))

e = html.escape
crumbs = meta["breadcrumb"].split("|")
imgno = 0
parts = []
for kind, val in body:
    if kind == "p":
        parts.append(f"<p>{e(val)}</p>")
    elif kind == "h2":
        parts.append(f"<h2 class=\"sub-title\">{e(val)}</h2>")
    else:
        imgno += 1
        parts.append(
            f"<figure class=\"article-image\"><img src=\"./Hoi-nghi-Truong-CQDD_files/anh-{imgno}.jpg\" "
            f"alt=\"{e(val)}\" width=\"800\" height=\"533\" loading=\"lazy\">"
            f"<figcaption>{e(val)}</figcaption></figure>")

rel = "\n".join(
    f"<li><a href=\"https://nhipcaudoingoai.vn/tin-{7841 + i}.html\">{e(t)}</a></li>" for i, t in enumerate(related))
com = "\n".join(
    f"<div class=\"comment\"><div class=\"comment-head\"><b>{e(n)}</b> <span class=\"time\">{e(t)}</span></div>"
    f"<p>{e(x)}</p><a href=\"#\" class=\"like\">Thích</a> · <a href=\"#\" class=\"reply\">Trả lời</a></div>"
    for n, t, x in comments)

page = f"""<!DOCTYPE html>
<!-- saved from url=(0083)https://nhipcaudoingoai.vn/thoi-su/ngoai-giao/hoi-nghi-truong-co-quan-dai-dien-7840.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<meta name="author" content="{e(meta['byline'])}">
<link rel="stylesheet" href="./Hoi-nghi-Truong-CQDD_files/style.min.css">
<script async src="./Hoi-nghi-Truong-CQDD_files/gtag.js"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-NCDN2024');
var ARTICLE_ID = 7840, CATEGORY = "ngoai-giao";
</script>
<style>.share a{{margin-right:6px}} .comment{{border-top:1px solid #ddd;padding:6px 0}}</style>
</head>
<body class="article-page">
<div class="topbar"><span class="today">Thứ sáu, 05/07/2024</span> <a href="#">Đăng nhập</a> | <a href="#">Đăng ký</a> <a href="#">English</a></div>
<header class="site-header"><a class="logo" href="https://nhipcaudoingoai.vn/"><img src="./Hoi-nghi-Truong-CQDD_files/logo.png" alt="{e(meta['site'])}"></a>
<nav class="main-menu"><ul>
<li><a href="#">Trang chủ</a></li><li><a href="#">Thời sự</a></li><li><a href="#">Ngoại giao</a></li>
<li><a href="#">Kinh tế</a></li><li><a href="#">Kiều bào</a></li><li><a href="#">Văn hóa</a></li>
<li><a href="#">Thế giới</a></li><li><a href="#">Video</a></li><li><a href="#">Multimedia</a></li>
</ul><form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></nav></header>
<main class="container">
<div class="breadcrumb">{' &rsaquo; '.join(f'<a href="#">{e(c)}</a>' for c in crumbs)}</div>
<article class="article-detail">
<h1 class="article-title">{e(meta['title'])}</h1>
<div class="article-meta"><span class="author">{e(meta['byline'])}</span> <span class="datetime">{e(meta['datetime'])}</span>
<span class="views">Lượt xem: {e(meta['views'])}</span></div>
<div class="share"><span>Chia sẻ:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="tw">Twitter</a> <a href="#" class="copy">Sao chép liên kết</a> <a href="#" class="print">In bài</a></div>
<p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
<div class="article-body">
{chr(10).join(parts)}
</div>
<p class="author-bottom"><strong>{e(meta['byline'])}</strong></p>
<div class="tags">Từ khóa: <a href="#">Hội nghị Trưởng Cơ quan đại diện</a> <a href="#">Bộ trưởng Bùi Thanh Sơn</a> <a href="#">châu Á - Thái Bình Dương</a></div>
<div class="share bottom"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zalo">Chia sẻ Zalo</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
{rel}
</ul></section>
<section class="comments"><h3>Bình luận ({len(comments)})</h3>
{com}
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><button>Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer"><p>{e(meta['site'])} - Cơ quan chủ quản: Hội Nghiên cứu Đối ngoại (giả định)</p>
<p>Giấy phép số 123/GP-BTTTT. Tổng Biên tập: Nguyễn Thành Trung</p>
<p>© Bản quyền thuộc {e(meta['site'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<script>
document.querySelectorAll('.share a').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();window.open('https://www.facebook.com/sharer/sharer.php?u='+encodeURIComponent(location.href));}});}});
fetch('/api/view?id='+ARTICLE_ID,{{method:'POST'}}).catch(function(){{}});
</script>
</body></html>
"""
open(out, "w", encoding="utf-8").write(page)
