// Builds reports/005_*.html: a news page as saved from a browser ("Save page as, HTML only").
const fs = require('fs'); const path = require('path');
const { parse } = require('./markup');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
let body = ''; let fig = 0; const related = []; const comments = []; let tags = [];
for (const b of blocks) {
  if (b.type === 'p') body += `      <p>${esc(b.text)}</p>\n`;
  else if (b.type === 'h2') body += `      <h2 class="article__subtitle">${esc(b.text)}</h2>\n`;
  else if (b.type === 'caption') { fig++; body += `      <figure class="article__figure">\n        <img src="./Bo Ngoai giao so ket 6 thang_files/anh-${fig}.jpg" alt="${esc(b.text)}" width="720" height="480" loading="lazy">\n        <figcaption>${esc(b.text)}</figcaption>\n      </figure>\n`; }
  else if (b.type === 'related') related.push(b.parts);
  else if (b.type === 'comment') comments.push(b.parts);
  else if (b.type === 'tags') tags = b.parts;
}
const menu = ['Trang chủ', 'Thời sự', 'Đối ngoại', 'Kinh tế', 'Kiều bào', 'Văn hóa', 'Video', 'Podcast'];
const html = `<!DOCTYPE html>
<!-- saved from url=(0098)https://tindoingoai.vn/doi-ngoai/bo-ngoai-giao-so-ket-6-thang-dau-nam-2024-post240705.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)} | ${esc(meta.site)}</title>
<meta name="description" content="${esc(meta.sapo)}">
<meta property="og:title" content="${esc(meta.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-05T17:20:00+07:00">
<link rel="stylesheet" href="./Bo Ngoai giao so ket 6 thang_files/main.min.css">
<style>.share a{margin-right:8px}.views{color:#888;font-size:13px}.comment{border-bottom:1px solid #eee;padding:6px 0}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-TDN2024');</script>
</head>
<body class="page-detail">
<header class="site-header">
  <div class="topbar"><span class="topbar__date" id="today"></span> <a href="#">Đăng nhập</a> | <a href="#">Đăng ký</a></div>
  <a class="logo" href="https://tindoingoai.vn/">${esc(meta.site)}</a>
  <nav class="main-menu"><ul>
${menu.map(m => `    <li><a href="#">${m}</a></li>`).join('\n')}
  </ul></nav>
  <form class="search" action="#"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<main class="container">
  <div class="breadcrumb"><a href="https://tindoingoai.vn/">Trang chủ</a> › <a href="#">${esc(meta.section)}</a> › <a href="#">${esc(meta.subsection)}</a></div>
  <article class="article">
    <h1 class="article__title">${esc(meta.title)}</h1>
    <div class="article__meta">
      <span class="article__author">${esc(meta.byline)}</span>
      <span class="article__time">${esc(meta.datetime)}</span>
      <span class="views">Lượt xem: <span id="view-count">${esc(meta.views)}</span></span>
    </div>
    <div class="share">Chia sẻ: <a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="x">X</a><a href="#" onclick="copyLink();return false;">Sao chép liên kết</a><a href="#" onclick="window.print();return false;">In bài</a></div>
    <p class="article__sapo"><strong>${esc(meta.sapo)}</strong></p>
    <div class="article__body">
${body}    </div>
    <div class="article__tags">Từ khóa: ${tags.map(t => `<a href="#">${esc(t)}</a>`).join(', ')}</div>
    <div class="share share--bottom">Chia sẻ: <a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="x">X</a></div>
  </article>
  <section class="related"><h3>Tin liên quan</h3><ul>
${related.map(r => `    <li><a href="#">${esc(r[0])}</a> <span class="date">(${esc(r[1])})</span></li>`).join('\n')}
  </ul></section>
  <section class="comments"><h3>Bình luận (${comments.length})</h3>
${comments.map(c => `    <div class="comment"><b>${esc(c[0])}</b> <span class="date">${esc(c[1])}</span><p>${esc(c[2])}</p><a href="#">Trả lời</a> · <a href="#">Thích</a></div>`).join('\n')}
    <form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>
  </section>
</main>
<footer class="site-footer">
  <p>© ${esc(meta.site)}. Giấy phép hoạt động báo điện tử số 215/GP-BTTTT.</p>
  <p>Tòa soạn: Hà Nội · Điện thoại: 024 0000 0000 · Email: toasoan@tindoingoai.vn</p>
  <p><a href="#">Liên hệ quảng cáo</a> | <a href="#">Điều khoản sử dụng</a> | <a href="#">RSS</a></p>
</footer>
<script>
  document.getElementById('today').textContent = new Date().toLocaleDateString('vi-VN');
  function copyLink(){ navigator.clipboard && navigator.clipboard.writeText(location.href); }
  (function(){ var el=document.getElementById('view-count'); /* counter updated by ajax */ })();
</script>
<script src="./Bo Ngoai giao so ket 6 thang_files/ads.js" async></script>
</body></html>
`;
fs.writeFileSync(out, html);
