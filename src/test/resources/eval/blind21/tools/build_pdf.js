// Print src/007_ngoaigiaokinhte2024.txt to reports/007_*.pdf with pdfkit and DejaVu fonts.
// Running header + "Trang x/y" footer on every page; text flows freely so paragraphs split over page breaks.
const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');

const root = path.resolve(__dirname, '..');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const src = fs.readFileSync(path.join(root, 'src', '007_ngoaigiaokinhte2024.txt'), 'utf8').split('\n');
const out = path.join(root, 'reports', '007_ngoaigiao_kinhte_2024.pdf');

const doc = new PDFDocument({ size: 'A4', bufferPages: true,
  margins: { top: 72, bottom: 72, left: 70, right: 60 },
  info: { Title: 'Tai lieu tong thuat Hoi nghi Ngoai giao kinh te 2024', Author: 'Vu Tong hop Kinh te - BNG' } });
doc.registerFont('serif', path.join(FONT_DIR, 'DejaVuSerif.ttf'));
doc.registerFont('serif-bold', path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'));
doc.registerFont('serif-it', path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'));
doc.registerFont('sans', path.join(FONT_DIR, 'DejaVuSans.ttf'));
doc.pipe(fs.createWriteStream(out));

const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
for (const line of src) {
  if (!line.trim()) { doc.moveDown(0.3); continue; }
  if (line.startsWith('#T ')) {
    doc.font('serif-bold').fontSize(13).text(line.slice(3), { align: 'center', width });
  } else if (line.startsWith('#C ')) {
    doc.font('serif-it').fontSize(10.5).text(line.slice(3), { align: 'center', width }); doc.moveDown(0.5);
  } else if (line.startsWith('## ')) {
    doc.moveDown(0.4); doc.font('serif-bold').fontSize(11.5).text(line.slice(3), { width }); doc.moveDown(0.2);
  } else {
    doc.font('serif').fontSize(11).text(line, { align: 'justify', width, indent: 24, lineGap: 3.2, paragraphGap: 5 });
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0; // allow writing in the margin without triggering a new page
  doc.font('sans').fontSize(8.5).fillColor('#444')
     .text('Bộ Ngoại giao - Tổng thuật Hội nghị Ngoại giao kinh tế 2024', doc.page.margins.left, 36, { width, align: 'left' });
  doc.moveTo(doc.page.margins.left, 50).lineTo(doc.page.width - doc.page.margins.right, 50).lineWidth(0.5).stroke('#888');
  doc.font('sans').fontSize(9).fillColor('#000')
     .text(`Trang ${i + 1}/${range.count}`, doc.page.margins.left, doc.page.height - 45, { width, align: 'center' });
  doc.page.margins.bottom = bottom;
}
doc.end();
console.log('wrote', out);
