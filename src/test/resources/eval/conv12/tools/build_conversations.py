#!/usr/bin/env python3
"""Builds conversations.tsv from the hand-written table below.

Every row was written by reading only the five reports in ../given.
R0 = sơ kết 6 tháng đầu năm 2023 (5/7), R1 = tổng kết 2022 (10/1),
R2 = PTT Trần Lưu Quang làm việc với BNG (31-1), R3 = sơ kết 6 tháng đầu năm 2019 (22/7),
R4 = tổng kết 2024 (6/1).
Row: (kind, tags, question, read_as, facts)
"""
import os

HEADER = [
    "# Blind conversation set 12 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
FP = "refuse:false_premise"
NIC = "refuse:not_in_corpus"

C = []

# c01 R1 -> R4
C.append([
    ("new", "-", "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
    ("ellipsis", "accentless,telegraphic", "ai chu tri",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("ellipsis", "accentless,abbrev,telegraphic", "bn dai bieu du",
     "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
    ("pronoun", "-", "hội nghị đó kết nối với bao nhiêu tỉnh thành?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", "63"),
    ("substitution", "accentless,near-miss", "con nam 2024 thi sao",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", NR),
])

# c02 R4 -> R1
C.append([
    ("new", "-", "Ai dự và chỉ đạo hội nghị tổng kết ngành ngoại giao năm 2024?",
     "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Phạm Minh Chính"),
    ("pronoun", "accentless", "ong ay noi nhiem vu bao trum la gi",
     "Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
     "kỷ nguyên vươn mình && nguồn lực có tính đột phá"),
    ("request", "-", "trích nguyên văn đoạn đó",
     "Trích nguyên văn phát biểu của Thủ tướng Phạm Minh Chính về nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao tại Hội nghị tổng kết năm 2024.",
     "vững bước vào kỷ nguyên mới && tạo đà cho đất nước tăng tốc"),
    ("ellipsis", "accentless", "ai du o diem cau Quang Tri",
     "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("substitution", "near-miss", "còn điểm cầu Cao Bằng?",
     "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2024 tại điểm cầu Cao Bằng?", NR),
    ("new", "-", "Ai dự hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
])

# c03 R0
C.append([
    ("new", "abbrev", "BNG tổ chức HN sơ kết 6 tháng đầu năm 2023 ngày nào?",
     "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7"),
    ("pronoun", "accentless", "hoi nghi do to chuc o dau",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
    ("ellipsis", "accentless,telegraphic", "ai ket luan",
     "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("pronoun", "-", "ông ấy biểu dương ai?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
     "nỗ lực không mệt mỏi && người lao động"),
    ("pronoun", "accentless,abbrev", "ong ay co trao khen thuong k",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có trao khen thưởng cho ai không?",
     "danh hiệu && thành tích xuất sắc"),
    ("ellipsis", "accentless,abbrev", "bao nhieu nguoi dc khen",
     "Bao nhiêu tập thể, cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR),
])

# c04 R3 -> R1
C.append([
    ("new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra hôm nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019"),
    ("ellipsis", "accentless,telegraphic", "ai chi dao",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("pronoun", "-", "ông ấy lưu ý những điểm gì cho thời gian tới",
     "Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa"),
    ("request", "accentless", "noi ro hon y thu hai",
     "Nói rõ hơn điểm thứ hai mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
     "giữa các đơn vị trong Bộ"),
    ("pronoun", "accentless,abbrev,premise", "ong ay co phan doi gi ko",
     "Phó Thủ tướng Phạm Bình Minh đã phản đối điều gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
    ("new", "-", "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022?",
     "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "6 nhiệm vụ trọng tâm"),
])

# c05 R2
C.append([
    ("new", "abbrev", "PTT Trần Lưu Quang làm việc với BNG hôm nào?",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
    ("ellipsis", "accentless,telegraphic", "o dau",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao"),
    ("pronoun", "-", "ông ấy xác định nhiệm vụ trung tâm là gì?",
     "Trong buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?",
     "phục vụ phát triển đất nước"),
    ("substitution", "accentless,telegraphic", "con nhiem vu trong yeu",
     "Trong buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên là gì?",
     "giữ vững hòa bình"),
    ("request", "accentless", "ai noi cau do",
     "Ai nói câu \"giữ vững hòa bình, ổn định là nhiệm vụ trọng yếu, thường xuyên\" trong buổi làm việc với Bộ Ngoại giao ngày 31-1?",
     "Trần Lưu Quang"),
])

# c06 R3
C.append([
    ("new", "-", "Sáu tháng đầu năm 2019 VN thiết lập quan hệ đối tác toàn diện với những nước nào?",
     "Sáu tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
    ("ellipsis", "accentless", "nang tong so len bao nhieu",
     "Sau khi thiết lập quan hệ Đối tác toàn diện với Brunei và Hà Lan trong 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
     "30 quốc gia"),
    ("substitution", "abbrev", "thế còn HĐBA LHQ?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đạt kết quả gì về Hội đồng Bảo an Liên Hợp Quốc (HĐBA LHQ)?",
     "192/193 && 2020-2021"),
    ("request", "-", "nguồn nào?",
     "Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021 với 192/193 phiếu được lấy từ nguồn nào?",
     "CLO | TG&VN | nhạy cảm trong tham mưu"),
    ("pronoun", "accentless,abbrev", "nam do VN to chuc thuong dinh nao",
     "Năm 2019 Việt Nam tổ chức thành công hội nghị thượng đỉnh nào, theo Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "thượng đỉnh Mỹ"),
])

# c07 R4 -> R1
C.append([
    ("new", "accentless,abbrev", "tai HN tong ket 2024, BNG xac dinh nhiem vu nam 2025 la gi",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
     "thế chủ động chiến lược && dự báo đúng tình hình"),
    ("pronoun", "-", "hội nghị đó diễn ra hôm nào",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, triển khai nhiệm vụ năm 2025 diễn ra ngày nào?", "6/1"),
    ("ellipsis", "accentless,telegraphic", "ai chu tri",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
    ("substitution", "-", "thế còn năm 2022?",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("pronoun", "-", "năm đó kim ngạch xuất nhập khẩu đạt bao nhiêu",
     "Năm 2022 kim ngạch xuất nhập khẩu của Việt Nam đạt bao nhiêu, theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "700 tỷ USD"),
])

# c08 R1 -> R3
C.append([
    ("new", "abbrev", "Thủ tướng nói gì về bản sắc \"cây tre Việt Nam\" tại HN tổng kết NG 2022?",
     "Thủ tướng Phạm Minh Chính nói gì về bản sắc \"cây tre Việt Nam\" tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "gốc vững && ứng vạn biến"),
    ("request", "accentless,telegraphic", "trich nguyen van",
     "Trích nguyên văn phát biểu của Thủ tướng Phạm Minh Chính về bản sắc \"cây tre Việt Nam\" tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022.",
     "kiên định độc lập && cơ động trong sách lược"),
    ("pronoun", "accentless", "ong ay con noi gi ve chuyen lam ban",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về chủ trương \"là bạn\" của Việt Nam?",
     "sẵn sàng là bạn && đối tác tin cậy"),
    ("substitution", "-", "còn về hợp tác và đấu tranh?",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?",
     "đối tượng"),
    ("new", "-", "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2019?",
     "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     "tuyển dụng && bảo vệ chính trị nội bộ"),
])

# c09 R2
C.append([
    ("new", "-", "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ"),
    ("ellipsis", "accentless,telegraphic", "bao nhieu nguoi",
     "Bao nhiêu người tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", NR),
    ("pronoun", "accentless,abbrev", "BT Son bao cao gi voi ong ay",
     "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang trong buổi làm việc?",
     "nhiệm vụ đối ngoại năm 2022 && đổi mới tư duy và hành động"),
    ("request", "-", "tóm tắt lại",
     "Tóm tắt lại nội dung Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang trong buổi làm việc.",
     "đổi mới tư duy và hành động && nhiệm vụ trung tâm"),
    ("pronoun", "accentless,abbrev,premise", "sao ong ay phe binh BNG",
     "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao trong buổi làm việc?", FP),
])

# c10 R3 (english start)
C.append([
    ("new", "english", "In the 2019 mid-year review, how many votes did Vietnam get for the UN Security Council seat?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?",
     "192/193"),
    ("ellipsis", "english,telegraphic", "which term?",
     "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?", "2020-2021"),
    ("substitution", "accentless", "con CPTPP thi sao",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP đạt kết quả gì?", "chính thức được triển khai"),
    ("substitution", "-", "thế còn EVFTA?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định EVFTA đạt kết quả gì?", "ký kết"),
    ("pronoun", "accentless,abbrev,premise", "sao VN truot HDBA nam do",
     "Vì sao năm 2019 Việt Nam trượt ghế Ủy viên không thường trực HĐBA LHQ?", FP),
])

# c11 R0 -> R3
C.append([
    ("new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá ngoại giao đa phương thế nào?",
     "kết hợp chặt chẽ với ngoại giao song phương"),
    ("substitution", "accentless,abbrev", "con NG kinh te",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá ngoại giao kinh tế thế nào?",
     "có trọng tâm && ổn định kinh tế vĩ mô"),
    ("substitution", "-", "thế còn công tác người VN ở nước ngoài?",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
     "cầu nối"),
    ("request", "accentless,telegraphic", "nguon nao",
     "Đánh giá về công tác người Việt Nam ở nước ngoài tại Hội nghị sơ kết 6 tháng đầu năm 2023 được lấy từ nguồn nào?",
     "TTXVN"),
    ("substitution", "accentless", "con nam 2019 thi sao",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
     "tiếp tục được quan tâm"),
])

# c12 R1 Cao Bang -> R4
C.append([
    ("new", "accentless,abbrev", "ai du HN tong ket ngoai giao 2022 o diem cau cao bang",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
    ("pronoun", "-", "người đó giữ chức vụ gì?",
     "Đồng chí Nguyễn Bích Ngọc, người dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
     "Phó Chủ tịch UBND tỉnh && Ban Thường vụ Tỉnh ủy"),
    ("pronoun", "accentless", "nguoi do phat bieu gi",
     "Đồng chí Nguyễn Bích Ngọc phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NR),
    ("ellipsis", "accentless,typo", "nhung huyen nao tham gai",
     "Những huyện nào của Cao Bằng tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "Quảng Hòa && Thạch An && Hạ Lang"),
    ("substitution", "-", "thế còn Quảng Trị năm 2024, ai dự?",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
])

# c13 R1
C.append([
    ("new", "-", "Khai mạc hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
     "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
     "Nguyễn Phú Trọng && Hội nghị Ngoại giao lần thứ 31"),
    ("request", "-", "nói rõ hơn",
     "Nói rõ hơn mục đích của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 mà Bộ trưởng Bùi Thanh Sơn nêu khi khai mạc.",
     "nhìn lại một năm && Hội nghị đối ngoại toàn quốc"),
    ("pronoun", "accentless", "ong ay danh gia nam 2022 ra sao",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "cục diện đối ngoại thuận lợi && phân định"),
    ("pronoun", "abbrev,premise", "TBT phát biểu gì ở hội nghị đó?",
     "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP),
    ("new", "near-miss", "Hội nghị tổng kết công tác ngoại giao năm 2023 do ai chủ trì?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 do ai chủ trì?", NIC),
])

# c14 R3 -> R0
C.append([
    ("new", "accentless,telegraphic", "ket qua doi ngoai da phuong 6 thang dau 2019 the nao",
     "Kết quả đối ngoại đa phương trong 6 tháng đầu năm 2019 thế nào, theo Hội nghị sơ kết của Bộ Ngoại giao?",
     "Chỉ thị 25"),
    ("request", "-", "chỉ thị 25 là gì, nói rõ hơn",
     "Nói rõ hơn về Chỉ thị 25 được nhắc đến khi đánh giá kết quả đối ngoại đa phương 6 tháng đầu năm 2019.",
     "Ban Bí thư && nâng tầm đối ngoại đa phương"),
    ("substitution", "near-miss", "còn 6 tháng đầu năm 2020?",
     "Kết quả đối ngoại đa phương trong 6 tháng đầu năm 2020 thế nào, theo Hội nghị sơ kết của Bộ Ngoại giao?", NIC),
    ("substitution", "accentless", "the 2023 thi sao",
     "Kết quả đối ngoại đa phương trong 6 tháng đầu năm 2023 thế nào, theo Hội nghị sơ kết của Bộ Ngoại giao?",
     "kết hợp chặt chẽ với ngoại giao song phương"),
    ("pronoun", "-", "năm đó ai trao khen thưởng ở hội nghị?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, ai trao tặng các danh hiệu, khen thưởng?",
     "Bùi Thanh Sơn"),
])

# c15 R4 -> R1 -> R0
C.append([
    ("new", "-", "Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?",
     "Theo Hội nghị tổng kết năm 2024, ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
     "chíp bán dẫn && trí tuệ nhân tạo"),
    ("ellipsis", "accentless,telegraphic", "duoi su chi dao cua ai",
     "Ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng"),
    ("substitution", "accentless,telegraphic", "con 2022",
     "Theo Hội nghị tổng kết năm 2022, ngoại giao kinh tế năm 2022 đóng góp vào những lĩnh vực nào?",
     "700 tỷ USD && du lịch"),
    ("pronoun", "accentless,premise", "sao nam do xuat nhap khau giam",
     "Vì sao kim ngạch xuất nhập khẩu của Việt Nam năm 2022 giảm?", FP),
    ("new", "-", "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "phương thức truyền thông mới"),
])

# c16 R3 -> R2 -> R0
C.append([
    ("new", "-", "Ông Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019?",
     "Ông Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     "Phó Thủ tướng && Ủy viên Bộ Chính trị"),
    ("pronoun", "typo", "ông ấy nhận đinh tình hình quốc tế nửa đầu năm ra sao",
     "Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 ra sao?",
     "phức tạp hơn && khó lường"),
    ("substitution", "accentless,abbrev", "con PTT Tran Luu Quang thi sao",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
     "biến động sâu sắc && nhiều cơ hội"),
    ("substitution", "-", "thế còn hội nghị sơ kết 2023?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực ra sao?",
     "tác động sâu sắc"),
    ("pronoun", "accentless", "hoi nghi do dien ra ngay nao",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
])

# c17 R4 -> R3
C.append([
    ("new", "abbrev", "TTg yêu cầu BNG tinh gọn bộ máy sau khi tiếp nhận chức năng của những cơ quan nào?",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    ("ellipsis", "accentless,telegraphic", "gan voi tong ket nghi quyet nao",
     "Việc tinh gọn bộ máy Bộ Ngoại giao được Thủ tướng yêu cầu gắn với chủ trương tổng kết nghị quyết nào?",
     "Nghị quyết 18"),
    ("pronoun", "-", "hội nghị ấy diễn ra khi nào",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 diễn ra khi nào?", "6/1"),
    ("pronoun", "accentless,abbrev", "ong ay muon doi ngu can bo NG ntn",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính muốn xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
     "tuyệt đối trung thành && tinh thông về nghiệp vụ"),
    ("substitution", "-", "thế còn năm 2019?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ như thế nào?",
     "tinh nhuệ && năng động"),
    ("substitution", "accentless,telegraphic,near-miss", "con nam 2021",
     "Theo hội nghị tổng kết hoặc sơ kết năm 2021 của Bộ Ngoại giao, Bộ hướng tới xây dựng đội ngũ cán bộ như thế nào?", NIC),
])

# c18 R2 -> R1
C.append([
    ("new", "abbrev", "PTT Trần Lưu Quang yêu cầu BNG tập trung làm những việc gì?",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?",
     "chương trình đối ngoại cấp cao && biên giới hoà bình"),
    ("request", "accentless", "tom tat ngan gon thoi",
     "Tóm tắt ngắn gọn những việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.",
     "chương trình đối ngoại cấp cao && hội nhập quốc tế"),
    ("pronoun", "abbrev", "ông ấy có nhắc tới TBT không",
     "Trong buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang có nhắc tới chỉ đạo của Tổng Bí thư không?",
     "Nguyễn Phú Trọng && năm 2021"),
    ("ellipsis", "accentless,telegraphic", "hom nao vay",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra hôm nào?", "31-1"),
    ("new", "-", "Bộ trưởng Bùi Thanh Sơn đánh giá công tác xây dựng ngành Ngoại giao năm 2022 thế nào tại hội nghị tổng kết?",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác xây dựng và phát triển ngành Ngoại giao năm 2022 thế nào tại Hội nghị tổng kết năm 2022?",
     "nhiều tiến bộ"),
])

# c19 NIC person -> R1 -> R3
C.append([
    ("new", "accentless,abbrev", "Chu tich nuoc Vo Van Thuong phat bieu gi tai HN tong ket ngoai giao 2022",
     "Chủ tịch nước Võ Văn Thưởng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NIC),
    ("substitution", "-", "thế còn Thủ tướng?",
     "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "cây tre Việt Nam | 6 nhiệm vụ trọng tâm | giữ nước từ khi nước chưa nguy"),
    ("request", "-", "nói rõ câu \"từ sớm, từ xa\"",
     "Nói rõ hơn ý của Thủ tướng Phạm Minh Chính về bảo vệ \"từ sớm\", \"từ xa\" tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022.",
     "giữ nước từ khi nước chưa nguy && bị động bất ngờ"),
    ("pronoun", "accentless", "ong ay de cao nguyen tac cua van kien nao",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị đề cao các nguyên tắc cơ bản của văn kiện nào?",
     "Hiến chương Liên Hợp Quốc"),
    ("new", "english", "What did the 2019 mid-year review say about the Netherlands?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nói gì về Hà Lan?", "Đối tác toàn diện"),
])

# c20 comparisons
C.append([
    ("new", "accentless,abbrev", "HN tong ket NG 2022 va 2024 to chuc ngay nao",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 và năm 2024 được tổ chức vào ngày nào?", "10/1 && 6/1"),
    ("ellipsis", "-", "cả hai đều trực tuyến à?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 và năm 2024 có đều được tổ chức trực tuyến không?", "trực tuyến"),
    ("pronoun", "accentless", "hai hoi nghi ay ai du chi dao",
     "Ai dự và phát biểu chỉ đạo tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 và năm 2024?", "Phạm Minh Chính"),
    ("substitution", "accentless", "con 2 lan so ket thi ai chi dao",
     "Ai phát biểu chỉ đạo, kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2019 và Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Phạm Bình Minh && Bùi Thanh Sơn"),
    ("request", "accentless,telegraphic", "nguon nao",
     "Thông tin về người chỉ đạo, kết luận hai Hội nghị sơ kết 6 tháng đầu năm 2019 và 2023 được lấy từ nguồn nào?",
     "TTXVN && CLO | TG&VN"),
])

# c21 R0 -> R3 -> NIC
C.append([
    ("new", "abbrev", "BT Sơn đề nghị ngành NG làm gì trong 6 tháng cuối năm 2023?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?",
     "Đại hội XIII && chuyển đổi số"),
    ("request", "accentless", "noi ro hon phan xay dung nganh",
     "Nói rõ hơn chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
     "thi đua khen thưởng && bản lĩnh chính trị vững vàng"),
    ("substitution", "abbrev", "còn năm 2019 PTT Minh chỉ đạo gì về xây dựng ngành?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
     "đào tạo cán bộ && bảo vệ chính trị nội bộ"),
    ("pronoun", "accentless,premise", "tai sao ong ay tu chuc sau hoi nghi do",
     "Vì sao Phó Thủ tướng Phạm Bình Minh từ chức sau Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
    ("new", "near-miss", "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra ngày nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra ngày nào?", NIC),
])

# c22 R1 -> R0 -> R4
C.append([
    ("new", "-", "Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng tại hội nghị tổng kết 2022?",
     "Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng Chính phủ tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "minh chứng && nguồn cổ vũ"),
    ("request", "accentless,telegraphic", "trich nguyen van",
     "Trích nguyên văn lời Bộ trưởng Bùi Thanh Sơn về sự tham dự của Thủ tướng Chính phủ tại Hội nghị tổng kết năm 2022.",
     "quan tâm đặc biệt và sâu sát && tâm thế và khí thế mới"),
    ("pronoun", "abbrev", "ông ấy khẳng định ngành NG đang bước sang giai đoạn gì?",
     "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao đang bước sang giai đoạn gì?",
     "giai đoạn phát triển mới && đổi mới mạnh mẽ tư duy và hành động"),
    ("new", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 nhận xét công tác bảo hộ công dân ra sao?",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao nhận xét công tác bảo hộ công dân ra sao?",
     "nhiều đổi mới"),
    ("substitution", "accentless,telegraphic", "con 2024?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 nhận xét công tác bảo hộ công dân ra sao?",
     "nhiều bước phát triển mới && ngày càng được nâng tầm | tạo đồng thuận ngày càng cao"),
])

# c23 english R1 -> R4
C.append([
    ("new", "english", "Who chaired the 2022 diplomatic sector review conference?",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("ellipsis", "english,telegraphic", "how many delegates?",
     "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
    ("substitution", "english", "and for 2024?",
     "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
    ("pronoun", "accentless,abbrev", "TTg nhan manh gi o hoi nghi do",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?",
     "kỷ nguyên vươn mình | nhiệm vụ bao trùm | Nghị quyết 18"),
])

# c24 R3 -> R1
C.append([
    ("new", "abbrev", "Cuối HN sơ kết 2019, cán bộ BNG quyết tâm gì?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, toàn thể cán bộ, nhân viên Bộ Ngoại giao quyết tâm điều gì?",
     "định hướng ưu tiên && Đại hội XII"),
    ("ellipsis", "accentless,telegraphic", "huong toi dai hoi nao",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới Đại hội nào của Đảng?", "Đại hội XIII"),
    ("new", "-", "Hội nghị tổng kết ngoại giao năm 2022 kết nối với điểm cầu bao nhiêu tỉnh thành?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu bao nhiêu tỉnh, thành phố?", "63"),
    ("pronoun", "-", "ở điểm cầu Cao Bằng của hội nghị đó có những sở nào dự?",
     "Những sở, đơn vị nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Kế hoạch và Đầu tư && Bộ Chỉ huy Bộ đội Biên phòng"),
    ("ellipsis", "accentless,abbrev", "co BQL khu kinh te ko",
     "Ban Quản lý Khu kinh tế tỉnh Cao Bằng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng không?",
     "Ban Quản lý Khu kinh tế"),
])

# c25 R0 -> R1
C.append([
    ("new", "accentless,abbrev", "nhung ai du HN so ket 6 thang dau nam 2023 cua BNG",
     "Những ai dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn && đại diện các đơn vị"),
    ("pronoun", "abbrev,premise", "TTg phát biểu gì ở hội nghị đó",
     "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP),
    ("substitution", "-", "thế còn hội nghị tổng kết 2022?",
     "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "cây tre Việt Nam | 6 nhiệm vụ trọng tâm | giữ nước từ khi nước chưa nguy"),
    ("request", "accentless", "tom tat lai",
     "Tóm tắt lại phát biểu chỉ đạo của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022.",
     "chủ động dự báo tình hình && 6 nhiệm vụ trọng tâm"),
    ("ellipsis", "accentless", "bao nhieu dai bieu",
     "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
])

# c26 R2
C.append([
    ("new", "abbrev", "Buổi làm việc giữa PTT Trần Lưu Quang và BNG bàn về nội dung gì?",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao bàn về nội dung gì?",
     "công tác đối ngoại trong năm 2023"),
    ("ellipsis", "telegraphic", "sáng hay chiều?",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "chiều"),
    ("pronoun", "premise", "vì sao buổi làm việc đó bị hoãn?",
     "Vì sao buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao bị hoãn?", FP),
    ("ellipsis", "accentless,abbrev", "PTT danh gia nganh NG the nao",
     "Phó Thủ tướng Trần Lưu Quang đánh giá ngành Ngoại giao thế nào trong buổi làm việc với Bộ Ngoại giao?",
     "đánh giá cao && Đại hội XIII"),
    ("substitution", "accentless,abbrev,premise", "con TTg Pham Minh Chinh danh gia the nao trong buoi do",
     "Thủ tướng Phạm Minh Chính đánh giá ngành Ngoại giao thế nào trong buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", FP),
])

# c27 R4 -> R1
C.append([
    ("new", "-", "Năm 2024 công tác đối ngoại đóng góp gì cho đất nước theo hội nghị tổng kết?",
     "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, công tác đối ngoại năm 2024 đóng góp gì cho đất nước?",
     "cục diện đối ngoại rộng mở"),
    ("ellipsis", "accentless", "duoi su lanh dao cua ai",
     "Năm 2024 công tác đối ngoại và ngoại giao được triển khai dưới sự lãnh đạo của ai?",
     "trực tiếp và thường xuyên && Ban Bí thư"),
    ("substitution", "-", "còn năm 2022 thì đóng góp gì",
     "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, công tác đối ngoại năm 2022 đóng góp gì cho đất nước?",
     "cục diện đối ngoại thuận lợi"),
    ("request", "-", "ai đánh giá như vậy?",
     "Ai đánh giá công tác đối ngoại năm 2022 đã góp phần củng cố vững chắc cục diện đối ngoại thuận lợi?", "Bùi Thanh Sơn"),
    ("pronoun", "-", "ông ấy đánh giá ngoại giao kinh tế năm đó ra sao",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác ngoại giao kinh tế năm 2022 ra sao?",
     "700 tỷ USD && thu hút đầu tư"),
])

# c28 R4 -> R3
C.append([
    ("new", "accentless", "hoi nghi tong ket ngoai giao 2024 to chuc ngay nao",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
    ("ellipsis", "accentless,abbrev", "hinh thuc j, truc tiep hay truc tuyen",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức theo hình thức trực tiếp hay trực tuyến?", "trực tuyến"),
    ("substitution", "accentless", "con hoi nghi so ket 2019 thi sao",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức theo hình thức trực tiếp hay trực tuyến?", NR),
    ("pronoun", "accentless,abbrev,typo", "nam do VN nang cap qaun he vs nuoc nao",
     "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
    ("ellipsis", "typo", "tổng số đối tác chiến lược/toàn diện lên bao nhiu",
     "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu?", "30 quốc gia"),
])

# c29 which report
C.append([
    ("new", "-", "Những báo cáo nào nhắc tới chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị đối ngoại toàn quốc?",
     "Những báo cáo nào nhắc tới chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị đối ngoại toàn quốc?",
     "Trần Lưu Quang && Hội nghị Ngoại giao lần thứ 31 | 10/1 | tổng kết công tác ngành ngoại giao năm 2022"),
    ("ellipsis", "accentless", "hoi nghi doi ngoai toan quoc nam nao",
     "Hội nghị đối ngoại toàn quốc mà Tổng Bí thư Nguyễn Phú Trọng chỉ đạo diễn ra năm nào?", "2021"),
    ("substitution", "accentless,abbrev", "con HN ngoai giao lan thu 31 nam nao",
     "Hội nghị Ngoại giao lần thứ 31 diễn ra năm nào?", NR),
    ("new", "-", "Hội nghị Ngoại giao 30 được nhắc tới trong báo cáo nào?",
     "Hội nghị Ngoại giao 30 được nhắc tới trong báo cáo nào?", "Phạm Bình Minh | 2019"),
    ("pronoun", "-", "báo cáo đó đăng ngày nào?",
     "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?", "22/07/2019"),
])

# c30 R4 -> R3
C.append([
    ("new", "abbrev", "TTg yêu cầu ngành NG làm gì với các đối tác quan trọng năm 2025?",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành Ngoại giao làm gì với các đối tác quan trọng trong năm 2025?",
     "nâng tầm quan hệ"),
    ("substitution", "-", "còn về các tình huống phức tạp?",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành Ngoại giao làm gì với các tình huống đối ngoại phức tạp?",
     "mang tính tổng thể && có chiều sâu"),
    ("request", "accentless,telegraphic", "noi ro hon",
     "Nói rõ hơn yêu cầu của Thủ tướng về xử lý các tình huống đối ngoại phức tạp và nghiên cứu đối ngoại tại Hội nghị tổng kết năm 2024.",
     "chủ động tham mưu && hoàn thiện đường lối"),
    ("substitution", "abbrev", "thế năm 2019 PTT Phạm Bình Minh nói gì về xử lý tình huống?",
     "Năm 2019 Phó Thủ tướng Phạm Bình Minh nói gì về xử lý tình huống?", "nhạy cảm trong tham mưu"),
    ("pronoun", "accentless", "ong ay noi cau do o hoi nghi nao",
     "Phó Thủ tướng Phạm Bình Minh nói cần \"nhạy cảm trong tham mưu, xử lý tình huống\" tại hội nghị nào?",
     "sơ kết && 2019"),
])

# c31 R0 -> R3 -> NIC -> R1
C.append([
    ("new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác thế nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá quan hệ với các đối tác thế nào?",
     "đi vào chiều sâu"),
    ("substitution", "accentless,telegraphic", "con nam 2019",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá quan hệ với các đối tác thế nào?",
     "mở rộng và nâng cấp"),
    ("substitution", "near-miss", "còn sơ kết 2022?",
     "Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao đánh giá quan hệ với các đối tác thế nào?", NIC),
    ("new", "-", "Năm 2022 ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?",
     "Năm 2022 ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?",
     "biên giới lãnh thổ && tôn giáo"),
    ("request", "accentless", "ai noi dieu do",
     "Ai nói rằng năm 2022 ngoại giao đã phối hợp với quốc phòng, an ninh xử lý đúng đắn, kịp thời các vấn đề biên giới lãnh thổ, dân chủ, nhân quyền, tôn giáo?",
     "Bùi Thanh Sơn"),
])

# c32 R2
C.append([
    ("new", "accentless,abbrev", "PTT Tran Luu Quang danh gia cong tac doi ngoai the nao",
     "Phó Thủ tướng Trần Lưu Quang đánh giá công tác đối ngoại thế nào trong buổi làm việc với Bộ Ngoại giao?",
     "đánh giá cao && thành tựu to lớn"),
    ("pronoun", "-", "ông ấy nhắc đến những đối tác nào?",
     "Trong buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhắc đến những đối tác nào?",
     "đối tác chiến lược && bạn bè truyền thống"),
    ("request", "-", "trích nguyên văn",
     "Trích nguyên văn đoạn Phó Thủ tướng Trần Lưu Quang nói về quan hệ với các đối tác trong buổi làm việc với Bộ Ngoại giao.",
     "đối tác toàn diện && đóng góp tích cực vào phát triển kinh tế"),
    ("pronoun", "abbrev", "ông ấy yêu cầu BNG tham mưu gì?",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu gì cho Đảng và Nhà nước?",
     "tham mưu kịp thời && bước đi đối ngoại"),
    ("ellipsis", "accentless,abbrev,telegraphic", "BT nao bao cao",
     "Bộ trưởng nào báo cáo với Phó Thủ tướng Trần Lưu Quang trong buổi làm việc với Bộ Ngoại giao?", "Bùi Thanh Sơn"),
])

# c33 date substitutions
C.append([
    ("new", "-", "Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra ngày nào?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
    ("substitution", "near-miss", "còn năm 2023?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 diễn ra ngày nào?", NIC),
    ("substitution", "accentless", "the con 2022",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
    ("substitution", "accentless,telegraphic", "con 2020",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2020 diễn ra ngày nào?", NIC),
    ("new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2019 do ai chỉ đạo?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao do ai chỉ đạo?", "Phạm Bình Minh"),
])

# c34 sources / authors
C.append([
    ("new", "accentless,abbrev", "bai ve HN tong ket 2024 dang tren bao nao",
     "Bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được đăng trên báo nào?", "Quảng Trị | baoquangtri"),
    ("ellipsis", "accentless,telegraphic", "ai viet",
     "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Hoài Nhung"),
    ("substitution", "-", "còn bài tổng kết 2022?",
     "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường"),
    ("substitution", "accentless,abbrev", "the con bai ve PTT Tran Luu Quang",
     "Ai viết bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "B.T.V && VGP"),
    ("substitution", "-", "còn bài sơ kết 2019?",
     "Ai viết bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "PV | CLO"),
])

# c35 R0 -> R3 -> R4
C.append([
    ("new", "accentless,abbrev", "HN so ket 6 thang dau 2023 danh gia cong tac xay dung nganh ra sao",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác xây dựng ngành ra sao?",
     "nề nếp && quản trị tài vụ"),
    ("substitution", "accentless,telegraphic", "con 2019",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá công tác xây dựng ngành ra sao?",
     "bồi dưỡng cán bộ && hiện đại hóa"),
    ("pronoun", "abbrev", "báo cáo đó có nói về công tác Đảng ko?",
     "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2019 có nói về công tác Đảng không?", "đoàn thể && thực chất"),
    ("request", "-", "nguồn nào?",
     "Thông tin về công tác Đảng, đoàn thể trong báo cáo sơ kết 6 tháng đầu năm 2019 được lấy từ nguồn nào?",
     "CLO | TG&VN"),
    ("new", "-", "Hội nghị tổng kết năm 2024 yêu cầu nâng cao năng lực lãnh đạo của ai trong ngành ngoại giao?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 yêu cầu nâng cao năng lực lãnh đạo của ai trong ngành ngoại giao?",
     "sức chiến đấu && đảng viên"),
])

# c36 R1
C.append([
    ("new", "accentless,abbrev", "TTg Pham Minh Chinh noi gi ve chu truong san sang la ban",
     "Thủ tướng Phạm Minh Chính nói gì về chủ trương \"sẵn sàng là bạn\"?", "muốn là bạn && đối tác tin cậy"),
    ("pronoun", "-", "ông ấy nói câu đó ở hội nghị nào?",
     "Thủ tướng Phạm Minh Chính nói về chủ trương \"sẵn sàng là bạn\" tại hội nghị nào?",
     "10/1 | năm 2022"),
    ("ellipsis", "accentless", "bao nhieu nhiem vu trong tam",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6 nhiệm vụ trọng tâm"),
    ("pronoun", "abbrev,premise", "vì sao ông ấy chỉ trích BNG?",
     "Vì sao Thủ tướng Phạm Minh Chính chỉ trích Bộ Ngoại giao tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP),
    ("pronoun", "accentless", "tom tat phat bieu cua ong ay",
     "Tóm tắt phát biểu chỉ đạo của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022.",
     "6 nhiệm vụ trọng tâm | cây tre Việt Nam | chủ động dự báo tình hình && ngoại giao kinh tế"),
])

# c37 R4 -> R2
C.append([
    ("new", "-", "Hội nghị tổng kết ngoại giao 2024 tổ chức theo hình thức gì?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức theo hình thức gì?", "trực tuyến"),
    ("pronoun", "accentless,premise", "vi sao hoi nghi nay bi huy",
     "Vì sao Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 bị hủy?", FP),
    ("ellipsis", "accentless,telegraphic", "ai chi dao",
     "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Phạm Minh Chính"),
    ("pronoun", "-", "ông ấy yêu cầu gì về hoạt động đối ngoại cấp cao?",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về hoạt động đối ngoại cấp cao?",
     "hoạt động đối ngoại cấp cao && lãnh đạo Đảng, Nhà nước"),
    ("substitution", "abbrev", "còn PTT Quang thì yêu cầu gì về đối ngoại cấp cao?",
     "Trong buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang yêu cầu gì về đối ngoại cấp cao?",
     "chương trình đối ngoại cấp cao"),
])

# c38 english R3 -> R0
C.append([
    ("new", "english", "Where was the 2019 mid-year review conference of the foreign ministry held?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
    ("ellipsis", "english,telegraphic", "who spoke?",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("pronoun", "accentless", "ong ay neu nhung diem can luu tam nao",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào?",
     "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa"),
    ("substitution", "english", "and the 2023 mid-year one, who gave the conclusion?",
     "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("request", "accentless,telegraphic", "nguon?",
     "Thông tin Bộ trưởng Bùi Thanh Sơn kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 được lấy từ nguồn nào?", "TTXVN"),
])

# c39 R3 -> R4
C.append([
    ("new", "abbrev", "HĐBA LHQ được nhắc tới trong hội nghị nào của BNG?",
     "Hội đồng Bảo an Liên Hợp Quốc (HĐBA LHQ) được nhắc tới trong hội nghị nào của Bộ Ngoại giao?", "2019"),
    ("pronoun", "-", "lúc đó VN trúng cử với bao nhiêu phiếu?",
     "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "192/193"),
    ("request", "accentless", "trich nguyen van cau do",
     "Trích nguyên văn câu nói về việc Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ trong báo cáo sơ kết 6 tháng đầu năm 2019.",
     "sự tín nhiệm của bạn bè quốc tế"),
    ("substitution", "abbrev", "còn HN tổng kết 2024 có nói gì về HĐBA ko?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 nói gì về HĐBA LHQ?", NR),
    ("new", "-", "Theo hội nghị tổng kết năm 2024, Việt Nam được duy trì trong nhóm nước nào?",
     "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Việt Nam được duy trì trong nhóm nước nào?",
     "nhóm nước tăng trưởng cao"),
])

# c40 R1 Cao Bang -> R4
C.append([
    ("new", "accentless,typo", "huyen nao cua Cao Bang du hoi nghi tong ket ngoai gaio 2022",
     "Những huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "Trùng Khánh && Bảo Lạc && Bảo Lâm"),
    ("substitution", "accentless,telegraphic", "con so nganh nao",
     "Những sở, ngành nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "Giáo dục và Đào tạo && Công thương"),
    ("pronoun", "paraphrase", "lãnh đạo tỉnh đó ai đi dự?",
     "Lãnh đạo tỉnh Cao Bằng nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Nguyễn Bích Ngọc"),
    ("new", "-", "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào của ngành ngoại giao?",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào của ngành Ngoại giao?", "tổng kết && 2024"),
    ("pronoun", "accentless", "ong ay phat bieu gi",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
])

# c41 R1 -> R4 -> R3
C.append([
    ("new", "abbrev", "Ở HN tổng kết 2022, BT Sơn muốn xây dựng ngành NG như thế nào?",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao như thế nào?",
     "thực sự trong sạch"),
    ("substitution", "accentless,abbrev", "con TTg noi gi ve can bo nganh NG",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về cán bộ ngành Ngoại giao?",
     "khơi dậy tâm huyết"),
    ("substitution", "-", "thế năm 2024 thì sao?",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói gì về cán bộ ngành Ngoại giao?",
     "tuyệt đối trung thành && khôn khéo về ứng xử"),
    ("request", "accentless", "tom tat lai giup",
     "Tóm tắt lại yêu cầu của Thủ tướng Phạm Minh Chính về đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024.",
     "vừa hồng && tinh thông về nghiệp vụ"),
    ("new", "-", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, ai là Bộ trưởng Ngoại giao khi đó?",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, ai là Bộ trưởng Ngoại giao khi đó?", "Phạm Bình Minh"),
])

# c42 R0 -> R2
C.append([
    ("new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại đã đóng góp gì?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá đối ngoại đã đóng góp gì?",
     "điểm sáng && huy động nguồn lực"),
    ("pronoun", "premise", "ai đã phản đối đánh giá đó?",
     "Ai đã phản đối đánh giá về đóng góp của đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP),
    ("ellipsis", "accentless", "nhung ai tham du",
     "Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn && đại diện các đơn vị"),
    ("substitution", "accentless,abbrev", "con buoi lam viec cua PTT Quang",
     "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Văn phòng Chính phủ && thủ trưởng các đơn vị"),
    ("ellipsis", "accentless,telegraphic", "bao gio",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra khi nào?", "31-1"),
])

# c43 R4 -> R2 -> NIC
C.append([
    ("new", "paraphrase", "Năm 2025 ngành ngoại giao được giao tranh thủ những gì để phục vụ phát triển?",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành Ngoại giao tranh thủ những gì để thực hiện các mục tiêu phát triển đất nước?",
     "nguồn lực mới"),
    ("substitution", "abbrev", "còn PTT Quang yêu cầu tranh thủ gì?",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ những gì để phục vụ phát triển đất nước?",
     "yếu tố quốc tế thuận lợi"),
    ("pronoun", "-", "ông ấy nói vậy ở đâu?",
     "Buổi làm việc trong đó Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ các yếu tố quốc tế thuận lợi diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
    ("ellipsis", "accentless", "co bao nhieu thu truong du",
     "Có bao nhiêu thứ trưởng Bộ Ngoại giao dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", NR),
    ("new", "-", "Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NIC),
])

# c44 R3
C.append([
    ("new", "accentless,abbrev", "6 thang dau 2019 hoi nhap quoc te va NGKT co buoc dot pha gi",
     "Trong 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước đột phá gì?",
     "CPTPP && EVFTA"),
    ("request", "-", "nói rõ hơn",
     "Nói rõ hơn bước đột phá của hội nhập quốc tế và ngoại giao kinh tế 6 tháng đầu năm 2019.",
     "Hiệp định bảo hộ đầu tư && cả về lượng và chất"),
    ("substitution", "abbrev", "còn NG văn hóa?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại giao văn hóa được đánh giá thế nào?",
     "tiếp tục được quan tâm"),
    ("substitution", "accentless", "the con ngoai vu dia phuong",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được đánh giá thế nào?",
     "lấy doanh nghiệp và người dân làm trung tâm"),
    ("pronoun", "accentless,abbrev,premise", "sao nam do VN rut khoi CPTPP",
     "Vì sao năm 2019 Việt Nam rút khỏi Hiệp định CPTPP?", FP),
])

# c45 R1 -> R4
C.append([
    ("new", "paraphrase", "Năm 2022 ngoại giao đạt kết quả gì trong việc phân định biển, đất liền?",
     "Theo Hội nghị tổng kết năm 2022, ngoại giao năm 2022 đạt kết quả gì về phân định, giải quyết các vấn đề trên biển, trên bộ?",
     "phân định && lợi ích quốc gia dân tộc"),
    ("ellipsis", "accentless,telegraphic", "ai danh gia",
     "Ai đánh giá kết quả phân định, giải quyết các vấn đề trên biển, trên bộ năm 2022?", "Bùi Thanh Sơn"),
    ("pronoun", "-", "ông ấy đánh giá đối ngoại đa phương năm đó ra sao?",
     "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 ra sao?",
     "đóng góp có trách nhiệm && diễn đàn đa phương"),
    ("substitution", "accentless,telegraphic", "con nam 2024",
     "Hội nghị tổng kết năm 2024 đánh giá đối ngoại đa phương năm 2024 ra sao?",
     "song phương và đa phương"),
    ("request", "accentless,telegraphic", "nguon nao",
     "Đánh giá về đối ngoại đa phương năm 2024 được lấy từ nguồn nào?", "Quảng Trị | Hoài Nhung | baoquangtri"),
])

# c46 R4 -> R0
C.append([
    ("new", "-", "Báo cáo nào nói về việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương?",
     "Báo cáo nào nói về việc Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của Ban Đối ngoại Trung ương?",
     "tổng kết && 2024"),
    ("pronoun", "-", "báo cáo đó còn nhắc cơ quan nào nữa?",
     "Báo cáo về Hội nghị tổng kết năm 2024 còn nhắc Bộ Ngoại giao tiếp nhận chức năng của cơ quan nào nữa?",
     "Ủy ban Đối ngoại Quốc hội"),
    ("pronoun", "accentless", "viec do dien ra khi nao",
     "Việc Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội diễn ra khi nào?", NR),
    ("new", "-", "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "nghiên cứu && dự báo && tham mưu"),
    ("ellipsis", "accentless,telegraphic", "ngay nao",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
])

# c47 R1 -> R2
C.append([
    ("new", "accentless,abbrev,telegraphic", "TTg du HN TK NG 2022 voi tu cach gi",
     "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 với tư cách gì?",
     "Ủy viên Bộ Chính trị && Thủ tướng Chính phủ"),
    ("substitution", "accentless,abbrev", "con BT Son",
     "Bộ trưởng Bùi Thanh Sơn dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 với tư cách gì?",
     "chủ trì && Ủy viên Trung ương Đảng"),
    ("pronoun", "abbrev", "ông ấy khai mạc nói j",
     "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói gì?",
     "Hội nghị Ngoại giao lần thứ 31 | nhìn lại một năm"),
    ("ellipsis", "accentless,abbrev,telegraphic", "bn tinh thanh ket noi",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?", "63"),
    ("new", "english", "Who did Deputy PM Tran Luu Quang work with at the foreign ministry on 31 January?",
     "Phó Thủ tướng Trần Lưu Quang làm việc với những ai tại Bộ Ngoại giao ngày 31-1?",
     "Bùi Thanh Sơn"),
])

# c48 date -> meeting substitutions
C.append([
    ("new", "-", "Ngày 5/7/2023 Bộ Ngoại giao tổ chức hội nghị gì?",
     "Ngày 5/7/2023 Bộ Ngoại giao tổ chức hội nghị gì?", "sơ kết"),
    ("substitution", "telegraphic", "còn 22/7/2019?",
     "Ngày 22/7/2019 Bộ Ngoại giao tổ chức hội nghị gì?", "sơ kết && 2019"),
    ("substitution", "accentless,telegraphic", "6/1 thi sao",
     "Ngày 6/1 Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2024"),
    ("substitution", "telegraphic", "10/1?",
     "Ngày 10/1 Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2022"),
    ("substitution", "telegraphic", "15/8?",
     "Ngày 15/8 Bộ Ngoại giao tổ chức hội nghị gì?", NIC),
])

# c49 R0 -> R3 -> NIC
C.append([
    ("new", "accentless,abbrev", "theo HN so ket 2023, ngoai giao kinh te ho tro dia phuong, doanh nghiep ra sao",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp ra sao?",
     "kết nối đối tác && mở rộng thị trường"),
    ("pronoun", "-", "năm đó ngoại giao bảo vệ chủ quyền được đánh giá thế nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá vai trò của ngoại giao trong bảo vệ chủ quyền thế nào?",
     "biện pháp hòa bình && luật pháp quốc tế"),
    ("request", "accentless,telegraphic", "trich nguyen van",
     "Trích nguyên văn đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về vai trò của ngoại giao trong bảo vệ chủ quyền.",
     "thông qua các biện pháp hòa bình"),
    ("substitution", "-", "thế còn năm 2019?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác bảo vệ chủ quyền thế nào?", "chủ quyền biển đảo"),
    ("new", "-", "Tổng Bí thư Tô Lâm chỉ đạo gì tại hội nghị tổng kết ngoại giao 2024?",
     "Tổng Bí thư Tô Lâm chỉ đạo gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NIC),
])

# c50 R2 -> R0
C.append([
    ("new", "abbrev", "Trong buổi làm việc với PTT Quang, BT Sơn nói BNG quyết tâm gì?",
     "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm điều gì?",
     "đổi mới tư duy và hành động"),
    ("request", "accentless,telegraphic", "noi ro hon",
     "Nói rõ hơn quyết tâm đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.",
     "phụng sự Đảng && kỷ cương hành chính"),
    ("pronoun", "-", "ông ấy có nhắc chuyển đổi số không?",
     "Trong báo cáo với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn có nhắc tới chuyển đổi số không?",
     "chuyển đổi số && quy chế"),
    ("substitution", "accentless,abbrev", "con HN so ket 2023 co nhac chuyen doi so ko",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có nhắc tới chuyển đổi số không?",
     "đẩy mạnh chuyển đổi số && phương thức truyền thông mới"),
    ("pronoun", "-", "ai nói vậy ở hội nghị đó?",
     "Ai đề nghị đẩy mạnh chuyển đổi số tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(os.path.dirname(here), "conversations.tsv")
    lines = list(HEADER)
    for i, conv in enumerate(C, 1):
        cid = "c%02d" % i
        for kind, tags, q, ra, facts in conv:
            row = [cid, q, kind, tags, ra, facts]
            for cell in row:
                assert "\t" not in cell and "\n" not in cell, row
            lines.append("\t".join(row))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", out, len(lines) - len(HEADER), "turns,", len(C), "conversations")


if __name__ == "__main__":
    main()
