#!/usr/bin/env python3
"""Build reports/005_*.html: an article page as saved from a browser ("Save page as, HTML only").

Source markup (src/005_*.txt): '# ' title, '! ' sapo, '## ' subheading, '> ' figure caption,
other non-empty lines are paragraphs.
"""
import html
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src", "005_gap_mat_phong_vien_nuoc_ngoai_tet_2024.txt")
OUT = os.path.join(ROOT, "reports", "005_gap_mat_phong_vien_nuoc_ngoai_tet_2024.html")

e = html.escape


def body_html(lines):
    title, parts, fig = "", [], 0
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if ln.startswith("# "):
            title = ln[2:]
        elif ln.startswith("! "):
            parts.append(f'<h2 class="sapo">{e(ln[2:])}</h2>')
        elif ln.startswith("## "):
            parts.append(f'<h3 class="sub-title">{e(ln[3:])}</h3>')
        elif ln.startswith("> "):
            fig += 1
            parts.append(
                f'<figure class="image-caption" id="fig-{fig}">\n'
                f'  <img src="./005_files/gap-mat-pv-{fig}.jpg" alt="{e(ln[2:])}" width="760" height="507" loading="lazy">\n'
                f'  <figcaption>{e(ln[2:])}</figcaption>\n</figure>')
        else:
            parts.append(f"<p>{e(ln)}</p>")
    return title, "\n".join(parts)


def main():
    with open(SRC, encoding="utf-8") as f:
        title, body = body_html(f.read().splitlines())
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0112)https://baoquocte.example.vn/bo-truong-bui-thanh-son-gap-mat-phong-vien-nuoc-ngoai-nhan-dip-tet-giap-thin-2024-259871.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | Báo Thế giới &amp; Việt Nam</title>
<meta name="description" content="Chiều 31/1, Bộ Ngoại giao tổ chức buổi gặp mặt các phóng viên báo chí nước ngoài thường trú tại Việt Nam nhân dịp Tết Nguyên đán Giáp Thìn 2024.">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="Báo Thế giới &amp; Việt Nam">
<meta property="og:image" content="https://baoquocte.example.vn/stores/news_dataimages/2024/012024/31/17/gap-mat-pv-1.jpg">
<meta property="article:published_time" content="2024-01-31T18:42:00+07:00">
<meta property="article:modified_time" content="2024-01-31T21:05:13+07:00">
<meta property="article:section" content="Ngoại giao">
<meta property="article:tag" content="phóng viên nước ngoài">
<link rel="stylesheet" href="./005_files/main.min.css">
<script async="" src="./005_files/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-TGVN0001');
</script>
</head>
<body class="detail-page">
<header class="site-header">
  <div class="top-bar"><span class="today">Thứ Năm, 01/02/2024</span>
    <a href="https://baoquocte.example.vn/dang-nhap">Đăng nhập</a> | <a href="https://baoquocte.example.vn/dang-ky">Đăng ký</a></div>
  <a class="logo" href="https://baoquocte.example.vn/"><img src="./005_files/logo.png" alt="Báo Thế giới &amp; Việt Nam"></a>
  <nav class="main-menu"><ul>
    <li><a href="https://baoquocte.example.vn/">Trang chủ</a></li>
    <li><a href="https://baoquocte.example.vn/thoi-su">Thời sự</a></li>
    <li class="active"><a href="https://baoquocte.example.vn/ngoai-giao">Ngoại giao</a></li>
    <li><a href="https://baoquocte.example.vn/kinh-te">Kinh tế</a></li>
    <li><a href="https://baoquocte.example.vn/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
    <li><a href="https://baoquocte.example.vn/van-hoa">Văn hóa</a></li>
    <li><a href="https://baoquocte.example.vn/multimedia">Multimedia</a></li>
  </ul></nav>
</header>
<main class="container">
<ol class="breadcrumb">
  <li><a href="https://baoquocte.example.vn/">Trang chủ</a></li>
  <li><a href="https://baoquocte.example.vn/ngoai-giao">Ngoại giao</a></li>
  <li><a href="https://baoquocte.example.vn/ngoai-giao/hoat-dong-bo-ngoai-giao">Hoạt động Bộ Ngoại giao</a></li>
