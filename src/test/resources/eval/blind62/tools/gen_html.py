#!/usr/bin/env python3
"""Render src/005_*.src.txt into a 'saved from browser' news web page."""
import sys, html, re

src, out = sys.argv[1], sys.argv[2]
meta, sections, cur = {}, {}, None
for line in open(src, encoding='utf-8').read().splitlines():
    if line.startswith('@') and cur is None:
        k, v = line[1:].split(':', 1); meta[k.strip()] = v.strip(); continue
    m = re.match(r'^=== (\w+) ===$', line)
    if m:
        cur = m.group(1); sections[cur] = []; continue
    if cur and line.strip():
        sections[cur].append(line.strip())
e = html.escape
crumbs = ' <span class="sep">›</span> '.join(
    f'<a href="/{i}">{e(c.strip())}</a>' for i, c in enumerate(meta['breadcrumb'].split('>')))
body = []
fig = 0
for p in sections['BODY']:
    if p.startswith('[ẢNH]'):
        fig += 1
        cap = p[len('[ẢNH]'):].strip()
        body.append(f'''<figure class="expNoEdit">
  <img src="./{out.split('/')[-1].rsplit('.',1)[0]}_files/anh-{fig}.jpg" alt="{e(cap)}" width="740" height="493" loading="lazy">
  <figcaption>{e(cap)}</figcaption>
</figure>''')
    else:
        body.append(f'<p>{e(p)}</p>')
related = '\n'.join(f'      <li><a href="/ngoai-giao/tin-{1000+i}.html">{e(t)}</a></li>'
                    for i, t in enumerate(sections['RELATED']))
comments = []
for c in sections['COMMENTS']:
    name, when, text = c.split('|')
    comments.append(f'''    <div class="comment-item">
      <div class="c-head"><b>{e(name)}</b> <span class="c-time">{e(when)}</span></div>
      <div class="c-body">{e(text)}</div>
      <div class="c-act"><a href="javascript:void(0)" class="like">Thích</a> · <a href="javascript:void(0)">Trả lời</a></div>
    </div>''')
page = f'''<!DOCTYPE html>
<!-- saved from url=(0087)https://nhipcaudoingoai.vn/thoi-su/ngoai-giao/gap-mat-phong-vien-nuoc-ngoai-xuan-giap-thin.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(meta['site'])}</title>
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./005_files/main.min.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-NCDN2024');</script>
<style>.sep{{color:#999}} figure figcaption{{font-style:italic;color:#555;font-size:14px}} .share a{{margin-right:8px}}</style>
</head>
<body class="article-page">
<header id="top">
  <div class="topbar"><span class="today">Thứ Tư, 31/01/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a></div>
  <div class="logo"><a href="/"><img src="./005_files/logo.png" alt="{e(meta['site'])}"></a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li>
    <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kieu-bao">Kiều bào</a></li><li><a href="/van-hoa">Văn hóa</a></li>
    <li><a href="/video">Video</a></li><li><a href="/emagazine">E-magazine</a></li>
  </ul></nav>
</header>
<main class="container">
  <div class="breadcrumb">{crumbs}</div>
  <article class="detail">
    <h1 class="title">{e(meta['title'])}</h1>
    <div class="meta">
      <span class="author">{e(meta['byline'])}</span>
      <span class="datetime">{e(meta['datetime'])}</span>
      <span class="views">Lượt xem: <b id="view-count">{e(meta['views'])}</b></span>
    </div>
    <div class="share top">
      <a href="https://www.facebook.com/sharer/sharer.php?u=#" class="fb">Chia sẻ Facebook</a>
      <a href="https://zalo.me/share?u=#" class="zalo">Zalo</a>
      <a href="javascript:window.print()" class="print">In bài</a>
      <a href="javascript:copyLink()" class="copy">Sao chép liên kết</a>
    </div>
    <div class="sapo"><strong>{e(' '.join(sections['LEAD']))}</strong></div>
    <div class="content" id="main-content">
{chr(10).join(body)}
    </div>
    <div class="tags">Từ khóa: <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a>, <a href="/tag/phong-vien-nuoc-ngoai">phóng viên nước ngoài</a>, <a href="/tag/tet">Tết Giáp Thìn</a></div>
    <div class="share bottom"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="zalo">Zalo</a> <a href="#" class="like">Thích (86)</a></div>
  </article>
  <aside class="related">
    <h3>Tin liên quan</h3>
    <ul>
{related}
    </ul>
  </aside>
  <section class="comments" id="comments">
    <h3>Bình luận ({len(comments)})</h3>
{chr(10).join(comments)}
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
  </section>
</main>
<footer id="footer">
  <p>© {e(meta['site'])} – Cơ quan chủ quản: Hội Hữu nghị Đối ngoại. Giấy phép số 123/GP-BTTTT.</p>
  <p>Địa chỉ: Hà Nội · Đường dây nóng: 024 0000 0000 · Email: toasoan@nhipcaudoingoai.vn</p>
  <p>Ghi rõ nguồn "{e(meta['site'])}" khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function copyLink(){{navigator.clipboard&&navigator.clipboard.writeText(location.href);}}
  (function(){{var v=document.getElementById('view-count');fetch('/api/view?id=2024013117').catch(function(){{}});}})();
</script>
<script async src="./005_files/ads.js"></script>
</body></html>
'''
open(out, 'w', encoding='utf-8').write(page)
