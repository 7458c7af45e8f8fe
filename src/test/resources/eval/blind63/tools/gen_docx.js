// src/006_*.src.txt -> reports/006_*.docx (headings, bullets, numbered list, table, page-number footer)
const fs = require('fs');
const path = require('path');
const d = require('docx');
const { parse, m1 } = require('./srcparse');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const children = [];
let numInstance = 0; let prevWasOl = false;
for (const b of blocks) {
  if (b.t !== 'ol') prevWasOl = false;
  if (b.t === 'h1') children.push(new d.Paragraph({ text: b.x, heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER }));
  else if (b.t === 'h2') children.push(new d.Paragraph({ text: b.x, heading: d.HeadingLevel.HEADING_1 }));
  else if (b.t === 'li') children.push(new d.Paragraph({ text: b.x, bullet: { level: 0 } }));
  else if (b.t === 'ol') {
    if (!prevWasOl) numInstance++;
    prevWasOl = true;
    children.push(new d.Paragraph({ text: b.x, numbering: { reference: 'kiennghi', level: 0, instance: numInstance } }));
  } else if (b.t === 'table') {
    const rows = b.rows.map((r, i) => new d.TableRow({
      tableHeader: i === 0,
      children: r.map((c, j) => new d.TableCell({
        width: { size: j === 0 ? 40 : 15, type: d.WidthType.PERCENTAGE },
        children: [new d.Paragraph({ alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT,
          children: [new d.TextRun({ text: c, bold: i === 0, size: 20 })] })],
      })),
    }));
    children.push(new d.Table({ rows, width: { size: 100, type: d.WidthType.PERCENTAGE } }));
  } else if (b.t === 'p') {
    const isDate = /^Hà Nội, ngày/.test(b.x);
    const isSign = /^CỤC LÃNH SỰ$/.test(b.x);
    const isNote = /^Nguồn:/.test(b.x);
    children.push(new d.Paragraph({
      alignment: isDate ? d.AlignmentType.RIGHT : isSign ? d.AlignmentType.RIGHT : d.AlignmentType.JUSTIFIED,
      spacing: { after: 120 },
      children: [new d.TextRun({ text: b.x, italics: isDate || isNote, bold: isSign, size: isNote ? 20 : 26 })],
    }));
  }
}
const doc = new d.Document({
  creator: 'Cục Lãnh sự', title: 'Báo cáo tóm tắt Hội thảo chuyển đổi số công tác lãnh sự',
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  numbering: { config: [{ reference: 'kiennghi', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START,
    style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.LEFT,
      children: [new d.TextRun({ text: m1(meta, 'header'), size: 18, color: '666666' })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: m1(meta, 'footer') + '  –  Trang ', size: 18 }),
      new d.TextRun({ children: [d.PageNumber.CURRENT], size: 18 }),
      new d.TextRun({ text: '/', size: 18 }),
      new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], size: 18 }),
    ] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => fs.writeFileSync(out, buf));
