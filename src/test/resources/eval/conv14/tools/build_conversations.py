#!/usr/bin/env python3
"""Builds ../conversations.tsv from the hand-written turns below.
Every turn was written by reading the five reports in ../given only."""
import os

HEADER = [
    "# Blind conversation set 14 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"
NR = "refuse:not_reported"

# (question, kind, tags, read_as, facts)
C = []

# c01 — 2022 year-end review (10/1) -> 2024 substitution -> new topic
C.append([
 ("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
 ("ai chu tri?", "ellipsis", "accentless,telegraphic",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("hội nghị đó có bao nhiêu đại biểu dự?", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700 đại biểu | 700"),
 ("con nam 2024?", "substitution", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR),
 ("PTT Trần Lưu Quang làm việc với BNG ở đâu?", "new", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở"),
])

# c02 — 2024 year-end review (6/1)
C.append([
 ("hn tong ket nganh ngoai giao nam 2024 to chuc ngay nao", "new", "accentless,abbrev",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
 ("ai chủ trì?", "ellipsis", "telegraphic",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
 ("the TTg co du hoi nghi do ko", "pronoun", "accentless,abbrev",
  "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 không?", "Phạm Minh Chính"),
 ("ông ấy kết luận nhiệm vụ bao trùm là gì?", "pronoun", "-",
  "Khi kết luận Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
  "kỷ nguyên vươn mình && vai trò tiên phong"),
 ("trich nguyen van cau do", "request", "accentless,telegraphic",
  "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao tại Hội nghị tổng kết năm 2024.",
  "nhiệm vụ bao trùm && vươn mình của dân tộc"),
])

# c03 — 2023 mid-year review (5/7) -> 2019 substitution
C.append([
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
 ("o dau", "ellipsis", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở đâu?", NR),
 ("ai phát biểu kết luận?", "ellipsis", "telegraphic",
  "Ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("còn sơ kết năm 2019 thì sao?", "substitution", "-",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ong ay luc do giu chuc vu gi", "pronoun", "accentless",
  "Năm 2019, ông Phạm Bình Minh giữ chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm?", "Phó Thủ tướng && Bộ trưởng"),
])

# c04 — 2019: UNSC seat
C.append([
 ("Năm 2019 VN trúng cử ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "abbrev",
  "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193"),
 ("nhiệm kỳ nào?", "ellipsis", "telegraphic",
  "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?", "2020-2021"),
 ("cai nay lay tu bao cao nao", "request", "accentless",
  "Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với 192/193 phiếu nằm trong báo cáo về hội nghị nào?",
  "sơ kết && 2019"),
 ("ai chỉ đạo hội nghị đó?", "pronoun", "-",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ong ay co phan doi viec VN ung cu HDBA ko", "pronoun", "accentless,abbrev,premise",
  "Phó Thủ tướng Phạm Bình Minh có phản đối việc Việt Nam ứng cử vào Hội đồng Bảo an Liên Hợp Quốc không?", FP),
])

# c05 — Deputy PM Tran Luu Quang working session (31-1)
C.append([
 ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
 ("buổi sáng hay chiều?", "ellipsis", "telegraphic",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào buổi sáng hay buổi chiều?", "chiều"),
 ("ai du", "ellipsis", "accentless,telegraphic",
  "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Bùi Thanh Sơn && Văn phòng Chính phủ"),
 ("vị PTT đó xác định nhiệm vụ trung tâm là gì?", "pronoun", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của công tác đối ngoại là gì?", "phục vụ phát triển đất nước"),
 ("trích nguyên văn đi", "request", "telegraphic",
  "Trích nguyên văn câu của Phó Thủ tướng Trần Lưu Quang về các nhiệm vụ trọng yếu, trung tâm và quan trọng của công tác đối ngoại.",
  "nhiệm vụ trọng yếu, thường xuyên && nhiệm vụ trung tâm && nhiệm vụ quan trọng"),
])

# c06 — PM Pham Minh Chinh at 2022 review
C.append([
 ("tai hn tong ket 2022 TTg Pham Minh Chinh de nghi nganh ngoai giao bao ve to quoc the nao", "new", "accentless,abbrev",
  "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bảo vệ Tổ quốc như thế nào?",
  "từ sớm && nước chưa nguy"),
 ("nói rõ hơn", "request", "-",
  "Nói rõ hơn các yêu cầu của Thủ tướng Phạm Minh Chính đối với ngành ngoại giao tại Hội nghị tổng kết năm 2022.",
  "chủ động dự báo tình hình | dám nghĩ, dám làm | không để bị động bất ngờ"),
 ("mấy nhiệm vụ trọng tâm?", "ellipsis", "telegraphic",
  "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm tại Hội nghị tổng kết năm 2022?",
  "6 nhiệm vụ trọng tâm"),
 ("ong ay nhac ban sac gi", "pronoun", "accentless",
  "Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "cây tre Việt Nam"),
 ("phương châm ứng xử thì sao?", "substitution", "-",
  "Thủ tướng Phạm Minh Chính nêu phương châm ứng xử gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
  "dĩ bất biến, ứng vạn biến"),
 ("ai noi cau do", "request", "accentless,telegraphic",
  "Ai nói câu \"dĩ bất biến, ứng vạn biến\" tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính"),
])

# c07 — connection points: Quang Tri 2024 vs Cao Bang 2022
C.append([
 ("Hội nghị tổng kết ngành ngoại giao năm 2024 có điểm cầu tỉnh nào được nhắc đến?", "new", "-",
  "Báo cáo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 nhắc đến điểm cầu tỉnh nào?", "Quảng Trị"),
 ("ai du o diem cau do", "pronoun", "accentless",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("còn năm 2022?", "substitution", "telegraphic",
  "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, ai dự hội nghị tại điểm cầu tỉnh được nêu trong báo cáo?",
  "Nguyễn Bích Ngọc && Cao Bằng"),
 ("người đó giữ chức gì?", "pronoun", "-",
  "Ông/bà Nguyễn Bích Ngọc, người dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
  "Ban Thường vụ Tỉnh ủy && Phó Chủ tịch UBND tỉnh"),
 ("nhung huyen nao tham du", "ellipsis", "accentless",
  "UBND những huyện nào của Cao Bằng tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Quảng Hòa && Trùng Khánh"),
])

# c08 — directions on communication & building the sector, 2023 vs 2019
C.append([
 ("BT Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại HN sơ kết 6 tháng đầu năm 2023?", "new", "abbrev",
  "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "phương thức truyền thông mới"),
 ("con cong tac xay dung nganh thi sao", "substitution", "accentless",
  "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
  "thi đua khen thưởng | chế độ chính sách"),
 ("còn ông Phạm Bình Minh năm 2019?", "substitution", "-",
  "Phó Thủ tướng, Bộ trưởng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
  "tuyển dụng && bảo vệ chính trị nội bộ"),
 ("tom tat lai 2 y kien tren", "request", "accentless,telegraphic",
  "Tóm tắt chỉ đạo về công tác xây dựng ngành của Bộ trưởng Bùi Thanh Sơn (sơ kết 2023) và Phó Thủ tướng Phạm Bình Minh (sơ kết 2019).",
  "thi đua khen thưởng | chế độ chính sách && tuyển dụng | kỷ cương, kỷ luật"),
])

# c09 — 2019: three points of Pham Binh Minh
C.append([
 ("Tại hội nghị sơ kết 6 tháng đầu năm 2019, PTT Phạm Bình Minh lưu ý những điểm gì?", "new", "abbrev",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì?",
  "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa"),
 ("diem thu 3 la gi", "ellipsis", "accentless,telegraphic",
  "Điểm thứ ba Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
  "nhu cầu, ưu tiên phát triển"),
 ("ông ấy đánh giá tình hình quốc tế nửa đầu năm đó ra sao?", "pronoun", "-",
  "Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 ra sao?",
  "nhanh hơn, phức tạp hơn && khó lường"),
 ("vì sao ông ấy phê bình BNG phối hợp kém?", "pronoun", "abbrev,premise",
  "Vì sao Phó Thủ tướng Phạm Bình Minh phê bình Bộ Ngoại giao phối hợp kém tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
 ("Hội nghị tổng kết công tác ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?", "new", "-",
  "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?", "2025"),
])

# c10 — English turns on 2023 mid-year review
C.append([
 ("When was the MFA's 2023 mid-year review conference held?", "new", "english,abbrev",
  "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra khi nào?", "5/7"),
 ("who gave the concluding speech?", "ellipsis", "english",
  "Ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("how many people attended?", "ellipsis", "english,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu người tham dự?", NR),
 ("nguồn?", "request", "telegraphic",
  "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao lấy từ nguồn nào?", "TTXVN"),
 ("Thủ tướng dự HN tổng kết ngành ngoại giao năm 2022 là ai?", "new", "abbrev",
  "Thủ tướng nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính"),
])

# c11 — economic results 2022 vs 2024
C.append([
 ("Theo hội nghị tổng kết ngành ngoại giao, năm 2022 kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new", "-",
  "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", "700 tỷ USD"),
 ("ai noi vay", "request", "accentless,telegraphic",
  "Ai đánh giá kim ngạch xuất nhập khẩu năm 2022 vượt mốc kỷ lục 700 tỷ USD tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("con nam 2024", "substitution", "accentless,telegraphic",
  "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?", NR),
 ("ngoai giao kinh te nam do chuyen bien o linh vuc nao", "pronoun", "accentless",
  "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?", "chuyển đổi xanh && chíp bán dẫn | trí tuệ nhân tạo"),
 ("dưới sự chỉ đạo của ai?", "ellipsis", "telegraphic",
  "Năm 2024, ngoại giao kinh tế và kinh tế đối ngoại chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "sâu sát, quyết liệt && Thủ tướng"),
])

# c12 — Tran Luu Quang tasks
C.append([
 ("pho thu tuong tran luu quang yeu cau bo ngoai giao tap trung lam gi nam 2023", "new", "accentless",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung làm gì trong năm 2023?",
  "chương trình đối ngoại cấp cao && biên giới hoà bình"),
 ("tom tat lai", "request", "accentless,telegraphic",
  "Tóm tắt các nhiệm vụ Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.",
  "chương trình đối ngoại cấp cao && hội nhập quốc tế"),
 ("ông ấy nhắc đến hội nghị nào năm 2021?", "pronoun", "-",
  "Phó Thủ tướng Trần Lưu Quang nhắc đến hội nghị nào năm 2021?", "Hội nghị đối ngoại toàn quốc"),
 ("chỉ đạo của ai?", "ellipsis", "telegraphic",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu bám sát chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc năm 2021?", "Nguyễn Phú Trọng"),
 ("sao ông ấy lại chê BNG chậm đổi mới?", "pronoun", "abbrev,premise",
  "Vì sao Phó Thủ tướng Trần Lưu Quang chê Bộ Ngoại giao chậm đổi mới?", FP),
])

# c13 — 2025 tasks, streamlining, source
C.append([
 ("BNG xác định mục tiêu, nhiệm vụ năm 2025 thế nào?", "new", "abbrev",
  "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?",
  "dự báo đúng tình hình && thế chủ động chiến lược"),
 ("bao cao nay noi gi ve tinh gon bo may", "pronoun", "accentless",
  "Báo cáo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 nói gì về tinh gọn tổ chức bộ máy của Bộ Ngoại giao?",
  "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
 ("tổng kết nghị quyết số mấy?", "ellipsis", "telegraphic",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết Nghị quyết số mấy của Ban Chấp hành Trung ương?",
  "Nghị quyết 18"),
 ("nguon nao", "request", "accentless,telegraphic",
  "Thông tin về tổng kết Nghị quyết 18 và tinh gọn bộ máy Bộ Ngoại giao lấy từ nguồn nào?", "Quảng Trị | baoquangtri | Hoài Nhung"),
 ("còn tổng kết năm 2023 thì sao?", "substitution", "near-miss",
  "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2023, Thủ tướng yêu cầu gì về tổng kết Nghị quyết và tinh gọn bộ máy?", NIC),
])

# c14 — 2019 partnerships
C.append([
 ("6 tháng đầu năm 2019 VN thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "abbrev",
  "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
 ("nâng tổng số lên bao nhiêu?", "ellipsis", "telegraphic",
  "Việc thiết lập quan hệ Đối tác toàn diện trong 6 tháng đầu năm 2019 nâng tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu?",
  "30 quốc gia"),
 ("con 6 thang dau 2023", "substitution", "accentless,telegraphic",
  "Trong 6 tháng đầu năm 2023, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", NR),
 ("Ai chủ trì hội nghị tổng kết ngành ngoại giao năm 2022?", "new", "-",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("hội nghị đó kết nối với bao nhiêu điểm cầu?", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63"),
])

# c15 — 2019 agreements and events
C.append([
 ("hiep dinh nao duoc ky ket 6 thang dau nam 2019", "new", "accentless",
  "Những hiệp định nào được ký kết trong 6 tháng đầu năm 2019 theo báo cáo sơ kết của Bộ Ngoại giao?", "EVFTA && bảo hộ đầu tư"),
 ("CPTPP thì sao?", "substitution", "abbrev,telegraphic",
  "Hiệp định CPTPP có bước tiến gì trong 6 tháng đầu năm 2019?", "chính thức được triển khai"),
 ("su kien quoc te nao VN to chuc thanh cong", "ellipsis", "accentless,abbrev",
  "Trong 6 tháng đầu năm 2019, Việt Nam tổ chức thành công sự kiện quốc tế nào?", "Mỹ - Triều"),
 ("lần đó là lần thứ mấy?", "pronoun", "-",
  "Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức năm 2019 là lần thứ mấy?", "lần 2"),
 ("chỉ thị nào về đối ngoại đa phương được nhắc?", "ellipsis", "paraphrase",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nhắc đến chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương?", "Chỉ thị 25"),
])

# c16 — Bui Thanh Son opening 2022 -> PM -> not-in-corpus
C.append([
 ("Khai mạc HN tổng kết ngành NG 2022, BT Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?", "new", "abbrev",
  "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
  "nhìn lại một năm && Ngoại giao lần thứ 31"),
 ("ông ấy nói sự tham dự của TTg là minh chứng cho điều gì?", "pronoun", "abbrev",
  "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
  "quan tâm đặc biệt"),
 ("còn TTg thì nhấn mạnh gì?", "substitution", "abbrev",
  "Thủ tướng Phạm Minh Chính nhấn mạnh những gì khi phát biểu chỉ đạo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
  "cây tre Việt Nam | từ sớm | dĩ bất biến, ứng vạn biến | chủ động dự báo tình hình"),
 ("Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", "new", "near-miss",
  "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NIC),
])

# c17 — cadres 2024 vs 2019
C.append([
 ("Tại HN tổng kết năm 2024, TTg yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào?", "new", "abbrev",
  "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
  "tuyệt đối trung thành && tinh thông về nghiệp vụ"),
 ("trich nguyen van", "request", "accentless,telegraphic",
  "Trích nguyên văn yêu cầu của Thủ tướng về xây dựng đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024.",
  "vừa hồng, vừa chuyên && khôn khéo về ứng xử"),
 ("còn năm 2019?", "substitution", "telegraphic",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, mục tiêu xây dựng đội ngũ cán bộ ngoại giao được nêu thế nào?",
  "tinh nhuệ && hiện đại hóa Bộ Ngoại giao"),
 ("hội nghị năm đó ai chỉ đạo?", "pronoun", "-",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ngay nao", "ellipsis", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
])

# c18 — attendees of mid-year reviews, missing 2022
C.append([
 ("HN sơ kết 6 tháng đầu năm 2023 có những ai tham dự?", "new", "abbrev",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có những ai tham dự?",
  "Bùi Thanh Sơn && Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị"),
 ("con 2022", "substitution", "accentless,telegraphic,near-miss",
  "Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao có những ai tham dự?", NIC),
 ("the 2019 thi sao", "substitution", "accentless,telegraphic",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, lãnh đạo nào dự và phát biểu?", "Phạm Bình Minh"),
 ("ong ay la BT hay PTT", "pronoun", "accentless,abbrev",
  "Ông Phạm Bình Minh lúc đó là Bộ trưởng Ngoại giao hay Phó Thủ tướng?", "Phó Thủ tướng && Bộ trưởng"),
])

# c19 — Bui Thanh Son reports to Tran Luu Quang
C.append([
 ("Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "new", "-",
  "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
  "nhiệm vụ đối ngoại năm 2022 && đổi mới tư duy"),
 ("ong ay noi BNG quyet tam gi", "pronoun", "accentless,abbrev",
  "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm gì trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
  "đổi mới tư duy"),
 ("nói rõ hơn", "request", "-",
  "Nói rõ hơn trọng tâm đổi mới của Bộ Ngoại giao mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.",
  "tinh thần phục vụ && kỷ cương hành chính | chuyển đổi số"),
 ("khi nao", "ellipsis", "accentless,telegraphic",
  "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra khi nào?", "31-1"),
 ("Hội nghị sơ kết 6 tháng đầu năm 2019 có bao nhiêu đại biểu tham dự?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NR),
])

# c20 — 2023 assessments by field
C.append([
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại với phương châm gì?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?", "chủ động, thích ứng, sáng tạo"),
 ("ngoai giao kinh te dat ket qua gi", "ellipsis", "accentless",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao kinh tế đạt kết quả gì?",
  "trọng tâm, trọng điểm && kinh tế vĩ mô | mở rộng thị trường"),
 ("còn ngoại giao đa phương?", "substitution", "telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?", "ngoại giao song phương"),
 ("con cong tac nguoi VN o nuoc ngoai", "substitution", "accentless,abbrev,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?", "cầu nối"),
 ("tóm tắt lại toàn bộ đánh giá của hội nghị", "request", "-",
  "Tóm tắt các đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về kết quả công tác đối ngoại.",
  "điểm sáng && ngoại giao kinh tế"),
])

# c21 — economy 2024 vs 2022, false premise
C.append([
 ("nam 2024 ngoai giao kinh te gop phan giu VN trong nhom nuoc nao", "new", "accentless,abbrev",
  "Năm 2024 ngoại giao kinh tế góp phần duy trì Việt Nam trong nhóm nước nào?", "tăng trưởng cao"),
 ("noi ro hon", "request", "accentless,telegraphic",
  "Nói rõ hơn về kết quả của ngoại giao kinh tế năm 2024.",
  "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh && điểm sáng về thương mại"),
 ("thế còn năm 2022?", "substitution", "telegraphic",
  "Năm 2022 ngoại giao kinh tế đạt kết quả gì theo Hội nghị tổng kết ngành Ngoại giao?", "700 tỷ USD"),
 ("nam do TTg co du hoi nghi tong ket ko", "pronoun", "accentless,abbrev",
  "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính"),
 ("sao ông ấy rời hội nghị sớm?", "pronoun", "premise",
  "Vì sao Thủ tướng Phạm Minh Chính rời Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 sớm?", FP),
])

# c22 — 2019 spirit of earlier conferences; 2018 review not in corpus
C.append([
 ("PTT Phạm Bình Minh nói công tác đối ngoại 6 tháng đầu 2019 được triển khai theo tinh thần hội nghị nào?", "new", "abbrev",
  "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại 6 tháng đầu năm 2019 được triển khai theo tinh thần những hội nghị nào?",
  "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018"),
 ("hội nghị tổng kết 2018 đó do ai chủ trì?", "pronoun", "near-miss",
  "Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao do ai chủ trì?", NIC),
 ("con nam 2022", "substitution", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?", "Bùi Thanh Sơn"),
 ("hội nghị đó bắt đầu lúc mấy giờ?", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 bắt đầu lúc mấy giờ?", NR),
])

# c23 — English
C.append([
 ("who chaired the 2022 diplomatic sector review conference?", "new", "english",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("how many delegates?", "ellipsis", "english,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu?", "700"),
 ("and 2024?", "substitution", "english,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bao nhiêu đại biểu?", NR),
 ("what did Deputy PM Tran Luu Quang say is the central task?", "new", "english,abbrev",
  "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm của công tác đối ngoại là gì?", "phục vụ phát triển đất nước"),
])

# c24 — 2023 awards and directions
C.append([
 ("Tại HN sơ kết 6 tháng đầu năm 2023, BT Sơn trao tặng gì?", "new", "abbrev",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao tặng gì?", "danh hiệu && khen thưởng"),
 ("bao nhiêu tập thể, cá nhân được khen?", "ellipsis", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, bao nhiêu tập thể và cá nhân được khen thưởng?", NR),
 ("ong ay yeu cau cac don vi lam tot hon viec gi", "pronoun", "accentless",
  "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
  "nghiên cứu, dự báo, tham mưu"),
 ("ổng đề nghị triển khai đường lối đại hội nào", "pronoun", "typo",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
  "Đại hội XIII"),
 ("Trong 6 tháng đầu 2019 Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "new", "-",
  "Trong 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "Mỹ - Triều"),
])

# c25 — Tran Luu Quang assessment, source
C.append([
 ("PTT Tran Luu Quang nhan dinh tinh hinh the gioi thoi gian toi the nao", "new", "accentless,abbrev",
  "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới như thế nào?",
  "biến động sâu sắc, phức tạp && cơ hội, thuận lợi"),
 ("vị này yêu cầu BNG tham mưu gì?", "pronoun", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu gì?", "tham mưu kịp thời && tranh thủ tối đa cơ hội"),
 ("nguồn nào?", "request", "telegraphic",
  "Thông tin về nhận định và yêu cầu của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP"),
 ("lanh dao VPCP nao du, ten gi", "ellipsis", "accentless,abbrev,telegraphic",
  "Lãnh đạo Văn phòng Chính phủ nào (tên gì) dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", NR),
 ("Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thúc đẩy quan hệ với các đối tác quan trọng thế nào?", "new", "-",
  "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Thủ tướng yêu cầu thúc đẩy quan hệ với các đối tác quan trọng như thế nào?",
  "nâng cấp, nâng tầm"),
])

# c26 — PM on partners and struggle
C.append([
 ("TTg Phạm Minh Chính nói gì về chủ trương từ \"muốn là bạn\"?", "new", "abbrev",
  "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về chủ trương từ \"muốn là bạn\"?",
  "sẵn sàng là bạn && đối tác tin cậy"),
 ("con ve hop tac va dau tranh", "substitution", "accentless",
  "Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "đối tác, đối tượng"),
 ("trích nguyên văn", "request", "telegraphic",
  "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về hợp tác và đấu tranh tại Hội nghị tổng kết năm 2022.",
  "đối tác, đối tượng && quan niệm"),
 ("ông ấy nói vậy ở hội nghị nào, ngày nào?", "pronoun", "-",
  "Thủ tướng Phạm Minh Chính phát biểu về hợp tác và đấu tranh tại hội nghị nào, ngày nào?", "tổng kết && 10/1"),
 ("ong ay co phan doi de xuat nao cua BNG ko", "pronoun", "accentless,abbrev,premise",
  "Thủ tướng Phạm Minh Chính có phản đối đề xuất nào của Bộ Ngoại giao tại Hội nghị tổng kết năm 2022 không?", FP),
])

# c27 — Quang Tri, partnerships
C.append([
 ("HN tong ket nganh ngoai giao 2024 diem cau Quang Tri co ai du", "new", "accentless,abbrev",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("ông ấy giữ chức gì?", "pronoun", "-",
  "Ông Hoàng Nam, người dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
 ("con diem cau Ha Noi", "substitution", "accentless,telegraphic",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Hà Nội?", NR),
 ("Năm 2019 Việt Nam nâng tổng số Đối tác chiến lược, Đối tác toàn diện lên bao nhiêu?", "new", "-",
  "Năm 2019 Việt Nam nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu quốc gia?", "30 quốc gia"),
 ("còn năm 2024?", "substitution", "telegraphic",
  "Năm 2024 Việt Nam có tổng số bao nhiêu Đối tác chiến lược/Đối tác toàn diện theo báo cáo tổng kết ngành Ngoại giao?", NR),
])

# c28 — world situation 2023 vs 2019
C.append([
 ("so ket 6t dau nam 2023 BNG danh gia doi ngoai ntn", "new", "accentless,abbrev,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác đối ngoại như thế nào?",
  "điểm sáng | chủ động, thích ứng, sáng tạo"),
 ("tinh hinh the gioi?", "ellipsis", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?", "tác động sâu sắc"),
 ("con 2019", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá tình hình quốc tế thế nào?", "nhanh hơn, phức tạp hơn"),
 ("ai nói vậy?", "request", "telegraphic",
  "Ai nhận định tình hình quốc tế nửa đầu năm 2019 diễn biến nhanh hơn, phức tạp hơn?", "Phạm Bình Minh"),
])

# c29 — vice minister not in corpus -> Bui Thanh Son
C.append([
 ("Thứ trưởng Ngoại giao Nguyễn Minh Vũ phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2022?", "new", "near-miss",
  "Thứ trưởng Ngoại giao Nguyễn Minh Vũ phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NIC),
 ("thế còn Bộ trưởng Bùi Thanh Sơn?", "substitution", "-",
  "Bộ trưởng Bùi Thanh Sơn phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
  "nhìn lại một năm | giai đoạn phát triển mới | 700 tỷ USD"),
 ("ông ấy khẳng định cần xây dựng ngành NG thế nào", "pronoun", "abbrev",
  "Bộ trưởng Bùi Thanh Sơn khẳng định cần xây dựng ngành Ngoại giao như thế nào tại Hội nghị tổng kết năm 2022?",
  "trong sạch, vững mạnh && đổi mới mạnh mẽ tư duy"),
 ("buoc sang giai doan moi voi tam the gi", "ellipsis", "accentless",
  "Theo Bộ trưởng Bùi Thanh Sơn, ngành Ngoại giao bước sang giai đoạn phát triển mới với tâm thế gì?", "tâm thế và khí thế mới"),
])

# c30 — Directive 25 -> 2022 connection points
C.append([
 ("Doi ngoai da phuong 6 thang dau 2019 the hien tinh than chi thi nao", "new", "accentless",
  "Đối ngoại đa phương 6 tháng đầu năm 2019 thể hiện tinh thần của chỉ thị nào?", "Chỉ thị 25"),
 ("chỉ thị đó gắn với Ban nào?", "pronoun", "-",
  "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương gắn với cơ quan nào?", "Ban Bí thư"),
 ("noi dung ve gi", "ellipsis", "accentless,telegraphic",
  "Chỉ thị 25 của Ban Bí thư có nội dung về vấn đề gì?", "nâng tầm đối ngoại đa phương"),
 ("HN tổng kết ngành ngoại giao 2022 kết nối bao nhiêu tỉnh thành?", "new", "abbrev",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "63"),
 ("hội nghị đó tổ chức theo hình thức nào?", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến"),
])

# c31 — handling complex situations 2024 vs 2019, source
C.append([
 ("TTg chỉ đạo gì về xử lý tình huống đối ngoại phức tạp tại HN tổng kết 2024?", "new", "abbrev",
  "Thủ tướng chỉ đạo gì về xử lý các tình huống đối ngoại phức tạp tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?",
  "tổng thể, dài hơi && chiều sâu"),
 ("noi ro hon di", "request", "accentless,telegraphic",
  "Nói rõ hơn chỉ đạo của Thủ tướng về xử lý tình huống đối ngoại phức tạp tại Hội nghị tổng kết năm 2024.",
  "chủ động tham mưu && hoàn thiện đường lối"),
 ("còn PTT Phạm Bình Minh năm 2019 nói sao về việc này?", "substitution", "abbrev",
  "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về tham mưu, xử lý tình huống tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
  "nhạy cảm trong tham mưu && xử lý tình huống"),
 ("nguon", "request", "accentless,telegraphic",
  "Thông tin về chỉ đạo của Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "CLO | TG&VN"),
 ("bài đó đăng ngày nào?", "pronoun", "-",
  "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 được đăng ngày nào?", "22/07/2019 | 22/7"),
])

# c32 — Tran Luu Quang praise -> PM economic diplomacy 2022 -> 2024
C.append([
 ("Ai làm việc với Bộ Ngoại giao ngày 31-1 về triển khai công tác đối ngoại năm 2023?", "new", "-",
  "Ai làm việc với Bộ Ngoại giao ngày 31-1 về triển khai công tác đối ngoại năm 2023?", "Trần Lưu Quang"),
 ("ong ay danh gia cao dieu gi", "pronoun", "accentless",
  "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở Bộ Ngoại giao?", "thành tựu to lớn"),
 ("buổi đó ở đâu?", "pronoun", "telegraphic",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở"),
 ("Thủ tướng Phạm Minh Chính đề nghị gì về ngoại giao kinh tế tại hội nghị tổng kết năm 2022?", "new", "-",
  "Thủ tướng Phạm Minh Chính đề nghị gì về ngoại giao kinh tế tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
  "thị trường xuất khẩu && chuỗi cung ứng | chuỗi giá trị"),
 ("con 2024", "substitution", "accentless,telegraphic",
  "Theo báo cáo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, ngoại giao kinh tế dưới sự chỉ đạo của Thủ tướng đạt kết quả gì?",
  "chíp bán dẫn | chuyển đổi xanh | trí tuệ nhân tạo"),
])

# c33 — typos, 2019 -> 2020 missing -> 2023
C.append([
 ("hôi nghị sơ kêt 6 thang đâu năm 2019 diên ra ngày nao", "new", "typo",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
 ("ai chi dao", "ellipsis", "accentless,telegraphic",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("con so ket 2020", "substitution", "accentless,telegraphic,near-miss",
  "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao?", NIC),
 ("thế còn 2023?", "substitution", "telegraphic",
  "Ai phát biểu kết luận, chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("trich nguyen van cau ong ay noi ve nghien cuu du bao", "request", "accentless",
  "Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn nói về công tác nghiên cứu, dự báo tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
  "nghiên cứu, dự báo, tham mưu"),
])

# c34 — which report / authors
C.append([
 ("Báo cáo nào nói về việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương?", "new", "-",
  "Báo cáo nào nói về việc Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của Ban Đối ngoại Trung ương?", "tổng kết && 2024"),
 ("hội nghị đó tổ chức ngày nào?", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
 ("ai viết bài đó?", "pronoun", "-",
  "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Hoài Nhung"),
 ("còn bài về hội nghị tổng kết 2022?", "substitution", "-",
  "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường"),
 ("con bai so ket 2019", "substitution", "accentless,telegraphic",
  "Ai viết bài / nguồn nào đưa tin về Hội nghị sơ kết 6 tháng đầu năm 2019?", "PV | CLO"),
])

# c35 — false premise "postponed" -> real timing
C.append([
 ("Vì sao hội nghị tổng kết ngành ngoại giao năm 2022 bị hoãn?", "new", "premise",
  "Vì sao Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 bị hoãn?", FP),
 ("thực tế diễn ra ngày nào?", "ellipsis", "telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 thực tế diễn ra ngày nào?", "10/1"),
 ("buoi sang hay chieu", "ellipsis", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều?", "sáng"),
 ("con buoi lam viec cua PTT Tran Luu Quang", "substitution", "accentless,abbrev",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "chiều"),
 ("vì sao ông ấy đến muộn?", "pronoun", "premise",
  "Vì sao Phó Thủ tướng Trần Lưu Quang đến muộn buổi làm việc với Bộ Ngoại giao?", FP),
])

# c36 — comparisons across years
C.append([
 ("So sánh ngày tổ chức hội nghị tổng kết ngành ngoại giao năm 2022 và năm 2024", "new", "-",
  "Hội nghị tổng kết ngành Ngoại giao năm 2022 và năm 2024 được tổ chức vào những ngày nào?", "10/1 && 6/1"),
 ("cả hai lần đó TTg đều dự à?", "pronoun", "abbrev",
  "Thủ tướng có dự cả Hội nghị tổng kết ngành Ngoại giao năm 2022 và năm 2024 không?", "Phạm Minh Chính"),
 ("hình thức tổ chức?", "ellipsis", "telegraphic",
  "Hội nghị tổng kết ngành Ngoại giao năm 2022 và năm 2024 được tổ chức theo hình thức nào?", "trực tuyến"),
 ("con so ket 2019 va 2023", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023 của Bộ Ngoại giao được tổ chức vào những ngày nào?", "22/7 && 5/7"),
 ("tóm tắt lại mấy mốc thời gian này", "request", "-",
  "Tóm tắt các mốc thời gian tổ chức Hội nghị tổng kết năm 2022, 2024 và Hội nghị sơ kết 6 tháng đầu năm 2019, 2023.",
  "10/1 && 6/1 && 22/7 && 5/7"),
])

# c37 — English on 2023 mid-year
C.append([
 ("what did Minister Bui Thanh Son ask about economic diplomacy at the 2023 mid-year review?", "new", "english",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về ngoại giao kinh tế?", "tích cực triển khai"),
 ("and on sovereignty?", "substitution", "english,telegraphic",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về bảo vệ chủ quyền?", "kiên quyết, kiên trì đấu tranh"),
 ("source?", "request", "english,telegraphic",
  "Thông tin về đề nghị của Bộ trưởng Bùi Thanh Sơn tại Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào?", "TTXVN"),
 ("TTg yêu cầu ngành NG thực hiện mấy nhiệm vụ trọng tâm trong năm 2023?", "new", "abbrev,paraphrase",
  "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022 (triển khai nhiệm vụ năm 2023), Thủ tướng yêu cầu thực hiện bao nhiêu nhiệm vụ trọng tâm?",
  "6 nhiệm vụ trọng tâm"),
])

# c38 — Cao Bang details
C.append([
 ("điểm cầu Cao Bằng dự hội nghị tổng kết ngành ngoại giao 2022 có những ai?", "new", "-",
  "Tại điểm cầu Cao Bằng, những ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Nguyễn Bích Ngọc"),
 ("nhung so nganh nao", "ellipsis", "accentless,telegraphic",
  "Những sở, ngành nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
  "Kế hoạch và Đầu tư && Bộ đội Biên phòng"),
 ("huyện nào?", "ellipsis", "telegraphic",
  "UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Quảng Hòa && Bảo Lâm"),
 ("con diem cau Quang Tri nam 2024 co so nganh nao", "substitution", "accentless",
  "Những sở, ngành nào của Quảng Trị dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
 ("Viec VN trung cu HDBA LHQ voi so phieu cao cho thay dieu gi", "new", "accentless,abbrev",
  "Việc Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với số phiếu cao cho thấy điều gì?", "sự tín nhiệm"),
])

# c39 — Tran Luu Quang topic -> person not in corpus -> 2019 congress
C.append([
 ("Buổi làm việc của PTT Trần Lưu Quang với BNG bàn về nội dung gì?", "new", "abbrev",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
  "triển khai công tác đối ngoại && năm 2023"),
 ("con PTT Le Van Thanh thi sao", "substitution", "accentless,abbrev,near-miss",
  "Phó Thủ tướng Lê Văn Thành làm việc với Bộ Ngoại giao về nội dung gì?", NIC),
 ("Báo cáo sơ kết 6 tháng đầu năm 2019 nói Bộ Ngoại giao hướng tới Đại hội nào?", "new", "-",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nói Bộ Ngoại giao hướng tới Đại hội nào của Đảng?", "Đại hội XIII"),
 ("qua đó thực hiện đường lối đại hội nào?", "ellipsis", "-",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao góp phần thực hiện thắng lợi đường lối đối ngoại của Đại hội nào?", "Đại hội XII"),
])

# c40 — 2024 article
C.append([
 ("Bài \"Tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam toàn diện, hiện đại\" viết về hội nghị nào?", "new", "-",
  "Bài \"Tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam toàn diện, hiện đại\" viết về hội nghị nào?", "tổng kết && 2024"),
 ("hoi nghi do co TTg du ko", "pronoun", "accentless,abbrev",
  "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 không?", "Phạm Minh Chính"),
 ("ong ay ket luan ntn", "pronoun", "accentless,abbrev,telegraphic",
  "Thủ tướng Phạm Minh Chính kết luận Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 như thế nào?",
  "nhiệm vụ bao trùm && kỷ nguyên vươn mình"),
 ("tóm tắt ngắn gọn", "request", "telegraphic",
  "Tóm tắt ngắn gọn kết luận của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết năm 2024.",
  "kỷ nguyên vươn mình | Nghị quyết 18 | tinh gọn tổ chức bộ máy"),
 ("vì sao ông ấy không dự mà chỉ gửi thư chúc mừng?", "pronoun", "premise",
  "Vì sao Thủ tướng Phạm Minh Chính không dự Hội nghị tổng kết năm 2024 mà chỉ gửi thư chúc mừng?", FP),
])

# c41 — people-centred spirit 2019 vs 2022; party work
C.append([
 ("Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương phát huy tinh thần gì?", "new", "-",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương phát huy tinh thần gì?",
  "người dân làm trung tâm"),
 ("con nam 2022 TTg noi gi ve tinh than nay", "substitution", "accentless,abbrev",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về tinh thần lấy người dân, doanh nghiệp làm trung tâm?",
  "trung tâm phục vụ"),
 ("câu đó ở hội nghị nào?", "request", "telegraphic",
  "Câu \"lấy người dân, doanh nghiệp, địa phương là trung tâm phục vụ\" được nói tại hội nghị nào?", "tổng kết && 10/1"),
 ("BNG nói gì về công tác Đảng, đoàn thể trong 6 tháng đầu năm 2019?", "new", "abbrev",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về công tác Đảng, đoàn thể của Bộ Ngoại giao?", "hiệu quả, thực chất"),
 ("con 6 thang dau nam 2023", "substitution", "accentless,telegraphic",
  "Báo cáo sơ kết 6 tháng đầu năm 2023 nói gì về công tác Đảng, đoàn thể của Bộ Ngoại giao?", NR),
])

# c42 — "con PTT thi sao"
C.append([
 ("Năm 2019, Bộ trưởng Ngoại giao chỉ đạo hội nghị sơ kết 6 tháng đầu năm là ai?", "new", "-",
  "Năm 2019, Bộ trưởng Ngoại giao phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm là ai?", "Phạm Bình Minh"),
 ("con PTT thi sao", "substitution", "accentless,abbrev,telegraphic",
  "Năm 2019, Phó Thủ tướng nào phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ông ấy có trong Bộ Chính trị không?", "pronoun", "-",
  "Năm 2019, ông Phạm Bình Minh có là Ủy viên Bộ Chính trị không?", "Ủy viên Bộ Chính trị"),
 ("Bộ trưởng Ngoại giao tại hội nghị sơ kết 6 tháng đầu năm 2023 là ai?", "new", "-",
  "Bộ trưởng Ngoại giao tham dự và kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 là ai?", "Bùi Thanh Sơn"),
 ("ong ay la uy vien gi", "pronoun", "accentless,telegraphic",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn được giới thiệu là Ủy viên cơ quan nào?", "Ủy viên Trung ương Đảng"),
])

# c43 — English, bamboo
C.append([
 ("what did PM Pham Minh Chinh say about the bamboo identity?", "new", "english,abbrev",
  "Thủ tướng Phạm Minh Chính nói gì về bản sắc \"cây tre Việt Nam\"?", "cây tre Việt Nam && gốc vững"),
 ("quote it exactly", "request", "english,telegraphic",
  "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bản sắc \"cây tre Việt Nam\".", "cây tre Việt Nam && kiên định độc lập, tự chủ"),
 ("which conference was that?", "ellipsis", "english",
  "Thủ tướng Phạm Minh Chính nói về bản sắc \"cây tre Việt Nam\" tại hội nghị nào?", "tổng kết && 10/1"),
 ("Bộ trưởng Bùi Thanh Sơn phát biểu khai mạc hội nghị tổng kết năm 2024 nói gì?", "new", "near-miss",
  "Bộ trưởng Bùi Thanh Sơn phát biểu khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 nói gì?", NR),
])

# c44 — 2023 partners, source, then 2022
C.append([
 ("6 tháng đầu năm 2023 quan hệ với các đối tác phát triển thế nào?", "new", "-",
  "Theo Hội nghị sơ kết, 6 tháng đầu năm 2023 quan hệ với các đối tác phát triển thế nào?",
  "nhiều bước phát triển mới && chiều sâu"),
 ("nhat la voi ai", "ellipsis", "accentless,telegraphic",
  "6 tháng đầu năm 2023, quan hệ với những đối tác nào có nhiều bước phát triển mới nhất?", "láng giềng && nước lớn"),
 ("nguồn nào?", "request", "telegraphic",
  "Thông tin về quan hệ với các đối tác 6 tháng đầu năm 2023 lấy từ nguồn nào?", "TTXVN"),
 ("Tại hội nghị tổng kết 2022, ngành ngoại giao được nói là đang bước sang giai đoạn nào?", "new", "-",
  "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, ngành Ngoại giao được nói là đang bước sang giai đoạn nào?",
  "giai đoạn phát triển mới"),
 ("ai khẳng định vậy?", "request", "telegraphic",
  "Ai khẳng định ngành Ngoại giao đang bước sang giai đoạn phát triển mới tại Hội nghị tổng kết năm 2022?", "Bùi Thanh Sơn"),
])

# c45 — year-end reviews: 2023/2021 not in corpus
C.append([
 ("hn tong ket cong tac nganh ngoai giao nam 2023 dien ra ngay nao", "new", "accentless,abbrev,near-miss",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 diễn ra ngày nào?", NIC),
 ("con 2022", "substitution", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
 ("con 2024", "substitution", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
 ("hội nghị đó triển khai nhiệm vụ năm nào?", "pronoun", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 triển khai nhiệm vụ năm nào?", "2025"),
 ("thế còn tổng kết 2021?", "substitution", "near-miss",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2021 triển khai nhiệm vụ năm nào?", NIC),
])

# c46 — English on Tran Luu Quang
C.append([
 ("Deputy PM Tran Luu Quang met the MFA on what date?", "new", "english,abbrev",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
 ("where?", "ellipsis", "english,telegraphic",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở"),
 ("how many officials attended?", "ellipsis", "english",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có bao nhiêu người tham dự?", NR),
 ("Hội nghị Ngoại giao lần thứ 31 được nhắc trong báo cáo nào?", "new", "-",
  "Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo về hội nghị nào?", "tổng kết && 2022"),
])

# c47 — multilateral forums 2024 vs Tran Luu Quang; 2019 research
C.append([
 ("TTg yeu cau BNG phat huy vai tro cua VN o dau nam 2025", "new", "accentless,abbrev",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu Bộ Ngoại giao phát huy vai trò, vị thế của Việt Nam ở đâu trong năm 2025?",
  "diễn đàn, cơ chế đa phương"),
 ("con PTT Tran Luu Quang", "substitution", "accentless,abbrev,telegraphic",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao phát huy vai trò như thế nào tại các diễn đàn, cơ chế đa phương?",
  "tham gia hiệu quả"),
 ("sao ông ấy yêu cầu BNG rút khỏi các diễn đàn đa phương?", "pronoun", "abbrev,premise",
  "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao rút khỏi các diễn đàn đa phương?", FP),
 ("6 tháng đầu 2019 Bộ Ngoại giao làm tốt công tác gì cho lãnh đạo cấp cao?", "new", "-",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao làm tốt công tác gì cho Lãnh đạo cấp cao?",
  "đề xuất chính sách"),
 ("voi nhung gi", "ellipsis", "accentless,telegraphic",
  "Công tác nghiên cứu, tham mưu của Bộ Ngoại giao 6 tháng đầu năm 2019 được thể hiện bằng những gì?", "đề án, báo cáo lớn"),
])

# c48 — delegates' views 2023 ("họ")
C.append([
 ("Tại hội nghị sơ kết 6 tháng đầu năm 2023, các đại biểu nhất trí gì về công tác xây dựng ngành?", "new", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, các đại biểu nhất trí gì về công tác xây dựng ngành?",
  "đi vào nề nếp && quản trị tài vụ | tổ chức cán bộ"),
 ("họ đánh giá công tác bảo hộ công dân ra sao?", "pronoun", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân ra sao?", "đổi mới trong cách thức"),
 ("con ngoai giao bao ve chu quyen", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá vai trò của ngoại giao trong bảo vệ chủ quyền ra sao?", "biện pháp hòa bình"),
 ("trich nguyen van", "request", "accentless,telegraphic",
  "Trích nguyên văn đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về vai trò của ngoại giao trong bảo vệ chủ quyền.",
  "biện pháp hòa bình && luật pháp quốc tế"),
 ("Ai là tác giả bài về hội nghị tổng kết ngành ngoại giao năm 2024?", "new", "-",
  "Ai là tác giả bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Hoài Nhung"),
])

# c49 — General Secretary mentioned, false premise
C.append([
 ("Tổng Bí thư nào được nhắc trong báo cáo hội nghị tổng kết ngành ngoại giao 2022?", "new", "-",
  "Tổng Bí thư nào được nhắc đến trong báo cáo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Nguyễn Phú Trọng"),
 ("ong ay ket luan chi dao o hoi nghi nao", "pronoun", "accentless",
  "Tổng Bí thư Nguyễn Phú Trọng có kết luận, chỉ đạo tại hội nghị nào được nhắc trong báo cáo tổng kết năm 2022?",
  "Hội nghị đối ngoại toàn quốc"),
 ("ông ấy phát biểu gì tại hội nghị tổng kết năm 2022?", "pronoun", "premise",
  "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP),
 ("Năm 2019 Việt Nam thiết lập Đối tác toàn diện với Hà Lan và nước nào nữa?", "new", "-",
  "Năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với Hà Lan và nước nào nữa?", "Brunei"),
])

# ---- phone-typing variants -------------------------------------------------
import unicodedata as _ud
def _strip(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", t) if not _ud.combining(c))

# (conversation number, turn number) -> question typed without diacritics
ACCENTLESS = [(1,3),(2,2),(2,4),(3,3),(3,4),(4,2),(4,4),(5,2),(6,2),(6,3),(7,3),(7,4),
              (8,3),(9,3),(11,5),(12,3),(12,4),(13,3),(15,4),(16,2),(17,3),(17,4),
              (19,3),(20,3),(24,2),(26,3),(26,4),(30,2),(32,3),(34,2),(34,3),
              (36,3),(39,4),(42,3),(45,4),(48,2)]
# (conversation number, turn number) -> (question as typed, extra tags)
TYPED = {
  (5,4): ("vi PTT do xac dinh nhiem vu trung tam la gj", ["accentless","typo"]),
  (14,5): ("hoi nghi do ket noi vs bao nhieu diem cauu", ["accentless","typo"]),
  (29,3): ("ông ấy khảng định cần xây dựng ngành NG thế nào", ["typo"]),
  (44,5): ("ai khảng định vây?", ["typo"]),
  (36,2): ("ca hai lan do TTg deu du a", ["accentless"]),
  (22,2): ("cai hn tong ket 2018 do thi ai chu tri", ["accentless","abbrev"]),
}
def _apply():
    for (ci, ti) in ACCENTLESS:
        q, k, tg, ra, fa = C[ci-1][ti-1]
        tags = [] if tg == "-" else tg.split(",")
        if "accentless" not in tags:
            tags.insert(0, "accentless")
        C[ci-1][ti-1] = (_strip(q), k, ",".join(tags), ra, fa)
    for (ci, ti), (q, extra) in TYPED.items():
        _, k, tg, ra, fa = C[ci-1][ti-1]
        tags = [] if tg == "-" else tg.split(",")
        for e in extra:
            if e not in tags:
                tags.insert(0, e)
        C[ci-1][ti-1] = (q, k, ",".join(tags), ra, fa)
_apply()

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "conversations.tsv")
lines = list(HEADER)
for i, conv in enumerate(C, 1):
    cid = "c%02d" % i
    for q, kind, tags, ra, facts in conv:
        row = [cid, q, kind, tags, ra, facts]
        assert all("\t" not in x and "\n" not in x for x in row), row
        lines.append("\t".join(row))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", out, len(lines) - len(HEADER), "turns in", len(C), "conversations")
