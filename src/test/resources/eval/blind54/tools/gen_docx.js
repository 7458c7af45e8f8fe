// Render src/006_*.src (light @-markup) into a Word document with the npm package `docx`.
// Usage: node gen_docx.js <src> <out.docx>
const fs = require("fs");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
  TableCell, WidthType, Footer, Header, PageNumber, LevelFormat, BorderStyle,
} = require("docx");

const [src, out] = process.argv.slice(2);
const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim() !== "");
const meta = {};
const children = [];
let table = null;
let caption = null;
let numberedInstance = 0;
let lastWasNumbered = false;

const run = (text, opts = {}) => new TextRun({ text, font: "Times New Roman", size: 26, ...opts });
const cell = (text, bold, align) =>
  new TableCell({
    width: { size: 25, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ alignment: align, children: [run(text, { bold, size: 24 })] })],
  });

for (const line of lines) {
  if (line.startsWith("@")) {
    const sp = line.indexOf(" ");
    const key = line.slice(1, sp === -1 ? undefined : sp);
    const val = sp === -1 ? "" : line.slice(sp + 1);
    if (key === "table") {
      table = [val.split("|")];
    } else if (key === "row") {
      table.push(val.split("|"));
    } else if (key === "endtable") {
      if (caption) {
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 },
          children: [run(caption, { bold: true, italics: true, size: 24 })] }));
      }
      const rows = table.map((r, i) => new TableRow({
        tableHeader: i === 0,
        children: r.map((c, j) => cell(c, i === 0, j === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT)),
      }));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
      table = null; caption = null;
    } else if (key === "caption") {
      caption = val;
    } else {
      meta[key] = val;
    }
    lastWasNumbered = false;
    continue;
  }
  if (line.startsWith("# ")) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 },
      children: [run(line.slice(2), { bold: true, size: 28, color: "1F3864" })] }));
    lastWasNumbered = false;
  } else if (line.startsWith("- ")) {
    children.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(line.slice(2))] }));
    lastWasNumbered = false;
  } else if (/^1\. /.test(line)) {
    if (!lastWasNumbered) numberedInstance += 1;
    children.push(new Paragraph({ numbering: { reference: "tasks", level: 0, instance: numberedInstance },
      spacing: { after: 60 }, children: [run(line.slice(3))] }));
    lastWasNumbered = true;
  } else {
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(line)] }));
    lastWasNumbered = false;
  }
}

const front = [
  new Paragraph({ alignment: AlignmentType.LEFT, children: [run(meta.org, { bold: true, size: 24 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, heading: HeadingLevel.TITLE,
    children: [run(meta.title, { bold: true, size: 32 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(meta.subtitle, { bold: true, size: 28 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(meta.meta, { italics: true, size: 24 })] }),
];
const back = [
  new Paragraph({ spacing: { before: 240 }, children: [run(meta.recipients, { italics: true, size: 22 })] }),
];

const doc = new Document({
  creator: "Cục Lãnh sự",
  title: meta.subtitle,
  description: "Báo cáo tóm tắt hội nghị",
  numbering: {
    config: [{ reference: "tasks", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
  },
  sections: [{
    properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT,
      children: [run("Tài liệu lưu hành nội bộ", { italics: true, size: 20, color: "808080" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: "999999", space: 4 } },
      children: [run(meta.footer + "  |  Trang ", { size: 20 }), new TextRun({ children: [PageNumber.CURRENT], size: 20 }),
        run("/", { size: 20 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 20 })] })] }) },
    children: [...front, ...children, ...back],
  }],
});

Packer.toBuffer(doc).then((buf) => { fs.writeFileSync(out, buf); console.log("wrote", out, buf.length, "bytes"); });
