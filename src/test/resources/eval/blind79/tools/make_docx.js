// Build reports/006_BC_so_ket_CCHC_giua_ky.docx from src/006_cchc_giua_ky.txt
// with the npm package "docx": headings, bullet and numbered lists, a table
// with numeric cells and a page footer "Trang x / y".
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType,
  Table, TableRow, TableCell, WidthType, Footer, Header, PageNumber,
  LevelFormat, BorderStyle, ShadingType,
} = require("docx");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src", "006_cchc_giua_ky.txt");
const OUT = path.join(ROOT, "reports", "006_BC_so_ket_CCHC_giua_ky.docx");

const raw = fs.readFileSync(SRC, "utf8");
const [head, rest] = raw.split("\n---\n");
const meta = {};
for (const line of head.split("\n")) {
  const i = line.indexOf(":");
  meta[line.slice(0, i).trim()] = line.slice(i + 1).trim();
}

const FONT = "Times New Roman";
const run = (text, opts = {}) => new TextRun({ text, font: FONT, size: 26, ...opts });

const children = [];
children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [run(meta.org1, { size: 24 })] }));
children.push(new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 240 },
  children: [run(meta.org2, { bold: true, size: 24 })] }));
children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER,
  children: [run(meta.title, { bold: true, size: 32 })] }));
children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 },
  children: [run(meta.subtitle, { bold: true, italics: true, size: 28 })] }));

function cell(text, { bold = false, header = false, align = AlignmentType.LEFT, width } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ alignment: align, children: [run(text, { bold: bold || header, size: 24 })] })],
  });
}

const blocks = rest.trim().split(/\n\s*\n/);
for (const block of blocks) {
  const lines = block.split("\n");
  if (block.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [run(block.slice(2), { bold: true, size: 28 })] }));
  } else if (block.startsWith("## ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 180, after: 100 },
      children: [run(block.slice(3), { bold: true, italics: true })] }));
  } else if (lines.every((l) => l.startsWith("- "))) {
    for (const l of lines) {
      children.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 60 },
        children: [run(l.slice(2))] }));
    }
  } else if (lines.every((l) => /^\d+\. /.test(l))) {
    for (const l of lines) {
      children.push(new Paragraph({ numbering: { reference: "tasks", level: 0 }, spacing: { after: 60 },
        children: [run(l.replace(/^\d+\. /, ""))] }));
    }
  } else if (lines.every((l) => l.startsWith("| "))) {
    const widths = [5000, 2000, 2300];
    const rows = lines.map((l, r) => {
      const cells = l.slice(2).split(" | ").map((c) => c.trim());
      return new TableRow({
        tableHeader: r === 0,
        children: cells.map((c, i) => cell(c, {
          header: r === 0,
          align: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          width: widths[i],
        })),
      });
    });
    children.push(new Table({ width: { size: 9300, type: WidthType.DXA }, columnWidths: widths, rows }));
    children.push(new Paragraph({ spacing: { after: 120 }, children: [run("Nguồn: Văn phòng Bộ tổng hợp từ báo cáo của các đơn vị.", { italics: true, size: 22 })] }));
  } else if (block.startsWith("Bảng ")) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 },
      children: [run(block, { bold: true, size: 24 })] }));
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 300 },
      indent: { firstLine: 567 }, children: [run(block.replace(/\n/g, " "))] }));
  }
}

const doc = new Document({
  creator: meta.author,
  title: meta.subtitle,
  description: "Thông tin tóm tắt Hội nghị sơ kết giữa kỳ CCHC",
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  numbering: {
    config: [
      { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      { reference: "tasks", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    ],
  },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "999999", space: 4 } },
      children: [run("Hội nghị sơ kết giữa kỳ CCHC giai đoạn 2021-2025", { italics: true, size: 20, color: "555555" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      run(meta.footer_left + "    ", { size: 20, color: "555555" }),
      run("Trang ", { size: 20 }),
      new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 20 }),
      run(" / ", { size: 20 }),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 20 }),
    ] })] }) },
    children,
  }],
});

Packer.toBuffer(doc).then((buf) => {
  fs.writeFileSync(OUT, buf);
  console.log("wrote", OUT, buf.length, "bytes");
});
