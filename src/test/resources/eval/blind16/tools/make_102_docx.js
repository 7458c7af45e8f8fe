// Builds reports/102_hoi_nghi_lanh_su_2024.docx with npm "docx".
const fs = require("fs");
const path = require("path");
const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = require("docx");

const P = (t) => new Paragraph({ children: [new TextRun(t)], spacing: { after: 120 } });
const H = (t, lvl) => new Paragraph({ text: t, heading: lvl });

const rows = [
  ["Chỉ tiêu", "Năm 2023", "Năm 2024", "Tăng/giảm"],
  ["Vụ việc bảo hộ công dân được xử lý", "1.846", "2.153", "+16,6%"],
  ["Công dân được hỗ trợ về nước", "3.120", "4.568", "+46,4%"],
  ["Hộ chiếu ngoại giao, công vụ được cấp", "21.450", "24.870", "+15,9%"],
  ["Hồ sơ hợp pháp hóa, chứng nhận lãnh sự", "152.300", "171.600", "+12,7%"],
  ["Hồ sơ hộ tịch, quốc tịch tại CQĐD", "38.900", "41.250", "+6,0%"],
  ["Chi từ Quỹ Bảo hộ công dân (tỷ đồng)", "9,8", "12,4", "+26,5%"],
];
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r, i) => new TableRow({
    children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] })),
  })),
});

