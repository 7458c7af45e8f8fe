#!/usr/bin/env python3
"""Build reports/005_*.html (a saved news web page) from src/005_lanh_su_bao_ho_2023.txt."""
import html, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "005_lanh_su_bao_ho_2023.txt")
OUT = os.path.join(ROOT, "reports", "005_a3f19c0e7b2d4e61.html")
e = html.escape

head, body = open(SRC, encoding="utf-8").read().split("\n---\n", 1)
meta, comments = {}, []
for line in head.splitlines():
    k, v = line.split(": ", 1)
    if k == "comment":
        comments.append([x.strip() for x in v.split("|", 2)])
    else:
        meta[k] = v

parts, table = [], None
for line in body.strip().splitlines():
    if line.startswith("TABLE: ") or line.startswith("ROW: "):
        cells = [c.strip() for c in line.split(": ", 1)[1].split("|")]
        if line.startswith("TABLE: "):
            table = ['<table class="data-table"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in cells) + "</tr></thead><tbody>"]
        else:
            table.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        continue
    if table is not None:
        parts.append("\n".join(table) + "</tbody></table>")
        table = None
    if line.startswith("SAPO: "):
        parts.append(f'<p class="sapo"><strong>{e(line[6:])}</strong></p>')
    elif line.startswith("IMG: "):
        n = len([p for p in parts if "<figure" in p]) + 1
        parts.append(f'<figure class="img-wrap"><img src="/uploads/2024/01/16/hn-lanh-su-{n}.jpg" alt="Ảnh minh họa" loading="lazy"><figcaption>{e(line[5:])}</figcaption></figure>')
    elif line.startswith("H2: "):
        parts.append(f"<h2>{e(line[4:])}</h2>")
    elif line.startswith("QUOTE: "):
        q, who = [x.strip() for x in line[7:].split("|")]
        parts.append(f'<blockquote class="pull-quote"><p>“{e(q)}”</p><cite>— {e(who)}</cite></blockquote>')
    elif line.startswith("CAPTION: "):
        parts.append(f'<p class="table-caption"><em>{e(line[9:])}</em></p>')
    else:
        parts.append(f"<p>{e(line)}</p>")

menu = "".join(f'<li><a href="/{i}">{e(m.strip())}</a></li>' for i, m in enumerate(meta["menu"].split("|")))
crumbs = ' <span class="sep">›</span> '.join(f'<a href="#">{e(c.strip())}</a>' for c in meta["breadcrumb"].split("›"))
tags = " ".join(f'<a class="tag" href="/tag/{i}">#{e(t.strip())}</a>' for i, t in enumerate(meta["tags"].split("|")))
related = "".join(f'<li><a href="/tin/{1000+i}.html">{e(r.strip())}</a></li>' for i, r in enumerate(meta["related"].split("|")))
cmts = "".join(f'<div class="comment"><span class="c-name">{e(n)}</span> <span class="c-time">{e(t)}</span><p>{e(c)}</p><a href="#" class="reply">Trả lời</a> · <a href="#" class="like">Thích</a></div>' for n, t, c in comments)

page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta["title"])} | {e(meta["site"])}</title>
<meta property="og:title" content="{e(meta["title"])}">
<meta property="og:site_name" content="{e(meta["site"])}">
<link rel="stylesheet" href="/static/css/main.min.css?v=2024011">
<style>.sapo{{font-size:1.1em}} .data-table td,.data-table th{{border:1px solid #ccc;padding:4px 8px}} .share a{{margin-right:6px}}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TBDN2024"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-TBDN2024');</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="top-bar"><span class="today">Hà Nội, 16/01/2024</span> | <a href="/dang-nhap">Đăng nhập</a> | <a href="/en">English</a></div>
  <div class="logo"><a href="/">{e(meta["site"])}</a></div>
  <nav class="main-menu"><ul>{menu}</ul></nav>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main class="container">
  <div class="breadcrumb">{crumbs}</div>
  <article class="detail">
    <h1 class="article-title">{e(meta["title"])}</h1>
    <div class="article-meta">
      <span class="datetime">{e(meta["datetime"])}</span>
      <span class="views">👁 <span id="view-count">{e(meta["views"])}</span> lượt xem</span>
    </div>
    <div class="share">Chia sẻ: <a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="tw">X</a><a href="#" class="copy">Sao chép liên kết</a><a href="#" class="print" onclick="window.print();return false;">In bài</a></div>
    <div class="article-body">
{chr(10).join(parts)}
    </div>
    <p class="byline"><strong>{e(meta["byline"])}</strong></p>
    <div class="tags">Từ khóa: {tags}</div>
    <div class="share bottom">Chia sẻ: <a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="copy">Sao chép liên kết</a></div>
  </article>
  <section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
  <section class="comments"><h3>Bình luận ({len(comments)})</h3>{cmts}
    <form class="comment-form"><textarea placeholder="Viết bình luận của bạn..."></textarea><button>Gửi bình luận</button></form>
  </section>
</main>
<footer class="site-footer">
  <p>© 2024 {e(meta["site"])}. Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Tổng Biên tập: Lê Hải Đăng.</p>
  <p>Tòa soạn: số 8 Phố Đối Ngoại, Hà Nội. Điện thoại: 024 3823 0000. Email: toasoan@thoibaodoingoai.vn</p>
  <p><a href="/gioi-thieu">Giới thiệu</a> | <a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a> | <a href="/rss">RSS</a></p>
</footer>
<script>
(function(){{var el=document.getElementById('view-count');fetch('/api/views/hn-lanh-su-2023',{{method:'POST'}}).then(function(r){{return r.json();}}).then(function(d){{if(d&&d.views)el.textContent=d.views.toLocaleString('vi-VN');}}).catch(function(){{}});}})();
document.querySelectorAll('.copy').forEach(function(a){{a.addEventListener('click',function(ev){{ev.preventDefault();navigator.clipboard.writeText(location.href);}});}});
</script>
</body>
</html>
"""
open(OUT, "w", encoding="utf-8").write(page)
print("wrote", OUT)
