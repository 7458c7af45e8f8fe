#!/usr/bin/env python3
"""Build /work/sealed/conv19/conversations.tsv in one go.

Written only from the five reports in ../given:
  A = 000 sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn)
  B = 001 tổng kết ngành ngoại giao năm 2022 (sáng 10/1, TTg Phạm Minh Chính dự, BT Sơn chủ trì)
  C = 002 PTT Trần Lưu Quang làm việc với BNG (chiều 31-1, Trụ sở BNG)
  D = 003 sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh)
  E = 004 tổng kết ngành ngoại giao năm 2024 (sáng 6/1, TTg Phạm Minh Chính dự và chỉ đạo)

Questions are written with diacritics; turns tagged `accentless` are stripped
automatically (typos are written by hand).  read_as=None means "same as the
question" (only for `new` turns without abbreviations).
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "conversations.tsv")

HEADER = [
    "# Blind conversation set 19 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
FP = "refuse:false_premise"
NIC = "refuse:not_in_corpus"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


# (question, kind, tags, read_as, facts)
C = []

# c01 — B: date, chair, attendance, bridges; 2024 count not reported
C.append([
    ("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra khi nào?", "new", "-", None, "10/1"),
    ("ai chủ trì?", "ellipsis", "accentless,telegraphic", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("có bao nhiêu đại biểu tham dự hội nghị đó?", "pronoun", "-", "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "700"),
    ("kết nối với bao nhiêu điểm cầu", "ellipsis", "accentless", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63"),
    ("còn năm 2024 thì kết nối bao nhiêu điểm cầu?", "substitution", "-", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?", NR),
])

# c02 — C
C.append([
    ("PTT Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
    ("ở đâu", "ellipsis", "accentless,telegraphic", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở"),
    ("ông ấy đánh giá thế nào về công tác đối ngoại?", "pronoun", "-", "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại tại buổi làm việc với Bộ Ngoại giao?", "đánh giá cao && thành tựu to lớn"),
    ("ông ấy có phê bình BNG gì không", "pronoun", "accentless,abbrev,premise", "Phó Thủ tướng Trần Lưu Quang đã phê bình Bộ Ngoại giao về điều gì tại buổi làm việc?", FP),
    ("ai tham dự buổi đó?", "pronoun", "accentless", "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Bùi Thanh Sơn && Văn phòng Chính phủ"),
])

# c03 — D
C.append([
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao do ai phát biểu chỉ đạo?", "new", "-", None, "Phạm Bình Minh"),
    ("ông ấy lưu ý những điểm gì cho thời gian tới?", "pronoun", "-", "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới?", "nhạy cảm trong tham mưu && tăng cường sự phối hợp | nhạy bén hơn nữa"),
    ("trích nguyên văn điểm thứ nhất", "request", "accentless", "Trích nguyên văn điểm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.", "đánh giá sâu hơn nữa && nhạy cảm trong tham mưu"),
    ("hội nghị đó tổ chức ở đâu vậy", "pronoun", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
    ("còn năm 2018?", "substitution", "near-miss", "Hội nghị sơ kết 6 tháng đầu năm 2018 của Bộ Ngoại giao được tổ chức ở đâu?", NIC),
])

# c04 — B then E
C.append([
    ("Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", "new", "-", None, "6 nhiệm vụ trọng tâm"),
    ("ông ấy nhắc tới bản sắc cây gì", "pronoun", "accentless", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nhắc tới bản sắc cây gì?", "cây tre Việt Nam"),
    ("trích nguyên văn câu đó", "request", "-", "Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về bản sắc “cây tre Việt Nam” tại hội nghị tổng kết năm 2022.", "cây tre Việt Nam && gốc vững"),
    ("còn năm 2024 thì ông ấy nhấn mạnh gì?", "substitution", "-", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?", "nhiệm vụ bao trùm | kỷ nguyên vươn mình"),
    ("tóm tắt lại", "request", "accentless,telegraphic", "Tóm tắt lại kết luận của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết công tác ngành ngoại giao năm 2024.", "vai trò tiên phong | nhiệm vụ bao trùm && kỷ nguyên vươn mình | tinh gọn tổ chức bộ máy | Nghị quyết 18"),
])

# c05 — D
C.append([
    ("Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "abbrev", "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193"),
    ("nhiệm kỳ nào", "ellipsis", "accentless,telegraphic", "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?", "2020-2021"),
    ("báo cáo nào nói vậy", "request", "accentless", "Báo cáo nào nêu việc Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?", "sơ kết && 2019"),
    ("năm đó VN nâng tổng số đối tác chiến lược/toàn diện lên bao nhiêu", "pronoun", "accentless,abbrev", "Trong 6 tháng đầu năm 2019, Việt Nam nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu quốc gia?", "30 quốc gia"),
    ("vs nước nào", "ellipsis", "accentless,abbrev,telegraphic", "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
])

# c06 — A then D
C.append([
    ("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-", None, "5/7"),
    ("ai phát biểu kết luận", "ellipsis", "accentless,telegraphic", "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("ông ấy biểu dương ai", "pronoun", "accentless", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "tập thể cán bộ | nỗ lực không mệt mỏi"),
    ("có bao nhiêu người dự", "ellipsis", "accentless", "Có bao nhiêu người dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR),
    ("còn sơ kết 2019 thì ngày nào?", "substitution", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
])

# c07 — English, B → E, then new not-in-corpus
C.append([
    ("Who chaired the foreign ministry's 2022 year-end review conference?", "new", "english", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("did the prime minister attend it?", "pronoun", "english", "Thủ tướng có tham dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", "Phạm Minh Chính"),
    ("what about 2024?", "substitution", "english,telegraphic", "Thủ tướng có tham dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", "Phạm Minh Chính && dự và chỉ đạo | 6/1"),
    ("who attended from Quang Tri?", "ellipsis", "english", "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("Tổng kết năm 2021 ai chủ trì?", "new", "telegraphic", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2021?", NIC),
])

# c08 — B → E → A
C.append([
    ("BT Bùi Thanh Sơn nói kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", "new", "abbrev", "Bộ trưởng Bùi Thanh Sơn nói kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", "700 tỷ USD"),
    ("ông ấy nói điều đó ở hội nghị nào", "pronoun", "-", "Bộ trưởng Bùi Thanh Sơn nói kim ngạch xuất nhập khẩu năm 2022 vượt mốc 700 tỷ USD tại hội nghị nào?", "tổng kết && 10/1"),
    ("còn năm 2024 kim ngạch bao nhiêu", "substitution", "accentless", "Theo hội nghị tổng kết năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?", NR),
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "new", "-", None, "trao tặng các danh hiệu | khen thưởng"),
    ("bao nhiêu tập thể được khen", "ellipsis", "accentless", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, bao nhiêu tập thể được khen thưởng?", NR),
])

# c09 — E then B
C.append([
    ("Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra ngày nào?", "new", "-", None, "6/1"),
    ("hình thức gì", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến"),
    ("ai chủ trì hội nghị đó", "pronoun", "accentless", "Ai chủ trì Hội nghị tổng kết ngành ngoại giao năm 2024?", NR),
    ("còn năm 2022?", "substitution", "accentless,telegraphic", "Ai chủ trì Hội nghị tổng kết ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("ông ấy giữ chức gì", "pronoun", "accentless", "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết năm 2022, giữ chức vụ gì?", "Bộ trưởng && Ủy viên Trung ương Đảng"),
])

# c10 — C, then new not-in-corpus
C.append([
    ("Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm của công tác đối ngoại là gì?", "new", "-", None, "phục vụ phát triển đất nước"),
    ("còn nhiệm vụ trọng yếu", "substitution", "accentless", "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?", "giữ vững hòa bình, ổn định"),
    ("thế còn nhiệm vụ quan trọng?", "substitution", "accentless", "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ quan trọng của công tác đối ngoại là gì?", "vị thế và uy tín"),
    ("ông ấy bảo BNG bám sát chỉ đạo của TBT ở hội nghị nào", "pronoun", "abbrev", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư tại hội nghị nào?", "đối ngoại toàn quốc năm 2021 && Nguyễn Phú Trọng"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-", None, NIC),
])

# c11 — B Cao Bằng → E Quảng Trị
C.append([
    ("Ở hội nghị tổng kết năm 2022, điểm cầu Cao Bằng có lãnh đạo tỉnh nào dự?", "new", "-", None, "Nguyễn Bích Ngọc"),
    ("người đó giữ chức vụ gì", "pronoun", "accentless", "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
    ("có những huyện nào", "ellipsis", "accentless", "Những huyện nào của Cao Bằng dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Quảng Hòa && Bảo Lạc && Hạ Lang"),
    ("thế còn năm 2024, điểm cầu Quảng Trị ai dự", "substitution", "-", "Ở hội nghị tổng kết năm 2024, ai dự tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("ông ấy phát biểu gì tại hội nghị", "pronoun", "-", "Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu gì tại hội nghị tổng kết năm 2024?", NR),
])

# c12 — D → A, then new NIC
C.append([
    ("Tại hội nghị sơ kết 6 tháng đầu năm 2019, PTT Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?", "new", "abbrev", "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?", "tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật && bảo vệ chính trị nội bộ"),
    ("con BT Bui Thanh Son nam 2023 thi sao", "substitution", "accentless,abbrev", "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?", "chỉ đạo điều hành | thi đua khen thưởng && chuyên nghiệp, hiện đại"),
    ("nói rõ hơn", "request", "accentless,telegraphic", "Nói rõ hơn chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2023.", "bản lĩnh chính trị vững vàng | chế độ chính sách"),
    ("ông ấy có nhắc chuyển đổi số không", "pronoun", "-", "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có nhắc đến chuyển đổi số không?", "đẩy mạnh chuyển đổi số"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2022 do ai chủ trì?", "new", "near-miss", None, NIC),
])

# c13 — B, first turn is a false premise
C.append([
    ("Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại hội nghị tổng kết ngành ngoại giao năm 2022?", "new", "premise", None, FP),
    ("vậy ông ấy có dự không", "pronoun", "accentless", "Thủ tướng Phạm Minh Chính có dự hội nghị tổng kết ngành ngoại giao năm 2022 không?", "10/1 | Ủy viên Bộ Chính trị"),
    ("ông ấy đề nghị ngành ngoại giao bảo vệ tổ quốc thế nào", "pronoun", "accentless", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bảo vệ Tổ quốc như thế nào?", "từ sớm && từ xa | từ khi nước chưa nguy"),
    ("trích nguyên văn", "request", "accentless,telegraphic", "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại hội nghị tổng kết năm 2022.", "từ khi nước chưa nguy"),
    ("câu đó ở bài nào", "request", "accentless", "Câu “giữ nước từ khi nước chưa nguy” nằm trong báo cáo về hội nghị nào?", "tổng kết && 2022 | 10/1"),
])

# c14 — D
C.append([
    ("Trong 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?", "new", "-", None, "CPTPP"),
    ("hiệp định nào được ký kết", "ellipsis", "accentless", "Trong 6 tháng đầu năm 2019, những hiệp định nào được ký kết?", "EVFTA && bảo hộ đầu tư"),
    ("VN tổ chức thành công hội nghị thượng đỉnh nào năm đó", "pronoun", "accentless,abbrev", "Năm 2019 (6 tháng đầu năm), Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "Triều"),
    ("đối ngoại đa phương thể hiện tinh thần chỉ thị nào", "ellipsis", "-", "Trong 6 tháng đầu năm 2019, đối ngoại đa phương bước đầu thể hiện tinh thần của chỉ thị nào?", "Chỉ thị 25"),
    ("chỉ thị đó của cơ quan nào", "pronoun", "accentless", "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?", "Ban Bí thư"),
])

# c15 — English, C
C.append([
    ("What did Deputy PM Tran Luu Quang discuss with the Foreign Ministry on 31 January?", "new", "english,abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày 31-1 về vấn đề gì?", "đối ngoại trong năm 2023"),
    ("who reported the 2022 results to him?", "pronoun", "english", "Ai đã báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?", "Bùi Thanh Sơn"),
    ("what is the ministry determined to do?", "ellipsis", "english", "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm làm gì?", "đổi mới tư duy"),
    ("nói rõ hơn đi", "request", "-", "Nói rõ hơn quyết tâm đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.", "kỷ cương hành chính | phong cách, lề lối làm việc && chuyển đổi số"),
    ("did he reject any of the ministry's proposals?", "pronoun", "english,premise", "Phó Thủ tướng Trần Lưu Quang đã bác bỏ đề xuất nào của Bộ Ngoại giao?", FP),
])

# c16 — B → E
C.append([
    ("HN tổng kết ngành ngoại giao 2022 tổ chức thế nào", "new", "accentless,abbrev", "Hội nghị tổng kết ngành ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến && 63"),
    ("có bao nhiêu đại biểu", "ellipsis", "accentless", "Hội nghị tổng kết ngành ngoại giao năm 2022 có bao nhiêu đại biểu?", "700"),
    ("năm 2024 thì sao", "substitution", "accentless", "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu đại biểu?", NR),
    ("hội nghị năm đó triển khai nhiệm vụ năm nào", "pronoun", "-", "Hội nghị tổng kết ngành ngoại giao năm 2024 triển khai nhiệm vụ của năm nào?", "2025"),
    ("BNG xác định mục tiêu năm đó ra sao", "pronoun", "abbrev", "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?", "dự báo đúng tình hình | thế chủ động chiến lược"),
])

# c17 — A
C.append([
    ("Bộ trưởng Bùi Thanh Sơn đề nghị gì về ngoại giao kinh tế tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "-", None, "tích cực triển khai"),
    ("còn về bảo hộ công dân", "substitution", "accentless", "Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác bảo hộ công dân tại hội nghị sơ kết 6 tháng đầu năm 2023?", "triển khai hiệu quả"),
    ("thông tin đối ngoại thì sao", "substitution", "accentless", "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại hội nghị sơ kết 6 tháng đầu năm 2023?", "phương thức truyền thông mới"),
    ("ông ấy yêu cầu các đơn vị làm tốt hơn việc gì", "pronoun", "accentless", "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?", "nghiên cứu, dự báo, tham mưu"),
    ("vì sao ông ấy từ chức sau hội nghị đó", "pronoun", "premise", "Vì sao Bộ trưởng Bùi Thanh Sơn từ chức sau hội nghị sơ kết 6 tháng đầu năm 2023?", FP),
])

# c18 — B, D, then new NIC
C.append([
    ("Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo nào?", "new", "-", None, "tổng kết && 2022 | 10/1"),
    ("ai nhắc đến", "ellipsis", "accentless,telegraphic", "Ai nhắc đến Hội nghị Ngoại giao lần thứ 31 tại hội nghị tổng kết năm 2022?", "Bùi Thanh Sơn"),
    ("còn Hội nghị Ngoại giao 30?", "substitution", "-", "Hội nghị Ngoại giao 30 được ai nhắc đến, trong báo cáo nào?", "Phạm Bình Minh && 2019"),
    ("HN Ngoại giao 30 diễn ra năm nào, ở đâu?", "new", "abbrev", "Hội nghị Ngoại giao lần thứ 30 diễn ra năm nào, ở đâu?", NIC),
])

# c19 — E → B
C.append([
    ("Theo báo cáo tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?", "new", "-", None, "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh"),
    ("dưới sự chỉ đạo của ai", "ellipsis", "accentless", "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ"),
    ("góp phần vào điều gì", "ellipsis", "accentless", "Năm 2024, ngoại giao kinh tế và kinh tế đối ngoại đóng góp quan trọng vào điều gì?", "nhóm nước tăng trưởng cao | điểm sáng về thương mại"),
    ("còn năm 2022 ngoại giao kinh tế đạt gì", "substitution", "-", "Năm 2022, công tác ngoại giao kinh tế đạt kết quả gì?", "700 tỷ USD"),
    ("nguồn nào", "request", "accentless,telegraphic", "Thông tin kim ngạch xuất nhập khẩu năm 2022 vượt mốc 700 tỷ USD lấy từ báo cáo nào?", "tổng kết && 2022 | 10/1"),
])

# c20 — D
C.append([
    ("Ngày 22/7/2019 Bộ Ngoại giao tổ chức hội nghị gì?", "new", "-", None, "sơ kết && 06 tháng | 6 tháng"),
    ("ai phát biểu chỉ đạo", "ellipsis", "accentless", "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("ông ấy nói tình hình quốc tế nửa đầu năm ra sao", "pronoun", "-", "Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 ra sao?", "nhanh hơn, phức tạp hơn | khó lường"),
    ("còn bà Nguyễn Thị Thanh Hà thì sao", "substitution", "accentless", "Bà Nguyễn Thị Thanh Hà nhận định tình hình quốc tế nửa đầu năm 2019 ra sao tại hội nghị sơ kết?", NIC),
    ("ông ấy có phản đối chuyện gì ko", "pronoun", "accentless,abbrev,premise", "Phó Thủ tướng Phạm Bình Minh đã phản đối điều gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
])

# c21 — C, then new A
C.append([
    ("Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với BNG diễn ra buổi sáng hay chiều?", "new", "abbrev", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "Chiều"),
    ("có lãnh đạo cơ quan nào ngoài BNG dự", "ellipsis", "abbrev", "Ngoài Bộ Ngoại giao, lãnh đạo cơ quan nào dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", "Văn phòng Chính phủ"),
    ("PTT nhận định tình hình thế giới thời gian tới thế nào", "ellipsis", "accentless,abbrev", "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?", "biến động sâu sắc"),
    ("tóm tắt lại giúp mình", "request", "-", "Tóm tắt lại nhận định và chỉ đạo của Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao.", "biến động sâu sắc | nhiều cơ hội && tham mưu kịp thời | tranh thủ tối đa"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 kết luận những gì?", "new", "-", None, "biểu dương | nghiên cứu, dự báo, tham mưu"),
])

# c22 — B → E
C.append([
    ("TTg Phạm Minh Chính nói gì về chủ trương từ muốn là bạn", "new", "abbrev", "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về chủ trương từ “muốn là bạn”?", "sẵn sàng là bạn && đối tác tin cậy"),
    ("về hợp tác và đấu tranh thì sao", "substitution", "accentless", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?", "đối tác, đối tượng"),
    ("trích nguyên văn", "request", "accentless,telegraphic", "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về hợp tác và đấu tranh tại hội nghị tổng kết năm 2022.", "cách nhìn nhận && đối tác, đối tượng"),
    ("năm 2024 ông ấy yêu cầu gì về quan hệ với các đối tác quan trọng", "substitution", "accentless", "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về quan hệ với các đối tác quan trọng?", "nâng cấp, nâng tầm"),
])

# c23 — sources
C.append([
    ("Bài về hội nghị sơ kết 6 tháng đầu năm 2023 là tin của hãng nào?", "new", "-", None, "TTXVN"),
    ("còn bài về buổi làm việc của PTT Trần Lưu Quang?", "substitution", "abbrev", "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy theo nguồn nào?", "VGP"),
    ("thế còn bài tổng kết 2024", "substitution", "telegraphic", "Bài về hội nghị tổng kết ngành ngoại giao năm 2024 lấy từ nguồn nào, ai viết?", "Hoài Nhung | Quảng Trị | baoquangtri"),
    ("còn bài tổng kết 2022 ai viết?", "substitution", "accentless", "Bài về hội nghị tổng kết ngành ngoại giao năm 2022 do ai viết?", "Vi Trường"),
])

# c24 — D → A → E
C.append([
    ("Năm 2019 VN thiết lập quan hệ đối tác toàn diện với những nước nào?", "new", "abbrev", "Năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
    ("nâng tổng số lên bao nhiêu", "ellipsis", "accentless", "Năm 2019, Việt Nam nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu?", "30"),
    ("còn năm 2023 thiết lập với nước nào", "substitution", "accentless", "Trong 6 tháng đầu năm 2023, Việt Nam thiết lập quan hệ đối tác mới với những nước nào?", NR),
    ("Tổng kết 2024, BNG phải tinh gọn bộ máy sau khi tiếp nhận nhiệm vụ của những cơ quan nào?", "new", "abbrev", "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao phải tinh gọn bộ máy sau khi tiếp nhận chức năng, nhiệm vụ của những cơ quan nào?", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    ("ai yêu cầu", "ellipsis", "accentless,telegraphic", "Ai yêu cầu Bộ Ngoại giao tinh gọn tổ chức bộ máy tại hội nghị tổng kết năm 2024?", "Phạm Minh Chính"),
])

# c25 — A, then new NIC
C.append([
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm nào?", "new", "-", None, "chủ động, thích ứng, sáng tạo"),
    ("còn công tác người VN ở nước ngoài", "substitution", "accentless,abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?", "cầu nối"),
    ("về xây dựng ngành các đại biểu nhất trí gì", "ellipsis", "-", "Tại hội nghị sơ kết 6 tháng đầu năm 2023, các đại biểu nhất trí gì về công tác xây dựng ngành?", "đi vào nề nếp"),
    ("hội nghị đó bị hoãn mấy lần", "pronoun", "accentless,premise", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đã bị hoãn mấy lần?", FP),
    ("Hội nghị tổng kết công tác năm 2023 của ngành ngoại giao do ai chủ trì?", "new", "near-miss", None, NIC),
])

# c26 — E
C.append([
    ("Sáng 6/1 BNG tổ chức hội nghị gì", "new", "abbrev", "Sáng 6/1, Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2024"),
    ("TTg nhấn mạnh nhiệm vụ bao trùm là gì", "ellipsis", "abbrev", "Tại hội nghị tổng kết năm 2024, Thủ tướng nhấn mạnh nhiệm vụ bao trùm đối với công tác đối ngoại là gì?", "vai trò tiên phong"),
    ("góp phần đưa đất nước vào kỷ nguyên gì", "ellipsis", "accentless", "Theo kết luận của Thủ tướng tại hội nghị tổng kết năm 2024, ngoại giao góp phần đưa đất nước vào kỷ nguyên gì?", "kỷ nguyên vươn mình"),
    ("trích nguyên văn đoạn đó", "request", "-", "Trích nguyên văn đoạn Thủ tướng nói về kỷ nguyên mới tại hội nghị tổng kết năm 2024.", "tăng tốc, bứt phá && vươn mình của dân tộc"),
    ("ông ấy muốn đội ngũ cán bộ ngoại giao thế nào", "pronoun", "accentless", "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính muốn xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "vừa hồng, vừa chuyên && tinh thông về nghiệp vụ | khôn khéo về ứng xử"),
])

# c27 — D → A, then new NIC
C.append([
    ("Năm 2019 ai là Bộ trưởng Ngoại giao?", "new", "accentless", None, "Phạm Bình Minh"),
    ("ông ấy còn giữ chức gì", "pronoun", "-", "Năm 2019, ông Phạm Bình Minh còn giữ chức vụ gì ngoài Bộ trưởng Ngoại giao?", "Phó Thủ tướng && Ủy viên Bộ Chính trị"),
    ("còn năm 2023?", "substitution", "accentless,telegraphic", "Năm 2023 ai là Bộ trưởng Ngoại giao?", "Bùi Thanh Sơn"),
    ("ông ấy chủ trì hội nghị nào", "pronoun", "accentless", "Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị nào (theo các báo cáo)?", "tổng kết && 2022"),
    ("năm 2018 BT NG là ai", "new", "accentless,abbrev,telegraphic", "Năm 2018 ai là Bộ trưởng Ngoại giao?", NIC),
])

# c28 — B → C
C.append([
    ("Tại tổng kết năm 2022, Bộ trưởng Sơn nói sự tham dự của Thủ tướng là minh chứng cho điều gì?", "new", "-", "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng là minh chứng cho điều gì?", "quan tâm đặc biệt"),
    ("nói rõ hơn", "request", "accentless,telegraphic", "Nói rõ hơn ý Bộ trưởng Bùi Thanh Sơn về ý nghĩa sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022.", "nguồn cổ vũ, động viên && giai đoạn phát triển mới"),
    ("bộ trưởng khẳng định ngành cần đổi mới gì", "ellipsis", "-", "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao cần đổi mới gì?", "đổi mới mạnh mẽ tư duy"),
    ("còn lúc làm việc với PTT Trần Lưu Quang thì bộ trưởng nói gì về đổi mới", "substitution", "abbrev", "Khi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về đổi mới?", "đổi mới tư duy && phong cách, lề lối làm việc"),
    ("sao buổi đó bị hoãn sang tháng 2", "pronoun", "accentless,premise", "Vì sao buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bị hoãn sang tháng 2?", FP),
])

# c29 — A → D
C.append([
    ("HN sơ kết 6 tháng đầu năm 2023 diễn ra ở đâu", "new", "accentless,abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở đâu?", NR),
    ("ngày nào", "ellipsis", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
    ("thành phần tham dự gồm những ai", "ellipsis", "accentless", "Thành phần tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 gồm những ai?", "Bùi Thanh Sơn && đại diện các đơn vị"),
    ("còn sơ kết 2019 tổ chức ở đâu", "substitution", "-", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
    ("ai chỉ đạo hội nghị đó", "pronoun", "accentless", "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
])

# c30 — B, then new English A
C.append([
    ("Theo BT Bùi Thanh Sơn, năm 2022 ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?", "new", "abbrev", "Theo Bộ trưởng Bùi Thanh Sơn, năm 2022 ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?", "biên giới lãnh thổ && nhân quyền | tôn giáo"),
    ("đạt kết quả gì trên biển, trên bộ", "ellipsis", "-", "Năm 2022, công tác đối ngoại đạt kết quả gì về các vấn đề trên biển, trên bộ?", "phân định"),
    ("phù hợp với gì", "ellipsis", "accentless,telegraphic", "Năm 2022, việc phân định, giải quyết các vấn đề trên biển, trên bộ phù hợp với điều gì?", "luật pháp quốc tế && lợi ích quốc gia dân tộc"),
    ("đối ngoại đa phương năm đó thì sao", "pronoun", "-", "Năm 2022, đối ngoại đa phương đạt kết quả gì?", "trách nhiệm | nhiều diễn đàn đa phương"),
    ("Who attended the 2023 mid-year review of the foreign ministry?", "new", "english", "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn && đại diện các đơn vị"),
])

# c31 — C → B, then new NIC
C.append([
    ("PTT Trần Lưu Quang yêu cầu BNG tập trung thực hiện những gì", "new", "accentless,abbrev", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những gì?", "chương trình đối ngoại cấp cao && biên giới hoà bình"),
    ("trích nguyên văn", "request", "telegraphic", "Trích nguyên văn yêu cầu của Phó Thủ tướng Trần Lưu Quang đối với Bộ Ngoại giao.", "củng cố vững chắc hơn nữa && biên giới hoà bình"),
    ("ông ấy nói câu đó hôm nào", "pronoun", "accentless", "Phó Thủ tướng Trần Lưu Quang nêu yêu cầu đó vào ngày nào?", "31-1"),
    ("còn TTg năm 2022 yêu cầu mấy nhiệm vụ", "substitution", "abbrev", "Tại hội nghị tổng kết năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", "6 nhiệm vụ trọng tâm"),
    ("Ai là Thủ tướng năm 2018?", "new", "-", None, NIC),
])

# c32 — English, D
C.append([
    ("At the 2019 mid-year review, what did the Deputy PM say about staff recruitment?", "new", "english,abbrev", "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng nói gì về tuyển dụng cán bộ?", "tuyển dụng && đào tạo cán bộ"),
    ("which earlier conference did he say the work followed?", "pronoun", "english", "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại được triển khai theo tinh thần của hội nghị nào?", "Hội nghị Ngoại giao 30"),
    ("and relations with the big powers?", "substitution", "english,telegraphic", "Phó Thủ tướng Phạm Bình Minh nói gì về quan hệ với các nước lớn tại hội nghị sơ kết 6 tháng đầu năm 2019?", "cân bằng linh hoạt"),
    ("Did the 2023 mid-year review hand out awards?", "new", "english", "Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "trao tặng các danh hiệu | khen thưởng"),
])

# c33 — B → E
C.append([
    ("tổng kết 2022 kết nối bao nhiêu tỉnh", "new", "accentless,telegraphic", "Hội nghị tổng kết ngành ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?", "63"),
    ("Cao Bằng có ai dự", "ellipsis", "-", "Ai dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
    ("có những sở ngành nào", "ellipsis", "accentless", "Những sở, ngành nào của Cao Bằng dự hội nghị tổng kết năm 2022?", "Tài chính && Công thương | Công an tỉnh"),
    ("thue con 2024 diem cau Cao Bang ai du", "substitution", "accentless,typo", "Ai dự hội nghị tổng kết năm 2024 tại điểm cầu Cao Bằng?", NR),
    ("thế ở Quảng Trị?", "substitution", "telegraphic", "Ai dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
])

# c34 — D source
C.append([
    ("Hội nghị sơ kết 2019 được báo nào đưa tin?", "new", "-", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được báo nào đưa tin?", "CLO | TG&VN"),
    ("đăng ngày nào", "ellipsis", "accentless,telegraphic", "Bài về hội nghị sơ kết 6 tháng đầu năm 2019 được đăng ngày nào?", "22/07/2019"),
    ("tiêu đề bài là gì", "ellipsis", "-", "Tiêu đề bài về hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "nhạy cảm trong tham mưu && xử lý tình huống"),
    ("ai nói câu đó", "request", "accentless", "Ai nói câu “Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống”?", "Phạm Bình Minh"),
])

# c35 — B
C.append([
    ("Theo BT Sơn, HN tổng kết 2022 nhằm nhìn lại việc thực hiện chỉ đạo của TBT nào?", "new", "abbrev", "Theo Bộ trưởng Bùi Thanh Sơn, hội nghị tổng kết năm 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của Tổng Bí thư nào?", "Nguyễn Phú Trọng"),
    ("tại hội nghị nào", "ellipsis", "accentless", "Các kết luận, chỉ đạo được nhìn lại tại hội nghị tổng kết năm 2022 được đưa ra tại những hội nghị nào?", "Hội nghị đối ngoại toàn quốc && lần thứ 31"),
    ("tại sao TBT phát biểu chỉ đạo ở hội nghị tổng kết đó", "pronoun", "abbrev,premise", "Tại sao Tổng Bí thư Nguyễn Phú Trọng phát biểu chỉ đạo tại hội nghị tổng kết ngành ngoại giao năm 2022?", FP),
    ("vậy ai phát biểu chỉ đạo hội nghị đó", "pronoun", "accentless", "Ai phát biểu chỉ đạo hội nghị tổng kết ngành ngoại giao năm 2022?", "Phạm Minh Chính"),
    ("ông ấy đề cao nguyên tắc nào", "pronoun", "accentless", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề cao các nguyên tắc cơ bản nào?", "Hiến chương Liên Hợp Quốc"),
])

# c36 — comparison B/E
C.append([
    ("So sánh lãnh đạo dự hội nghị tổng kết năm 2022 và tổng kết năm 2024", "new", "paraphrase", None, "Phạm Minh Chính && Bùi Thanh Sơn && Hoàng Nam | Nguyễn Bích Ngọc"),
    ("năm nào đông hơn", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết năm 2022 và năm 2024, hội nghị nào có nhiều đại biểu hơn?", NR),
    ("hội nghị năm 2022 kết nối bao nhiêu điểm cầu", "pronoun", "-", "Hội nghị tổng kết năm 2022 kết nối với bao nhiêu điểm cầu?", "63"),
    ("năm 2020 thì sao", "substitution", "accentless", "Hội nghị tổng kết ngành ngoại giao năm 2020 kết nối với bao nhiêu điểm cầu?", NIC),
])

# c37 — C → D, then new NIC
C.append([
    ("PTT Trần Lưu Quang nhắc BNG bám sát đường lối đối ngoại của đại hội nào?", "new", "abbrev", "Phó Thủ tướng Trần Lưu Quang nhắc Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào?", "Đại hội XIII"),
    ("còn PBM năm 2019 nói đường lối đại hội nào", "substitution", "accentless,abbrev", "Tại hội nghị sơ kết 6 tháng đầu năm 2019, cán bộ Bộ Ngoại giao quyết tâm thực hiện đường lối của Đại hội nào?", "Đại hội XII && Đại hội XIII"),
    ("toàn thể cán bộ quyết tâm thực hiện gì trong 6 tháng cuối năm", "ellipsis", "-", "Tại hội nghị sơ kết 6 tháng đầu năm 2019, toàn thể cán bộ Bộ Ngoại giao quyết tâm thực hiện điều gì trong 6 tháng cuối năm?", "định hướng ưu tiên"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2020 có gì đáng chú ý?", "new", "-", None, NIC),
])

# c38 — E
C.append([
    ("Tổng kết 2024 BNG xác định nhiệm vụ năm 2025 gồm những gì", "new", "accentless,abbrev", "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 gồm những gì?", "dự báo đúng tình hình | thế chủ động chiến lược && đối ngoại Nhân dân | đối ngoại Đảng"),
    ("tóm tắt ngắn gọn", "request", "accentless,telegraphic", "Tóm tắt ngắn gọn mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định.", "thế chủ động chiến lược | nâng tầm công tác đối ngoại"),
    ("nghị quyết nào được yêu cầu tổng kết", "ellipsis", "-", "Tại hội nghị tổng kết năm 2024, nghị quyết nào được yêu cầu tổng kết?", "Nghị quyết 18"),
    ("của ai", "ellipsis", "accentless,telegraphic", "Nghị quyết 18 được nêu tại hội nghị tổng kết năm 2024 là nghị quyết của cơ quan nào?", "BCH Trung ương"),
    ("nghị quyết đó ban hành năm nào", "pronoun", "-", "Nghị quyết 18 của BCH Trung ương được ban hành năm nào?", NR),
])

# c39 — English, E
C.append([
    ("Who directed the 2024 year-end review of the diplomatic sector?", "new", "english", "Ai dự và chỉ đạo hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
    ("when", "ellipsis", "english,telegraphic", "Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1"),
    ("was it held online?", "pronoun", "english", "Hội nghị tổng kết ngành ngoại giao năm 2024 có được tổ chức trực tuyến không?", "trực tuyến"),
    ("ai đại diện Quảng Trị", "ellipsis", "accentless", "Ai dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("ông ấy giữ chức gì", "pronoun", "accentless", "Ông Hoàng Nam, người dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
])

# c40 — B → C, then new D
C.append([
    ("Hội nghị tổng kết năm 2022 diễn ra buổi sáng hay chiều?", "new", "-", "Hội nghị tổng kết ngành ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều?", "Sáng && 10/1"),
    ("còn buổi làm việc của PTT Trần Lưu Quang", "substitution", "accentless,abbrev", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "Chiều"),
    ("hôm đó là ngày mấy", "pronoun", "accentless", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ngày nào?", "31-1"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 được tổ chức vào ngày nào?", "new", "-", None, "22/7"),
    ("thứ mấy", "ellipsis", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7/2019) diễn ra vào thứ mấy?", "Thứ hai"),
])

# c41 — Bùi Thanh Sơn across reports
C.append([
    ("Bộ trưởng Bùi Thanh Sơn có mặt ở những hội nghị, buổi làm việc nào trong các báo cáo?", "new", "paraphrase", None, "sơ kết | 5/7 && tổng kết | 10/1 && Trần Lưu Quang | 31-1"),
    ("ở hội nghị nào ông ấy trao khen thưởng", "pronoun", "accentless", "Bộ trưởng Bùi Thanh Sơn trao khen thưởng tại hội nghị nào?", "6 tháng đầu năm | 5/7"),
    ("khen thưởng cho ai", "ellipsis", "accentless,telegraphic", "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn khen thưởng cho ai?", "thành tích xuất sắc"),
    ("còn năm 2019 có trao khen thưởng không", "substitution", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 có trao khen thưởng không, cho ai?", NR),
])

# c42 — B → D
C.append([
    ("TTg Phạm Minh Chính đề nghị ngành NG lấy ai làm trung tâm phục vụ", "new", "accentless,abbrev", "Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao lấy ai làm trung tâm phục vụ?", "người dân, doanh nghiệp, địa phương"),
    ("ông ấy nói vậy ở hội nghị nào", "pronoun", "accentless", "Thủ tướng Phạm Minh Chính nói “lấy người dân, doanh nghiệp, địa phương là trung tâm phục vụ” tại hội nghị nào?", "tổng kết && 2022"),
    ("ông ấy còn đề nghị gì về thị trường", "pronoun", "accentless", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị gì về thị trường?", "mở rộng thị trường xuất khẩu && thị trường nhập khẩu"),
    ("còn ngoại vụ địa phương năm 2019 lấy ai làm trung tâm", "substitution", "-", "Năm 2019, công tác ngoại vụ địa phương lấy ai làm trung tâm?", "doanh nghiệp và người dân"),
    ("vì sao năm đó bộ ngoại giao bị phê bình", "pronoun", "accentless,premise", "Vì sao Bộ Ngoại giao bị phê bình tại hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
])

# c43 — B → A
C.append([
    ("Bộ trưởng Bùi Thanh Sơn đánh giá công tác xây dựng ngành năm 2022 thế nào?", "new", "-", None, "nhiều tiến bộ"),
    ("ông ấy muốn xây dựng ngành ngoại giao ra sao", "pronoun", "-", "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao ra sao?", "thực sự trong sạch"),
    ("còn 6 tháng đầu năm 2023 thì xây dựng ngành được đánh giá thế nào", "substitution", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành thế nào?", "đi vào nề nếp"),
    ("nguồn", "request", "accentless,telegraphic", "Đánh giá công tác xây dựng ngành 6 tháng đầu năm 2023 lấy từ nguồn nào?", "TTXVN"),
    ("Hội nghị tổng kết năm 2024 có mấy điểm cầu?", "new", "-", "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?", NR),
])

# c44 — NIC first, then D, E
C.append([
    ("Hội nghị tổng kết năm 2019 của ngành ngoại giao được tổ chức khi nào?", "new", "near-miss", None, NIC),
    ("thế còn sơ kết 6 tháng đầu năm 2019?", "substitution", "-", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức khi nào?", "22/7"),
    ("hội nghị đó đánh giá công tác tham mưu thế nào", "pronoun", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác nghiên cứu, tham mưu của Bộ Ngoại giao thế nào?", "nhiều đề án, báo cáo lớn"),
    ("cán bộ vừa hồng vừa chuyên còn được nhắc ở hội nghị nào nữa", "ellipsis", "accentless", "Ngoài hội nghị sơ kết 6 tháng đầu năm 2019, yêu cầu xây dựng đội ngũ cán bộ “vừa hồng, vừa chuyên” còn được nhắc ở hội nghị nào?", "tổng kết && 2024"),
])

# c45 — E, then new NR
C.append([
    ("Hội nghị tổng kết 2024 đánh giá công tác đối ngoại năm 2024 đóng góp vào điều gì?", "new", "-", "Hội nghị tổng kết năm 2024 đánh giá công tác đối ngoại năm 2024 đóng góp vào điều gì?", "cục diện đối ngoại rộng mở | môi trường hòa bình, ổn định"),
    ("dưới sự lãnh đạo của ai", "ellipsis", "accentless", "Năm 2024, công tác đối ngoại được triển khai dưới sự lãnh đạo của ai?", "Bộ Chính trị && Ban Bí thư"),
    ("có lĩnh vực nào đạt bước phát triển mới", "ellipsis", "accentless", "Năm 2024, công tác đối ngoại đạt bước phát triển mới trong những lĩnh vực nào?", "ngoại giao văn hóa | thông tin đối ngoại | bảo hộ công dân"),
    ("thủ tướng có phản đối gì không", "ellipsis", "accentless,premise", "Tại hội nghị tổng kết năm 2024, Thủ tướng đã phản đối điều gì?", FP),
    ("Năm 2023 Việt Nam nâng cấp quan hệ với những nước nào?", "new", "-", None, NR),
])

# c46 — B → C → D
C.append([
    ("TTg PMC dặn ngành ngoại giao ứng xử theo phương châm nào", "new", "abbrev", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao ứng xử theo phương châm nào?", "dĩ bất biến, ứng vạn biến"),
    ("ông ấy nói thời gian tới ngành phải làm gì", "pronoun", "-", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói thời gian tới ngành ngoại giao phải làm gì?", "nỗ lực lớn hơn && quyết tâm cao hơn"),
    ("con PTT Quang thi sao", "substitution", "accentless,abbrev,telegraphic", "Phó Thủ tướng Trần Lưu Quang nói thời gian tới Bộ Ngoại giao phải làm gì?", "tham mưu kịp thời | chương trình đối ngoại cấp cao"),
    ("con PTT Pham Binh Minh nam 2019", "substitution", "accentless,abbrev", "Năm 2019, Phó Thủ tướng Phạm Bình Minh nói thời gian tới Bộ Ngoại giao phải làm gì?", "chương trình công tác năm 2019 && nhạy cảm trong tham mưu | tăng cường sự phối hợp"),
])

# c47 — E source, then new NIC
C.append([
    ("ai là tác giả bài HN tổng kết 2024", "new", "accentless,abbrev", "Ai là tác giả bài về hội nghị tổng kết ngành ngoại giao năm 2024?", "Hoài Nhung"),
    ("đăng trên báo nào", "ellipsis", "accentless", "Bài về hội nghị tổng kết ngành ngoại giao năm 2024 được đăng trên báo nào?", "Quảng Trị | baoquangtri"),
    ("tiêu đề bài", "ellipsis", "accentless,telegraphic", "Tiêu đề bài về hội nghị tổng kết ngành ngoại giao năm 2024 là gì?", "Tạo bước tiến đột phá"),
    ("câu đó do ai nói", "request", "accentless", "Ý “tạo bước tiến đột phá về xây dựng nền ngoại giao Việt Nam toàn diện, hiện đại” do ai nói?", "Phạm Minh Chính"),
    ("Hội nghị tổng kết ngành ngoại giao năm 2023 do ai chỉ đạo?", "new", "near-miss", None, NIC),
])

# c48 — D
C.append([
    ("Năm 2019 bao nhiêu nước bỏ phiếu cho VN vào HĐBA", "new", "abbrev", "Năm 2019, bao nhiêu nước bỏ phiếu cho Việt Nam vào Hội đồng Bảo an Liên Hợp Quốc?", "192"),
    ("ủy viên thường trực hay không thường trực", "ellipsis", "accentless,telegraphic", "Năm 2019, Việt Nam trúng cử ủy viên thường trực hay không thường trực Hội đồng Bảo an?", "không thường trực"),
    ("điều đó cho thấy gì", "pronoun", "accentless", "Việc Việt Nam trúng cử Ủy viên không thường trực HĐBA với 192/193 phiếu cho thấy điều gì?", "tín nhiệm"),
    ("tại sao VN rút khỏi cuộc bầu cử đó", "pronoun", "accentless,abbrev,premise", "Tại sao Việt Nam rút khỏi cuộc bầu cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?", FP),
    ("hồi đó BT NG là ai", "pronoun", "accentless,abbrev", "Năm 2019, Bộ trưởng Ngoại giao là ai?", "Phạm Bình Minh"),
])

# c49 — C → A
C.append([
    ("bài về PTT Trần Lưu Quang làm việc với BNG có nhắc đến chuyển đổi số không", "new", "accentless,abbrev", "Bài về Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao có nhắc đến chuyển đổi số không?", "chuyển đổi số"),
    ("ai nói", "ellipsis", "accentless,telegraphic", "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai nói về đẩy mạnh ứng dụng chuyển đổi số?", "Bùi Thanh Sơn"),
    ("còn trong hội nghị sơ kết 2023", "substitution", "-", "Hội nghị sơ kết 6 tháng đầu năm 2023 có nhắc đến chuyển đổi số không, nói gì?", "đẩy mạnh chuyển đổi số"),
    ("trích nguyên văn", "request", "accentless", "Trích nguyên văn câu về chuyển đổi số tại hội nghị sơ kết 6 tháng đầu năm 2023.", "phương thức truyền thông mới && đẩy mạnh chuyển đổi số"),
])

# c50 — typos and mixed, D → B
C.append([
    ("Hôi nghị sơ kết 2019 đánh giá công tác xây dựng ngành hướng tới mục tiêu gì", "new", "typo", "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành hướng tới mục tiêu gì?", "hiện đại hóa Bộ Ngoại giao && vừa hồng, vừa chuyên"),
    ("con cong tac Dang doan the", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác Đảng, đoàn thể thế nào?", "hiệu quả, thực chất"),
    ("Thủ tuớng Phạm Minh Chinh năm 2022 yêu cầu đưa nền kinh tế vào vị trí nào", "new", "typo", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu đưa nền kinh tế Việt Nam vào vị trí nào?", "chuỗi giá trị gia tăng && chuỗi cung ứng toàn cầu"),
    ("nhằm mục đích gì", "ellipsis", "accentless", "Việc đưa nền kinh tế Việt Nam vào vị trí cao hơn trong chuỗi giá trị nhằm mục đích gì?", "hùng cường, thịnh vượng"),
    ("ông ấy nói vậy ở đâu, trước bao nhiêu đại biểu", "pronoun", "-", "Thủ tướng Phạm Minh Chính nói vậy tại hội nghị nào, trước bao nhiêu đại biểu?", "tổng kết && 700"),
])

# c51 — typos, A
C.append([
    ("hoi nghi so ket 6 thang dau nam 2023 danh gia ngoai giao kinh te the nao", "new", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao kinh tế thế nào?", "trọng tâm, trọng điểm && ổn định kinh tế vĩ mô"),
    ("con ngoai giao da phuong", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?", "kết hợp chặt chẽ && ngoại giao song phương"),
    ("nói rõ hơn", "request", "telegraphic", "Nói rõ hơn đánh giá của hội nghị sơ kết 6 tháng đầu năm 2023 về ngoại giao đa phương.", "nâng cao uy tín, vị thế"),
    ("tình hình thế giới nửa đầu năm đó đc đánh giá sao", "pronoun", "abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực 6 tháng đầu năm 2023 thế nào?", "diễn biến nhanh, phức tạp"),
    ("Ai là Thứ trưởng thường trực Bộ Ngoại giao dự hội nghị sơ kết năm 2023?", "new", "-", None, NR),
])

# c52 — typo + request + C
C.append([
    ("Tran Luu Qunag lam viec voi bo ngoai giao ve viec gi", "new", "accentless,typo", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về việc gì?", "đối ngoại trong năm 2023"),
    ("bộ trưởng báo cáo trọng tâm đổi mới là gì", "ellipsis", "accentless", "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo trọng tâm đổi mới là gì?", "xây dựng, phát triển ngành && nhiệm vụ đối ngoại"),
    ("ai chủ trì buổi làm viêc đó", "pronoun", "typo", "Ai chủ trì buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", NR),
    ("nguồn tin từ đâu", "request", "accentless", "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP"),
])


def main():
    rows = []
    for i, conv in enumerate(C, 1):
        cid = "c%02d" % i
        for (q, kind, tags, read_as, facts) in conv:
            if read_as is None:
                read_as = q
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            for field in (q, kind, tags, read_as, facts):
                assert "\t" not in field and "\n" not in field, field
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print("wrote %d conversations, %d turns to %s" % (len(C), len(rows), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
