// Build reports/103_hoi_thao_unclos_30_nam_2024.pdf with pdfkit and the DejaVu fonts.
// Layout of a research-institute newsletter item: running header, big headline, "Trang x/y" footer.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const SRC = path.join(__dirname, 'src', '103_bantin.txt');
const OUT = path.join(__dirname, '..', 'reports', '103_hoi_thao_unclos_30_nam_2024.pdf');
const F = '/usr/share/fonts/truetype/dejavu/';
const HEADER = 'HỌC VIỆN NGOẠI GIAO  ·  Bản tin Nghiên cứu Biển Đông  ·  Số 11 (tháng 11/2024)';

const blocks = fs.readFileSync(SRC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const i = l.indexOf(' ');
  return [l.slice(0, i), l.slice(i + 1)];
});

const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 64, right: 64 }, bufferPages: true,
  info: { Title: 'UNCLOS 1982 – 30 năm thực thi', Author: 'Học viện Ngoại giao', Subject: 'Bản tin Nghiên cứu Biển Đông số 11/2024' } });
doc.registerFont('serif', F + 'DejaVuSerif.ttf');
doc.registerFont('serif-b', F + 'DejaVuSerif-Bold.ttf');
doc.registerFont('serif-i', F + 'DejaVuSerif-Italic.ttf');
doc.registerFont('sans', F + 'DejaVuSans.ttf');
doc.registerFont('sans-b', F + 'DejaVuSans-Bold.ttf');
doc.pipe(fs.createWriteStream(OUT));

const W = doc.page.width - 128;
for (const [tag, text] of blocks) {
  if (tag === '#KICKER') doc.font('sans-b').fontSize(9).fillColor('#1f4e79').text(text, { characterSpacing: 1 }).moveDown(0.4);
  else if (tag === '#TITLE') doc.font('serif-b').fontSize(20).fillColor('#000').text(text, { lineGap: 3 }).moveDown(0.4);
  else if (tag === '#DATELINE') doc.font('serif-i').fontSize(9.5).fillColor('#444').text(text).moveDown(0.8);
  else if (tag === '#SAPO') doc.font('serif-b').fontSize(10.5).fillColor('#000').text(text, { align: 'justify', lineGap: 2 }).moveDown(0.7);
  else if (tag === '#H2') doc.font('sans-b').fontSize(11.5).fillColor('#1f4e79').text(text).moveDown(0.4);
  else if (tag === '#P') doc.font('serif').fontSize(10.5).fillColor('#000').text(text, { align: 'justify', indent: 18, lineGap: 2.5 }).moveDown(0.6);
  else if (tag === '#BOX') {
    const [head, ...items] = text.split('|');
    doc.moveDown(0.4);
    const y0 = doc.y;
    const h = 26 + items.length * 15;
    if (y0 + h > doc.page.height - 72) doc.addPage();
    const y = doc.y;
    doc.rect(64, y, W, h).fillAndStroke('#eef3f8', '#1f4e79');
    doc.fillColor('#1f4e79').font('sans-b').fontSize(10).text(head, 76, y + 8);
    doc.fillColor('#000').font('sans').fontSize(9.5);
    items.forEach((it, k) => doc.text('•  ' + it, 84, y + 24 + k * 15));
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font('sans').fontSize(8).fillColor('#555').text(HEADER, 64, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(64, 54).lineTo(64 + W, 54).lineWidth(0.5).strokeColor('#999').stroke();
  doc.moveTo(64, doc.page.height - 52).lineTo(64 + W, doc.page.height - 52).stroke();
  doc.font('sans').fontSize(8.5).fillColor('#555').text(`Trang ${i + 1}/${range.count}`, 64, doc.page.height - 46, { width: W, align: 'right', lineBreak: false });
  doc.page.margins.bottom = bottom;
}
doc.end();
console.log('wrote', path.relative(process.cwd(), OUT));
