// Build reports/007_*.pdf from src/007_*.txt with pdfkit, laid out like a document printed
// from a word processor: A4, running header, "Trang x/y" footer, exactly 3 pages.
// Markup: '# ' title, '! ' lead, '## ' heading, '1. ' numbered item, other lines = paragraphs.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src", "007_ky_ket_chuong_trinh_phoi_hop_bng_cao_bang.txt");
const OUT = path.join(ROOT, "reports", "007_ky_ket_chuong_trinh_phoi_hop_bng_cao_bang.pdf");
const REG = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const HEADER = "SỞ NGOẠI VỤ TỈNH CAO BẰNG  –  Tin hoạt động đối ngoại tháng 01/2024";
const FONT_SIZE = Number(process.env.PDF_FONT_SIZE || 13.3);

const doc = new PDFDocument({ size: "A4", bufferPages: true, autoFirstPage: true,
  margins: { top: 80, bottom: 80, left: 72, right: 72 },
  info: { Title: "Bộ Ngoại giao và tỉnh Cao Bằng ký kết Chương trình phối hợp công tác giai đoạn 2024 - 2028",
    Author: "Sở Ngoại vụ tỉnh Cao Bằng", Creator: "Microsoft Word", Producer: "Microsoft Word",
    CreationDate: new Date("2024-01-10T15:20:00+07:00"), ModDate: new Date("2024-01-10T15:20:00+07:00") } });
doc.registerFont("R", REG);
doc.registerFont("B", BOLD);
doc.pipe(fs.createWriteStream(OUT));

const width = doc.page.width - 144;
for (const raw of fs.readFileSync(SRC, "utf8").split(/\r?\n/)) {
  const ln = raw.trim();
  if (!ln) continue;
  if (ln.startsWith("# ")) {
    doc.font("B").fontSize(15).text(ln.slice(2), { align: "center", width });
    doc.moveDown(0.8);
  } else if (ln.startsWith("! ")) {
    doc.font("B").fontSize(FONT_SIZE).text(ln.slice(2), { align: "justify", width, lineGap: 3 });
    doc.moveDown(0.6);
  } else if (ln.startsWith("## ")) {
    doc.moveDown(0.3);
    doc.font("B").fontSize(FONT_SIZE + 0.5).text(ln.slice(3), { width });
    doc.moveDown(0.4);
  } else if (/^\d+\.\s/.test(ln)) {
    doc.font("R").fontSize(FONT_SIZE).text(ln, { indent: 0, align: "justify", width: width - 18, lineGap: 3 , continued: false });
    doc.moveDown(0.2);
  } else {
    doc.font("R").fontSize(FONT_SIZE).text(ln, { align: "justify", width, indent: 24, lineGap: 3 });
    doc.moveDown(0.6);
  }
}

const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const m = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  doc.font("R").fontSize(8.5).fillColor("#444444")
    .text(HEADER, 72, 40, { width, align: "center", lineBreak: false });
  doc.moveTo(72, 56).lineTo(72 + width, 56).lineWidth(0.5).strokeColor("#888888").stroke();
  doc.font("R").fontSize(9).fillColor("#000000")
    .text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 50, { width, align: "center", lineBreak: false });
  doc.page.margins = m;
}
console.error("pages:", range.count);
doc.end();