</ol>
<article class="article-detail">
  <h1 class="article-title">{e(title)}</h1>
  <div class="article-meta">
    <span class="author">Minh Quân</span>
    <time class="datetime" datetime="2024-01-31T18:42:00+07:00">18:42 | 31/01/2024</time>
    <span class="views"><i class="icon-eye"></i> 3.417 lượt xem</span>
  </div>
  <div class="share-buttons top">
    <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbaoquocte.example.vn%2F259871.html">Chia sẻ Facebook</a>
    <a class="share zalo" href="#" data-href="https://baoquocte.example.vn/259871.html">Zalo</a>
    <a class="share tw" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fbaoquocte.example.vn%2F259871.html">X</a>
    <button class="copy-link" onclick="copyLink()">Sao chép liên kết</button>
    <button class="print" onclick="window.print()">In bài</button>
  </div>
  <div class="article-body">
{body}
  </div>
  <p class="author-bottom"><strong>Minh Quân</strong></p>
  <div class="tags"><span>Từ khóa:</span>
    <a href="https://baoquocte.example.vn/tag/bo-truong-bui-thanh-son">Bộ trưởng Bùi Thanh Sơn</a>
    <a href="https://baoquocte.example.vn/tag/phong-vien-nuoc-ngoai">phóng viên nước ngoài</a>
    <a href="https://baoquocte.example.vn/tag/tet-giap-thin-2024">Tết Giáp Thìn 2024</a>
    <a href="https://baoquocte.example.vn/tag/thong-tin-doi-ngoai">thông tin đối ngoại</a>
  </div>
  <div class="share-buttons bottom">
    <a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbaoquocte.example.vn%2F259871.html">Chia sẻ</a>
    <a class="like" href="#">Thích <span class="count">128</span></a>
  </div>
</article>
<section class="related-news"><h4>Tin liên quan</h4><ul>
  <li><a href="https://baoquocte.example.vn/259702.html">Thứ trưởng Ngoại giao chúc Tết cộng đồng người Việt tại Lào</a></li>
  <li><a href="https://baoquocte.example.vn/259655.html">Người Phát ngôn Bộ Ngoại giao trả lời câu hỏi của phóng viên về Biển Đông</a></li>
  <li><a href="https://baoquocte.example.vn/259540.html">Xuân Quê hương 2024: Chủ tịch nước gặp mặt kiều bào</a></li>
  <li><a href="https://baoquocte.example.vn/259488.html">Triển lãm ảnh "Sắc xuân Việt Nam" tại Paris</a></li>
</ul></section>
<section class="comments" id="comments"><h4>Bình luận (3)</h4>
  <div class="comment"><b>Hoàng Lan</b> <span class="c-time">31/01/2024 19:20</span>
    <p>Hình ảnh các phóng viên nước ngoài gói bánh chưng thật dễ thương, chúc mừng năm mới!</p></div>
  <div class="comment"><b>Tran Minh</b> <span class="c-time">31/01/2024 20:02</span>
    <p>Mong báo chí quốc tế sẽ viết nhiều hơn về du lịch Việt Nam.</p></div>
  <div class="comment"><b>Ngọc Anh</b> <span class="c-time">01/02/2024 07:45</span>
    <p>Bài viết hay, cảm ơn tác giả.</p></div>
  <form class="comment-form"><textarea placeholder="Viết bình luận của bạn..."></textarea>
    <button type="button" onclick="sendComment()">Gửi bình luận</button></form>
</section>
</main>
<footer class="site-footer">
  <p>Báo Thế giới &amp; Việt Nam – Cơ quan ngôn luận của Bộ Ngoại giao</p>
  <p>Giấy phép hoạt động báo điện tử số 365/GP-BTTTT. Tổng Biên tập: Nguyễn Văn Minh</p>
  <p>Tòa soạn: Số 40 Quang Trung, Hoàn Kiếm, Hà Nội. Điện thoại: (024) 3944 xxxx</p>
  <p>© Bản quyền thuộc về Báo Thế giới &amp; Việt Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
function copyLink(){{ navigator.clipboard.writeText(location.href); alert('Đã sao chép liên kết'); }}
function sendComment(){{ alert('Bình luận của bạn sẽ được hiển thị sau khi được duyệt.'); }}
(function(){{ var v=document.querySelector('.views'); if(v){{ v.setAttribute('data-id','259871'); }} }})();
</script>
</body></html>
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(page)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
