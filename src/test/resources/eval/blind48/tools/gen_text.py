#!/usr/bin/env python3
"""Build the html (005), markdown (008), official template (009) and minutes (010) reports from src/."""
import json, html, os, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = json.load(open(os.path.join(ROOT, 'tools', 'names.json')))
src = lambda n: open(os.path.join(ROOT, 'src', n), encoding='utf-8').read()
out = lambda k, s: open(os.path.join(ROOT, 'reports', NAMES[k]), 'w', encoding='utf-8').write(s)

def build_html():
    meta, body, title = {}, [], ''
    for line in src('005_html.txt').splitlines():
        if line.startswith('@'):
            k, v = line[1:].split(':', 1); meta[k] = v.strip()
        elif line.startswith('# '):
            title = line[2:]
        elif line.startswith('[ảnh] '):
            cap = html.escape(line[6:])
            body.append(f'<figure class="article-img"><img src="/uploads/2025/07/05/hn-ngoai-giao-van-hoa-{len(body)}.jpg" alt="{cap}" loading="lazy"><figcaption>{cap}</figcaption></figure>')
        elif line.strip():
            body.append(f'<p>{html.escape(line)}</p>')
    sapo, rest = body[0], body[1:]
    crumbs = ' <span class="sep">›</span> '.join(f'<a href="#">{html.escape(c.strip())}</a>' for c in meta['breadcrumb'].split('>'))
    related = '\n'.join(f'      <li><a href="/tin-{i}.html">{html.escape(t.strip())}</a></li>' for i, t in enumerate(meta['related'].split('|'), 1))
    page = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {html.escape(meta['site'])}</title>
<meta property="og:title" content="{html.escape(title)}">
<link rel="stylesheet" href="/static/css/main.min.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXX48');</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="logo"><a href="/">{html.escape(meta['site'])}</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li>
    <li><a href="/van-hoa">Văn hóa</a></li><li><a href="/kieu-bao">Người Việt bốn phương</a></li><li><a href="/multimedia">Multimedia</a></li>
  </ul></nav>
  <form class="search"><input type="text" placeholder="Tìm kiếm..."></form>
</header>
<main>
  <div class="breadcrumb">{crumbs}</div>
  <article>
    <h1 class="article-title">{html.escape(title)}</h1>
    <div class="article-meta">
      <span class="byline">{html.escape(meta['byline'])}</span>
      <span class="datetime">{html.escape(meta['datetime'])}</span>
      <span class="views">👁 {meta['views']} lượt xem</span>
    </div>
    <div class="share-buttons"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> <a class="copy" href="#">Sao chép liên kết</a> <a class="print" href="#">In bài</a></div>
    <div class="sapo"><strong>{sapo[3:-4]}</strong></div>
    <div class="article-body">
{chr(10).join('      ' + b for b in rest)}
    </div>
    <p class="author">{html.escape(meta['byline'])}</p>
    <div class="share-buttons bottom"><a class="fb" href="#">Thích 214</a> <a class="zalo" href="#">Chia sẻ</a></div>
  </article>
  <aside class="related-news">
    <h3>Tin liên quan</h3>
    <ul>
{related}
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>Cơ quan chủ quản: Bộ Ngoại giao. Giấy phép hoạt động báo điện tử số 48/GP-BTTTT.</p>
  <p>© Bản quyền thuộc về {html.escape(meta['site'])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="/static/js/jquery.min.js"></script>
<script>document.querySelectorAll('.share-buttons a').forEach(function(a){{a.addEventListener('click',function(e){{e.preventDefault();}});}});</script>
</body>
</html>
'''
    out('005', page)

def build_md():
    out('008', src('008_md.txt'))

def wrap(s, w=76, indent=''):
    return '\n'.join(textwrap.wrap(s, w, initial_indent=indent, subsequent_indent='')) 

def build_official():
    lines = src('009_official.txt').splitlines()
    o = []
    head = lines[:7]
    o.append(f'{head[0]:<32}{head[2]}')
    o.append(f'{head[1]:<32}{head[3]}')
    o.append(f'{"":<32}{head[4]}')
    o.append(f'{head[5]:<32}{head[6]}')
    o.append('')
    for line in lines[7:]:
        if line.startswith('@title:'):
            o += ['', line.split(':', 1)[1].strip().center(76).rstrip()]
        elif line.startswith('@subject:'):
            o += [t.center(76).rstrip() for t in textwrap.wrap(line.split(':', 1)[1].strip(), 70)] + ['']
        elif line.startswith('@kinhgui:'):
            o += [line.split(':', 1)[1].strip().center(76).rstrip(), '']
        elif line.startswith('@p:'):
            o.append(wrap(line[3:].strip(), 76, '    '))
        elif line.startswith('@noinhan:'):
            noi = line.split(':', 1)[1].strip().split('|')
            sign = [l for l in lines if l.startswith('@sign:')][0].split(':', 1)[1].strip().split('|')
            o.append('')
            for i in range(max(len(noi), len(sign))):
                a = noi[i] if i < len(noi) else ''
                b = sign[i] if i < len(sign) else ''
                o.append(f'{a:<44}{b}')
        elif line.startswith('@sign:'):
            pass
        else:
            o.append(wrap(line, 76))
    out('009', '\n'.join(o) + '\n')

def build_minutes():
    out('010', src('010_bienban.txt'))

if __name__ == '__main__':
    build_html(); build_md(); build_official(); build_minutes()
