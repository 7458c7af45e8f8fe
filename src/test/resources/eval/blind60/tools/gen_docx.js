// Render src/006_forum_report.txt into a Word document (npm package "docx").
const fs = require("fs");
const d = require("docx");
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n");
const FONT = "Times New Roman";
const children = [];
let header = "";
let table = null, caption = null;
let sectionNo = 0; // numbered lists restart under each H1

function run(text, opts = {}) { return new d.TextRun({ text, font: FONT, size: 26, ...opts }); }
function flushTable() {
  if (!table) return;
  if (caption) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [run(caption, { bold: true, italics: true })] }));
  const rows = table.map((cells, ri) => new d.TableRow({
    tableHeader: ri === 0,
    children: cells.map((c, ci) => new d.TableCell({
      width: { size: ci === 0 ? 40 : 20, type: d.WidthType.PERCENTAGE },
      shading: ri === 0 ? { fill: "D9E2F3", type: d.ShadingType.CLEAR, color: "auto" } : undefined,
      children: [new d.Paragraph({
        alignment: ci === 0 ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
        children: [run(c, { bold: ri === 0 || /^Tổng/.test(cells[0]), size: 24 })] })],
    })),
  }));
  children.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows }));
  children.push(new d.Paragraph({ children: [] }));
  table = null; caption = null;
}
for (const raw of lines) {
  const line = raw.trimEnd();
  if (!line) continue;
  if (line.startsWith("| ")) { (table = table || []).push(line.slice(2).split(" | ").map(s => s.trim())); continue; }
  flushTable();
  if (line.startsWith("@header ")) header = line.slice(8);
  else if (line.startsWith("@caption ")) caption = line.slice(9);
  else if (line.startsWith("@right ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, spacing: { after: 120 }, children: [run(line.slice(7), { italics: !/^[A-ZĐỦ ]+$/.test(line.slice(7)), bold: /^[A-ZĐỦỞƯỚỆÀ ]+$/.test(line.slice(7)) })] }));
  else if (line.startsWith("@title ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, children: [run(line.slice(7), { bold: true, size: 32 })] }));
  else if (line.startsWith("@subtitle ")) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 120 }, children: [run(line.slice(10), { bold: !line.includes("Chủ đề"), italics: line.includes("Chủ đề") })] }));
  else if (line.startsWith("# ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [run(line.slice(2), { bold: true, size: 28 })] }));
  else if (line.startsWith("## ")) children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, spacing: { before: 160, after: 80 }, children: [run(line.slice(3), { bold: true, italics: true })] }));
  else if (line.startsWith("- ")) children.push(new d.Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(line.slice(2))] }));
  else if (/^\d+\. /.test(line)) children.push(new d.Paragraph({ numbering: { reference: "num-" + sectionNo, level: 0 }, spacing: { after: 60 }, children: [run(line.replace(/^\d+\. /, ""))] }));
  else children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 300 }, children: [run(line)] }));
  if (line.startsWith("# ")) sectionNo++;
}
flushTable();

const numbering = { config: [...Array(8).keys()].map(i => ({ reference: "num-" + i, levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] })) };
const doc = new d.Document({
  creator: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
  title: "Báo cáo tóm tắt Diễn đàn Trí thức, chuyên gia người Việt Nam ở nước ngoài lần thứ 4",
  numbering,
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(header, { size: 20, italics: true })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run("Trang ", { size: 20 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 20 }), run(" / ", { size: 20 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font: FONT, size: 20 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => fs.writeFileSync(out, buf));
