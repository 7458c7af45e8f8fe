// 006: a Word file (.docx) with headings, bullets and a table with numeric cells.
const fs = require('fs');
const path = require('path');
const { SRC, REPORTS, reportName, parseSrc, blocks } = require('./common');
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, LevelFormat, Header, Footer, PageNumber,
} = require('docx');

const src = path.join(SRC, '006_hn_truong_cqdd_chau_au_7.txt');
const { meta, body } = parseSrc(src);
const FONT = 'Times New Roman';

const children = [
  new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: 'BỘ NGOẠI GIAO', bold: true, font: FONT, size: 24 })] }),
  new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: meta.unit[0], font: FONT, size: 24 })] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.mark[0], italics: true, font: FONT, size: 22 })] }),
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 240 },
    children: [new TextRun({ text: meta.title[0], bold: true, font: FONT, size: 28 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 },
    children: [new TextRun({ text: meta.subtitle[0], italics: true, font: FONT, size: 24 })] }),
];

function cell(text, opts = {}) {
  return new TableCell({
    width: { size: opts.w || 1800, type: WidthType.DXA },
    children: [new Paragraph({ alignment: opts.align || AlignmentType.LEFT,
      children: [new TextRun({ text, bold: !!opts.bold, font: FONT, size: 22 })] })],
  });
}

for (const blk of blocks(body)) {
  if (blk[0].startsWith('# ')) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: blk[0].slice(2), bold: true, font: FONT, size: 26 })] }));
    continue;
  }
  if (blk[0].startsWith('- ')) {
    for (const l of blk) {
      children.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 },
        children: [new TextRun({ text: l.slice(2), font: FONT, size: 24 })] }));
    }
    continue;
  }
  if (blk[0].startsWith('|')) {
    const rows = blk.map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    children.push(new Paragraph({ spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: 'Bảng 1. Một số chỉ số hợp tác Việt Nam – châu Âu (6 tháng đầu năm)', bold: true, italics: true, font: FONT, size: 22 })] }));
    children.push(new Table({
      width: { size: 9000, type: WidthType.DXA },
      rows: rows.map((r, i) => new TableRow({
        tableHeader: i === 0,
        children: r.map((c, j) => cell(c, { bold: i === 0, w: j === 0 ? 4200 : 1600,
          align: j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT })),
      })),
    }));
    children.push(new Paragraph({ children: [new TextRun({ text: 'Nguồn: tổng hợp báo cáo của các Cơ quan đại diện.', italics: true, font: FONT, size: 20 })] }));
    continue;
  }
  children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
    children: [new TextRun({ text: blk.join(' '), font: FONT, size: 24 })] }));
}

children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 360 },
  children: [new TextRun({ text: meta.sign[0], bold: true, font: FONT, size: 24 })] }));

const doc = new Document({
  creator: 'Vụ Châu Âu',
  title: 'Báo cáo tóm tắt Hội nghị Trưởng CQĐD khu vực châu Âu lần thứ 7',
  numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: 'Hội nghị Trưởng CQĐD khu vực châu Âu lần thứ 7', italics: true, font: FONT, size: 18 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 18 })] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => {
  fs.mkdirSync(REPORTS, { recursive: true });
  const out = path.join(REPORTS, reportName(6, src, 'docx'));
  fs.writeFileSync(out, buf);
  console.log(out);
});
