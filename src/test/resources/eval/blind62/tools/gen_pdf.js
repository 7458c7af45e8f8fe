// Render src/007_*.src.txt into a 2-3 page PDF "printed from a word processor":
// running header, "Trang x/y" footers, paragraphs flowing across page breaks.
const fs = require('fs');
const PDFDocument = require('pdfkit');
const [src, out] = process.argv.slice(2);
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';
const doc = new PDFDocument({ size: 'A4', margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true,
  info: { Title: 'Hội thảo Ngoại giao khí hậu vì ĐBSCL 2022', Author: 'Bộ Ngoại giao', Creator: 'Microsoft Word', Producer: 'Microsoft Word' } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont('R', FONT); doc.registerFont('B', BOLD);
let header = '';
for (const raw of fs.readFileSync(src, 'utf8').split('\n')) {
  const line = raw.trim();
  if (!line) continue;
  if (line.startsWith('@header:')) { header = line.slice(8).trim(); continue; }
  if (line.startsWith('# ')) { doc.font('B').fontSize(13.5).text(line.slice(2), { align: 'center' }); doc.moveDown(0.4); continue; }
  if (line.startsWith('## ')) { doc.moveDown(0.3); doc.font('B').fontSize(12).text(line.slice(3)); doc.moveDown(0.3); continue; }
  doc.font('R').fontSize(12).text(line, { align: 'justify', lineGap: 4, indent: 24 });
  doc.moveDown(0.5);
}
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins; doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font('R').fontSize(8.5).fillColor('#444').text(header, 72, 40, { width: doc.page.width - 144, align: 'center' });
  doc.moveTo(72, 55).lineTo(doc.page.width - 72, 55).lineWidth(0.5).stroke('#888');
  doc.fontSize(9).text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: 'center' });
  doc.page.margins = m; doc.fillColor('black');
}
doc.end();
