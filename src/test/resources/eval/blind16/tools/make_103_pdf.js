// Builds reports/103_hoi_thao_unclos_2024.pdf with npm "pdfkit" and a DejaVu font.
const fs = require("fs");
const path = require("path");
const PDFDocument = require("pdfkit");

const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
const out = path.join(__dirname, "..", "reports", "103_hoi_thao_unclos_2024.pdf");

const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 64, right: 64 }, bufferPages: true,
  info: { Title: "Bản tin Học viện Ngoại giao số 42", Author: "Học viện Ngoại giao" } });
doc.pipe(fs.createWriteStream(out));
doc.registerFont("R", FONT);
doc.registerFont("B", BOLD);

const para = (t) => { doc.font("R").fontSize(11.5).text(t, { align: "justify", lineGap: 3 }); doc.moveDown(0.6); };
const head = (t) => { doc.moveDown(0.3); doc.font("B").fontSize(12.5).text(t); doc.moveDown(0.4); };

doc.font("B").fontSize(17).text("Hội thảo quốc tế “UNCLOS 1982 – Nền tảng của trật tự pháp lý trên biển”: ba ngày đối thoại tại Nha Trang", { align: "left" });
doc.moveDown(0.5);
doc.font("R").fontSize(10).fillColor("#555").text("Ban Biên tập Bản tin – Học viện Ngoại giao | Phát hành ngày 04/11/2024");
doc.fillColor("black").moveDown(1);

para("Từ ngày 23 đến 25/10/2024, tại Trung tâm Hội nghị tỉnh Khánh Hòa, thành phố Nha Trang, Học viện Ngoại giao phối hợp với Hội Luật gia Việt Nam và Ủy ban nhân dân tỉnh Khánh Hòa tổ chức Hội thảo quốc tế “UNCLOS 1982 – Nền tảng của trật tự pháp lý trên biển”. Đây là lần đầu tiên hội thảo được tổ chức tại Nha Trang, thu hút 420 đại biểu dự trực tiếp và khoảng 2.300 người theo dõi trực tuyến, đến từ 38 quốc gia và vùng lãnh thổ. Chương trình gồm 8 phiên thảo luận với 56 diễn giả là các học giả, nhà ngoại giao, chuyên gia luật biển và đại diện các tổ chức quốc tế.");

head("Khai mạc: “Luật pháp quốc tế là điểm tựa của các nước vừa và nhỏ”");
para("Phát biểu khai mạc sáng 23/10, Thứ trưởng Bộ Ngoại giao Lưu Hoàng Yến khẳng định Việt Nam luôn coi Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS) là “hiến pháp của đại dương”, là cơ sở pháp lý toàn diện cho mọi hoạt động trên biển. “Luật pháp quốc tế là điểm tựa của các nước vừa và nhỏ. Tôn trọng UNCLOS không phải là sự lựa chọn, mà là nghĩa vụ của mọi quốc gia thành viên”, Thứ trưởng nhấn mạnh. Thứ trưởng cũng cho biết Việt Nam đang tích cực hoàn tất các thủ tục để phê chuẩn Hiệp định về đa dạng sinh học biển ở vùng nằm ngoài quyền tài phán quốc gia (BBNJ).");
para("Phó Chủ tịch UBND tỉnh Khánh Hòa Lê Minh Tuấn chào mừng các đại biểu và giới thiệu tiềm năng kinh tế biển của tỉnh, trong đó Khánh Hòa đặt mục tiêu kinh tế biển đóng góp khoảng 60% GRDP vào năm 2030.");

