#!/usr/bin/env python3
"""Writes ../conversations.tsv from the hand-written turns below.
Every turn was written by reading the five reports in ../given only."""
import os

HEADER = [
    "# Blind conversation set 16 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"
NR = "refuse:not_reported"

# (question, kind, tags, read_as, facts)
C = []

# 1 - tổng kết 2022
C.append([
 ("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra khi nào?", "new", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra khi nào?", "10/1"),
 ("ai chu tri?", "ellipsis", "accentless,telegraphic",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("ong ay nhan manh gi khi khai mac", "pronoun", "accentless",
  "Khi khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nhấn mạnh hội nghị nhằm mục đích gì?",
  "Hội nghị Ngoại giao lần thứ 31 | Hội nghị đối ngoại toàn quốc | nhìn lại một năm"),
 ("co bao nhieu dai bieu", "ellipsis", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700"),
 ("còn hội nghị tổng kết năm 2024 thì sao?", "substitution", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR),
])

# 2 - tổng kết 2024
C.append([
 ("hn tong ket nganh ngoai giao nam 2024 to chuc ngay nao", "new", "accentless,abbrev,telegraphic",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
 ("ai chỉ đạo hội nghị đó?", "pronoun", "-",
  "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
 ("ông ấy nêu nhiệm vụ bao trùm là gì", "pronoun", "-",
  "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
  "vai trò tiên phong && kỷ nguyên vươn mình"),
 ("trich nguyen van cau do", "request", "accentless",
  "Trích nguyên văn câu Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao tại Hội nghị tổng kết năm 2024.",
  "tăng tốc && kỷ nguyên vươn mình của dân tộc"),
 ("điểm cầu Quảng Trị có ai dự", "ellipsis", "-",
  "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
])

# 3 - sơ kết 2023
C.append([
 ("Bộ Ngoại giao sơ kết 6 tháng đầu năm 2023 vào ngày nào?", "new", "-",
  "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7"),
 ("hoi nghi do to chuc o dau", "pronoun", "accentless",
  "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
 ("ai phát biểu kết luận", "ellipsis", "telegraphic",
  "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("ông ấy đề nghị gì về ngoại giao kinh tế với đa phương", "pronoun", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về ngoại giao kinh tế và đối ngoại đa phương?",
  "nâng tầm đối ngoại đa phương | tích cực triển khai công tác ngoại giao kinh tế"),
 ("con ve xay dung nganh?", "substitution", "accentless,telegraphic",
  "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
  "thi đua khen thưởng | chế độ chính sách"),
])

# 4 - sơ kết 2019
C.append([
 ("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG do ai chỉ đạo?", "new", "abbrev",
  "Ai phát biểu chỉ đạo Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ong ay luu y nhung diem gi", "pronoun", "accentless",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới?",
  "nhạy cảm trong tham mưu && phối hợp && nhạy bén hơn nữa"),
 ("nói rõ hơn điểm thứ hai", "request", "-",
  "Nói rõ hơn điểm thứ hai mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
  "tăng cường sự phối hợp"),
 ("còn sơ kết năm 2020?", "substitution", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao, lãnh đạo lưu ý những điểm gì?", NIC),
 ("The 2023 mid-year review was held on what date?", "new", "english",
  "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
])

# 5 - PTT Trần Lưu Quang
C.append([
 ("PTT Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "new", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31-1"),
 ("o dau", "ellipsis", "accentless,telegraphic",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
 ("ai du buoi do", "pronoun", "accentless",
  "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
  "Văn phòng Chính phủ && Bùi Thanh Sơn"),
 ("pho thu tuong xac dinh nhiem vu trung tam la gi", "ellipsis", "accentless",
  "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?",
  "phục vụ phát triển đất nước"),
 ("thế còn nhiệm vụ trọng yếu?", "substitution", "-",
  "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên là gì?",
  "giữ vững hòa bình, ổn định"),
 ("sao ông ấy lại phê bình BNG?", "pronoun", "abbrev,premise",
  "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao tại buổi làm việc?", FP),
])

# 6 - Thủ tướng tại tổng kết 2022
C.append([
 ("Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022?", "new", "-",
  "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022?",
  "6 nhiệm vụ"),
 ("ong ay noi phat huy ban sac gi", "pronoun", "accentless",
  "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị phát huy bản sắc gì?", "cây tre Việt Nam"),
 ("trích nguyên văn phương châm ổng nói", "request", "-",
  "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2022.",
  "dĩ bất biến, ứng vạn biến"),
 ("con ve hop tac va dau tranh thi sao", "substitution", "accentless",
  "Về hợp tác và đấu tranh, Thủ tướng Phạm Minh Chính nói gì tại hội nghị tổng kết năm 2022?", "đối tác, đối tượng"),
 ("còn tổng kết 2024 thì ổng nhấn mạnh gì", "substitution", "-",
  "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?",
  "nhiệm vụ bao trùm | kỷ nguyên vươn mình"),
])

# 7 - sơ kết 2019 results
C.append([
 ("Trong 6 tháng đầu năm 2019 VN thiết lập quan hệ đối tác toàn diện với những nước nào?", "new", "abbrev",
  "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
 ("nâng tổng số lên bao nhiêu", "ellipsis", "telegraphic",
  "Sau khi thiết lập quan hệ với Brunei và Hà Lan năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
  "30 quốc gia"),
 ("đc bao nhiêu phiếu vào HĐBA", "ellipsis", "abbrev,telegraphic",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?",
  "192/193"),
 ("nguon nao vay", "request", "accentless,telegraphic",
  "Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với 192/193 phiếu lấy từ báo cáo nào?",
  "sơ kết công tác 06 tháng đầu năm | CLO | TG&VN"),
 ("VN tổ chức thượng đỉnh Mỹ Triều lần 3 ở đâu", "new", "abbrev,premise,near-miss",
  "Việt Nam tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 3 ở đâu?", FP),
])

# 8 - tổng kết 2024 bộ máy
C.append([
 ("Tổng kết ngoại giao 2024, Thủ tướng yêu cầu gì về tổ chức bộ máy?", "new", "-",
  "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về tổ chức bộ máy?",
  "Nghị quyết 18 && Ban Đối ngoại Trung ương"),
 ("tóm tắt lại", "request", "telegraphic",
  "Tóm tắt lại yêu cầu của Thủ tướng về tổ chức bộ máy Bộ Ngoại giao tại hội nghị tổng kết năm 2024.",
  "tinh gọn && Ủy ban Đối ngoại Quốc hội"),
 ("con doi ngu can bo thi sao", "substitution", "accentless",
  "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về đội ngũ cán bộ ngoại giao?",
  "vừa hồng, vừa chuyên && tinh thông về nghiệp vụ | khôn khéo về ứng xử | tuyệt đối trung thành"),
 ("báo cáo sơ kết 2019 có dùng cụm đó không", "pronoun", "-",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 có dùng cụm từ “vừa hồng, vừa chuyên” không, trong ngữ cảnh nào?",
  "vừa hồng, vừa chuyên && tinh nhuệ | hiện đại hóa Bộ Ngoại giao"),
 ("BT Son co du HN 2024 ko", "new", "accentless,abbrev",
  "Bộ trưởng Bùi Thanh Sơn có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", NR),
])

# 9 - Cao Bằng
C.append([
 ("Ai dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng?", "new", "-",
  "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
 ("người đó giữ chức gì", "pronoun", "-",
  "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ Tỉnh ủy"),
 ("nguoi do phat bieu gi tai hoi nghi", "pronoun", "accentless",
  "Đồng chí Nguyễn Bích Ngọc phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", NR),
 ("HN dc ket noi bao nhieu diem cau", "ellipsis", "accentless,abbrev",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63"),
 ("còn hn 2024?", "substitution", "abbrev,telegraphic",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?", NR),
])

# 10 - R2 then R3 (mid new)
C.append([
 ("Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang hôm 31-1?", "new", "-",
  "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ngày 31-1?",
  "kết quả thực hiện các nhiệm vụ đối ngoại năm 2022 | đổi mới tư duy và hành động"),
 ("ông ấy nói trọng tâm là gì", "pronoun", "-",
  "Bộ trưởng Bùi Thanh Sơn nói trọng tâm của việc đổi mới tư duy và hành động của Bộ Ngoại giao là gì?",
  "xây dựng, phát triển ngành | phục vụ phát triển đất nước"),
 ("Hội nghị sơ kết 6 tháng năm 2019 diễn ra ngày nào?", "new", "-",
  "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019"),
 ("ai phat bieu chi dao", "ellipsis", "accentless,telegraphic",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ông ấy giữ những chức vụ gì", "pronoun", "-",
  "Ông Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019?",
  "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
])

# 11 - kinh tế 2024 / 2022
C.append([
 ("Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "new", "-",
  "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
  "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh"),
 ("dưới sự chỉ đạo của ai", "ellipsis", "-",
  "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ | Phạm Minh Chính"),
 ("con nam 2022 kim nghach xnk dat bao nhieu", "substitution", "accentless,abbrev,typo",
  "Năm 2022, kim ngạch xuất nhập khẩu của Việt Nam đạt bao nhiêu theo hội nghị tổng kết ngành ngoại giao?", "700 tỷ USD"),
 ("ai nêu con số đó", "request", "-",
  "Ai nêu con số kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD tại hội nghị tổng kết năm 2022?", "Bùi Thanh Sơn"),
 ("nam 2024 thi dat bao nhieu", "substitution", "accentless",
  "Năm 2024, kim ngạch xuất nhập khẩu của Việt Nam đạt bao nhiêu theo hội nghị tổng kết ngành ngoại giao?", NR),
])

# 12 - sơ kết 2023 content
C.append([
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại với phương châm gì?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?",
  "chủ động, thích ứng, sáng tạo"),
 ("kết quả ra sao, tóm tắt giúp", "ellipsis", "telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá kết quả công tác đối ngoại ra sao?",
  "điểm sáng | huy động nguồn lực"),
 ("còn công tác người VN ở nước ngoài?", "substitution", "abbrev",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài ra sao?", "cầu nối"),
 ("hội nghị này có trao khen thưởng không", "pronoun", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 có trao tặng danh hiệu, khen thưởng không?", "trao tặng"),
 ("bao nhiêu tập thể được khen", "ellipsis", "telegraphic",
  "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR),
])

# 13 - PTT Quang tasks, then PM 2022 (mid new)
C.append([
 ("PTT Trần Lưu Quang yêu cầu BNG tập trung thực hiện những việc gì trong năm 2023?", "new", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì trong năm 2023?",
  "chương trình đối ngoại cấp cao | hội nhập quốc tế sâu rộng | biên giới hoà bình"),
 ("ong ay nhan dinh the gioi the nao", "pronoun", "accentless",
  "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới như thế nào?",
  "biến động sâu sắc, phức tạp | nhiều cơ hội, thuận lợi"),
 ("bám sát chỉ đạo của TBT tại hội nghị nào", "ellipsis", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
  "Hội nghị đối ngoại toàn quốc năm 2021"),
 ("Tổng kết năm 2022 Thủ tướng đề nghị bảo vệ Tổ quốc theo tinh thần nào?", "new", "-",
  "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị bảo vệ Tổ quốc theo tinh thần nào?",
  "từ sớm | giữ nước từ khi nước chưa nguy"),
 ("ông ấy còn đề nghị lấy ai làm trung tâm", "pronoun", "-",
  "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị lấy ai làm trung tâm phục vụ?",
  "người dân, doanh nghiệp, địa phương"),
])

# 14 - HNNG 31 / not in corpus
C.append([
 ("Hội nghị Ngoại giao lần thứ 31 được nhắc trong báo cáo nào?", "new", "-",
  "Hội nghị Ngoại giao lần thứ 31 được nhắc trong báo cáo nào?",
  "tổng kết công tác ngành ngoại giao năm 2022 | 10/1"),
 ("còn lần thứ 32?", "substitution", "telegraphic",
  "Hội nghị Ngoại giao lần thứ 32 được nhắc trong báo cáo nào?", NIC),
 ("hn tong ket nam 2023 ai du", "new", "accentless,abbrev,near-miss",
  "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2023?", NIC),
 ("thế còn 2024", "substitution", "telegraphic",
  "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính && Hoàng Nam"),
])

# 15 - sơ kết 2019 context
C.append([
 ("Theo báo cáo sơ kết 2019, công tác đối ngoại nửa đầu năm triển khai theo tinh thần những hội nghị nào?", "new", "paraphrase",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?",
  "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018"),
 ("hoi nhap quoc te co dot pha gi", "ellipsis", "accentless",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước đột phá gì?",
  "CPTPP && EVFTA"),
 ("EVFTA là gì vậy", "request", "-",
  "EVFTA được nêu trong câu trả lời vừa rồi (báo cáo sơ kết 6 tháng đầu năm 2019) là hiệp định gì?",
  "Hiệp định tự do thương mại với EU"),
 ("chi thi 25 trong bao cao do noi ve gi", "pronoun", "accentless",
  "Chỉ thị 25 được nhắc trong báo cáo sơ kết 6 tháng đầu năm 2019 nói về gì?", "nâng tầm đối ngoại đa phương"),
])

# 16 - false premise PM absent
C.append([
 ("Tại sao Thủ tướng Phạm Minh Chính vắng mặt ở hội nghị tổng kết ngoại giao 2024?", "new", "premise",
  "Tại sao Thủ tướng Phạm Minh Chính vắng mặt ở hội nghị tổng kết công tác ngành ngoại giao năm 2024?", FP),
 ("vậy ai chỉ đạo hội nghị đó", "pronoun", "-",
  "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
 ("PCT UBND Quang Tri du la ai", "ellipsis", "accentless,abbrev",
  "Phó Chủ tịch UBND tỉnh dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị là ai?", "Hoàng Nam"),
 ("ông ấy phát biểu gì", "pronoun", "-",
  "Ông Hoàng Nam phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR),
])

# 17 - english
C.append([
 ("Who chaired the 2022 diplomatic sector review conference?", "new", "english",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("and how many delegates attended?", "ellipsis", "english",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700"),
 ("còn hn sơ kết 2023 thì bao nhiêu người", "substitution", "abbrev",
  "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 có bao nhiêu người tham dự?", NR),
 ("hn đó ai dự", "pronoun", "abbrev,telegraphic",
  "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023?",
  "Bùi Thanh Sơn && đại diện các đơn vị"),
])

# 18 - mục tiêu 2025
C.append([
 ("Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 thế nào?", "new", "-",
  "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 thế nào?",
  "nắm chắc, dự báo đúng tình hình | thế chủ động chiến lược"),
 ("noi ro hon", "request", "accentless,telegraphic",
  "Nói rõ hơn về mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định tại hội nghị tổng kết năm 2024.",
  "xu thế mới | nhận diện chính xác thời cơ | đối ngoại Nhân dân"),
 ("còn 6 tháng cuối năm 2023?", "substitution", "telegraphic",
  "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao thực hiện những nhiệm vụ gì trong 6 tháng cuối năm 2023?",
  "nghiên cứu, dự báo, tham mưu | truyền thông mới | bạn bè truyền thống"),
 ("ai đề nghị vậy", "request", "telegraphic",
  "Ai đề nghị các nhiệm vụ cho 6 tháng cuối năm 2023 của ngành Ngoại giao?", "Bùi Thanh Sơn"),
])

# 19 - PM present 2022, PTT?
C.append([
 ("thu tuong co du hoi nghi tong ket nganh ngaoi giao 2022 ko", "new", "accentless,abbrev,typo",
  "Thủ tướng có dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", "Phạm Minh Chính"),
 ("con PTT thi sao", "substitution", "accentless,abbrev,telegraphic",
  "Có Phó Thủ tướng nào dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", NR),
 ("Bộ trưởng Sơn nói sự tham dự của Thủ tướng là minh chứng cho điều gì?", "ellipsis", "-",
  "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng là minh chứng cho điều gì?",
  "quan tâm đặc biệt và sâu sát | nguồn cổ vũ"),
 ("trich nguyen van", "request", "accentless,telegraphic",
  "Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn nói về sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022.",
  "minh chứng cho sự quan tâm đặc biệt và sâu sát"),
])

# 20 - quan hệ láng giềng 2019 vs 2023
C.append([
 ("Hội nghị sơ kết 2019 đánh giá quan hệ với các nước láng giềng ra sao?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các nước láng giềng ra sao?",
  "chiều sâu, hiệu quả, thiết thực"),
 ("con nam 2023", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các nước láng giềng ra sao?", "đi vào chiều sâu"),
 ("hội nghị năm đó do ai kết luận", "pronoun", "-",
  "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn"),
 ("ông ấy biểu dương ai", "pronoun", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
  "cán bộ, công chức, viên chức, người lao động | nỗ lực không mệt mỏi"),
 ("ong ay co phan doi y kien nao ko", "pronoun", "accentless,abbrev,premise",
  "Bộ trưởng Bùi Thanh Sơn đã phản đối ý kiến nào tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP),
])

# 21 - BT Sơn assessment 2022
C.append([
 ("Bộ trưởng Sơn đánh giá công tác đối ngoại năm 2022 ra sao?", "new", "-",
  "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao?",
  "cục diện đối ngoại thuận lợi | phân định"),
 ("về đối ngoại đa phương thì sao", "substitution", "-",
  "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 ra sao?",
  "đóng góp có trách nhiệm | nhiều diễn đàn đa phương"),
 ("ông ấy khẳng định ngành cần đổi mới thế nào", "pronoun", "-",
  "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao cần đổi mới thế nào?",
  "đổi mới mạnh mẽ tư duy và hành động && trong sạch, vững mạnh"),
 ("hội nghị đó trực tiếp hay trực tuyến", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tổ chức trực tiếp hay trực tuyến?", "trực tuyến"),
 ("What about the 2019 mid-year one?", "substitution", "english",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 tổ chức trực tiếp hay trực tuyến?", NR),
])

# 22 - R2 purpose, then R4 (mid new)
C.append([
 ("Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?", "new", "-",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
  "triển khai công tác đối ngoại trong năm 2023"),
 ("PTT đánh giá cao điều gì", "ellipsis", "abbrev",
  "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì?",
  "nỗ lực và thành tựu to lớn"),
 ("tin nay nguon o dau", "request", "accentless,telegraphic",
  "Bản tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP | B.T.V"),
 ("Hội nghị tổng kết 2024 đánh giá đối ngoại năm 2024 đạt được gì?", "new", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đánh giá công tác đối ngoại năm 2024 đạt được những kết quả gì?",
  "nhóm nước tăng trưởng cao | cục diện đối ngoại rộng mở"),
 ("bài đó ai viết", "pronoun", "telegraphic",
  "Bài báo về hội nghị tổng kết công tác ngành ngoại giao năm 2024 do ai viết?", "Hoài Nhung"),
])

# 23 - xây dựng ngành 2019 vs 2023
C.append([
 ("PTT Phạm Bình Minh chỉ đạo gì về xây dựng ngành tại sơ kết 6 tháng 2019?", "new", "abbrev",
  "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
  "tuyển dụng, đào tạo cán bộ | bảo vệ chính trị nội bộ"),
 ("con BT Bui Thanh Son nam 2023 chi dao gi ve viec nay", "substitution", "accentless,abbrev",
  "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
  "thi đua khen thưởng | chế độ chính sách"),
 ("vi sao ong Minh yeu cau cat giam bien che", "ellipsis", "accentless,premise",
  "Vì sao Phó Thủ tướng Phạm Bình Minh yêu cầu cắt giảm biên chế tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
 ("cán bộ BNG quyết tâm hướng tới đại hội nào", "ellipsis", "abbrev",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, cán bộ Bộ Ngoại giao quyết tâm thực hiện đường lối Đại hội nào và hướng tới Đại hội nào?",
  "Đại hội XII && Đại hội XIII"),
])

# 24 - dates across sơ kết
C.append([
 ("Bộ Ngoại giao sơ kết 6 tháng đầu năm 2024 ngày nào?", "new", "near-miss",
  "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024 ngày nào?", NIC),
 ("thế còn 2023", "substitution", "telegraphic",
  "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023 ngày nào?", "5/7"),
 ("nam 2019 thi sao", "substitution", "accentless,telegraphic",
  "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2019 ngày nào?", "22/7 | 22/07/2019"),
 ("hai hội nghị đó ai phát biểu chỉ đạo, kết luận", "pronoun", "-",
  "Ai phát biểu chỉ đạo, kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 và Hội nghị sơ kết 6 tháng đầu năm 2019?",
  "Bùi Thanh Sơn && Phạm Bình Minh"),
])

# 25 - time of day
C.append([
 ("hn tong ket 2022 dien ra buoi sang hay chieu", "new", "accentless,abbrev",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều?", "Sáng 10/1"),
 ("con buoi lam viec cua PTT Tran Luu Quang", "substitution", "accentless,abbrev",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "Chiều ngày 31-1"),
 ("còn sơ kết 2023?", "substitution", "telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra buổi sáng hay buổi chiều?", NR),
 ("tổng kết 2024 thì buổi nào", "substitution", "telegraphic",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra buổi nào?", "Sáng nay 6/1"),
])

# 26 - Hoàng Nam
C.append([
 ("Hoàng Nam là ai?", "new", "telegraphic",
  "Ông Hoàng Nam là ai (theo các báo cáo)?", "Phó Chủ tịch UBND tỉnh && Quảng Trị"),
 ("ông ấy dự hội nghị nào", "pronoun", "-",
  "Ông Hoàng Nam dự hội nghị nào?", "tổng kết công tác ngành ngoại giao năm 2024"),
 ("hội nghị đó có bao nhiêu đại biểu", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu?", NR),
 ("nguon bai bao", "request", "accentless,telegraphic",
  "Bài báo về hội nghị tổng kết công tác ngành ngoại giao năm 2024 lấy từ nguồn nào?", "baoquangtri | Hoài Nhung"),
 ("HN so ket 2019 do ai chi dao", "new", "accentless,abbrev",
  "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
])

# 27 - PM across years
C.append([
 ("Thủ tướng Phạm Minh Chính dự hội nghị tổng kết ngành ngoại giao của những năm nào?", "new", "-",
  "Thủ tướng Phạm Minh Chính dự hội nghị tổng kết công tác ngành ngoại giao của những năm nào?", "2022 && 2024"),
 ("ở hội nghị năm 2022 ông ấy nhắc tới hiến chương nào", "pronoun", "-",
  "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nhắc tới hiến chương nào?", "Hiến chương Liên Hợp Quốc"),
 ("con nam 2024 ong ay noi ve doi ngu can bo the nao", "substitution", "accentless",
  "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói gì về đội ngũ cán bộ ngoại giao?",
  "vừa hồng, vừa chuyên | tinh thông về nghiệp vụ | tuyệt đối trung thành"),
 ("nói rõ hơn", "request", "telegraphic",
  "Nói rõ hơn yêu cầu của Thủ tướng Phạm Minh Chính về đội ngũ cán bộ ngoại giao tại hội nghị tổng kết năm 2024.",
  "tin cậy về phẩm chất | sâu sắc về chiến lược | nhạy bén về thời thế"),
])

# 28 - sơ kết 2023 economy; mid new
C.append([
 ("So ket 6 thang dau nam 2023 noi gi ve ngoai giao kinh te", "new", "accentless",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá gì về công tác ngoại giao kinh tế?",
  "trọng tâm, trọng điểm | hỗ trợ địa phương, doanh nghiệp"),
 ("con bao ho cong dan", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá gì về công tác bảo hộ công dân?", "đổi mới trong cách thức thực hiện"),
 ("PTT Trần Lưu Quang có dự hội nghị đó không?", "pronoun", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang có dự Hội nghị sơ kết 6 tháng đầu năm 2023 không?", NR),
 ("Hội nghị tổng kết ngoại giao năm 2022 kết nối với bao nhiêu tỉnh thành?", "new", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", "63"),
])

# 29 - tổng kết 2024 tasks
C.append([
 ("Thủ tướng yêu cầu gì về quan hệ với các đối tác tại hội nghị tổng kết 2024?", "new", "-",
  "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác?",
  "nâng cấp, nâng tầm quan hệ"),
 ("còn các tình huống phức tạp?", "substitution", "telegraphic",
  "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về xử lý các tình huống đối ngoại phức tạp?",
  "tổng thể, dài hơi và có chiều sâu"),
 ("tom tat cac yeu cau cua ong ay", "request", "accentless",
  "Tóm tắt các yêu cầu của Thủ tướng Phạm Minh Chính đối với ngành ngoại giao tại hội nghị tổng kết năm 2024.",
  "hoạt động đối ngoại cấp cao && Nghị quyết 18"),
 ("sao ong ay lai huy hoat dong doi ngoai cap cao", "pronoun", "accentless,premise",
  "Vì sao Thủ tướng Phạm Minh Chính hủy các hoạt động đối ngoại cấp cao (theo hội nghị tổng kết năm 2024)?", FP),
])

# 30 - Mỹ-Triều
C.append([
 ("Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc trong báo cáo nào?", "new", "-",
  "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc trong báo cáo nào?",
  "sơ kết công tác 06 tháng đầu năm | 2019"),
 ("HN thượng đỉnh đó tổ chức ở thành phố nào", "pronoun", "abbrev",
  "Hội nghị thượng đỉnh Mỹ - Triều lần 2 do Việt Nam tổ chức diễn ra ở thành phố nào?", NR),
 ("vn dc bao nhieu phieu vao hdba", "ellipsis", "accentless,abbrev,telegraphic",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?",
  "192/193"),
 ("theo bc do dieu do cho thay gi", "pronoun", "accentless,abbrev",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, việc tổ chức thượng đỉnh Mỹ - Triều lần 2 và trúng cử HĐBA LHQ cho thấy điều gì?",
  "sự tín nhiệm của bạn bè quốc tế"),
])

# 31 - muốn là bạn
C.append([
 ("Thủ tướng nói chủ trương chuyển từ 'muốn là bạn' đến gì?", "new", "-",
  "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói chủ trương chuyển từ “muốn là bạn” đến gì?",
  "sẵn sàng là bạn && đối tác tin cậy"),
 ("ông ấy nói vậy ở hội nghị nào", "pronoun", "-",
  "Thủ tướng Phạm Minh Chính nói về chủ trương từ “muốn là bạn” đến “sẵn sàng là bạn” tại hội nghị nào?",
  "tổng kết công tác ngành ngoại giao năm 2022 | 10/1"),
 ("nói rõ hơn phần ngoại giao kinh tế trong bài phát biểu đó", "request", "-",
  "Nói rõ hơn phần về ngoại giao kinh tế trong bài phát biểu của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022.",
  "chuỗi giá trị gia tăng | đa dạng hóa thị trường nhập khẩu"),
 ("Hoang Nam du hoi nghi nao", "new", "accentless",
  "Ông Hoàng Nam dự hội nghị nào?", "tổng kết công tác ngành ngoại giao năm 2024 | Quảng Trị"),
])

# 32 - ministers
C.append([
 ("Ai là Bộ trưởng Ngoại giao năm 2019?", "new", "-",
  "Theo các báo cáo, ai là Bộ trưởng Ngoại giao năm 2019?", "Phạm Bình Minh"),
 ("con nam 2023", "substitution", "accentless,telegraphic",
  "Theo các báo cáo, ai là Bộ trưởng Ngoại giao năm 2023?", "Bùi Thanh Sơn"),
 ("ông ấy có chủ trì HN tổng kết 2022 ko", "pronoun", "abbrev",
  "Bộ trưởng Bùi Thanh Sơn có chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?",
  "chủ trì && Bùi Thanh Sơn"),
 ("còn năm 2015?", "substitution", "telegraphic",
  "Bộ trưởng Bùi Thanh Sơn có chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2015 không?", NIC),
])

# 33 - not in corpus person
C.append([
 ("Bộ trưởng Lê Hoài Trung phát biểu gì tại hội nghị tổng kết ngoại giao năm 2024?", "new", "near-miss",
  "Bộ trưởng Lê Hoài Trung phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NIC),
 ("thế Thủ tướng nói gì ở hội nghị đó", "substitution", "-",
  "Thủ tướng Phạm Minh Chính nói gì ở hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
  "nhiệm vụ bao trùm | kỷ nguyên vươn mình"),
 ("tom tat lai", "request", "accentless,telegraphic",
  "Tóm tắt lại phát biểu kết luận của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2024.",
  "kỷ nguyên vươn mình | Nghị quyết 18 | nâng cấp, nâng tầm"),
 ("Sơ kết 6 tháng đầu năm 2019 có kết quả gì về hội nhập?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá kết quả gì về hội nhập quốc tế?", "CPTPP | EVFTA"),
])

# 34 - HNNG 30
C.append([
 ("HN ngoai giao lan thu 30 dien ra khi nao", "new", "accentless,abbrev,near-miss",
  "Hội nghị Ngoại giao lần thứ 30 diễn ra khi nào?", NR),
 ("bao cao nao nhac den no", "pronoun", "accentless",
  "Báo cáo nào nhắc đến Hội nghị Ngoại giao lần thứ 30?",
  "sơ kết công tác 06 tháng đầu năm | 2019 | Phạm Bình Minh"),
 ("trong báo cáo đó ông Minh nói tình hình quốc tế nửa đầu 2019 thế nào", "pronoun", "paraphrase",
  "Trong báo cáo sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?",
  "nhanh hơn, phức tạp hơn | khó lường"),
 ("còn HN sơ kết 2023 đánh giá tình hình TG ra sao", "substitution", "abbrev",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực ra sao?", "tác động sâu sắc"),
])

# 35 - attendees 2022
C.append([
 ("Những ai dự hội nghị tổng kết ngành ngoại giao 2022?", "new", "-",
  "Những ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Phạm Minh Chính && 700"),
 ("ai chủ trì", "ellipsis", "telegraphic",
  "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("tong bi thu co du ko", "ellipsis", "accentless,abbrev,near-miss",
  "Tổng Bí thư có dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", NR),
 ("Cao Bằng có những huyện nào tham dự", "ellipsis", "-",
  "Tại điểm cầu Cao Bằng của hội nghị tổng kết ngành ngoại giao năm 2022 có UBND những huyện nào tham dự?",
  "Quảng Hòa | Thạch An | Hà Quảng | Trùng Khánh && Bảo Lạc | Bảo Lâm | Hạ Lang"),
 ("còn Quảng Trị thì có ai", "substitution", "telegraphic",
  "Ai dự hội nghị tổng kết ngành ngoại giao tại điểm cầu Quảng Trị?", "Hoàng Nam"),
])

# 36 - english PTT
C.append([
 ("What did Deputy PM Tran Luu Quang ask the foreign ministry to do?", "new", "english",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì?",
  "tham mưu kịp thời | chương trình đối ngoại cấp cao"),
 ("when was that meeting", "pronoun", "english",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra khi nào?", "31-1"),
 ("ông ấy phản đối đề xuất nào của BNG", "pronoun", "abbrev,premise",
  "Phó Thủ tướng Trần Lưu Quang phản đối đề xuất nào của Bộ Ngoại giao?", FP),
 ("Bộ trưởng Sơn đề nghị gì về thông tin đối ngoại tại sơ kết 2023?", "new", "-",
  "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
  "phương thức truyền thông mới"),
])

# 37 - not in corpus years
C.append([
 ("Hội nghị tổng kết công tác ngành ngoại giao năm 2020 có bao nhiêu đại biểu?", "new", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2020 có bao nhiêu đại biểu?", NIC),
 ("con 2022", "substitution", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu?", "700"),
 ("hội nghị năm đó kết nối mấy điểm cầu", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 kết nối với bao nhiêu điểm cầu?", "63"),
 ("nam 2021 thi sao", "substitution", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2021 kết nối với bao nhiêu điểm cầu?", NIC),
 ("Phó Thủ tướng Trần Lưu Quang đánh giá gì về ngành ngoại giao?", "new", "-",
  "Phó Thủ tướng Trần Lưu Quang đánh giá gì về công tác đối ngoại và ngành ngoại giao?",
  "nỗ lực và thành tựu to lớn"),
])

# 38 - ngoại vụ địa phương 2019
C.append([
 ("hoi ngi so ket 6 thang 2019 danh gia cong tac ngoai vu dia phuong ra sao", "new", "accentless,typo",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương ra sao?",
  "lấy doanh nghiệp và người dân làm trung tâm"),
 ("con cong tac dang doan the", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác Đảng, đoàn thể ra sao?", "hiệu quả, thực chất"),
 ("bo truong luc do la ai", "ellipsis", "accentless",
  "Bộ trưởng Ngoại giao tại thời điểm Hội nghị sơ kết 6 tháng đầu năm 2019 là ai?", "Phạm Bình Minh"),
 ("ong ay de xuat hoan hoi nghi vi sao", "pronoun", "accentless,premise",
  "Vì sao Phó Thủ tướng Phạm Bình Minh đề xuất hoãn Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
])

# 39 - situation 2023, then PM 2022
C.append([
 ("Hội nghị sơ kết đầu năm 2023 nhận định tình hình thế giới thế nào?", "new", "paraphrase",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 nhận định tình hình thế giới và khu vực thế nào?",
  "tác động sâu sắc | nhiều diễn biến nhanh"),
 ("đối ngoại góp phần gì", "ellipsis", "telegraphic",
  "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại góp phần vào điều gì?",
  "điểm sáng | huy động nguồn lực"),
 ("Thủ tướng yêu cầu ngành ngoại giao bám sát tinh thần gì ở tổng kết 2022?", "new", "-",
  "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bám sát tinh thần gì?",
  "lấy người dân, doanh nghiệp, địa phương là trung tâm phục vụ"),
 ("nói rõ hơn", "request", "telegraphic",
  "Nói rõ hơn các đề nghị của Thủ tướng Phạm Minh Chính với ngành ngoại giao tại hội nghị tổng kết năm 2022.",
  "dám nghĩ, dám làm | không để bị động bất ngờ | mở đường"),
])

# 40 - Vũ Đức Đam
C.append([
 ("Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao ngày nào?", "new", "near-miss",
  "Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao ngày nào?", NIC),
 ("thế còn PTT Trần Lưu Quang", "substitution", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31-1"),
 ("ông ấy nói BNG cần tham mưu gì", "pronoun", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tham mưu gì?",
  "chủ trương, chính sách, biện pháp và bước đi đối ngoại | tranh thủ tối đa cơ hội"),
 ("trích nguyên văn", "request", "telegraphic",
  "Trích nguyên văn câu Phó Thủ tướng Trần Lưu Quang nói về việc Bộ Ngoại giao cần tham mưu.",
  "tranh thủ tối đa cơ hội, thuận lợi"),
])

# 41 - 2024 results
C.append([
 ("nam 2024 cong tac doi ngoai dat buoc phat trien moi trong nhung linh vuc nao", "new", "accentless",
  "Năm 2024, công tác đối ngoại đạt nhiều bước phát triển mới trong những lĩnh vực nào?",
  "song phương và đa phương | ngoại giao chính trị"),
 ("dưới sự lãnh đạo của ai", "ellipsis", "-",
  "Năm 2024, công tác đối ngoại được triển khai dưới sự lãnh đạo của ai?",
  "lãnh đạo trực tiếp và thường xuyên | Bộ Chính trị, Ban Bí thư"),
 ("sao nam do VN lai roi khoi nhom tang truong cao", "pronoun", "accentless,abbrev,premise",
  "Vì sao năm 2024 Việt Nam lại rơi khỏi nhóm nước tăng trưởng cao?", FP),
 ("báo cáo này lấy nguồn ở đâu", "request", "-",
  "Báo cáo về hội nghị tổng kết công tác ngành ngoại giao năm 2024 lấy nguồn ở đâu?",
  "baoquangtri | Quảng Trị | Hoài Nhung"),
])

# 42 - R2 BNG commitments, then R1 Cao Bằng
C.append([
 ("Tại buổi làm việc với PTT Quang, BNG quyết tâm đổi mới phong cách làm việc theo hướng nào?", "new", "abbrev",
  "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới phong cách làm việc theo hướng nào?",
  "phong cách, lề lối làm việc && chuyên nghiệp, hiện đại"),
 ("con ve ky cuong", "substitution", "accentless,telegraphic",
  "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao nêu gì về kỷ cương?",
  "kỷ cương hành chính | kiểm tra, giám sát"),
 ("ai bao cao cac noi dung do", "request", "accentless",
  "Ai báo cáo các nội dung đổi mới đó với Phó Thủ tướng Trần Lưu Quang?", "Bùi Thanh Sơn"),
 ("Hội nghị tổng kết ngoại giao năm 2022 có lãnh đạo Cao Bằng nào dự?", "new", "-",
  "Lãnh đạo tỉnh Cao Bằng nào dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Nguyễn Bích Ngọc"),
])

# 43 - Lê Minh Khái near miss
C.append([
 ("Phó Thủ tướng Lê Minh Khái phát biểu gì tại hội nghị sơ kết ngoại giao 6 tháng đầu năm 2019?", "new", "near-miss,premise",
  "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP),
 ("vậy ai phát biểu chỉ đạo", "ellipsis", "telegraphic",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ong ay dat muc teu gi cho ca nam", "pronoun", "accentless,typo",
  "Phó Thủ tướng Phạm Bình Minh đề ra yêu cầu gì cho cả năm 2019?", "chương trình công tác năm 2019"),
 ("diem thu ba la gi", "ellipsis", "accentless,telegraphic",
  "Điểm thứ ba mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
  "nhạy bén hơn nữa | nhu cầu, ưu tiên phát triển"),
])

# 44 - Hội nghị đối ngoại toàn quốc
C.append([
 ("Tổng Bí thư Nguyễn Phú Trọng có kết luận, chỉ đạo tại hội nghị nào được nhắc trong các báo cáo?", "new", "-",
  "Tổng Bí thư Nguyễn Phú Trọng có kết luận, chỉ đạo tại hội nghị nào được nhắc trong các báo cáo?",
  "Hội nghị đối ngoại toàn quốc"),
 ("hội nghị đó năm nào", "pronoun", "telegraphic",
  "Hội nghị đối ngoại toàn quốc có chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng diễn ra năm nào?", "2021"),
 ("hội nghị đó có bao nhiêu đại biểu", "pronoun", "-",
  "Hội nghị đối ngoại toàn quốc năm 2021 có bao nhiêu đại biểu?", NR),
 ("Ngày 6/1 Bộ Ngoại giao tổ chức hội nghị gì?", "new", "-",
  "Ngày 6/1, Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết công tác ngành ngoại giao năm 2024"),
])

# 45 - sơ kết 2023 source
C.append([
 ("sơ kết 6 tháng đầu 2023 do cơ quan nào đưa tin", "new", "-",
  "Tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do cơ quan nào đưa?", "TTXVN"),
 ("hn do dien ra ngay nao", "pronoun", "accentless,abbrev",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "5/7"),
 ("co bao nhieu nguoi du", "ellipsis", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 có bao nhiêu người dự?", NR),
 ("còn hội nghị tổng kết 2022?", "substitution", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu người dự?", "700"),
 ("Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?", "new", "abbrev",
  "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021 | 2020"),
])

# 46 - cây tre
C.append([
 ("Bản sắc cây tre Việt Nam được nhắc tới ở hội nghị nào?", "new", "-",
  "Bản sắc “cây tre Việt Nam” được nhắc tới ở hội nghị nào?",
  "tổng kết công tác ngành ngoại giao năm 2022 | 10/1"),
 ("ai noi", "ellipsis", "accentless,telegraphic",
  "Ai nói về bản sắc “cây tre Việt Nam” tại hội nghị tổng kết năm 2022?", "Phạm Minh Chính"),
 ("“gốc vững” theo ông ấy là gì", "pronoun", "-",
  "Theo Thủ tướng Phạm Minh Chính, “gốc vững” là gì?", "kiên định độc lập, tự chủ"),
 ("trich nguyen van doan do", "request", "accentless",
  "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về “gốc vững”.",
  "gốc vững && kiên định độc lập, tự chủ, đa phương hóa, đa dạng hóa"),
])

# 47 - sơ kết 2019 date
C.append([
 ("bao gio BNG so ket 6 thang dau nam 2019", "new", "accentless,abbrev",
  "Bộ Ngoại giao sơ kết 6 tháng đầu năm 2019 vào ngày nào?", "22/7 | 22/07/2019"),
 ("hôm đó là thứ mấy", "pronoun", "telegraphic",
  "Ngày diễn ra Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7/2019) là thứ mấy?", "Thứ hai"),
 ("bài báo do báo nào đăng", "request", "-",
  "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 do báo nào đăng?", "CLO | TG&VN"),
 ("hiep dinh nao chinh thuc duoc trien khai", "ellipsis", "accentless",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?", "CPTPP"),
 ("What did PM Pham Minh Chinh say about bamboo diplomacy?", "new", "english",
  "Thủ tướng Phạm Minh Chính nói gì về bản sắc “cây tre Việt Nam”?", "cây tre Việt Nam && gốc vững"),
])

# 48 - 2025 kênh đối ngoại
C.append([
 ("Nhiệm vụ 2025 của Bộ Ngoại giao bao gồm những kênh đối ngoại nào?", "new", "-",
  "Theo hội nghị tổng kết năm 2024, nhiệm vụ năm 2025 của Bộ Ngoại giao bao gồm triển khai những kênh đối ngoại nào?",
  "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân"),
 ("Thủ tướng có nói về tổ chức bộ máy ko", "ellipsis", "abbrev",
  "Tại hội nghị tổng kết năm 2024, Thủ tướng có nói về tổ chức bộ máy không?", "tinh gọn tổ chức bộ máy | Nghị quyết 18"),
 ("BNG tiếp nhận chức năng của cơ quan nào", "ellipsis", "abbrev",
  "Theo hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
  "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
 ("nghi quyet 18 ban hanh nam nao", "ellipsis", "accentless",
  "Nghị quyết 18 của BCH Trung ương được nhắc tại hội nghị tổng kết năm 2024 ban hành năm nào?", NR),
])

# 49 - R2 attendees, then PM 2022
C.append([
 ("Buổi làm việc ngày 31-1 có lãnh đạo cơ quan nào ngoài BNG tham dự", "new", "abbrev",
  "Buổi làm việc ngày 31-1 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có lãnh đạo cơ quan nào ngoài Bộ Ngoại giao tham dự?",
  "Văn phòng Chính phủ"),
 ("phó thủ tướng nào làm việc", "ellipsis", "telegraphic",
  "Phó Thủ tướng nào làm việc với Bộ Ngoại giao ngày 31-1?", "Trần Lưu Quang"),
 ("keo dai bao lau", "ellipsis", "accentless,telegraphic",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 kéo dài bao lâu?", NR),
 ("Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao chủ động đi trước làm gì?", "new", "-",
  "Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao chủ động đi trước làm gì?", "mở đường cho phát triển đất nước"),
])

# 50 - sơ kết 2022 not in corpus
C.append([
 ("Hội nghị sơ kết 6 tháng đầu năm 2022 của BNG có kết quả gì?", "new", "abbrev,near-miss",
  "Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao đánh giá kết quả gì?", NIC),
 ("ok vậy còn sơ kết 2023", "substitution", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá kết quả gì?",
  "điểm sáng | chủ động, thích ứng, sáng tạo"),
 ("BT Sơn trao khen thưởng cho ai", "ellipsis", "abbrev",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao khen thưởng cho ai?",
  "tập thể và cá nhân có thành tích xuất sắc"),
 ("danh sách cụ thể?", "request", "telegraphic",
  "Danh sách cụ thể các tập thể và cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?", NR),
])


# Conversations typed entirely without diacritics (as many phone users do).
STRIP = {7, 10, 12, 13, 21, 22, 27, 33, 35, 40, 44}


def strip_accents(s):
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conversations.tsv")
    lines = list(HEADER)
    for i, conv in enumerate(C, 1):
        cid = "c%02d" % i
        for t in conv:
            assert len(t) == 5, t
            q, kind, tags, read_as, facts = t
            if i in STRIP and "english" not in tags and "accentless" not in tags:
                q = strip_accents(q)
                tl = [] if tags == "-" else tags.split(",")
                tags = ",".join(["accentless"] + tl)
                t = (q, kind, tags, read_as, facts)
            for f in t:
                assert "\t" not in f and "\n" not in f, t
            lines.append("\t".join((cid,) + tuple(t)))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote", len(lines) - len(HEADER), "turns in", len(C), "conversations")


if __name__ == "__main__":
    main()
