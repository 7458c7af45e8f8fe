#!/usr/bin/env python3
"""Build a news web page "saved from a browser" (.html) from a plain-text source.

Source format (src/005_*.txt):
  @key: value      header fields (out, site, category, title, author, datetime, views, sapo, related)
  [ảnh] caption    a figure with its caption
  - text           bullet item
  other lines      paragraphs (blank-line separated)
Usage: build_html.py SRC OUTDIR
"""
import html
import sys
from pathlib import Path


def parse(path):
    meta, related, blocks = {}, [], []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(":")
            key, val = key.strip(), val.strip()
            if key == "related":
                title, _, date = val.rpartition("|")
                related.append((title.strip(), date.strip()))
            else:
                meta[key] = val
        elif line.startswith("[ảnh]"):
            blocks.append(("fig", line[len("[ảnh]"):].strip()))
        elif line.startswith("- "):
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(line[2:])
            else:
                blocks.append(("ul", [line[2:]]))
        else:
            blocks.append(("p", line))
    return meta, related, blocks


def slugify(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def build(meta, related, blocks):
    e = html.escape
    site = meta["site"]
    cats = [c.strip() for c in meta["category"].split(">")]
    body = []
    fig_no = 0
    for kind, val in blocks:
        if kind == "p":
            body.append(f"      <p>{e(val)}</p>")
        elif kind == "ul":
            items = "\n".join(f"        <li>{e(v)}</li>" for v in val)
            body.append(f"      <ul class=\"content-list\">\n{items}\n      </ul>")
        elif kind == "fig":
            fig_no += 1
            body.append(
                f"      <figure class=\"expNoEdit\">\n"
                f"        <img src=\"https://cdn.doingoaiviet.vn/images/2024/07/05/hn-lanh-su-{fig_no}.jpg\" "
                f"alt=\"{e(val)}\" width=\"800\" height=\"533\" loading=\"lazy\">\n"
                f"        <figcaption>{e(val)}</figcaption>\n      </figure>")
    rel = "\n".join(
        f"        <li><a href=\"/{slugify(t)}.html\">{e(t)}</a> <span class=\"date\">{e(d)}</span></li>"
        for t, d in related)
    crumbs = " <span class=\"sep\">›</span> ".join(
        ["<a href=\"/\">Trang chủ</a>"] + [f"<a href=\"/{slugify(c)}\">{e(c)}</a>" for c in cats])
    menu = ["Trang chủ", "Thời sự", "Đối ngoại", "Kinh tế", "Kiều bào", "Văn hóa", "Video", "Podcast"]
    menu_html = "\n".join(f"        <li><a href=\"/{slugify(m)}\">{e(m)}</a></li>" for m in menu)
    title = meta["title"]
    return f"""<!DOCTYPE html>
<!-- saved from url=(0104)https://doingoaiviet.vn/doi-ngoai/bao-ho-cong-dan/{slugify(title)}-post48213.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} | {e(site)}</title>
  <meta name="description" content="{e(meta['sapo'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2024-07-05T18:42:00+07:00">
  <link rel="stylesheet" href="./{slugify(title)}_files/main.min.css">
  <script async src="./{slugify(title)}_files/gtag.js"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-DNV2024XYZ', {{ 'content_group': 'doi-ngoai' }});
  </script>
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
    .top-menu ul {{ list-style: none; display: flex; gap: 18px; background: #0b3d91; padding: 10px 24px; margin: 0; }}
    .top-menu a {{ color: #fff; text-decoration: none; font-weight: bold; }}
    .breadcrumb {{ font-size: 13px; padding: 8px 24px; color: #666; }}
    article {{ max-width: 760px; margin: 0 auto; padding: 0 24px; line-height: 1.6; }}
    figcaption {{ font-style: italic; font-size: 13px; color: #555; text-align: center; }}
    .meta-line {{ font-size: 13px; color: #777; }}
    .share a {{ display: inline-block; margin-right: 8px; padding: 4px 10px; border-radius: 3px; background: #eee; }}
    footer {{ background: #f2f2f2; font-size: 12px; padding: 16px 24px; margin-top: 40px; }}
  </style>
</head>
<body class="detail-page">
  <header>
    <div class="logo"><a href="/"><img src="./{slugify(title)}_files/logo.svg" alt="{e(site)}"></a></div>
    <div class="header-tools"><span class="today">Thứ Bảy, 06/07/2024</span> | <a href="/dang-nhap">Đăng nhập</a> | <a href="/tim-kiem">Tìm kiếm</a></div>
    <nav class="top-menu">
      <ul>
{menu_html}
      </ul>
    </nav>
  </header>
  <div class="breadcrumb">{crumbs}</div>
  <main>
    <article class="detail">
      <h1 class="title">{e(title)}</h1>
      <div class="meta-line">
        <span class="author">{e(meta['author'])}</span> |
        <span class="time">{e(meta['datetime'])}</span> |
        <span class="views">Lượt xem: {e(meta['views'])}</span>
      </div>
      <div class="share">
        <a href="#" class="fb" data-share="facebook">Chia sẻ Facebook</a>
        <a href="#" class="zalo" data-share="zalo">Zalo</a>
        <a href="#" class="copy" data-share="copy">Sao chép liên kết</a>
        <a href="#" class="print" onclick="window.print();return false;">In bài</a>
      </div>
      <p class="sapo"><strong>{e(meta['sapo'])}</strong></p>
{chr(10).join(body)}
      <p class="author-bottom" style="text-align:right"><strong>{e(meta['author'])}</strong></p>
      <div class="tags">Từ khóa: <a href="/tag/lanh-su">lãnh sự</a>, <a href="/tag/bao-ho-cong-dan">bảo hộ công dân</a>, <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a></div>
      <div class="share bottom">
        <a href="#" class="fb" data-share="facebook">Chia sẻ Facebook</a>
        <a href="#" class="zalo" data-share="zalo">Zalo</a>
        <a href="#" class="copy" data-share="copy">Sao chép liên kết</a>
      </div>
    </article>
    <section class="related-news">
      <h3>Tin liên quan</h3>
      <ul>
{rel}
      </ul>
    </section>
  </main>
  <footer>
    <p><strong>{e(site)}</strong> – Cơ quan chủ quản: Công ty Cổ phần Truyền thông Đối ngoại Việt.</p>
    <p>Giấy phép hoạt động báo điện tử số 218/GP-BTTTT. Tổng Biên tập: Lại Thu Phương.</p>
    <p>Địa chỉ: Tầng 6, số 18 Phố Huế, Hà Nội. Điện thoại: 024 3999 1234. Email: toasoan@doingoaiviet.vn</p>
    <p>© Bản quyền thuộc về {e(site)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </footer>
  <script>
    document.querySelectorAll('[data-share]').forEach(function (a) {{
      a.addEventListener('click', function (ev) {{
        ev.preventDefault();
        var url = encodeURIComponent(location.href);
        if (a.dataset.share === 'facebook') window.open('https://www.facebook.com/sharer/sharer.php?u=' + url);
        if (a.dataset.share === 'zalo') window.open('https://sp.zalo.me/share_inline?url=' + url);
        if (a.dataset.share === 'copy') navigator.clipboard.writeText(location.href);
      }});
    }});
  </script>
  <script>
    (function () {{ var x = new XMLHttpRequest(); x.open('POST', '/api/view-count?id=48213'); x.send(); }})();
  </script>
</body></html>
"""


def main():
    src, outdir = sys.argv[1], Path(sys.argv[2])
    meta, related, blocks = parse(src)
    out = outdir / meta["out"]
    out.write_text(build(meta, related, blocks), encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    main()
