#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 23) from the turns below.

Every turn records the report it is based on (key into REPORTS, or None when the
question is about something no report has).  Questions tagged `accentless` are
written with diacritics here and stripped by strip_accents() (đ -> d).
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REPORTS = {
    "S23": "000_47e75d3c86d27e21.txt",  # Sơ kết 6 tháng đầu năm 2023, 5/7, BT Bùi Thanh Sơn
    "T22": "001_8430b1541a21d71d.txt",  # Tổng kết năm 2022, sáng 10/1, TTg Phạm Minh Chính dự
    "P23": "002_0e1cf19fdeddcf6d.txt",  # PTT Trần Lưu Quang làm việc với BNG, chiều 31-1 (2023)
    "S19": "003_60cdc4bfe3deff94.txt",  # Sơ kết 6 tháng đầu năm 2019, 22/7, PTT-BT Phạm Bình Minh
    "T24": "004_771f5d769968830d.txt",  # Tổng kết năm 2024, 6/1, TTg Phạm Minh Chính
}

HEADER = [
    "# Blind conversation set 23 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


# (report, kind, tags, question, read_as, facts)
C = []

C.append([
    ("S23", "new", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
    ("S23", "ellipsis", "accentless,telegraphic", "ai kết luận?",
     "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("S23", "pronoun", "-", "ông ấy biểu dương ai?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
     "cán bộ, công chức | người lao động | nỗ lực không mệt mỏi"),
    ("S23", "ellipsis", "accentless", "có bao nhiêu đại biểu dự?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NR),
    ("S23", "request", "-", "trích nguyên văn phương châm được nêu",
     "Trích nguyên văn phương châm công tác đối ngoại được nêu tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
     "chủ động, thích ứng, sáng tạo"),
])

C.append([
    ("T22", "new", "accentless", "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu"),
    ("T22", "ellipsis", "-", "kết nối với bao nhiêu điểm cầu?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63 tỉnh"),
    ("T22", "ellipsis", "accentless,telegraphic", "ai chủ trì?",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("T24", "substitution", "-", "còn năm 2024 thì tổ chức ngày nào?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
    ("T24", "pronoun", "accentless", "hôm đó ở điểm cầu Quảng Trị có ai dự?",
     "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, ai dự ở điểm cầu Quảng Trị?", "Hoàng Nam"),
])

C.append([
    ("S19", "new", "abbrev", "Ai phát biểu chỉ đạo tại HN sơ kết 6 tháng đầu năm 2019 của BNG?",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("S19", "pronoun", "accentless", "ông ấy giữ chức vụ gì lúc đó?",
     "Ông Phạm Bình Minh giữ chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
    ("S19", "ellipsis", "-", "những điểm cần lưu tâm là gì?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào?",
     "nhạy cảm trong tham mưu && tăng cường sự phối hợp"),
    ("S19", "request", "accentless", "nói rõ hơn điểm thứ ba",
     "Nói rõ hơn điểm thứ ba Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
     "nhu cầu, ưu tiên phát triển | nhạy bén hơn nữa"),
    ("S19", "pronoun", "premise", "sao ông ấy lại phê bình Vụ Tổng hợp?",
     "Vì sao Phó Thủ tướng Phạm Bình Minh phê bình Vụ Tổng hợp tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
])

C.append([
    ("P23", "new", "-", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
    ("P23", "ellipsis", "accentless,telegraphic", "ở đâu?",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
    ("P23", "ellipsis", "-", "ai báo cáo kết quả năm 2022?",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
     "Bùi Thanh Sơn"),
    ("P23", "substitution", "accentless,abbrev", "còn PTT nhận định tình hình thế giới ra sao?",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?",
     "biến động sâu sắc, phức tạp"),
    ("P23", "request", "telegraphic", "nguồn nào?",
     "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP"),
])

C.append([
    ("T24", "new", "accentless", "Tại hội nghị tổng kết công tác ngoại giao năm 2024, Thủ tướng nêu nhiệm vụ bao trùm là gì?",
     "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng nêu nhiệm vụ bao trùm của công tác đối ngoại là gì?",
     "tiên phong, trọng yếu, thường xuyên"),
    ("T24", "request", "-", "tóm tắt lại giúp mình",
     "Tóm tắt nhiệm vụ bao trùm Thủ tướng nêu tại hội nghị tổng kết công tác ngoại giao năm 2024.",
     "kỷ nguyên vươn mình | tăng tốc, bứt phá | môi trường hòa bình, ổn định"),
    ("T24", "ellipsis", "accentless", "bộ tiếp nhận chức năng của cơ quan nào?",
     "Theo hội nghị tổng kết công tác ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    ("T24", "ellipsis", "typo", "bao nhiu đại biểu?",
     "Hội nghị tổng kết công tác ngoại giao năm 2024 có bao nhiêu đại biểu?", NR),
    ("T24", "pronoun", "accentless", "bài đó ai viết?",
     "Bài về hội nghị tổng kết công tác ngoại giao năm 2024 do ai viết?", "Hoài Nhung"),
])

C.append([
    ("T22", "new", "-", "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng yêu cầu thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng yêu cầu thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6 nhiệm vụ trọng tâm"),
    ("T22", "request", "accentless", "trích nguyên văn phương châm ông ấy nêu",
     "Trích nguyên văn phương châm Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết ngành ngoại giao năm 2022.",
     "dĩ bất biến, ứng vạn biến"),
    ("T22", "ellipsis", "-", "còn bản sắc gì?",
     "Thủ tướng Phạm Minh Chính đề nghị phát huy bản sắc gì tại hội nghị tổng kết ngành ngoại giao năm 2022?",
     "cây tre Việt Nam"),
    ("T22", "request", "accentless", "liệt kê đủ 6 nhiệm vụ đó",
     "Liệt kê đầy đủ 6 nhiệm vụ trọng tâm Thủ tướng giao cho ngành Ngoại giao tại hội nghị tổng kết năm 2022.", NR),
    ("T22", "ellipsis", "-", "từ “muốn là bạn” chuyển sang gì?",
     "Theo hội nghị tổng kết ngành ngoại giao năm 2022, chủ trương đối ngoại chuyển từ “muốn là bạn” sang gì?",
     "sẵn sàng là bạn"),
])

C.append([
    ("S19", "new", "accentless", "Sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
     "Brunei && Hà Lan"),
    ("S19", "ellipsis", "-", "nâng tổng số lên bao nhiêu?",
     "Sau khi thiết lập quan hệ với Brunei và Hà Lan, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam năm 2019 là bao nhiêu?",
     "30 quốc gia"),
    ("S19", "ellipsis", "accentless,abbrev", "trúng cử HĐBA với bao nhiêu phiếu?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an LHQ với bao nhiêu phiếu?",
     "192/193"),
    ("S19", "ellipsis", "telegraphic", "nhiệm kỳ nào?",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an LHQ nhiệm kỳ nào?", "2020-2021"),
    ("S19", "substitution", "accentless", "còn hiệp định nào được ký?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, những hiệp định nào đã được ký kết?",
     "EVFTA && Hiệp định bảo hộ đầu tư"),
])

C.append([
    ("T24", "new", "english", "When did the Foreign Ministry hold its 2024 review conference?",
     "Bộ Ngoại giao tổ chức hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào ngày nào?", "6/1"),
    ("T24", "ellipsis", "english", "Who attended from Quang Tri?",
     "Ai dự hội nghị tổng kết công tác ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("T24", "substitution", "accentless,near-miss", "còn điểm cầu Cao Bằng?",
     "Tại hội nghị tổng kết công tác ngoại giao năm 2024, ai dự ở điểm cầu Cao Bằng?", NR),
    ("T24", "request", "-", "tóm tắt mục tiêu năm 2025",
     "Tóm tắt mục tiêu, nhiệm vụ năm 2025 Bộ Ngoại giao xác định tại hội nghị tổng kết năm 2024.",
     "thế chủ động chiến lược | dự báo đúng tình hình"),
])

C.append([
    ("S23", "new", "abbrev", "BT Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại HN sơ kết 6 tháng đầu năm 2023?",
     "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "phương thức truyền thông mới"),
    ("S23", "substitution", "accentless", "còn về xây dựng ngành?",
     "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "chuyên nghiệp, hiện đại | thi đua khen thưởng"),
    ("S23", "ellipsis", "-", "có trao khen thưởng không?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng có trao khen thưởng không?",
     "trao tặng các danh hiệu"),
    (None, "new", "accentless", "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?",
     "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NC),
    (None, "ellipsis", "telegraphic", "ai chủ trì?",
     "Ai chủ trì Hội nghị Ngoại giao lần thứ 32?", NC),
])

C.append([
    ("P23", "new", "abbrev", "Trong buổi làm việc với BNG đầu năm 2023, PTT Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?",
     "Trong buổi làm việc với Bộ Ngoại giao đầu năm 2023, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?",
     "phục vụ phát triển đất nước"),
    ("P23", "substitution", "accentless", "còn nhiệm vụ trọng yếu, thường xuyên?",
     "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên là gì?",
     "giữ vững hòa bình, ổn định"),
    ("P23", "ellipsis", "-", "nhiệm vụ quan trọng?",
     "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ quan trọng là gì?", "vị thế và uy tín"),
    ("P23", "pronoun", "accentless,premise", "ông ấy có phê bình BNG chậm trễ không?",
     "Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm trễ điều gì?", FP),
    ("P23", "request", "-", "nguồn?",
     "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP"),
])

C.append([
    (None, "new", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao ai chủ trì?",
     "Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao ai chủ trì?", NC),
    ("S23", "substitution", "-", "còn năm 2023?",
     "Ai chủ trì, kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("S23", "ellipsis", "accentless,telegraphic", "ngày nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
    ("S19", "substitution", "-", "thế còn 2019?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
    ("S19", "pronoun", "accentless", "năm đó ai phát biểu chỉ đạo?",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
])

C.append([
    ("T22", "new", "-", "Tại điểm cầu Cao Bằng dự hội nghị tổng kết ngành ngoại giao 2022 có lãnh đạo tỉnh nào?",
     "Tại điểm cầu Cao Bằng dự hội nghị tổng kết ngành ngoại giao năm 2022 có lãnh đạo tỉnh nào?", "Nguyễn Bích Ngọc"),
    ("T22", "pronoun", "accentless", "người này giữ chức gì?",
     "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh && Ban Thường vụ Tỉnh ủy"),
    ("T22", "ellipsis", "-", "những huyện nào tham dự?",
     "Những huyện nào của Cao Bằng tham dự hội nghị tổng kết ngành ngoại giao năm 2022?",
     "Quảng Hòa && Thạch An"),
    ("T22", "ellipsis", "accentless", "đồng chí Ngọc có phát biểu gì không?",
     "Đồng chí Nguyễn Bích Ngọc phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2022?", NR),
    ("T22", "request", "-", "bài này ai viết?",
     "Bài về hội nghị tổng kết ngành ngoại giao năm 2022 (điểm cầu Cao Bằng) do ai viết?", "Vi Trường"),
])

C.append([
    ("S19", "new", "accentless,abbrev", "Theo PTT Phạm Bình Minh, nửa đầu năm 2019 tình hình quốc tế diễn biến thế nào?",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 tình hình quốc tế diễn biến thế nào?",
     "nhanh hơn, phức tạp hơn"),
    ("S19", "ellipsis", "-", "công tác đối ngoại triển khai theo tinh thần hội nghị nào?",
     "Theo Phó Thủ tướng Phạm Bình Minh, công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần hội nghị nào?",
     "Hội nghị Ngoại giao 30"),
    ("S19", "ellipsis", "accentless,paraphrase", "quan hệ với các nước lớn thì sao?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, quan hệ với các nước lớn được xử lý thế nào?", "cân bằng linh hoạt"),
    ("S19", "substitution", "-", "còn về xây dựng ngành?",
     "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "tuyển dụng, đào tạo cán bộ | bảo vệ chính trị nội bộ"),
    ("S19", "pronoun", "accentless,premise,abbrev", "HN đó bị hoãn mấy lần?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao bị hoãn mấy lần?", FP),
])

C.append([
    ("T24", "new", "-", "Thủ tướng yêu cầu ngành ngoại giao tổng kết nghị quyết nào tại hội nghị tổng kết năm 2024?",
     "Thủ tướng yêu cầu ngành ngoại giao tổng kết nghị quyết nào tại hội nghị tổng kết công tác ngoại giao năm 2024?",
     "Nghị quyết 18"),
    ("T24", "request", "accentless", "nói rõ hơn về tinh gọn bộ máy",
     "Nói rõ hơn về việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao được nêu tại hội nghị tổng kết năm 2024.",
     "Ban Đối ngoại Trung ương | Ủy ban Đối ngoại Quốc hội"),
    ("T24", "ellipsis", "-", "đội ngũ cán bộ phải thế nào?",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào?",
     "tuyệt đối trung thành | tinh thông về nghiệp vụ"),
    ("S19", "substitution", "accentless", "còn năm 2019 thì mục tiêu cán bộ thế nào?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, mục tiêu xây dựng đội ngũ cán bộ Bộ Ngoại giao thế nào?",
     "vừa hồng, vừa chuyên && tinh nhuệ"),
    ("S19", "pronoun", "-", "năm đó ai chỉ đạo?",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
])

C.append([
    ("T22", "new", "accentless", "Năm 2022 kim ngạch xuất nhập khẩu vượt mốc bao nhiêu theo hội nghị tổng kết ngành ngoại giao?",
     "Theo hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
     "700 tỷ USD"),
    ("T22", "ellipsis", "-", "ai nêu con số đó?",
     "Ai nêu con số kim ngạch xuất nhập khẩu tại hội nghị tổng kết ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("T22", "ellipsis", "accentless,abbrev", "thu hút FDI bao nhiêu?",
     "Theo hội nghị tổng kết ngành ngoại giao năm 2022, Việt Nam thu hút bao nhiêu vốn FDI năm 2022?", NR),
    ("T24", "substitution", "-", "còn năm 2024 ngoại giao kinh tế chuyển biến ở lĩnh vực nào?",
     "Theo hội nghị tổng kết công tác ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
     "chíp bán dẫn && trí tuệ nhân tạo"),
    ("T24", "ellipsis", "accentless", "tăng trưởng GDP năm đó bao nhiêu?",
     "Theo hội nghị tổng kết công tác ngoại giao năm 2024, tăng trưởng GDP năm 2024 là bao nhiêu?", NR),
])

C.append([
    ("S23", "new", "english,premise", "What did PM Pham Minh Chinh say at the Foreign Ministry's mid-2023 review conference?",
     "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP),
    ("S23", "ellipsis", "english", "So who gave the concluding speech there?",
     "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("S23", "pronoun", "accentless", "ông ấy yêu cầu các đơn vị làm tốt hơn công tác gì?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị làm tốt hơn công tác gì?",
     "nghiên cứu, dự báo, tham mưu"),
    ("S23", "ellipsis", "-", "triển khai đường lối đối ngoại của đại hội nào?",
     "Bộ trưởng Bùi Thanh Sơn đề nghị tiếp tục triển khai đường lối đối ngoại của Đại hội nào?", "Đại hội XIII"),
])

C.append([
    ("P23", "new", "accentless,abbrev", "PTT Trần Lưu Quang làm việc với BNG về nội dung gì?",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?", "triển khai công tác đối ngoại"),
    ("P23", "ellipsis", "-", "ai tham dự?",
     "Ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ"),
    ("P23", "ellipsis", "accentless", "Bộ quyết tâm đổi mới gì?",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới gì?", "tư duy và hành động"),
    ("P23", "ellipsis", "telegraphic", "mấy giờ?",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bắt đầu lúc mấy giờ?", NR),
    ("P23", "request", "accentless", "nói rõ hơn các điểm trọng tâm Bộ trưởng nêu",
     "Nói rõ hơn các điểm trọng tâm Bộ trưởng Bùi Thanh Sơn nêu khi báo cáo Phó Thủ tướng Trần Lưu Quang.",
     "phong cách, lề lối làm việc | kỷ cương hành chính | chuyển đổi số"),
])

C.append([
    ("S23", "new", "-", "Sơ kết 6 tháng đầu năm 2023, BNG đánh giá công tác ngoại giao kinh tế ra sao?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Ngoại giao đánh giá công tác ngoại giao kinh tế ra sao?",
     "trọng tâm, trọng điểm"),
    ("S23", "substitution", "accentless", "còn ngoại giao đa phương?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương ra sao?",
     "ngoại giao song phương"),
    ("S23", "substitution", "-", "thế còn công tác người VN ở nước ngoài?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài ra sao?", "cầu nối"),
    ("S23", "ellipsis", "accentless", "bảo hộ được bao nhiêu công dân?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Ngoại giao đã bảo hộ bao nhiêu công dân?", NR),
    (None, "substitution", "-", "thế còn 6 tháng đầu năm 2024?",
     "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao đánh giá công tác ngoại giao kinh tế ra sao?", NC),
])

C.append([
    ("T24", "new", "accentless,abbrev", "Ai dự và chỉ đạo HN tổng kết công tác ngoại giao năm 2024?",
     "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
    ("T24", "pronoun", "-", "ông ấy nói đất nước vững bước vào kỷ nguyên gì?",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói đất nước vững bước vào kỷ nguyên gì?",
     "kỷ nguyên vươn mình"),
    ("T24", "ellipsis", "accentless", "hội nghị tổ chức theo hình thức nào?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến"),
    ("T24", "pronoun", "-", "vị này có nhắc tới Nghị quyết 57 không?",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói gì về Nghị quyết 57?", NR),
    ("T24", "substitution", "accentless", "thế còn Bộ trưởng Ngoại giao phát biểu gì?",
     "Bộ trưởng Ngoại giao phát biểu gì tại hội nghị tổng kết công tác ngoại giao năm 2024?", NR),
])

C.append([
    ("S19", "new", "premise,near-miss,abbrev", "PTT Lê Minh Khái phát biểu gì tại HN sơ kết 6 tháng đầu năm 2019 của BNG?",
     "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP),
    ("S19", "ellipsis", "accentless", "vậy ai phát biểu chỉ đạo?",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("S19", "pronoun", "-", "hội nghị đó diễn ra hôm nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
    ("S19", "request", "accentless", "ảnh lấy từ nguồn nào?",
     "Ảnh trong bài về Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "TG&VN"),
    ("S19", "ellipsis", "-", "Chỉ thị 25 được nhắc tới là về gì?",
     "Chỉ thị 25 được nhắc tới tại Hội nghị sơ kết 6 tháng đầu năm 2019 là về việc gì?",
     "nâng tầm đối ngoại đa phương"),
])

C.append([
    ("T22", "new", "accentless", "Hội nghị tổng kết ngành ngoại giao năm 2022 nhằm nhìn lại việc thực hiện kết luận của ai?",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của ai?",
     "Nguyễn Phú Trọng"),
    ("T22", "ellipsis", "-", "tại hội nghị nào?",
     "Các kết luận, chỉ đạo được nhìn lại tại hội nghị tổng kết năm 2022 được đưa ra tại hội nghị nào?",
     "Hội nghị đối ngoại toàn quốc && Ngoại giao lần thứ 31"),
    ("T22", "pronoun", "accentless", "hội nghị lần 31 đó diễn ra ngày nào?",
     "Hội nghị Ngoại giao lần thứ 31 diễn ra ngày nào?", NR),
    (None, "substitution", "-", "thế còn Hội nghị Ngoại giao lần thứ 33?",
     "Hội nghị Ngoại giao lần thứ 33 diễn ra ngày nào?", NC),
])

C.append([
    ("P23", "new", "english", "What did Deputy PM Tran Luu Quang say about the world situation when he worked with the Foreign Ministry?",
     "Phó Thủ tướng Trần Lưu Quang nhận định gì về tình hình thế giới khi làm việc với Bộ Ngoại giao?",
     "biến động sâu sắc"),
    ("P23", "ellipsis", "english", "And where did the meeting take place?",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
    ("P23", "ellipsis", "accentless", "bao nhiêu người dự?",
     "Có bao nhiêu người dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", NR),
    (None, "substitution", "near-miss,abbrev", "còn PTT Trần Hồng Hà làm việc với BNG khi nào?",
     "Phó Thủ tướng Trần Hồng Hà làm việc với Bộ Ngoại giao khi nào?", NC),
])

C.append([
    ("S23", "new", "premise", "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?",
     "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", FP),
    ("S23", "ellipsis", "accentless", "vậy diễn ra hôm nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
    ("S23", "ellipsis", "-", "ai dự?",
     "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn && đại diện các đơn vị"),
    ("S23", "request", "accentless", "tóm tắt đánh giá tình hình thế giới",
     "Tóm tắt đánh giá tình hình thế giới và khu vực tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
     "nhanh, phức tạp | tác động sâu sắc"),
    ("S23", "pronoun", "premise", "lần đó có ai phản đối đánh giá này không, ai vậy?",
     "Ai đã phản đối đánh giá tình hình tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP),
])

C.append([
    ("T24", "new", "accentless", "Phó Chủ tịch UBND tỉnh nào dự hội nghị tổng kết ngoại giao 2024 tại điểm cầu Quảng Trị?",
     "Phó Chủ tịch UBND tỉnh nào dự hội nghị tổng kết công tác ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
     "Hoàng Nam"),
    ("T24", "pronoun", "-", "ông ấy có phát biểu không?",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu gì tại hội nghị tổng kết ngoại giao năm 2024?", NR),
    ("T24", "ellipsis", "accentless", "ai viết bài?",
     "Ai viết bài về hội nghị tổng kết ngoại giao năm 2024 (điểm cầu Quảng Trị)?", "Hoài Nhung"),
    ("T24", "request", "-", "nguồn nào?",
     "Bài về hội nghị tổng kết ngoại giao năm 2024 (điểm cầu Quảng Trị) lấy từ nguồn nào?", "baoquangtri"),
    ("T22", "substitution", "accentless", "còn ở Cao Bằng năm 2022 ai dự?",
     "Tại hội nghị tổng kết ngành ngoại giao năm 2022, lãnh đạo tỉnh nào dự ở điểm cầu Cao Bằng?",
     "Nguyễn Bích Ngọc"),
])

C.append([
    ("S19", "new", "-", "Sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
     "Mỹ - Triều lần 2"),
    ("S19", "ellipsis", "accentless,telegraphic", "ở thành phố nào?",
     "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được tổ chức ở thành phố nào?", NR),
    ("S19", "ellipsis", "-", "CPTPP thì sao?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP thế nào?", "chính thức được triển khai"),
    ("S19", "ellipsis", "accentless", "hướng tới đại hội nào?",
     "Nhiệm vụ 6 tháng cuối năm 2019 của Bộ Ngoại giao hướng tới Đại hội nào của Đảng?", "Đại hội XIII"),
    ("S19", "request", "-", "trích nguyên văn mục tiêu xây dựng đội ngũ cán bộ",
     "Trích nguyên văn mục tiêu xây dựng đội ngũ cán bộ nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
     "vừa hồng, vừa chuyên"),
])

C.append([
    ("T22", "new", "accentless,premise", "Bộ trưởng Phạm Gia Khiêm phát biểu gì tại hội nghị tổng kết ngoại giao năm 2022?",
     "Bộ trưởng Phạm Gia Khiêm phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2022?", FP),
    ("T22", "ellipsis", "-", "vậy Bộ trưởng lúc đó là ai?",
     "Ai là Bộ trưởng Ngoại giao tại hội nghị tổng kết ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("T22", "pronoun", "accentless", "ông ấy nói ngành ngoại giao bước sang giai đoạn gì?",
     "Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?", "giai đoạn phát triển mới"),
    ("T22", "ellipsis", "-", "đòi hỏi gì?",
     "Giai đoạn phát triển mới của ngành Ngoại giao đòi hỏi gì, theo Bộ trưởng Bùi Thanh Sơn?",
     "đổi mới mạnh mẽ tư duy"),
    (None, "new", "accentless", "Hội nghị tổng kết ngành ngoại giao năm 2020 do ai chủ trì?",
     "Hội nghị tổng kết ngành ngoại giao năm 2020 do ai chủ trì?", NC),
])

C.append([
    ("T22", "new", "abbrev", "Tại HN tổng kết 2022, TTg Phạm Minh Chính nói gì về hợp tác và đấu tranh?",
     "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?",
     "đối tác, đối tượng"),
    ("T22", "request", "accentless", "trích nguyên văn câu về bảo vệ Tổ quốc",
     "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại hội nghị tổng kết ngoại giao năm 2022.",
     "từ khi nước chưa nguy"),
    ("T22", "ellipsis", "-", "lấy ai làm trung tâm phục vụ?",
     "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao lấy ai làm trung tâm phục vụ?",
     "người dân, doanh nghiệp, địa phương"),
    ("P23", "substitution", "accentless,abbrev", "còn PTT Trần Lưu Quang thì coi nhiệm vụ trung tâm là gì?",
     "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?",
     "phục vụ phát triển đất nước"),
])

C.append([
    ("S19", "new", "accentless,telegraphic,abbrev", "sơ kết 2019 BNG ngày nào",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
    ("S19", "ellipsis", "accentless,telegraphic", "ai phát biểu chỉ đạo",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("S23", "substitution", "accentless,telegraphic", "còn 2023",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào và ai kết luận?",
     "5/7 && Bùi Thanh Sơn"),
    (None, "substitution", "accentless,telegraphic", "còn 2020",
     "Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao diễn ra ngày nào?", NC),
])

C.append([
    ("S23", "new", "-", "Theo hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác phát triển thế nào?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác phát triển thế nào?", "đi vào chiều sâu"),
    ("S23", "ellipsis", "accentless", "đối ngoại được xem là gì trong thành tựu chung?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được xem là gì trong thành tựu chung của cả nước?",
     "một điểm sáng"),
    ("S23", "ellipsis", "-", "có số liệu kim ngạch xuất khẩu không?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 nêu kim ngạch xuất khẩu 6 tháng đầu năm là bao nhiêu?", NR),
    ("S23", "request", "accentless,telegraphic", "nguồn nào?",
     "Bài về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao lấy từ nguồn nào?", "TTXVN"),
])

C.append([
    ("P23", "new", "premise", "Bộ trưởng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày 31/1 về vấn đề gì?",
     "Bộ trưởng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày 31/1 về vấn đề gì?", FP),
    ("P23", "pronoun", "accentless", "ông ấy thực ra giữ chức gì?",
     "Ông Trần Lưu Quang giữ chức vụ gì khi làm việc với Bộ Ngoại giao?", "Phó Thủ tướng"),
    ("P23", "pronoun", "-", "về biên giới thì ông ấy yêu cầu gì?",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?",
     "hữu nghị và phát triển"),
    ("P23", "ellipsis", "accentless", "bám sát chỉ đạo tại hội nghị đối ngoại toàn quốc năm nào?",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu bám sát chỉ đạo của Tổng Bí thư tại Hội nghị đối ngoại toàn quốc năm nào?",
     "2021"),
])

C.append([
    ("T24", "new", "accentless", "Bộ Ngoại giao xác định mục tiêu gì cho năm 2025 tại hội nghị tổng kết 2024?",
     "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025 tại hội nghị tổng kết công tác năm 2024?",
     "dự báo đúng tình hình | thế chủ động chiến lược"),
    ("T24", "ellipsis", "-", "gồm những trụ cột đối ngoại nào?",
     "Theo hội nghị tổng kết ngoại giao năm 2024, công tác đối ngoại được triển khai đồng bộ gồm những trụ cột nào?",
     "đối ngoại Đảng && đối ngoại Nhân dân"),
    ("T24", "request", "accentless", "nói rõ hơn về xử lý tình huống",
     "Nói rõ hơn yêu cầu của Thủ tướng về xử lý tình huống đối ngoại tại hội nghị tổng kết năm 2024.",
     "tình huống đối ngoại phức tạp"),
    ("S19", "substitution", "abbrev", "còn năm 2019 PTT Phạm Bình Minh nói gì về xử lý tình huống?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nói gì về xử lý tình huống?",
     "nhạy cảm trong tham mưu"),
])

C.append([
    ("S19", "new", "english", "According to the Foreign Ministry's mid-2019 review, how many strategic or comprehensive partners did Vietnam have?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam có tổng số bao nhiêu Đối tác chiến lược/Đối tác toàn diện?",
     "30 quốc gia"),
    ("S19", "ellipsis", "english", "Which two countries were added?",
     "Việt Nam thiết lập quan hệ Đối tác toàn diện với hai nước nào trong 6 tháng đầu năm 2019?", "Brunei && Hà Lan"),
    ("S19", "ellipsis", "english", "Was the EVFTA signed?",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định EVFTA đã được ký kết chưa?", "được ký kết"),
    ("S19", "pronoun", "accentless,premise", "vì sao EU phản đối hiệp định đó?",
     "Vì sao EU phản đối Hiệp định EVFTA?", FP),
])

C.append([
    ("T22", "new", "abbrev", "HN tổng kết công tác ngành NG năm 2022 tổ chức ngày nào?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tổ chức ngày nào?", "10/1"),
    ("T22", "ellipsis", "accentless,telegraphic", "sáng hay chiều?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra buổi sáng hay chiều?", "Sáng 10/1"),
    ("T22", "ellipsis", "-", "hình thức?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tổ chức theo hình thức nào?", "trực tuyến"),
    ("S23", "substitution", "accentless", "còn sơ kết 6 tháng 2023 có mấy điểm cầu?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu điểm cầu?", NR),
    (None, "substitution", "-", "còn tổng kết năm 2023?",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 tổ chức ngày nào?", NC),
])

C.append([
    ("S19", "new", "accentless,paraphrase", "Năm 2019 ngoại vụ địa phương được BNG đánh giá thế nào ở hội nghị giữa năm?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được đánh giá thế nào?",
     "lấy doanh nghiệp và người dân"),
    ("S19", "ellipsis", "-", "bảo hộ công dân thì sao?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, công tác bảo hộ công dân được đánh giá thế nào?",
     "tiếp tục được quan tâm"),
    ("S19", "ellipsis", "accentless", "bao nhiêu vụ bảo hộ?",
     "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã xử lý bao nhiêu vụ bảo hộ công dân?", NR),
    ("S19", "pronoun", "-", "ông PTT năm đó đề nghị phối hợp thế nào?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh đề nghị phối hợp thế nào?",
     "tăng cường sự phối hợp"),
])

C.append([
    ("T24", "new", "premise", "Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam dự hội nghị tổng kết ngoại giao 2024 với tư cách gì?",
     "Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam dự hội nghị tổng kết ngoại giao năm 2024 với tư cách gì?", FP),
    ("T24", "ellipsis", "accentless", "vậy ông ấy giữ chức gì?",
     "Ông Hoàng Nam giữ chức vụ gì khi dự hội nghị tổng kết ngoại giao năm 2024?", "Phó Chủ tịch UBND tỉnh"),
    ("T24", "pronoun", "-", "hội nghị đó diễn ra ngày nào?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
    ("T24", "ellipsis", "accentless,telegraphic", "ai chỉ đạo?",
     "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
])

C.append([
    ("S23", "new", "accentless", "Trong 6 tháng cuối năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các đối tác thế nào?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các đối tác trong 6 tháng cuối năm thế nào?",
     "chiều sâu, ổn định, bền vững"),
    ("S23", "substitution", "-", "còn về chủ quyền?",
     "Về bảo vệ chủ quyền, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "kiên quyết, kiên trì đấu tranh"),
    ("S23", "ellipsis", "accentless", "chuyển đổi số thì sao?",
     "Về chuyển đổi số, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "đẩy mạnh chuyển đổi số"),
    ("S23", "pronoun", "-", "ông ấy có nói cụ thể về Biển Đông không?",
     "Bộ trưởng Bùi Thanh Sơn nói gì cụ thể về Biển Đông tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR),
])

C.append([
    ("P23", "new", "accentless,typo,abbrev", "phó thủ tướng trần lưu quag làm việc vs BNG về năm nào",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm nào?", "năm 2023"),
    ("P23", "ellipsis", "accentless,telegraphic", "bao giờ",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
    ("P23", "ellipsis", "accentless,typo", "kết qả năm 2022 ai báo cáo",
     "Tại buổi làm việc, ai báo cáo Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
     "Bùi Thanh Sơn"),
    ("P23", "request", "accentless,abbrev", "tóm tắt chỉ đạo của PTT",
     "Tóm tắt chỉ đạo của Phó Thủ tướng Trần Lưu Quang đối với Bộ Ngoại giao.",
     "chương trình đối ngoại cấp cao | hội nhập quốc tế sâu rộng"),
])

C.append([
    ("T22", "new", "-", "Thủ tướng đề nghị ngành ngoại giao những gì tại hội nghị tổng kết năm 2022?",
     "Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao những gì tại hội nghị tổng kết năm 2022?",
     "chủ động dự báo tình hình"),
    ("T22", "request", "accentless", "còn gì nữa?",
     "Thủ tướng Phạm Minh Chính còn đề nghị ngành ngoại giao những gì khác tại hội nghị tổng kết năm 2022?",
     "dám nghĩ, dám làm | đi trước mở đường | không để bị động bất ngờ"),
    ("T22", "ellipsis", "-", "“gốc vững” là gì?",
     "Theo Thủ tướng Phạm Minh Chính tại hội nghị tổng kết ngoại giao năm 2022, “gốc vững” là gì?",
     "kiên định độc lập, tự chủ"),
    ("T22", "ellipsis", "accentless", "có nhắc tới Liên Hợp Quốc không?",
     "Thủ tướng Phạm Minh Chính nhắc tới Liên Hợp Quốc thế nào tại hội nghị tổng kết ngoại giao năm 2022?",
     "Hiến chương Liên Hợp Quốc"),
    ("T22", "pronoun", "premise", "Thủ tướng chỉ trích BNG điều gì ở hội nghị đó?",
     "Thủ tướng Phạm Minh Chính chỉ trích Bộ Ngoại giao điều gì tại hội nghị tổng kết năm 2022?", FP),
])

C.append([
    (None, "new", "accentless", "Hội nghị Ngoại giao lần thứ 29 có gì nổi bật?",
     "Hội nghị Ngoại giao lần thứ 29 có gì nổi bật?", NC),
    ("S19", "substitution", "-", "thế còn sơ kết 6 tháng đầu năm 2019?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có gì nổi bật?",
     "Brunei | EVFTA | 192/193 | Mỹ - Triều"),
    ("S19", "ellipsis", "accentless", "ASEAN thì sao?",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về ASEAN?", NR),
    (None, "new", "-", "Bộ Công an có tổ chức hội nghị chung với Bộ Ngoại giao năm 2023 không?",
     "Bộ Công an có tổ chức hội nghị chung với Bộ Ngoại giao năm 2023 không?", NC),
])

C.append([
    ("T24", "new", "accentless,telegraphic,abbrev,typo", "tổng kết ngaọi giao 2024 TTg nói gì về nguồn lực",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng nói gì về huy động nguồn lực?",
     "nguồn lực có tính đột phá"),
    ("T24", "ellipsis", "accentless,telegraphic", "đối tác?",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác?",
     "nâng cấp, nâng tầm quan hệ"),
    ("T24", "ellipsis", "accentless,telegraphic", "đa phương",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng yêu cầu gì về đa phương?",
     "diễn đàn, cơ chế đa phương"),
    ("T24", "ellipsis", "accentless", "có bao nhiêu điểm cầu tỉnh?",
     "Hội nghị tổng kết ngoại giao năm 2024 kết nối bao nhiêu điểm cầu tỉnh, thành phố?", NR),
    ("T22", "substitution", "accentless,telegraphic", "còn 2022",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 kết nối bao nhiêu điểm cầu tỉnh, thành phố?", "63 tỉnh"),
])

C.append([
    ("S23", "new", "abbrev", "BT nào kết luận HN sơ kết 6 tháng đầu năm 2023?",
     "Bộ trưởng nào kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("S19", "substitution", "accentless", "còn năm 2019?",
     "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("S19", "pronoun", "premise", "lúc đó ông ấy là Bộ trưởng Quốc phòng à?",
     "Ông Phạm Bình Minh là Bộ trưởng Quốc phòng khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 phải không?", FP),
    ("S19", "pronoun", "accentless", "ông ấy lưu ý những điểm gì?",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì?",
     "đánh giá sâu hơn nữa && nhạy bén hơn nữa"),
])

C.append([
    ("P23", "new", "-", "Theo PTT Trần Lưu Quang, Bộ Ngoại giao cần tham mưu gì cho Đảng và Nhà nước?",
     "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tham mưu gì cho Đảng và Nhà nước?",
     "chủ trương, chính sách, biện pháp"),
    ("P23", "ellipsis", "accentless", "để làm gì?",
     "Việc Bộ Ngoại giao tham mưu cho Đảng và Nhà nước nhằm mục đích gì, theo Phó Thủ tướng Trần Lưu Quang?",
     "tranh thủ tối đa cơ hội"),
    ("P23", "request", "-", "nói rõ hơn về nguồn lực bên ngoài",
     "Nói rõ hơn chỉ đạo của Phó Thủ tướng Trần Lưu Quang về tranh thủ nguồn lực bên ngoài.",
     "hiệp định, thỏa thuận quốc tế"),
    ("P23", "pronoun", "accentless", "buổi làm việc đó kéo dài bao lâu?",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR),
    (None, "substitution", "-", "thế còn buổi làm việc năm 2024 của ông ấy với BNG?",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao năm 2024 có nội dung gì?", NC),
])

C.append([
    ("T22", "new", "english", "Who joined the 2022 diplomatic review conference from the Cao Bang connection point?",
     "Ai dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
    ("T22", "ellipsis", "english", "Which districts took part?",
     "Những huyện nào của Cao Bằng tham dự hội nghị tổng kết ngành ngoại giao năm 2022?", "Trùng Khánh && Bảo Lạc"),
    ("T22", "pronoun", "english", "What did that official say?",
     "Đồng chí Nguyễn Bích Ngọc phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2022?", NR),
    ("T24", "substitution", "accentless,telegraphic", "còn Quảng Trị năm 2024?",
     "Ai dự hội nghị tổng kết ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
])

C.append([
    ("S19", "new", "accentless,premise,abbrev", "Tại sao VN trượt ghế HĐBA LHQ năm 2019?",
     "Tại sao Việt Nam trượt ghế Ủy viên không thường trực Hội đồng Bảo an LHQ năm 2019?", FP),
    ("S19", "ellipsis", "-", "thế được bao nhiêu phiếu?",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an LHQ với bao nhiêu phiếu?", "192/193"),
    ("S19", "ellipsis", "accentless,telegraphic", "nhiệm kỳ?",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an LHQ nhiệm kỳ nào?", "2020-2021"),
    ("S19", "pronoun", "-", "bài đó đăng ngày nào?",
     "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đăng ngày nào?", "22/07/2019"),
])

C.append([
    ("T22", "new", "accentless,paraphrase", "Hình ảnh cây tre Việt Nam được ai nhắc tới ở hội nghị tổng kết ngoại giao 2022?",
     "Ai nhắc tới bản sắc “cây tre Việt Nam” tại hội nghị tổng kết ngành ngoại giao năm 2022?", "Phạm Minh Chính"),
    ("T22", "ellipsis", "-", "nghĩa là sao?",
     "Bản sắc “cây tre Việt Nam” được Thủ tướng giải thích thế nào tại hội nghị tổng kết ngoại giao năm 2022?",
     "gốc vững | uyển chuyển, linh hoạt"),
    ("T24", "substitution", "accentless", "còn năm 2024 ông ấy có nhắc cây tre không?",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói gì về bản sắc “cây tre Việt Nam”?", NR),
    ("T24", "ellipsis", "-", "vậy năm 2024 ông ấy nói gì về cán bộ?",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về đội ngũ cán bộ?",
     "tinh thông về nghiệp vụ | khôn khéo về ứng xử"),
])

C.append([
    ("S23", "new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành thế nào?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác xây dựng ngành thế nào?",
     "đi vào nề nếp"),
    ("S23", "ellipsis", "accentless", "tổ chức cán bộ?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác tổ chức cán bộ thế nào?", "bài bản hiệu quả"),
    ("S23", "pronoun", "-", "ai đánh giá vậy?",
     "Ai đánh giá công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "các đại biểu"),
    ("S23", "substitution", "accentless,premise", "thế còn Thủ tướng đánh giá gì ở hội nghị này?",
     "Thủ tướng đánh giá gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP),
    ("P23", "new", "-", "Bộ trưởng Bùi Thanh Sơn làm gì trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
     "Bộ trưởng Bùi Thanh Sơn làm gì trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", "đã báo cáo"),
])

C.append([
    ("T24", "new", "accentless,abbrev", "HN tổng kết ngoại giao 2024 triển khai nhiệm vụ năm nào?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?", "năm 2025"),
    ("T24", "ellipsis", "typo", "tổ chưc buổi nào trong ngày?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tổ chức vào buổi nào trong ngày?", "Sáng nay"),
    ("T24", "ellipsis", "accentless", "có bao nhiêu điểm cầu?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?", NR),
    (None, "substitution", "-", "còn hội nghị tổng kết năm 2025?",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2025 tổ chức khi nào?", NC),
    ("T24", "request", "accentless", "trích nguyên văn tiêu đề bài về hội nghị 2024",
     "Trích nguyên văn tiêu đề bài về hội nghị tổng kết công tác ngoại giao năm 2024.",
     "Tạo bước tiến đột phá"),
])

C.append([
    ("T22", "new", "-", "Tổng kết ngoại giao 2022, chủ trương đối ngoại chuyển từ gì sang gì?",
     "Theo hội nghị tổng kết ngành ngoại giao năm 2022, chủ trương đối ngoại chuyển từ gì sang gì?",
     "muốn là bạn && sẵn sàng là bạn"),
    ("T22", "ellipsis", "accentless", "đích đến là gì?",
     "Chủ trương đối ngoại chuyển từ “muốn là bạn” hướng tới đích là gì?", "thành viên có trách nhiệm"),
    ("T22", "ellipsis", "-", "có nói về chuỗi cung ứng không?",
     "Thủ tướng Phạm Minh Chính nói gì về chuỗi cung ứng tại hội nghị tổng kết ngoại giao năm 2022?",
     "chuỗi cung ứng toàn cầu"),
    ("T22", "pronoun", "accentless", "hội nghị đó có nói năm 2023 là năm bản lề không?",
     "Hội nghị tổng kết ngoại giao năm 2022 nói gì về năm 2023 là năm bản lề?", NR),
])

C.append([
    ("S23", "new", "accentless", "Hội nghị sơ kết 6 tháng 2023 của BNG có những ai tham dự?",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có những ai tham dự?",
     "Bùi Thanh Sơn && Lãnh đạo Bộ Ngoại giao"),
    ("P23", "new", "abbrev", "PTT nào làm việc với BNG cuối tháng 1/2023?",
     "Phó Thủ tướng nào làm việc với Bộ Ngoại giao cuối tháng 1 năm 2023?", "Trần Lưu Quang"),
    ("P23", "ellipsis", "accentless,telegraphic", "ở đâu?",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao"),
    ("P23", "request", "-", "ký tên tác giả là gì?",
     "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ký tên tác giả là gì?", "B.T.V"),
    ("P23", "pronoun", "accentless,premise", "vì sao buổi đó bị hủy giữa chừng?",
     "Vì sao buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bị hủy giữa chừng?", FP),
])


def rows():
    out = []
    for i, conv in enumerate(C, 1):
        cid = "c%02d" % i
        for rep, kind, tags, q, read_as, facts in conv:
            taglist = [] if tags == "-" else tags.split(",")
            if "accentless" in taglist:
                q = strip_accents(q)
            out.append({"conversation": cid, "report": rep, "question": q, "kind": kind,
                         "tags": ",".join(taglist) if taglist else "-", "read_as": read_as, "facts": facts})
    return out


def main():
    rs = rows()
    path = os.path.join(ROOT, "conversations.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rs:
            f.write("\t".join(r[k] for k in ("conversation", "question", "kind", "tags", "read_as", "facts")) + "\n")
    print("wrote %s: %d conversations, %d turns" % (path, len(C), len(rs)))


if __name__ == "__main__":
    main()
