#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 3) from the turn data below.

Every turn is (question, kind, tags, read_as, facts).  Facts are copied from the
five reports in ../given; refuse turns use refuse:<reason>.
Edit the data and re-run:  python3 tools/build_conversations.py
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 3 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
FP = "refuse:false_premise"
NIC = "refuse:not_in_corpus"

# Short names used in read_as
TK22 = "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022"
TK24 = "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024"
SK23 = "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao"
SK19 = "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao"
LV = "buổi làm việc ngày 31-1 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao"

CONVERSATIONS = [
    # c01 — 2022 year-end review
    [
        ("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 do ai chủ trì vậy?", "new", "-",
         f"{TK22} do ai chủ trì?", "Bùi Thanh Sơn"),
        ("thu tuong co du ko", "ellipsis", "accentless,abbrev,telegraphic",
         f"Thủ tướng Chính phủ có dự {TK22} không?", "Phạm Minh Chính"),
        ("ong ay dan nganh ngoai giao phai bao ve to quoc the nao", "pronoun", "accentless",
         f"Tại {TK22}, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bảo vệ Tổ quốc như thế nào?",
         "từ xa | giữ nước từ khi nước chưa nguy"),
        ("trích nguyên văn câu đó giúp mình", "request", "-",
         f"Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại {TK22}.",
         "giữ nước từ khi nước chưa nguy"),
        ("hn do co bao nhieu dai bieu", "pronoun", "accentless,abbrev",
         f"{TK22} có bao nhiêu đại biểu tham dự?", "hơn 700 | 700 đại biểu"),
    ],
    # c02 — 2024 year-end review, then substitution to 2022
    [
        ("Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra ngày nào?", "new", "-",
         f"{TK24} diễn ra ngày nào?", "6/1"),
        ("ai du va chi dao", "ellipsis", "accentless,telegraphic",
         f"Ai dự và chỉ đạo {TK24}?", "Phạm Minh Chính"),
        ("ong ay noi nhiem vu bao trum la gi", "pronoun", "accentless",
         f"Tại {TK24}, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
         "vai trò tiên phong, trọng yếu, thường xuyên | tạo lập, giữ vững môi trường hòa bình"),
        ("ky nguyen moi la ky nguyen gi vay", "request", "accentless",
         f"Trong kết luận {TK24}, Thủ tướng Phạm Minh Chính nói kỷ nguyên mới là kỷ nguyên gì?",
         "kỷ nguyên vươn mình"),
        ("còn năm 2022 thì ông ấy nhấn mạnh gì", "substitution", "-",
         f"Tại {TK22}, Thủ tướng Phạm Minh Chính nhấn mạnh những gì?",
         "cây tre Việt Nam | dĩ bất biến, ứng vạn biến | giữ nước từ khi nước chưa nguy | sẵn sàng là bạn | đi trước mở đường"),
    ],
    # c03 — 2023 mid-year review
    [
        ("BNG to chuc HN so ket 6 thang dau nam 2023 ngay nao", "new", "accentless,abbrev",
         "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7"),
        ("ai phát biểu kết luận?", "ellipsis", "telegraphic",
         f"Ai phát biểu kết luận {SK23}?", "Bùi Thanh Sơn"),
        ("ong ay bieu duong nhung ai", "pronoun", "accentless",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn biểu dương những ai?",
         "tập thể cán bộ, công chức, viên chức, người lao động | nỗ lực không mệt mỏi"),
        ("hội nghị đó tổ chức ở đâu vậy", "pronoun", "-",
         f"{SK23} được tổ chức ở đâu?", NR),
        ("co trao khen thuong gi ko", "ellipsis", "accentless,abbrev",
         f"Tại {SK23} có trao khen thưởng không?",
         "trao tặng các danh hiệu | tập thể và cá nhân có thành tích xuất sắc"),
    ],
    # c04 — 2019 mid-year review
    [
        ("Ai chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new", "-",
         f"Ai chỉ đạo {SK19}?", "Phạm Bình Minh"),
        ("luc do ong ay giu chuc gi", "pronoun", "accentless",
         f"Khi chỉ đạo {SK19}, ông Phạm Bình Minh giữ chức vụ gì?",
         "Phó Thủ tướng && Bộ trưởng Ngoại giao | Ủy viên Bộ Chính trị"),
        ("ổng lưu ý những điểm gì", "pronoun", "-",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm nào trong công tác đối ngoại thời gian tới?",
         "nghiên cứu, đánh giá sâu hơn && tăng cường sự phối hợp && nhạy bén hơn nữa"),
        ("noi ro hon diem thu 2", "request", "accentless",
         "Nói rõ hơn điểm thứ hai (tăng cường phối hợp) mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
         "giữa các đơn vị trong Bộ | các Bộ, ban, ngành"),
        ("con ve xay dung nganh thi sao", "substitution", "accentless",
         f"Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại {SK19}?",
         "tuyển dụng && kỷ cương, kỷ luật | bảo vệ chính trị nội bộ"),
    ],
    # c05 — PTT Tran Luu Quang working session
    [
        ("PTT Trần Lưu Quang làm việc với BNG hôm nào?", "new", "abbrev",
         "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
        ("o dau", "ellipsis", "accentless,telegraphic",
         "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
         "Trụ sở Bộ Ngoại giao"),
        ("nhung ai tham du", "ellipsis", "accentless,telegraphic",
         "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
         "Bùi Thanh Sơn && Văn phòng Chính phủ"),
        ("buổi đó có bao nhiêu người", "pronoun", "telegraphic",
         f"Có bao nhiêu người tham dự {LV}?", NR),
        ("ông Quang bảo nhiệm vụ trọng yếu, thường xuyên là gì", "ellipsis", "-",
         "Tại buổi làm việc với Bộ Ngoại giao ngày 31-1, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên là gì?",
         "giữ vững hòa bình, ổn định"),
    ],
    # c06 — 2022 trade figure, then a new question about the 2023 mid-year review
    [
        ("kim ngach xuat nhap khau nam 2022 vuot moc bao nhieu", "new", "accentless",
         f"Theo {TK22}, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", "700 tỷ USD"),
        ("ai đưa ra con số đó", "request", "-",
         f"Ai nêu đánh giá kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD tại {TK22}?", "Bùi Thanh Sơn"),
        ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại theo phương châm gì?", "new", "-",
         "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?",
         "chủ động, thích ứng, sáng tạo"),
        ("co nhac ngoai giao kinh te ko", "ellipsis", "accentless,abbrev",
         f"{SK23} đánh giá công tác ngoại giao kinh tế thế nào?",
         "trọng tâm, trọng điểm | hỗ trợ địa phương, doanh nghiệp"),
        ("tom tat lai ngan thoi", "request", "accentless",
         f"Tóm tắt ngắn đánh giá về ngoại giao kinh tế tại {SK23}.",
         "trọng tâm, trọng điểm | kết nối đối tác | phục hồi và phát triển kinh tế"),
    ],
    # c07 — English + Vietnamese, 2022 -> 2024
    [
        ("who chaired the 2022 year-end review conference of the foreign ministry?", "new", "english",
         f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn"),
        ("how many delegates", "ellipsis", "english,telegraphic",
         f"{TK22} có bao nhiêu đại biểu tham dự?", "hơn 700 | 700 đại biểu"),
        ("ket noi may tinh thanh", "ellipsis", "accentless,telegraphic",
         f"{TK22} được kết nối với bao nhiêu tỉnh, thành phố?", "63"),
        ("what about the 2024 one, how many delegates?", "substitution", "english",
         f"{TK24} có bao nhiêu đại biểu tham dự?", NR),
        ("ai dự ở điểm cầu Quảng Trị", "ellipsis", "-",
         f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ],
    # c08 — 2019 results
    [
        ("6 thang dau nam 2019 VN thiet lap doi tac toan dien voi nuoc nao", "new", "accentless,abbrev",
         "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
         "Brunei && Hà Lan"),
        ("nang tong so len bao nhieu nuoc", "ellipsis", "accentless",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu quốc gia?",
         "30 quốc gia"),
        ("còn vụ HĐBA LHQ thì sao", "substitution", "abbrev",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với kết quả thế nào?",
         "192/193 && 2020-2021"),
        ("sao ha lan luc dau tu choi nang cap quan he", "ellipsis", "accentless,premise",
         "Vì sao Hà Lan lúc đầu từ chối nâng cấp quan hệ với Việt Nam (theo báo cáo sơ kết 6 tháng đầu năm 2019)?", FP),
        ("hiep dinh nao duoc ky", "ellipsis", "accentless,telegraphic",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, những hiệp định nào đã được ký kết?",
         "EVFTA && Hiệp định bảo hộ đầu tư"),
    ],
    # c09 — 2025 tasks (2024 review)
    [
        ("Năm 2025 Bộ Ngoại giao đặt mục tiêu, nhiệm vụ gì?", "new", "-",
         f"Tại {TK24}, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
         "nắm chắc, dự báo đúng tình hình | thế chủ động chiến lược"),
        ("ttg yeu cau gi ve to chuc bo may", "ellipsis", "accentless,abbrev",
         f"Tại {TK24}, Thủ tướng yêu cầu gì về tổ chức bộ máy của Bộ Ngoại giao?",
         "tinh gọn tổ chức bộ máy && Ban Đối ngoại Trung ương | Ủy ban Đối ngoại Quốc hội"),
        ("nghi quyet nao dc nhac toi", "ellipsis", "accentless,abbrev",
         f"Nghị quyết nào được Thủ tướng nhắc tới trong kết luận {TK24}?", "Nghị quyết 18"),
        ("thế còn đội ngũ cán bộ?", "substitution", "-",
         f"Tại {TK24}, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
         "tuyệt đối trung thành | tinh thông về nghiệp vụ | khôn khéo về ứng xử"),
        ("trich nguyen van doan do", "request", "accentless",
         f"Trích nguyên văn đoạn Thủ tướng nói về đội ngũ cán bộ ngoại giao tại {TK24}.",
         "tuyệt đối trung thành với lợi ích quốc gia"),
    ],
    # c10 — 2022 opening; out-of-corpus 32nd conference; new question on the 31-1 session
    [
        ("Tại HN tổng kết 2022, BT Sơn nói hội nghị nhằm nhìn lại điều gì?", "new", "abbrev",
         f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại điều gì?",
         "Nguyễn Phú Trọng && Hội nghị Ngoại giao lần thứ 31 | Hội nghị đối ngoại toàn quốc"),
        ("thế HN ngoại giao lần thứ 32 thì ai chủ trì", "substitution", "abbrev",
         "Hội nghị Ngoại giao lần thứ 32 do ai chủ trì?", NIC),
        ("Trong buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng?", "new", "-",
         f"Trong {LV}, Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng?",
         "kết quả thực hiện các nhiệm vụ đối ngoại năm 2022 | đổi mới tư duy và hành động"),
        ("ong ay xac dinh nhiem vu trug tam la gi", "pronoun", "accentless,typo",
         f"Trong {LV}, Bộ trưởng Bùi Thanh Sơn xác định nhiệm vụ trung tâm là gì?",
         "phục vụ phát triển đất nước"),
    ],
    # c11 — false premise: PM at 2023 mid-year review
    [
        ("Thủ tướng phát biểu gì ở hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "new", "premise",
         f"Thủ tướng phát biểu gì tại {SK23}?", FP),
        ("vậy ai dự hội nghị đó", "pronoun", "-",
         f"Những ai tham dự {SK23}?", "Bùi Thanh Sơn && đại diện các đơn vị"),
        ("bt yeu cau cac don vi lam tot hon viec gi", "ellipsis", "accentless,abbrev",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
         "nghiên cứu, dự báo, tham mưu"),
        ("con thong tin doi ngoai", "substitution", "accentless,telegraphic",
         f"Về thông tin đối ngoại, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại {SK23}?",
         "phương thức truyền thông mới"),
        ("ông ấy có phê bình đơn vị nào không", "pronoun", "premise",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đã phê bình những đơn vị nào?", FP),
    ],
    # c12 — PM quotes 2022
    [
        ("TTg Phạm Minh Chính nhắc tới bản sắc gì ở HN tổng kết NG 2022", "new", "abbrev",
         f"Tại {TK22}, Thủ tướng Phạm Minh Chính nhắc tới bản sắc gì?", "cây tre Việt Nam"),
        ("goc vung nghia la sao", "request", "accentless",
         f"Theo Thủ tướng Phạm Minh Chính tại {TK22}, “gốc vững” của cây tre Việt Nam là gì?",
         "kiên định độc lập, tự chủ"),
        ("phuong cham ung xu thi sao", "substitution", "accentless",
         f"Tại {TK22}, Thủ tướng Phạm Minh Chính nêu phương châm ứng xử nào?", "dĩ bất biến, ứng vạn biến"),
        ("cau do ai noi", "request", "accentless,telegraphic",
         f"Ai nói câu “dĩ bất biến, ứng vạn biến” tại {TK22}?", "Phạm Minh Chính"),
        ("thế còn chủ trương về bạn bè, đối tác?", "substitution", "-",
         f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về chủ trương làm bạn, đối tác?",
         "sẵn sàng là bạn | đối tác, đối tượng"),
    ],
    # c13 — who directed the mid-year reviews across years
    [
        ("HN so ket 6 thag dau nam 2019 do ai chi dao", "new", "accentless,abbrev,typo",
         f"Ai chỉ đạo {SK19}?", "Phạm Bình Minh"),
        ("còn 2023?", "substitution", "telegraphic",
         f"Ai chỉ đạo, phát biểu kết luận {SK23}?", "Bùi Thanh Sơn"),
        ("con 2021 thi sao", "substitution", "accentless",
         "Ai chỉ đạo Hội nghị sơ kết công tác 6 tháng đầu năm 2021 của Bộ Ngoại giao?", NIC),
        ("2 hn 2019 va 2023 do to chuc ngay nao", "pronoun", "accentless,abbrev",
         f"{SK19} và {SK23} được tổ chức vào ngày nào?", "22/7 && 5/7"),
    ],
    # c14 — PTT Tran Luu Quang assessments
    [
        ("Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về ngành ngoại giao?", "new", "-",
         "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về ngành ngoại giao?",
         "đánh giá cao && nỗ lực và thành tựu to lớn"),
        ("ong ay nhan dinh tinh hinh the gioi ra sao", "pronoun", "accentless",
         "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
         "biến động sâu sắc, phức tạp"),
        ("vay BNG can lam gi", "ellipsis", "accentless,abbrev,telegraphic",
         "Theo Phó Thủ tướng Trần Lưu Quang, trước tình hình đó Bộ Ngoại giao cần làm gì?",
         "tham mưu kịp thời | tranh thủ tối đa cơ hội"),
        ("ông ấy yêu cầu cắt giảm biên chế bao nhiêu %", "pronoun", "premise",
         "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cắt giảm biên chế bao nhiêu phần trăm?", FP),
        ("ổng nhắc chỉ đạo của TBT tại hội nghị nào", "pronoun", "abbrev",
         "Phó Thủ tướng Trần Lưu Quang nhắc chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
         "Hội nghị đối ngoại toàn quốc năm 2021"),
    ],
    # c15 — economic diplomacy 2024 vs 2022; out-of-corpus 2018; new question on Cao Bang
    [
        ("nam 2024 ngoai giao kinh te chuyen bien o nhung linh vuc nao", "new", "accentless",
         f"Theo {TK24}, năm 2024 ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
         "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh"),
        ("nói rõ hơn", "request", "telegraphic",
         f"Nói rõ hơn về kết quả ngoại giao kinh tế năm 2024 theo {TK24}.",
         "nhóm nước tăng trưởng cao | điểm sáng về thương mại"),
        ("còn năm 2022 thì kết quả ngoại giao kinh tế ra sao", "substitution", "-",
         f"Theo {TK22}, kết quả ngoại giao kinh tế năm 2022 ra sao?", "700 tỷ USD"),
        ("con 2018", "substitution", "accentless,telegraphic",
         "Theo hội nghị tổng kết công tác ngành Ngoại giao năm 2018, kết quả ngoại giao kinh tế năm 2018 ra sao?", NIC),
        ("Ai là lãnh đạo tỉnh dự điểm cầu Cao Bằng hội nghị tổng kết 2022?", "new", "-",
         f"Lãnh đạo tỉnh nào dự {TK22} tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
    ],
    # c16 — Cao Bang bridge point, substitution to Quang Tri 2024
    [
        ("Điểm cầu Cao Bằng hội nghị tổng kết NG 2022 có những ai dự?", "new", "abbrev",
         f"Những ai dự {TK22} tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
        ("ba ay giu chuc gi", "pronoun", "accentless",
         "Bà Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ Tỉnh ủy"),
        ("nhung huyen nao du", "ellipsis", "accentless,telegraphic",
         f"Những huyện nào của Cao Bằng dự {TK22}?", "Quảng Hòa && Thạch An && Hạ Lang"),
        ("còn điểm cầu Quảng Trị năm 2024 thì ai", "substitution", "-",
         f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
        ("ông ấy có phát biểu tham luận không, nói gì", "pronoun", "-",
         f"Ông Hoàng Nam phát biểu tham luận gì tại {TK24}?", NR),
    ],
    # c17 — 2022 format; new question about the 2019 report
    [
        ("Bao nhiêu tỉnh thành kết nối với hội nghị tổng kết ngành ngoại giao 2022?", "new", "-",
         f"{TK22} được kết nối với bao nhiêu tỉnh, thành phố?", "63"),
        ("to chuc theo hinh thuc gi", "ellipsis", "accentless",
         f"{TK22} được tổ chức theo hình thức gì?", "trực tuyến"),
        ("Báo cáo sơ kết giữa năm 2019 nói Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?", "new", "paraphrase",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
         "Mỹ - Triều lần 2"),
        ("chỉ thị nào được nhắc", "ellipsis", "telegraphic",
         "Chỉ thị nào được nhắc tới trong báo cáo sơ kết 6 tháng đầu năm 2019?", "Chỉ thị 25"),
        ("chi thi do ve gi", "pronoun", "accentless",
         "Chỉ thị 25 của Ban Bí thư về vấn đề gì?", "đẩy mạnh và nâng tầm đối ngoại đa phương"),
    ],
    # c18 — false premise (postponed) on 2024 review
    [
        ("Vì sao hội nghị tổng kết ngành ngoại giao năm 2024 bị hoãn?", "new", "premise",
         f"Vì sao {TK24} bị hoãn?", FP),
        ("the hoi nghi do dien ra hom nao", "pronoun", "accentless",
         f"{TK24} diễn ra ngày nào?", "6/1"),
        ("hinh thuc?", "ellipsis", "accentless,telegraphic",
         f"{TK24} được tổ chức theo hình thức nào?", "trực tuyến"),
        ("TTg co mat ko", "ellipsis", "accentless,abbrev,telegraphic",
         f"Thủ tướng có dự {TK24} không?", "dự và chỉ đạo && Phạm Minh Chính"),
        ("bao nhiêu đại biểu vậy", "ellipsis", "-",
         f"{TK24} có bao nhiêu đại biểu tham dự?", NR),
    ],
    # c19 — 2023 mid-year topics
    [
        ("6 tháng đầu năm 2023 công tác người Việt Nam ở nước ngoài được đánh giá thế nào?", "new", "-",
         f"{SK23} đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
         "cầu nối giữa Việt Nam với các nước | chăm lo"),
        ("con bao ho cong dna", "substitution", "accentless,telegraphic,typo",
         f"{SK23} đánh giá công tác bảo hộ công dân thế nào?", "đổi mới trong cách thức thực hiện"),
        ("6 thang cuoi nam BT Son de nghi day manh nhung gi", "ellipsis", "accentless,abbrev",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị 6 tháng cuối năm 2023 đẩy mạnh những gì?",
         "chuyển đổi số | nâng tầm đối ngoại đa phương | phương thức truyền thông mới"),
        ("tin này của báo nào", "request", "-",
         f"Tin về {SK23} do cơ quan báo chí nào đưa?", "TTXVN"),
    ],
    # c20 — 2019 assessment; new question on Resolution 18 (2024)
    [
        ("Phạm Bình Minh nói gì về tình hình quốc tế nửa đầu 2019?", "new", "-",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh nói gì về tình hình quốc tế nửa đầu năm 2019?",
         "nhanh hơn, phức tạp hơn"),
        ("đối ngoại triển khai theo tinh thần những hội nghị nào", "ellipsis", "-",
         "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?",
         "Hội nghị Ngoại giao 30 && Hội nghị tổng kết công tác năm 2018"),
        ("Thủ tướng Phạm Minh Chính nói gì về Nghị quyết 18 tại hội nghị tổng kết năm 2024?", "new", "-",
         f"Tại {TK24}, Thủ tướng Phạm Minh Chính nói gì về Nghị quyết 18?",
         "tinh gọn tổ chức bộ máy"),
        ("tiep nhan chuc nang cua co quan nao", "ellipsis", "accentless,telegraphic",
         f"Theo kết luận {TK24}, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
         "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
        ("vi sao ong ay muon giai the ban doi ngoai TW", "pronoun", "accentless,abbrev,premise",
         "Vì sao Thủ tướng Phạm Minh Chính muốn giải thể Ban Đối ngoại Trung ương?", FP),
    ],
    # c21 — English 2019 -> 2023
    [
        ("when was the foreign ministry's 2019 mid-year review held", "new", "english",
         f"{SK19} được tổ chức vào ngày nào?", "22/7"),
        ("ai phat bieu chi dao", "ellipsis", "accentless",
         f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh"),
        ("what did he say about staff and personnel", "pronoun", "english",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác cán bộ, xây dựng ngành?",
         "tuyển dụng && kỷ cương, kỷ luật"),
        ("thế còn sơ kết 2023", "substitution", "-",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác cán bộ, xây dựng ngành?",
         "thi đua khen thưởng | bảo đảm chế độ chính sách"),
    ],
    # c22 — Son's report to PTT; new question on 2023 review
    [
        ("Bộ trưởng Bùi Thanh Sơn nói BNG quyết tâm gì khi báo cáo PTT Trần Lưu Quang?", "new", "abbrev",
         "Khi báo cáo Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm điều gì?",
         "đổi mới tư duy và hành động"),
        ("trọng tâm là gì", "ellipsis", "telegraphic",
         "Trọng tâm của việc đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang là gì?",
         "triển khai đồng bộ cả nhiệm vụ đối ngoại và xây dựng, phát triển ngành"),
        ("noi ro hon phan le loi lam viec", "request", "accentless",
         "Nói rõ hơn phần về phong cách, lề lối làm việc trong báo cáo của Bộ trưởng Bùi Thanh Sơn.",
         "đổi mới mạnh mẽ phong cách, lề lối làm việc"),
        ("ông ấy xin thêm bao nhiêu ngân sách", "pronoun", "premise",
         "Bộ trưởng Bùi Thanh Sơn xin Phó Thủ tướng Trần Lưu Quang bổ sung bao nhiêu ngân sách?", FP),
        ("Hội nghị sơ kết giữa năm 2023 đánh giá công tác xây dựng ngành ra sao?", "new", "paraphrase",
         f"{SK23} đánh giá công tác xây dựng ngành ra sao?", "đi vào nề nếp && quản trị tài vụ"),
    ],
    # c23 — 2024 cadre requirements -> 2019 report
    [
        ("HN tong ket 2024 TTg yeu cau xay dung doi ngu can bo ntn", "new", "accentless,abbrev",
         f"Tại {TK24}, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
         "vừa hồng, vừa chuyên && tuyệt đối trung thành | tinh thông về nghiệp vụ"),
        ("cum vua hong vua chuyen con xuat hien o bao cao nao nua", "request", "accentless",
         "Cụm từ “vừa hồng, vừa chuyên” còn xuất hiện trong báo cáo hội nghị nào khác?", "2019"),
        ("hội nghị đó do ai chỉ đạo", "pronoun", "-",
         f"Ai chỉ đạo {SK19}?", "Phạm Bình Minh"),
        ("báo cáo đó có nhắc CPTPP không", "pronoun", "abbrev",
         "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hiệp định CPTPP?", "chính thức được triển khai"),
    ],
    # c24 — out-of-corpus person at 2022 review
    [
        ("Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại hội nghị tổng kết ngành ngoại giao 2022?", "new", "near-miss",
         f"Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại {TK22}?", NIC),
        ("the ai khai mac hn do", "pronoun", "accentless,abbrev",
         f"Ai phát biểu khai mạc {TK22}?", "Bùi Thanh Sơn"),
        ("ông ấy nói gì về việc Thủ tướng tới dự", "pronoun", "-",
         f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng?",
         "minh chứng cho sự quan tâm đặc biệt | nguồn cổ vũ, động viên"),
        ("trich nguyen van", "request", "accentless,telegraphic",
         "Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn nói về sự tham dự của Thủ tướng.",
         "nguồn cổ vũ, động viên lớn lao"),
        ("ổng khẳng định ngành đang bước sang giai đoạn gì", "pronoun", "-",
         f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao đang bước sang giai đoạn gì?",
         "giai đoạn phát triển mới"),
    ],
    # c25 — PM tasks 2022 -> 2024
    [
        ("TTg đề nghị ngành NG làm gì ở HN tổng kết 2022", "new", "abbrev",
         f"Tại {TK22}, Thủ tướng đề nghị ngành Ngoại giao làm gì?",
         "chủ động dự báo tình hình | đi trước mở đường | dám nghĩ, dám làm"),
        ("yeu cau may nhiem vu trong tam", "ellipsis", "accentless",
         f"Tại {TK22}, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
         "6 nhiệm vụ trọng tâm"),
        ("liệt kê đủ 6 nhiệm vụ đó ra", "pronoun", "-",
         f"Liệt kê đầy đủ 6 nhiệm vụ trọng tâm Thủ tướng giao cho ngành Ngoại giao tại {TK22}.", NR),
        ("ve kinh te thi sao", "substitution", "accentless",
         f"Về kinh tế, Thủ tướng đề nghị ngoại giao kinh tế làm gì tại {TK22}?",
         "mở rộng thị trường xuất khẩu | đa dạng hóa thị trường nhập khẩu | chuỗi cung ứng toàn cầu"),
        ("Còn năm 2024, Thủ tướng yêu cầu gì về quan hệ với đối tác?", "substitution", "-",
         f"Tại {TK24}, Thủ tướng yêu cầu gì về quan hệ với các đối tác?", "nâng cấp, nâng tầm quan hệ"),
    ],
    # c26 — 2023 world situation; new question on the 31-1 session
    [
        ("Hội nghị sơ kết 6 tháng 2023 nhận định tình hình thế giới thế nào?", "new", "-",
         f"{SK23} nhận định tình hình thế giới và khu vực thế nào?", "diễn biến nhanh, phức tạp"),
        ("quan he voi doi tac thi sao", "substitution", "accentless",
         f"{SK23} đánh giá quan hệ với các đối tác thế nào?", "bước phát triển mới | đi vào chiều sâu"),
        ("Chiều 31-1, những ai dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", "new", "-",
         f"Những ai dự {LV}?", "Văn phòng Chính phủ && thủ trưởng các đơn vị | Bùi Thanh Sơn"),
        ("buoi do keo dai bao lau", "pronoun", "accentless",
         f"{LV[0].upper() + LV[1:]} kéo dài bao lâu?", NR),
        ("PTT bảo BNG tập trung làm tốt những việc gì", "ellipsis", "abbrev",
         "Tại buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung làm tốt những việc gì?",
         "chương trình đối ngoại cấp cao và các cấp | biên giới hoà bình"),
    ],
    # c27 — 2019 review: venue/attendance not reported
    [
        ("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG tổ chức ở đâu", "new", "abbrev",
         f"{SK19} được tổ chức ở đâu?", NR),
        ("vậy ngày nào", "ellipsis", "telegraphic",
         f"{SK19} được tổ chức ngày nào?", "22/7"),
        ("co bao nhieu nguoi duw", "ellipsis", "accentless,typo",
         f"Có bao nhiêu người dự {SK19}?", NR),
        ("hn do gop phan thuc hien duong loi dai hoi nao", "pronoun", "accentless,abbrev",
         f"Theo báo cáo về {SK19}, kết quả góp phần thực hiện thắng lợi đường lối đối ngoại của Đại hội nào?",
         "Đại hội XII"),
    ],
    # c28 — English 2024 -> 2022 bridge points
    [
        ("what did PM Pham Minh Chinh stress at the 2024 diplomacy review", "new", "english",
         f"Thủ tướng Phạm Minh Chính nhấn mạnh điều gì tại {TK24}?",
         "kỷ nguyên vươn mình | nhiệm vụ bao trùm"),
        ("bai co nhac diem cau tinh nao ko", "ellipsis", "accentless,abbrev",
         f"Bài về {TK24} có nhắc điểm cầu tỉnh nào?", "Quảng Trị"),
        ("con nam 2022 diem cau nao dc nhac", "substitution", "accentless,abbrev",
         f"Bài về {TK22} nhắc tới điểm cầu tỉnh nào?", "Cao Bằng"),
        ("which article is that from", "request", "english",
         f"Thông tin về điểm cầu Cao Bằng tại {TK22} lấy từ bài nào?",
         "Vi Trường | Đồng chí Phạm Minh Chính dự Hội nghị tổng kết"),
    ],
    # c29 — UNSC seat 2019; new question on multilateral diplomacy 2022
    [
        ("Việt Nam trúng cử HĐBA LHQ nhiệm kỳ nào, theo báo cáo sơ kết 2019?", "new", "abbrev",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
         "2020-2021"),
        ("bao nhieu phieu", "ellipsis", "accentless,telegraphic",
         "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021 với bao nhiêu phiếu?",
         "192/193"),
        ("nuoc nao bo phieu chong vay", "ellipsis", "accentless,premise",
         "Nước nào đã bỏ phiếu chống Việt Nam khi ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?", FP),
        ("dieu do cho thay gi", "pronoun", "accentless",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, việc trúng cử Hội đồng Bảo an với số phiếu cao cho thấy điều gì?",
         "sự tín nhiệm của bạn bè quốc tế"),
        ("Hội nghị tổng kết 2022 đánh giá đối ngoại đa phương ra sao?", "new", "-",
         f"{TK22} đánh giá đối ngoại đa phương năm 2022 ra sao?",
         "đóng góp có trách nhiệm | nhiều diễn đàn đa phương"),
    ],
    # c30 — dates across meetings; morning/afternoon not reported for 2023
    [
        ("HN tổng kết ngành NG 2022 tổ chức ngày nào", "new", "abbrev",
         f"{TK22} được tổ chức ngày nào?", "10/1"),
        ("sang hay chieu", "ellipsis", "accentless,telegraphic",
         f"{TK22} diễn ra buổi sáng hay buổi chiều?", "Sáng 10/1"),
        ("con tong ket 2024", "substitution", "accentless,telegraphic",
         f"{TK24} diễn ra ngày nào, buổi sáng hay buổi chiều?", "6/1"),
        ("còn sơ kết 2023", "substitution", "telegraphic",
         f"{SK23} diễn ra ngày nào?", "5/7"),
        ("buổi sáng hay chiều", "ellipsis", "telegraphic",
         f"{SK23} diễn ra buổi sáng hay buổi chiều?", NR),
    ],
    # c31 — PTT Quang's three tasks; new question on PM 2024; comparison
    [
        ("PTT Tran Luu Quang noi nhiem vu trung tam cua nganh ngoai giao la gi", "new", "accentless,abbrev",
         "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm của ngành ngoại giao là gì?",
         "phục vụ phát triển đất nước"),
        ("con nhiem vu trong yeu", "substitution", "accentless,telegraphic",
         "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu, thường xuyên của ngành ngoại giao là gì?",
         "giữ vững hòa bình, ổn định"),
        ("the con nhiem vu quan trong", "substitution", "accentless",
         "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ quan trọng của ngành ngoại giao là gì?",
         "nâng cao vị thế và uy tín đất nước"),
        ("Năm 2024 Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của ngoại giao là gì?", "new", "-",
         f"Tại {TK24}, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
         "vai trò tiên phong, trọng yếu, thường xuyên | tạo lập, giữ vững môi trường hòa bình"),
        ("so sánh 2 ý kiến này giúp mình", "pronoun", "-",
         f"So sánh ý kiến của Phó Thủ tướng Trần Lưu Quang (buổi làm việc ngày 31-1) và của Thủ tướng Phạm Minh Chính ({TK24}) về các nhiệm vụ của ngoại giao.",
         "phục vụ phát triển đất nước && nhiệm vụ bao trùm"),
    ],
    # c32 — 2019 points; new question on 2023 partners; source
    [
        ("PTT Pham Binh Minh luu y diem thu nhat la gi", "new", "accentless,abbrev",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ nhất là gì?",
         "nghiên cứu, đánh giá sâu hơn && nhạy cảm trong tham mưu"),
        ("con diem thu ba", "substitution", "accentless,telegraphic",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ ba là gì?",
         "nhạy bén hơn nữa | ưu tiên phát triển của đất nước"),
        ("6 tháng cuối năm 2023, Bộ trưởng Sơn đề nghị đưa quan hệ với những ai vào chiều sâu?", "new", "-",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị 6 tháng cuối năm đưa quan hệ với những ai vào chiều sâu?",
         "các nước láng giềng && bạn bè truyền thống"),
        ("ông ấy đề nghị triển khai đường lối đại hội nào", "pronoun", "-",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị tiếp tục triển khai đường lối đối ngoại của Đại hội nào?",
         "Đại hội XIII"),
        ("nguon nao", "request", "accentless,telegraphic",
         f"Thông tin về {SK23} lấy từ nguồn nào?", "TTXVN"),
    ],
    # c33 — 2024 assessment with typos; out-of-corpus 2020
    [
        ("hoi nghi tong ket nghanh ngoai giao danh gia nam 2024 the nao", "new", "accentless,typo",
         f"{TK24} đánh giá công tác đối ngoại năm 2024 thế nào?",
         "chủ động, đồng bộ, sáng tạo và hiệu quả | cục diện đối ngoại rộng mở"),
        ("nói gọn lại thôi", "request", "-",
         f"Tóm tắt gọn đánh giá công tác đối ngoại năm 2024 tại {TK24}.",
         "chủ động, đồng bộ, sáng tạo và hiệu quả | vị thế, uy tín quốc tế"),
        ("thu tuog co noi ve chu quyen ko", "ellipsis", "accentless,abbrev,typo",
         f"Tại {TK24}, Thủ tướng có nói về bảo vệ chủ quyền không?",
         "độc lập, chủ quyền, thống nhất và toàn vẹn lãnh thổ"),
        ("con nam 2020 thi sao", "substitution", "accentless",
         "Tại hội nghị tổng kết công tác ngành Ngoại giao năm 2020, Thủ tướng có nói về bảo vệ chủ quyền không?", NIC),
    ],
    # c34 — near-miss: Le Minh Khai appears only in the sidebar of the 2019 page
    [
        ("Phó Thủ tướng Lê Minh Khái phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new", "near-miss,premise",
         f"Phó Thủ tướng Lê Minh Khái phát biểu gì tại {SK19}?", FP),
        ("vay ai phat bieu chi dao", "ellipsis", "accentless",
         f"Vậy ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh"),
        ("ổng nói quan hệ với các nước lớn giữ được thế nào", "pronoun", "paraphrase",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh nói quan hệ với các nước lớn, các đối tác giữ được thế nào?",
         "cân bằng linh hoạt"),
        ("bam sat chuong trinh cua ai", "ellipsis", "accentless,telegraphic",
         "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại bám sát chương trình đối ngoại của ai?",
         "Lãnh đạo cấp cao"),
        ("con ngoai vu dia phuong", "substitution", "accentless,telegraphic",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được đánh giá thế nào?",
         "doanh nghiệp và người dân làm trung tâm"),
    ],
    # c35 — Son's 2022 assessment
    [
        ("Năm 2022 ngành ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?", "new", "-",
         f"Theo {TK22}, năm 2022 ngành ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?",
         "biên giới lãnh thổ, dân chủ, nhân quyền, tôn giáo"),
        ("ai danh gia vay", "request", "accentless,telegraphic",
         f"Ai đưa ra đánh giá đó tại {TK22}?", "Bùi Thanh Sơn"),
        ("ông ấy chỉ ra ngành yếu kém ở những mặt nào", "pronoun", "premise",
         f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn chỉ ra ngành Ngoại giao yếu kém ở những mặt nào?", FP),
        ("tóm tắt lại ý chính phần phát biểu khai mạc của ông ấy", "request", "-",
         f"Tóm tắt ý chính phát biểu khai mạc của Bộ trưởng Bùi Thanh Sơn tại {TK22}.",
         "đổi mới mạnh mẽ tư duy và hành động | trong sạch, vững mạnh, toàn diện, hiện đại, chuyên nghiệp | 700 tỷ USD | nhìn lại một năm"),
    ],
    # c36 — out-of-corpus 2024 mid-year; substitution to 2024 year-end; new question
    [
        ("HN sơ kết 6 tháng đầu năm 2024 của BNG có gì đáng chú ý", "new", "abbrev",
         "Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Bộ Ngoại giao có gì đáng chú ý?", NIC),
        ("the con tong ket nam 2024", "substitution", "accentless,telegraphic",
         f"{TK24} có gì đáng chú ý?",
         "kỷ nguyên vươn mình | tinh gọn tổ chức bộ máy | Nghị quyết 18 | chíp bán dẫn"),
        ("Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc trong báo cáo nào?", "new", "-",
         "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc tới trong báo cáo hội nghị nào?", "2019"),
        ("bao cao do con noi toi hiep dinh nao", "pronoun", "accentless",
         "Báo cáo sơ kết 6 tháng đầu năm 2019 còn nói tới những hiệp định nào?", "CPTPP && EVFTA"),
    ],
    # c37 — 2023 awards; new question on the 31-1 session
    [
        ("Bộ trưởng Bùi Thanh Sơn trao khen thưởng cho ai ở hội nghị sơ kết 6 tháng đầu 2023?", "new", "-",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn trao khen thưởng cho ai?",
         "tập thể và cá nhân có thành tích xuất sắc"),
        ("bao nhieu tap the dc khen", "ellipsis", "accentless,abbrev,telegraphic",
         f"Có bao nhiêu tập thể được khen thưởng tại {SK23}?", NR),
        ("sao hn do bi doi lich vay", "pronoun", "accentless,abbrev,premise",
         f"Vì sao {SK23} bị dời lịch?", FP),
        ("Ở buổi làm việc với BNG, PTT Trần Lưu Quang yêu cầu bám sát chỉ đạo của ai?", "new", "abbrev",
         "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang yêu cầu bám sát chỉ đạo của ai?",
         "Nguyễn Phú Trọng"),
        ("tai hoi nghi nao", "ellipsis", "accentless,telegraphic",
         "Chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng mà Phó Thủ tướng Trần Lưu Quang nhắc tới được đưa ra tại hội nghị nào?",
         "Hội nghị đối ngoại toàn quốc năm 2021"),
    ],
    # c38 — telegraphic, 2024 article
    [
        ("tong ket NG 2024: ai du o diem cau quang tri", "new", "accentless,abbrev,telegraphic",
         f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
        ("chuc vu?", "ellipsis", "accentless,telegraphic",
         "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
        ("bai nay cua bao nao", "pronoun", "accentless",
         f"Bài về {TK24} là của báo nào, tác giả nào?", "baoquangtri | Quảng Trị | Hoài Nhung"),
        ("tieu de bai?", "ellipsis", "accentless,telegraphic",
         f"Tiêu đề bài báo về {TK24} là gì?", "Tạo bước tiến đột phá"),
        ("còn bài về hn sơ kết 2019 thì tiêu đề gì", "substitution", "abbrev",
         f"Tiêu đề bài báo về {SK19} là gì?", "Bộ Ngoại giao cần nhạy cảm trong tham mưu"),
    ],
    # c39 — people-centred; new question on 2023 multilateral
    [
        ("Thủ tướng nhắc tinh thần lấy ai làm trung tâm phục vụ ở HN tổng kết 2022?", "new", "abbrev",
         f"Tại {TK22}, Thủ tướng nhắc tinh thần lấy ai làm trung tâm phục vụ?",
         "người dân, doanh nghiệp, địa phương"),
        ("còn BC sơ kết 2019 thì lấy ai làm trung tâm", "substitution", "abbrev",
         "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương lấy ai làm trung tâm?",
         "doanh nghiệp và người dân làm trung tâm"),
        ("Hội nghị sơ kết 2023 đánh giá ngoại giao đa phương như thế nào?", "new", "-",
         f"{SK23} đánh giá ngoại giao đa phương như thế nào?",
         "kết hợp chặt chẽ với ngoại giao song phương"),
        ("con ve bao ve chu quyen", "substitution", "accentless,telegraphic",
         f"{SK23} đánh giá vai trò của ngoại giao trong bảo vệ chủ quyền thế nào?", "biện pháp hòa bình"),
        ("noi ro hon", "request", "accentless,telegraphic",
         f"Nói rõ hơn đánh giá của {SK23} về ngoại giao bảo vệ chủ quyền.",
         "biện pháp hòa bình && luật pháp quốc tế"),
    ],
    # c40 — 2023 attendees; false premise PTT; new question on the 31-1 session
    [
        ("HN sơ kết 6 tháng đầu năm 2023 có những ai tham dự", "new", "abbrev",
         f"Những ai tham dự {SK23}?", "Bùi Thanh Sơn && đại diện các đơn vị"),
        ("the con PTT Tran Luu Quang phat bieu gi o do", "substitution", "accentless,abbrev,premise",
         f"Phó Thủ tướng Trần Lưu Quang phát biểu gì tại {SK23}?", FP),
        ("Ông Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "new", "-",
         "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao"),
        ("ong ay danh gia cao dieu gi", "pronoun", "accentless",
         "Tại buổi làm việc, Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì?", "nỗ lực và thành tựu to lớn"),
        ("nguồn?", "request", "telegraphic",
         "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP | B.T.V"),
    ],
    # c41 — 2024 PM conclusions
    [
        ("Theo báo cáo 2024, Thủ tướng yêu cầu làm gì với các tình huống đối ngoại phức tạp?", "new", "-",
         f"Tại {TK24}, Thủ tướng yêu cầu làm gì với các tình huống đối ngoại phức tạp?",
         "xử lý tốt && nghiên cứu mang tính tổng thể, dài hơi"),
        ("vi sao TTg phe binh BNG xu ly cham", "ellipsis", "accentless,abbrev,premise",
         f"Vì sao tại {TK24} Thủ tướng phê bình Bộ Ngoại giao xử lý chậm?", FP),
        ("ong ay muon huy dong nguon luc nao", "pronoun", "accentless",
         f"Tại {TK24}, Thủ tướng Phạm Minh Chính muốn huy động những nguồn lực nào?",
         "nguồn lực có tính đột phá | nguồn lực bên ngoài"),
        ("de lam gi", "ellipsis", "accentless,telegraphic",
         f"Theo Thủ tướng tại {TK24}, huy động các nguồn lực đó để làm gì?",
         "tăng tốc, bứt phá | kỷ nguyên vươn mình"),
    ],
    # c42 — out-of-corpus person at 2023 review
    [
        ("Thứ trưởng Lê Hoài Trung nói gì tại hội nghị sơ kêt 6 tháng đầu năm 2023?", "new", "near-miss,typo",
         f"Thứ trưởng Lê Hoài Trung phát biểu gì tại {SK23}?", NIC),
        ("vậy ai kết luận hội nghị đó", "pronoun", "-",
         f"Ai phát biểu kết luận {SK23}?", "Bùi Thanh Sơn"),
        ("ong ay yeu cau ung dung gi trong thong tin doi ngoai", "pronoun", "accentless",
         f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn yêu cầu ứng dụng gì trong thông tin đối ngoại?",
         "phương thức truyền thông mới"),
        ("doi ngoai duoc vi la gi", "ellipsis", "accentless",
         f"{SK23} nói đối ngoại là gì trong những thành tựu chung của cả nước?", "một điểm sáng"),
    ],
    # c43 — English Cao Bang; near-miss Lang Son; substitution Quang Tri
    [
        ("who represented Cao Bang province at the 2022 review conference", "new", "english",
         f"Ai đại diện tỉnh Cao Bằng dự {TK22}?", "Nguyễn Bích Ngọc"),
        ("which departments joined there", "ellipsis", "english",
         f"Những sở, đơn vị nào của Cao Bằng dự {TK22} tại điểm cầu Cao Bằng?",
         "Kế hoạch và Đầu tư | Bộ Chỉ huy Bộ đội Biên phòng | Ban Quản lý Khu kinh tế tỉnh"),
        ("con Lang Son thi ai du", "substitution", "accentless,near-miss",
         f"Ai dự {TK22} tại điểm cầu Lạng Sơn?", NR),
        ("thế còn Quảng Trị năm 2024", "substitution", "-",
         f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ],
    # c44 — bridge points 2022 vs 2024
    [
        ("Hội nghị tổng kết năm 2022 kết nối với bao nhiêu điểm cầu?", "new", "-",
         f"{TK22} được kết nối với bao nhiêu điểm cầu?", "63"),
        ("còn 2024 thì mấy điểm cầu", "substitution", "-",
         f"{TK24} được kết nối với bao nhiêu điểm cầu?", NR),
        ("nam do ngoai giao kinh te dong gop gi", "pronoun", "accentless",
         f"Theo {TK24}, năm 2024 ngoại giao kinh tế đã đóng góp gì?",
         "nhóm nước tăng trưởng cao | điểm sáng về thương mại và thu hút đầu tư"),
        ("trich nguyen van", "request", "accentless,telegraphic",
         f"Trích nguyên văn đoạn đánh giá ngoại giao kinh tế năm 2024 trong bài về {TK24}.",
         "chỉ đạo sâu sát, quyết liệt | đóng góp quan trọng vào duy trì Việt Nam"),
    ],
    # c45 — 2019 cadre building; new question on Son 2022
    [
        ("bc so ket 2019 noi gi ve xay dung nganh, boi duong can bo", "new", "accentless,abbrev",
         "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về công tác xây dựng ngành, bồi dưỡng cán bộ?",
         "hiện đại hóa Bộ Ngoại giao | vừa hồng, vừa chuyên"),
        ("còn công tác Đảng, đoàn thể", "substitution", "telegraphic",
         "Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác Đảng, đoàn thể thế nào?", "hiệu quả, thực chất"),
        ("Năm 2022, Bộ trưởng Bùi Thanh Sơn nói muốn xây dựng ngành ngoại giao như thế nào?", "new", "paraphrase",
         f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn nói muốn xây dựng ngành Ngoại giao như thế nào?",
         "trong sạch, vững mạnh, toàn diện, hiện đại, chuyên nghiệp"),
        ("ong ta noi o hn nao", "pronoun", "accentless,abbrev,telegraphic",
         "Bộ trưởng Bùi Thanh Sơn nói điều đó tại hội nghị nào?",
         "năm 2022 | 10/1"),
        ("nguon nao", "request", "accentless,telegraphic",
         f"Thông tin về phát biểu của Bộ trưởng Bùi Thanh Sơn tại {TK22} lấy từ nguồn nào?",
         "Vi Trường | Đồng chí Phạm Minh Chính dự Hội nghị tổng kết"),
    ],
    # c46 — Son's service spirit; new question on 2019 discipline; out-of-corpus 2017
    [
        ("Tinh thần phục vụ mà Bộ trưởng Bùi Thanh Sơn nêu khi làm việc với PTT Trần Lưu Quang là gì?", "new", "abbrev",
         "Tinh thần phục vụ mà Bộ trưởng Bùi Thanh Sơn nêu khi báo cáo Phó Thủ tướng Trần Lưu Quang là gì?",
         "phụng sự Đảng"),
        ("trich nguyen van", "request", "accentless,telegraphic",
         "Trích nguyên văn câu về tinh thần phục vụ mà Bộ trưởng Bùi Thanh Sơn nêu.",
         "trước hết là phụng sự Đảng"),
        ("còn về kỷ cương", "substitution", "telegraphic",
         "Về kỷ cương, Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang điều gì?",
         "giữ nghiêm kỷ cương hành chính"),
        ("Năm 2019 PTT Phạm Bình Minh chỉ đạo gì về kỷ cương?", "new", "abbrev",
         f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về kỷ cương?", "quản lý kỷ cương, kỷ luật"),
        ("con nam 2017", "substitution", "accentless,telegraphic",
         "Tại hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Ngoại giao, lãnh đạo Bộ chỉ đạo gì về kỷ cương?", NIC),
    ],
    # c47 — 2023 economic diplomacy; new question on 2022 attendance; false premise
    [
        ("ngoai giao kinh te 6 thang dau 2023 gop phna vao dieu gi", "new", "accentless,typo",
         f"Theo {SK23}, ngoại giao kinh tế 6 tháng đầu năm 2023 góp phần vào điều gì?",
         "phục hồi và phát triển kinh tế"),
        ("còn đối ngoại nói chung góp phần gì", "substitution", "-",
         f"Theo {SK23}, công tác đối ngoại nói chung 6 tháng đầu năm 2023 góp phần vào điều gì?",
         "duy trì môi trường hòa bình, ổn định | huy động nguồn lực cho phát triển kinh tế - xã hội"),
        ("Hội nghị tổng kết 2022 của ngành ngoại giao có bao nhiêu người dự?", "new", "-",
         f"{TK22} có bao nhiêu người tham dự?", "hơn 700"),
        ("gom nhung thanh phan nao", "ellipsis", "accentless,telegraphic",
         f"Đại biểu dự {TK22} gồm những thành phần nào?",
         "lãnh đạo các bộ, ban, ngành Trung ương | cán bộ ngoại giao trong và ngoài nước"),
        ("ai tu choi khong du vay", "ellipsis", "accentless,premise",
         f"Những ai đã từ chối tham dự {TK22}?", FP),
    ],
    # c48 — which report; author
    [
        ("Báo cáo nào nói Bộ Ngoại giao tiếp nhận chức năng của Ủy ban Đối ngoại Quốc hội?", "new", "-",
         "Báo cáo hội nghị nào nói Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của Ủy ban Đối ngoại Quốc hội?",
         "2024"),
        ("ai noi dieu do", "request", "accentless,telegraphic",
         f"Ai nói điều đó tại {TK24}?", "Phạm Minh Chính"),
        ("bai do cua ai viet", "pronoun", "accentless",
         f"Bài về {TK24} do ai viết?", "Hoài Nhung"),
        ("ông ấy có nhắc đến vừa hồng vừa chuyên không", "pronoun", "-",
         f"Tại {TK24}, Thủ tướng Phạm Minh Chính có nhắc đến đội ngũ cán bộ “vừa hồng, vừa chuyên” không?",
         "vừa hồng, vừa chuyên && tuyệt đối trung thành"),
    ],
]


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def main():
    rows = []
    problems = []
    for i, conv in enumerate(CONVERSATIONS, 1):
        cid = f"c{i:02d}"
        for j, turn in enumerate(conv):
            if len(turn) != 5:
                problems.append(f"{cid} turn {j+1}: expected 5 fields, got {len(turn)}")
                continue
            q, kind, tags, read_as, facts = turn
            tagset = set(tags.split(",")) if tags != "-" else set()
            # keep the accentless tag honest
            if "accentless" in tagset and has_diacritics(q):
                problems.append(f"{cid} turn {j+1}: tagged accentless but has diacritics: {q}")
            if "english" not in tagset and "accentless" not in tagset and not has_diacritics(q):
                problems.append(f"{cid} turn {j+1}: no diacritics but not tagged accentless: {q}")
            if facts == FP and "premise" not in tagset:
                problems.append(f"{cid} turn {j+1}: false_premise turn without premise tag")
            for field in (q, kind, tags, read_as, facts):
                if "\t" in field or "\n" in field:
                    problems.append(f"{cid} turn {j+1}: tab/newline inside a field")
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print(f"wrote {OUT}: {len(CONVERSATIONS)} conversations, {len(rows)} turns")


if __name__ == "__main__":
    main()
