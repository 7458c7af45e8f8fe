// Build reports/006_*.docx from src/006_bao_ho_cong_dan.txt with the npm package `docx`.
// Markup: TITLE:/SUBTITLE:, "# " Heading 1, "## " Heading 2, "- " bullet, "N. " numbered,
// "P: " paragraph, "TABLE: caption" followed by "a | b | c" rows (first row = header).
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell,
  WidthType, AlignmentType, LevelFormat, Footer, PageNumber, Header,
} = require("docx");

const root = path.resolve(__dirname, "..");
const lines = fs.readFileSync(path.join(root, "src/006_bao_ho_cong_dan.txt"), "utf8").split("\n");
const children = [];
let i = 0;
const font = "Times New Roman";
while (i < lines.length) {
  const line = lines[i];
  if (!line.trim()) { i++; continue; }
  if (line.startsWith("TITLE: ")) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(7), bold: true, font, size: 30 })] }));
  } else if (line.startsWith("SUBTITLE: ")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: line.slice(10), italics: true, font, size: 24 })] }));
  } else if (line.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: line.slice(3), font })] }));
  } else if (line.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: line.slice(2), font })] }));
  } else if (line.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: line.slice(2), font, size: 26 })] }));
  } else if (/^\d+\. /.test(line)) {
    children.push(new Paragraph({ numbering: { reference: "tasks", level: 0 },
      children: [new TextRun({ text: line.replace(/^\d+\. /, ""), font, size: 26 })] }));
  } else if (line.startsWith("P: ")) {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 },
      children: [new TextRun({ text: line.slice(3), font, size: 26 })] }));
  } else if (line.startsWith("TABLE: ")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: line.slice(7), bold: true, italics: true, font, size: 24 })] }));
    const rows = [];
    i++;
    while (i < lines.length && lines[i].includes(" | ")) {
      const cells = lines[i].split(" | ").map((s) => s.trim());
      const header = rows.length === 0;
      rows.push(new TableRow({ tableHeader: header, children: cells.map((c, k) => new TableCell({
        width: { size: k === 0 ? 5200 : 2000, type: WidthType.DXA },
        children: [new Paragraph({ alignment: k === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text: c, bold: header || c === "Tổng cộng", font, size: 24 })] })],
      })) }));
      i++;
    }
    children.push(new Table({ width: { size: 9200, type: WidthType.DXA }, rows }));
    children.push(new Paragraph({ text: "" }));
    continue;
  } else {
    throw new Error("unknown line: " + line);
  }
  i++;
}

const doc = new Document({
  creator: "Cục Lãnh sự",
  title: "Tóm tắt Hội nghị tổng kết công tác lãnh sự và bảo hộ công dân năm 2023",
  numbering: { config: [{ reference: "tasks", levels: [{ level: 0, format: LevelFormat.DECIMAL,
    text: "%1.", alignment: AlignmentType.START }] }] },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: "Cục Lãnh sự - Tài liệu nội bộ", italics: true, size: 18, font })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, font })] })] }) },
    children,
  }],
});
const out = path.join(root, "reports/006_cuc-lanh-su_tom-tat-hoi-nghi-bao-ho-cong-dan-2023.docx");
Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(out, buf); console.log("wrote", out); });
