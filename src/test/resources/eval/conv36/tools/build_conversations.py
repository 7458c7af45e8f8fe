#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 36 from hand-written turn data.

Each turn: (question, kind, tags, read_as, facts, report, nic_token)
  question  written with diacritics; turns tagged 'accentless' are stripped here
  report    0-4 (R0-R4) = the report the turn is about; None for not_in_corpus
  nic_token for refuse:not_in_corpus, the distinguishing token that must be absent from all reports
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 36 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def T(q, kind, tags, read_as, facts, rep, nic=None):
    return dict(q=q, kind=kind, tags=tags, read_as=read_as, facts=facts, rep=rep, nic=nic)


A = "accentless"

CONVS = [
    # c01 R1 -> R4 (focus moves after substitution)
    [
        T("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào?", "10/1", 1),
        T("bn đại biểu?", "ellipsis", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu", 1),
        T("còn HN tổng kết năm 2024 thì bao nhiêu người dự?", "substitution", "abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, 4),
        T("ngày nào", "ellipsis", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", 4),
    ],
    # c02 R1 Cao Bằng -> R4 Quảng Trị
    [
        T("Ai dự HN tổng kết ngành NG 2022 tại điểm cầu Cao Bằng?", "new", "abbrev",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
        T("vị đó giữ chức gì?", "pronoun", "-",
          "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", 1),
        T("có những huyện nào dự", "ellipsis", "telegraphic",
          "UBND những huyện nào của Cao Bằng dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Quảng Hòa && Thạch An && Hạ Lang", 1),
        T("thế còn điểm cầu Quảng Trị năm 2024?", "substitution", "-",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
        T("ông ấy có phát biểu gì ko", "pronoun", "accentless,abbrev",
          "Phó Chủ tịch UBND tỉnh Hoàng Nam có phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2024 không?", NR, 4),
    ],
    # c03 R3
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG diễn ra ngày nào?", "new", "abbrev",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019", 3),
        T("ai chỉ đạo hội nghị đó?", "pronoun", "telegraphic",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
        T("ông ấy lúc đó giữ những chức vụ gì", "pronoun", "-",
          "Năm 2019, khi chỉ đạo hội nghị sơ kết 6 tháng đầu năm, ông Phạm Bình Minh giữ những chức vụ gì?",
          "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
        T("điểm đầu tiên ông ấy lưu ý là gì?", "pronoun", "-",
          "Điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy cảm trong tham mưu | đánh giá sâu hơn nữa", 3),
        T("trích nguyên văn câu đó", "request", "accentless",
          "Trích nguyên văn điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019.",
          "đánh giá sâu hơn nữa && nhạy cảm trong tham mưu", 3),
    ],
    # c04 R2
    [
        T("Ngày 31-1, Phó Thủ tướng nào làm việc với Bộ Ngoại giao?", "new", "-",
          "Ngày 31-1, Phó Thủ tướng nào làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2023?", "Trần Lưu Quang", 2),
        T("ở đâu", "ellipsis", "accentless,telegraphic",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
        T("ông ấy nhận định thế giới thời gian tới ra sao", "pronoun", "-",
          "Phó Thủ tướng Trần Lưu Quang nhận định thế nào về tình hình thế giới thời gian tới?",
          "biến động sâu sắc, phức tạp", 2),
        T("nói rõ hơn đi", "request", "accentless,telegraphic",
          "Nói rõ hơn nhận định của Phó Thủ tướng Trần Lưu Quang về tình hình thế giới và khu vực thời gian tới.",
          "khó khăn, thách thức && nhiều cơ hội, thuận lợi", 2),
        T("vì sao ông ấy phê bình BNG chậm đổi mới?", "pronoun", "accentless,abbrev,premise",
          "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm đổi mới tại buổi làm việc ngày 31-1?", FP, 2),
    ],
    # c05 R0 -> R1
    [
        T("BNG tổ chức hộii nghị sơ kết 6 tháng đầu năm 2023 vào ngày nào?", "new", "accentless,abbrev,typo",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", 0),
        T("phương châm là gì?", "ellipsis", "-",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", 0),
        T("tổ chức ở đâu", "ellipsis", "accentless,telegraphic",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, 0),
        T("bao nhiêu đại biểu?", "ellipsis", "telegraphic",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NR, 0),
        T("còn HN tổng kết 2022?", "substitution", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu", 1),
    ],
    # c06 R4 -> R3 (new mid)
    [
        T("When was the MFA's 2024 year-end review conference held?", "new", "english",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", 4),
        T("who attended and directed it?", "pronoun", "english,telegraphic",
          "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
        T("ông ấy nói nhiệm vụ bao trùm là gì", "pronoun", "-",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
          "vai trò tiên phong", 4),
        T("tóm tắt lại", "request", "accentless,telegraphic",
          "Tóm tắt nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2024.",
          "vai trò tiên phong && kỷ nguyên vươn mình", 4),
        T("HN sơ kết 6 tháng đầu năm 2019 nhắc tới những hiệp định nào?", "new", "accentless,abbrev",
          "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc tới những hiệp định nào?",
          "CPTPP && EVFTA", 3),
    ],
    # c07 R3
    [
        T("Năm 2019 VN thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "abbrev",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", 3),
        T("nâng tổng số ĐTCL/ĐTTD lên bao nhiêu?", "ellipsis", "abbrev,telegraphic",
          "Sau khi thiết lập Đối tác toàn diện với Brunei và Hà Lan, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam tăng lên bao nhiêu?",
          "30 quốc gia", 3),
        T("trúng cử HĐBA LHQ nhiệm kỳ nào", "ellipsis", "accentless,abbrev,telegraphic",
          "Theo báo cáo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
          "2020-2021", 3),
        T("vì sao VN phải bỏ phiếu nhiều vòng mới trúng?", "ellipsis", "accentless,abbrev,premise",
          "Vì sao Việt Nam phải qua nhiều vòng bỏ phiếu mới trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
          FP, 3),
    ],
    # c08 R1 PM
    [
        T("Tại HN tổng kết 2022, TTg Phạm Minh Chính yêu cầu ngành NG thực hiện bao nhiêu nhiệm vụ trọng tâm?", "new", "abbrev",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
          "6 nhiệm vụ trọng tâm", 1),
        T("ông ấy nhắc tới bản sắc gì", "pronoun", "-",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị phát huy bản sắc gì?", "cây tre Việt Nam", 1),
        T("trích nguyên văn", "request", "accentless,telegraphic",
          "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về bản sắc cây tre Việt Nam tại hội nghị tổng kết năm 2022.",
          "gốc vững && dĩ bất biến, ứng vạn biến", 1),
        T("còn về hợp tác và đấu tranh thì sao", "substitution", "accentless",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?",
          "đối tác, đối tượng", 1),
        T("ông ấy có phê bình ngành NG để bị động bất ngờ ko?", "pronoun", "accentless,abbrev,premise",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đã phê bình ngành Ngoại giao vì để bị động bất ngờ như thế nào?",
          FP, 1),
    ],
    # c09 R2
    [
        T("What did Minister Bui Thanh Son report to Deputy PM Tran Luu Quang on 31 January?", "new", "english",
          "Ngày 31-1, Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang nội dung gì?",
          "nhiệm vụ đối ngoại năm 2022", 2),
        T("BNG quyết tâm làm gì", "ellipsis", "abbrev",
          "Tại buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm làm gì để đáp ứng yêu cầu giai đoạn phát triển mới?",
          "tư duy và hành động", 2),
        T("còn nhiệm vụ trọng yếu, thường xuyên?", "substitution", "accentless,telegraphic",
          "Theo Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ngày 31-1, nhiệm vụ trọng yếu, thường xuyên là gì?",
          "giữ vững hòa bình, ổn định", 2),
        T("thế còn nhiệm vụ quan trọng?", "substitution", "telegraphic",
          "Theo Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ngày 31-1, nhiệm vụ quan trọng là gì?",
          "vị thế và uy tín", 2),
    ],
    # c10 R0 Minister's conclusion
    [
        T("Ai phát biểu kết luận HN sơ kết 6 tháng đầu năm 2023?", "new", "abbrev",
          "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
        T("ông ấy biểu dương điều gì", "pronoun", "-",
          "Khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương điều gì?",
          "nỗ lực không mệt mỏi", 0),
        T("ông ấy yêu cầu các đơn vị làm tốt hơn công tác gì?", "pronoun", "accentless",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
          "nghiên cứu, dự báo, tham mưu", 0),
        T("ông ấy khen thưởng bao nhiêu tập thể?", "pronoun", "accentless",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đã khen thưởng bao nhiêu tập thể?", NR, 0),
        T("nguồn nào?", "request", "telegraphic",
          "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2023 và việc khen thưởng lấy từ nguồn nào?", "TTXVN", 0),
    ],
    # c11 R3 (sidebar person as false premise) -> R1
    [
        T("PTT Lê Minh Khái phát biểu gì tại HN sơ kết 6 tháng đầu năm 2019 của BNG?", "new", "abbrev,premise",
          "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, 3),
        T("thế ai phát biểu chỉ đạo", "ellipsis", "accentless,telegraphic",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
        T("ông ấy đánh giá tình hình quốc tế nửa đầu năm thế nào?", "pronoun", "-",
          "Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 thế nào?",
          "nhanh hơn, phức tạp hơn", 3),
        T("ông nói công tác đối ngoại triển khai theo tinh thần HN nào", "pronoun", "accentless,abbrev",
          "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần hội nghị nào?",
          "Hội nghị Ngoại giao 30", 3),
        T("còn HN tổng kết 2022 thì nhìn lại kết luận tại HN NG lần thứ mấy?", "substitution", "abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 nhìn lại việc thực hiện các kết luận tại Hội nghị Ngoại giao lần thứ mấy?",
          "lần thứ 31", 1),
    ],
    # c12 R4 -> R1 -> R2
    [
        T("Ai chủ trì HN tổng kết công tác ngành NG năm 2024?", "new", "abbrev",
          "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, 4),
        T("TTg có dự ko?", "ellipsis", "accentless,abbrev,telegraphic",
          "Thủ tướng Chính phủ có dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
          "dự và chỉ đạo", 4),
        T("còn năm 2022 ai chủ trì?", "substitution", "accentless,telegraphic",
          "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
        T("thế ở buổi làm việc với PTT Trần Lưu Quang ai báo cáo?", "substitution", "abbrev",
          "Tại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1, ai báo cáo kết quả nhiệm vụ đối ngoại năm 2022?",
          "Bùi Thanh Sơn", 2),
        T("ông ấy là Ủy viên Bộ Chính trị à?", "pronoun", "premise",
          "Bộ trưởng Bùi Thanh Sơn là Ủy viên Bộ Chính trị phải không?", FP, 1),
    ],
    # c13 R1 -> R4
    [
        T("Kim ngạch XNK năm 2022 vượt mốc bao nhiêu?", "new", "abbrev",
          "Theo hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
          "700 tỷ USD", 1),
        T("con xuat khau rieng?", "substitution", "accentless,telegraphic",
          "Kim ngạch xuất khẩu riêng năm 2022 là bao nhiêu?", NR, 1),
        T("thế năm 2024 kim ngạch bn", "substitution", "accentless,abbrev,telegraphic",
          "Theo hội nghị tổng kết ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu?", NR, 4),
        T("năm đó ngoại giao kinh tế chuyển biến trong những lĩnh vực nào?", "pronoun", "-",
          "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chíp bán dẫn && trí tuệ nhân tạo", 4),
        T("nguồn nào", "request", "accentless,telegraphic",
          "Thông tin về chuyển biến của ngoại giao kinh tế năm 2024 lấy từ nguồn nào?", "Quảng Trị | Hoài Nhung", 4),
    ],
    # c14 R0 english -> R4 (new mid, focus moves)
    [
        T("What guiding motto did the MFA cite at its mid-2023 review?", "new", "english",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Ngoại giao nêu phương châm gì cho công tác đối ngoại?",
          "chủ động, thích ứng, sáng tạo", 0),
        T("and who attended?", "ellipsis", "english,telegraphic",
          "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn && Lãnh đạo Bộ Ngoại giao", 0),
        T("TTg Phạm Minh Chính phát biểu chỉ đạo gì tại HN đó?", "pronoun", "accentless,abbrev,premise",
          "Thủ tướng Phạm Minh Chính phát biểu chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP, 0),
        T("HN tổng kết năm 2024 tổ chức theo hình thức gì?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức gì?", "trực tuyến", 4),
        T("kết nối bao nhiêu điểm cầu", "ellipsis", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 kết nối với bao nhiêu điểm cầu?", NR, 4),
    ],
    # c15 R3 -> R4
    [
        T("Về xây dựng ngành, PTT Phạm Bình Minh chỉ đạo gì năm 2019?", "new", "abbrev",
          "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
          "tuyển dụng, đào tạo cán bộ", 3),
        T("con gi nua", "ellipsis", "accentless,telegraphic",
          "Ngoài tuyển dụng, đào tạo cán bộ, Phó Thủ tướng Phạm Bình Minh còn chỉ đạo gì về công tác xây dựng ngành năm 2019?",
          "bảo vệ chính trị nội bộ | kỷ cương, kỷ luật", 3),
        T("còn HN tổng kết 2024 nói gì về đội ngũ cán bộ?", "substitution", "accentless,abbrev",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 nói gì về xây dựng đội ngũ cán bộ ngoại giao?",
          "vừa hồng, vừa chuyên", 4),
        T("có nói về tinh gọn bộ máy ko", "ellipsis", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 có nói về tinh gọn tổ chức bộ máy của Bộ Ngoại giao không?",
          "tinh gọn tổ chức bộ máy", 4),
    ],
    # c16 R2 -> R1
    [
        T("Thủ tướng Phạm Minh Chính làm việc với BNG chiều 31-1 về nội dung gì?", "new", "abbrev,premise",
          "Thủ tướng Phạm Minh Chính làm việc với Bộ Ngoại giao chiều 31-1 về nội dung gì?", FP, 2),
        T("vậy ai làm việc", "ellipsis", "accentless,telegraphic",
          "Vậy ai làm việc với Bộ Ngoại giao chiều 31-1?", "Trần Lưu Quang", 2),
        T("ông ấy nhắc chỉ đạo của TBT tại hội nghị nào?", "pronoun", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang nhắc chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
          "Hội nghị đối ngoại toàn quốc && năm 2021", 2),
        T("còn BT Sơn ở HN tổng kết 2022 nhắc tới hội nghị nào?", "substitution", "abbrev",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc tới những hội nghị nào?",
          "Hội nghị đối ngoại toàn quốc && lần thứ 31", 1),
    ],
    # c17 R4
    [
        T("Mục tiêu năm 2025 BNG xác định gì?", "new", "abbrev",
          "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
          "dự báo đúng tình hình && thế chủ động chiến lược", 4),
        T("in short?", "request", "english,telegraphic",
          "Tóm tắt mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định.",
          "thế chủ động chiến lược | nâng tầm công tác đối ngoại", 4),
        T("BNG tiếp nhận chức năng của cơ quan nào", "ellipsis", "accentless,abbrev",
          "Theo hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", 4),
        T("tiếp nhận từ ngày nào?", "ellipsis", "accentless,telegraphic",
          "Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội từ ngày nào?", NR, 4),
        T("còn HN tổng kết năm 2017 TTg chỉ đạo gì?", "substitution", "abbrev,near-miss",
          "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2017, Thủ tướng chỉ đạo gì?", NIC, None, "2017"),
    ],
    # c18 R1 -> R3
    [
        T("Tại HN tổng kết 2022, Thủ tướng đề nghị bảo vệ Tổ quốc theo tinh thần nào?", "new", "abbrev",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị bảo vệ Tổ quốc theo tinh thần nào?",
          "từ sớm && từ xa", 1),
        T("trích nguyên văn", "request", "accentless,telegraphic",
          "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc từ sớm, từ xa tại hội nghị tổng kết năm 2022.",
          "khi nước chưa nguy && không để bị động bất ngờ", 1),
        T("chủ trương đối ngoại chuyển từ gì sang gì", "ellipsis", "-",
          "Theo Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022, chủ trương đối ngoại chuyển từ gì sang gì?",
          "muốn là bạn && sẵn sàng là bạn", 1),
        T("Did he say people and businesses should be at the centre?", "pronoun", "english",
          "Thủ tướng Phạm Minh Chính có nói lấy người dân, doanh nghiệp, địa phương là trung tâm phục vụ không?",
          "là trung tâm phục vụ", 1),
        T("HN sơ kết 2019 nhắc tới chỉ thị số mấy của Ban Bí thư?", "new", "accentless,abbrev",
          "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới Chỉ thị số mấy của Ban Bí thư về đối ngoại đa phương?",
          "Chỉ thị 25", 3),
    ],
    # c19 R3 -> R1
    [
        T("Which summit did Vietnam host successfully, according to the mid-2019 review?", "new", "english",
          "Theo báo cáo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
          "Mỹ - Triều", 3),
        T("ở thành phố nào?", "ellipsis", "accentless,telegraphic",
          "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được tổ chức ở thành phố nào?", NR, 3),
        T("nguồn?", "request", "accentless,telegraphic",
          "Thông tin về Hội nghị thượng đỉnh Mỹ - Triều lần 2 trong báo cáo sơ kết 2019 lấy từ nguồn nào?", "CLO", 3),
        T("HN tổng kết 2022 được kết nối với bao nhiêu điểm cầu?", "new", "accentless,abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
          "63 tỉnh, thành phố", 1),
    ],
    # c20 R0
    [
        T("HN sơ kết 6 tháng đầu 2023 đánh giá ngoại giao kinh tế thế nào?", "new", "abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?",
          "trọng tâm, trọng điểm", 0),
        T("thế còn ngoại giao đa phương?", "substitution", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?",
          "triển khai tích cực && ngoại giao song phương", 0),
        T("còn công tác người VN ở nước ngoài?", "substitution", "abbrev,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
          "cầu nối", 0),
        T("bảo hộ công dân bao nhiêu vụ?", "ellipsis", "accentless,telegraphic,paraphrase",
          "Trong 6 tháng đầu năm 2023, Bộ Ngoại giao đã bảo hộ công dân bao nhiêu vụ?", NR, 0),
    ],
    # c21 R2
    [
        T("Buổi làm việc giữa PTT Trần Lưu Quang và BNG diễn ra buổi nào?", "new", "abbrev",
          "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra vào buổi nào, ngày nào?",
          "Chiều ngày 31-1", 2),
        T("kéo dài bao lâu?", "ellipsis", "accentless,telegraphic",
          "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao ngày 31-1 kéo dài bao lâu?", NR, 2),
        T("ông ấy đánh giá caoo điều gì", "pronoun", "accentless,typo",
          "Tại buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì?",
          "thành tựu to lớn", 2),
        T("ông ấy muốn củng cố biên giới ra sao?", "pronoun", "-",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao củng cố biên giới như thế nào?",
          "hữu nghị và phát triển", 2),
    ],
    # c22 R1
    [
        T("Vì sao HN tổng kết ngành NG năm 2022 bị hoãn?", "new", "accentless,abbrev,premise",
          "Vì sao hội nghị tổng kết công tác ngành ngoại giao năm 2022 bị hoãn?", FP, 1),
        T("thực tế diễn ra sáng hay chiều, ngày nào", "ellipsis", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra vào buổi sáng hay chiều, ngày nào?", "Sáng 10/1", 1),
        T("who chaired it?", "pronoun", "english,telegraphic",
          "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
        T("ông ấy nói sự tham dự của TTg là minh chứng cho điều gì", "pronoun", "abbrev",
          "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
          "sự quan tâm đặc biệt", 1),
        T("ông ấy muốn xây dựng ngành NG thế nào?", "pronoun", "abbrev",
          "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định quyết tâm xây dựng ngành Ngoại giao như thế nào?",
          "trong sạch, vững mạnh", 1),
    ],
    # c23 R4 -> R1
    [
        T("Ai dự HN tổng kết ngành NG 2024 tại điểm cầu Đà Nẵng?", "new", "abbrev,near-miss",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Đà Nẵng?", NIC, None, "Đà Nẵng"),
        T("còn Quảng Trị?", "substitution", "accentless,telegraphic",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
        T("ông ấy là chủ tịch tỉnh à", "pronoun", "accentless,premise",
          "Ông Hoàng Nam, người dự hội nghị tại điểm cầu Quảng Trị, là Chủ tịch UBND tỉnh phải không?", FP, 4),
        T("bài này ai viết?", "request", "accentless",
          "Bài báo về hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị do ai viết?", "Hoài Nhung", 4),
        T("còn bài về HN tổng kết 2022?", "substitution", "abbrev,telegraphic",
          "Bài báo về hội nghị tổng kết công tác ngành ngoại giao năm 2022 do ai viết?", "Vi Trường", 1),
    ],
    # c24 R3
    [
        T("VN được 190 phiếu khi trúng cử HĐBA, đó là nhiệm kỳ nào?", "new", "abbrev,premise",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với 190 phiếu là nhiệm kỳ nào?", FP, 3),
        T("vậy chính xác bn phiếu", "ellipsis", "accentless,abbrev,telegraphic",
          "Chính xác Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193", 3),
        T("nói rõ hơn ý nghĩa", "request", "accentless,telegraphic",
          "Nói rõ hơn ý nghĩa của việc Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu theo báo cáo sơ kết 2019.",
          "sự tín nhiệm && bạn bè quốc tế", 3),
        T("Which free trade agreement with the EU was signed in 2019?", "new", "english",
          "Theo báo cáo hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định thương mại tự do nào với EU đã được ký kết?",
          "EVFTA", 3),
    ],
    # c25 R0
    [
        T("HN sơ kết 6 tháng đầu năm 2016 của BNG do ai kết luận?", "new", "abbrev,near-miss",
          "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2016 của Bộ Ngoại giao?", NIC, None, "2016"),
        T("còn năm 2023?", "substitution", "accentless,telegraphic",
          "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
        T("ông ấy đề nghị triển khai đường lối đối ngoại của ĐH nào", "pronoun", "abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", 0),
        T("ông ấy muốn thông tin đối ngoại ứng dụng gì?", "pronoun", "-",
          "Bộ trưởng Bùi Thanh Sơn đề nghị thông tin đối ngoại ứng dụng gì trong 6 tháng cuối năm 2023?",
          "phương thức truyền thông mới", 0),
        T("ông ấy còn muốn đẩy mạnh gì", "pronoun", "accentless",
          "Bộ trưởng Bùi Thanh Sơn còn đề nghị đẩy mạnh điều gì trong 6 tháng cuối năm 2023?", "chuyển đổi số", 0),
    ],
    # c26 R1 Cao Bằng
    [
        T("Ở HN tổng kết ngành NG 2022, ai dự tại điểm cầu Lạng Sơn?", "new", "abbrev,near-miss",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Lạng Sơn?", NIC, None, "Lạng Sơn"),
        T("thế còn Cao Bằng", "substitution", "accentless,telegraphic",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
        T("có huyện Bảo Lạc ko", "ellipsis", "abbrev,telegraphic",
          "UBND huyện Bảo Lạc có dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng không?", "Bảo Lạc", 1),
        T("còn huyện Hòa An?", "substitution", "accentless,telegraphic,near-miss",
          "UBND huyện Hòa An có dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng không?", NIC, None, "Hòa An"),
    ],
    # c27 R2 -> R4
    [
        T("Where did Deputy PM Tran Luu Quang meet the Foreign Ministry?", "new", "english",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
        T("on what date?", "ellipsis", "english,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", 2),
        T("ông ấy nói BNG cần tham mưu những gì", "pronoun", "accentless,abbrev",
          "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tham mưu cho Đảng và Nhà nước những gì?",
          "chủ trương, chính sách", 2),
        T("còn TTg ở HN tổng kết 2024 yêu cầu tham mưu gì?", "substitution", "abbrev",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao chủ động tham mưu những gì?",
          "hoàn thiện đường lối", 4),
    ],
    # c28 R3 -> R0 -> R4
    [
        T("HN sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các nước láng giềeng thế nào?", "new", "accentless,abbrev,typo",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các nước láng giềng thế nào?",
          "chiều sâu, hiệu quả, thiết thực", 3),
        T("còn biên giới, biển đảo?", "substitution", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác bảo vệ biên giới lãnh thổ, chủ quyền biển đảo thế nào?",
          "Kiên quyết, kiên trì", 3),
        T("ngoại vụ địa phương?", "substitution", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương thế nào?",
          "lấy doanh nghiệp và người dân", 3),
        T("Theo HN sơ kết 2023, đối ngoại là gì trong thành tựu chung của cả nước?", "new", "abbrev,paraphrase",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong những thành tựu chung của cả nước?",
          "một điểm sáng", 0),
        T("còn năm 2024 VN là điểm sáng về gì?", "substitution", "accentless,abbrev",
          "Theo hội nghị tổng kết năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?",
          "thương mại && thu hút đầu tư nước ngoài", 4),
    ],
    # c29 R4 -> R1
    [
        T("TTg Phạm Minh Chính nói gì về kỷ nguyên mới tại HN tổng kết 2024?", "new", "abbrev",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói gì về kỷ nguyên mới?",
          "kỷ nguyên vươn mình", 4),
        T("ông ấy nói cần huy động nguồn lực nào", "pronoun", "-",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói cần huy động những nguồn lực nào?",
          "nguồn lực bên ngoài | có tính đột phá", 4),
        T("còn ở HN tổng kết 2022 ông ấy yêu cầu mấy nhiệm vụ trọng tâm?", "substitution", "abbrev",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
          "6 nhiệm vụ trọng tâm", 1),
        T("nói rõ hơn", "request", "accentless,telegraphic",
          "Nói rõ hơn về 6 nhiệm vụ trọng tâm mà Thủ tướng Phạm Minh Chính yêu cầu tại hội nghị tổng kết năm 2022.",
          "đối sách linh hoạt | cây tre Việt Nam", 1),
        T("PTT Trần Lưu Quang phát biểu gì ở HN đó?", "pronoun", "accentless,abbrev,premise",
          "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2022?", FP, 1),
    ],
    # c30 R0 -> R3
    [
        T("How did the mid-2023 review assess the world situation?", "new", "english",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?",
          "diễn biến nhanh, phức tạp", 0),
        T("còn nửa đầu năm 2019?", "substitution", "accentless,telegraphic",
          "Tình hình quốc tế nửa đầu năm 2019 được đánh giá thế nào tại hội nghị sơ kết 6 tháng đầu năm 2019?",
          "nhanh hơn, phức tạp hơn", 3),
        T("ai nhận định vậy", "ellipsis", "accentless,telegraphic",
          "Ai nhận định tình hình quốc tế nửa đầu năm 2019 diễn biến nhanh hơn, phức tạp hơn?", "Phạm Bình Minh", 3),
        T("thế còn năm 2015?", "substitution", "accentless,telegraphic,near-miss",
          "Tình hình quốc tế nửa đầu năm 2015 được đánh giá thế nào tại hội nghị sơ kết của Bộ Ngoại giao?", NIC, None, "2015"),
    ],
    # c31 R2
    [
        T("Buổi làm việc của PTT Trần Lưu Quang tại Văn phòng Chính phủ ngày 31-1 có ai dự?", "new", "abbrev,premise",
          "Ai dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao tại Văn phòng Chính phủ ngày 31-1?", FP, 2),
        T("vậy ở đâu", "ellipsis", "accentless,telegraphic",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
        T("vị Bộ trưởng đó báo cáo gì", "pronoun", "-",
          "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ngày 31-1?",
          "nhiệm vụ đối ngoại năm 2022", 2),
        T("ông ấy nói tinh thần phục vụ trước hết là phụng sự ai?", "pronoun", "-",
          "Bộ trưởng Bùi Thanh Sơn nói tinh thần phục vụ của Bộ Ngoại giao trước hết là phụng sự ai?",
          "phụng sự Đảng, nhà nước", 2),
    ],
    # c32 R3
    [
        T("Năm 2019, Thủ tướng Phạm Bình Minh chỉ đạo gì tại HN sơ kết của BNG?", "new", "abbrev,premise",
          "Năm 2019, Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm của Bộ Ngoại giao?", FP, 3),
        T("vậy ông ấy giữ chức gì", "pronoun", "accentless,telegraphic",
          "Năm 2019, ông Phạm Bình Minh giữ chức vụ gì?", "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
        T("ông ấy yêu cầu tăng cường gì?", "pronoun", "-",
          "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu tăng cường điều gì?",
          "sự phối hợp", 3),
        T("thứ ba là gì?", "ellipsis", "accentless,telegraphic",
          "Điểm cần lưu tâm thứ ba mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy bén hơn nữa", 3),
    ],
    # c33 R4
    [
        T("Bộ trưởng Ngoại giao phát biểu gì tại HN tổng kết 2024?", "new", "abbrev",
          "Bộ trưởng Ngoại giao phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, 4),
        T("vậy ai kết luận HN đó", "pronoun", "accentless,abbrev,telegraphic",
          "Ai kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
        T("ông ấy nhắc tổng kết nghị quyếtt nào?", "pronoun", "accentless,typo",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?",
          "Nghị quyết 18", 4),
        T("nghị quyết đó của ai", "pronoun", "accentless,telegraphic",
          "Nghị quyết 18 được nhắc tại hội nghị tổng kết năm 2024 là nghị quyết của cơ quan nào?", "BCH Trung ương", 4),
        T("ban hành năm nào?", "ellipsis", "accentless,telegraphic",
          "Nghị quyết 18 của Ban Chấp hành Trung ương được ban hành năm nào?", NR, 4),
    ],
    # c34 R1 english -> R2
    [
        T("How many delegates attended the MFA's 2022 year-end review?", "new", "english",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu", 1),
        T("and how many provinces were connected?", "ellipsis", "english,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
          "63 tỉnh, thành phố", 1),
        T("ai chủ trì HN đó", "pronoun", "accentless,abbrev,telegraphic",
          "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
        T("ông ấy nói HN nhìn lại việc thực hiện kết luận của ai?", "pronoun", "accentless,abbrev",
          "Bộ trưởng Bùi Thanh Sơn nói hội nghị tổng kết năm 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc?",
          "Nguyễn Phú Trọng", 1),
        T("Buổi làm việc ngày 31-1 nhắc HN đối ngoại toàn quốc năm nào?", "new", "abbrev",
          "Tại buổi làm việc ngày 31-1 với Phó Thủ tướng Trần Lưu Quang, Hội nghị đối ngoại toàn quốc được nhắc tới là năm nào?",
          "năm 2021", 2),
    ],
    # c35 R3 -> R0 -> not in corpus
    [
        T("Theo HN sơ kết 2019, đối ngoại triển khai theo tinh thần những hội nghị nào?", "new", "abbrev",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?",
          "Hội nghị Ngoại giao 30 && năm 2018", 3),
        T("góp phần thực hiện đường lối của ĐH nào?", "ellipsis", "accentless,abbrev",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, cán bộ Bộ Ngoại giao góp phần thực hiện đường lối đối ngoại của Đại hội nào?",
          "Đại hội XII", 3),
        T("còn năm 2023?", "substitution", "accentless,telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", 0),
        T("Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", "new", "near-miss",
          "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NIC, None, "32"),
    ],
    # c36 R0 -> R3
    [
        T("HN sơ kết 6 tháng đầu 2023 nhận xét gì về công tác chỉ đạo điều hành?", "new", "abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 nhận xét gì về công tác chỉ đạo điều hành của ngành?",
          "đi vào nề nếp", 0),
        T("còn tổ chức cán bộ?", "substitution", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 nhận xét gì về công tác tổ chức cán bộ?", "bài bản hiệu quả", 0),
        T("BT chỉ đạo xây dựng đội ngũ cán bộ thế nào", "ellipsis", "accentless,abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo xây dựng đội ngũ cán bộ như thế nào?",
          "chuyên nghiệp, hiện đại", 0),
        T("còn PTT Phạm Bình Minh năm 2019?", "substitution", "abbrev,telegraphic",
          "Năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác cán bộ tại hội nghị sơ kết 6 tháng đầu năm?",
          "tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật", 3),
        T("tuyển bao nhiêu cán bộ?", "ellipsis", "accentless,telegraphic",
          "Năm 2019, Bộ Ngoại giao tuyển dụng bao nhiêu cán bộ?", NR, 3),
    ],
    # c37 R1
    [
        T("Năm 2022, theo BT Bùi Thanh Sơn, đối ngoại phối hợp với ai xử lý vấn đề biên giới lãnh thổ?", "new", "abbrev",
          "Theo Bộ trưởng Bùi Thanh Sơn tại hội nghị tổng kết năm 2022, công tác đối ngoại phối hợp chặt chẽ với những lực lượng nào để xử lý vấn đề biên giới lãnh thổ?",
          "quốc phòng, an ninh", 1),
        T("đạt kết quả gì về phân định", "ellipsis", "accentless,telegraphic",
          "Năm 2022, công tác đối ngoại đạt kết quả gì về phân định, giải quyết các vấn đề biên giới?",
          "trên biển, trên bộ", 1),
        T("phân định với nước nào?", "ellipsis", "accentless,telegraphic",
          "Năm 2022, Việt Nam đạt kết quả phân định biên giới trên biển, trên bộ với những nước nào?", NR, 1),
        T("ông ấy nói đối ngoại đa phương đã làm được gì", "pronoun", "-",
          "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 đã làm được gì?",
          "đóng góp có trách nhiệm", 1),
        T("ở HN đó có điểm cầu Kiên Giang ko, ai dự?", "pronoun", "accentless,abbrev,near-miss",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Kiên Giang?", NIC, None, "Kiên Giang"),
    ],
    # c38 R2 -> R4
    [
        T("PTT Trần Lưu Quang yêu cầu BNG bám sát đường lối đối ngoại của ĐH nào?", "new", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", 2),
        T("what programme should the ministry focus on?", "ellipsis", "english,paraphrase",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
          "chương trình đối ngoại cấp cao", 2),
        T("ông ấy đề nghị giảm tham gia diễn đàn đa phương đúng ko", "pronoun", "accentless,abbrev,premise",
          "Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao giảm tham gia các diễn đàn đa phương phải không?", FP, 2),
        T("ông ấy đề nghị tranh thủ những gì?", "pronoun", "accentless",
          "Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao tranh thủ tối đa những gì?",
          "nguồn lực bên ngoài && các hiệp định, thỏa thuận", 2),
        T("còn TTg năm 2024?", "substitution", "accentless,abbrev,telegraphic",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính đề nghị tranh thủ hiệu quả những gì?",
          "cam kết, thỏa thuận", 4),
    ],
    # c39 R4 -> R1
    [
        T("Which fields did economic diplomacy transform in 2024?", "new", "english",
          "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chuyển đổi xanh && chuyển đổi số", 4),
        T("and what did that contribute to?", "ellipsis", "english,telegraphic",
          "Chuyển biến của ngoại giao kinh tế năm 2024 đóng góp vào điều gì?", "nhóm nước tăng trưởng cao", 4),
        T("còn XNK năm 2022?", "substitution", "accentless,abbrev,telegraphic",
          "Kim ngạch xuất nhập khẩu năm 2022 đạt mức nào theo hội nghị tổng kết năm 2022?", "700 tỷ USD", 1),
        T("ai chủ trì", "ellipsis", "accentless,telegraphic",
          "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
    ],
    # c40 R3
    [
        T("Thứ trưởng Nguyễn Quốc Dũng phát biểu gì tại HN sơ kết 2019?", "new", "abbrev,near-miss",
          "Thứ trưởng Nguyễn Quốc Dũng phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", NIC, None, "Nguyễn Quốc Dũng"),
        T("thế còn PTT Phạm Bình Minh?", "substitution", "abbrev,telegraphic",
          "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
          "nhạy cảm trong tham mưu | tăng cường sự phối hợp | nhanh hơn, phức tạp hơn", 3),
        T("trích nguyên văn tiêu đề bài", "request", "accentless,telegraphic",
          "Trích nguyên văn tiêu đề bài báo về chỉ đạo của Phó Thủ tướng Phạm Bình Minh tại hội nghị sơ kết 2019.",
          "nhạy cảm trong tham mưu && xử lý tình huống", 3),
        T("bài đăng lúc mấy giờ?", "ellipsis", "accentless,telegraphic",
          "Bài báo về hội nghị sơ kết 6 tháng đầu năm 2019 được đăng lúc mấy giờ?", "19:00", 3),
        T("còn HN sơ kết năm 2014 thì ai chỉ đạo?", "substitution", "accentless,abbrev,near-miss",
          "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2014 của Bộ Ngoại giao?", NIC, None, "2014"),
    ],
    # c41 R0
    [
        T("HN sơ kết 6 tháng đầu năm 2023 bị lùi sang 5/7 vì sao?", "new", "abbrev,premise",
          "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị lùi sang ngày 5/7?", FP, 0),
        T("ai tham dự", "ellipsis", "accentless,telegraphic",
          "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao ngày 5/7?", "Bùi Thanh Sơn", 0),
        T("ông ấy trao tặng gì?", "pronoun", "-",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao tặng gì?", "danh hiệu && khen thưởng", 0),
        T("cho ai", "ellipsis", "accentless,telegraphic",
          "Bộ trưởng Bùi Thanh Sơn trao tặng danh hiệu, khen thưởng cho ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          "các tập thể và cá nhân", 0),
        T("tên những cá nhân đó?", "pronoun", "accentless,telegraphic",
          "Những cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 tên là gì?", NR, 0),
    ],
    # c42 R1 -> R4
    [
        T("What bamboo image did PM Pham Minh Chinh use at the 2022 review?", "new", "english",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nêu hình ảnh cây tre nào?", "cây tre Việt Nam", 1),
        T("quote it exactly", "request", "english,telegraphic",
          "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về bản sắc cây tre Việt Nam.",
          "gốc vững && kiên định độc lập, tự chủ", 1),
        T("còn ở HN tổng kết 2024 ông ấy nói nhiệm vụ bao trùm là gì?", "substitution", "accentless,abbrev",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại là gì?",
          "vai trò tiên phong", 4),
        T("ở HN 2022 ông ấy có nói XNK vượt 800 tỷ USD ko", "pronoun", "accentless,abbrev,near-miss",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính có nói kim ngạch xuất nhập khẩu vượt 800 tỷ USD không?", NIC, None, "800"),
    ],
    # c43 R2 -> R0 -> R4
    [
        T("Bộ trưởng Sơn nói BNG cần đổi mới phong cách làm việc theo hướng nào?", "new", "abbrev",
          "Tại buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao cần đổi mới phong cách, lề lối làm việc theo hướng nào?",
          "chuyên nghiệp, hiện đại", 2),
        T("con ky cuong?", "substitution", "accentless,telegraphic",
          "Tại buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn nói gì về kỷ cương?", "kỷ cương hành chính", 2),
        T("có nhắc chuyển đổi số ko", "ellipsis", "accentless,abbrev,telegraphic",
          "Tại buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn có nhắc tới chuyển đổi số không?", "chuyển đổi số", 2),
        T("còn HN sơ kết 2023?", "substitution", "accentless,abbrev,telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng có nhắc tới chuyển đổi số không?", "đẩy mạnh chuyển đổi số", 0),
        T("HN tổng kết 2024 có nhắc đối ngoại Nhân dân ko?", "new", "abbrev",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 có nhắc tới đối ngoại Nhân dân không?", "đối ngoại Nhân dân", 4),
    ],
    # c44 R4 -> R3
    [
        T("HN tổng kết ngành NG 2024 diễn ra sáng hay chiều?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra vào buổi sáng hay chiều?", "Sáng nay 6/1", 4),
        T("was it held online?", "ellipsis", "english,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có được tổ chức trực tuyến không?", "trực tuyến", 4),
        T("PTT Trần Lưu Quang chủ trì HN đó thế nào?", "pronoun", "accentless,abbrev,premise",
          "Phó Thủ tướng Trần Lưu Quang chủ trì hội nghị tổng kết ngành ngoại giao năm 2024 như thế nào?", FP, 4),
        T("thế còn HN sơ kết 2019 ai chỉ đạo?", "substitution", "accentless,abbrev",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
    ],
    # c45 R0 -> R1
    [
        T("HN sơ kết 2023 đánh giá quan hệ với các đối tác 6 tháng đầu năm thế nào?", "new", "accentless,abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác trong 6 tháng đầu năm thế nào?",
          "bước phát triển mới && chiều sâu", 0),
        T("which news agency is this from?", "request", "english",
          "Thông tin về đánh giá quan hệ đối tác tại Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ hãng tin nào?", "TTXVN", 0),
        T("còn HN tổng kết 2022, BT Sơn nói ngành NG cần đổi mới gì?", "substitution", "accentless,abbrev",
          "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao cần đổi mới mạnh mẽ điều gì?",
          "tư duy và hành động", 1),
        T("tin đó ai viết", "request", "accentless,telegraphic",
          "Bài về hội nghị tổng kết năm 2022 nêu ý kiến của Bộ trưởng Bùi Thanh Sơn do ai viết?", "Vi Trường", 1),
        T("nguyên TTg Nguyễn Xuân Phúc có dự HN đó ko?", "pronoun", "abbrev,near-miss",
          "Nguyên Thủ tướng Nguyễn Xuân Phúc có dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", NIC, None, "Nguyễn Xuân Phúc"),
    ],
    # c46 R3
    [
        T("VN thiết lập Đối tác toàn diện với Singapore năm 2019 phải ko?", "new", "abbrev,near-miss",
          "Theo báo cáo sơ kết 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với Singapore phải không?", NIC, None, "Singapore"),
        T("vậy với nước nào?", "ellipsis", "accentless,telegraphic",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", 3),
        T("còn số đối tác chiến lược riêng thì bao nhiêu?", "substitution", "accentless",
          "Riêng số Đối tác chiến lược của Việt Nam năm 2019 là bao nhiêu?", NR, 3),
        T("HN sơ kết 2019 nói Hiệp định CPTPP đang ở giai đoạn nào?", "new", "abbrev",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP đang ở giai đoạn nào?",
          "chính thức được triển khai", 3),
    ],
    # c47 R2
    [
        T("PTT Lê Văn Thành làm việc với BNG ngày 31-1 nói gì?", "new", "abbrev,near-miss",
          "Phó Thủ tướng Lê Văn Thành nói gì khi làm việc với Bộ Ngoại giao ngày 31-1?", NIC, None, "Lê Văn Thành"),
        T("à nhầm, PTT Trần Lưu Quang", "substitution", "abbrev,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang nói gì khi làm việc với Bộ Ngoại giao ngày 31-1?",
          "thành tựu to lớn | biến động sâu sắc, phức tạp | nhiệm vụ trung tâm", 2),
        T("ông ấy nhắc chỉ đạo của TBT nào", "pronoun", "accentless,abbrev",
          "Phó Thủ tướng Trần Lưu Quang nhắc tới chỉ đạo của Tổng Bí thư nào?", "Nguyễn Phú Trọng", 2),
        T("TBT chỉ đạo cụ thể gì tại HN đó?", "pronoun", "accentless,abbrev",
          "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo cụ thể những gì tại Hội nghị đối ngoại toàn quốc năm 2021?", NR, 2),
        T("Ai dự HN tổng kết ngành NG 2022 tại điểm cầu Lào Cai?", "new", "abbrev,near-miss",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Lào Cai?", NIC, None, "Lào Cai"),
    ],
    # c48 R1 -> R2 -> R4
    [
        T("HN tong ket nganhh NG nam 2022 co TTg du ko?", "new", "accentless,abbrev,typo",
          "Thủ tướng có dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", "Phạm Minh Chính", 1),
        T("ông ấy giữ những chức vụ gì?", "pronoun", "-",
          "Đồng chí Phạm Minh Chính, người dự hội nghị tổng kết năm 2022, giữ những chức vụ gì?",
          "Ủy viên Bộ Chính trị && Thủ tướng Chính phủ", 1),
        T("ông ấy yêu cầu bám sát tinh thần gì", "pronoun", "accentless",
          "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bám sát tinh thần gì?",
          "là trung tâm phục vụ", 1),
        T("còn PTT Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?", "substitution", "accentless,abbrev",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của công tác đối ngoại là gì?",
          "phục vụ phát triển đất nước", 2),
        T("Did the 2024 review mention Resolution 18?", "new", "english",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 có nhắc tới Nghị quyết 18 không?", "Nghị quyết 18", 4),
    ],
]


def build():
    rows = []
    for i, conv in enumerate(CONVS, 1):
        cid = "c%02d" % i
        for t in conv:
            q = t["q"]
            tags = t["tags"]
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            rows.append((cid, q, t["kind"], tags, t["read_as"], t["facts"]))
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            for c in r:
                if "\t" in c or "\n" in c:
                    sys.exit("bad cell: %r" % c)
            f.write("\t".join(r) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(rows), len(CONVS), OUT))


if __name__ == "__main__":
    main()
