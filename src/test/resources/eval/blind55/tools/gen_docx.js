// Render src/006_*.txt (simple markup) into a Word file with the npm package "docx".
const fs = require("fs");
const d = require("docx");
const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());

let header = "", footer = "";
const children = [];
let table = null;
const font = "Times New Roman";
const run = (t, o = {}) => new d.TextRun({ text: t, font, size: 26, ...o });

function flushTable() {
  if (!table) return;
  const rows = table.map((cells, i) => new d.TableRow({
    tableHeader: i === 0,
    children: cells.map((c, j) => new d.TableCell({
      width: { size: j === 0 ? 40 : 20, type: d.WidthType.PERCENTAGE },
      children: [new d.Paragraph({
        alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT,
        children: [run(c, { bold: i === 0 || c === "Tổng cộng" || i === table.length - 1 })],
      })],
    })),
  }));
  children.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows }));
  children.push(new d.Paragraph({ children: [run("")] }));
  table = null;
}

let h1count = 0;
for (const l of lines) {
  if (l.startsWith("|")) {
    (table = table || []).push(l.split("|").slice(1, -1).map((c) => c.trim()));
    continue;
  }
  flushTable();
  if (l.startsWith("@header ")) header = l.slice(8);
  else if (l.startsWith("@footer ")) footer = l.slice(8);
  else if (l.startsWith("# ")) {
    h1count++;
    children.push(new d.Paragraph({
      heading: h1count === 1 ? d.HeadingLevel.TITLE : d.HeadingLevel.HEADING_1,
      alignment: d.AlignmentType.CENTER,
      children: [run(l.slice(2), { bold: true, size: h1count === 1 ? 32 : 28 })],
    }));
  } else if (l.startsWith("## ")) {
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [run(l.slice(3), { bold: true })] }));
  } else if (l.startsWith("- ")) {
    children.push(new d.Paragraph({ bullet: { level: 0 }, children: [run(l.slice(2))] }));
  } else if (/^\d+\. /.test(l)) {
    children.push(new d.Paragraph({ numbering: { reference: "chuyende", level: 0 }, children: [run(l.replace(/^\d+\. /, ""))] }));
  } else if (/^(Hà Nội, ngày|PHÒNG QUẢN LÝ)/.test(l)) {
    children.push(new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [run(l, { italics: l.startsWith("Hà"), bold: !l.startsWith("Hà") })] }));
  } else {
    children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(l)] }));
  }
}
flushTable();

const doc = new d.Document({
  creator: "Phòng Quản lý đào tạo - Học viện Ngoại giao",
  title: "Báo cáo tổng kết Lớp bồi dưỡng nghiệp vụ công tác ngoại vụ địa phương khóa 12",
  numbering: { config: [{ reference: "chuyende", levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.START }] }] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 } } },
    headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [run(header, { size: 18, italics: true })] })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      run(footer + " ", { size: 18 }), new d.TextRun({ children: [d.PageNumber.CURRENT], font, size: 18 }),
      run("/", { size: 18 }), new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], font, size: 18 })] })] }) },
    children,
  }],
});
d.Packer.toBuffer(doc).then((b) => fs.writeFileSync(out, b));
