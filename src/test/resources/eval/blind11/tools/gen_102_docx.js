// Build reports/102_...docx with the npm "docx" package (as a press office would
// generate a Word handout from its CMS). Usage: node gen_102_docx.js [out.docx]
const fs = require('fs');
const path = require('path');
const { Document, Packer, Paragraph, TextRun, HeadingLevel, AlignmentType, Table, TableRow,
        TableCell, WidthType, BorderStyle, LevelFormat, Footer, PageNumber, ShadingType } = require('docx');

const OUT = process.argv[2] || path.join(__dirname, '..', 'reports', '102_ubbgqg_tong_ket_cong_tac_bien_gioi_lanh_tho_2020.docx');
const FONT = 'Times New Roman';
const p = (text, opts = {}) => new Paragraph({ spacing: { after: 120, line: 300 }, alignment: AlignmentType.JUSTIFIED,
  ...opts, children: [new TextRun({ text, font: FONT, size: 26, ...(opts.run || {}) })] });
const h1 = (text) => new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 },
  children: [new TextRun({ text, font: FONT, size: 30, bold: true })] });
const h2 = (text) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 100 },
  children: [new TextRun({ text, font: FONT, size: 27, bold: true })] });
const bullet = (text) => new Paragraph({ numbering: { reference: 'dash', level: 0 }, spacing: { after: 80, line: 300 },
  alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, font: FONT, size: 26 })] });
const num = (text) => new Paragraph({ numbering: { reference: 'nums', level: 0 }, spacing: { after: 80, line: 300 },
  alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, font: FONT, size: 26 })] });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
const cell = (text, { header = false, right = false, width = 1800 } = {}) => new TableCell({
  borders, width: { size: width, type: WidthType.DXA },
  shading: header ? { fill: 'D9E2F3', type: ShadingType.CLEAR, color: 'auto' } : undefined,
  margins: { top: 60, bottom: 60, left: 100, right: 100 },
  children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : (right ? AlignmentType.RIGHT : AlignmentType.LEFT),
    children: [new TextRun({ text, font: FONT, size: 24, bold: header })] })] });
const widths = [2400, 1500, 1400, 2000, 1726];
const rows = [
  ['Tuyến biên giới', 'Chiều dài (km)', 'Số cột mốc', 'Số vụ vi phạm quy chế biên giới đã xử lý', 'Số lượt tuần tra song phương'],
  ['Việt Nam – Trung Quốc', '1.449,566', '1.971', '37', '112'],
  ['Việt Nam – Lào', '2.337,459', '1.002', '21', '96'],
  ['Việt Nam – Campuchia', '1.137', '315', '58', '145'],
  ['Tổng cộng', '4.924,025', '3.288', '116', '353'],
];
const table = new Table({ width: { size: 9026, type: WidthType.DXA }, columnWidths: widths,
  rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0,
    children: r.map((t, j) => cell(t, { header: i === 0, right: j > 0, width: widths[j] })) })) });

