// Build report 006 (.docx) from src/r2_chuyendoiso_body.txt and src/r2_table.tsv using npm "docx".
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType,
  AlignmentType, HeadingLevel, BorderStyle, Header, Footer, PageNumber,
} = require('docx');

const src = fs.readFileSync(path.join(__dirname, 'src', 'r2_chuyendoiso_body.txt'), 'utf8')
  .split('\n').filter(l => l.trim());
const table = fs.readFileSync(path.join(__dirname, 'src', 'r2_table.tsv'), 'utf8')
  .split('\n').filter(l => l.trim()).map(l => l.split('\t'));

const FONT = 'Times New Roman';
const children = [];
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function makeTable() {
  const rows = table.map((cells, ri) => new TableRow({
    tableHeader: ri === 0,
    children: cells.map((c, ci) => new TableCell({
      borders,
      width: { size: ci === 0 ? 5200 : 1300, type: WidthType.DXA },
      children: [new Paragraph({
        alignment: ci === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c, bold: ri === 0, font: FONT, size: 24 })],
      })],
    })),
  }));
  return new Table({ rows, width: { size: 9100, type: WidthType.DXA } });
}

for (const line of src) {
  if (line.startsWith('KICKER: ')) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 },
      children: [new TextRun({ text: line.slice(8), font: FONT, size: 22, color: '1F3864', bold: true })] }));
  } else if (line.startsWith('TITLE: ')) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 240 },
      children: [new TextRun({ text: line.slice(7), font: FONT, size: 34, bold: true })] }));
  } else if (line.startsWith('SAPO: ')) {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 200 },
      children: [new TextRun({ text: line.slice(6), font: FONT, size: 26, bold: true, italics: true })] }));
  } else if (line.startsWith('## ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 120 },
      children: [new TextRun({ text: line.slice(3), font: FONT, size: 26, bold: true })] }));
  } else if (line === '[TABLE]') {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 },
      children: [new TextRun({ text: 'Bảng 1. Một số chỉ tiêu chuyển đổi số của Bộ Ngoại giao giai đoạn 2022 - 2024', font: FONT, size: 24, bold: true })] }));
    children.push(makeTable());
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 200 },
      children: [new TextRun({ text: 'Nguồn: Trung tâm Chuyển đổi số, Bộ Ngoại giao', font: FONT, size: 20, italics: true })] }));
  } else if (line.startsWith('BYLINE: ')) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 200 },
      children: [new TextRun({ text: line.slice(8), font: FONT, size: 26, bold: true })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 160 }, indent: { firstLine: 567 },
      children: [new TextRun({ text: line, font: FONT, size: 26 })] }));
  }
}

const doc = new Document({
  creator: 'Trung tâm Chuyển đổi số - Bộ Ngoại giao',
  title: 'Tổng kết công tác chuyển đổi số năm 2024',
  description: 'Bản tin hoạt động',
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: 'Bản tin hoạt động – 27/12/2024', font: FONT, size: 18, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 18 })] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then(buf => {
  const out = path.join(__dirname, '..', 'reports', '006_chuyendoiso_2024.docx');
  fs.writeFileSync(out, buf);
  console.log('wrote', out);
});
