// Render src/007_seminar.txt into a 2-3 page PDF "printed from a word processor":
// running header on every page, "Trang x/y" footer, paragraphs flowing over page breaks.
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [src, out] = process.argv.slice(2);
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
const FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf";

const doc = new PDFDocument({
  size: "A4", bufferPages: true,
  margins: { top: 72, bottom: 72, left: 72, right: 66 },
  info: { Title: "Tóm tắt kết quả Hội thảo quốc tế An ninh nguồn nước Mê Công", Author: "Học viện Ngoại giao", Creator: "Microsoft® Word 2019", Producer: "Microsoft® Word 2019" },
});
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT);
doc.registerFont("B", FONT_B);
doc.registerFont("I", fs.existsSync(FONT_I) ? FONT_I : FONT);

const lines = fs.readFileSync(src, "utf8").split("\n").filter((l) => l.trim());
let runHead = "", n = 0;
const W = doc.page.width - 72 - 66;
for (const line of lines) {
  const idx = line.indexOf(":");
  const kind = line.slice(0, idx).trim();
  const text = line.slice(idx + 1).trim();
  if (kind !== "N") n = 0;
  switch (kind) {
    case "RUNHEAD": runHead = text; break;
    case "TITLE": doc.font("B").fontSize(13).text(text, { align: "center" }); break;
    case "TITLE2": doc.font("B").fontSize(12).text(text, { align: "center" }); break;
    case "SUB": doc.font("I").fontSize(11).text(text, { align: "center" }); doc.moveDown(1); break;
    case "H": doc.moveDown(0.4); doc.font("B").fontSize(11.5).text(text); doc.moveDown(0.2); break;
    case "P": doc.font("R").fontSize(11.5).text(text, { align: "justify", indent: 24, lineGap: 2.5, paragraphGap: 5 }); break;
    case "N": n++; doc.font("R").fontSize(11.5).text(`${n}. ${text}`, { align: "justify", indent: 24, lineGap: 2.5, paragraphGap: 2 }); break;
    case "SIGN": doc.moveDown(1.5); doc.font("B").fontSize(11).text(text, { align: "right" }); break;
    default: throw new Error("unknown kind " + kind);
  }
}

const range = doc.bufferedPageRange();
for (let i = 0; i < range.count; i++) {
  doc.switchToPage(i);
  const saveBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("I").fontSize(9).fillColor("#444").text(runHead, 72, 36, { width: W, align: "center", lineBreak: false });
  doc.moveTo(72, 50).lineTo(72 + W, 50).lineWidth(0.5).strokeColor("#888").stroke();
  doc.font("R").fontSize(9).fillColor("#000").text(`Trang ${i + 1}/${range.count}`, 72, doc.page.height - 48, { width: W, align: "center", lineBreak: false });
  doc.page.margins.bottom = saveBottom;
}
doc.end();
