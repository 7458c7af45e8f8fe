#!/usr/bin/env python3
"""Render a plain-text news source (src/*.txt with @key: lines, [ảnh] captions,
@related: lines) as a news web page "saved from a browser" (.html).

usage: gen_html.py SRC OUT
"""
import html
import sys


def parse(path):
    meta, paras, related = {}, [], []
    block = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("@related:"):
            related.append(line.split(":", 1)[1].strip())
        elif line.startswith("@") and ":" in line and not block:
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif not line.strip():
            if block:
                paras.append(" ".join(block))
                block = []
        else:
            block.append(line.strip())
    if block:
        paras.append(" ".join(block))
    return meta, paras, related


def main(src, out):
    meta, paras, related = parse(src)
    e = html.escape
    site = meta["site"]
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch",
            "Biên giới", "Thể thao", "Video", "Tây Nguyên xưa và nay"]
    body = []
    img = 0
    for p in paras:
        if p.startswith("[ảnh]"):
            img += 1
            cap = p[len("[ảnh]"):].strip()
            body.append(
                f'      <figure class="expNoEdit">\n'
                f'        <img src="./bai-viet_files/img{img}.jpg" alt="{e(cap)}" width="680" height="453" loading="lazy">\n'
                f'        <figcaption>{e(cap)}</figcaption>\n'
                f'      </figure>')
        else:
            body.append(f"      <p>{e(p)}</p>")
    rel = "\n".join(
        f'          <li><a href="https://taynguyen24h.vn/tin-{9100 + i}.html">{e(t)}</a></li>'
        for i, t in enumerate(related))
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0094)https://taynguyen24h.vn/thoi-su/doi-ngoai/bo-truong-bui-thanh-son-lam-viec-voi-tinh-gia-lai-9087.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} | {e(site)}</title>
<meta property="og:title" content="{e(meta['title'])}">
<meta property="og:type" content="article">
<meta name="description" content="{e(meta['sapo'])}">
<link rel="stylesheet" href="./bai-viet_files/main.min.css">
<style>
  body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
  .topbar, .menu, footer {{ background: #0b5d3b; color: #fff; }}
  .menu a {{ color: #fff; margin: 0 8px; text-decoration: none; }}
  .share button {{ border: 0; padding: 4px 10px; border-radius: 3px; }}
  figure {{ margin: 16px 0; }} figcaption {{ font-size: 13px; color: #555; font-style: italic; }}
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-TN24H00912');
  var articleId = 9087, articleTitle = "Bo truong lam viec voi tinh Gia Lai";
</script>
</head>
<body>
  <div class="topbar">Hôm nay: <span id="today"></span> | Đường dây nóng: 0269 3 8xx xxx | <a href="#">Đăng nhập</a> | <a href="#">RSS</a></div>
  <header><a class="logo" href="https://taynguyen24h.vn/"><img src="./bai-viet_files/logo.png" alt="{e(site)}"></a>
  <form class="search"><input type="text" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></header>
  <nav class="menu">
{chr(10).join(f'    <a href="#">{e(m)}</a>' for m in menu)}
  </nav>
  <main class="container">
    <div class="breadcrumb"><a href="https://taynguyen24h.vn/">Trang chủ</a> › <a href="#">{e(meta['section'])}</a> › <a href="#">{e(meta['subsection'])}</a></div>
    <article class="detail">
      <h1 class="title">{e(meta['title'])}</h1>
      <div class="meta">
        <span class="author">{e(meta['author'])}</span> -
        <span class="time">{e(meta['datetime'])}</span>
        <span class="views">Lượt xem: {e(meta['views'])}</span>
      </div>
      <div class="share">
        <button class="fb">Chia sẻ Facebook</button> <button class="zalo">Zalo</button>
        <button class="copy" onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</button>
        <button class="print" onclick="window.print()">In bài</button>
      </div>
      <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
{chr(10).join(body)}
      <p class="author-end"><strong>{e(meta['author'])}</strong></p>
      <div class="tags">Từ khóa: <a href="#">Bộ Ngoại giao</a> <a href="#">Gia Lai</a> <a href="#">ngoại giao kinh tế</a> <a href="#">Lệ Thanh</a></div>
      <div class="share bottom"><button class="like">Thích 214</button> <button class="fb">Chia sẻ</button> <button class="zalo">Zalo</button></div>
    </article>
    <aside class="related">
      <h3>Tin liên quan</h3>
      <ul>
{rel}
      </ul>
    </aside>
    <div class="comments"><h3>Bình luận (0)</h3><textarea placeholder="Nhập bình luận của bạn..."></textarea><button>Gửi bình luận</button></div>
  </main>
  <footer>
    <p><strong>{e(site)}</strong> - Trang thông tin điện tử tổng hợp</p>
    <p>Giấy phép số 112/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Gia Lai cấp. Chịu trách nhiệm nội dung: Lê Hữu Phước.</p>
    <p>Địa chỉ: 28 Hùng Vương, thành phố Pleiku, tỉnh Gia Lai. Ghi rõ nguồn "{e(site)}" khi phát hành lại thông tin từ website này.</p>
    <p>© 2017 - 2024 {e(site)}. Bảo lưu mọi quyền.</p>
  </footer>
<script>
  document.getElementById('today').textContent = new Date().toLocaleDateString('vi-VN');
  (function(){{ var v = document.querySelector('.views'); if (v) {{ v.setAttribute('data-id', articleId); }} }})();
</script>
<script async src="./bai-viet_files/share.js"></script>
</body></html>
"""
    open(out, "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
