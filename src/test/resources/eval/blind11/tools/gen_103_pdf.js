// Build reports/103_...pdf (A4 bulletin page) with pdfkit and the DejaVu fonts.
// Usage: node gen_103_pdf.js [out.pdf]
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const OUT = process.argv[2] || path.join(__dirname, '..', 'reports', '103_hvng_hoi_thao_ngoai_giao_da_phuong_45_nam_lhq.pdf');
const FONTDIR = '/usr/share/fonts/truetype/dejavu/';
const lines = fs.readFileSync(path.join(__dirname, 'src', '103_article.txt'), 'utf8').split('\n');
const meta = {}; const blocks = [];
for (const l of lines) {
  const m = l.match(/^# (\w+): (.*)$/);
  if (m) meta[m[1]] = m[2];
  else if (l.startsWith('## ')) blocks.push(['h', l.slice(3)]);
  else if (l.trim()) blocks.push(['p', l]);
}
const doc = new PDFDocument({ size: 'A4', bufferPages: true,
  margins: { top: 72, bottom: 70, left: 64, right: 64 },
  info: { Title: meta.title.replace(/[“”]/g, '"'), Author: 'Học viện Ngoại giao', Subject: meta.header, Creator: 'pdfkit' } });
doc.registerFont('serif', FONTDIR + 'DejaVuSerif.ttf');
doc.registerFont('serif-b', FONTDIR + 'DejaVuSerif-Bold.ttf');
doc.registerFont('serif-i', FONTDIR + 'DejaVuSerif-Italic.ttf');
doc.registerFont('sans', FONTDIR + 'DejaVuSans.ttf');
doc.registerFont('sans-b', FONTDIR + 'DejaVuSans-Bold.ttf');
const stream = fs.createWriteStream(OUT);
doc.pipe(stream);
stream.on('finish', () => console.log('wrote', OUT));
const W = doc.page.width - 128;

// body
doc.font('sans-b').fontSize(9).fillColor('#8a1c1c').text(meta.kicker);
doc.moveDown(0.4);
doc.font('serif-b').fontSize(19).fillColor('#000').text(meta.title, { lineGap: 3 });
doc.moveDown(0.4);
doc.font('serif-i').fontSize(9.5).fillColor('#444').text(meta.byline);
doc.moveDown(0.3);
doc.moveTo(64, doc.y).lineTo(64 + W, doc.y).lineWidth(0.5).strokeColor('#999').stroke();
doc.moveDown(0.8);
for (const [k, t] of blocks) {
  if (k === 'h') {
    doc.moveDown(0.3);
    doc.font('sans-b').fontSize(11.5).fillColor('#1f3a68').text(t, { lineGap: 2 });
    doc.moveDown(0.35);
  } else {
    doc.font('serif').fontSize(11.2).fillColor('#000').text(t, { align: 'justify', lineGap: 3.2, indent: 18 });
    doc.moveDown(0.5);
  }
}
// running header + "Trang x/y" footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom; doc.page.margins.bottom = 0;
  doc.font('sans').fontSize(8).fillColor('#555').text(meta.header, 64, 36, { width: W, align: 'left', lineBreak: false });
  doc.moveTo(64, 50).lineTo(64 + W, 50).lineWidth(0.4).strokeColor('#999').stroke();
  doc.moveTo(64, doc.page.height - 52).lineTo(64 + W, doc.page.height - 52).lineWidth(0.4).strokeColor('#999').stroke();
  doc.font('sans').fontSize(8.5).fillColor('#555').text(`Trang ${i + 1}/${range.count}`, 64, doc.page.height - 44, { width: W, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bottom;
}
doc.end();
