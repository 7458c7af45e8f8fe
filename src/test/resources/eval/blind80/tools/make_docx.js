// Build reports/006_*.docx from src/r2_thidua_khenthuong.txt with the npm package "docx".
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, Footer, Header, PageNumber, LevelFormat, BorderStyle,
} = require('docx');

const ROOT = path.resolve(__dirname, '..');
const lines = fs.readFileSync(path.join(ROOT, 'src', 'r2_thidua_khenthuong.txt'), 'utf8').split('\n');
const meta = {};
const children = [];
let table = null;

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new TableCell({
      width: { size: j === 0 ? 70 : 30, type: WidthType.PERCENTAGE },
      children: [new Paragraph({
        alignment: j === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c, bold: i === 0, font: 'Times New Roman', size: 24 })],
      })],
    })),
  }));
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
  children.push(new Paragraph({ text: '' }));
  table = null;
}

for (const raw of lines) {
  const line = raw.trimEnd();
  if (line.startsWith('|')) {
    const cells = line.split('|').slice(1, -1).map((s) => s.trim());
    (table = table || []).push(cells);
    continue;
  }
  flushTable();
  if (!line) continue;
  if (line.startsWith('@')) {
    const k = line.slice(1, line.indexOf(' '));
    meta[k] = line.slice(line.indexOf(' ') + 1);
    continue;
  }
  if (line.startsWith('## ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: line.slice(3), font: 'Times New Roman' })] }));
  } else if (line.startsWith('- ')) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line.slice(2), font: 'Times New Roman', size: 26 })] }));
  } else if (/^\d+\. /.test(line)) {
    children.push(new Paragraph({ numbering: { reference: 'nhiemvu', level: 0 }, children: [new TextRun({ text: line.replace(/^\d+\. /, ''), font: 'Times New Roman', size: 26 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 },
      children: [new TextRun({ text: line, font: 'Times New Roman', size: 26 })] }));
  }
}
flushTable();

const doc = new Document({
  creator: 'Ban Thi đua - Khen thưởng',
  title: meta.title,
  description: 'Báo cáo tóm tắt Hội nghị',
  numbering: { config: [{ reference: 'nhiemvu', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.org, size: 18, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ text: meta.footer + '    ', size: 18 }),
      new TextRun({ children: ['Trang ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 }),
    ] })] }) },
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.title, bold: true, font: 'Times New Roman' })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BÁO CÁO TÓM TẮT', bold: true, font: 'Times New Roman', size: 24 })] }),
      ...children,
    ],
  }],
});
Packer.toBuffer(doc).then((buf) => {
  fs.writeFileSync(path.join(ROOT, 'reports', '006_tongket_thidua_khenthuong_2023.docx'), buf);
  console.log('ok');
});
