#!/usr/bin/env python3
"""Build the html/md/txt reports 005, 008, 009, 010 from src/."""
import html, os, shutil, sys, textwrap
sys.path.insert(0, os.path.dirname(__file__))
from srcparse import parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC, OUT = os.path.join(ROOT, "src"), os.path.join(ROOT, "reports")
NAMES = {
    "005": "005_3f9a1c7e2b8d4056.html",
    "008": "008_e81b6f3a9c0d2475.md",
    "009": "009_0d6c4a95b2e7f318.txt",
    "010": "010_9b3e57d1c6a08f24.txt",
}

def e(s):
    return html.escape(s, quote=True)

def build_html():
    meta, blocks = parse(os.path.join(SRC, "005_ngoaivu_bien_gioi.txt"))
    body = []
    for kind, val in blocks:
        if kind == "p":
            body.append(f"<p>{e(val)}</p>")
        elif kind == "h2":
            body.append(f"<h2 class=\"sub-title\">{e(val)}</h2>")
        elif kind == "img":
            body.append('<figure class="image"><img src="/uploads/2020/01/ngoaivu-%d.jpg" alt="">'
                        '<figcaption>%s</figcaption></figure>' % (len(body), e(val)))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta['title'])} - Cổng TTĐT Sở Ngoại vụ tỉnh Cao Bằng</title>
<meta property="og:title" content="{e(meta['title'])}">
<link rel="stylesheet" href="/themes/sngv/css/style.min.css?v=2.3.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SNGVCB2019"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-SNGVCB2019');
</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="logo"><a href="/">Sở Ngoại vụ tỉnh Cao Bằng</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li class="active"><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
    <li><a href="/bien-gioi">Công tác biên giới</a></li>
    <li><a href="/lanh-su">Lãnh sự - Bảo hộ công dân</a></li>
    <li><a href="/van-ban">Văn bản</a></li>
    <li><a href="/lien-he">Liên hệ</a></li>
  </ul></nav>
  <form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."></form>
</header>
<main class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/tin-tuc">Tin tức - Sự kiện</a> &rsaquo; <a href="/tin-tuc/hoat-dong-doi-ngoai">Hoạt động đối ngoại</a></div>
  <article class="detail">
    <h1 class="title">{e(meta['title'])}</h1>
    <div class="meta"><span class="date">{e(meta['datetime'])}</span> | <span class="views">Lượt xem: {e(meta['views'])}</span></div>
    <div class="share">
      <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=" onclick="return shareWin(this)">Chia sẻ Facebook</a>
      <a class="zalo" href="#" data-zalo-share>Zalo</a>
      <a class="print" href="javascript:window.print()">In bài</a>
    </div>
    <p class="sapo"><strong>{e(meta['lead'])}</strong></p>
    {chr(10).join('    ' + b for b in body)}
    <p class="author"><strong>{e(meta['author'])}</strong></p>
  </article>
  <section class="related">
    <h3>Tin liên quan</h3>
    <ul>
      <li><a href="/tin-tuc/cao-bang-tiep-doan-bach-sac">Cao Bằng tiếp đoàn đại biểu thành phố Bách Sắc (Quảng Tây, Trung Quốc)</a> <span>(08/01/2020)</span></li>
      <li><a href="/tin-tuc/tap-huan-ngoai-vu-cap-huyen">Tập huấn nghiệp vụ công tác ngoại vụ cho cán bộ cấp huyện</a> <span>(27/12/2019)</span></li>
      <li><a href="/tin-tuc/moc-gioi-tuyen-cao-bang">Kiểm tra liên hợp mốc giới trên tuyến biên giới tỉnh Cao Bằng</a> <span>(19/12/2019)</span></li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <p>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NGOẠI VỤ TỈNH CAO BẰNG</p>
  <p>Cơ quan chủ quản: UBND tỉnh Cao Bằng. Chịu trách nhiệm chính: Giám đốc Sở Ngoại vụ.</p>
  <p>Địa chỉ: Phường Hợp Giang, thành phố Cao Bằng, tỉnh Cao Bằng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
  function shareWin(a){{ window.open(a.href + encodeURIComponent(location.href), 'share', 'width=600,height=400'); return false; }}
  (function(){{ var c = document.querySelector('.views'); if (c) c.setAttribute('data-track', '1'); }})();
</script>
</body>
</html>
"""
    open(os.path.join(OUT, NAMES["005"]), "w", encoding="utf-8").write(page)

def build_md():
    # the source is already a Markdown document; normalise line endings only
    txt = open(os.path.join(SRC, "008_lao_dong_md.txt"), encoding="utf-8").read()
    open(os.path.join(OUT, NAMES["008"]), "w", encoding="utf-8").write(txt.replace("\r\n", "\n").rstrip() + "\n")

def wrap(s, width=78, indent=""):
    return textwrap.fill(s, width=width, initial_indent=indent, subsequent_indent="",
                         break_long_words=False, break_on_hyphens=False)

def center(s, width=78):
    return s.center(width).rstrip()

def build_official():
    meta, blocks = parse(os.path.join(SRC, "009_truong_cqdd_congvan.txt"))
    L = []
    left, right = meta["org"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    L.append(f"{left:<36}{right}")
    L.append(f"{'-------':<36}{'Độc lập - Tự do - Hạnh phúc'}")
    L.append(f"{'':<36}{'---------------'}")
    L.append(f"{meta['number']:<36}{meta['place_date']}")
    L.append("")
    L.append(center(meta["title"]))
    for ln in textwrap.wrap(meta["subject"], 60):
        L.append(center(ln))
    L.append(center("-----------"))
    L.append("")
    L.append(center(meta["to"]))
    L.append("")
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            L.append(val)
        elif kind == "p":
            L.append(wrap(val, indent="    "))
        L.append("")
    L.append("")
    rec = meta["recipients"].split("|")
    sign = ["", meta["sign_title"], "", "(Đã ký)", "", meta["sign_name"]]
    for i in range(max(len(rec), len(sign))):
        a = rec[i] if i < len(rec) else ""
        b = sign[i] if i < len(sign) else ""
        L.append(f"{a:<44}{b}".rstrip())
    open(os.path.join(OUT, NAMES["009"]), "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")

def build_minutes():
    meta, blocks = parse(os.path.join(SRC, "010_bien_ban_usabc.txt"))
    L = []
    org = meta["org"].split("|")
    L.append(f"{org[0]:<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    L.append(f"{org[1]:<40}Độc lập - Tự do - Hạnh phúc")
    L.append("")
    L.append(center(meta["title"]))
    for ln in textwrap.wrap(meta["subject"], 66):
        L.append(center(ln))
    L.append("")
    for kind, val in blocks:
        if kind == "h1":
            L.append(val)
        elif kind == "p":
            L.append(wrap(val))
        elif kind == "table":
            widths = [max(len(r[i]) for r in val) for i in range(len(val[0]))]
            sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
            L.append(sep)
            for j, r in enumerate(val):
                L.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
                if j == 0:
                    L.append(sep)
            L.append(sep)
        L.append("")
    s = meta["sign"].split("|")
    L.append(f"{s[0]:<40}{s[2]}")
    L.append(f"{'(Đã ký)':<40}(Đã ký)")
    L.append(f"{s[1]:<40}{s[3]}")
    open(os.path.join(OUT, NAMES["010"]), "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")

if __name__ == "__main__":
    build_html(); build_md(); build_official(); build_minutes()
    print("built", ", ".join(NAMES.values()))
