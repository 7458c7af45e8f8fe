// Content of report c (PDF bulletin). kinds: masthead, h1, h2, p, caption, li
module.exports = [
  ["masthead", "BẢN TIN HỌC VIỆN NGOẠI GIAO"],
  ["sub", "Số 9 (tháng 9/2024) – Lưu hành nội bộ – Học viện Ngoại giao, 69 Chùa Láng, Đống Đa, Hà Nội"],
  ["h1", "Khai giảng Khóa bồi dưỡng nghiệp vụ đối ngoại cho cán bộ ngoại vụ địa phương năm 2024"],
  ["p", "Sáng 16/9/2024, tại Hội trường A, Học viện Ngoại giao tổ chức Lễ khai giảng Khóa bồi dưỡng nghiệp vụ đối ngoại cho cán bộ ngoại vụ địa phương năm 2024. Giám đốc Học viện Ngoại giao Đặng Văn Khải chủ trì buổi lễ. Thứ trưởng Bộ Ngoại giao Ngô Quang Thịnh dự và phát biểu chỉ đạo. Cùng dự có đại diện Vụ Tổ chức cán bộ, Cục Ngoại giao kinh tế, Vụ Thông tin Báo chí và 126 học viên đến từ 41 tỉnh, thành phố trên cả nước."],
  ["caption", "Ảnh: Thứ trưởng Ngô Quang Thịnh phát biểu tại Lễ khai giảng. (Ảnh: Phòng Truyền thông Học viện)"],
  ["h2", "Tám tuần, mười hai chuyên đề"],
  ["p", "Báo cáo tại buổi lễ, Giám đốc Đặng Văn Khải cho biết khóa học kéo dài 8 tuần, từ ngày 16/9 đến ngày 8/11/2024, gồm 12 chuyên đề, được thiết kế lại theo hướng tăng thời lượng thực hành, mô phỏng tình huống và làm việc nhóm. Lần đầu tiên, khóa học có một tuần thực tế tại tỉnh Quảng Trị để học viên tìm hiểu công tác quản lý biên giới, cửa khẩu và hợp tác với các tỉnh của Lào. Một số chuyên đề tiêu biểu gồm:"],
  ["li", "Lễ tân ngoại giao và tổ chức đón tiếp đoàn nước ngoài;"],
  ["li", "Kỹ năng đàm phán và soạn thảo thỏa thuận quốc tế cấp địa phương;"],
  ["li", "Ngoại giao kinh tế phục vụ phát triển địa phương;"],
  ["li", "Kỹ năng phát ngôn và xử lý truyền thông, do bà Trịnh Thu Hà, Phó Vụ trưởng Vụ Thông tin Báo chí, phụ trách;"],
  ["li", "Công tác biên giới lãnh thổ và bảo hộ công dân."],
  ["p", "Ông Đặng Văn Khải cho biết từ năm 2016 đến nay, Học viện đã bồi dưỡng hơn 3.200 lượt cán bộ làm công tác đối ngoại của các địa phương. Khảo sát sau mỗi khóa học cho thấy trên 90% học viên đánh giá nội dung sát với yêu cầu công việc. Tuy nhiên, nhiều địa phương vẫn còn thiếu cán bộ có thể sử dụng thành thạo ngoại ngữ trong đàm phán, trong khi nhu cầu tiếp đón đoàn nước ngoài, xúc tiến đầu tư và xử lý các vụ việc liên quan đến người nước ngoài ngày càng tăng. Vì vậy, Học viện sẽ phối hợp với các Sở Ngoại vụ tổ chức thêm các lớp tiếng Anh đối ngoại ngắn hạn tại chỗ, đồng thời xây dựng kho học liệu trực tuyến để học viên có thể tiếp tục tự học sau khi kết thúc khóa học. Học viện cũng sẽ mời các Đại sứ, Tổng Lãnh sự đang về nước công tác tham gia giảng dạy, chia sẻ kinh nghiệm thực tế ở địa bàn, giúp học viên hiểu rõ cách các Cơ quan đại diện có thể hỗ trợ địa phương trong xúc tiến thương mại, đầu tư, du lịch và trong các vụ việc bảo hộ công dân phát sinh ở nước ngoài."],
  ["h2", "\"Học để làm được việc ngay\""],
  ["p", "Phát biểu chỉ đạo, Thứ trưởng Ngô Quang Thịnh nhấn mạnh cán bộ ngoại vụ địa phương là \"người gác cửa\" đầu tiên của công tác đối ngoại tại cơ sở, là cầu nối giữa các Cơ quan đại diện ở nước ngoài với chính quyền, doanh nghiệp và người dân địa phương. Thứ trưởng yêu cầu học viên học đi đôi với hành, \"học để làm được việc ngay\", mạnh dạn đề xuất ý tưởng và mang các vấn đề thực tế của địa phương đến lớp học để cùng giảng viên tìm lời giải."],
  ["p", "Thứ trưởng cũng đề nghị Học viện gắn nội dung giảng dạy với các kết quả của Hội nghị Ngoại giao kinh tế đồng hành cùng các địa phương vừa tổ chức, cập nhật thường xuyên tình huống mới về cửa khẩu thông minh, thương mại điện tử xuyên biên giới và chuyển đổi số trong công tác lãnh sự."],
  ["p", "Thay mặt học viên, bà Bế Thị Hồng Nhung, chuyên viên Sở Ngoại vụ tỉnh Cao Bằng, bày tỏ mong muốn khóa học giúp cán bộ địa phương tự tin hơn khi làm việc với đối tác nước ngoài và hứa sẽ nghiêm túc thực hiện nội quy, hoàn thành tốt chương trình."],
  ["caption", "Ảnh: Các học viên chụp ảnh lưu niệm cùng lãnh đạo Bộ và Học viện."],
];
module.exports.push(
  ["h1", "Tọa đàm \"Ngoại giao số trong kỷ nguyên trí tuệ nhân tạo\""],
  ["p", "Chiều 24/9/2024, Học viện Ngoại giao tổ chức tọa đàm \"Ngoại giao số trong kỷ nguyên trí tuệ nhân tạo\" với sự tham gia của khoảng 180 sinh viên, học viên cao học và giảng viên. Phó Giám đốc Học viện Nguyễn Hồng Quang chủ trì tọa đàm."],
  ["p", "Bà Trịnh Thu Hà, Phó Vụ trưởng Vụ Thông tin Báo chí, chia sẻ kinh nghiệm sử dụng mạng xã hội trong thông tin đối ngoại và cảnh báo nguy cơ tin giả được tạo bằng trí tuệ nhân tạo. Theo bà, \"tốc độ là quan trọng nhưng chính xác mới là điều sống còn\" đối với người làm công tác phát ngôn. Tiến sĩ Lý Minh Châu, giảng viên Khoa Truyền thông và Văn hóa đối ngoại, giới thiệu kết quả khảo sát cho thấy 68% sinh viên được hỏi đã từng dùng công cụ trí tuệ nhân tạo để hỗ trợ dịch thuật tài liệu."],
  ["h1", "Tin ngắn"],
  ["li", "Ngày 27/9/2024, Học viện Ngoại giao và Viện Đối ngoại Lào đã ký biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028 về trao đổi giảng viên, đào tạo tiếng Việt và tiếng Lào cho cán bộ ngoại giao."],
  ["li", "Học viện công bố chỉ tiêu tuyển sinh thạc sĩ đợt 2 năm 2024 là 150 học viên ở 5 chuyên ngành; hạn nộp hồ sơ là ngày 31/10/2024."],
  ["li", "Đoàn Thanh niên Học viện tổ chức chương trình \"Trung thu cho em\" tại huyện Bảo Lạc, tỉnh Cao Bằng, trao 300 suất quà cho học sinh."],
  ["p", "Ban biên tập Bản tin trân trọng cảm ơn các đơn vị đã cung cấp thông tin. Mọi ý kiến đóng góp xin gửi về Phòng Truyền thông, Học viện Ngoại giao."]
);