const body = [
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: "BỘ NGOẠI GIAO – CỤC LÃNH SỰ", bold: true })] }),
  H("Hội nghị công tác lãnh sự và bảo hộ công dân toàn quốc năm 2024", HeadingLevel.TITLE),
  P("Tài liệu tổng hợp dành cho các đơn vị trong Bộ và cơ quan đại diện Việt Nam ở nước ngoài"),
  H("1. Thông tin chung", HeadingLevel.HEADING_1),
  P("Trong hai ngày 18 và 19/12/2024, tại Học viện Ngoại giao, số 69 Chùa Láng, Hà Nội, Bộ Ngoại giao tổ chức Hội nghị công tác lãnh sự và bảo hộ công dân toàn quốc năm 2024 với chủ đề “Lấy người dân làm trung tâm phục vụ”. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối với 94 cơ quan đại diện Việt Nam ở nước ngoài."),
  P("Thứ trưởng Thường trực Bộ Ngoại giao Ngô Quang Thịnh chủ trì Hội nghị. Đồng chủ trì có Thứ trưởng Bộ Lao động – Thương binh và Xã hội Phùng Thị Lan. Tham dự Hội nghị có 286 đại biểu tại điểm cầu chính, gồm đại diện Bộ Công an, Bộ Quốc phòng, Bộ Tư pháp, Ủy ban Nhà nước về người Việt Nam ở nước ngoài, lãnh đạo Sở Ngoại vụ các tỉnh, thành phố và các đơn vị liên quan thuộc Bộ Ngoại giao."),
  H("2. Phát biểu khai mạc", HeadingLevel.HEADING_1),
  P("Khai mạc Hội nghị, Thứ trưởng Ngô Quang Thịnh nhấn mạnh năm 2024 là năm công tác bảo hộ công dân chịu áp lực lớn chưa từng có, khi xung đột, thiên tai và các đường dây lừa đảo, mua bán người xuyên quốc gia diễn biến phức tạp ở nhiều khu vực. “Mỗi công dân gặp nạn ở nước ngoài phải được cơ quan đại diện tiếp cận trong vòng 24 giờ. Đó không chỉ là chỉ tiêu, mà là mệnh lệnh của trái tim”, Thứ trưởng nói."),
  P("Thứ trưởng Phùng Thị Lan cho biết năm 2024 có khoảng 155.000 lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng, và đề nghị tăng cường cơ chế chia sẻ thông tin giữa Bộ Lao động – Thương binh và Xã hội với Bộ Ngoại giao để kịp thời phát hiện các trường hợp lao động bị lừa đảo, ép buộc."),
  H("3. Kết quả công tác năm 2024", HeadingLevel.HEADING_1),
  P("Trình bày báo cáo tổng kết, Cục trưởng Cục Lãnh sự Trịnh Thu Hà cho biết năm 2024 các cơ quan đại diện và đơn vị trong nước đã xử lý 2.153 vụ việc bảo hộ công dân, tăng 16,6% so với năm 2023; hỗ trợ đưa 4.568 công dân về nước an toàn, trong đó có 1.014 công dân được giải cứu khỏi các cơ sở lừa đảo trực tuyến ở khu vực biên giới Myanmar. Một số chỉ tiêu chính được tổng hợp trong bảng dưới đây."),
  new Paragraph({ children: [new TextRun({ text: "Bảng 1. Một số chỉ tiêu công tác lãnh sự, bảo hộ công dân năm 2023–2024", italics: true })] }),
  table,
  P(""),
  P("Theo Cục trưởng Trịnh Thu Hà, Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài đã chi 12,4 tỷ đồng trong năm 2024, chủ yếu cho vé máy bay, chỗ ở tạm thời và chi phí y tế khẩn cấp. Cổng dịch vụ công lãnh sự trực tuyến giai đoạn 1 đã tiếp nhận 63.700 hồ sơ, chiếm khoảng 37% tổng số hồ sơ hợp pháp hóa, chứng nhận lãnh sự."),
  H("4. Các phiên thảo luận", HeadingLevel.HEADING_1),
  H("Phiên 1 – Bảo hộ công dân trong tình huống khẩn cấp (sáng 18/12)", HeadingLevel.HEADING_2),
  P("Phiên do Cục trưởng Trịnh Thu Hà chủ trì. Đại sứ Việt Nam tại Myanmar Tạ Văn Hiếu chia sẻ kinh nghiệm phối hợp với chính quyền sở tại và các nước láng giềng trong 11 đợt tiếp nhận công dân qua cửa khẩu. Đại sứ cho rằng “điểm nghẽn lớn nhất là xác minh nhân thân, nhiều người không còn giấy tờ tùy thân”. Đại diện Đại sứ quán Việt Nam tại Lebanon trình bày phương án sơ tán công dân khi xung đột leo thang."),
  H("Phiên 2 – Chuyển đổi số trong công tác lãnh sự (chiều 18/12)", HeadingLevel.HEADING_2),
  P("Phiên do Phó Cục trưởng Cục Lãnh sự Bùi Minh Đức chủ trì. Các đại biểu thống nhất đẩy nhanh triển khai Cổng dịch vụ công lãnh sự trực tuyến giai đoạn 2 từ ngày 1/3/2025, kết nối với Cơ sở dữ liệu quốc gia về dân cư. Tổng Lãnh sự Việt Nam tại Osaka Nguyễn Hồng Nhung đề xuất cho phép công dân nộp hồ sơ gia hạn hộ chiếu hoàn toàn trực tuyến."),
  H("Phiên 3 – Phối hợp liên ngành phòng, chống mua bán người và lừa đảo trực tuyến (sáng 19/12)", HeadingLevel.HEADING_2),
  P("Phiên do Thứ trưởng Phùng Thị Lan chủ trì. Giám đốc Sở Ngoại vụ Nghệ An Trần Quốc Bảo cho biết riêng tỉnh Nghệ An đã tiếp nhận 312 công dân trở về từ vùng có nguy cơ cao trong năm 2024 và kiến nghị xây dựng đường dây nóng bảo hộ công dân liên thông giữa cơ quan đại diện và địa phương. Đại diện Bộ Công an thông tin về 27 đường dây tuyển dụng lao động trái phép đã bị triệt phá."),
  H("5. Kết luận và nhiệm vụ năm 2025", HeadingLevel.HEADING_1),
  P("Kết luận Hội nghị chiều 19/12, Thứ trưởng Ngô Quang Thịnh đánh giá cao tinh thần trách nhiệm của đội ngũ làm công tác lãnh sự và yêu cầu tập trung vào 5 nhiệm vụ trọng tâm năm 2025:"),
  P("(1) Hoàn thiện thể chế, trình sửa đổi Nghị định về Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài;"),
  P("(2) Vận hành Cổng dịch vụ công lãnh sự trực tuyến giai đoạn 2 từ ngày 1/3/2025;"),
  P("(3) Thiết lập đường dây nóng bảo hộ công dân thống nhất toàn ngành hoạt động 24/7;"),
  P("(4) Tăng cường cảnh báo sớm về tuyển dụng lao động trái phép, lừa đảo trực tuyến;"),
  P("(5) Đào tạo, bồi dưỡng nghiệp vụ lãnh sự cho 200 cán bộ trước khi đi nhiệm kỳ."),
  P("Nhân dịp này, Bộ trưởng Bộ Ngoại giao đã tặng Bằng khen cho 12 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác bảo hộ công dân năm 2024, trong đó có Đại sứ quán Việt Nam tại Myanmar và Sở Ngoại vụ Nghệ An."),
  P("Cục Lãnh sự – Bộ Ngoại giao, ngày 20/12/2024."),
];

const doc = new Document({
  creator: "Cục Lãnh sự",
  title: "Hội nghị công tác lãnh sự và bảo hộ công dân toàn quốc năm 2024",
  sections: [{ children: body }],
});
Packer.toBuffer(doc).then((buf) => {
  const out = path.join(__dirname, "..", "reports", "102_hoi_nghi_lanh_su_2024.docx");
  fs.writeFileSync(out, buf);
  console.log("wrote", out);
});
