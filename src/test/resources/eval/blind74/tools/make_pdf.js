// Build reports/007_<id>.pdf from src/007_hoi_nghi_nvnonn_toan_cau_lan_4.txt with pdfkit,
// laid out like a document printed from a word processor: A4, DejaVu Sans, justified
// paragraphs flowing over page breaks, a running header on every page and "Trang x/y" footers.
'use strict';
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src', '007_hoi_nghi_nvnonn_toan_cau_lan_4.txt');
const OUT = path.join(ROOT, 'reports', process.argv[2] || '007_report.pdf');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

const raw = fs.readFileSync(SRC, 'utf8').replace(/\r\n/g, '\n');
const meta = {};
const paras = [];
let buf = [];
for (const line of raw.split('\n')) {
  const m = /^(header|title|subtitle):\s*(.*)$/.exec(line);
  if (m && paras.length === 0 && buf.length === 0) { meta[m[1]] = m[2]; continue; }
  if (!line.trim()) { if (buf.length) { paras.push(buf.join(' ')); buf = []; } continue; }
  buf.push(line.trim());
}
if (buf.length) paras.push(buf.join(' '));

const MARGIN = { top: 92, bottom: 86, left: 78, right: 72 };
const doc = new PDFDocument({
  size: 'A4',
  margins: MARGIN,
  bufferPages: true,
  info: {
    Title: meta.title,
    Author: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài',
    Subject: 'Bản tin hoạt động - Hội nghị người Việt Nam ở nước ngoài toàn cầu lần thứ tư',
    Creator: 'Microsoft® Word for Microsoft 365',
    Producer: 'Microsoft® Word for Microsoft 365',
    CreationDate: new Date('2023-08-23T09:12:00+07:00'),
    ModDate: new Date('2023-08-23T09:12:00+07:00'),
  },
});
doc.registerFont('body', FONT);
doc.registerFont('bold', FONT_BOLD);
doc.pipe(fs.createWriteStream(OUT));

const width = doc.page.width - MARGIN.left - MARGIN.right;
doc.font('bold').fontSize(15.5).fillColor('#1F3864')
  .text(meta.title, { align: 'center', width, lineGap: 3 });
doc.moveDown(0.4);
doc.font('body').fontSize(10.5).fillColor('#555555')
  .text(meta.subtitle, { align: 'center', width });
doc.moveDown(0.9);
doc.fillColor('black');
for (const p of paras) {
  doc.font('body').fontSize(12).text(p, {
    align: 'justify', width, lineGap: 6.0, paragraphGap: 9, indent: 28,
  });
}

// running header and footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i += 1) {
  doc.switchToPage(i);
  const savedTop = doc.page.margins.top;
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.top = 0;
  doc.page.margins.bottom = 0;
  doc.font('body').fontSize(8.5).fillColor('#666666')
    .text(meta.header, MARGIN.left, 48, { width, align: 'left', lineBreak: false });
  doc.moveTo(MARGIN.left, 62).lineTo(MARGIN.left + width, 62).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.moveTo(MARGIN.left, doc.page.height - 62).lineTo(MARGIN.left + width, doc.page.height - 62)
    .lineWidth(0.5).strokeColor('#999999').stroke();
  doc.font('body').fontSize(9).fillColor('#333333')
    .text(`Trang ${i + 1}/${range.count}`, MARGIN.left, doc.page.height - 54, { width, align: 'center', lineBreak: false });
  doc.page.margins.top = savedTop;
  doc.page.margins.bottom = savedBottom;
}
doc.end();
console.log('wrote', OUT, 'pages:', range.count);
