// Build reports/006_*.docx (Word file) from src/006_danguy_pctn_2023.txt with the npm package `docx`.
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow, TableCell,
  WidthType, Footer, Header, PageNumber, LevelFormat, BorderStyle, ShadingType,
} = require("docx");
const { parse } = require("./srcparse");

const ROOT = path.resolve(__dirname, "..");
const { meta, body } = parse(path.join(ROOT, "src", "006_danguy_pctn_2023.txt"));
const OUT = path.join(ROOT, "reports", "006_danguy_pctn_2023.docx");
const FONT = "Times New Roman";

const children = [
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.title, bold: true, font: FONT, size: 32 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: meta.subtitle, italics: true, font: FONT, size: 24 })] }),
];

const border = { style: BorderStyle.SINGLE, size: 4, color: "444444" };
const borders = { top: border, bottom: border, left: border, right: border };
function cell(text, opts = {}) {
  const bold = /^\*\*.*\*\*$/.test(text) || opts.header;
  text = text.replace(/\*\*/g, "");
  return new TableCell({
    borders,
    width: { size: opts.width, type: WidthType.DXA },
    shading: opts.header ? { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" } : undefined,
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun({ text, bold, font: FONT, size: 24 })] })],
  });
}

for (const b of body) {
  if (b.type === "h2") children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.text, font: FONT })] }));
  else if (b.type === "h3") children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text, font: FONT })] }));
  else if (b.type === "p") children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, indent: { firstLine: 567 }, children: [new TextRun({ text: b.text, font: FONT, size: 26 })] }));
  else if (b.type === "bullet") children.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text: b.text, font: FONT, size: 26 })] }));
  else if (b.type === "number") children.push(new Paragraph({ numbering: { reference: "tasks", level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text: b.text, font: FONT, size: 26 })] }));
  else if (b.type === "table") {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 }, children: [new TextRun({ text: b.caption, bold: true, italics: true, font: FONT, size: 24 })] }));
    const widths = [5400, 1800, 1800];
    children.push(new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: widths,
      rows: b.rows.map((r, ri) => new TableRow({ tableHeader: ri === 0, children: r.map((c, ci) => cell(c, { header: ri === 0, width: widths[ci], right: ci > 0 && ri > 0 })) })),
    }));
    children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: "Nguồn: Ủy ban Kiểm tra Đảng ủy Bộ Ngoại giao.", italics: true, font: FONT, size: 20 })] }));
  }
}

const doc = new Document({
  creator: "Văn phòng Đảng ủy Bộ Ngoại giao",
  title: meta.title,
  description: meta.subtitle,
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  numbering: {
    config: [
      { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      { reference: "tasks", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    ],
  },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.header, size: 18, font: FONT, color: "666666" })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ text: meta.footer + " – Trang ", size: 20, font: FONT }),
      new TextRun({ children: [PageNumber.CURRENT], size: 20, font: FONT }),
      new TextRun({ text: " / ", size: 20, font: FONT }),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 20, font: FONT }),
    ] })] }) },
    children,
  }],
});

// Word stamps the save time into docProps/core.xml; use the day the note was filed,
// not the generation time, and give the zip entries the same date.
const JSZip = require("jszip");
const SAVED = new Date("2024-02-01T09:12:00+07:00");
Packer.toBuffer(doc)
  .then((buf) => JSZip.loadAsync(buf))
  .then(async (zip) => {
    let core = await zip.file("docProps/core.xml").async("string");
    core = core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${SAVED.toISOString().replace(".000", "")}`)
      .replace("<cp:lastModifiedBy>Un-named</cp:lastModifiedBy>", "<cp:lastModifiedBy>VP Đảng ủy</cp:lastModifiedBy>");
    zip.file("docProps/core.xml", core);
    zip.forEach((_, f) => { f.date = SAVED; });
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  })
  .then((buf) => { fs.writeFileSync(OUT, buf); console.log("wrote", OUT); });
