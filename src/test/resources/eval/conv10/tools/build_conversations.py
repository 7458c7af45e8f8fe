#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 10) from the turn data below.

Each conversation is a list of turns; each turn is a tuple
    (question, kind, tags, read_as, facts)
Questions of turns tagged 'accentless' are passed through strip_accents()
(diacritics removed, đ -> d) so they are guaranteed to be typed without accents.
Only the five report texts in ../given/ were used to write these turns.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from norm import strip_accents  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "conversations.tsv")

HEADER = [
    "# Blind conversation set 10 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"
NR = "refuse:not_reported"

# Report key (for the author's reference only):
#  R0 = Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn kết luận)
#  R1 = Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1, TTg Phạm Minh Chính dự, BT Sơn chủ trì)
#  R2 = PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (chiều 31-1, về công tác đối ngoại năm 2023)
#  R3 = Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7, PTT, BT Phạm Bình Minh)
#  R4 = Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1, TTg Phạm Minh Chính)

CONVS = []


def conv(*turns):
    CONVS.append(list(turns))

# ---- conversations are appended below in several blocks ----

# ---- block 1: c01-c08 ----
conv(  # c01 journalist, R1
    ("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
    ("ai chu tri", "ellipsis", "accentless,telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("co bao nhieu dai bieu tham du", "ellipsis", "accentless",
     "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
    ("Kết nối với bao nhiêu điểm cầu?", "ellipsis", "accentless",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu tỉnh, thành phố?", "63"),
    ("nguon nao vay", "request", "accentless",
     "Nguồn của câu trả lời trước (báo cáo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022)", "tổng kết && 2022"),
)
conv(  # c02 R0
    ("HN so ket 6 thang dau nam 2023 cua BNG to chuc ngay nao", "new", "accentless,abbrev",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ngày nào?", "5/7"),
    ("Ai phát biểu kết luận?", "ellipsis", "accentless",
     "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("ông ấy đề nghị gì về bảo vệ chủ quyền?", "pronoun", "-",
     "Bộ trưởng Bùi Thanh Sơn đề nghị gì về bảo vệ chủ quyền tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "kiên trì && lợi ích chính đáng"),
    ("con ve xay dung nganh thi sao", "substitution", "accentless",
     "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "công tác cán bộ | thi đua khen thưởng | chỉ đạo điều hành"),
    ("Ông ấy phê bình những đơn vị nào chậm trễ?", "pronoun", "premise",
     "Bộ trưởng Bùi Thanh Sơn đã phê bình những đơn vị nào chậm trễ tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP),
)
conv(  # c03 student, R3
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra hôm nào?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra hôm nào?", "22/7"),
    ("ai phat bieu chi dao", "ellipsis", "accentless",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("lúc đó ông ấy giữ những chức vụ gì?", "pronoun", "paraphrase",
     "Khi dự Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ những chức vụ gì?",
     "Phó Thủ tướng && Bộ trưởng"),
    ("ong ay luu y nhung diem gi cho thoi gian toi", "pronoun", "accentless",
     "Phó Thủ tướng Phạm Bình Minh lưu ý những điểm nào trong công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "nghiên cứu && phối hợp && nhạy bén"),
    ("trich nguyen van diem thu nhat", "request", "accentless",
     "Trích nguyên văn điểm thứ nhất trong câu trả lời trước (ý kiến của Phó Thủ tướng Phạm Bình Minh, báo cáo sơ kết 6 tháng đầu năm 2019)",
     "nhạy cảm trong tham mưu"),
)
conv(  # c04 R2
    ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
    ("o dau", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
    ("Ai báo cáo kết quả đối ngoại năm 2022 với Phó Thủ tướng?", "ellipsis", "accentless",
     "Tại buổi làm việc ngày 31-1, ai báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
     "Bùi Thanh Sơn"),
    ("PTT noi nhiem vu trung tam la gi", "ellipsis", "accentless,abbrev",
     "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm là gì?",
     "phục vụ phát triển đất nước"),
    ("con nhiem vu trong yeu, thuong xuyen", "substitution", "accentless,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu, thường xuyên là gì?", "hòa bình && ổn định"),
    ("và nhiệm vụ quan trọng?", "substitution", "telegraphic",
     "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ quan trọng là gì?", "nâng cao vị thế"),
)
conv(  # c05 R4
    ("Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức ngày nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
    ("TTg co du ko", "ellipsis", "accentless,abbrev,telegraphic",
     "Thủ tướng có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", "Phạm Minh Chính"),
    ("Ai dự tại điểm cầu Quảng Trị?", "ellipsis", "accentless",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("ông ấy giữ chức gì?", "pronoun", "-",
     "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
    ("ong ay phat bieu gi tai HN", "pronoun", "accentless,abbrev",
     "Ông Hoàng Nam phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR),
)
conv(  # c06 English speaker, R1
    ("Who chaired the Vietnamese diplomatic sector's 2022 review conference?", "new", "english",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    ("Did the Prime Minister attend?", "ellipsis", "english",
     "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính"),
    ("How many key tasks did he ask the sector to carry out?", "pronoun", "english",
     "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm tại Hội nghị tổng kết năm 2022?",
     "6"),
    ("ong nhac toi cay tre VN la y gj", "pronoun", "accentless,abbrev,typo",
     "Thủ tướng Phạm Minh Chính nói gì về bản sắc \"cây tre Việt Nam\" tại Hội nghị tổng kết năm 2022?",
     "gốc vững && bất biến"),
    ("trich nguyen van doan cay tre do", "request", "accentless",
     "Trích nguyên văn đoạn về bản sắc \"cây tre Việt Nam\" trong câu trả lời trước (phát biểu của Thủ tướng Phạm Minh Chính)",
     "cây tre Việt Nam && gốc vững"),
)
conv(  # c07 switches between the two year-end reviews
    ("TTg Pham Minh Chinh du HN tong ket nganh NG nam 2022 ngay nao", "new", "accentless,abbrev",
     "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 vào ngày nào?", "10/1"),
    ("còn năm 2024?", "substitution", "telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
    ("năm đó điểm cầu Quảng Trị có ai dự", "pronoun", "accentless",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("con tong ket nam 2023 thi to chuc ngay nao", "substitution", "accentless,near-miss",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 (tổ chức đầu năm 2024) diễn ra ngày nào?", NIC),
    ("Trong HN sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP được nhắc thế nào?", "new", "abbrev",
     "Trong Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Hiệp định CPTPP được nhắc đến thế nào?",
     "chính thức && triển khai"),
)
conv(  # c08 switches between the two mid-year reviews
    ("Sơ kết 6 tháng đầu năm 2023 của BNG ai kết luận?", "new", "abbrev,telegraphic",
     "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("con 2019", "substitution", "accentless,telegraphic",
     "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    ("HN do noi tong so doi tac chien luoc, toan dien la bao nhieu", "pronoun", "accentless,abbrev",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
     "30"),
    ("Thiết lập đối tác toàn diện với những nước nào?", "ellipsis", "accentless",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
     "Brunei && Hà Lan"),
    ("còn sơ kết năm 2022 thì nói gì về đối tác?", "substitution", "near-miss",
     "Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao nói gì về quan hệ đối tác?", NIC),
)

# ---- block 2: c09-c16 ----
conv(  # c09 R3 UN Security Council, then R2
    ("Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào, theo báo cáo sơ kết 2019?", "new", "abbrev",
     "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
     "2020-2021"),
    ("voi bao nhieu phieu", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021 với bao nhiêu phiếu?",
     "192/193"),
    ("bao cao nay con nhac VN to chuc thanh cong thuong dinh nao", "pronoun", "accentless,abbrev",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 còn nhắc Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
     "Mỹ - Triều"),
    ("Thượng đỉnh đó tổ chức ở thành phố nào?", "pronoun", "-",
     "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc trong báo cáo sơ kết 2019 tổ chức ở thành phố nào?", NR),
    ("vay HN do co nhac EVFTA ko", "pronoun", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc đến Hiệp định EVFTA không?", "EVFTA"),
    ("Trong buổi làm việc ngày 31-1, PTT Trần Lưu Quang yêu cầu bám sát đường lối Đại hội nào?", "new", "abbrev",
     "Trong buổi làm việc ngày 31-1 với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang yêu cầu bám sát đường lối đối ngoại của Đại hội nào?",
     "Đại hội XIII"),
)
conv(  # c10 R2
    ("Buổi làm việc của PTT Trần Lưu Quang với BNG có những ai tham dự?", "new", "abbrev",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ"),
    ("PTT danh gia tinh hinh the gioi thoi gian toi ra sao", "ellipsis", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
     "biến động && cơ hội"),
    ("ông ấy yêu cầu BNG tập trung làm những việc gì", "pronoun", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?",
     "đối ngoại cấp cao && biên giới | hội nhập quốc tế"),
    ("Ông ấy có nhắc đến Hội nghị đối ngoại toàn quốc không?", "pronoun", "-",
     "Phó Thủ tướng Trần Lưu Quang có nhắc đến Hội nghị đối ngoại toàn quốc trong buổi làm việc với Bộ Ngoại giao không?",
     "2021 && Nguyễn Phú Trọng"),
    ("sao ong ay lai yeu cau BNG cat giam 10% bien che", "pronoun", "accentless,abbrev,premise",
     "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cắt giảm 10% biên chế?", FP),
    ("con PTT Vu Duc Dam thi lam viec voi BNG ngay nao", "substitution", "accentless,abbrev,near-miss",
     "Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao ngày nào?", NIC),
)
conv(  # c11 R1 export figure, then R0
    ("Theo HN tổng kết 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new", "abbrev",
     "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?",
     "700 tỷ USD"),
    ("ai neu con so do", "request", "accentless",
     "Ai nêu con số kim ngạch xuất nhập khẩu 700 tỷ USD tại Hội nghị tổng kết năm 2022 (câu trả lời trước)?",
     "Bùi Thanh Sơn"),
    ("Vì sao kim ngạch năm 2022 lại giảm so với năm trước?", "ellipsis", "premise",
     "Vì sao kim ngạch xuất nhập khẩu năm 2022 lại giảm so với năm trước, theo Hội nghị tổng kết năm 2022?", FP),
    ("ong ay con danh gia gi ve doi ngoai da phuong", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đánh giá gì về đối ngoại đa phương năm 2022?", "có trách nhiệm"),
    ("Báo cáo sơ kết 6 tháng đầu năm 2023 ví đối ngoại là gì trong thành tựu chung?", "new", "paraphrase",
     "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
     "điểm sáng"),
)
conv(  # c12 R3 economy and multilateral
    ("Báo cáo sơ kết 6 tháng đầu 2019 nói gì về hội nhập và ngoại giao kinh tế?", "new", "-",
     "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về hội nhập quốc tế và ngoại giao kinh tế?",
     "CPTPP && EVFTA"),
    ("Chỉ thị nào được nhắc về đối ngoại đa phương?", "ellipsis", "accentless",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 nhắc Chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương?",
     "Chỉ thị 25"),
    ("chi thi do cua co quan nao", "pronoun", "accentless,telegraphic",
     "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?", "Ban Bí thư"),
    ("con cong tac ngoai vu dia phuong", "substitution", "accentless,telegraphic",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương thế nào?",
     "doanh nghiệp và người dân"),
    ("Tóm tắt lại giúp mình", "request", "-",
     "Tóm tắt câu trả lời trước về công tác ngoại vụ địa phương trong báo cáo sơ kết 6 tháng đầu năm 2019",
     "doanh nghiệp && trung tâm"),
)
conv(  # c13 R4 overarching task
    ("Tại HN tổng kết 2024, TTg Phạm Minh Chính nêu nhiệm vụ bao trùm của đối ngoại là gì?", "new", "abbrev",
     "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm của công tác đối ngoại là gì?",
     "vai trò tiên phong && hòa bình"),
    ("ông ấy nhắc đến kỷ nguyên gì", "pronoun", "accentless",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nhắc đến kỷ nguyên gì?", "kỷ nguyên vươn mình"),
    ("BNG se tiep nhan chuc nang cua co quan nao", "ellipsis", "accentless,abbrev",
     "Theo Hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    ("tổng kết nghị quyết số mấy", "ellipsis", "telegraphic",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết số mấy?",
     "Nghị quyết 18"),
    ("trich nguyen van cau do", "request", "accentless",
     "Trích nguyên văn câu về tổng kết Nghị quyết 18 trong câu trả lời trước (báo cáo tổng kết năm 2024)",
     "tổng kết Nghị quyết 18"),
    ("Vì sao BNG lại chuyển giao chức năng của mình sang Ban Đối ngoại Trung ương?", "ellipsis", "abbrev,premise",
     "Vì sao Bộ Ngoại giao lại chuyển giao chức năng của mình sang Ban Đối ngoại Trung ương, theo Hội nghị tổng kết năm 2024?", FP),
)
conv(  # c14 phrase across reports, noise near-miss
    ("Cụm từ cán bộ 'vừa hồng, vừa chuyên' xuất hiện trong những báo cáo nào?", "new", "-",
     "Cụm từ đội ngũ cán bộ \"vừa hồng, vừa chuyên\" xuất hiện trong những báo cáo hội nghị nào?",
     "2019 && 2024"),
    ("o HN 2024 no gan voi yeu cau gi", "ellipsis", "accentless,abbrev",
     "Ở Hội nghị tổng kết năm 2024, yêu cầu xây dựng đội ngũ cán bộ \"vừa hồng, vừa chuyên\" gắn với những yêu cầu gì?",
     "tuyệt đối trung thành"),
    ("con HN 2019", "substitution", "accentless,abbrev,telegraphic",
     "Ở Hội nghị sơ kết 6 tháng đầu năm 2019, đội ngũ cán bộ \"vừa hồng, vừa chuyên\" gắn với mục tiêu gì?",
     "hiện đại hóa Bộ Ngoại giao"),
    ("PTT Lê Minh Khái nói gì về vàng miếng tại hội nghị đó?", "pronoun", "abbrev,near-miss,premise",
     "Phó Thủ tướng Lê Minh Khái đã nói gì về vàng miếng tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP),
    ("the HN tong ket 2020 co nhac cum do ko", "substitution", "accentless,abbrev,near-miss",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2020 có nhắc cụm \"vừa hồng, vừa chuyên\" không?", NIC),
)
conv(  # c15 R0 assessment
    ("HN so ket 6 thang dau nam 2023 danh gai doi ngoai ra sao", "new", "accentless,abbrev,typo",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại ra sao?", "điểm sáng"),
    ("Phương châm được nhắc là gì?", "ellipsis", "-",
     "Phương châm công tác đối ngoại được nhắc trong Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?",
     "thích ứng && sáng tạo"),
    ("Ngoại giao kinh tế được đánh giá thế nào?", "ellipsis", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?", "trọng điểm"),
    ("noi ro hon", "request", "accentless,telegraphic",
     "Nói rõ hơn câu trả lời trước về ngoại giao kinh tế trong 6 tháng đầu năm 2023",
     "doanh nghiệp && thị trường"),
    ("Tổng kim ngạch xuất khẩu 6 tháng đầu 2023 là bao nhiêu?", "ellipsis", "-",
     "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023, tổng kim ngạch xuất khẩu 6 tháng đầu năm 2023 là bao nhiêu?", NR),
)
conv(  # c16 attendance R0 vs R1
    ("Những ai dự HN sơ kết 6 tháng đầu năm 2023 của BNG?", "new", "abbrev",
     "Những ai dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
     "Bùi Thanh Sơn && Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị"),
    ("có Thủ tướng dự không?", "ellipsis", "-",
     "Thủ tướng có dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao không?", NR),
    ("Hội nghị tổng kết ngành ngoại giao năm 2022 thì TTg có dự không", "new", "abbrev",
     "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính"),
    ("BT Son noi su tham du cua TTg la minh chung cho dieu gi", "ellipsis", "accentless,abbrev",
     "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
     "quan tâm đặc biệt"),
    ("ai viet bai nay", "pronoun", "accentless",
     "Ai là tác giả bài báo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường"),
)

# ---- block 3: c17-c24 ----
conv(  # c17 bridge points
    ("Tại điểm cầu Cao Bằng của HN tổng kết NG 2022, ai dự?", "new", "abbrev",
     "Tại điểm cầu Cao Bằng của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, ai dự?", "Nguyễn Bích Ngọc"),
    ("nguoi do giu chuc gi", "pronoun", "accentless,telegraphic",
     "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
    ("Những huyện nào của Cao Bằng tham gia?", "ellipsis", "accentless",
     "UBND những huyện nào của Cao Bằng tham gia Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?",
     "Quảng Hòa && Trùng Khánh && Bảo Lâm"),
    ("còn điểm cầu Quảng Trị năm 2024 thì ai dự", "substitution", "-",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("o do co bao nhieu dai bieu", "pronoun", "accentless,telegraphic",
     "Điểm cầu Quảng Trị của Hội nghị tổng kết năm 2024 có bao nhiêu đại biểu?", NR),
)
conv(  # c18 building the sector, R3 vs R0, then R4
    ("Về xây dựng ngành, PTT Phạm Bình Minh chỉ đạo gì tại HN sơ kết 2019?", "new", "abbrev",
     "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "tuyển dụng && kỷ cương"),
    ("thế còn BT Bùi Thanh Sơn năm 2023?", "substitution", "abbrev",
     "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "công tác cán bộ | thi đua khen thưởng"),
    ("HN do co trao khen thuong ko", "pronoun", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "danh hiệu"),
    ("bao nhiêu tập thể được khen?", "ellipsis", "accentless,telegraphic",
     "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR),
    ("HN tong ket nganh NG nam 2024 trien khai nhiem vu nam nao", "new", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?", "2025"),
)
conv(  # c19 English, R4, then R3 article
    ("When was the Foreign Ministry's 2024 year-end review conference held?", "new", "english",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
    ("Who gave the concluding remarks?", "ellipsis", "english",
     "Ai phát biểu kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
    ("Who attended from the Quang Tri bridge point?", "ellipsis", "english",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    ("thế còn HN tổng kết năm 2025 thì sao", "substitution", "abbrev,near-miss",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2025 diễn ra thế nào?", NIC),
    ("Bài về HN sơ kết 6 tháng đầu năm 2019 đăng lúc nào?", "new", "abbrev",
     "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng lúc nào?", "22/07/2019"),
    ("bai do tren bao nao", "pronoun", "accentless,telegraphic",
     "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 đăng trên báo nào?", "CLO"),
)
conv(  # c20 R1 PM directions
    ("TTg Pham Minh Chinh de nghi nganh NG nhung gi tai HN tong ket 2022", "new", "accentless,abbrev",
     "Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao những gì tại Hội nghị tổng kết năm 2022?",
     "dự báo && từ sớm | từ xa"),
    ("trich nguyen van cau ve giu nuoc", "request", "accentless",
     "Trích nguyên văn câu về giữ nước trong câu trả lời trước (phát biểu của Thủ tướng Phạm Minh Chính)",
     "giữ nước từ khi nước chưa nguy"),
    ("Tinh thần lấy ai làm trung tâm phục vụ?", "ellipsis", "paraphrase",
     "Thủ tướng Phạm Minh Chính yêu cầu bám sát tinh thần lấy những ai làm trung tâm phục vụ?",
     "người dân && doanh nghiệp && địa phương"),
    ("ông ấy nói gì về chủ trương 'muốn là bạn'", "pronoun", "accentless",
     "Thủ tướng Phạm Minh Chính nói gì về chủ trương \"muốn là bạn\" tại Hội nghị tổng kết năm 2022?",
     "sẵn sàng là bạn"),
    ("Vì sao TTg yêu cầu đóng cửa một số CQĐD ở nước ngoài?", "ellipsis", "abbrev,premise",
     "Vì sao Thủ tướng Phạm Minh Chính yêu cầu đóng cửa một số cơ quan đại diện ở nước ngoài tại Hội nghị tổng kết năm 2022?", FP),
)
conv(  # c21 R0 overseas Vietnamese, consular
    ("Báo cáo sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?", "new", "-",
     "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?", "cầu nối"),
    ("con bao ho cong dan", "substitution", "accentless,telegraphic",
     "Báo cáo sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?", "đổi mới"),
    ("Có bao nhiêu công dân được bảo hộ trong 6 tháng?", "ellipsis", "-",
     "Có bao nhiêu công dân được bảo hộ trong 6 tháng đầu năm 2023, theo báo cáo sơ kết?", NR),
    ("BT đề nghị gì về thông tin đối ngoại?", "ellipsis", "abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?",
     "phương thức truyền thông mới"),
    ("nguon?", "request", "accentless,telegraphic",
     "Nguồn của câu trả lời trước (báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023)", "sơ kết && 2023"),
)
conv(  # c22 R2 then R3
    ("Trong buổi làm việc với PTT Trần Lưu Quang, BNG quyết tâm đổi mới gì?", "new", "abbrev",
     "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới điều gì?",
     "tư duy và hành động"),
    ("trong tam la gi", "ellipsis", "accentless,telegraphic",
     "Trọng tâm của việc đổi mới tư duy và hành động của Bộ Ngoại giao (báo cáo với Phó Thủ tướng Trần Lưu Quang) là gì?",
     "xây dựng, phát triển ngành"),
    ("Theo HN sơ kết 2019, VN nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu nước?", "new", "abbrev",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu quốc gia?",
     "30"),
    ("Năm đó VN lập quan hệ đối tác chiến lược với Hà Lan, đúng không?", "pronoun", "accentless,abbrev,premise",
     "Năm 2019 Việt Nam đã thiết lập quan hệ Đối tác chiến lược với Hà Lan, đúng không?", FP),
    ("con Brunei", "substitution", "accentless,telegraphic",
     "Năm 2019 Việt Nam thiết lập quan hệ gì với Brunei?", "Đối tác toàn diện"),
)
conv(  # c23 R3 context, Diplomatic Conferences
    ("PTT Phạm Bình Minh nhận định tình hình quốc tế nửa đầu 2019 thế nào?", "new", "abbrev",
     "Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?", "phức tạp hơn"),
    ("cong tac doi ngoai trien khai theo tinh than HN nao", "ellipsis", "accentless,abbrev",
     "Theo Phó Thủ tướng Phạm Bình Minh, công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần những hội nghị nào?",
     "Hội nghị Ngoại giao 30 && 2018"),
    ("HN Ngoại giao 30 tổ chức năm nào?", "ellipsis", "abbrev",
     "Hội nghị Ngoại giao lần thứ 30 được tổ chức năm nào?", NR),
    ("còn HN Ngoại giao lần thứ 31 thì được nhắc ở báo cáo nào", "substitution", "abbrev",
     "Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo nào?", "2022"),
    ("the HN Ngoai giao lan thu 32 to chuc khi nao", "substitution", "accentless,abbrev,near-miss",
     "Hội nghị Ngoại giao lần thứ 32 được tổ chức khi nào?", NIC),
)
conv(  # c24 R4 economic diplomacy and 2025 goals
    ("Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "new", "-",
     "Theo Hội nghị tổng kết năm 2024, ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
     "chíp bán dẫn && trí tuệ nhân tạo"),
    ("VN duoc duy tri trong nhom nuoc nao", "ellipsis", "accentless,abbrev",
     "Theo Hội nghị tổng kết năm 2024, Việt Nam được duy trì trong nhóm nước nào?", "tăng trưởng cao"),
    ("Tăng trưởng GDP năm 2024 là bao nhiêu phần trăm?", "ellipsis", "-",
     "Theo báo cáo Hội nghị tổng kết năm 2024, tăng trưởng GDP năm 2024 là bao nhiêu phần trăm?", NR),
    ("muc tieu 2025 BNG xac dinh gi", "ellipsis", "accentless,abbrev,telegraphic",
     "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
     "chủ động chiến lược"),
    ("tom tat lai", "request", "accentless,telegraphic",
     "Tóm tắt lại câu trả lời trước về mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao",
     "dự báo && chủ động chiến lược"),
)

# ---- block 4: c25-c32 ----
conv(  # c25 R1 Minister's opening
    ("BT Bui Thanh Son khai mac HN tong ket 2022 noi HN nham muc dich gi", "new", "accentless,abbrev",
     "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói Hội nghị nhằm mục đích gì?",
     "Hội nghị đối ngoại toàn quốc && 31"),
    ("ông ấy đánh giá công tác đối ngoại năm 2022 góp phần gì", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 đã góp phần gì?", "cục diện đối ngoại"),
    ("ve bien gioi lanh tho thi sao", "substitution", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đánh giá kết quả về vấn đề biên giới lãnh thổ năm 2022 thế nào?", "phân định"),
    ("ông ấy nói ngành Ngoại giao bước sang giai đoạn gì?", "pronoun", "-",
     "Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?", "giai đoạn phát triển mới"),
    ("Vì sao BT Sơn thừa nhận ngành NG năm 2022 không đạt mục tiêu?", "ellipsis", "abbrev,premise",
     "Vì sao Bộ trưởng Bùi Thanh Sơn thừa nhận ngành Ngoại giao năm 2022 không đạt mục tiêu?", FP),
    ("nam 2022 mo them bao nhieu DSQ", "ellipsis", "accentless,abbrev,telegraphic",
     "Theo Hội nghị tổng kết năm 2022, năm 2022 Việt Nam mở thêm bao nhiêu Đại sứ quán?", NR),
)
conv(  # c26 people across meetings
    ("Bộ trưởng Bùi Thanh Sơn xuất hiện trong những sự kiện nào của các báo cáo?", "new", "paraphrase",
     "Bộ trưởng Bùi Thanh Sơn có mặt tại những hội nghị, buổi làm việc nào trong các báo cáo?",
     "2022 && sơ kết && Trần Lưu Quang"),
    ("chuc vu trong Dang cua ong ay la gi", "pronoun", "accentless",
     "Ông Bùi Thanh Sơn giữ chức vụ gì trong Đảng?", "Ủy viên Trung ương Đảng"),
    ("con PBM", "substitution", "accentless,abbrev,telegraphic",
     "Ông Phạm Bình Minh giữ chức vụ gì trong Đảng?", "Ủy viên Bộ Chính trị"),
    ("thế còn TTg Phạm Minh Chính?", "substitution", "abbrev",
     "Ông Phạm Minh Chính giữ chức vụ gì trong Đảng?", "Ủy viên Bộ Chính trị"),
    ("ông ấy dự những hội nghị nào", "pronoun", "accentless",
     "Thủ tướng Phạm Minh Chính dự những hội nghị nào trong các báo cáo?", "2022 && 2024"),
)
conv(  # c27 starts with a missing year
    ("Hội nghị tổng kết công tác ngoại giao năm 2021 diễn ra ngày nào?", "new", "near-miss",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2021 diễn ra ngày nào?", NIC),
    ("vay con nam 2022", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
    ("HN đó tổ chức theo hình thức nào", "pronoun", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến"),
    ("Điểm cầu Hà Nội có ai dự?", "ellipsis", "-",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Hà Nội?", NR),
    ("Trong HN sơ kết 2019, VN trúng cử HĐBA với số phiếu bao nhiêu?", "new", "abbrev",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với số phiếu bao nhiêu?",
     "192/193"),
    ("nhiem ky nao", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021"),
)
conv(  # c28 R2 telegraphic
    ("PTT Tran Luu Quang lam viec voi BNG ngay nao, ve cong tac nam nao", "new", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào, về công tác đối ngoại năm nào?",
     "31-1 && 2023"),
    ("PTT danh gia cao dieu gi", "ellipsis", "accentless,abbrev,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở Bộ Ngoại giao?", "nỗ lực && Đại hội XIII"),
    ("ông ấy muốn tận dụng các hiệp định đã ký để làm gì", "pronoun", "paraphrase",
     "Phó Thủ tướng Trần Lưu Quang muốn Bộ Ngoại giao tranh thủ các hiệp định, thỏa thuận quốc tế đã ký để làm gì?",
     "bền vững"),
    ("bai nay lay theo nguon nao", "pronoun", "accentless",
     "Bài báo về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy theo nguồn nào?", "VGP"),
    ("Phó Thủ tướng Lê Văn Thành có dự buổi làm việc đó không?", "pronoun", "near-miss",
     "Phó Thủ tướng Lê Văn Thành có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?", NIC),
)
conv(  # c29 English, R3 -> R0
    ("What did the Foreign Ministry's July 2019 mid-year review say about the UN Security Council?", "new", "english",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nói gì về Hội đồng Bảo an Liên Hợp Quốc?",
     "2020-2021 && 192/193"),
    ("Who gave directions at that meeting?", "pronoun", "english",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh"),
    ("And the 2020 mid-year review?", "substitution", "english,near-miss",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao?", NIC),
    ("ok con so ket 2023 thi ai ket luan", "substitution", "accentless",
     "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("noi ro hon phan ket luan do", "request", "accentless,telegraphic",
     "Nói rõ hơn phần kết luận của Bộ trưởng Bùi Thanh Sơn tại Hội nghị sơ kết 6 tháng đầu năm 2023 (câu trả lời trước)",
     "biểu dương"),
)
conv(  # c30 R4 Party and cadres
    ("HN tổng kết NG 2024, TTg yêu cầu gì về xây dựng Đảng và đội ngũ cán bộ?", "new", "abbrev",
     "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về xây dựng Đảng và đội ngũ cán bộ?",
     "trong sạch && vừa hồng"),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn yêu cầu về đội ngũ cán bộ ngoại giao trong câu trả lời trước (báo cáo tổng kết năm 2024)",
     "tuyệt đối trung thành"),
    ("ông ấy nói gì về hoạt động đối ngoại cấp cao", "pronoun", "-",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói gì về các hoạt động đối ngoại cấp cao?",
     "lãnh đạo Đảng"),
    ("Bài báo này đăng trên báo nào?", "pronoun", "-",
     "Bài báo về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đăng trên báo nào?", "Quảng Trị"),
    ("ai viet", "ellipsis", "accentless,telegraphic",
     "Ai viết bài báo về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung"),
)
conv(  # c31 R0 world situation and premise
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới ra sao?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực ra sao?", "phức tạp"),
    ("quan he voi cac doi tac co gi moi", "ellipsis", "accentless",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác có bước phát triển gì mới?", "chiều sâu"),
    ("Vì sao HN đó bị hoãn từ tháng 6 sang 5/7?", "pronoun", "abbrev,premise",
     "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 bị hoãn từ tháng 6 sang ngày 5/7?", FP),
    ("ngoai giao da phuong thi sao", "substitution", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?", "song phương"),
    ("6 tháng cuối năm BT đề nghị triển khai đường lối của Đại hội nào?", "ellipsis", "abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị 6 tháng cuối năm triển khai đường lối đối ngoại của Đại hội nào?",
     "Đại hội XIII"),
    ("ai noi cau do", "request", "accentless,telegraphic",
     "Ai nói câu trong câu trả lời trước (đề nghị triển khai đường lối đối ngoại Đại hội XIII trong 6 tháng cuối năm 2023)?",
     "Bùi Thanh Sơn"),
)
conv(  # c32 compare the two year-end reviews
    ("So sánh số đại biểu dự HN tổng kết 2022 và HN tổng kết 2024", "new", "abbrev",
     "So sánh số đại biểu dự Hội nghị tổng kết năm 2022 và Hội nghị tổng kết năm 2024 của ngành Ngoại giao.",
     "700"),
    ("HN 2024 ket noi bao nhieu diem cau", "ellipsis", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 kết nối bao nhiêu điểm cầu?", NR),
    ("hình thức của HN đó", "pronoun", "accentless,abbrev,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến"),
    ("thế còn năm 2022?", "substitution", "telegraphic",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến"),
    ("ai chu tri HN nam do", "pronoun", "accentless,abbrev",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
)

# ---- block 5: c33-c40 ----
conv(  # c33 R3 with typo, then R2
    ("Pham Binh Minh chi dao nhung gi tai hoi nghi so ket nam 2019", "new", "accentless",
     "Phó Thủ tướng Phạm Bình Minh chỉ đạo những gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "nghiên cứu && phối hợp && nhạy bén"),
    ("ong ay noi ve xay dung ngnah the nao", "pronoun", "accentless,typo",
     "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "tuyển dụng"),
    ("hướng tới Đại hội nào", "ellipsis", "telegraphic",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao quyết tâm thực hiện nhiệm vụ hướng tới Đại hội nào của Đảng?",
     "Đại hội XIII"),
    ("Thủ tướng Nguyễn Xuân Phúc có dự HN đó không?", "pronoun", "abbrev,near-miss",
     "Thủ tướng Nguyễn Xuân Phúc có dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không?", NIC),
    ("BNG báo cáo kết quả đối ngoại năm 2022 với Phó Thủ tướng nào?", "new", "abbrev",
     "Bộ Ngoại giao báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022 với Phó Thủ tướng nào?", "Trần Lưu Quang"),
)
conv(  # c34 overview of the collection
    ("Có những báo cáo hội nghị nào của Bộ Ngoại giao?", "new", "paraphrase",
     "Có những báo cáo hội nghị nào của Bộ Ngoại giao trong tài liệu?", "2019 && 2022 && 2023 && 2024"),
    ("cai nao co TTg du", "ellipsis", "accentless,abbrev,telegraphic",
     "Trong các hội nghị đó, hội nghị nào có Thủ tướng dự?", "2022 && 2024"),
    ("trong mấy cái đó cái nào có PTT", "pronoun", "abbrev,telegraphic",
     "Trong các báo cáo đó, sự kiện nào có Phó Thủ tướng tham dự?", "Trần Lưu Quang && Phạm Bình Minh"),
    ("liệt kê lại kèm ngày diễn ra", "request", "telegraphic",
     "Liệt kê lại tất cả các báo cáo hội nghị đã nêu ở trên, kèm ngày diễn ra của từng sự kiện", "22/7 && 10/1 && 31-1 && 5/7 && 6/1"),
    ("co bao cao HN so ket 2024 ko", "new", "accentless,abbrev,near-miss",
     "Có báo cáo Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao không?", NIC),
)
conv(  # c35 telegraphic mid-year switches
    ("so ket 2019 ngay nao", "new", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
    ("2023?", "substitution", "telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
    ("ai ket luan", "ellipsis", "accentless,telegraphic",
     "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("bao nhieu nguoi du", "ellipsis", "accentless,telegraphic",
     "Bao nhiêu người dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR),
    ("dia diem", "ellipsis", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở địa điểm nào?", NR),
)
conv(  # c36 English, R0, then R1
    ("Who gave the concluding speech at the Foreign Ministry's 2023 mid-year review?", "new", "english",
     "Ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    ("What date was it held?", "ellipsis", "english",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
    ("nguồn tin từ đâu", "request", "-",
     "Nguồn tin của câu trả lời trước (báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023)", "TTXVN"),
    ("Thứ trưởng Đặng Hoàng Giang phát biểu gì ở hội nghị đó?", "pronoun", "near-miss",
     "Thứ trưởng Đặng Hoàng Giang phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NIC),
    ("chuyen sang HN tong ket 2022: diem cau Cao Bang co nhung huyen nao", "new", "accentless,abbrev",
     "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, điểm cầu Cao Bằng có UBND những huyện nào?",
     "Quảng Hòa && Hà Quảng"),
)
conv(  # c37 R1 bamboo diplomacy
    ("Bản sắc 'cây tre Việt Nam' được nhắc ở hội nghị nào?", "new", "-",
     "Bản sắc \"cây tre Việt Nam\" được nhắc đến ở hội nghị nào?", "tổng kết && 2022"),
    ("ai nói v", "ellipsis", "telegraphic,typo",
     "Ai nói về bản sắc \"cây tre Việt Nam\" tại Hội nghị tổng kết năm 2022?", "Phạm Minh Chính"),
    ("gốc vững là gì", "ellipsis", "accentless",
     "Theo Thủ tướng Phạm Minh Chính, \"gốc vững\" trong bản sắc cây tre Việt Nam là gì?",
     "tự chủ && đa phương hóa"),
    ("con ung xu theo phuong cham gi", "substitution", "accentless",
     "Theo Thủ tướng Phạm Minh Chính, sách lược, ứng xử theo phương châm gì?", "ứng vạn biến"),
    ("trích nguyên văn đoạn về hợp tác và đấu tranh", "request", "-",
     "Trích nguyên văn đoạn về hợp tác và đấu tranh trong phát biểu của Thủ tướng Phạm Minh Chính (câu trả lời trước)",
     "đối tác, đối tượng"),
)
conv(  # c38 R4 partners, then R2
    ("TTg yêu cầu gì về quan hệ với các đối tác tại HN tổng kết 2024", "new", "abbrev",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác?", "nâng tầm"),
    ("con ve xu ly tinh huong doi ngoai", "substitution", "accentless",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về xử lý các tình huống đối ngoại?", "dài hơi"),
    ("Vì sao TTg yêu cầu hạ cấp quan hệ với một số đối tác?", "ellipsis", "abbrev,premise",
     "Vì sao tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu hạ cấp quan hệ với một số đối tác?", FP),
    ("tinh gon bo may de dam bao dieu gi", "ellipsis", "accentless,telegraphic",
     "Theo Hội nghị tổng kết năm 2024, tinh gọn tổ chức bộ máy của Bộ Ngoại giao nhằm bảo đảm điều gì?", "thông suốt"),
    ("BNG làm việc với PTT Trần Lưu Quang ở đâu?", "new", "abbrev",
     "Bộ Ngoại giao làm việc với Phó Thủ tướng Trần Lưu Quang ở đâu?", "Trụ sở Bộ Ngoại giao"),
)
conv(  # c39 R2 then R4
    ("Buổi làm việc của PTT Trần Lưu Quang tại BNG diễn ra buổi sáng hay chiều?", "new", "abbrev",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang tại Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "Chiều"),
    ("co lanh dao VPCP du ko", "ellipsis", "accentless,abbrev,telegraphic",
     "Có lãnh đạo Văn phòng Chính phủ dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
     "Văn phòng Chính phủ"),
    ("HN tổng kết 2024 đánh giá đối ngoại năm 2024 góp phần củng cố điều gì?", "new", "abbrev",
     "Hội nghị tổng kết năm 2024 đánh giá công tác đối ngoại năm 2024 đã góp phần củng cố điều gì?", "rộng mở"),
    ("năm đó BNG nhận lại chức năng của những cơ quan nào", "pronoun", "abbrev,paraphrase",
     "Theo Hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    ("việc đó hoàn thành ngày nào", "pronoun", "accentless",
     "Việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội hoàn thành ngày nào?", NR),
)
conv(  # c40 economic diplomacy 2022 vs 2024
    ("TTg nói gì về vai trò của ngoại giao kinh tế tại HN tổng kết 2022?", "new", "abbrev",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về vai trò của ngoại giao kinh tế?",
     "thị trường xuất khẩu && chuỗi cung ứng"),
    ("con nam 2024 NGKT duoc danh gia the nao", "substitution", "accentless,abbrev",
     "Ngoại giao kinh tế năm 2024 được đánh giá thế nào tại Hội nghị tổng kết năm 2024?",
     "chuyển biến mạnh mẽ && điểm sáng"),
    ("Vốn FDI năm 2024 thu hút được bao nhiêu tỷ USD?", "ellipsis", "abbrev",
     "Theo báo cáo Hội nghị tổng kết năm 2024, vốn FDI năm 2024 thu hút được bao nhiêu tỷ USD?", NR),
    ("vay nam 2022 kim ngahc XNK vuot moc nao", "substitution", "accentless,abbrev,typo",
     "Năm 2022 kim ngạch xuất nhập khẩu vượt mốc nào?", "700 tỷ USD"),
    ("nguon", "request", "accentless,telegraphic",
     "Nguồn của câu trả lời trước (báo cáo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022)", "tổng kết && 2022"),
)

# ---- block 6: c41-c48 ----
conv(  # c41 R3 article metadata and off-topic noise, then R4
    ("Ảnh trong bài về HN sơ kết 6 tháng đầu năm 2019 lấy từ đâu?", "new", "abbrev",
     "Ảnh trong bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao lấy từ nguồn nào?", "TG&VN"),
    ("HN do quyet dinh bo doc quyen vang mieng the nao", "pronoun", "accentless,abbrev,near-miss,premise",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao quyết định bỏ độc quyền sản xuất vàng miếng thế nào?", FP),
    ("Công tác Đảng, đoàn thể được đánh giá ra sao?", "ellipsis", "-",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác Đảng, đoàn thể ra sao?", "thực chất"),
    ("ngoai giao kinh te nam 2024 duoi su chi dao cua ai", "new", "accentless",
     "Theo Hội nghị tổng kết năm 2024, ngoại giao kinh tế năm 2024 chuyển biến dưới sự chỉ đạo của ai?", "Thủ tướng"),
    ("nguon cau tra loi do", "request", "accentless",
     "Nguồn của câu trả lời trước (báo cáo Hội nghị tổng kết công tác ngành ngoại giao năm 2024)", "tổng kết && 2024"),
)
conv(  # c42 R1 contributions, then R0
    ("Các tham luận tại HN tổng kết NG 2022 đánh giá những gì?", "new", "abbrev",
     "Các tham luận tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 đánh giá những gì?",
     "phối hợp chặt chẽ && hiện đại"),
    ("co bao nhieu tham luan", "ellipsis", "accentless,telegraphic",
     "Có bao nhiêu tham luận tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NR),
    ("Ai trình bày tham luận đầu tiên?", "ellipsis", "-",
     "Ai trình bày tham luận đầu tiên tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NR),
    ("tom tat HN nay trong 3 y", "pronoun", "accentless,abbrev",
     "Tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 trong 3 ý.", "Phạm Minh Chính"),
    ("HN so ket 2023 dien ra ngay nao", "new", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
)
conv(  # c43 sovereignty R0 vs R3, then R2
    ("Theo báo cáo sơ kết 2023, ngoại giao góp phần bảo vệ chủ quyền bằng cách nào?", "new", "paraphrase",
     "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền và lợi ích của đất nước bằng cách nào?",
     "biện pháp hòa bình"),
    ("phu hop voi gi", "ellipsis", "accentless,telegraphic",
     "Các biện pháp hòa bình bảo vệ chủ quyền nêu trong báo cáo sơ kết 2023 phù hợp với gì?", "luật pháp quốc tế"),
    ("con nam 2019 bao ve chu quyen the nao", "substitution", "accentless",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác bảo vệ chủ quyền được thực hiện thế nào?",
     "chủ quyền biển đảo"),
    ("Báo cáo đó có nêu sự cố cụ thể nào trên biển không?", "pronoun", "-",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 có nêu sự cố cụ thể nào trên biển không?", NR),
    ("PTT Trần Lưu Quang nhận định thế giới thời gian tới có những gì thuận lợi?", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang nhận định thế giới thời gian tới có những cơ hội, thuận lợi gì?", "cơ hội"),
)
conv(  # c44 English, R2
    ("Which Deputy Prime Minister worked with the Foreign Ministry on 31 January?", "new", "english",
     "Phó Thủ tướng nào làm việc với Bộ Ngoại giao ngày 31-1?", "Trần Lưu Quang"),
    ("Who reported to him on the 2022 results?", "pronoun", "english",
     "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?", "Bùi Thanh Sơn"),
    ("Which year's foreign affairs work was the session about?", "ellipsis", "english",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về triển khai công tác đối ngoại năm nào?", "2023"),
    ("ổng có nói BNG đã ký bao nhiêu hiệp định quốc tế không", "pronoun", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang có nói Bộ Ngoại giao đã ký bao nhiêu hiệp định quốc tế không?", NR),
    ("sao ong ay noi the gioi se it bien dong hon", "pronoun", "accentless,premise",
     "Vì sao Phó Thủ tướng Trần Lưu Quang nói thế giới thời gian tới sẽ ít biến động hơn?", FP),
)
conv(  # c45 missing mid-year review, then R3
    ("HN sơ kết 6 tháng đầu năm 2024 của BNG có những nội dung gì?", "new", "abbrev,near-miss",
     "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao có những nội dung gì?", NIC),
    ("vậy có báo cáo sơ kết năm nào", "ellipsis", "accentless",
     "Có báo cáo Hội nghị sơ kết 6 tháng đầu năm của những năm nào?", "2019 && 2023"),
    ("cai nam 2019 dien ra luc nao", "ellipsis", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra lúc nào?", "22/7"),
    ("HN đó có nhắc Hiệp định bảo hộ đầu tư không", "pronoun", "abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc Hiệp định bảo hộ đầu tư không?", "bảo hộ đầu tư"),
    ("con RCEP", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc Hiệp định RCEP không?", NR),
)
conv(  # c46 R4 person, then R3 partners
    ("Phó Chủ tịch UBND tỉnh Hoàng Nam dự HN nào?", "new", "abbrev",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào?", "tổng kết && 2024"),
    ("o dau", "ellipsis", "accentless,telegraphic",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam dự Hội nghị tổng kết năm 2024 tại điểm cầu nào?", "Quảng Trị"),
    ("Trong báo cáo 2019, Việt Nam lập quan hệ Đối tác toàn diện với những nước nào?", "new", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
     "Brunei && Hà Lan"),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn câu về quan hệ Đối tác toàn diện trong câu trả lời trước (báo cáo sơ kết 2019)",
     "Brunei, Hà Lan"),
    ("con Uc thi sao", "substitution", "accentless,telegraphic",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, quan hệ với Úc có được thiết lập hay nâng cấp không?", NR),
)
conv(  # c47 R1 six key tasks
    ("TTg yêu cầu ngành NG thực hiện mấy nhiệm vụ trọng tâm tại HN tổng kết 2022?", "new", "abbrev",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", "6"),
    ("liet ke du 6 nhiem vu ra", "ellipsis", "accentless,telegraphic",
     "Liệt kê đầy đủ 6 nhiệm vụ trọng tâm Thủ tướng giao cho ngành Ngoại giao tại Hội nghị tổng kết năm 2022.", NR),
    ("trong đó cần đối sách thế nào", "ellipsis", "accentless",
     "Trong 6 nhiệm vụ trọng tâm, Thủ tướng yêu cầu ngành Ngoại giao cần có đối sách thế nào?", "uyển chuyển"),
    ("Ông ấy muốn ngành NG thời gian tới nỗ lực ra sao", "pronoun", "abbrev",
     "Thủ tướng Phạm Minh Chính muốn ngành Ngoại giao thời gian tới nỗ lực ra sao?",
     "nỗ lực lớn hơn && quyết tâm cao hơn"),
    ("Thủ tướng đã phê bình Bộ Ngoại giao vì xử lý chậm vụ việc nào?", "ellipsis", "premise",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng đã phê bình Bộ Ngoại giao vì xử lý chậm vụ việc nào?", FP),
)
conv(  # c48 R0 praise, then R4
    ("BT Bùi Thanh Sơn biểu dương ai tại HN sơ kết 2023", "new", "abbrev",
     "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "viên chức && người lao động"),
    ("ong ay yeu cau cac don vi lam tot hon cong tac gi", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì?", "tham mưu && dự báo"),
    ("Còn tại HN tổng kết 2024, BNG xác định cần làm gì để giữ thế chủ động chiến lược?", "new", "abbrev",
     "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định cần làm gì để giữ vững thế chủ động chiến lược?",
     "dự báo đúng && thời cơ"),
    ("đối ngoại gồm những trụ cột nào", "ellipsis", "accentless,paraphrase",
     "Theo Hội nghị tổng kết năm 2024, công tác đối ngoại gồm những trụ cột (bộ phận) nào?",
     "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân"),
    ("ai viet bai do", "pronoun", "accentless",
     "Ai viết bài báo về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung"),
)

# ---- writer ----


def clean(s):
    if "\t" in s or "\n" in s:
        raise ValueError("tab/newline in field: %r" % s)
    return s.strip()


def rows():
    for i, turns in enumerate(CONVS, 1):
        cid = "c%02d" % i
        for q, kind, tags, read_as, facts in turns:
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            yield [cid, clean(q), kind, tags, clean(read_as), clean(facts)]


def main():
    out = list(rows())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVS), len(out)))


if __name__ == "__main__":
    main()
