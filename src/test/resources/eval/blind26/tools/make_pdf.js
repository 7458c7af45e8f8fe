// Print the line-marked text source to a PDF with pdfkit + DejaVu fonts,
// running header on every page and "Trang x/y" footers.
const fs = require('fs'); const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const F = '/usr/share/fonts/truetype/dejavu/';
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', F + 'DejaVuSerif.ttf'); doc.registerFont('B', F + 'DejaVuSerif-Bold.ttf'); doc.registerFont('I', F + 'DejaVuSerif-Italic.ttf');
const W = doc.page.width - 144;
for (const l of fs.readFileSync(src, 'utf8').split('\n').filter(x => x.trim())) {
  const i = l.indexOf(': '); const k = l.slice(0, i), v = l.slice(i + 2);
  if (k === 'T') doc.font('B').fontSize(15).text(v, { align: 'center', width: W }).moveDown(0.4);
  else if (k === 'S') doc.font('I').fontSize(10).text(v, { align: 'center' }).moveDown(1);
  else if (k === 'H') doc.font('B').fontSize(12.5).text(v).moveDown(0.3);
  else if (k === 'E') doc.moveDown(1).font('I').fontSize(10.5).text(v, { align: 'right' });
  else doc.font('R').fontSize(13).text(v, { align: 'justify', lineGap: 3.5 }).moveDown(0.6);
}
const range = doc.bufferedPageRange();
for (let p = 0; p < range.count; p++) {
  doc.switchToPage(p);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('I').fontSize(9).fillColor('#555').text('BỘ NGOẠI GIAO - Thông tin chuyên đề: Hội nghị Ngoại giao lần thứ 32', 72, 40, { width: W, align: 'center', lineBreak: false });
  doc.moveTo(72, 55).lineTo(72 + W, 55).strokeColor('#999').stroke();
  doc.font('R').fontSize(9).text(`Trang ${p + 1}/${range.count}`, 72, doc.page.height - 50, { width: W, align: 'center', lineBreak: false });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end();
