// Lay out src/007_*.txt as a PDF "printed from a word processor" with pdfkit:
// A4, DejaVu Sans, running header on every page, "Trang x/y" footer, text flowing over page breaks.
// Markup: "@header", "@meta", "# " title, "## " heading, "- " bullet, other lines = paragraphs.
// Usage: node gen_pdf.js SRC OUT
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [src, out] = process.argv.slice(2);
const REG = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const SIZE = Number(process.env.PDF_FONT_SIZE || 12.5);
const GAP = Number(process.env.PDF_LINE_GAP || 6);

const lines = fs.readFileSync(src, "utf8").split("\n").map((l) => l.replace(/\s+$/, ""));
let header = "", meta = "", title = "";
for (const l of lines) {
  if (l.startsWith("@header ")) header = l.slice(8);
  if (l.startsWith("@meta ")) meta = l.slice(6);
  if (l.startsWith("# ")) title = l.slice(2);
}

const margins = { top: 85, bottom: 85, left: 71, right: 71 };
const doc = new PDFDocument({
  size: "A4", margins, bufferPages: true,
  info: { Title: title, Author: "Phòng Thông tin - Cục Ngoại vụ", Creator: "Microsoft® Word for Microsoft 365", Producer: "Microsoft® Word for Microsoft 365" },
});
doc.registerFont("R", REG);
doc.registerFont("B", BOLD);
doc.pipe(fs.createWriteStream(out));
const width = doc.page.width - margins.left - margins.right;

for (const l of lines) {
  if (!l.trim() || l.startsWith("@")) continue;
  if (l.startsWith("# ")) {
    doc.font("B").fontSize(16).text(l.slice(2), { align: "center", lineGap: 3 });
    doc.moveDown(0.3);
    if (meta) doc.font("R").fontSize(9.5).fillColor("#555555").text(meta, { align: "center" }).fillColor("black");
    doc.moveDown(0.8);
    continue;
  }
  if (l.startsWith("## ")) {
    doc.moveDown(0.3);
    doc.font("B").fontSize(SIZE + 0.5).text(l.slice(3), { lineGap: GAP });
    doc.moveDown(0.3);
    continue;
  }
  if (l.startsWith("- ")) {
    doc.font("R").fontSize(SIZE).text("•  " + l.slice(2), margins.left + 18, doc.y, { width: width - 18, align: "justify", lineGap: GAP, indent: 0 });
    doc.x = margins.left;
    continue;
  }
  doc.font("R").fontSize(SIZE).text(l, margins.left, doc.y, { width, align: "justify", lineGap: GAP, indent: 22, paragraphGap: 6 });
}

// running header and footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#444444");
  doc.text(header, margins.left, 42, { width, align: "left", lineBreak: false });
  doc.moveTo(margins.left, 56).lineTo(doc.page.width - margins.right, 56).lineWidth(0.5).strokeColor("#888888").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, margins.left, doc.page.height - 50, { width, align: "center", lineBreak: false });
  doc.fillColor("black");
  doc.page.margins.bottom = saved;
}
doc.end();
console.log("wrote", out, "pages:", range.count);
