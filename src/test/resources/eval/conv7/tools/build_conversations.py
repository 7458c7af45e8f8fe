#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 7.

Turns are held as data below.  Each conversation is a list of turns;
each turn is a tuple (question, kind, tags, read_as, facts).
Written only from the five reports in ../given.

Report short names used in comments:
  R0 = sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn kết luận)
  R1 = tổng kết năm 2022 (sáng 10/1, TTg Phạm Minh Chính dự, BT Sơn chủ trì, Cao Bằng)
  R2 = PTT Trần Lưu Quang làm việc với BNG (chiều 31-1, Trụ sở BNG)
  R3 = sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh)
  R4 = tổng kết năm 2024 (sáng 6/1, TTg Phạm Minh Chính dự và chỉ đạo, Quảng Trị)
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "conversations.tsv")

HEADER = [
    "# Blind conversation set 7 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"
NR = "refuse:not_reported"

CONVS = []


def conv(*turns):
    CONVS.append(list(turns))


# ---------------------------------------------------------------- part 1
# c01  R1 -> R4
conv(
    ("Hội nghị tổng kết công tác ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào?",
     "10/1"),
    ("ai chu tri", "ellipsis", "accentless,telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
     "Bùi Thanh Sơn"),
    ("co bao nhieu dai bieu tham du vay", "ellipsis", "accentless",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
     "hơn 700 đại biểu | 700 đại biểu"),
    ("thế còn hội nghị tổng kết năm 2024?", "substitution", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?",
     NR),
    ("hn đó họp hôm nào", "pronoun", "abbrev,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?",
     "6/1"),
)

# c02  R3
conv(
    ("Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new", "-",
     "Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     "Phạm Bình Minh"),
    ("ong ay giu chuc vu gi luc do", "pronoun", "accentless",
     "Ông Phạm Bình Minh giữ chức vụ gì khi chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019?",
     "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
    ("ông ấy lưu ý mấy điểm, là những điểm gì", "pronoun", "-",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới?",
     "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa"),
    ("trich nguyen van diem thu nhat", "request", "accentless",
     "Trích nguyên văn điểm thứ nhất mà Phó Thủ tướng Phạm Bình Minh lưu ý tại hội nghị sơ kết 6 tháng đầu năm 2019.",
     "đánh giá sâu hơn nữa"),
    ("ông ấy phê bình đơn vị nào vì làm chưa tốt?", "pronoun", "premise",
     "Phó Thủ tướng Phạm Bình Minh đã phê bình đơn vị nào vì làm chưa tốt tại hội nghị sơ kết 6 tháng đầu năm 2019?",
     FP),
)

# c03  R2
conv(
    ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao hôm nào?", "new", "-",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
     "31-1"),
    ("o dau", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
     "Trụ sở Bộ Ngoại giao"),
    ("những ai tham dự buổi đó", "pronoun", "accentless",
     "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ"),
    ("PTT nhan manh nhiem vu trung tam la gi", "ellipsis", "accentless,abbrev",
     "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhấn mạnh nhiệm vụ trung tâm là gì?",
     "phục vụ phát triển đất nước"),
    ("con nhiem vu trong yeu?", "substitution", "accentless,telegraphic",
     "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhấn mạnh nhiệm vụ trọng yếu, thường xuyên là gì?",
     "giữ vững hòa bình"),
    ("bao nhiêu người dự buổi làm việc đó?", "pronoun", "accentless",
     "Có bao nhiêu người dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     NR),
)

# c04  R4 -> R1
conv(
    ("Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức vào ngày nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức vào ngày nào?",
     "6/1"),
    ("ai du va chi dao", "ellipsis", "accentless,telegraphic",
     "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
     "Phạm Minh Chính"),
    ("ông ấy nói nhiệm vụ bao trùm là gì", "pronoun", "accentless",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
     "tiên phong, trọng yếu, thường xuyên"),
    ("tóm tắt lại ngắn gọn giúp mình", "request", "accentless",
     "Tóm tắt ngắn gọn nhiệm vụ bao trùm mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2024.",
     "vai trò tiên phong && kỷ nguyên vươn mình | môi trường hòa bình"),
    ("còn hội nghị năm 2022 thì TTg nhấn mạnh gì", "substitution", "abbrev",
     "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?",
     "cây tre Việt Nam | 6 nhiệm vụ trọng tâm | dĩ bất biến, ứng vạn biến"),
)

# c05  R0
conv(
    ("hn so ket 6 thang dau nam 2023 cua BNG to chuc ngay nao", "new", "accentless,abbrev",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ngày nào?",
     "5/7"),
    ("phuong cham la gi", "ellipsis", "accentless,telegraphic",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
     "chủ động, thích ứng, sáng tạo"),
    ("ai kết luận hội nghị", "ellipsis", "accentless",
     "Ai kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn"),
    ("hội nghị đó tổ chức ở đâu vậy", "pronoun", "accentless",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
     NR),
    ("bt co trao khen thuong ko", "ellipsis", "accentless,abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao có trao khen thưởng không?",
     "trao tặng các danh hiệu | khen thưởng"),
)

# c06  R3
conv(
    ("6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "-",
     "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
     "Brunei && Hà Lan"),
    ("nâng tổng số đối tác chiến lược/toàn diện lên bao nhiêu", "ellipsis", "accentless",
     "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu?",
     "30 quốc gia"),
    ("VN trung cu HDBA LHQ voi bao nhieu phieu", "ellipsis", "accentless,abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
     "192/193"),
    ("nhiệm kỳ nào", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
     "2020-2021"),
    ("nguon nao noi vay", "request", "accentless",
     "Thông tin Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu lấy từ bài báo cáo nào?",
     "CLO | 22/07/2019 | Nhạy cảm trong tham mưu"),
)

# c07  R1 -> R0 (topic change)
conv(
    ("Năm 2022 kim ngạch xuất nhập khẩu vượt mốc bao nhiêu theo hội nghị tổng kết ngành ngoại giao?", "new", "-",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
     "700 tỷ USD"),
    ("ai noi con so do", "request", "accentless",
     "Ai nêu con số kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD tại hội nghị tổng kết năm 2022?",
     "Bùi Thanh Sơn"),
    ("Hội nghị sơ kết giữa năm 2023 có những ai tham dự?", "new", "paraphrase",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có những ai tham dự?",
     "Bùi Thanh Sơn && đại diện các đơn vị | các Lãnh đạo Bộ Ngoại giao"),
    ("TTg phat bieu gi o hn nay", "pronoun", "accentless,abbrev,premise",
     "Thủ tướng phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     FP),
    ("the con hn tong ket 2022?", "substitution", "accentless,abbrev",
     "Thủ tướng phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
     "6 nhiệm vụ trọng tâm | cây tre Việt Nam | từ sớm"),
)

# c08  R1 english -> R4
conv(
    ("Who chaired the 2022 year-end review conference of the Vietnamese foreign ministry?", "new", "english",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
     "Bùi Thanh Sơn"),
    ("and how many provinces were connected?", "ellipsis", "english",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu bao nhiêu tỉnh, thành phố?",
     "63 tỉnh, thành phố | 63"),
    ("which official attended from Cao Bang?", "ellipsis", "english",
     "Lãnh đạo nào của tỉnh Cao Bằng dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Nguyễn Bích Ngọc"),
    ("vị này giữ chức gì", "pronoun", "accentless",
     "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
     "Ban Thường vụ Tỉnh ủy && Phó Chủ tịch UBND"),
    ("con diem cau quang tri nam 2024 thi ai du", "substitution", "accentless",
     "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
     "Hoàng Nam"),
)

# c09  R4
conv(
    ("Theo hội nghị tổng kết 2024, Bộ Ngoại giao tiếp nhận chức năng nhiệm vụ chính của những cơ quan nào?", "new", "-",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    ("tổng kết nghị quyết nào", "ellipsis", "accentless,telegraphic",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngành ngoại giao cần thực hiện tốt chủ trương tổng kết nghị quyết nào?",
     "Nghị quyết 18"),
    ("nói rõ hơn đoạn đó đi", "request", "accentless",
     "Nói rõ hơn yêu cầu về tổng kết Nghị quyết 18 và sắp xếp bộ máy Bộ Ngoại giao tại Hội nghị tổng kết năm 2024.",
     "tinh gọn tổ chức bộ máy"),
    ("ngoai giao kinh te nam do chuyen bien trong nhung linh vuc nao", "pronoun", "accentless",
     "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
     "trí tuệ nhân tạo | chíp bán dẫn | chuyển đổi xanh"),
    ("vì sao ngoại giao kinh tế năm đó bị đánh giá là yếu kém?", "pronoun", "premise",
     "Vì sao ngoại giao kinh tế năm 2024 bị đánh giá là yếu kém?",
     FP),
)

# c10  R1 -> not in corpus -> R3
conv(
    ("ai chủ trì hội nghị tổng kết ngoại giao 2022", "new", "-",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
     "Bùi Thanh Sơn"),
    ("con nam 2020?", "substitution", "accentless,telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2020?",
     NIC),
    ("the 2021 thi sao", "substitution", "accentless,telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2021?",
     NIC),
    ("thôi cho hỏi hội nghị năm 2019 trong tài liệu là sơ kết hay tổng kết?", "new", "-",
     "Hội nghị năm 2019 của Bộ Ngoại giao trong tài liệu là hội nghị sơ kết hay tổng kết?",
     "sơ kết && 06 tháng đầu năm | 6 tháng đầu năm 2019"),
)

# c11  R1 quotes
conv(
    ("Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao phát huy bản sắc gì tại hội nghị tổng kết năm 2022?", "new", "-",
     "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao phát huy bản sắc gì?",
     "cây tre Việt Nam"),
    ("goc vung la gi", "ellipsis", "accentless,telegraphic",
     "Theo phát biểu của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022, \"gốc vững\" là gì?",
     "kiên định độc lập"),
    ("trich nguyen van cau ve phuong cham ung xu", "request", "accentless",
     "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về phương châm ứng xử tại hội nghị tổng kết năm 2022.",
     "dĩ bất biến, ứng vạn biến"),
    ("ông ấy yêu cầu bao nhiêu nhiệm vụ trọng tâm", "pronoun", "-",
     "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6 nhiệm vụ trọng tâm"),
    ("ổng có nhắc vụ 'muốn là bạn' ko, nói sao", "pronoun", "paraphrase",
     "Thủ tướng Phạm Minh Chính nói gì về chủ trương \"muốn là bạn\" tại hội nghị tổng kết năm 2022?",
     "sẵn sàng là bạn"),
)

# c12  R3 vs R0 comparison
conv(
    ("So sánh giúp mình ai chỉ đạo hội nghị sơ kết 6 tháng 2019 và ai kết luận sơ kết 6 tháng 2023?", "new", "-",
     "Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 và ai kết luận hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Phạm Bình Minh && Bùi Thanh Sơn"),
    ("hai hội nghị đó diễn ra ngày nào", "pronoun", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 và hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?",
     "22/7 && 5/7"),
    ("hn nao co trao danh hieu khen thuong", "ellipsis", "accentless,abbrev",
     "Trong hai hội nghị sơ kết 6 tháng đầu năm 2019 và 2023, hội nghị nào có trao tặng danh hiệu, khen thưởng?",
     "2023 | 5/7"),
    ("thế còn sơ kết 2021?", "substitution", "near-miss",
     "Ai chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao?",
     NIC),
)

# ---------------------------------------------------------------- part 2
# c13  R2 Sơn báo cáo
conv(
    ("Tại buổi làm việc với PTT Trần Lưu Quang, BT Bùi Thanh Sơn báo cáo nội dung gì?", "new", "abbrev",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo nội dung gì?",
     "nhiệm vụ đối ngoại năm 2022 | tư duy và hành động"),
    ("bo quyet tam doi moi gi", "ellipsis", "accentless",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới điều gì?",
     "tư duy và hành động"),
    ("về phong cách làm việc thì sao", "substitution", "accentless",
     "Bộ trưởng Bùi Thanh Sơn nói gì về đổi mới phong cách làm việc của Bộ Ngoại giao tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
     "lề lối làm việc"),
    ("PTT danh gia the nao", "ellipsis", "accentless,abbrev,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành ngoại giao tại buổi làm việc với Bộ Ngoại giao?",
     "thành tựu to lớn"),
    ("ông ấy nhắc đến chỉ đạo của ai, tại hội nghị nào", "pronoun", "-",
     "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhắc đến chỉ đạo của ai tại hội nghị nào?",
     "Nguyễn Phú Trọng && đối ngoại toàn quốc năm 2021"),
)

# c14  R0 fields -> R3
conv(
    ("Trong 6 tháng đầu năm 2023, công tác ngoại giao kinh tế được đánh giá thế nào?", "new", "-",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế được đánh giá thế nào?",
     "trọng tâm, trọng điểm | kết quả cụ thể, thiết thực"),
    ("con ngoai giao da phuong", "substitution", "accentless,telegraphic",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được đánh giá thế nào?",
     "với ngoại giao song phương"),
    ("công tác người VN ở nước ngoài thì sao", "substitution", "accentless,abbrev",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác người Việt Nam ở nước ngoài được đánh giá thế nào?",
     "cầu nối"),
    ("giai thich ro hon y cau noi la sao", "request", "accentless",
     "Giải thích rõ hơn ý công tác người Việt Nam ở nước ngoài làm cầu nối trong báo cáo sơ kết 6 tháng đầu năm 2023.",
     "cầu nối giữa Việt Nam"),
    ("Năm 2019 Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "new", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
     "Mỹ - Triều"),
)

# c15  R4 venue / Quảng Trị
conv(
    ("Hội nghị tổng kết năm 2024 ngành ngoại giao tổ chức theo hình thức nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?",
     "trực tuyến"),
    ("điểm cầu chính đặt ở đâu", "ellipsis", "accentless",
     "Điểm cầu chính của Hội nghị tổng kết ngành ngoại giao năm 2024 đặt ở đâu?",
     NR),
    ("o Quang Tri ai du", "ellipsis", "accentless,telegraphic",
     "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
     "Hoàng Nam"),
    ("ông ấy phát biểu nội dung gì", "pronoun", "accentless",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu nội dung gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
     NR),
    ("ai viết bài này", "pronoun", "-",
     "Ai là tác giả bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024?",
     "Hoài Nhung"),
)

# c16  R3 Chỉ thị 25, hiệp định
conv(
    ("Chỉ thị 25 của Ban Bí thư được nhắc trong báo cáo sơ kết 2019 là về vấn đề gì?", "new", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Chỉ thị 25 của Ban Bí thư là về vấn đề gì?",
     "nâng tầm đối ngoại đa phương"),
    ("nam do nhung hiep dinh nao duoc ky hoac trien khai", "pronoun", "accentless",
     "Trong 6 tháng đầu năm 2019, những hiệp định nào được ký kết hoặc chính thức triển khai?",
     "CPTPP && EVFTA"),
    ("cái nào chính thức triển khai", "ellipsis", "accentless,telegraphic",
     "Trong 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?",
     "CPTPP"),
    ("ai đại diện VN ký hiệp định với EU đó", "pronoun", "abbrev",
     "Ai đại diện Việt Nam ký Hiệp định EVFTA với EU?",
     NR),
)

# c17  R1 premise
conv(
    ("Hội nghị tổng kết ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
     "63 tỉnh, thành phố | 63"),
    ("vi sao hn do bi hoan may lan vay", "pronoun", "accentless,abbrev,premise",
     "Vì sao Hội nghị tổng kết ngành ngoại giao năm 2022 bị hoãn nhiều lần?",
     FP),
    ("co TTg du ko, ai vay", "ellipsis", "accentless,abbrev,telegraphic",
     "Có Thủ tướng dự Hội nghị tổng kết ngành ngoại giao năm 2022 không, là ai?",
     "Phạm Minh Chính"),
    ("Bộ trưởng Sơn nói sự có mặt của ông ấy có ý nghĩa gì", "pronoun", "-",
     "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022 có ý nghĩa gì?",
     "minh chứng cho sự quan tâm | nguồn cổ vũ, động viên"),
)

# c18  R2 tasks -> R3 -> R0
conv(
    ("PTT Trần Lưu Quang yêu cầu BNG tập trung làm những việc gì?", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?",
     "chương trình đối ngoại cấp cao && hội nhập quốc tế"),
    ("tom tat lai cho ngan", "request", "accentless",
     "Tóm tắt ngắn gọn những việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.",
     "chương trình đối ngoại cấp cao && hội nhập quốc tế sâu rộng | biên giới hoà bình"),
    ("Ông ấy nhận định tình hình thế giới ra sao", "pronoun", "accentless",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
     "biến động sâu sắc, phức tạp"),
    ("nam 2019 thi PBM nhan dinh tinh hinh the nao", "substitution", "accentless,abbrev",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế thế nào?",
     "nhanh hơn, phức tạp hơn | nhiều vấn đề khó lường"),
    ("còn hội nghị giữa năm 2023?", "substitution", "paraphrase",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?",
     "tác động sâu sắc"),
)

# c19  Hội nghị Ngoại giao 31 / 30
conv(
    ("Hội nghị tổng kết 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo tại những hội nghị nào?", "new", "-",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo tại những hội nghị nào?",
     "Hội nghị đối ngoại toàn quốc && Ngoại giao lần thứ 31"),
    ("HN ngoại giao 31 tổ chức khi nào ở đâu", "ellipsis", "abbrev",
     "Hội nghị Ngoại giao lần thứ 31 được tổ chức khi nào và ở đâu?",
     NR),
    ("con hn so ket 2019 thi bam sat tinh than hn nao", "substitution", "accentless,abbrev",
     "Theo hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào?",
     "Hội nghị Ngoại giao 30"),
    ("trích câu đó", "request", "accentless,telegraphic",
     "Trích nguyên văn câu về tinh thần Hội nghị Ngoại giao 30 trong báo cáo sơ kết 6 tháng đầu năm 2019.",
     "triển khai linh hoạt, chủ động && Hội nghị Ngoại giao 30"),
)

# c20  R3 / R0 ministers
conv(
    ("bo truong ngoai giao nam 2019 la ai", "new", "accentless",
     "Bộ trưởng Ngoại giao năm 2019 (theo báo cáo sơ kết 6 tháng đầu năm 2019) là ai?",
     "Phạm Bình Minh"),
    ("con nam 2023 thi sao", "substitution", "accentless",
     "Bộ trưởng Ngoại giao năm 2023 là ai?",
     "Bùi Thanh Sơn"),
    ("ong ay chi dao gi ve xay dung nganh o hn so ket giua nam", "pronoun", "accentless,abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?",
     "chỉ đạo điều hành | thi đua khen thưởng"),
    ("con PBM nam 2019 chi dao xay dung nganh the nao", "substitution", "accentless,abbrev",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
     "tuyển dụng, đào tạo cán bộ | bảo vệ chính trị nội bộ"),
    ("nhac lai doan ve ky luatt", "request", "accentless,typo",
     "Nhắc lại đoạn Phó Thủ tướng Phạm Bình Minh nói về kỷ cương, kỷ luật đối với cán bộ tại hội nghị sơ kết 2019.",
     "kỷ cương, kỷ luật"),
)

# c21  R4 cán bộ -> R3
conv(
    ("Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào tại hội nghị tổng kết 2024?", "new", "-",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
     "vừa hồng, vừa chuyên && nhạy bén về thời thế | khôn khéo về ứng xử"),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn yêu cầu về đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết ngành ngoại giao năm 2024.",
     "tuyệt đối trung thành && sâu sắc về chiến lược"),
    ("báo cáo 2019 có nhắc cụm vừa hồng vừa chuyên ko", "substitution", "abbrev",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 có nhắc đến cụm \"vừa hồng, vừa chuyên\" không, trong ngữ cảnh nào?",
     "vừa hồng, vừa chuyên && tinh nhuệ"),
    ("Thủ tướng đã kỷ luật những cán bộ nào năm 2024?", "new", "premise",
     "Thủ tướng đã kỷ luật những cán bộ ngoại giao nào năm 2024?",
     FP),
)

# c22  R1 Cao Bằng -> R4
conv(
    ("Tại điểm cầu Cao Bằng của hội nghị tổng kết ngoại giao 2022 có UBND những huyện nào dự?", "new", "-",
     "Tại điểm cầu Cao Bằng của Hội nghị tổng kết ngành ngoại giao năm 2022 có UBND những huyện nào dự?",
     "Quảng Hòa && Hạ Lang"),
    ("còn sở ngành nào", "substitution", "accentless,telegraphic",
     "Tại điểm cầu Cao Bằng của Hội nghị tổng kết ngành ngoại giao năm 2022 có lãnh đạo những sở, đơn vị nào dự?",
     "Kế hoạch và Đầu tư | Bộ đội Biên phòng"),
    ("ai dan dau doan cao bang", "ellipsis", "accentless",
     "Lãnh đạo tỉnh nào dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Nguyễn Bích Ngọc"),
    ("người đó phát biểu những gì", "pronoun", "accentless",
     "Đồng chí Nguyễn Bích Ngọc phát biểu những gì tại Hội nghị tổng kết ngành ngoại giao năm 2022?",
     NR),
    ("Ở hội nghị tổng kết năm 2024, Thủ tướng nói đất nước vững bước vào kỷ nguyên gì?", "new", "-",
     "Ở Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng nói đất nước vững bước vào kỷ nguyên gì?",
     "kỷ nguyên vươn mình"),
)

# c23  R3 venue -> R0
conv(
    ("hội nghị sơ kết 6 tháng 2019 của BNG diễn ra hôm nào", "new", "abbrev",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
     "22/7"),
    ("tổ chức ở đâu", "ellipsis", "accentless,telegraphic",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?",
     NR),
    ("co bao nhieu can bo tham du", "ellipsis", "accentless",
     "Có bao nhiêu cán bộ tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     NR),
    ("ket qua noi bat ve hoi nhap va ngoai giao kinh te la gi", "ellipsis", "accentless",
     "Theo hội nghị sơ kết 6 tháng đầu năm 2019, kết quả nổi bật về hội nhập quốc tế và ngoại giao kinh tế là gì?",
     "CPTPP | EVFTA | bước đột phá mới"),
    ("Còn sơ kết 2023 thì ngoại giao kinh tế thế nào", "substitution", "-",
     "Theo hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao kinh tế đạt kết quả thế nào?",
     "trọng tâm, trọng điểm | hỗ trợ địa phương, doanh nghiệp"),
)

# c24  R2 english
conv(
    ("When did Deputy PM Tran Luu Quang hold the working session with the Foreign Ministry?", "new", "english,abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
     "31-1"),
    ("what did he say was the central task?", "pronoun", "english",
     "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm của Bộ Ngoại giao là gì?",
     "phục vụ phát triển đất nước"),
    ("ông ấy chỉ trích BNG ở điểm nào", "pronoun", "abbrev,premise",
     "Phó Thủ tướng Trần Lưu Quang đã chỉ trích Bộ Ngoại giao ở điểm nào?",
     FP),
    ("and who reported to him at that meeting?", "pronoun", "english",
     "Tại buổi làm việc ngày 31-1, ai báo cáo với Phó Thủ tướng Trần Lưu Quang?",
     "Bùi Thanh Sơn"),
)

# c25  which report / source
conv(
    ("Báo cáo nào nói về việc VN trúng cử Ủy viên không thường trực HĐBA?", "new", "abbrev",
     "Báo cáo nào nói về việc Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc?",
     "22/7 | Phạm Bình Minh | 06 tháng đầu năm"),
    ("bai do dang tren bao nao", "pronoun", "accentless",
     "Bài về hội nghị sơ kết 6 tháng đầu năm 2019 được đăng trên báo nào?",
     "CLO | TG&VN"),
    ("ngày đăng?", "ellipsis", "accentless,telegraphic",
     "Bài về hội nghị sơ kết 6 tháng đầu năm 2019 được đăng ngày nào?",
     "22/07/2019"),
    ("còn bài về PTT Trần Lưu Quang lấy theo nguồn nào", "substitution", "abbrev",
     "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy theo nguồn nào?",
     "VGP"),
)

# ---------------------------------------------------------------- part 3
# c26  R0 tasks -> R1
conv(
    ("BT Sơn đề nghị ngành ngoại giao làm gì trong 6 tháng cuối năm 2023?", "new", "abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành ngoại giao làm gì trong 6 tháng cuối năm?",
     "Đại hội XIII && nghiên cứu, dự báo, tham mưu"),
    ("ve thong tin doi ngoai thi sao", "substitution", "accentless",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?",
     "phương thức truyền thông mới"),
    ("ong ay bieu duong ai", "pronoun", "accentless,telegraphic",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
     "công chức, viên chức | nỗ lực không mệt mỏi"),
    ("vì sao ông ấy phê bình Vụ Thông tin Báo chí", "pronoun", "premise",
     "Vì sao Bộ trưởng Bùi Thanh Sơn phê bình Vụ Thông tin Báo chí tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     FP),
    ("Năm 2022 công tác biên giới lãnh thổ đạt kết quả gì?", "new", "-",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2022, công tác biên giới lãnh thổ năm 2022 đạt kết quả gì?",
     "phân định | trên biển, trên bộ"),
)

# c27  R1 Sơn's opening
conv(
    ("Khai mạc hội nghị tổng kết 2022, Bộ trưởng Sơn nói hội nghị nhằm mục đích gì?", "new", "-",
     "Khai mạc Hội nghị tổng kết ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
     "nhìn lại một năm"),
    ("nguoi do danh gia nam 2022 ra sao", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao?",
     "cục diện đối ngoại thuận lợi | 700 tỷ USD"),
    ("ông ấy khẳng định ngành đang bước sang giai đoạn gì", "pronoun", "-",
     "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành ngoại giao đang bước sang giai đoạn gì?",
     "giai đoạn phát triển mới"),
    ("tóm tắt lại", "request", "accentless,telegraphic",
     "Tóm tắt lại đánh giá của Bộ trưởng Bùi Thanh Sơn về công tác đối ngoại năm 2022.",
     "cục diện đối ngoại thuận lợi | 700 tỷ USD && giai đoạn phát triển mới"),
    ("còn năm 2017 ông ấy đánh giá thế nào", "substitution", "-",
     "Tại hội nghị tổng kết năm 2017, Bộ trưởng Ngoại giao đánh giá công tác đối ngoại năm 2017 thế nào?",
     NIC),
)

# c28  time of day
conv(
    ("Buổi làm việc giữa PTT Trần Lưu Quang và BNG bàn về công tác đối ngoại năm nào?", "new", "abbrev",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao bàn về triển khai công tác đối ngoại năm nào?",
     "đối ngoại trong năm 2023"),
    ("buoi chieu hay sang", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra buổi chiều hay buổi sáng?",
     "Chiều ngày 31-1"),
    ("còn hn tổng kết 2022 sáng hay chiều", "substitution", "abbrev",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều?",
     "Sáng 10/1"),
    ("thế tổng kết 2024", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra buổi sáng hay buổi chiều?",
     "Sáng nay 6/1"),
    ("con so ket 2023?", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?",
     NR),
)

# c29  typo, TTg
conv(
    ("thủ tướng phạm minh chin dự những hội nghị ngoại gioa nào", "new", "typo",
     "Thủ tướng Phạm Minh Chính dự những hội nghị ngoại giao nào (theo các báo cáo)?",
     "10/1 && 6/1"),
    ("ở hội nghị gần nhất ông ấy nhấn mạnh gì", "pronoun", "-",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?",
     "kỷ nguyên vươn mình | tiên phong, trọng yếu, thường xuyên"),
    ("con hn truoc do", "substitution", "accentless,abbrev,telegraphic",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?",
     "cây tre Việt Nam | 6 nhiệm vụ trọng tâm | từ sớm"),
    ("năm 2019 ổng chỉ đạo hn sơ kết nói những gì", "pronoun", "paraphrase,abbrev,premise",
     "Thủ tướng Phạm Minh Chính phát biểu chỉ đạo những gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     FP),
)

# c30  R3 Hà Lan -> R2
conv(
    ("Việt Nam thiết lập quan hệ đối tác toàn diện với Hà Lan vào khoảng thời gian nào?", "new", "-",
     "Theo các báo cáo, Việt Nam thiết lập quan hệ Đối tác toàn diện với Hà Lan vào khoảng thời gian nào?",
     "6 tháng đầu năm 2019"),
    ("cùng đợt đó còn nước nào", "pronoun", "accentless",
     "Trong 6 tháng đầu năm 2019, ngoài Hà Lan, Việt Nam còn thiết lập quan hệ Đối tác toàn diện với nước nào?",
     "Brunei"),
    ("tong so doi tac chien luoc va toan dien luc do la bao nhieu", "pronoun", "accentless",
     "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam là bao nhiêu?",
     "30 quốc gia"),
    ("chuyen Viet Nam rut khoi CPTPP nam do la sao", "pronoun", "accentless,premise",
     "Vì sao Việt Nam rút khỏi Hiệp định CPTPP năm 2019?",
     FP),
    ("Ai chủ trì buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", "new", "-",
     "Ai chủ trì buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     NR),
)

# c31  R4 english
conv(
    ("What era did PM Pham Minh Chinh say the country is entering, at the 2024 review conference?", "new", "english,abbrev",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói đất nước đang bước vào kỷ nguyên gì?",
     "kỷ nguyên vươn mình"),
    ("which resolution has to be reviewed?", "ellipsis", "english",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngành ngoại giao cần tổng kết nghị quyết nào?",
     "Nghị quyết 18"),
    ("was AI mentioned in that report?", "pronoun", "english",
     "Báo cáo tổng kết ngành ngoại giao năm 2024 có nhắc đến trí tuệ nhân tạo không?",
     "trí tuệ nhân tạo"),
    ("ai viết bài đó", "pronoun", "-",
     "Ai viết bài về Hội nghị tổng kết ngành ngoại giao năm 2024?",
     "Hoài Nhung"),
)

# c32  R0
conv(
    ("Sơ kết giữa năm 2023 coi đối ngoại là gì trong thành tựu chung của cả nước?", "new", "paraphrase",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
     "một điểm sáng"),
    ("quan hệ với các đối tác trong 6 tháng đó ra sao", "pronoun", "-",
     "Trong 6 tháng đầu năm 2023, quan hệ với các đối tác của Việt Nam phát triển ra sao?",
     "nhiều bước phát triển mới && đi vào chiều sâu"),
    ("cong tac to chuc can bo the nao", "ellipsis", "accentless",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác tổ chức cán bộ được đánh giá thế nào?",
     "bài bản hiệu quả | bản lĩnh chính trị"),
    ("có bao nhiêu tập thể được khen thưởng", "ellipsis", "accentless",
     "Có bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     NR),
    ("ai trao", "ellipsis", "accentless,telegraphic",
     "Ai trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Bộ trưởng Ngoại giao | Bùi Thanh Sơn"),
)

# c33  near-miss year
conv(
    ("Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao diễn ra ngày nào?", "new", "near-miss",
     "Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao diễn ra ngày nào?",
     NIC),
    ("vậy sơ kết 6 tháng năm 2023 thì sao", "substitution", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
     "5/7"),
    ("khi đó BT nào kết luận", "pronoun", "abbrev",
     "Bộ trưởng nào kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn"),
    ("ông ấy yêu cầu các đơn vị làm tốt hơn nũa công tác j", "pronoun", "typo",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
     "nghiên cứu, dự báo, tham mưu"),
)

# c34  near-miss person -> R2
conv(
    ("Phó Thủ tướng Lê Văn Thành làm việc với Bộ Ngoại giao về công tác đối ngoại 2023 hôm nào?", "new", "near-miss",
     "Phó Thủ tướng Lê Văn Thành làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2023 vào ngày nào?",
     NIC),
    ("ủa vậy PTT nào làm việc với BNG đầu năm 2023?", "new", "abbrev",
     "Phó Thủ tướng nào làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023?",
     "Trần Lưu Quang"),
    ("ông ấy đánh giá cao điều gì", "pronoun", "accentless",
     "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở công tác đối ngoại và ngành ngoại giao?",
     "thành tựu to lớn"),
    ("ong ay yeu cau cat giam bao nhieu bien che cua bo", "pronoun", "accentless,premise",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cắt giảm bao nhiêu biên chế?",
     FP),
)

# c35  R1 TTg -> R4
conv(
    ("TTg Phạm Minh Chính nói bảo vệ Tổ quốc như thế nào ở HN tổng kết 2022", "new", "abbrev",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói cần bảo vệ Tổ quốc như thế nào?",
     "từ sớm && từ xa"),
    ("con tinh than phuc vu", "substitution", "accentless,telegraphic",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu bám sát tinh thần phục vụ nào?",
     "lấy người dân && trung tâm phục vụ"),
    ("về ngoại giao kinh tế thì ông ấy muốn gì", "pronoun", "-",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu gì về ngoại giao kinh tế?",
     "mở rộng thị trường xuất khẩu | chuỗi giá trị gia tăng"),
    ("tóm tắt lại mấy ý trên", "request", "-",
     "Tóm tắt các ý Thủ tướng Phạm Minh Chính nêu tại Hội nghị tổng kết năm 2022 về bảo vệ Tổ quốc, tinh thần phục vụ và ngoại giao kinh tế.",
     "từ sớm | trung tâm phục vụ && thị trường xuất khẩu | chuỗi giá trị gia tăng"),
    ("thế năm 2024 ngoại giao kinh tế thì sao", "substitution", "-",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngoại giao kinh tế năm 2024 đạt được gì?",
     "chuyển biến mạnh mẽ | trí tuệ nhân tạo | chíp bán dẫn"),
)

# c36  R4 2025 tasks
conv(
    ("BNG xác định mục tiêu nhiệm vụ năm 2025 như thế nào", "new", "abbrev",
     "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?",
     "nhận diện chính xác thời cơ | thế chủ động chiến lược"),
    ("cụ thể gồm những mảng đối ngoại nào", "ellipsis", "accentless",
     "Mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao bao gồm những mảng đối ngoại nào?",
     "đối ngoại Đảng && ngoại giao Nhà nước"),
    ("TTg yeu cau gi ve quan he voi cac doi tac", "ellipsis", "accentless,abbrev",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác?",
     "nâng cấp, nâng tầm quan hệ"),
    ("ai chủ trì hội nghị này", "pronoun", "-",
     "Ai chủ trì Hội nghị tổng kết ngành ngoại giao năm 2024?",
     NR),
)

# c37  topic changes
conv(
    ("Hội nghị tổng kết ngoại giao 2022 có bao nhiêu đại biểu?", "new", "-",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
     "700 đại biểu"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 đạt những kết quả đối ngoại đa phương nào?", "new", "-",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, đối ngoại đa phương đạt những kết quả nào?",
     "192/193 | Mỹ - Triều"),
    ("ai phat bieu chi dao o do", "pronoun", "accentless",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "Phạm Bình Minh"),
    ("Buổi làm việc ngày 31-1 có lãnh đạo cơ quan nào ngoài BNG dự?", "new", "abbrev",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 có lãnh đạo cơ quan nào ngoài Bộ Ngoại giao dự?",
     "Văn phòng Chính phủ"),
)

# c38  titles
conv(
    ("ai du hn so ket 6 thang dau nam 2023", "new", "accentless,abbrev",
     "Ai dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn && đại diện các đơn vị"),
    ("ông Sơn là ủy viên gì", "ellipsis", "-",
     "Ông Bùi Thanh Sơn là ủy viên của cơ quan nào (theo Hội nghị sơ kết 6 tháng đầu năm 2023)?",
     "Ủy viên Trung ương Đảng"),
    ("còn ông Minh hồi 2019?", "substitution", "accentless",
     "Ông Phạm Bình Minh (tại hội nghị sơ kết 6 tháng đầu năm 2019) là ủy viên của cơ quan nào?",
     "Ủy viên Bộ Chính trị"),
    ("ông ấy làm bộ trưởng từ năm nào", "pronoun", "-",
     "Ông Phạm Bình Minh làm Bộ trưởng Ngoại giao từ năm nào?",
     NR),
)

# c39  R1 "địch - ta" -> R4
conv(
    ("TTg nói gì về cách nhìn 'địch', 'ta' ở hội nghị tổng kết ngoại giao 2022?", "new", "abbrev",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng nói gì về quan niệm \"địch\", \"ta\"?",
     "đối tác, đối tượng"),
    ("con chu truong muon la ban", "substitution", "accentless",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng nói gì về chủ trương \"muốn là bạn\"?",
     "sẵn sàng là bạn && đối tác tin cậy"),
    ("trich nguyen van doan do", "request", "accentless",
     "Trích nguyên văn đoạn về chủ trương từ \"muốn là bạn\" đến \"sẵn sàng là bạn\" trong báo cáo tổng kết năm 2022.",
     "thành viên có trách nhiệm"),
    ("bài đó ai viết", "request", "-",
     "Ai viết bài về Hội nghị tổng kết ngành ngoại giao năm 2022?",
     "Vi Trường"),
    ("Hội nghị tổng kết 2024 thì có điểm cầu nào được nhắc tên?", "new", "-",
     "Bài về Hội nghị tổng kết ngành ngoại giao năm 2024 nhắc tên điểm cầu nào?",
     "Quảng Trị"),
)

# c40  R2 -> R4
conv(
    ("Buổi làm việc giữa PTT Trần Lưu Quang với BNG có những ai dự", "new", "abbrev",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai dự?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ"),
    ("PTT noi BNG can bam sat duong loi nao", "ellipsis", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần bám sát đường lối đối ngoại nào?",
     "Đại hội XIII"),
    ("ông ấy dặn củng cố biên giưới thế nào", "pronoun", "typo",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu củng cố biên giới như thế nào?",
     "hữu nghị và phát triển"),
    ("ông ấy đã ký quyết định gì tại buổi làm việc", "pronoun", "premise",
     "Phó Thủ tướng Trần Lưu Quang đã ký quyết định gì tại buổi làm việc với Bộ Ngoại giao?",
     FP),
    ("thế còn Thủ tướng ở tổng kết 2024, dặn gì về diễn đàn đa phương", "substitution", "-",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về vai trò của Việt Nam tại các diễn đàn, cơ chế đa phương?",
     "uy tín của Việt Nam"),
)

# ---------------------------------------------------------------- part 4
# c41  R3 ba điểm
conv(
    ("Phó Thủ tướng Phạm Bình Minh nói điểm thứ hai cần lưu tâm là gì?", "new", "-",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nói điểm thứ hai cần lưu tâm là gì?",
     "tăng cường sự phối hợp"),
    ("thu ba", "ellipsis", "accentless,telegraphic",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nói điểm thứ ba cần lưu tâm là gì?",
     "nhạy bén hơn nữa | nhu cầu, ưu tiên phát triển"),
    ("ông ấy nói quan hệ với các nước lớn giữ được điều gì", "pronoun", "-",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại giữ được điều gì trong quan hệ với các nước lớn?",
     "cân bằng linh hoạt"),
    ("cán bộ quyết tâm thực hiện nhiệm vụ đối ngoại của đại hội nào, hướng tới đại hội nào", "ellipsis", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, cán bộ Bộ Ngoại giao quyết tâm thực hiện nhiệm vụ đối ngoại của Đại hội nào và hướng tới Đại hội nào?",
     "Đại hội XII && Đại hội XIII"),
)

# c42  dates
conv(
    ("hn tong ket nganh ngoai giao nam 2024 to chuc hom nao", "new", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tổ chức ngày nào?",
     "6/1"),
    ("trien khai nhiem vu nam nao", "ellipsis", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?",
     "năm 2025"),
    ("con hn tong ket 2023 thi ngay nao", "substitution", "accentless,abbrev,near-miss",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2023 tổ chức ngày nào?",
     NIC),
    ("the nam 2022 thif", "substitution", "accentless,typo,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tổ chức ngày nào?",
     "10/1"),
)

# c43  R0 xây dựng ngành, sources -> R3
conv(
    ("hn so ket 2023 danh gia gi ve cong tac xay dung nganh", "new", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá gì về công tác xây dựng ngành?",
     "đi vào nề nếp | quản trị tài vụ"),
    ("nguồn tin này của ai", "request", "-",
     "Bài về Hội nghị sơ kết 6 tháng đầu năm 2023 là tin của cơ quan báo chí nào?",
     "TTXVN"),
    ("con bai tong ket 2024 lay tu bao nao", "substitution", "accentless",
     "Bài về Hội nghị tổng kết ngành ngoại giao năm 2024 lấy từ báo nào?",
     "Quảng Trị | baoquangtri"),
    ("Hội nghị sơ kết năm 2019 có nói về công tác Đảng, đoàn thể không?", "new", "-",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về công tác Đảng, đoàn thể?",
     "triển khai hiệu quả, thực chất"),
)

# c44  premise first
conv(
    ("Vì sao Việt Nam trượt ghế Ủy viên không thường trực HĐBA nhiệm kỳ 2020-2021?", "new", "abbrev,premise",
     "Vì sao Việt Nam trượt ghế Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
     FP),
    ("vay VN duoc bao nhieu phieu", "ellipsis", "accentless,abbrev",
     "Việt Nam được bao nhiêu phiếu khi ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
     "192/193"),
    ("thong tin nay nam trong bao cao nao", "request", "accentless",
     "Thông tin Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu nằm trong báo cáo nào?",
     "22/7 | Phạm Bình Minh | 06 tháng đầu năm"),
    ("Hội nghị tổng kết ngoại giao 2022 nói gì về đối ngoại đa phương?", "new", "-",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 đánh giá gì về đối ngoại đa phương?",
     "đóng góp có trách nhiệm | nhiều diễn đàn đa phương"),
)

# c45  R2 three tasks
conv(
    ("which tasks did Tran Luu Quang call key, central and important?", "new", "english",
     "Phó Thủ tướng Trần Lưu Quang xác định những nhiệm vụ nào là trọng yếu, trung tâm và quan trọng?",
     "giữ vững hòa bình && phục vụ phát triển đất nước && vị thế và uy tín"),
    ("nhiem vu quan trong la cai nao", "ellipsis", "accentless",
     "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ nào là nhiệm vụ quan trọng?",
     "vị thế và uy tín"),
    ("ông ấy bảo phải tranh thủ những gì", "pronoun", "accentless",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ những gì?",
     "các nguồn lực bên ngoài | hiệp định, thỏa thuận quốc tế"),
    ("the con Bo truong Son o buoi do noi nhiem vu trung tam la gi", "substitution", "accentless",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói nhiệm vụ trung tâm là gì?",
     "phục vụ phát triển đất nước"),
)

# c46  TTg 2022 vs 2024
conv(
    ("Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao năm nào?", "new", "-",
     "Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao năm nào (theo các báo cáo)?",
     "năm 2022 && năm 2024"),
    ("hai hội nghị ấy đều tổ chức trực tuyến à", "pronoun", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 và năm 2024 có đều được tổ chức trực tuyến không?",
     "trực tuyến"),
    ("hn nao co ket noi 63 tinh thanh", "ellipsis", "accentless,abbrev",
     "Trong hai hội nghị tổng kết năm 2022 và năm 2024, hội nghị nào được kết nối với điểm cầu 63 tỉnh, thành phố?",
     "2022 | 10/1"),
    ("HN tổng kết 2024 kết nối bao nhiêu điểm cầu?", "new", "abbrev",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?",
     NR),
)

# c47  R3 ngoại vụ địa phương -> R4
conv(
    ("Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 được đánh giá ra sao?", "new", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được đánh giá ra sao?",
     "doanh nghiệp và người dân"),
    ("con cong tac xay dung nganh", "substitution", "accentless,telegraphic",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành được đánh giá ra sao?",
     "vừa hồng, vừa chuyên | hiện đại hóa Bộ Ngoại giao"),
    ("nói rõ hơn cái vừa hồng vừa chuyên", "request", "-",
     "Nói rõ hơn về yêu cầu xây dựng đội ngũ cán bộ \"vừa hồng, vừa chuyên\" trong báo cáo sơ kết 6 tháng đầu năm 2019.",
     "tinh nhuệ, tích cực, năng động"),
    ("còn ở tổng kết 2024, cụm đó đi kèm những yêu cầu gì", "substitution", "-",
     "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, yêu cầu đội ngũ cán bộ \"vừa hồng, vừa chuyên\" đi kèm những yêu cầu gì?",
     "tuyệt đối trung thành | tinh thông về nghiệp vụ"),
)

# c48  provinces
conv(
    ("Phó Chủ tịch UBND tỉnh nào dự hội nghị tổng kết ngoại giao 2024 tại điểm cầu Quảng Trị?", "new", "-",
     "Phó Chủ tịch UBND tỉnh nào dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
     "Hoàng Nam"),
    ("còn năm 2022 ở Cao Bằng?", "substitution", "accentless",
     "Lãnh đạo UBND tỉnh nào dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Nguyễn Bích Ngọc"),
    ("con Quang Tri nam 2022?", "substitution", "accentless,telegraphic",
     "Lãnh đạo tỉnh nào dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Quảng Trị?",
     NR),
    ("ai viet bai ve diem cau Cao Bang", "ellipsis", "accentless",
     "Ai viết bài về Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Vi Trường"),
)

# c49  chuyển đổi số -> R1
conv(
    ("Hội nghị sơ kết 2023 có nhắc tới chuyển đổi số không?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có nhắc tới chuyển đổi số không?",
     "đẩy mạnh chuyển đổi số"),
    ("ai neu y do", "request", "accentless,telegraphic",
     "Ai nêu ý đẩy mạnh chuyển đổi số tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Bùi Thanh Sơn"),
    ("Trong hội nghị tổng kết 2022, Bộ trưởng Sơn nói cần xây dựng ngành ngoại giao như thế nào?", "new", "-",
     "Trong Hội nghị tổng kết ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói cần xây dựng ngành ngoại giao như thế nào?",
     "thực sự trong sạch, vững mạnh"),
    ("ông ấy đề xuất tăng ngân sách cho bộ bao nhiêu", "pronoun", "premise",
     "Bộ trưởng Bùi Thanh Sơn đề xuất tăng ngân sách cho Bộ Ngoại giao bao nhiêu tại Hội nghị tổng kết năm 2022?",
     FP),
)

# c50  english telegraphic R3 -> R4
conv(
    ("2019 mid-year review: new comprehensive partners?", "new", "english,telegraphic",
     "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam có thêm những Đối tác toàn diện nào?",
     "Brunei && Hà Lan"),
    ("what about trade agreements", "ellipsis", "english",
     "Theo hội nghị sơ kết 6 tháng đầu năm 2019, có những hiệp định thương mại nào được triển khai hoặc ký kết?",
     "CPTPP | EVFTA"),
    ("trong hn này ai là người phát biểu chỉ đạo", "pronoun", "accentless,abbrev",
     "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2019?",
     "Phạm Bình Minh"),
    ("Hội nghị tổng kết 2024 giao BNG tinh gọn bộ máy sau khi tiếp nhận nhiệm vụ của cơ quan nào?", "new", "abbrev",
     "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, Bộ Ngoại giao tinh gọn bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của cơ quan nào?",
     "Ban Đối ngoại Trung ương | Ủy ban Đối ngoại Quốc hội"),
)

# c51  presiders
conv(
    ("Ai chủ trì HN tổng kết công tác ngành NG năm 2022?", "new", "abbrev",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
     "Bùi Thanh Sơn"),
    ("Hội nghị sơ kết giữa năm 2019 do ai phát biểu chỉ đạo?", "new", "paraphrase",
     "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
     "Phạm Bình Minh"),
    ("thế còn năm 2020", "substitution", "accentless,telegraphic",
     "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao?",
     NIC),
    ("hn tong ket 2024 thi ai chi dao", "substitution", "accentless,abbrev",
     "Ai chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
     "Phạm Minh Chính"),
)

# c52  not-in-corpus person
conv(
    ("Ai kết luận HN sơ kết 6 tháng đầu năm 2023?", "new", "abbrev",
     "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn"),
    ("Thứ trưởng Đặng Hoàng Giang phát biểu gì tại hội nghị đó?", "pronoun", "-",
     "Thứ trưởng Đặng Hoàng Giang phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     NIC),
    ("hoi nghi ay khen thuog cho nhug ai", "pronoun", "accentless,typo",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 trao khen thưởng cho những ai?",
     "thành tích xuất sắc"),
    ("Năm 2022 Bộ trưởng Sơn đánh giá thế nào về ngoại giao kinh tế?", "new", "-",
     "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá thế nào về ngoại giao kinh tế năm 2022?",
     "700 tỷ USD | thu hút đầu tư"),
)

# c53  R2 tinh thần phục vụ -> R3
conv(
    ("Trong buổi làm việc 31-1, BT Sơn nói tinh thần phục vụ trước hết là gì", "new", "abbrev",
     "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang ngày 31-1, Bộ trưởng Bùi Thanh Sơn nói tinh thần phục vụ trước hết là gì?",
     "phụng sự Đảng, nhà nước"),
    ("con ve ky cuong", "substitution", "accentless,telegraphic",
     "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về kỷ cương?",
     "giữ nghiêm kỷ cương hành chính"),
    ("ong ay con noi gi ve quy che", "pronoun", "accentless",
     "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về quy chế?",
     "rà soát, hoàn thiện quy chế"),
    ("Sơ kết 6 tháng 2019 nói BNG trình bao nhiêu đề án?", "new", "abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao đã trình bao nhiêu đề án về đối ngoại?",
     NR),
    ("ai chỉ đạo hn đó", "pronoun", "accentless,abbrev,telegraphic",
     "Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019?",
     "Phạm Bình Minh"),
)

# c54  mixed accentless follow-ups R1
conv(
    ("hn tong ket nganh ngoai giao 2022 to chuc theo hinh thuc nao", "new", "accentless,abbrev",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 được tổ chức theo hình thức nào?",
     "trực tuyến"),
    ("dai bieu la nhung ai", "ellipsis", "accentless,telegraphic",
     "Đại biểu dự Hội nghị tổng kết ngành ngoại giao năm 2022 là những ai?",
     "hơn 700 đại biểu | lãnh đạo các bộ | trong và ngoài nước"),
    ("cac tham luan danh gia nganh da phoi hop voi ai", "ellipsis", "accentless",
     "Các tham luận tại Hội nghị tổng kết năm 2022 đánh giá ngành ngoại giao đã phối hợp chặt chẽ với những cơ quan nào?",
     "ngành Trung ương và địa phương"),
    ("co ai phan doi bao cao tong ket khong, ai phan doi", "ellipsis", "accentless,premise",
     "Ai đã phản đối báo cáo tại Hội nghị tổng kết ngành ngoại giao năm 2022?",
     FP),
    ("con 2024 thi dai bieu gom nhung ai", "substitution", "accentless",
     "Đại biểu dự Hội nghị tổng kết ngành ngoại giao năm 2024 gồm những ai?",
     "Phạm Minh Chính && Hoàng Nam"),
)


# ---------------------------------------------------------------- writer
def strip_accents(text):
    """How people type without a Vietnamese keyboard: no marks, đ -> d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


def main():
    rows = []
    for i, turns in enumerate(CONVS, 1):
        cid = "c%02d" % i
        for t in turns:
            assert len(t) == 5, (cid, t)
            q, kind, tags, read_as, facts = t
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            for f in (q, kind, tags, read_as, facts):
                assert "\t" not in f and "\n" not in f, (cid, t)
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(HEADER + rows) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVS), len(rows)))


if __name__ == "__main__":
    main()
