// Builds the Word report (.docx) from src/006_docx.txt with the npm package `docx`.
const fs = require('fs'), path = require('path');
const { parse } = require('./srcparse');
const d = require('docx');
const [src, outdir] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const children = [
  new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: meta.org, bold: true, size: 24 })] }),
  new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 240 }, heading: d.HeadingLevel.TITLE, children: [new d.TextRun({ text: meta.title, bold: true, size: 30 })] }),
];
for (const [kind, val] of blocks) {
  if (kind === 'h1' || kind === 'h2') children.push(new d.Paragraph({ text: val, heading: kind === 'h1' ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }));
  else if (kind === 'bullet') children.push(new d.Paragraph({ text: val, bullet: { level: 0 } }));
  else if (kind === 'num') children.push(new d.Paragraph({ text: val, numbering: { reference: 'ct', level: 0 } }));
  else if (kind === 'table') {
    const rows = val.map((cells, ri) => new d.TableRow({ tableHeader: ri === 0, children: cells.map((c, ci) => new d.TableCell({
      width: { size: ci === 0 ? 2800 : 2000, type: d.WidthType.DXA },
      children: [new d.Paragraph({ alignment: ci === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT, children: [new d.TextRun({ text: c, bold: ri === 0 || ri === val.length - 1 })] })] })) }));
    children.push(new d.Table({ rows, width: { size: 100, type: d.WidthType.PERCENTAGE } }));
  } else if (/^Bảng \d+\./.test(val)) children.push(new d.Paragraph({ spacing: { before: 120, after: 80 }, children: [new d.TextRun({ text: val, italics: true, bold: true })] }));
  else children.push(new d.Paragraph({ text: val, alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 } }));
}
const doc = new d.Document({
  creator: 'Văn phòng Ủy ban Nhà nước về người Việt Nam ở nước ngoài',
  title: meta.title,
  styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
  numbering: { config: [{ reference: 'ct', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: meta.footer + ' – Trang ', size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], size: 20 }),
      new d.TextRun({ text: '/', size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], size: 20 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => { fs.writeFileSync(path.join(outdir, meta.out), buf); console.log('wrote', meta.out); });