const children = [
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BỘ NGOẠI GIAO', font: FONT, size: 24 })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'ỦY BAN BIÊN GIỚI QUỐC GIA', font: FONT, size: 24, bold: true })] }),
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: 'TÀI LIỆU THÔNG TIN BÁO CHÍ', font: FONT, size: 24, italics: true })] }),
  h1('Hội nghị tổng kết công tác biên giới lãnh thổ năm 2020 và triển khai nhiệm vụ năm 2021'),
  p('Hà Nội, ngày 15 tháng 01 năm 2021', { alignment: AlignmentType.RIGHT, run: { italics: true } }),
  h2('1. Thông tin chung'),
  p('Ngày 14/01/2021, tại Trụ sở Bộ Ngoại giao (số 1 Tôn Thất Đàm, Hà Nội), Ủy ban Biên giới quốc gia – Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác biên giới lãnh thổ năm 2020 và triển khai nhiệm vụ năm 2021. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối với 25 tỉnh có biên giới đất liền và 28 tỉnh, thành phố ven biển.'),
  p('Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Phạm Bình Minh dự và chủ trì Hội nghị. Thứ trưởng Ngoại giao, Chủ nhiệm Ủy ban Biên giới quốc gia Lê Hoài Trung đồng chủ trì. Tham dự Hội nghị có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng; Thiếu tướng Lê Đức Thái, Phó Tư lệnh Bộ đội Biên phòng; đại diện Bộ Công an, Bộ Nội vụ, Bộ Tài nguyên và Môi trường cùng khoảng 150 đại biểu tại điểm cầu Hà Nội.'),
  h2('2. Kết quả nổi bật năm 2020'),
  p('Báo cáo tại Hội nghị, Thứ trưởng Lê Hoài Trung cho biết trong năm 2020, mặc dù chịu tác động nặng nề của đại dịch COVID-19, công tác biên giới lãnh thổ vẫn được triển khai chủ động, linh hoạt; an ninh, trật tự trên các tuyến biên giới đất liền cơ bản được giữ vững, không để xảy ra điểm nóng. Một số kết quả chính:'),
  bullet('Trên tuyến biên giới Việt Nam – Trung Quốc, hai bên duy trì tốt việc thực thi ba văn kiện pháp lý về biên giới đất liền, phối hợp quản lý cửa khẩu trong bối cảnh dịch bệnh, bảo đảm thông quan hàng hóa.'),
  bullet('Trên tuyến biên giới Việt Nam – Lào, hai bên tiếp tục triển khai Hiệp định về Quy chế quản lý biên giới và cửa khẩu, hoàn thành việc sửa chữa, khôi phục 19 cột mốc bị hư hỏng.'),
  bullet('Trên tuyến biên giới Việt Nam – Campuchia, hai bên đã hoàn thành khoảng 84% khối lượng công tác phân giới, cắm mốc và tiếp tục trao đổi để giải quyết phần còn lại.'),
  bullet('Các lực lượng chức năng đã phát hiện, xử lý 4.612 vụ với 12.938 người xuất cảnh, nhập cảnh trái phép qua biên giới, góp phần quan trọng ngăn chặn dịch COVID-19 xâm nhập.'),
  bullet('Trên biển, Bộ Ngoại giao đã chủ trì, phối hợp đấu tranh với các hành vi vi phạm chủ quyền, quyền chủ quyền và quyền tài phán của Việt Nam, đồng thời duy trì các cơ chế đàm phán về vấn đề trên biển với các nước liên quan.'),
  p('Số liệu cơ bản về các tuyến biên giới đất liền và kết quả quản lý năm 2020 được tổng hợp tại Bảng 1.'),
  p('Bảng 1. Các tuyến biên giới đất liền và một số kết quả quản lý năm 2020', { alignment: AlignmentType.CENTER, run: { bold: true, size: 24 } }),
  table,
  p('Nguồn: Ủy ban Biên giới quốc gia, số liệu tính đến ngày 31/12/2020.', { run: { italics: true, size: 22 }, spacing: { before: 80, after: 160 } }),
  h2('3. Ý kiến tại Hội nghị'),
  p('Tại Hội nghị, đại diện các bộ, ngành và địa phương đã trình bày 11 tham luận. Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đề nghị sớm nâng cấp cặp cửa khẩu Chi Ma – Ái Điểm, đồng thời đầu tư hạ tầng số cho các cửa khẩu để giảm ùn tắc hàng hóa vào mùa thu hoạch nông sản. Phó Chủ tịch UBND tỉnh An Giang Trần Anh Thư phản ánh tình trạng xuất cảnh, nhập cảnh trái phép qua đường sông và kiến nghị bổ sung lực lượng, phương tiện tuần tra.'),
  p('Thượng tướng Hoàng Xuân Chiến khẳng định Bộ Quốc phòng sẽ tiếp tục chỉ đạo Bộ đội Biên phòng phối hợp chặt chẽ với Bộ Ngoại giao, “giữ vững chủ quyền, an ninh biên giới quốc gia trong mọi tình huống”.'),
  h2('4. Phát biểu chỉ đạo của Phó Thủ tướng, Bộ trưởng Phạm Bình Minh'),
  p('Phát biểu chỉ đạo, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đánh giá cao sự phối hợp chặt chẽ giữa các bộ, ngành và địa phương trong năm 2020. Phó Thủ tướng nhấn mạnh: “Xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển là nhiệm vụ thường xuyên, lâu dài, không chỉ của riêng ngành Ngoại giao mà của cả hệ thống chính trị.”'),
  p('Phó Thủ tướng yêu cầu trong năm 2021 tập trung thực hiện 5 nhiệm vụ trọng tâm:'),
  num('Bảo đảm an ninh, ổn định biên giới, phục vụ thành công Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;'),
  num('Thúc đẩy đàm phán, giải quyết phần còn lại của công tác phân giới, cắm mốc trên tuyến biên giới Việt Nam – Campuchia;'),
  num('Nâng cao hiệu quả quản lý cửa khẩu, tạo thuận lợi cho thông quan hàng hóa, nhất là nông sản;'),
  num('Kiên quyết, kiên trì đấu tranh bảo vệ chủ quyền biển, đảo bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế, nhất là Công ước của Liên hợp quốc về Luật Biển năm 1982;'),
  num('Đẩy mạnh thông tin, tuyên truyền về biên giới lãnh thổ, nhất là cho đồng bào các dân tộc ở khu vực biên giới.'),
  p('Nhân dịp này, Phó Thủ tướng Phạm Bình Minh đã trao Bằng khen của Bộ trưởng Ngoại giao cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong công tác biên giới lãnh thổ năm 2020.'),
  p('Liên hệ: Văn phòng Ủy ban Biên giới quốc gia – Bộ Ngoại giao.', { run: { italics: true, size: 22 }, spacing: { before: 240 } }),
];

const doc = new Document({
  creator: 'Văn phòng Ủy ban Biên giới quốc gia',
  title: 'Hội nghị tổng kết công tác biên giới lãnh thổ năm 2020',
  description: 'Tài liệu thông tin báo chí',
  styles: { default: { document: { run: { font: FONT, size: 26 } } } },
  numbering: { config: [
    { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] },
    { reference: 'nums', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] } ] },
  sections: [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 20 })] })] }) },
    children }],
});
Packer.toBuffer(doc).then((buf) => { fs.mkdirSync(path.dirname(OUT), { recursive: true }); fs.writeFileSync(OUT, buf); console.log('wrote', OUT); });
