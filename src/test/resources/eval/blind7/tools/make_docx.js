// Builds reports/dai-hoi-dang-bo-bng-2020.docx with the npm package "docx"
const fs = require('fs');
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, WidthType, AlignmentType } = require('docx');
const P = (t, o = {}) => new Paragraph({ children: [new TextRun({ text: t, bold: !!o.bold, italics: !!o.it })], alignment: o.center ? AlignmentType.CENTER : undefined, spacing: { after: 120 } });
const H = (t, lvl) => new Paragraph({ text: t, heading: lvl });
const row = (cells, bold) => new TableRow({ children: cells.map(c => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: c, bold: !!bold })] })] })) });
const table = (rows) => new Table({ width: { size: 9000, type: WidthType.DXA }, rows: rows.map((r, i) => row(r, i === 0)) });
const paras1 = [
  'Trong hai ngày 10 và 11/6/2020, tại trụ sở Bộ Ngoại giao (Hà Nội), Đảng bộ Bộ Ngoại giao đã long trọng tổ chức Đại hội đại biểu Đảng bộ Bộ Ngoại giao nhiệm kỳ 2020–2025. Đây là Đại hội điểm của Đảng bộ Khối các cơ quan Trung ương, được tổ chức trong bối cảnh cả nước vừa kiểm soát thành công đợt dịch COVID-19 đầu tiên và Việt Nam đang đảm nhiệm cương vị Chủ tịch ASEAN, Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc.',
  'Dự và chỉ đạo Đại hội có Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao, Bí thư Ban Cán sự đảng Bộ Ngoại giao Phạm Bình Minh; Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương Huỳnh Tấn Việt. Tham dự Đại hội có 268 đại biểu chính thức, thay mặt cho hơn 2.100 đảng viên đang sinh hoạt tại 58 tổ chức cơ sở đảng trực thuộc trong nước và tại các Cơ quan đại diện Việt Nam ở nước ngoài. Do yêu cầu phòng, chống dịch, một số đại biểu ở nước ngoài tham dự qua hình thức trực tuyến.',
  'Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Thứ trưởng Thường trực, Bí thư Đảng ủy Bộ Ngoại giao nhiệm kỳ 2015–2020, đã trình bày Báo cáo chính trị của Ban Chấp hành Đảng bộ. Báo cáo khẳng định trong nhiệm kỳ 2015–2020, Đảng bộ Bộ Ngoại giao đã lãnh đạo thực hiện thắng lợi nhiệm vụ chính trị, góp phần đưa Việt Nam tổ chức thành công Năm APEC 2017, Hội nghị Diễn đàn Kinh tế thế giới về ASEAN năm 2018, Hội nghị thượng đỉnh Mỹ – Triều lần thứ hai năm 2019 và trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020–2021.',
  'Một số chỉ tiêu chủ yếu của nhiệm kỳ 2015–2020 được tổng hợp trong bảng dưới đây:'
];
const t1 = [
  ['Chỉ tiêu', 'Kết quả nhiệm kỳ 2015–2020', 'Ghi chú'],
  ['Tổ chức cơ sở đảng trực thuộc', '58', 'Trong nước và ngoài nước'],
  ['Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '96%', 'Vượt chỉ tiêu 90%'],
  ['Đảng viên mới được kết nạp', '312', 'Phần lớn là cán bộ trẻ'],
  ['Số lớp bồi dưỡng lý luận chính trị', '45', 'Cho hơn 3.000 lượt đảng viên'],
  ['Đảng viên bị kỷ luật', '7', 'Giảm so với nhiệm kỳ trước'],
];
const paras2 = [
  'Phát biểu chỉ đạo Đại hội, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh biểu dương những kết quả mà Đảng bộ đạt được, đồng thời đề nghị Đảng bộ nhiệm kỳ mới tập trung vào ba trọng tâm: nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng ở các Cơ quan đại diện; đổi mới mạnh mẽ công tác đào tạo, bồi dưỡng cán bộ ngoại giao trẻ; và tăng cường kỷ luật, kỷ cương, bảo vệ chính trị nội bộ. Phó Thủ tướng nhấn mạnh: "Mỗi đảng viên ngành Ngoại giao phải là một chiến sĩ trên mặt trận đối ngoại, vừa kiên định về nguyên tắc, vừa linh hoạt về sách lược".',
  'Bí thư Đảng ủy Khối các cơ quan Trung ương Huỳnh Tấn Việt đánh giá cao công tác chuẩn bị Đại hội và đề nghị Đảng bộ Bộ Ngoại giao tiếp tục đi đầu trong việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, đặc biệt là tư tưởng ngoại giao Hồ Chí Minh.',
  'Đại hội đã thảo luận, thông qua Nghị quyết Đại hội với phương châm "Đoàn kết – Kỷ cương – Đổi mới – Hiệu quả" và bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới. Kết quả bầu cử được trình bày tại bảng sau:'
];
const t2 = [
  ['Nội dung bầu cử', 'Số lượng', 'Kết quả'],
  ['Ban Chấp hành Đảng bộ nhiệm kỳ 2020–2025', '25 đồng chí', 'Bầu tại Đại hội'],
  ['Ban Thường vụ Đảng ủy', '7 đồng chí', 'Bầu tại phiên họp thứ nhất'],
  ['Bí thư Đảng ủy', 'Bùi Thanh Sơn', 'Tái đắc cử, đạt 98,2% phiếu'],
  ['Phó Bí thư Đảng ủy', 'Nguyễn Thị Thanh Hà', 'Phó Bí thư Thường trực'],
  ['Đoàn đại biểu dự Đại hội Đảng bộ Khối', '11 đại biểu chính thức', 'Và 2 đại biểu dự khuyết'],
];
const paras3 = [
  'Đại hội xác định bốn chỉ tiêu chính cho nhiệm kỳ 2020–2025: phấn đấu 100% tổ chức cơ sở đảng được đánh giá hoàn thành nhiệm vụ trở lên; kết nạp ít nhất 300 đảng viên mới; 100% cán bộ diện Ban Thường vụ quản lý được bồi dưỡng cập nhật kiến thức; hoàn thành việc số hóa hồ sơ đảng viên trước năm 2023.',
  'Phát biểu bế mạc, Bí thư Đảng ủy Bùi Thanh Sơn cảm ơn sự tín nhiệm của các đại biểu và khẳng định Ban Chấp hành khóa mới sẽ sớm xây dựng chương trình hành động để đưa Nghị quyết Đại hội vào cuộc sống, góp phần chuẩn bị tốt cho Đại hội XIII của Đảng. Đại hội bế mạc chiều 11/6/2020 sau hai ngày làm việc khẩn trương, nghiêm túc.'
];
const doc = new Document({ creator: 'Ban Tuyên giáo Đảng ủy Bộ Ngoại giao', title: 'Đại hội Đảng bộ Bộ Ngoại giao 2020–2025', sections: [{ children: [
  P('ĐẢNG ỦY BỘ NGOẠI GIAO – BẢN TIN SINH HOẠT ĐẢNG', { bold: true, center: true }),
  H('Đại hội đại biểu Đảng bộ Bộ Ngoại giao nhiệm kỳ 2020–2025 thành công tốt đẹp', HeadingLevel.HEADING_1),
  P('Bài: Thu Trang – Ban Tuyên giáo Đảng ủy', { it: true }),
  ...paras1.map(t => P(t)),
  P('Bảng 1. Một số kết quả công tác xây dựng Đảng nhiệm kỳ 2015–2020', { bold: true }),
  table(t1),
  P(''),
  ...paras2.map(t => P(t)),
  P('Bảng 2. Kết quả bầu cử tại Đại hội', { bold: true }),
  table(t2),
  P(''),
  ...paras3.map(t => P(t)),
]}]});
Packer.toBuffer(doc).then(b => fs.writeFileSync('../reports/dai-hoi-dang-bo-bng-2020.docx', b));
// plain text copy for checking
const txt = ['Đại hội đại biểu Đảng bộ Bộ Ngoại giao nhiệm kỳ 2020–2025 thành công tốt đẹp', ...paras1, ...t1.map(r => r.join(' | ')), ...paras2, ...t2.map(r => r.join(' | ')), ...paras3].join('\n');
fs.writeFileSync('src/docx_text.txt', txt);