head("Các phiên thảo luận ngày thứ nhất và thứ hai");
para("Phiên 1 với chủ đề “Khung pháp lý UNCLOS trước các thách thức mới” do Giám đốc Học viện Ngoại giao Đỗ Hải Yến chủ trì. Bài phát biểu dẫn đề của Thẩm phán Tòa án Quốc tế về Luật Biển (ITLOS) Rafael Costa Almeida nhấn mạnh rằng các ý kiến tư vấn gần đây của các cơ quan tài phán quốc tế đã góp phần làm rõ nghĩa vụ của các quốc gia trong bảo vệ môi trường biển. Ông cho rằng “UNCLOS là một văn kiện sống, đủ linh hoạt để trả lời những câu hỏi mà các nhà soạn thảo năm 1982 chưa thể hình dung”.");
para("Phiên 2 “Nước biển dâng và sự ổn định của đường cơ sở” do Giáo sư Helena Marsh, Đại học Quốc gia Australia, chủ trì. Các diễn giả từ các quốc đảo Thái Bình Dương cảnh báo rằng mực nước biển có thể dâng thêm từ 0,3 đến 1 mét vào cuối thế kỷ, đe dọa trực tiếp đến các vùng biển được xác lập theo UNCLOS. Đa số ý kiến ủng hộ quan điểm giữ nguyên các đường cơ sở và ranh giới biển đã được công bố, bất chấp những thay đổi vật lý của bờ biển.");
para("Phiên 3 “An ninh hàng hải, tự do hàng hải và hàng không” và Phiên 4 “Hiệp định BBNJ: từ ký kết đến thực thi” diễn ra trong chiều 23/10. Phiên 4 do Tiến sĩ Phan Quốc Duy, Viện trưởng Viện Biển Đông thuộc Học viện Ngoại giao, chủ trì. Tiến sĩ Phan Quốc Duy cho biết đến thời điểm hội thảo đã có hơn 100 quốc gia ký Hiệp định BBNJ, và Hiệp định sẽ có hiệu lực sau khi có 60 nước phê chuẩn. Trong thảo luận, nhiều chuyên gia cho rằng các nước đang phát triển cần được hỗ trợ về năng lực và chuyển giao công nghệ biển để có thể thực thi hiệu quả các nghĩa vụ theo Hiệp định, đặc biệt trong việc đánh giá tác động môi trường đối với các hoạt động ở vùng biển quốc tế, chia sẻ lợi ích từ nguồn gen biển và thiết lập các khu bảo tồn biển xuyên biên giới. Các đại biểu cũng nhất trí rằng hợp tác khu vực, trong đó có hợp tác trong khuôn khổ ASEAN, sẽ là chìa khóa để bảo đảm Hiệp định đi vào cuộc sống, tránh tình trạng các cam kết chỉ dừng lại trên giấy. Kết thúc phiên, Tiến sĩ Phan Quốc Duy đề xuất thành lập một mạng lưới các viện nghiên cứu biển trong khu vực để chia sẻ dữ liệu khoa học phục vụ thực thi Hiệp định.");
para("Ngày 24/10 dành cho các Phiên 5 đến 8, tập trung vào tình hình Biển Đông, tiến trình đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC) giữa ASEAN và Trung Quốc, hợp tác nghề cá và bảo vệ môi trường biển, cùng vai trò của các cơ chế giải quyết tranh chấp hòa bình. Phiên 6 về COC do Đại sứ Nguyễn Trọng Khiêm, nguyên Trưởng đoàn đàm phán, chủ trì. Các diễn giả nhất trí rằng COC cần thực chất, hiệu quả và phù hợp với luật pháp quốc tế, trong đó có UNCLOS. Phiên 8 về hợp tác nghề cá ghi nhận đề xuất thành lập một đường dây nóng nghề cá giữa các nước ven Biển Đông.");

head("Ngày thứ ba: thực địa và bế mạc");
para("Sáng 25/10, các đại biểu tham quan Viện Hải dương học Nha Trang và nghe giới thiệu về chương trình quan trắc rạn san hô. Buổi bế mạc diễn ra vào trưa cùng ngày. Phát biểu bế mạc, Giám đốc Học viện Ngoại giao Đỗ Hải Yến tổng kết hội thảo đã ghi nhận 3 thông điệp lớn: khẳng định giá trị phổ quát của UNCLOS; cần bảo vệ sự ổn định của các vùng biển trước biến đổi khí hậu; và thúc đẩy các biện pháp xây dựng lòng tin trên biển. Bà cho biết Học viện sẽ xuất bản kỷ yếu hội thảo gồm 42 bài tham luận vào quý I/2025.");
para("Nhân dịp hội thảo, Học viện Ngoại giao và Đại học Quốc gia Australia đã ký Biên bản ghi nhớ về hợp tác nghiên cứu luật biển giai đoạn 2025–2027, với tổng kinh phí dự kiến 450.000 đô la Australia. Hai bên thống nhất mỗi năm trao đổi 6 nghiên cứu viên và đồng tổ chức một khóa học mùa hè về luật biển cho cán bộ trẻ các nước ASEAN.");

head("Đánh giá của ban tổ chức");
para("Theo ban tổ chức, 87% đại biểu tham gia khảo sát đánh giá chất lượng hội thảo ở mức “tốt” hoặc “rất tốt”. Trưởng ban tổ chức, Phó Giám đốc Học viện Ngoại giao Vũ Thanh Bình, cho biết hội thảo năm sau dự kiến được tổ chức tại thành phố Quy Nhơn, tỉnh Bình Định, với trọng tâm là khoa học biển và chuyển đổi xanh trong kinh tế biển.");

// running header and "Trang x/y" footer on every page
const range = doc.bufferedPageRange();
for (let i = range.start; i < range.start + range.count; i++) {
  doc.switchToPage(i);
  const oldBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font("R").fontSize(8.5).fillColor("#333")
    .text("BẢN TIN HỌC VIỆN NGOẠI GIAO – Số 42 (11/2024)", 64, 36, { width: doc.page.width - 128, align: "left", lineBreak: false });
  doc.moveTo(64, 50).lineTo(doc.page.width - 64, 50).strokeColor("#999").stroke();
  doc.text(`Trang ${i + 1}/${range.count}`, 64, doc.page.height - 45, { width: doc.page.width - 128, align: "center", lineBreak: false });
  doc.page.margins.bottom = oldBottom;
}
doc.end();
console.log("wrote", out, "pages:", range.count);
