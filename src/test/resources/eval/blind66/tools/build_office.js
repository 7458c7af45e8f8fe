// Build the Word (.docx) and PDF reports from src/006_docx.src and src/007_pdf.src.
// Needs: npm install docx pdfkit (done by build_all.sh).
const fs = require("fs");
const path = require("path");
const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const OUT = path.join(ROOT, "reports");

function parse(name) {
  const meta = {};
  const blocks = []; // {type, text|rows|items}
  const lines = fs.readFileSync(path.join(SRC, name), "utf8").split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trimEnd();
    const m = line.match(/^@(\w+):\s?(.*)$/);
    if (m) { meta[m[1]] = m[2]; continue; }
    if (!line.trim()) { blocks.push({ type: "blank" }); continue; }
    if (line.startsWith("# ")) blocks.push({ type: "h1", text: line.slice(2) });
    else if (line.startsWith("## ")) blocks.push({ type: "h2", text: line.slice(3) });
    else if (line.startsWith("- ")) blocks.push({ type: "bullet", text: line.slice(2) });
    else if (/^\d+\. /.test(line)) blocks.push({ type: "num", text: line.replace(/^\d+\. /, "") });
    else if (line.startsWith("!table: ")) blocks.push({ type: "tcap", text: line.slice(8) });
    else if (line.startsWith("|")) blocks.push({ type: "row", cells: line.split("|").slice(1, -1).map((c) => c.trim()) });
    else blocks.push({ type: "p", text: line });
  }
  return { meta, blocks: blocks.filter((b) => b.type !== "blank") };
}

async function buildDocx() {
  const d = require("docx");
  const { meta, blocks } = parse("006_docx.src");
  const children = [];
  let rows = [];
  const flushTable = () => {
    if (!rows.length) return;
    children.push(new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: rows.map((cells, i) => new d.TableRow({
        tableHeader: i === 0,
        children: cells.map((c, j) => new d.TableCell({
          width: { size: j === 0 ? 52 : 16, type: d.WidthType.PERCENTAGE },
          shading: i === 0 ? { fill: "D9E2F3", type: d.ShadingType.CLEAR, color: "auto" } : undefined,
          children: [new d.Paragraph({
            alignment: j === 0 ? d.AlignmentType.LEFT : d.AlignmentType.RIGHT,
            children: [new d.TextRun({ text: c, bold: i === 0, size: 22 })],
          })],
        })),
      })),
    }));
    rows = [];
  };
  let numInstance = 0;
  let lastType = "";
  for (const b of blocks) {
    if (b.type !== "row") flushTable();
    if (b.type === "num" && lastType !== "num") numInstance += 1;
    lastType = b.type;
    switch (b.type) {
      case "h1":
        children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: b.text, bold: true, size: 30 })] }));
        break;
      case "h2":
        children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new d.TextRun({ text: b.text })] }));
        break;
      case "bullet":
        children.push(new d.Paragraph({ bullet: { level: 0 }, children: [new d.TextRun({ text: b.text, size: 24 })] }));
        break;
      case "num":
        children.push(new d.Paragraph({ numbering: { reference: "tasks", level: 0, instance: numInstance }, children: [new d.TextRun({ text: b.text, size: 24 })] }));
        break;
      case "tcap":
        children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [new d.TextRun({ text: b.text, bold: true, italics: true, size: 22 })] }));
        break;
      case "row":
        rows.push(b.cells);
        break;
      default:
        children.push(new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new d.TextRun({ text: b.text, size: 24 })] }));
    }
  }
  flushTable();
  const doc = new d.Document({
    creator: "Văn phòng Bộ Ngoại giao",
    title: "Tài liệu tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2023",
    styles: { default: { document: { run: { font: "Times New Roman" } } } },
    numbering: { config: [{ reference: "tasks", levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.", alignment: d.AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
      headers: { default: new d.Header({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: meta.header, size: 18, italics: true })] })] }) },
      footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
        new d.TextRun({ text: meta.footer + "    –    Trang ", size: 18 }),
        new d.TextRun({ children: [d.PageNumber.CURRENT], size: 18 }),
        new d.TextRun({ text: "/", size: 18 }),
        new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES], size: 18 }),
      ] })] }) },
      children,
    }],
  });
  const buf = await d.Packer.toBuffer(doc);
  fs.writeFileSync(path.join(OUT, meta.out), buf);
  console.log("built", meta.out);
}

function buildPdf() {
  const PDFDocument = require("pdfkit");
  const { meta, blocks } = parse("007_pdf.src");
  const font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  const bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 70, right: 62 }, bufferPages: true,
    info: { Title: meta.title, Author: "Sở Ngoại vụ tỉnh Quảng Trị", Creator: "Microsoft Word", Producer: "Microsoft Word for Microsoft 365" } });
  const out = fs.createWriteStream(path.join(OUT, meta.out));
  doc.pipe(out);
  doc.registerFont("R", font);
  doc.registerFont("B", bold);
  doc.font("B").fontSize(13).text(meta.title, { align: "center" });
  doc.font("R").fontSize(9.5).text(meta.subtitle, { align: "center" });
  doc.moveDown(1);
  let n = 0;
  let last = "";
  for (const b of blocks) {
    if (b.type === "num" && last !== "num") n = 0;
    last = b.type;
    if (b.type === "h2") { doc.moveDown(0.4); doc.font("B").fontSize(11.5).text(b.text); doc.moveDown(0.25); }
    else if (b.type === "bullet") doc.font("R").fontSize(10.5).text("•  " + b.text, { indent: 14, align: "justify", lineGap: 2, paragraphGap: 3 });
    else if (b.type === "num") { n += 1; doc.font("R").fontSize(10.5).text(`${n}. ` + b.text, { indent: 14, align: "justify", lineGap: 2, paragraphGap: 3 }); }
    else if (/^(Quảng Trị, ngày|SỞ NGOẠI VỤ)/.test(b.text)) doc.font(b.text.startsWith("SỞ") ? "B" : "R").fontSize(10.5).text(b.text, { align: "right" });
    else doc.font("R").fontSize(10.5).text(b.text, { align: "justify", lineGap: 2, paragraphGap: 6, indent: 18 });
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const m = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: m.left, right: m.right };
    doc.font("R").fontSize(8.5).fillColor("#444").text(meta.header, m.left, 36, { width: doc.page.width - m.left - m.right, align: "center", lineBreak: false });
    doc.moveTo(m.left, 50).lineTo(doc.page.width - m.right, 50).lineWidth(0.5).stroke("#888");
    doc.font("R").fontSize(9).fillColor("#000").text(`Trang ${i + 1}/${range.count}`, m.left, doc.page.height - 48, { width: doc.page.width - m.left - m.right, align: "center", lineBreak: false });
    doc.page.margins = m;
  }
  doc.end();
  return new Promise((res) => out.on("finish", () => { console.log("built", meta.out, "pages:", range.count); res(); }));
}

(async () => {
  await buildDocx();
  await buildPdf();
})();
