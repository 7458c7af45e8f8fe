// Print src/007_*.txt to a PDF with the npm package "pdfkit" and DejaVu fonts:
// running header on every page, "Trang x/y" footer on every page; paragraphs flow
// freely over page breaks (pdfkit splits a paragraph when the page is full).
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [,, src, out] = process.argv;
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const FONT_B = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';
const FONT_I = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf';
const HEADER = 'Bộ Ngoại giao - Tài liệu phục vụ báo chí - Hội nghị Ngoại giao lần thứ 32';

const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 70, right: 70 }, bufferPages: true,
  info: { Title: 'Thông tin tóm tắt kết quả Hội nghị Ngoại giao lần thứ 32', Author: 'Vụ Thông tin Báo chí' } });
doc.registerFont('R', FONT); doc.registerFont('B', FONT_B); doc.registerFont('I', FONT_I);
doc.pipe(fs.createWriteStream(out));

const W = doc.page.width - 140;
for (const raw of fs.readFileSync(src, 'utf8').split('\n')) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith('@title ')) {
    doc.font('B').fontSize(14).text(line.slice(7), { align: 'center', width: W }); doc.moveDown(0.3);
  } else if (line.startsWith('@sub ')) {
    doc.font('I').fontSize(10).text(line.slice(5), { align: 'center', width: W }); doc.moveDown(0.8);
  } else if (line.startsWith('@end ')) {
    doc.moveDown(0.5); doc.font('B').fontSize(10.5).text(line.slice(5), { align: 'right', width: W });
  } else if (line.startsWith('# ')) {
    doc.moveDown(0.4); doc.font('B').fontSize(11.5).text(line.slice(2), { width: W }); doc.moveDown(0.2);
  } else if (line.startsWith('- ')) {
    doc.font('R').fontSize(11).text('\u2022  ' + line.slice(2), { width: W - 18, indent: 0, align: 'justify', lineGap: 2, continued: false, x: 88 });
    doc.x = 70;
  } else {
    doc.font('R').fontSize(11).text(line, { width: W, align: 'justify', indent: 20, lineGap: 2, paragraphGap: 5 });
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('I').fontSize(8.5).fillColor('#444').text(HEADER, 70, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(70, 54).lineTo(70 + W, 54).strokeColor('#888').lineWidth(0.5).stroke();
  doc.font('R').fontSize(9).fillColor('#000').text(`Trang ${i + 1}/${range.count}`, 70, doc.page.height - 45, { width: W, align: 'center', lineBreak: false });
  doc.page.margins = m;
}
doc.end();
console.log('wrote', out, range.count, 'pages');
