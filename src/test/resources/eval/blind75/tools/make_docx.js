// Build the Word report from ../src/r2_baohocongdan.txt with the npm package "docx".
const fs = require('fs');
const path = require('path');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, Footer, PageNumber, LevelFormat, BorderStyle,
} = require('docx');

const src = fs.readFileSync(path.join(__dirname, '..', 'src', 'r2_baohocongdan.txt'), 'utf8').split('\n');
const meta = {};
const children = [];
let tableRows = null;

function cell(text, bold, align) {
  return new TableCell({
    width: { size: 3000, type: WidthType.DXA },
    children: [new Paragraph({ alignment: align, children: [new TextRun({ text, bold, font: 'Times New Roman', size: 24 })] })],
  });
}
function flushTable() {
  if (!tableRows) return;
  children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, rows: tableRows }));
  children.push(new Paragraph({ children: [new TextRun({ text: 'Nguồn: Cục Lãnh sự, số liệu tính đến 31/12/2024.', italics: true, size: 20 })] }));
  tableRows = null;
}
const run = (t) => new TextRun({ text: t, font: 'Times New Roman', size: 26 });

for (const line of src) {
  let m;
  if ((m = line.match(/^(TITLE|SUB|FOOTER): (.*)$/))) { meta[m[1]] = m[2]; continue; }
  if ((m = line.match(/^TABLE: (.*)$/))) {
    tableRows = [new TableRow({ tableHeader: true, children: m[1].split(' | ').map((c, i) => cell(c, true, i ? AlignmentType.CENTER : AlignmentType.LEFT)) })];
    continue;
  }
  if ((m = line.match(/^ROW: (.*)$/))) {
    tableRows.push(new TableRow({ children: m[1].split(' | ').map((c, i) => cell(c, false, i ? AlignmentType.RIGHT : AlignmentType.LEFT)) }));
    continue;
  }
  flushTable();
  if (!line.trim()) continue;
  if ((m = line.match(/^## (.*)$/))) { children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: m[1] })] })); continue; }
  if ((m = line.match(/^- (.*)$/))) { children.push(new Paragraph({ bullet: { level: 0 }, children: [run(m[1])] })); continue; }
  if ((m = line.match(/^\d+\. (.*)$/))) { children.push(new Paragraph({ numbering: { reference: 'nv', level: 0 }, children: [run(m[1])] })); continue; }
  children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(line)] }));
}
flushTable();

const doc = new Document({
  creator: 'Cục Lãnh sự',
  title: meta.TITLE,
  description: 'Tóm tắt Hội nghị công tác lãnh sự và bảo hộ công dân năm 2024',
  numbering: { config: [{ reference: 'nv', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  sections: [{
    footers: {
      default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
        new TextRun({ text: meta.FOOTER + '    Trang ', size: 18 }),
        new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
        new TextRun({ text: ' / ', size: 18 }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
      ] })] }),
    },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.SUB, italics: true, size: 22 })] }),
      new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.TITLE })] }),
      ...children,
    ],
  }],
});

Packer.toBuffer(doc).then((buf) => {
  fs.writeFileSync(path.join(__dirname, '..', 'reports', 'Tom-tat-HN-cong-tac-lanh-su-2024.docx'), buf);
  console.log('docx ok');
});
