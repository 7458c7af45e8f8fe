// Build reports/006_<id>.docx from src/006_quang_tri_tong_ket_doi_ngoai_2024.txt
// with the npm package `docx`: headings, bullet and numbered lists, a table with
// numeric cells, a running header and a page footer "Trang x / y".
'use strict';
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
  TableCell, WidthType, BorderStyle, Header, Footer, PageNumber, LevelFormat,
  ShadingType, VerticalAlign,
} = require('docx');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src', '006_quang_tri_tong_ket_doi_ngoai_2024.txt');
const OUT = path.join(ROOT, 'reports', process.argv[2] || '006_report.docx');

const raw = fs.readFileSync(SRC, 'utf8').replace(/\r\n/g, '\n');
const meta = {};
const body = [];
for (const line of raw.split('\n')) {
  const m = /^(title|author|docheader):\s*(.*)$/.exec(line);
  if (m && body.length === 0) { meta[m[1]] = m[2]; continue; }
  body.push(line);
}

const FONT = 'Times New Roman';
const SIZE = 26; // half-points = 13 pt

// inline *italic* and **bold** markup
function runs(text, opts = {}) {
  const out = [];
  const re = /(\*\*[^*]+\*\*|\*[^*]+\*)/g;
  let last = 0; let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) out.push(new TextRun({ text: text.slice(last, m.index), font: FONT, size: SIZE, ...opts }));
    const t = m[0];
    if (t.startsWith('**')) out.push(new TextRun({ text: t.slice(2, -2), bold: true, font: FONT, size: SIZE, ...opts }));
    else out.push(new TextRun({ text: t.slice(1, -1), italics: true, font: FONT, size: SIZE, ...opts }));
    last = m.index + t.length;
  }
  if (last < text.length) out.push(new TextRun({ text: text.slice(last), font: FONT, size: SIZE, ...opts }));
  return out;
}

function cellPara(text, header, align) {
  return new Paragraph({
    alignment: align,
    spacing: { before: 40, after: 40 },
    children: [new TextRun({ text, bold: header, font: FONT, size: 24 })],
  });
}

function makeTable(rows) {
  const widths = [5200, 1900, 1900];
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((cells, i) => new TableRow({
      tableHeader: i === 0,
      children: cells.map((c, j) => new TableCell({
        width: { size: widths[j], type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        shading: i === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
        borders: {
          top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
          right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
        },
        children: [cellPara(c, i === 0, j === 0 ? AlignmentType.LEFT : AlignmentType.CENTER)],
      })),
    })),
  });
}

const children = [];
let tableRows = null;
let numberedInstance = 0;
let inNumbered = false;
function flushTable() {
  if (tableRows) { children.push(makeTable(tableRows)); tableRows = null; }
}
for (const line of body) {
  const t = line.trim();
  if (t.startsWith('|')) {
    const cells = t.replace(/^\||\|$/g, '').split('|').map((s) => s.trim());
    if (!tableRows) tableRows = [];
    tableRows.push(cells);
    continue;
  }
  flushTable();
  if (!t) { inNumbered = false; continue; }
  if (t.startsWith('# ')) {
    children.push(new Paragraph({
      heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 200 },
      children: [new TextRun({ text: t.slice(2), bold: true, font: FONT, size: 32, color: '1F3864' })],
    }));
  } else if (t.startsWith('## ')) {
    children.push(new Paragraph({
      heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: t.slice(3), bold: true, font: FONT, size: 28, color: '1F3864' })],
    }));
  } else if (t.startsWith('- ')) {
    children.push(new Paragraph({
      numbering: { reference: 'bullets', level: 0 }, spacing: { after: 60 },
      alignment: AlignmentType.JUSTIFIED, children: runs(t.slice(2)),
    }));
  } else if (/^\d+\.\s/.test(t)) {
    if (!inNumbered) { numberedInstance += 1; inNumbered = true; }
    children.push(new Paragraph({
      numbering: { reference: 'numbers', level: 0, instance: numberedInstance }, spacing: { after: 60 },
      alignment: AlignmentType.JUSTIFIED, children: runs(t.replace(/^\d+\.\s/, '')),
    }));
  } else if (/^Bảng \d+\./.test(t)) {
    children.push(new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { before: 160, after: 80 },
      children: [new TextRun({ text: t, bold: true, font: FONT, size: 24 })],
    }));
  } else if (/^\*[^*].*\*$/.test(t)) {
    children.push(new Paragraph({
      alignment: t.startsWith('*Nguồn') ? AlignmentType.LEFT : AlignmentType.CENTER,
      spacing: { before: 60, after: 160 },
      children: [new TextRun({ text: t.slice(1, -1), italics: true, font: FONT, size: t.startsWith('*Nguồn') ? 22 : SIZE })],
    }));
  } else {
    children.push(new Paragraph({
      alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 300 },
      children: runs(t),
    }));
  }
}
flushTable();

const doc = new Document({
  creator: meta.author,
  lastModifiedBy: 'Lê Thị Hương',
  title: meta.title,
  description: 'Tin hoạt động đối ngoại - Sở Ngoại vụ tỉnh Quảng Trị',
  keywords: 'đối ngoại, Quảng Trị, tổng kết 2024',
  styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
  numbering: {
    config: [
      { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    ],
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.docheader, font: FONT, size: 18, color: '7F7F7F' })] })] }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ text: 'Trang ', font: FONT, size: 20 }),
            new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 20 }),
            new TextRun({ text: ' / ', font: FONT, size: 20 }),
            new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 20 }),
          ],
        })],
      }),
    },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => {
  fs.writeFileSync(OUT, buf);
  console.log('wrote', OUT, buf.length, 'bytes');
});
