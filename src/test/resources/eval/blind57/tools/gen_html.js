// a) news web page saved from a browser
const fs = require('fs'); const { parse } = require('./parse_src');
const [,, src, out] = process.argv;
const { meta, blocks } = parse(src);
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const title = blocks.find(b => b.t === 'h1').text;
const body = [], comments = [], related = [];
let sapoDone = false;
for (const b of blocks) {
  if (b.t === 'h1') continue;
  if (b.t === 'p') {
    if (!sapoDone) { body.push(`<p class="sapo"><strong>${esc(b.text)}</strong></p>`); sapoDone = true; }
    else body.push(`<p>${esc(b.text)}</p>`);
  } else if (b.t === 'cap') {
    body.push(`<figure class="article-photo"><img src="/uploads/2024/07/05/hn-lsdd-${body.length}.jpg" alt="${esc(b.text)}" loading="lazy" width="720" height="480"><figcaption>${esc(b.text)}</figcaption></figure>`);
  } else if (b.t === 'cmt') {
    comments.push(`<li class="comment"><div class="comment-author">${esc(b.name)}</div><time>${esc(b.time)}</time><p>${esc(b.text)}</p><a href="#" class="reply">Trả lời</a> · <a href="#" class="like">Thích</a></li>`);
  } else if (b.t === 'rel') {
    related.push(`<li><a href="/ngoai-giao/${related.length + 2871}.html">${esc(b.text)}</a></li>`);
  }
}
const crumbs = meta.breadcrumb.split(' > ').map((c, i) => `<li><a href="/${i ? 'muc-' + i : ''}">${esc(c)}</a></li>`).join('<li class="sep">›</li>');
const html = `<!DOCTYPE html>
<!-- saved from url=(0093)https://thoibaodoingoai.vn/ngoai-giao/hoi-nghi-lanh-su-danh-du-viet-nam-o-nuoc-ngoai-lan-thu-ba-2894.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | ${esc(meta.site)}</title>
<meta property="og:title" content="${esc(title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="./hoi-nghi-lanh-su-danh-du_files/main.min.css">
<script async src="./hoi-nghi-lanh-su-danh-du_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-TBDN2024');</script>
<style>.share a{margin-right:8px}.view-count:before{content:"\\1F441 "}</style>
</head>
<body class="article-page">
<header class="site-header">
  <div class="topbar"><span class="today">Thứ Bảy, 06/07/2024</span> <a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a></div>
  <div class="logo"><a href="/">${esc(meta.site)}</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/ngoai-giao">Ngoại giao</a></li>
    <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/nguoi-viet-bon-phuong">Người Việt bốn phương</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/multimedia">Multimedia</a></li><li><a href="/tim-kiem">Tìm kiếm</a></li>
  </ul></nav>
</header>
<main class="container">
<ol class="breadcrumb">${crumbs}</ol>
<article class="detail">
<h1 class="article-title">${esc(title)}</h1>
<div class="article-meta"><span class="byline">${esc(meta.author)}</span> <span class="datetime">${esc(meta.datetime)}</span> <span class="view-count">Lượt xem: ${esc(meta.views)}</span></div>
<div class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=#">Facebook</a><a href="https://zalo.me/share?u=#">Zalo</a><a href="https://twitter.com/intent/tweet?u=#">X</a><a href="#" onclick="navigator.clipboard.writeText(location.href);return false;">Sao chép link</a><a href="javascript:window.print()">In bài</a></div>
<div class="article-body">
${body.join('\n')}
<p class="author-sign" style="text-align:right"><strong>${esc(meta.author)}</strong></p>
</div>
<div class="share bottom">Chia sẻ: <a href="#">Facebook</a><a href="#">Zalo</a><a href="#">X</a></div>
<div class="tags">Từ khóa: <a href="/tag/lanh-su-danh-du">Lãnh sự danh dự</a> <a href="/tag/bo-ngoai-giao">Bộ Ngoại giao</a> <a href="/tag/bao-ho-cong-dan">Bảo hộ công dân</a></div>
</article>
<section class="comments"><h3>Bình luận (${comments.length})</h3>
<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button type="button">Gửi bình luận</button></form>
<ul>
${comments.join('\n')}
</ul></section>
<aside class="related"><h3>Tin liên quan</h3><ul>
${related.join('\n')}
</ul></aside>
</main>
<footer class="site-footer">
<p>${esc(meta.site)} - Cơ quan ngôn luận điện tử. Giấy phép số 215/GP-BTTTT.</p>
<p>Tòa soạn: số 12 Phố Ngoại Giao, Hà Nội. Điện thoại: 024.3xxx.xxxx. Email: toasoan@thoibaodoingoai.vn</p>
<p>© Bản quyền thuộc về ${esc(meta.site)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script>
(function(){var v=document.querySelector('.view-count');if(v){fetch('/api/view?id=2894').catch(function(){});}
document.querySelectorAll('.like').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();a.textContent='Đã thích';});});})();
</script>
<script src="./hoi-nghi-lanh-su-danh-du_files/comments.js"></script>
</body></html>
`;
fs.writeFileSync(out, html);
