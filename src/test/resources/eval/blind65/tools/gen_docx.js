// Build reports/102_hoi_nghi_truong_cqdd_asean_2024.docx from its source text (npm package `docx`).
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, Footer, Header, PageNumber, LevelFormat,
} = require('docx');

const ROOT = path.dirname(__dirname);
const SRC = path.join(ROOT, 'src', '102_hoi_nghi_truong_cqdd_asean_2024.src.txt');
const OUT = path.join(ROOT, 'reports', '102_hoi_nghi_truong_cqdd_asean_2024.docx');
const lines = fs.readFileSync(SRC, 'utf8').split('\n');

const FONT = 'Times New Roman';
const children = [];
let header = '', footer = '';
let table = null;
let numberedRef = 0;
let inNumbered = false;

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, ri) => new TableRow({
    tableHeader: ri === 0,
    children: cells.map((c, ci) => new TableCell({
      width: { size: [6, 18, 24, 28, 24][ci] || 20, type: WidthType.PERCENTAGE },
      children: [new Paragraph({
        alignment: (ri > 0 && ci >= 2) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: ri === 0 || c === 'Tổng cộng' || (ri === table.length - 1), font: FONT, size: 22 })],
      })],
    })),
  }));
  children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  table = null;
}

for (const raw of lines) {
  const line = raw.replace(/\s+$/, '');
  if (!line.startsWith('|')) flushTable();
  if (!/^\d+\. /.test(line)) inNumbered = false;
  if (!line) continue;
  let m;
  if ((m = line.match(/^@header (.*)/))) { header = m[1]; continue; }
  if ((m = line.match(/^@footer (.*)/))) { footer = m[1]; continue; }
  if ((m = line.match(/^@center (.*)/))) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: m[1], italics: true, font: FONT, size: 24 })] }));
    continue;
  }
  if ((m = line.match(/^@caption (.*)/))) {
    children.push(new Paragraph({ spacing: { before: 120, after: 60 }, children: [new TextRun({ text: m[1], bold: true, italics: true, font: FONT, size: 24 })] }));
    continue;
  }
  if ((m = line.match(/^@note (.*)/))) {
    children.push(new Paragraph({ spacing: { before: 60 }, children: [new TextRun({ text: m[1], italics: true, font: FONT, size: 20 })] }));
    continue;
  }
  if ((m = line.match(/^# (.*)/))) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: m[1], bold: true, font: FONT, size: 28 })] }));
    continue;
  }
  if ((m = line.match(/^## (.*)/))) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: m[1], bold: true, font: FONT, size: 26 })] }));
    continue;
  }
  if (line.startsWith('|')) {
    const cells = line.split('|').slice(1, -1).map(s => s.trim());
    (table = table || []).push(cells);
    continue;
  }
  if ((m = line.match(/^- (.*)/))) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: m[1], font: FONT, size: 26 })] }));
    continue;
  }
  if ((m = line.match(/^\d+\. (.*)/))) {
    if (!inNumbered) { numberedRef += 1; inNumbered = true; }
    children.push(new Paragraph({ numbering: { reference: 'so-thu-tu', level: 0, instance: numberedRef }, children: [new TextRun({ text: m[1], font: FONT, size: 26 })] }));
    continue;
  }
  children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new TextRun({ text: line, font: FONT, size: 26 })] }));
}
flushTable();

const doc = new Document({
  creator: 'Vụ ASEAN',
  title: 'Tóm tắt Hội nghị Trưởng CQĐD tại các nước ASEAN và Ti-mo Lét-xtê 2024',
  numbering: { config: [{ reference: 'so-thu-tu', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: header, italics: true, size: 18, font: FONT })] })] }) },
    footers: {
      default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
        new TextRun({ text: footer + ' ', size: 18, font: FONT }),
        new TextRun({ children: [PageNumber.CURRENT], size: 18, font: FONT }),
        new TextRun({ text: '/', size: 18, font: FONT }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18, font: FONT }),
      ] })] }),
    },
    children,
  }],
});
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(OUT, buf); console.log('wrote', OUT); });
