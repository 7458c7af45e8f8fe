// Two-page PDF with running header and "Trang x/y" footers: node tools/make_pdf.js SRC OUT
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const SIZE = parseFloat(process.env.PDF_SIZE || '11.5');
const doc = new PDFDocument({ size: 'A4', margins: { top: 70, bottom: 70, left: 65, right: 65 }, bufferPages: true,
  info: { Title: 'Báo cáo Hội nghị Lãnh sự toàn quốc lần thứ 8', Author: 'Cục Lãnh sự' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', BOLD);
let header = '';
for (const raw of fs.readFileSync(src, 'utf8').split('\n')) {
  const l = raw.trimEnd();
  if (!l) continue;
  if (l.startsWith('HEADER: ')) { header = l.slice(8); continue; }
  if (l.startsWith('TITLE: ')) { doc.font('B').fontSize(14).text(l.slice(7), { align: 'center' }); continue; }
  if (l.startsWith('SUBTITLE: ')) { doc.font('R').fontSize(11).text(l.slice(10), { align: 'center' }).moveDown(0.8); continue; }
  if (l.startsWith('## ')) { doc.moveDown(0.4).font('B').fontSize(SIZE + 1).text(l.slice(3)).moveDown(0.2); continue; }
  if (l.startsWith('- ')) { doc.font('R').fontSize(SIZE).text('•  ' + l.slice(2), { indent: 14, align: 'justify' }); continue; }
  doc.font('R').fontSize(SIZE).text(l, { align: 'justify', paragraphGap: 5, lineGap: 1.5 });
}
const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(8.5).fillColor('#444').text(header, 65, 35, { width: doc.page.width - 130, align: 'center' });
  doc.moveTo(65, 50).lineTo(doc.page.width - 65, 50).lineWidth(0.5).stroke('#888');
  doc.text(`Trang ${i + 1}/${range.count}`, 65, doc.page.height - 45, { width: doc.page.width - 130, align: 'center' });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end();
