#!/usr/bin/env python3
"""src/005_*.src.txt -> reports/005_*.html (a news page as saved from a browser)."""
import html, sys
src, out = sys.argv[1], sys.argv[2]
meta, body, related, comments, tags = {}, [], [], [], []
for line in open(src, encoding="utf-8").read().split("\n"):
    if not line.strip():
        continue
    if line.startswith("@"):
        k, v = line[1:].split(":", 1)
        v = v.strip()
        if k == "related": related.append(v)
        elif k == "comment": comments.append([x.strip() for x in v.split("|", 2)])
        elif k == "tags": tags = [t.strip() for t in v.split("|")]
        else: meta[k] = v
    elif line.startswith("!img:"):
        body.append(("img", line[5:].strip()))
    else:
        body.append(("p", line.strip()))
e = html.escape
slug = "doan-ngoai-giao-tim-hieu-tiem-nang-hop-tac-dau-tu-tai-quang-tri-187342.htm"
o = []
url = f"https://quangtringaynay.vn/chinh-tri/doi-ngoai/{slug}"
o.append(f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./{slug[:20]}_files/main.min.css">
<script async src="./{slug[:20]}_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-QTND2024');</script>
</head>
<body class="detail-page">
<div id="fb-root"></div>
<header class="site-header"><div class="container">
<a class="logo" href="https://quangtringaynay.vn/"><img src="./{slug[:20]}_files/logo.png" alt="{e(meta['site'])}"></a>
<div class="top-date">Thứ bảy, 06/07/2024</div>
<form class="search" action="https://quangtringaynay.vn/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</div>
<nav class="main-menu"><ul>""")
for m in meta["menu"].split("|"):
    o.append(f'<li><a href="#">{e(m.strip())}</a></li>')
o.append("</ul></nav></header>")
o.append('<main class="container"><div class="breadcrumb">')
o.append(" <span>›</span> ".join(f'<a href="#">{e(b.strip())}</a>' for b in meta["breadcrumb"].split(">")))
o.append("</div>")
o.append(f"""<article class="detail">
<h1 class="detail-title">{e(meta['title'])}</h1>
<div class="detail-meta"><span class="datetime">{e(meta['datetime'])}</span>
<span class="views">Lượt xem: <b id="view-count">{e(meta['views'])}</b></span></div>
<div class="share-top"><a class="btn-fb" href="#">Chia sẻ Facebook</a> <a class="btn-zalo" href="#">Zalo</a> <a class="btn-tw" href="#">Twitter</a> <a class="btn-copy" href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép liên kết</a> <a class="btn-print" href="javascript:window.print()">In bài</a></div>
<h2 class="sapo">{e(meta['sapo'])}</h2>
<div class="detail-content">""")
n = 0
for kind, text in body:
    if kind == "p":
        o.append(f"<p>{e(text)}</p>")
    else:
        n += 1
        o.append(f'<figure class="image"><img src="./{slug[:20]}_files/anh{n}.jpg" alt="{e(text)}" width="800"><figcaption>{e(text)}</figcaption></figure>')
o.append(f"""</div>
<p class="author"><strong>{e(meta['byline'])}</strong></p>
<div class="tags">Từ khóa: {' '.join(f'<a href="#">{e(t)}</a>' for t in tags)}</div>
<div class="share-bottom"><span>Chia sẻ bài viết:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>""")
for r in related:
    o.append(f'<li><a href="#">{e(r)}</a></li>')
o.append(f'</ul></section>\n<section class="comments"><h3>Ý kiến bạn đọc ({len(comments)})</h3>')
for name, when, text in comments:
    o.append(f'<div class="comment"><span class="c-name">{e(name)}</span> <span class="c-time">{e(when)}</span><p>{e(text)}</p><a href="#" class="c-like">Thích</a> · <a href="#" class="c-reply">Trả lời</a></div>')
o.append("""<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><input placeholder="Họ tên"><input placeholder="Email"><button type="button">Gửi bình luận</button></form>
</section></main>""")
o.append(f"""<footer class="site-footer"><div class="container"><p>{e(meta['footer'])}</p><p>© 2024 Bản quyền thuộc về {e(meta['site'])}.</p></div></footer>
<script>
(function(){{var el=document.getElementById('view-count');fetch('/api/view?id=187342',{{method:'POST'}}).then(function(r){{return r.json()}}).then(function(d){{if(d&&d.views)el.textContent=d.views.toLocaleString('vi-VN');}}).catch(function(){{}});}})();
</script>
<script src="./{slug[:20]}_files/jquery.min.js"></script>
<script src="./{slug[:20]}_files/app.min.js"></script>
</body></html>""")
open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
