// Builds reports/103_ban_tin_hvng_hoi_thao_ngkt_2024.pdf with npm "pdfkit" and DejaVu fonts.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";
const out = path.join(__dirname, "..", "reports", "103_ban_tin_hvng_hoi_thao_ngkt_2024.pdf");

const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 64, right: 64 }, bufferPages: true,
  info: { Title: "Bản tin Học viện Ngoại giao - Số 10/2024", Author: "Học viện Ngoại giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT); doc.registerFont("B", FONT_B); doc.registerFont("I", FONT_I);

const para = (t) => { doc.font("R").fontSize(11).text(t, { align: "justify", lineGap: 3 }); doc.moveDown(0.6); };
const head = (t) => { doc.moveDown(0.3); doc.font("B").fontSize(12).text(t); doc.moveDown(0.4); };

doc.font("B").fontSize(17).text("Hội thảo khoa học quốc gia “Ngoại giao kinh tế phục vụ phát triển trong giai đoạn mới”", { align: "center" });
doc.moveDown(0.5);
doc.font("I").fontSize(10).text("Ban Biên tập Bản tin - Hà Nội, 28/10/2024", { align: "center" });
doc.moveDown(1);

para("Trong hai ngày 24 và 25/10/2024, tại Học viện Ngoại giao (69 Chùa Láng, Đống Đa, Hà Nội), Học viện Ngoại giao phối hợp với Vụ Tổng hợp kinh tế, Bộ Ngoại giao tổ chức Hội thảo khoa học quốc gia “Ngoại giao kinh tế phục vụ phát triển trong giai đoạn mới”. Hội thảo thu hút 260 đại biểu là các nhà nghiên cứu, nhà ngoại giao, đại diện các bộ, ngành, địa phương, hiệp hội doanh nghiệp và sinh viên, với 38 tham luận được gửi tới Ban tổ chức.");

head("Khai mạc và phát biểu đề dẫn");
para("Phát biểu khai mạc, Giám đốc Học viện Ngoại giao Vũ Hải Đăng nhấn mạnh Hội thảo là dịp nhìn lại hơn 5 năm triển khai Chỉ thị số 15-CT/TW của Ban Bí thư về công tác ngoại giao kinh tế phục vụ phát triển đất nước, đồng thời đề xuất những định hướng mới cho giai đoạn tới. “Ngoại giao kinh tế không còn là câu chuyện riêng của ngành ngoại giao, mà là công việc của cả hệ thống chính trị, của từng địa phương và từng doanh nghiệp”, Giám đốc Vũ Hải Đăng nói.");
para("Thứ trưởng Ngoại giao Phan Đức Thịnh trình bày tham luận đề dẫn. Thứ trưởng cho biết trong năm 2023 và 9 tháng năm 2024, các cơ quan đại diện Việt Nam ở nước ngoài đã hỗ trợ tổ chức hơn 1.100 hoạt động xúc tiến thương mại, đầu tư, du lịch và kết nối cho 47 tỉnh, thành phố. Theo Thứ trưởng, ngoại giao kinh tế cần chuyển mạnh từ “mở cửa thị trường” sang “nâng cấp vị trí của Việt Nam trong chuỗi giá trị”, trong đó chú trọng các ngành bán dẫn, năng lượng tái tạo, kinh tế số và đổi mới sáng tạo. “Thước đo của ngoại giao kinh tế là dự án đi vào hoạt động, là đơn hàng được ký, là việc làm cho người lao động, chứ không phải số lượng hội nghị chúng ta tổ chức”, Thứ trưởng Phan Đức Thịnh nhấn mạnh.");

head("Ba phiên thảo luận");
para("Hội thảo được chia thành ba phiên: phiên thứ nhất về ngoại giao kinh tế và thu hút đầu tư nước ngoài thế hệ mới; phiên thứ hai về ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp; phiên thứ ba về kinh tế số, kinh tế xanh và các xu thế mới.");
para("Tại phiên thứ nhất, nguyên Đại sứ Việt Nam tại Nhật Bản Trương Quang Vinh chia sẻ kinh nghiệm vận động các tập đoàn lớn của Nhật Bản đầu tư vào Việt Nam. Ông cho rằng nhà đầu tư thế hệ mới quan tâm trước hết đến nguồn nhân lực chất lượng cao, hạ tầng năng lượng sạch và sự ổn định, minh bạch của chính sách, hơn là các ưu đãi về thuế. Ông dẫn chứng trong số 10 dự án lớn mà ông trực tiếp theo dõi trong nhiệm kỳ, có tới 7 dự án hỏi về khả năng cung cấp điện tái tạo ngay từ vòng khảo sát đầu tiên.");
para("Tại phiên thứ hai, PGS.TS Đinh Thu Hà, Trưởng khoa Kinh tế quốc tế, Học viện Ngoại giao, công bố kết quả khảo sát 320 doanh nghiệp về mức độ hài lòng đối với hoạt động hỗ trợ của các cơ quan đại diện. Theo khảo sát, 64% doanh nghiệp đánh giá hỗ trợ của cơ quan đại diện là “hữu ích” hoặc “rất hữu ích”, nhưng chỉ 29% doanh nghiệp từng chủ động liên hệ với cơ quan đại diện trước khi thâm nhập một thị trường mới. Nhóm nghiên cứu cũng nhận thấy doanh nghiệp nhỏ và vừa gặp khó khăn nhất trong việc tiếp cận thông tin về tiêu chuẩn kỹ thuật, quy định truy xuất nguồn gốc và các rào cản phi thuế quan tại các thị trường khó tính. Từ đó, PGS.TS Đinh Thu Hà kiến nghị xây dựng một cổng thông tin thị trường thống nhất do Bộ Ngoại giao chủ trì, cập nhật hằng tháng các báo cáo của cơ quan đại diện, có phiên bản dành riêng cho doanh nghiệp nhỏ và vừa, đồng thời tổ chức định kỳ các buổi đối thoại trực tuyến giữa doanh nghiệp với Đại sứ, Trưởng cơ quan đại diện trước mỗi chuyến công tác xúc tiến.");
para("Đại diện các địa phương, ông Lê Văn Sáu, Giám đốc Sở Ngoại vụ tỉnh Bình Định, chia sẻ mô hình “đại sứ đồng hành với địa phương”, qua đó tỉnh đã đón 19 đoàn nhà đầu tư do các cơ quan đại diện giới thiệu trong năm 2024.");
para("Tại phiên thứ ba, các chuyên gia thảo luận về cơ chế điều chỉnh biên giới carbon của Liên minh châu Âu (CBAM), thương mại điện tử xuyên biên giới và cơ hội trong chuỗi cung ứng bán dẫn. Nhiều ý kiến đề nghị các cơ quan đại diện tăng cường cảnh báo sớm về các quy định mới của thị trường nhập khẩu để doanh nghiệp kịp thời thích ứng.");

head("Kiến nghị và bế mạc");
para("Bế mạc Hội thảo chiều 25/10, Phó Giám đốc Học viện Ngoại giao Nguyễn Thị Lan Phương tổng hợp bảy nhóm kiến nghị, gồm: (1) hoàn thiện thể chế phối hợp ngoại giao kinh tế giữa các bộ, ngành, địa phương; (2) xây dựng cổng thông tin thị trường thống nhất; (3) thiết lập bộ chỉ số đánh giá hiệu quả ngoại giao kinh tế; (4) tăng cường đào tạo kỹ năng kinh tế cho cán bộ ngoại giao; (5) huy động trí thức, doanh nhân kiều bào làm cầu nối; (6) chủ động cảnh báo sớm về rào cản thương mại mới; (7) đẩy mạnh ngoại giao kinh tế trong các lĩnh vực công nghệ cao và chuyển đổi xanh.");
para("Phó Giám đốc Nguyễn Thị Lan Phương cho biết các tham luận tiêu biểu sẽ được tuyển chọn in trong kỷ yếu, dự kiến phát hành vào tháng 12/2024, và các kiến nghị sẽ được Học viện tổng hợp gửi Lãnh đạo Bộ Ngoại giao. Học viện Ngoại giao cũng sẽ mở thêm học phần “Ngoại giao kinh tế thực hành” cho chương trình đào tạo thạc sĩ từ năm học 2025 - 2026.");
para("Bên lề Hội thảo, Học viện Ngoại giao và Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đã ký biên bản ghi nhớ hợp tác về nghiên cứu và đào tạo kỹ năng kinh tế đối ngoại cho cán bộ doanh nghiệp.");

// running header and "Trang x/y" footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("I").fontSize(8.5).fillColor("#555")
    .text("BẢN TIN HỌC VIỆN NGOẠI GIAO · Số 10/2024 · Lưu hành nội bộ", 64, 36, { width: doc.page.width - 128, align: "center" });
  doc.moveTo(64, 50).lineTo(doc.page.width - 64, 50).strokeColor("#999").stroke();
  doc.font("R").fontSize(9).fillColor("#000")
    .text(`Trang ${i + 1}/${range.count}`, 64, doc.page.height - 44, { width: doc.page.width - 128, align: "center" });
  doc.page.margins.bottom = savedBottom;
}
doc.end();
console.log("wrote", out);
