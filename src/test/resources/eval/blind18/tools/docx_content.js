// Content of report 102 (Word document). Edited by hand; rendered by make_docx.js.
module.exports = {
  org1: 'BỘ NGOẠI GIAO',
  org2: 'ỦY BAN BIÊN GIỚI QUỐC GIA',
  title: 'THÔNG TIN TÓM TẮT HỘI NGHỊ TỔNG KẾT CÔNG TÁC BIÊN GIỚI, LÃNH THỔ NĂM 2023 VÀ TRIỂN KHAI NHIỆM VỤ NĂM 2024',
  subtitle: '(Tài liệu nội bộ do Văn phòng Ủy ban Biên giới quốc gia tổng hợp, ngày 19/01/2024)',
  sections: [
    { h: '1. Thông tin chung', p: [
      'Ngày 18/01/2024, tại Hội trường Trụ sở Bộ Ngoại giao, số 1 Tôn Thất Đàm, Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác biên giới, lãnh thổ năm 2023 và triển khai nhiệm vụ năm 2024. Hội nghị được kết nối trực tuyến với 25 tỉnh có đường biên giới đất liền và 28 tỉnh, thành phố ven biển.',
      'Ủy viên Trung ương Đảng, Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị. Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ Trần Lưu Quang dự và phát biểu chỉ đạo.',
      'Tham dự Hội nghị có Thứ trưởng Ngoại giao, Chủ nhiệm Ủy ban Biên giới quốc gia Đinh Quốc Bảo; Phó Chủ nhiệm Ủy ban Biên giới quốc gia Nguyễn Đức Thắng; đại diện Văn phòng Chính phủ, Bộ Quốc phòng, Bộ Công an, Bộ Tài nguyên và Môi trường, Bộ Công Thương; lãnh đạo Ủy ban nhân dân các tỉnh biên giới. Tổng số đại biểu tại điểm cầu Hà Nội là 160 người.',
    ]},
    { h: '2. Kết quả công tác biên giới, lãnh thổ năm 2023', p: [
      'Trình bày báo cáo tổng kết, Thứ trưởng Đinh Quốc Bảo cho biết năm 2023 tình hình trên các tuyến biên giới đất liền cơ bản ổn định; quan hệ hợp tác với các nước láng giềng tiếp tục được củng cố. Bộ Ngoại giao đã chủ trì 14 phiên đàm phán, tham vấn về biên giới, lãnh thổ; trình ký 3 văn kiện hợp tác; hướng dẫn các tỉnh biên giới xử lý 37 vụ việc phức tạp phát sinh.',
      'Trên tuyến biên giới Việt Nam - Campuchia, hai bên đã hoàn thành khoảng 84% khối lượng phân giới, cắm mốc. Trên tuyến Việt Nam - Trung Quốc, khu cảnh quan thác Bản Giốc - Đức Thiên chính thức vận hành thí điểm từ tháng 10/2023. Kết quả quản lý trên từng tuyến được tổng hợp tại Bảng 1.',
    ]},
  ],
  tableCaption: 'Bảng 1. Kết quả chủ yếu của công tác quản lý biên giới đất liền năm 2023',
  tableHead: ['Tuyến biên giới', 'Chiều dài (km)', 'Số mốc giới được kiểm tra', 'Số vụ vi phạm được xử lý', 'Số cặp cửa khẩu mở mới, nâng cấp'],
  tableRows: [
    ['Việt Nam - Trung Quốc', '1449', '312', '46', '2'],
    ['Việt Nam - Lào', '2340', '245', '18', '1'],
    ['Việt Nam - Campuchia', '1137', '187', '27', '1'],
    ['Tổng cộng', '4926', '744', '91', '4'],
  ],
  tableNote: 'Nguồn: Ủy ban Biên giới quốc gia tổng hợp từ báo cáo của 25 tỉnh biên giới và Bộ Tư lệnh Bộ đội Biên phòng.',
  sections2: [
    { h: '3. Ý kiến tham luận của các đại biểu', p: [
      'Thiếu tướng Hà Văn Tuấn, Phó Tư lệnh Bộ đội Biên phòng, cho biết trong năm 2023 lực lượng Biên phòng đã tổ chức 1.120 cuộc tuần tra song phương với lực lượng bảo vệ biên giới của Trung Quốc, Lào và Campuchia. Ông đề nghị tăng đầu tư cho hệ thống camera giám sát tại các đường mòn, lối mở, nơi thường xảy ra xuất nhập cảnh trái phép.',
      'Phó Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng Nguyễn Bích Ngọc chia sẻ kinh nghiệm của tỉnh trong vận hành khu cảnh quan thác Bản Giốc. Sau ba tháng thí điểm, khu cảnh quan đã đón 28.000 lượt khách. Bà đề nghị Bộ Ngoại giao hỗ trợ tỉnh thúc đẩy nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang thành cửa khẩu quốc tế và sớm ký thỏa thuận mở rộng phạm vi du lịch tự túc cho du khách hai nước.',
      'Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên Lò Văn Thịnh phản ánh tình trạng di cư tự do, kết hôn không giá thú ở khu vực biên giới Việt Nam - Lào. Năm 2023, tỉnh đã phối hợp với các tỉnh bạn Lào giải quyết 146 trường hợp. Ông kiến nghị Bộ Ngoại giao chủ trì rà soát, đề xuất sửa đổi Thỏa thuận giải quyết vấn đề người di cư tự do và kết hôn không giá thú.',
      'Vụ trưởng Vụ Luật pháp và Điều ước quốc tế Tạ Minh Quân nêu một số vấn đề pháp lý liên quan tới vùng biển, đề nghị các địa phương ven biển phối hợp chặt chẽ trong công tác quản lý tàu cá, chống khai thác hải sản bất hợp pháp.',
    ]},
    { h: '4. Phát biểu chỉ đạo của Phó Thủ tướng Trần Lưu Quang', p: [
      'Phó Thủ tướng Trần Lưu Quang đánh giá cao sự phối hợp giữa Bộ Ngoại giao, Bộ Quốc phòng, Bộ Công an và các địa phương. “Biên giới hòa bình là tài sản quý, không phải tự nhiên mà có”, Phó Thủ tướng nói.',
      'Phó Thủ tướng yêu cầu tập trung vào bốn việc: phấn đấu sớm hoàn thành phân giới, cắm mốc biên giới Việt Nam - Campuchia; triển khai thí điểm cửa khẩu thông minh tại Lạng Sơn; tăng cường phối hợp chống buôn lậu, gian lận thương mại; chăm lo đời sống người dân khu vực biên giới để bà con yên tâm bám bản, giữ đất.',
    ]},
    { h: '5. Kết luận của Bộ trưởng Bùi Thanh Sơn', p: [
      'Kết luận Hội nghị, Bộ trưởng Bùi Thanh Sơn tiếp thu ý kiến chỉ đạo của Phó Thủ tướng và ghi nhận các kiến nghị của địa phương. Bộ trưởng nhấn mạnh: “Công tác biên giới không có điểm dừng; mỗi cột mốc là một trang sử”.',
      'Bộ trưởng giao Ủy ban Biên giới quốc gia chủ trì xây dựng kế hoạch năm 2024 với năm nhiệm vụ trọng tâm, trong đó có tổ chức kỷ niệm 15 năm hoàn thành phân giới, cắm mốc biên giới Việt Nam - Trung Quốc; hoàn thiện hồ sơ nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang; xây dựng cơ sở dữ liệu số về biên giới quốc gia.',
    ]},
    { h: '6. Nhiệm vụ trọng tâm năm 2024', bullets: [
      'Tổ chức kỷ niệm 15 năm hoàn thành phân giới, cắm mốc biên giới Việt Nam - Trung Quốc.',
      'Phấn đấu hoàn thành phân giới, cắm mốc biên giới Việt Nam - Campuchia.',
      'Hoàn thiện hồ sơ nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang.',
      'Xây dựng cơ sở dữ liệu số về biên giới quốc gia.',
      'Rà soát Thỏa thuận giải quyết vấn đề người di cư tự do và kết hôn không giá thú với Lào.',
    ]},
  ],
  footer: 'Văn phòng Ủy ban Biên giới quốc gia - Lưu hành nội bộ',
};
