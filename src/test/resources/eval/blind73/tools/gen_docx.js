// Build the Word report (006) from its source text with the npm package `docx`.
const fs = require("fs");
const d = require("docx");
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());
const children = [];
let table = null;
const FONT = "Times New Roman";
const run = (text, o = {}) => new d.TextRun({ text, font: FONT, size: 26, ...o });
function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new d.TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new d.TableCell({
      width: { size: j === 0 ? 2200 : 1500, type: d.WidthType.DXA },
      children: [new d.Paragraph({
        alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT,
        children: [run(c, { bold: i === 0 || i === table.length - 1, size: 22 })],
      })],
    })),
  }));
  children.push(new d.Table({ rows, width: { size: 100, type: d.WidthType.PERCENTAGE } }));
  children.push(new d.Paragraph({ children: [run("Bảng 1. Số hồ sơ tiếp nhận năm 2023 theo điểm tiếp nhận", { italics: true, size: 22 })], alignment: d.AlignmentType.CENTER }));
  table = null;
}
for (const l of lines) {
  if (l.startsWith("|")) { (table = table || []).push(l.slice(1).split("|")); continue; }
  flushTable();
  if (l.startsWith("#T ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(l.slice(3), { bold: true })] }));
  else if (l.startsWith("#S ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(l.slice(3), { italics: true })] }));
  else if (l.startsWith("#E ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, spacing: { before: 400 }, children: [run(l.slice(3), { bold: true })] }));
  else if (l.startsWith("## ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(l.slice(3), { bold: true })] }));
  else if (l.startsWith("# ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, alignment: d.AlignmentType.CENTER, children: [run(l.slice(2), { bold: true, size: 30 })] }));
  else if (l.startsWith("- ")) children.push(new d.Paragraph({ bullet: { level: 0 }, children: [run(l.slice(2))] }));
  else if (/^\d+\. /.test(l)) children.push(new d.Paragraph({ numbering: { reference: "kl", level: 0 }, children: [run(l.replace(/^\d+\. /, ""))] }));
  else children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(l)] }));
}
flushTable();
const doc = new d.Document({
  creator: "Cục Lãnh sự",
  title: "Báo cáo sơ kết một năm thí điểm mô hình một cửa",
  numbering: { config: [{ reference: "kl", levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.LEFT }] }] },
  sections: [{
    properties: {},
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      run("Trang ", { size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 20 }),
      run(" / ", { size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: FONT, size: 20 }),
    ] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then((b) => fs.writeFileSync(out, b));
