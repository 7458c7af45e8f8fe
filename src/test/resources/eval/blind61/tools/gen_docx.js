// Build report 006 as a Word file: headings, bullet + numbered lists, numeric table, page-number footer.
const fs = require('fs');
const { parse } = require('./parse');
const d = require('docx');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const F = 'Times New Roman';
const run = (t, o = {}) => new d.TextRun({ text: t, font: F, size: 26, ...o });
const children = [
  new d.Paragraph({ alignment: d.AlignmentType.LEFT, children: [run(meta.org, { bold: true, size: 24 })] }),
  new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, spacing: { before: 240 }, children: [run(meta.title, { bold: true, size: 30 })] }),
  new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: [run(meta.subtitle, { bold: true, italics: true })] }),
];
let olRef = 0;
for (const [kind, val] of blocks) {
  if (kind === 'h') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(val, { bold: true, size: 26, color: '000000' })] }));
  else if (kind === 'p') children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [run(val)] }));
  else if (kind === 'ul') for (const x of val) children.push(new d.Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(x)] }));
  else if (kind === 'ol') { olRef++; for (const x of val) children.push(new d.Paragraph({ numbering: { reference: 'num', level: 0, instance: olRef }, spacing: { after: 60 }, children: [run(x)] })); }
  else if (kind === 'table') {
    children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run('Bảng 1. Một số chỉ tiêu kinh tế đối ngoại giai đoạn 2014-2023', { italics: true, size: 24 })] }));
    children.push(new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: val.map((r, i) => new d.TableRow({ tableHeader: i === 0, children: r.map((c, j) => new d.TableCell({
        children: [new d.Paragraph({ alignment: j === 0 || i === 0 ? d.AlignmentType.CENTER : d.AlignmentType.RIGHT, children: [run(c, { bold: i === 0, size: 24 })] })] })) })),
    }));
    children.push(new d.Paragraph({ children: [run('Nguồn: Tổng cục Thống kê, Bộ Kế hoạch và Đầu tư.', { italics: true, size: 20 })] }));
  }
}
const doc = new d.Document({
  creator: 'Cục Ngoại giao kinh tế', title: meta.subtitle,
  numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: meta.footer + ' - Trang ', font: F, size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font: F, size: 20 }),
      new d.TextRun({ text: '/', font: F, size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: F, size: 20 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
