// Builds reports/006_*.docx with the npm package "docx".
const fs = require('fs');
const { parse } = require('./markup');
const d = require('docx');
const [src, out] = process.argv.slice(2);
const { meta, blocks } = parse(src);
const FONT = 'Times New Roman';
const run = (text, o = {}) => new d.TextRun({ text, font: FONT, size: 26, ...o });
// bold the "Label:" prefix of lines such as "Thời gian: ..."
const para = (text) => {
  const m = text.match(/^(Thời gian|Địa điểm|Đơn vị tổ chức):\s*(.*)$/);
  const kids = m ? [run(m[1] + ': ', { bold: true }), run(m[2])] : [run(text)];
  return new d.Paragraph({ children: kids, alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120, line: 300 }, indent: m ? undefined : { firstLine: 567 } });
};
const children = [
  new d.Paragraph({ children: [run(meta.title, { bold: true, size: 30 })], alignment: d.AlignmentType.CENTER, spacing: { after: 60 } }),
  new d.Paragraph({ children: [run(meta.subtitle, { bold: true, italics: true })], alignment: d.AlignmentType.CENTER, spacing: { after: 240 } }),
];
let olCount = 0;
for (const b of blocks) {
  if (b.type === 'p') children.push(para(b.text));
  else if (b.type === 'h1') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [run(b.text, { bold: true, size: 28, color: '1F3864' })], spacing: { before: 240, after: 120 } }));
  else if (b.type === 'h2') children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(b.text, { bold: true })] }));
  else if (b.type === 'ul') for (const it of b.items) children.push(new d.Paragraph({ children: [run(it)], bullet: { level: 0 }, spacing: { after: 60 } }));
  else if (b.type === 'ol') { olCount++; for (const it of b.items) children.push(new d.Paragraph({ children: [run(it)], numbering: { reference: 'kiennghi', level: 0, instance: olCount }, spacing: { after: 60 } })); }
  else if (b.type === 'tablecaption') children.push(new d.Paragraph({ children: [run(b.text, { bold: true, italics: true, size: 24 })], alignment: d.AlignmentType.CENTER, spacing: { before: 120, after: 60 } }));
  else if (b.type === 'table') {
    const rows = b.rows.map((cells, i) => new d.TableRow({ tableHeader: i === 0, children: cells.map((c, j) => new d.TableCell({
      width: { size: j === 0 ? 5600 : 1900, type: d.WidthType.DXA },
      shading: i === 0 ? { fill: 'D9E2F3', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
      children: [new d.Paragraph({ alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT, children: [run(c, { bold: i === 0, size: 24 })] })] })) }));
    children.push(new d.Table({ rows, width: { size: 9400, type: d.WidthType.DXA } }));
    children.push(new d.Paragraph({ children: [run('Nguồn: Cục Quản lý lao động ngoài nước; các cơ quan đại diện Việt Nam tại Nhật Bản và Hàn Quốc.', { italics: true, size: 22 })], spacing: { after: 120 } }));
  }
  else if (b.type === 'sign') children.push(new d.Paragraph({ children: [run(b.text, { bold: true })], alignment: d.AlignmentType.RIGHT, spacing: { before: 360 } }));
}
const doc = new d.Document({
  creator: 'Cục Lãnh sự', title: meta.title + ' ' + meta.subtitle,
  numbering: { config: [{ reference: 'kiennghi', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [run(meta.header, { size: 20, italics: true })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      run(meta.footer + ' — Trang ', { size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 20 }),
      run('/', { size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: FONT, size: 20 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => fs.writeFileSync(out, buf));
