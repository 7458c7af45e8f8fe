// Build a .docx from the line-marked text source with the npm package `docx`.
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = require('docx');
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, 'utf8').split('\n').filter(l => l.trim());
const children = []; let rows = [];
function flush() {
  if (!rows.length) return;
  children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ children: r.map(c => new TableCell({
      children: [new Paragraph({ alignment: i && /^[\d.]+$/.test(c) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: c, bold: i === 0 })] })] })) })) }));
  rows = [];
}
for (const l of lines) {
  const i = l.indexOf(': '); const k = l.slice(0, i), v = l.slice(i + 2);
  if (k !== 'TABLE') flush();
  if (k === 'H1') children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(v)] }));
  else if (k === 'H2') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(v)] }));
  else if (k === 'B') children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(v)] }));
  else if (k === 'TABLE') rows.push(v.split('|').map(s => s.trim()));
  else children.push(new Paragraph({ children: [new TextRun(v)] }));
}
flush();
const doc = new Document({ creator: 'Cục Lãnh sự', title: 'Báo cáo tóm tắt Hội nghị tổng kết công tác bảo hộ công dân 2023', sections: [{ children }] });
Packer.toBuffer(doc).then(b => fs.writeFileSync(out, b));
