#!/usr/bin/env python3
"""Build report 005 (.html news page saved from a browser) from src/005_cao_bang.txt."""
import html, sys, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
src = (ROOT / 'src/005_cao_bang.txt').read_text(encoding='utf-8')
meta, paras, related = {}, [], []
for block in src.split('\n'):
    line = block.strip()
    if not line:
        continue
    if line.startswith('@related:'):
        t, d = line[9:].split('|'); related.append((t.strip(), d.strip()))
    elif line.startswith('@'):
        k, v = line[1:].split(':', 1); meta[k.strip()] = v.strip()
    else:
        paras.append(line)
e = html.escape
body = []
for p in paras:
    if p.startswith('[caption]'):
        cap = p[9:].strip()
        body.append(f'<figure class="expNoEdit"><img src="./Bo-truong-lam-viec_files/anh-{len(body)}.jpg" alt="{e(cap)}" width="640"><figcaption>{e(cap)}</figcaption></figure>')
    else:
        body.append(f'<p>{e(p)}</p>')
rel = '\n'.join(f'<li><a href="https://baocaobang.vn/tin-{i}.html">{e(t)}</a> <span class="date">({e(d)})</span></li>' for i, (t, d) in enumerate(related, 1))
out = f'''<!DOCTYPE html>
<!-- saved from url=(0084)https://baocaobang.vn/bo-truong-ngoai-giao-bui-thanh-son-lam-viec-voi-tinh-cao-bang-3172.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(meta['title'])} - {e(meta['site'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(meta['title'])}">
<link rel="stylesheet" href="./Bo-truong-lam-viec_files/style.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-CB2024X');</script>
<script type="text/javascript">var _newsId=3172; var _cate="chinh-tri"; document.addEventListener("DOMContentLoaded",function(){{var c=document.getElementById("viewcount"); if(c){{c.setAttribute("data-id",_newsId);}}}});</script>
</head><body>
<header class="site-header"><div class="logo"><a href="https://baocaobang.vn/">{e(meta['site'])}</a></div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li><li><a href="/van-hoa">Văn hóa</a></li><li><a href="/the-thao">Thể thao</a></li><li><a href="/video">Video</a></li><li><a href="/bao-in">Báo in</a></li></ul></nav>
<div class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></div></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chinh-tri">{e(meta['section'])}</a> &gt; <span>Đối ngoại</span></div>
<main><article class="detail">
<h1 class="title">{e(meta['title'])}</h1>
<div class="meta"><span class="datetime">{e(meta['datetime'])}</span> | <span class="views">Lượt xem: <b id="viewcount">{e(meta['views'])}</b></span></div>
<div class="share"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="print" href="javascript:window.print()">In bài</a> <a class="copy" href="#">Sao chép link</a></div>
<p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
<div class="content">
{chr(10).join(body)}
</div>
<p class="author"><strong>{e(meta['author'])}</strong></p>
<div class="tags">Từ khóa: <a href="#">Bộ Ngoại giao</a> <a href="#">đối ngoại</a> <a href="#">biên giới</a> <a href="#">Kỷ niệm chương</a></div>
<div class="share bottom"><a class="fb" href="#">Thích 214</a> <a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>
{rel}
</ul></section>
<aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="#">Dự báo thời tiết Cao Bằng 3 ngày tới</a></li><li><a href="#">Lịch tiếp công dân tháng 7/2024</a></li></ol></aside>
</main>
<footer class="site-footer"><p>{e(meta['site'])} - Cơ quan của Đảng bộ tỉnh Cao Bằng</p><p>Giấy phép số 98/GP-BTTTT. Tổng Biên tập: Nông Thị Mai. Địa chỉ: Phường Hợp Giang, thành phố Cao Bằng.</p><p>© Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
<script type="text/javascript">(function(){{var s=document.createElement("script");s.src="https://baocaobang.vn/js/counter.js?id=3172";s.async=true;document.body.appendChild(s);}})();</script>
<script>if(window.FB){{FB.XFBML.parse();}}</script>
</body></html>
'''
(ROOT / 'reports/005_9bfadf1bfef6f139.html').write_text(out, encoding='utf-8')
print('wrote 005')
