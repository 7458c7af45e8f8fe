#!/usr/bin/env python3
"""Build the blind conversation set 22 (conversations.tsv).

Every turn records the report it is based on (R0..R4, or None when the
question is about something no report has).  Sources: only the five texts in
given/.  Questions flagged A are written with diacritics here and stripped by
the script (d for đ), which also adds the `accentless` tag.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REPORTS = {
    "R0": "000_47e75d3c86d27e21.txt",  # sơ kết 6 tháng đầu năm 2023 (5/7/2023)
    "R1": "001_8430b1541a21d71d.txt",  # tổng kết công tác ngoại giao năm 2022 (10/1/2023)
    "R2": "002_0e1cf19fdeddcf6d.txt",  # PTT Trần Lưu Quang làm việc với BNG (31/1/2023)
    "R3": "003_60cdc4bfe3deff94.txt",  # sơ kết 6 tháng đầu năm 2019 (22/7/2019)
    "R4": "004_771f5d769968830d.txt",  # tổng kết công tác ngoại giao năm 2024 (6/1/2025)
}

HEADER = [
    "# Blind conversation set 22 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
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


def T(q, kind, tags, read_as, facts, rep, a=False):
    return dict(q=q, kind=kind, tags=tags, read_as=read_as, facts=facts, rep=rep, a=a)


A = True
SK23 = "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao"
SK19 = "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao"
TK22 = "hội nghị tổng kết công tác ngành ngoại giao năm 2022"
TK24 = "hội nghị tổng kết công tác ngành ngoại giao năm 2024"
PTT = "buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1-2023"

CONVS = [
    # c01
    [
        T("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-",
          f"{SK23} diễn ra ngày nào?", "5/7", "R0"),
        T("ai kết luận hội nghị?", "ellipsis", "telegraphic",
          f"Ai phát biểu kết luận {SK23}?", "Bùi Thanh Sơn", "R0", A),
        T("ông ấy biểu dương ai?", "pronoun", "-",
          f"Bộ trưởng Bùi Thanh Sơn biểu dương ai tại {SK23}?", "công chức, viên chức | người lao động", "R0", A),
        T("có bao nhiêu người tham dự?", "ellipsis", "-",
          f"Có bao nhiêu người tham dự {SK23}?", NR, "R0", A),
        T("còn năm 2019 thì ai phát biểu chỉ đạo?", "substitution", "near-miss",
          f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh", "R3"),
    ],
    # c02
    [
        T("Thủ tướng có dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", "new", "-",
          f"Thủ tướng có dự {TK22} không?", "Phạm Minh Chính", "R1"),
        T("bao nhiêu đại biểu?", "ellipsis", "telegraphic",
          f"Có bao nhiêu đại biểu dự {TK22}?", "hơn 700 đại biểu", "R1", A),
        T("kết nối với mấy điểm cầu?", "ellipsis", "-",
          f"{TK22} được kết nối với bao nhiêu điểm cầu?", "63 tỉnh", "R1"),
        T("ai chủ trì?", "ellipsis", "telegraphic",
          f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn", "R1", A),
        T("thế còn năm 2024?", "substitution", "telegraphic",
          f"Ai chủ trì {TK24}?", NR, "R4", A),
    ],
    # c03
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "new", "-",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "31-1", "R2"),
        T("ở đâu?", "ellipsis", "telegraphic",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao", "R2", A),
        T("ông ấy đánh giá thế nào về ngành ngoại giao?", "pronoun", "-",
          "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về ngành ngoại giao?", "thành tựu to lớn", "R2"),
        T("ông ấy phê bình BNG những điểm nào?", "pronoun", "premise,abbrev",
          "Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao những điểm nào?", FP, "R2"),
        T("nguồn bài này ở đâu?", "request", "-",
          f"Bài viết về {PTT} lấy từ nguồn nào?", "VGP", "R2", A),
    ],
    # c04
    [
        T("Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "-",
          f"Theo {SK19}, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan", "R3"),
        T("tổng số đối tác chiến lược và toàn diện lên bao nhiêu?", "ellipsis", "-",
          f"Theo {SK19}, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam lên bao nhiêu?", "30 quốc gia", "R3", A),
        T("VN trúng cử HĐBA với bao nhiêu phiếu?", "ellipsis", "abbrev",
          f"Theo {SK19}, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193", "R3"),
        T("nhiệm kỳ nào?", "ellipsis", "telegraphic",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", "R3", A),
        T("còn năm 2023 thì có thêm đối tác toàn diện nào?", "substitution", "-",
          f"Theo {SK23}, Việt Nam thiết lập thêm quan hệ Đối tác toàn diện với nước nào?", NR, "R0"),
    ],
    # c05
    [
        T("Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức ngày nào?", "new", "-",
          f"{TK24} được tổ chức ngày nào?", "6/1", "R4"),
        T("ai dự ở điểm cầu Quảng Trị?", "ellipsis", "-",
          f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4", A),
        T("ông ấy giữ chức vụ gì?", "pronoun", "-",
          "Ông Hoàng Nam, người dự hội nghị tổng kết ngoại giao năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh", "R4", A),
        T("ông ấy có phát biểu gì tại hội nghị không?", "pronoun", "-",
          f"Ông Hoàng Nam có phát biểu gì tại {TK24} không?", NR, "R4"),
        T("Thủ tướng nói nhiệm vụ bao trùm là gì?", "ellipsis", "paraphrase",
          f"Tại {TK24}, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại là gì?", "kỷ nguyên vươn mình | tăng tốc, bứt phá", "R4"),
    ],
    # c06
    [
        T("Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì ở hội nghị tổng kết ngoại giao năm 2022?", "new", "-",
          f"Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì ở {TK22}?", "cây tre Việt Nam", "R1"),
        T("trích nguyên văn phương châm ông ấy nêu", "request", "-",
          f"Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại {TK22}.", "dĩ bất biến, ứng vạn biến", "R1"),
        T("thủ tướng yêu cầu mấy nhiệm vụ trọng tâm?", "ellipsis", "-",
          f"Tại {TK22}, Thủ tướng yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", "6 nhiệm vụ trọng tâm", "R1", A),
        T("liệt kê đủ 6 nhiệm vụ đó", "request", "-",
          f"Liệt kê đầy đủ 6 nhiệm vụ trọng tâm Thủ tướng giao cho ngành Ngoại giao tại {TK22}.", NR, "R1"),
        T("kim ngạch xuất nhập khẩu năm đó đạt bao nhiêu?", "pronoun", "-",
          "Kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu theo hội nghị tổng kết ngoại giao năm 2022?", "700 tỷ USD", "R1", A),
    ],
    # c07
    [
        T("Phạm Bình Minh giữ chức vụ gì khi dự hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new", "-",
          f"Ông Phạm Bình Minh giữ chức vụ gì khi dự {SK19}?", "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3"),
        T("ông ấy lưu ý điểm thứ nhất là gì?", "pronoun", "-",
          f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ nhất là gì?", "nhạy cảm trong tham mưu", "R3", A),
        T("còn điểm thứ hai?", "substitution", "telegraphic",
          f"Tại {SK19}, điểm thứ hai Phó Thủ tướng Phạm Bình Minh lưu ý là gì?", "tăng cường sự phối hợp", "R3", A),
        T("thứ ba?", "substitution", "telegraphic",
          f"Tại {SK19}, điểm thứ ba Phó Thủ tướng Phạm Bình Minh lưu ý là gì?", "nhu cầu, ưu tiên phát triển", "R3", A),
        T("về xây dựng ngành ông ấy chỉ đạo gì?", "pronoun", "-",
          f"Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại {SK19}?", "tuyển dụng | bảo vệ chính trị nội bộ", "R3"),
        T("ông ấy có nhắc hội nghị nào trước đó không?", "pronoun", "-",
          f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh nhắc đến tinh thần của hội nghị nào trước đó?", "Hội nghị Ngoại giao 30", "R3", A),
    ],
    # c08
    [
        T("BNG tổ chức HN sơ kết 6 tháng đầu năm 2023 với phương châm gì?", "new", "abbrev",
          f"{SK23} đánh giá công tác đối ngoại được triển khai với phương châm gì?", "chủ động, thích ứng, sáng tạo", "R0"),
        T("đối ngoại được ví như gì?", "ellipsis", "paraphrase",
          f"Theo {SK23}, đối ngoại được đánh giá là gì trong thành tựu chung của cả nước?", "điểm sáng", "R0", A),
        T("Bộ trưởng đề nghị ứng dụng gì trong thông tin đối ngoại?", "ellipsis", "-",
          f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị ứng dụng gì trong thông tin đối ngoại?", "phương thức truyền thông mới", "R0"),
        T("Hội nghị tổng kết năm 2024 đề cập việc tiếp nhận chức năng của cơ quan nào?", "new", "-",
          f"{TK24} đề cập việc Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của cơ quan nào?", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
        T("sau đó bộ máy BNG phải làm gì?", "ellipsis", "abbrev",
          "Sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội, bộ máy Bộ Ngoại giao phải làm gì?", "tinh gọn tổ chức bộ máy", "R4", A),
    ],
    # c09
    [
        T("Hội nghị tổng kết công tác ngoại giao năm 2023 có những ai tham dự?", "new", "near-miss",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2023 có những ai tham dự?", NC, None),
        T("thế còn năm 2022?", "substitution", "telegraphic",
          f"Những ai tham dự {TK22}?", "Phạm Minh Chính", "R1", A),
        T("ở Cao Bằng ai dự?", "ellipsis", "-",
          f"Ai dự {TK22} tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "R1"),
        T("người đó giữ chức gì?", "pronoun", "-",
          "Ông/bà Nguyễn Bích Ngọc, người dự hội nghị tại điểm cầu Cao Bằng, giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", "R1", A),
        T("những huyện nào dự ở điểm cầu đó?", "pronoun", "-",
          f"UBND những huyện nào dự {TK22} tại điểm cầu Cao Bằng?", "Thạch An && Hạ Lang", "R1", A),
    ],
    # c10
    [
        T("Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "new", "-",
          f"Tại {PTT}, Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "nhiệm vụ đối ngoại năm 2022", "R2"),
        T("BNG xác định nhiệm vụ trung tâm là gì?", "ellipsis", "abbrev",
          f"Tại {PTT}, Bộ Ngoại giao xác định nhiệm vụ trung tâm là gì?", "phục vụ phát triển đất nước", "R2"),
        T("PTT nói nhiệm vụ trọng yếu, thường xuyên là gì?", "ellipsis", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?", "giữ vững hòa bình, ổn định", "R2", A),
        T("còn nhiệm vụ quan trọng?", "substitution", "telegraphic",
          "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ quan trọng của Bộ Ngoại giao là gì?", "vị thế và uy tín", "R2", A),
        T("buổi làm việc kéo dài bao lâu?", "ellipsis", "-",
          f"{PTT} kéo dài bao lâu?", NR, "R2"),
        T("những ai tham dự?", "ellipsis", "-",
          f"Những ai tham dự {PTT}?", "Văn phòng Chính phủ && Bùi Thanh Sơn", "R2", A),
    ],
    # c11
    [
        T("Who chaired the Ministry of Foreign Affairs' 2022 year-end review conference?", "new", "english",
          f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn", "R1"),
        T("how many delegates attended?", "ellipsis", "english",
          f"Có bao nhiêu đại biểu dự {TK22}?", "hơn 700 đại biểu", "R1"),
        T("which saying did the PM use about protecting the country early?", "ellipsis", "english,paraphrase",
          f"Tại {TK22}, Thủ tướng dùng câu nói nào về bảo vệ Tổ quốc từ sớm?", "từ khi nước chưa nguy", "R1"),
        T("why was it postponed?", "pronoun", "english,premise",
          f"Vì sao {TK22} bị hoãn?", FP, "R1"),
    ],
    # c12
    [
        T("Ở hôi nghị tổng kêt ngoại giao 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ thế nào?", "new", "typo",
          f"Tại {TK24}, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "vừa hồng, vừa chuyên", "R4"),
        T("nói rõ hơn", "request", "telegraphic",
          f"Nói rõ hơn yêu cầu của Thủ tướng về đội ngũ cán bộ ngoại giao tại {TK24}.", "tinh thông về nghiệp vụ | khôn khéo về ứng xử", "R4", A),
        T("còn nghị quyết nào được nhắc tổng kết?", "substitution", "-",
          f"Tại {TK24}, nghị quyết nào được nhắc cần tổng kết?", "Nghị quyết 18", "R4"),
        T("năm 2025 BNG xác định mục tiêu gì?", "ellipsis", "abbrev",
          f"Theo {TK24}, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?", "thế chủ động chiến lược | nhạy bén phát hiện", "R4", A),
        T("hội nghị này có bao nhiêu đại biểu?", "pronoun", "-",
          f"{TK24} có bao nhiêu đại biểu tham dự?", NR, "R4"),
    ],
    # c13
    [
        T("Hội nghị sơ kết 2019 của Bộ Ngoại giao nêu những hiệp định nào?", "new", "-",
          f"{SK19} nêu những hiệp định nào?", "CPTPP && EVFTA", "R3"),
        T("Việt Nam tổ chức thành công sự kiện gì?", "ellipsis", "-",
          f"Theo {SK19}, Việt Nam đã tổ chức thành công sự kiện gì?", "Mỹ - Triều lần 2", "R3", A),
        T("chỉ thị nào được nhắc?", "ellipsis", "telegraphic",
          f"{SK19} nhắc đến chỉ thị nào về đối ngoại đa phương?", "Chỉ thị 25", "R3", A),
        T("chỉ thị đó của cơ quan nào?", "pronoun", "-",
          "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?", "Ban Bí thư", "R3"),
        T("Phạm Bình Minh chỉ trích đơn vị nào làm chưa tốt?", "ellipsis", "premise",
          f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh chỉ trích đơn vị nào làm chưa tốt?", FP, "R3", A),
    ],
    # c14
    [
        T("Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", "new", "premise",
          f"Vì sao {SK23} bị hoãn?", FP, "R0"),
        T("thế nó diễn ra ngày nào?", "pronoun", "-",
          f"{SK23} diễn ra ngày nào?", "5/7", "R0", A),
        T("ai tham dựu?", "ellipsis", "typo,telegraphic",
          f"Ai tham dự {SK23}?", "Bùi Thanh Sơn", "R0", A),
        T("có trao khen thưởng không?", "ellipsis", "-",
          f"Tại {SK23} có trao khen thưởng không?", "trao tặng các danh hiệu", "R0"),
        T("bao nhiêu tập thể được khen?", "ellipsis", "-",
          f"Có bao nhiêu tập thể được khen thưởng tại {SK23}?", NR, "R0", A),
    ],
    # c15
    [
        T("Ở hội nghị tổng kết ngoại giao 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận của hội nghị nào?", "new", "-",
          f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc | Ngoại giao lần thứ 31", "R1"),
        T("Hội nghị Ngoại giao lần thứ 32 thì sao?", "substitution", "near-miss",
          "Hội nghị Ngoại giao lần thứ 32 đã diễn ra thế nào?", NC, None, A),
        T("PTT Trần Lưu Quang đến BNG làm việc về nội dung gì?", "new", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang đến Bộ Ngoại giao làm việc về nội dung gì?", "đối ngoại trong năm 2023", "R2", A),
        T("ông ấy nhắc chỉ đạo của ai?", "pronoun", "-",
          "Phó Thủ tướng Trần Lưu Quang nhắc Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng", "R2", A),
        T("tại hội nghị nào?", "ellipsis", "telegraphic",
          "Chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng mà Phó Thủ tướng Trần Lưu Quang nhắc được đưa ra tại hội nghị nào?", "đối ngoại toàn quốc năm 2021", "R2", A),
    ],
    # c16
    [
        T("Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào theo hội nghị tổng kết?", "new", "-",
          f"Theo {TK24}, năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "chíp bán dẫn | trí tuệ nhân tạo", "R4"),
        T("Việt Nam là điểm sáng về gì?", "ellipsis", "-",
          f"Theo {TK24}, Việt Nam là điểm sáng về lĩnh vực gì?", "điểm sáng về thương mại | thu hút đầu tư nước ngoài", "R4", A),
        T("kim ngạch xuất khẩu năm đó bao nhiêu?", "pronoun", "-",
          f"Theo {TK24}, kim ngạch xuất khẩu năm 2024 là bao nhiêu?", NR, "R4"),
        T("còn năm 2022?", "substitution", "telegraphic",
          "Theo hội nghị tổng kết ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?", "700 tỷ USD", "R1", A),
        T("hội nghị đó tổ chức theo hình thức nào?", "pronoun", "-",
          f"{TK22} được tổ chức theo hình thức nào?", "trực tuyến", "R1", A),
    ],
    # c17
    [
        T("Thứ trưởng Ngoại giao Đỗ Hùng Việt phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "-",
          f"Thứ trưởng Ngoại giao Đỗ Hùng Việt phát biểu gì tại {SK23}?", NC, None),
        T("vậy Bộ trưởng thì sao?", "substitution", "-",
          f"Bộ trưởng Bùi Thanh Sơn phát biểu gì tại {SK23}?", "nghiên cứu, dự báo, tham mưu | đối ngoại của Đại hội XIII", "R0", A),
        T("ông ấy yêu cầu gì về chủ quyền?", "pronoun", "-",
          f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn yêu cầu gì về bảo vệ chủ quyền?", "kiên quyết, kiên trì đấu tranh", "R0", A),
        T("tóm tắt lại", "request", "telegraphic",
          f"Tóm tắt lại các đề nghị của Bộ trưởng Bùi Thanh Sơn tại {SK23}.", "chuyển đổi số && ngoại giao văn hóa", "R0"),
    ],
    # c18
    [
        T("Theo Phó Thủ tướng Phạm Bình Minh, tình hình quốc tế nửa đầu năm 2019 thế nào?", "new", "-",
          f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 thế nào?", "nhanh hơn, phức tạp hơn", "R3"),
        T("công tác đối ngoại triển khai theo tinh thần gì?", "ellipsis", "-",
          f"Theo {SK19}, công tác đối ngoại được triển khai theo tinh thần của hội nghị nào?", "Hội nghị Ngoại giao 30", "R3", A),
        T("giữ cân bằng linh hoạt trong quan hệ với ai?", "ellipsis", "-",
          f"Theo {SK19}, công tác đối ngoại giữ cân bằng linh hoạt trong quan hệ với ai?", "các nước lớn", "R3", A),
        T("hướng tới đại hội nào?", "ellipsis", "telegraphic",
          f"Theo {SK19}, Bộ Ngoại giao hướng tới Đại hội nào của Đảng?", "Đại hội XIII", "R3", A),
        T("hội nghị đó tổ chức ở đâu?", "pronoun", "-",
          f"{SK19} được tổ chức ở đâu?", NR, "R3"),
    ],
    # c19
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về ngoại giao kinh tế?", "new", "-",
          f"{SK23} đánh giá gì về công tác ngoại giao kinh tế?", "trọng tâm, trọng điểm", "R0"),
        T("còn ngoại giao đa phương?", "substitution", "telegraphic",
          f"{SK23} đánh giá gì về ngoại giao đa phương?", "ngoại giao song phương", "R0", A),
        T("còn công tác bảo hộ công dân?", "substitution", "-",
          f"{SK23} đánh giá gì về công tác bảo hộ công dân?", "nhiều đổi mới trong cách thức", "R0"),
        T("còn về xây dựng ngành?", "substitution", "telegraphic",
          f"{SK23} đánh giá gì về công tác xây dựng ngành?", "đi vào nề nếp", "R0", A),
        T("nguồn tin từ đâu?", "request", "-",
          f"Bài viết về {SK23} lấy từ nguồn tin nào?", "TTXVN", "R0", A),
    ],
    # c20
    [
        T("Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung làm gì trong năm 2023?", "new", "-",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì trong năm 2023?", "chương trình đối ngoại cấp cao", "R2"),
        T("về biên giới thì sao?", "substitution", "-",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?", "hoà bình, ổn định, hữu nghị", "R2", A),
        T("ông ấy nhận định tình hình thế giới thế nào?", "pronoun", "-",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?", "biến động sâu sắc, phức tạp", "R2"),
        T("ông ấy có nói BNG cần tham mưu gì không", "pronoun", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tham mưu thế nào cho Đảng và Nhà nước?", "tham mưu kịp thời", "R2", A),
        T("với tư cách Bộ trưởng Ngoại giao, ông ấy còn chỉ đạo gì nữa?", "pronoun", "premise",
          "Với tư cách Bộ trưởng Ngoại giao, ông Trần Lưu Quang còn chỉ đạo gì nữa?", FP, "R2"),
    ],
    # c21
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao có gì đáng chú ý?", "new", "near-miss",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Bộ Ngoại giao có gì đáng chú ý?", NC, None),
        T("còn 2023?", "substitution", "telegraphic",
          f"{SK23} có gì đáng chú ý?", "chủ động, thích ứng, sáng tạo | điểm sáng", "R0", A),
        T("tổ chức hôm nào", "ellipsis", "telegraphic",
          f"{SK23} được tổ chức ngày nào?", "5/7", "R0", A),
        T("còn 2019 thì ngày nào?", "substitution", "near-miss",
          f"{SK19} được tổ chức ngày nào?", "22/7", "R3", A),
        T("năm đó ai chỉ đạo?", "pronoun", "telegraphic",
          f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh", "R3", A),
    ],
    # c22
    [
        T("Thủ tướng Phạm Minh Chính nói gì về chủ trương từ \"muốn là bạn\" ở hội nghị tổng kết ngoại giao 2022?", "new", "-",
          f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về chủ trương từ \"muốn là bạn\"?", "sẵn sàng là bạn", "R1"),
        T("còn về hợp tác và đấu tranh?", "substitution", "-",
          f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?", "đối tác, đối tượng", "R1", A),
        T("ông ấy nói ở hội nghị nào?", "pronoun", "-",
          "Thủ tướng Phạm Minh Chính nói về chủ trương \"sẵn sàng là bạn\" và \"đối tác, đối tượng\" ở hội nghị nào?", "tổng kết && năm 2022", "R1"),
        T("ông ấy đã phản đối đề xuất nào của BNG?", "pronoun", "premise,abbrev",
          f"Tại {TK22}, Thủ tướng Phạm Minh Chính đã phản đối đề xuất nào của Bộ Ngoại giao?", FP, "R1", A),
        T("bài viết của ai?", "request", "-",
          f"Bài viết về {TK22} (điểm cầu Cao Bằng) là của tác giả nào?", "Vi Trường", "R1", A),
    ],
    # c23
    [
        T("Bài về hội nghị tổng kết ngoại giao năm 2024 được lấy từ báo nào?", "new", "-",
          f"Bài viết về {TK24} được lấy từ báo nào?", "baoquangtri | Nguồn Quảng Trị", "R4"),
        T("tác giả là ai?", "ellipsis", "telegraphic",
          f"Tác giả bài viết về {TK24} là ai?", "Hoài Nhung", "R4", A),
        T("tiêu đề bài là gì?", "ellipsis", "-",
          f"Tiêu đề bài viết về {TK24} là gì?", "Tạo bước tiến đột phá", "R4"),
        T("hội nghị triển khai nhiệm vụ năm nào?", "ellipsis", "-",
          f"{TK24} triển khai nhiệm vụ năm nào?", "2025", "R4", A),
        T("Tổng Bí thư Tô Lâm phát biểu gì ở đó?", "substitution", "-",
          f"Tổng Bí thư Tô Lâm phát biểu gì tại {TK24}?", NC, None),
    ],
    # c24
    [
        T("How many votes did Vietnam get for the UN Security Council seat, according to the 2019 mid-year review?", "new", "english",
          f"Theo {SK19}, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với bao nhiêu phiếu?", "192/193", "R3"),
        T("which free trade agreement was signed?", "ellipsis", "english",
          f"Theo {SK19}, hiệp định thương mại tự do nào đã được ký kết?", "EVFTA", "R3"),
        T("ai phát biểu chỉ đạo?", "ellipsis", "telegraphic",
          f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh", "R3", A),
        T("what date?", "ellipsis", "english,telegraphic",
          f"{SK19} diễn ra ngày nào?", "22/7", "R3"),
    ],
    # c25
    [
        T("Bộ trưởng Bùi Thanh Sơn đề nghị ngành ngoại giao 6 tháng cuối năm 2023 làm gì?", "new", "-",
          f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?", "đối ngoại của Đại hội XIII", "R0"),
        T("đưa quan hệ với ai vào chiều sâu?", "ellipsis", "-",
          f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với những ai vào chiều sâu?", "các nước láng giềng && bạn bè truyền thống", "R0", A),
        T("trích nguyên văn ý về đội ngũ cán bộ", "request", "-",
          f"Trích nguyên văn chỉ đạo của Bộ trưởng Bùi Thanh Sơn về xây dựng đội ngũ cán bộ tại {SK23}.", "bản lĩnh chính trị vững vàng", "R0"),
        T("ông ấy có đề xuất tăng biên chế không?", "pronoun", "-",
          f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn có đề xuất tăng biên chế không?", NR, "R0", A),
        T("chức vụ trong Đảng của ông ấy là gì?", "pronoun", "-",
          "Bộ trưởng Ngoại giao Bùi Thanh Sơn giữ chức vụ gì trong Đảng?", "Ủy viên Trung ương Đảng", "R0", A),
    ],
    # c26
    [
        T("Thủ tướng Bùi Thanh Sơn đã chỉ đạo gì tại hội nghị tổng kết ngoại giao 2022?", "new", "premise",
          f"Thủ tướng Bùi Thanh Sơn đã chỉ đạo gì tại {TK22}?", FP, "R1"),
        T("vậy ông Sơn làm gì ở hội nghị đó?", "pronoun", "-",
          f"Ông Bùi Thanh Sơn giữ vai trò gì tại {TK22}?", "chủ trì", "R1", A),
        T("và Thủ tướng thật sự là ai?", "ellipsis", "-",
          f"Thủ tướng Chính phủ dự {TK22} là ai?", "Phạm Minh Chính", "R1"),
        T("ông ấy đề nghị bám sát tinh thần gì?", "pronoun", "-",
          f"Tại {TK22}, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bám sát tinh thần gì?", "người dân, doanh nghiệp, địa phương", "R1", A),
    ],
    # c27
    [
        T("Hội nghị sơ kết 2019 nói gì về xây dựng đội ngũ cán bộ Bộ Ngoại giao?", "new", "near-miss",
          f"{SK19} nói gì về xây dựng đội ngũ cán bộ Bộ Ngoại giao?", "vừa hồng, vừa chuyên && hiện đại hóa Bộ Ngoại giao", "R3"),
        T("công tác ngoại vụ địa phương thì sao?", "substitution", "-",
          f"{SK19} đánh giá gì về công tác ngoại vụ địa phương?", "doanh nghiệp và người dân", "R3", A),
        T("còn công tác Đảng?", "substitution", "telegraphic",
          f"{SK19} đánh giá gì về công tác Đảng, đoàn thể?", "hiệu quả, thực chất", "R3", A),
        T("nguồn nào?", "request", "telegraphic",
          f"Bài viết về {SK19} lấy từ nguồn nào?", "CLO | TG&VN", "R3"),
    ],
    # c28
    [
        T("Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao đề cập những đối tác nào?", "new", "-",
          f"{PTT} đề cập việc làm sâu sắc quan hệ với những đối tác nào?", "đối tác chiến lược", "R2"),
        T("BNG quyết tâm đổi mới cái gì?", "ellipsis", "abbrev",
          f"Tại {PTT}, Bộ Ngoại giao quyết tâm đổi mới điều gì?", "tư duy và hành động", "R2", A),
        T("còn về lề lối làm việc?", "substitution", "-",
          f"Tại {PTT}, Bộ Ngoại giao đổi mới phong cách, lề lối làm việc theo hướng nào?", "chuyên nghiệp, hiện đại", "R2"),
        T("đại diện ASEAN nói gì ở buổi làm việc đó?", "pronoun", "-",
          f"Đại diện ASEAN nói gì tại {PTT}?", NC, None, A),
        T("tóm tắt lại buổi làm việc", "request", "-",
          f"Tóm tắt lại {PTT}.", "Trần Lưu Quang && đổi mới tư duy", "R2", A),
    ],
    # c29
    [
        T("Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao?", "new", "-",
          f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao?", "cục diện đối ngoại thuận lợi", "R1"),
        T("phối hợp xử lý những vấn đề gì?", "ellipsis", "telegraphic",
          f"Theo {TK22}, công tác đối ngoại năm 2022 đã phối hợp xử lý những vấn đề gì?", "dân chủ, nhân quyền, tôn giáo", "R1", A),
        T("ông ấy nói sự tham dự của Thủ tướng là minh chứng cho điều gì?", "pronoun", "-",
          f"Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại {TK22} là minh chứng cho điều gì?", "quan tâm đặc biệt", "R1"),
        T("ngành đòi hỏi gì khi bước sang giai đoạn mới?", "ellipsis", "-",
          f"Theo Bộ trưởng Bùi Thanh Sơn tại {TK22}, ngành Ngoại giao bước sang giai đoạn phát triển mới đòi hỏi điều gì?", "đổi mới mạnh mẽ tư duy", "R1", A),
        T("năm 2023 thì kim ngạch xuất nhập khẩu bao nhiêu?", "substitution", "-",
          f"Theo {SK23}, kim ngạch xuất nhập khẩu năm 2023 là bao nhiêu?", NR, "R0", A),
    ],
    # c30
    [
        T("Thủ tướng kết luận gì tại hội nghị tổng kết công tác ngoại giao năm 2024?", "new", "-",
          f"Thủ tướng Phạm Minh Chính kết luận gì tại {TK24}?", "kỷ nguyên vươn mình", "R4"),
        T("nói rõ hơn về nguồn lực", "request", "-",
          f"Nói rõ hơn ý của Thủ tướng về huy động nguồn lực tại {TK24}.", "nguồn lực có tính đột phá", "R4"),
        T("có nhắc gì về đối ngoại đảng không?", "ellipsis", "-",
          f"{TK24} có nhắc gì về đối ngoại Đảng không?", "đối ngoại Đảng", "R4", A),
        T("Ở hội nghị sơ kết đầu năm 2023, ai được khen thưởng?", "new", "paraphrase",
          f"Tại {SK23}, ai được khen thưởng?", "thành tích xuất sắc", "R0"),
        T("ai trao?", "ellipsis", "telegraphic",
          f"Ai trao khen thưởng tại {SK23}?", "Bộ trưởng Ngoại giao | Bùi Thanh Sơn", "R0", A),
    ],
    # c31
    [
        T("hôi nghị tông kêt ngoai giao 2022 có bao nhieu đai biểu?", "new", "typo",
          f"{TK22} có bao nhiêu đại biểu?", "hơn 700 đại biểu", "R1"),
        T("chủ trìi là ai", "ellipsis", "typo,telegraphic",
          f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn", "R1", A),
        T("cao bằng có ai dựu", "ellipsis", "typo,telegraphic",
          f"Ai dự {TK22} tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "R1", A),
        T("còn Quảng Trị năm 2024?", "substitution", "-",
          f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4"),
        T("người đó phát biểu điều gì?", "pronoun", "-",
          f"Ông Hoàng Nam phát biểu điều gì tại {TK24}?", NR, "R4", A),
    ],
    # c32
    [
        T("Theo hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao làm tốt công tác gì cho Lãnh đạo cấp cao?", "new", "-",
          f"Theo {SK19}, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?", "đề xuất chính sách", "R3"),
        T("có bao nhiêu đề án được trình?", "ellipsis", "-",
          f"Theo {SK19}, Bộ Ngoại giao đã trình bao nhiêu đề án?", NR, "R3", A),
        T("khuôn khổ quan hệ với đối tác thế nào?", "ellipsis", "-",
          f"Theo {SK19}, khuôn khổ quan hệ với các đối tác thế nào?", "mở rộng và nâng cấp", "R3"),
        T("vì sao Hà Lan từ chối nâng cấp quan hệ?", "ellipsis", "premise",
          "Vì sao Hà Lan từ chối nâng cấp quan hệ với Việt Nam?", FP, "R3", A),
        T("đối ngoại đa phương năm đó ra sao?", "pronoun", "-",
          f"Theo {SK19}, đối ngoại đa phương năm 2019 ra sao?", "Chỉ thị 25", "R3", A),
    ],
    # c33
    [
        T("What did the PM say about the new era at the 2024 year-end diplomatic review conference?", "new", "english",
          f"Tại {TK24}, Thủ tướng nói gì về kỷ nguyên mới?", "kỷ nguyên vươn mình", "R4"),
        T("whose functions did the ministry take over?", "ellipsis", "english",
          f"Theo {TK24}, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của cơ quan nào?", "Ban Đối ngoại Trung ương | Ủy ban Đối ngoại Quốc hội", "R4"),
        T("bộ máy có được tinh gọn không", "ellipsis", "-",
          f"Theo {TK24}, tổ chức bộ máy của Bộ Ngoại giao có được tinh gọn không?", "tinh gọn tổ chức bộ máy", "R4", A),
        T("why did the PM criticise the ministry?", "ellipsis", "english,premise",
          f"Vì sao Thủ tướng phê bình Bộ Ngoại giao tại {TK24}?", FP, "R4"),
    ],
    # c34
    [
        T("HN sơ kết 6 tháng đầu năm 2023 của BNG đánh giá tình hình thế giới thế nào?", "new", "abbrev",
          f"{SK23} đánh giá tình hình thế giới và khu vực thế nào?", "diễn biến nhanh, phức tạp", "R0"),
        T("quan hệ với đối tác ra sao?", "ellipsis", "-",
          f"Theo {SK23}, quan hệ với các đối tác ra sao?", "đi vào chiều sâu", "R0", A),
        T("ngoại giao bảo vệ chủ quyền bằng cách nào?", "ellipsis", "-",
          f"Theo {SK23}, ngoại giao góp phần bảo vệ chủ quyền bằng cách nào?", "biện pháp hòa bình", "R0"),
        T("người Việt ở nước ngoài thì sao?", "substitution", "-",
          f"{SK23} đánh giá gì về công tác người Việt Nam ở nước ngoài?", "cầu nối", "R0", A),
        T("Phạm Bình Minh nói gì ở hội nghị này?", "pronoun", "premise",
          f"Phó Thủ tướng Phạm Bình Minh phát biểu gì tại {SK23}?", FP, "R0"),
    ],
    # c35
    [
        T("PTT Trần Lưu Quang làm việc với BNG năm 2023 có những ai dự?", "new", "abbrev",
          f"Những ai tham dự {PTT}?", "Văn phòng Chính phủ", "R2"),
        T("ngày nào", "ellipsis", "telegraphic",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31-1", "R2", A),
        T("còn ý kiến của BT Bùi Thanh Sơn?", "substitution", "abbrev",
          f"Bộ trưởng Bùi Thanh Sơn nêu ý kiến gì tại {PTT}?", "tư duy và hành động | tinh thần phục vụ", "R2"),
        T("nhắc lại câu về kỷ cương", "request", "-",
          f"Nhắc lại nội dung về kỷ cương mà Bộ trưởng Bùi Thanh Sơn nêu tại {PTT}.", "kỷ cương hành chính", "R2", A),
        T("năm 2024 PTT có làm việc lại với BNG không, nói gì?", "substitution", "abbrev",
          "Năm 2024 Phó Thủ tướng Trần Lưu Quang có làm việc lại với Bộ Ngoại giao không, nói gì?", NC, None),
    ],
    # c36
    [
        T("Những sở ngành nào của Cao Bằng dự hội nghị tổng kết ngoại giao 2022?", "new", "-",
          f"Những sở, ngành nào của tỉnh Cao Bằng dự {TK22}?", "Kế hoạch và Đầu tư && Công an tỉnh", "R1"),
        T("đại biểu Cao Bằng có phát biểu tham luận không?", "ellipsis", "-",
          f"Đại biểu Cao Bằng có phát biểu tham luận tại {TK22} không?", NR, "R1"),
        T("hội nghi tổ chúc buổi nào?", "ellipsis", "typo",
          f"{TK22} được tổ chức vào buổi nào, ngày nào?", "Sáng 10/1", "R1"),
        T("có bao nhiêu tỉnh kết nối?", "ellipsis", "-",
          f"{TK22} được kết nối với bao nhiêu tỉnh, thành phố?", "63 tỉnh", "R1", A),
        T("thế còn hội nghị năm 2024, mấy điểm cầu?", "substitution", "-",
          f"{TK24} được kết nối với bao nhiêu điểm cầu?", NR, "R4"),
    ],
    # c37
    [
        T("Hội nghị Ngoại giao lần thứ 30 được nhắc trong báo cáo hội nghị năm nào?", "new", "-",
          "Hội nghị Ngoại giao lần thứ 30 được nhắc trong báo cáo về hội nghị của Bộ Ngoại giao năm nào?", "2019", "R3"),
        T("còn lần thứ 31?", "substitution", "telegraphic",
          "Hội nghị Ngoại giao lần thứ 31 được nhắc trong báo cáo về hội nghị nào?", "tổng kết && năm 2022", "R1", A),
        T("ở Hội nghị Ngoại giao 31 Thủ tướng kết luận những gì?", "ellipsis", "-",
          "Tại Hội nghị Ngoại giao lần thứ 31, Thủ tướng đã kết luận những gì?", NR, "R1"),
        T("lần thứ 33 thì sao?", "substitution", "telegraphic",
          "Hội nghị Ngoại giao lần thứ 33 diễn ra thế nào?", NC, None, A),
    ],
    # c38
    [
        T("Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?", "new", "-",
          f"Theo {TK24}, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?", "thế chủ động chiến lược", "R4"),
        T("đối ngoại gồm những trụ cột nào?", "ellipsis", "-",
          f"Theo {TK24}, công tác đối ngoại bao gồm những trụ cột nào?", "đối ngoại Nhân dân", "R4", A),
        T("trích câu về tình huống phức tạp", "request", "-",
          f"Trích câu Thủ tướng nói về xử lý tình huống phức tạp tại {TK24}.", "tình huống đối ngoại phức tạp", "R4"),
        T("Thủ tướng yêu cầu nghiên cứu thế nào?", "ellipsis", "-",
          f"Tại {TK24}, Thủ tướng yêu cầu nghiên cứu về đối ngoại như thế nào?", "dài hơi và có chiều sâu", "R4", A),
        T("vì sao hội nghị này bị hủy", "pronoun", "premise",
          f"Vì sao {TK24} bị hủy?", FP, "R4", A),
    ],
    # c39
    [
        T("Nửa đầu năm 2023, theo hội nghị sơ kết của Bộ Ngoại giao, công tác đối ngoại đạt được gì?", "new", "paraphrase",
          f"Theo {SK23}, công tác đối ngoại 6 tháng đầu năm 2023 đạt được những kết quả gì?", "kết quả quan trọng | điểm sáng", "R0"),
        T("góp phần huy động nguồn lực cho gì?", "ellipsis", "-",
          f"Theo {SK23}, đối ngoại góp phần huy động nguồn lực cho việc gì?", "phát triển kinh tế - xã hội", "R0", A),
        T("quản trị tài vụ được đánh giá thế nào?", "ellipsis", "-",
          f"Theo {SK23}, công tác quản trị tài vụ được đánh giá thế nào?", "bài bản hiệu quả", "R0"),
        T("cán bộ đạt yêu cầu gì?", "ellipsis", "telegraphic",
          f"Theo {SK23}, cán bộ Bộ Ngoại giao đạt yêu cầu cao về những mặt nào?", "phẩm chất đạo đức", "R0", A),
        T("Kiểm toán Nhà nước đánh giá gì về tài vụ của BNG?", "new", "abbrev",
          "Kiểm toán Nhà nước đánh giá gì về công tác tài vụ của Bộ Ngoại giao?", NC, None),
    ],
    # c40
    [
        T("Tại hội nghị sơ kết 2019 của BNG, Phạm Bình Minh nói gì về vàng miếng?", "new", "near-miss,abbrev",
          f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh nói gì về vàng miếng?", NR, "R3"),
        T("thế ông ấy lưu ý gì về đánh giá tình hình?", "pronoun", "-",
          f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh lưu ý gì về đánh giá tình hình?", "nghiên cứu, đánh giá sâu hơn", "R3", A),
        T("ngày nào", "ellipsis", "telegraphic",
          f"{SK19} diễn ra ngày nào?", "22/7", "R3", A),
        T("thứ mấy", "ellipsis", "telegraphic",
          f"{SK19} diễn ra vào thứ mấy?", "Thứ hai", "R3", A),
    ],
    # c41
    [
        T("When did the Ministry hold its 2023 mid-year review conference?", "new", "english",
          f"{SK23} diễn ra ngày nào?", "5/7", "R0"),
        T("who attended?", "ellipsis", "english,telegraphic",
          f"Ai tham dự {SK23}?", "Bùi Thanh Sơn", "R0"),
        T("did the Prime Minister attend too?", "substitution", "english",
          f"Thủ tướng có tham dự {SK23} không?", NR, "R0"),
        T("tóm tắt nội dung kết luận", "request", "-",
          f"Tóm tắt nội dung kết luận của Bộ trưởng Bùi Thanh Sơn tại {SK23}.", "biểu dương && chuyển đổi số", "R0", A),
    ],
    # c42
    [
        T("Phó Thủ tướng Trần Lưu Quang đánh giá Bộ Ngoại giao đã triển khai đường lối nào?", "new", "-",
          "Phó Thủ tướng Trần Lưu Quang đánh giá Bộ Ngoại giao đã triển khai đường lối đối ngoại nào?", "Đại hội XIII", "R2"),
        T("BNG cần phát huy truyền thống gì?", "ellipsis", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cần phát huy truyền thống gì?", "ngoại giao vẻ vang", "R2", A),
        T("cần tranh thủ những gì?", "ellipsis", "telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ những gì?", "nguồn lực bên ngoài | yếu tố quốc tế thuận lợi", "R2", A),
        T("còn về diễn đàn đa phương?", "substitution", "-",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu gì về tham gia các diễn đàn đa phương?", "cơ chế đa phương quan trọng", "R2"),
        T("bài do ai viết", "request", "-",
          f"Bài viết về {PTT} do ai viết?", "B.T.V", "R2", A),
    ],
    # c43
    [
        T("Ngoại trưởng Mỹ Antony Blinken có dự hội nghị tổng kết ngoại giao 2024 không?", "new", "-",
          f"Ngoại trưởng Mỹ Antony Blinken có dự {TK24} không?", NC, None),
        T("ai dự và chỉ đạo hội nghị đó?", "pronoun", "-",
          f"Ai dự và chỉ đạo {TK24}?", "Phạm Minh Chính", "R4", A),
        T("ông yêu cầu tổ chức tốt hoạt động gì?", "pronoun", "-",
          f"Tại {TK24}, Thủ tướng Phạm Minh Chính yêu cầu tổ chức tốt hoạt động gì?", "hoạt động đối ngoại cấp cao", "R4"),
        T("quan hệ với các đối tác thì sao?", "substitution", "-",
          f"Tại {TK24}, Thủ tướng yêu cầu gì về quan hệ với các đối tác quan trọng?", "nâng cấp, nâng tầm", "R4", A),
    ],
    # c44
    [
        T("TTg yêu cầu ngành NG ứng xử ra sao ở HN tổng kết 2022?", "new", "abbrev,telegraphic",
          f"Tại {TK22}, Thủ tướng yêu cầu ngành Ngoại giao ứng xử ra sao?", "bản lĩnh và linh hoạt", "R1"),
        T("gốc vững là gì?", "ellipsis", "-",
          f"Tại {TK22}, Thủ tướng nói \"gốc vững\" là gì?", "kiên định độc lập, tự chủ", "R1"),
        T("nói rõ hơn", "request", "telegraphic",
          f"Nói rõ hơn ý \"gốc vững\" của Thủ tướng tại {TK22}.", "Hiến chương Liên Hợp Quốc | đa phương hóa, đa dạng hóa", "R1", A),
        T("còn ngoại giao kinh tế?", "substitution", "telegraphic",
          f"Tại {TK22}, Thủ tướng yêu cầu gì về ngoại giao kinh tế?", "chuỗi cung ứng toàn cầu | mở rộng thị trường xuất khẩu", "R1", A),
        T("còn sơ kết 6 tháng đầu năm 2022 tổ chức ngày nào?", "substitution", "near-miss",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2022 của Bộ Ngoại giao tổ chức ngày nào?", NC, None),
    ],
    # c45
    [
        T("Hiệp định CPTPP được nhắc trong hội nghị sơ kết năm nào của Bộ Ngoại giao?", "new", "-",
          "Hiệp định CPTPP được nhắc trong hội nghị sơ kết 6 tháng đầu năm nào của Bộ Ngoại giao?", "2019", "R3"),
        T("ngoại giao kinh tế năm đó được đánh giá thế nào?", "pronoun", "-",
          f"Theo {SK19}, hội nhập quốc tế và ngoại giao kinh tế được đánh giá thế nào?", "bước đột phá mới", "R3", A),
        T("thượng đỉnh Mỹ Triều ở VN là lần thứ mấy?", "ellipsis", "abbrev",
          f"Theo {SK19}, Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức là lần thứ mấy?", "lần 2", "R3", A),
        T("vì sao VN bị loại khỏi HĐBA?", "ellipsis", "premise,abbrev",
          "Vì sao Việt Nam bị loại khỏi Hội đồng Bảo an Liên Hợp Quốc?", FP, "R3"),
    ],
    # c46
    [
        T("Nghị quyết 18 được nhắc ở hội nghị tổng kết năm nào?", "new", "-",
          "Nghị quyết 18 được nhắc tại hội nghị tổng kết công tác ngoại giao năm nào?", "2024", "R4"),
        T("yêu cầu gì liên quan nghị quyết đó?", "pronoun", "-",
          f"Tại {TK24}, Thủ tướng yêu cầu gì liên quan đến Nghị quyết 18?", "tinh gọn tổ chức bộ máy", "R4", A),
        T("mục đích để làm gì?", "ellipsis", "telegraphic",
          "Việc tinh gọn bộ máy Bộ Ngoại giao theo Nghị quyết 18 nhằm mục đích gì?", "triển khai thông suốt, thống nhất | bước tiến đột phá", "R4", A),
        T("Nghị quyết 19 thì sao?", "substitution", "near-miss",
          "Nghị quyết 19 được nhắc tại hội nghị ngoại giao nào và nội dung ra sao?", NC, None, A),
    ],
    # c47
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 nhận định đối ngoại góp phần duy trì điều gì?", "new", "-",
          f"{SK23} nhận định đối ngoại góp phần duy trì điều gì?", "môi trường hòa bình, ổn định", "R0"),
        T("ngaoi giao kinh tế hỗ trợ ai?", "ellipsis", "typo",
          f"Theo {SK23}, các hoạt động ngoại giao kinh tế hỗ trợ ai?", "địa phương, doanh nghiệp", "R0", A),
        T("còn văn hóa đối ngoại?", "substitution", "telegraphic",
          f"{SK23} đánh giá gì về văn hóa đối ngoại?", "cách thức thực hiện", "R0", A),
        T("Chủ tịch nước có gửi thư chúc mừng hội nghị không?", "ellipsis", "-",
          f"Chủ tịch nước có gửi thư chúc mừng {SK23} không?", NR, "R0"),
    ],
    # c48
    [
        T("Các tham luận ở hội nghị tổng kết ngoại giao năm 2022 đánh giá gì?", "new", "-",
          f"Các tham luận tại {TK22} đánh giá gì?", "đồng bộ, sáng tạo, hiệu quả", "R1"),
        T("dưới sự lãnh đạo của ai?", "ellipsis", "telegraphic",
          f"Theo các tham luận tại {TK22}, ngành Ngoại giao hoạt động dưới sự lãnh đạo của ai?", "Bộ Chính trị, Ban Bí thư", "R1", A),
        T("có bao nhiêu tham luận?", "ellipsis", "-",
          f"Có bao nhiêu tham luận tại {TK22}?", NR, "R1", A),
        T("Thủ tướng mong đất nước phát triển thế nào?", "ellipsis", "paraphrase",
          f"Tại {TK22}, Thủ tướng nói ngoại giao kinh tế góp phần phát triển đất nước như thế nào?", "hùng cường, thịnh vượng", "R1", A),
    ],
    # c49
    [
        T("BT Bùi Thanh Sơn phát biểu gì tại HN sơ kết 6 tháng đầu năm 2019?", "new", "abbrev,premise",
          f"Bộ trưởng Ngoại giao Bùi Thanh Sơn đã phát biểu gì tại {SK19}?", FP, "R3"),
        T("vậy ai là Bộ trưởng Ngoại giao năm đó?", "pronoun", "-",
          f"Ai là Bộ trưởng Ngoại giao phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh", "R3", A),
        T("ông ấy kiêm chức gì?", "pronoun", "-",
          "Ông Phạm Bình Minh kiêm chức vụ gì năm 2019?", "Phó Thủ tướng", "R3", A),
        T("quan hệ với láng giềng được đánh giá thế nào?", "ellipsis", "-",
          f"Theo {SK19}, quan hệ với các nước láng giềng được đánh giá thế nào?", "chiều sâu, hiệu quả, thiết thực", "R3"),
    ],
]


def build_rows():
    rows = []
    for i, conv in enumerate(CONVS, 1):
        cid = f"c{i:02d}"
        for t in conv:
            q = strip_accents(t["q"]) if t["a"] else t["q"]
            tags = [x for x in t["tags"].split(",") if x and x != "-"]
            if t["a"]:
                tags.insert(0, "accentless")
            rows.append(dict(conversation=cid, question=q, kind=t["kind"],
                             tags=",".join(tags) if tags else "-",
                             read_as=t["read_as"], facts=t["facts"], rep=t["rep"]))
    return rows


def main():
    rows = build_rows()
    out = os.path.join(ROOT, "conversations.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            cells = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
            for c in cells:
                assert "\t" not in c and "\n" not in c, c
            f.write("\t".join(cells) + "\n")
    print(f"wrote {out}: {len(CONVS)} conversations, {len(rows)} turns")


if __name__ == "__main__":
    main()
