// Build report b (.docx) with the npm package `docx`.
// Usage: node tools/make_docx.js  (run from /work/sealed/blind17)
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow,
        TableCell, WidthType, AlignmentType, Header, Footer, PageNumber } = require("docx");
const content = require(path.join(__dirname, "..", "src", "reports", "b_content.js"));

const children = [];
for (const item of content) {
  const [kind, val] = item;
  if (kind === "title") children.push(new Paragraph({ text: val, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
  else if (kind === "subtitle") children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: val, italics: true })] }));
  else if (kind === "h1") children.push(new Paragraph({ text: val, heading: HeadingLevel.HEADING_1 }));
  else if (kind === "p") children.push(new Paragraph({ children: [new TextRun(val)], spacing: { after: 120 } }));
  else if (kind === "bullet") children.push(new Paragraph({ text: val, bullet: { level: 0 } }));
  else if (kind === "caption") children.push(new Paragraph({ children: [new TextRun({ text: val, bold: true })], alignment: AlignmentType.CENTER }));
  else if (kind === "note") children.push(new Paragraph({ children: [new TextRun({ text: val, italics: true, size: 20 })] }));
  else if (kind === "table") {
    const rows = val.map((r, i) => new TableRow({
      tableHeader: i === 0,
      children: r.map(c => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 || r[0] === "Tổng cộng" })] })] })),
    }));
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    children.push(new Paragraph(""));
  } else throw new Error("unknown kind " + kind);
}

const doc = new Document({
  creator: "Văn phòng Bộ Ngoại giao",
  title: "Hội nghị Trưởng Cơ quan đại diện giữa nhiệm kỳ năm 2024",
  styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "Lưu hành nội bộ", italics: true, size: 18 })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
    children,
  }],
});
const out = path.join(__dirname, "..", "reports", "102_tong_thuat_hn_truong_cqdd_giua_nhiem_ky_2024.docx");
Packer.toBuffer(doc).then(buf => { fs.writeFileSync(out, buf); console.log("wrote", out); });
