#!/usr/bin/env python3
"""Build /work/sealed/conv8/conversations.tsv from the turns held below as data.

Each conversation is a list of turns T(question, kind, tags, read_as, facts).
Turns tagged 'accentless' are stripped of diacritics automatically (đ -> d),
so they may be written either with or without accents here.
Only the five reports in ../given/ were used to write these turns.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "conversations.tsv")

HEADER = [
    "# Blind conversation set 8 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"
NR = "refuse:not_reported"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def T(question, kind, tags, read_as, facts):
    return (question, kind, tags, read_as, facts)


CONVS = []  # list of lists of turns; ids c01, c02, ... are given in order

# ---------------------------------------------------------------- c01-c08
CONVS.append([  # c01 year-end review 2022: basics
    T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
    T("ai chu tri", "ellipsis", "accentless,telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    T("TTg co du ko", "ellipsis", "accentless,abbrev,telegraphic",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính"),
    T("bao nhieu dai bieu", "ellipsis", "accentless,telegraphic",
      "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
    T("Kết nối với bao nhiêu tỉnh, thành phố?", "ellipsis", "-",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", "63"),
    T("nguồn nào?", "request", "telegraphic",
      "Nguồn của câu trả lời trước (báo cáo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022)", "tổng kết && 2022"),
])

CONVS.append([  # c02 year-end review 2024 attendees, switch to 2022
    T("Hội nghị tổng kết công tác ngoại giao năm 2024 tổ chức ngày nào và theo hình thức gì?", "new", "-",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tổ chức ngày nào và theo hình thức gì?", "6/1 && trực tuyến"),
    T("ai dự và chỉ đạo HN đó", "pronoun", "accentless,abbrev",
      "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
    T("Ở điểm cầu Quảng Trị có ai dự?", "ellipsis", "-",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    T("ông ấy giữ chức gì", "pronoun", "accentless",
      "Ông Hoàng Nam, người dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?", "Phó Chủ tịch"),
    T("Thế còn điểm cầu Cao Bằng năm 2022?", "substitution", "-",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
    T("những huyện nào cũng dự ở đó", "pronoun", "accentless",
      "UBND những huyện nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Quảng Hòa && Thạch An && Hà Quảng && Trùng Khánh && Bảo Lạc && Bảo Lâm && Hạ Lang"),
])

CONVS.append([  # c03 mid-year review 2019: Pham Binh Minh
    T("HN sơ kết 6 tháng đầu năm 2019 của BNG diễn ra ngày nào", "new", "accentless,abbrev",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7"),
    T("ai phát biểu chỉ đạo", "ellipsis", "accentless,telegraphic",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    T("Ông ấy lưu ý những điểm gì cho thời gian tới?", "pronoun", "-",
      "Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì cho công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "nghiên cứu && phối hợp && nhạy bén"),
    T("Trích nguyên văn ý thứ nhất", "request", "-",
      "Trích nguyên văn điểm lưu ý thứ nhất của Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019",
      "nhạy cảm trong tham mưu"),
    T("còn về xây dựng ngành thì sao", "substitution", "accentless",
      "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng && kỷ luật"),
])

CONVS.append([  # c04 mid-year review 2019: UNSC seat, partners
    T("Theo báo cáo sơ kết 6 tháng đầu năm 2019, VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "abbrev",
      "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193"),
    T("nhiệm kỳ nào", "ellipsis", "accentless,telegraphic",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021"),
    T("Vì sao Việt Nam lại thất bại trong cuộc bầu đó?", "pronoun", "premise",
      "Vì sao Việt Nam thất bại trong cuộc bầu Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021?", FP),
    T("tổng số đối tác chiến lược/toàn diện lúc đó là bao nhiêu", "pronoun", "accentless",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?", "30"),
    T("thêm nước nào", "ellipsis", "accentless,telegraphic",
      "Trong 6 tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
])

CONVS.append([  # c05 English start, year-end review 2022: PM's tasks
    T("Who chaired the foreign ministry's 2022 year-end review conference?", "new", "english",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    T("How many key tasks did the PM give the sector at that meeting?", "pronoun", "english,abbrev",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", "6"),
    T("list all six of them", "request", "english,telegraphic",
      "Liệt kê đầy đủ 6 nhiệm vụ trọng tâm mà Thủ tướng giao cho ngành Ngoại giao tại Hội nghị tổng kết năm 2022", NR),
    T("ổng ví bản sắc ngoại giao VN với hình ảnh gì", "pronoun", "paraphrase",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính ví bản sắc ngoại giao Việt Nam với hình ảnh gì?", "cây tre Việt Nam"),
    T("trích nguyên văn câu phương châm đi kèm", "request", "accentless",
      "Trích nguyên văn phương châm ứng xử mà Thủ tướng nêu kèm hình ảnh cây tre Việt Nam tại Hội nghị tổng kết năm 2022",
      "dĩ bất biến, ứng vạn biến"),
])

CONVS.append([  # c06 Deputy PM Tran Luu Quang working session
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
    T("ở đâu", "ellipsis", "accentless,telegraphic",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
    T("ai báo cáo kết quả năm 2022 với PTT", "ellipsis", "accentless,abbrev",
      "Ai báo cáo Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?", "Bùi Thanh Sơn"),
    T("PTT xác định nhiệm vụ trọng yếu, trung tâm, quan trọng là gì", "ellipsis", "accentless,abbrev",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, nhiệm vụ trung tâm và nhiệm vụ quan trọng của ngành ngoại giao là gì?",
      "giữ vững hòa bình && phục vụ phát triển đất nước && nâng cao vị thế"),
    T("Vì sao ông ấy phê bình Bộ Ngoại giao chậm triển khai nhiệm vụ?", "pronoun", "premise",
      "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm triển khai nhiệm vụ?", FP),
])

CONVS.append([  # c07 mid-year review 2023, switch to 2019
    T("Sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ngày nào?", "new", "-",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ngày nào?", "5/7"),
    T("phương châm là gì", "ellipsis", "accentless,telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 nêu công tác đối ngoại được triển khai với phương châm gì?",
      "chủ động, thích ứng, sáng tạo"),
    T("Ai kết luận hội nghị?", "ellipsis", "-",
      "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    T("bao nhiu nguoi du", "ellipsis", "accentless,telegraphic,typo",
      "Có bao nhiêu người dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR),
    T("Còn sơ kết 2019 thì ai phát biểu chỉ đạo?", "substitution", "-",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
])

CONVS.append([  # c08 year-end review 2024: economic diplomacy, switch to 2022
    T("Báo cáo tổng kết năm 2024 nói ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "new", "paraphrase",
      "Theo báo cáo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chuyển đổi xanh && chíp bán dẫn && trí tuệ nhân tạo"),
    T("TTg kết luận nhiệm vụ bao trùm là gì", "ellipsis", "accentless,abbrev",
      "Kết luận Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm của công tác đối ngoại là gì?",
      "vai trò tiên phong"),
    T("ổng nói đất nước vững bước vào kỷ nguyên gì?", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói đất nước vững bước vào kỷ nguyên gì?", "kỷ nguyên vươn mình"),
    T("kim ngạch XNK năm đó đạt bao nhiêu", "pronoun", "accentless,abbrev",
      "Theo báo cáo tổng kết năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?", NR),
    T("Còn năm 2022?", "substitution", "telegraphic",
      "Theo báo cáo tổng kết năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?", "700 tỷ USD"),
    T("nguồn?", "request", "accentless,telegraphic",
      "Nguồn của câu trả lời trước (báo cáo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022)", "tổng kết && 2022"),
])

# ---------------------------------------------------------------- c09-c16
CONVS.append([  # c09 2024 restructuring, then a new topic (2022 opening speech)
    T("Theo hội nghị tổng kết 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của những cơ quan nào?", "new", "-",
      "Theo báo cáo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
    T("gắn với tổng kết nghị quyết số mấy", "ellipsis", "accentless,telegraphic",
      "Việc tinh gọn bộ máy Bộ Ngoại giao nêu tại Hội nghị tổng kết năm 2024 gắn với tổng kết Nghị quyết số mấy của Ban Chấp hành Trung ương?",
      "Nghị quyết 18"),
    T("Vì sao Quốc hội phản đối việc sáp nhập đó?", "pronoun", "premise",
      "Vì sao Quốc hội phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ủy ban Đối ngoại Quốc hội?", FP),
    T("Ở hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện chỉ đạo của Tổng Bí thư nào?", "new", "paraphrase",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của Tổng Bí thư nào?",
      "Nguyễn Phú Trọng"),
    T("tại hội nghị nào", "ellipsis", "accentless,telegraphic",
      "Tổng Bí thư Nguyễn Phú Trọng đưa ra các kết luận, chỉ đạo được nhắc tới trong báo cáo tổng kết năm 2022 tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc"),
])

CONVS.append([  # c10 mid-year 2019: trade agreements
    T("Báo cáo sơ kết giữa năm 2019 nhắc tới những hiệp định thương mại nào?", "new", "paraphrase",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc tới những hiệp định thương mại nào?",
      "CPTPP && EVFTA"),
    T("hiệp định với EU thì phê chuẩn ngày nào", "ellipsis", "accentless",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Hiệp định EVFTA được phê chuẩn vào ngày nào?", NR),
    T("còn hiệp định nào được ký cùng", "ellipsis", "accentless",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, hiệp định nào được ký kết cùng với EVFTA?", "Hiệp định bảo hộ đầu tư"),
    T("Năm đó Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "pronoun", "-",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "Mỹ - Triều"),
    T("chỉ thị nào về đối ngoại đa phương được nhắc", "ellipsis", "accentless",
      "Báo cáo sơ kết 6 tháng đầu năm 2019 nhắc tới chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương?", "Chỉ thị 25"),
])

CONVS.append([  # c11 2024: chair not reported, cadres, switch to 2019
    T("Thủ tướng có dự HN tổng kết ngành NG năm 2024 không", "new", "accentless,abbrev",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", "Phạm Minh Chính"),
    T("Ai chủ trì?", "ellipsis", "telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR),
    T("ông ấy muốn đội ngũ cán bộ NG thế nào", "pronoun", "accentless,abbrev",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
      "vừa hồng, vừa chuyên"),
    T("còn HN sơ kết 2019 thì sao", "substitution", "accentless,abbrev",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 hướng tới xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
      "vừa hồng, vừa chuyên"),
    T("thế sơ kết 2021 thì sao", "substitution", "accentless,near-miss,telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao đặt yêu cầu gì về đội ngũ cán bộ ngoại giao?", NIC),
])

CONVS.append([  # c12 English 2024, then authors
    T("When was the 2024 diplomatic sector review conference held?", "new", "english",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?", "6/1"),
    T("Which province's connection point does the report cover?", "ellipsis", "english",
      "Báo cáo về Hội nghị tổng kết năm 2024 đưa tin về điểm cầu của tỉnh nào?", "Quảng Trị"),
    T("how many delegates attended overall?", "ellipsis", "english",
      "Tổng cộng bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR),
    T("Ai viết bài về Hội nghị tổng kết ngành Ngoại giao năm 2022?", "new", "-",
      "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường"),
    T("còn bài năm 2024", "substitution", "accentless,telegraphic",
      "Ai viết bài về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung"),
])

CONVS.append([  # c13 2022 PM quotes, switch to Deputy PM
    T("Tại hội nghị tổng kết 2022, Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc?", "new", "-",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc?",
      "từ sớm && từ xa"),
    T("trích nguyên văn", "request", "accentless,telegraphic",
      "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại Hội nghị tổng kết năm 2022",
      "giữ nước từ khi nước chưa nguy"),
    T("Ông ấy nói phải lấy ai làm trung tâm phục vụ?", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói ngành ngoại giao phải lấy ai làm trung tâm phục vụ?",
      "người dân, doanh nghiệp, địa phương"),
    T("Còn Phó Thủ tướng Trần Lưu Quang thì xác định nhiệm vụ trung tâm là gì?", "substitution", "-",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước"),
    T("ông ấy làm việc với bộ hôm nào", "pronoun", "accentless",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31-1"),
])

CONVS.append([  # c14 year that is not there, then real ones
    T("HN tổng kết công tác ngành NG năm 2021 do ai chủ trì", "new", "accentless,abbrev,near-miss",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2021?", NIC),
    T("Thế năm 2022?", "substitution", "telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    T("Năm đó Thủ tướng đề ra mấy nhiệm vụ trọng tâm?", "pronoun", "-",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng yêu cầu ngành thực hiện mấy nhiệm vụ trọng tâm?", "6"),
    T("còn năm 2023 thì sao", "substitution", "accentless,near-miss",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2023, Thủ tướng yêu cầu ngành thực hiện mấy nhiệm vụ trọng tâm?", NIC),
    T("Còn 2024?", "substitution", "telegraphic",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu ngành thực hiện mấy nhiệm vụ trọng tâm?", NR),
])

CONVS.append([  # c15 mid-year 2023 content
    T("Trong sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong thành tựu chung của cả nước?", "new", "paraphrase",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
      "điểm sáng"),
    T("BT Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại", "ellipsis", "accentless,abbrev",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?",
      "phương thức truyền thông mới"),
    T("Ổng còn yêu cầu đẩy mạnh gì nữa?", "pronoun", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn còn đề nghị đẩy mạnh việc gì?", "chuyển đổi số"),
    T("Tại hội nghị đó Bộ trưởng đã trao tặng gì?", "pronoun", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao đã trao tặng gì?", "danh hiệu && khen thưởng"),
    T("bao nhiêu tập thể được khen", "ellipsis", "accentless,telegraphic",
      "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR),
])

CONVS.append([  # c16 mid-year 2023, then new topic (Deputy PM)
    T("BNG tổ chức HN sơ kết 6 tháng đầu năm 2023 ngày nào", "new", "accentless,abbrev",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 ngày nào?", "5/7"),
    T("ai tham dự", "ellipsis", "accentless,telegraphic",
      "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    T("Hội nghị đó có tổ chức trực tuyến không?", "pronoun", "-",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có được tổ chức trực tuyến không?", NR),
    T("Phó Thủ tướng Trần Lưu Quang dặn Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư tại hội nghị nào?", "new", "-",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc && 2021"),
    T("lãnh đạo văn phòng nào cũng dự buổi đó", "pronoun", "accentless",
      "Lãnh đạo văn phòng nào cũng tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Văn phòng Chính phủ"),
])

# ---------------------------------------------------------------- c17-c24
CONVS.append([  # c17 mid-year 2019 context, compare 2023
    T("Hội nghị sơ kết 2019 nói công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào?", "new", "-",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào?",
      "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018"),
    T("nửa đầu năm 2019 tình hình quốc tế được đánh giá thế nào", "ellipsis", "accentless",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, tình hình quốc tế nửa đầu năm 2019 được đánh giá thế nào?",
      "nhanh hơn, phức tạp hơn"),
    T("Còn nửa đầu 2023?", "substitution", "telegraphic",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, tình hình thế giới và khu vực 6 tháng đầu năm 2023 được đánh giá thế nào?",
      "nhanh, phức tạp"),
    T("hội nghị 2019 hướng tới đại hội nào của Đảng", "ellipsis", "accentless",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao hướng tới Đại hội nào của Đảng?", "Đại hội XIII"),
    T("Còn Hội nghị Ngoại giao lần thứ 32 đã đề ra những gì?", "substitution", "near-miss",
      "Hội nghị Ngoại giao lần thứ 32 đã đề ra những gì?", NIC),
])

CONVS.append([  # c18 English start, mid-year 2023
    T("What was the motto of Vietnam's foreign affairs work in the first half of 2023, according to the ministry's review?", "new", "english,paraphrase",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, công tác đối ngoại được triển khai với phương châm gì?",
      "chủ động, thích ứng, sáng tạo"),
    T("And who gave the closing remarks?", "ellipsis", "english",
      "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
    T("Ông ấy biểu dương ai?", "pronoun", "-",
      "Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "cán bộ, công chức, viên chức"),
    T("ông ấy đề nghị gì cho 6 tháng cuối năm", "pronoun", "accentless",
      "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?",
      "ngoại giao kinh tế && bảo hộ công dân"),
    T("tóm tắt lại", "request", "accentless,telegraphic",
      "Tóm tắt lại các đề nghị của Bộ trưởng Bùi Thanh Sơn cho 6 tháng cuối năm 2023 (câu trả lời trước)",
      "ngoại giao kinh tế && chuyển đổi số"),
])

CONVS.append([  # c19 false premises about the 2022 review
    T("Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại hội nghị tổng kết ngoại giao năm 2022?", "new", "premise",
      "Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP),
    T("vậy ai chủ trì HN đó", "pronoun", "accentless,abbrev",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
    T("ổng nói ngành NG đang bước sang giai đoạn gì", "pronoun", "abbrev",
      "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?",
      "giai đoạn phát triển mới"),
    T("kim ngạch giảm xuống dưới 700 tỷ USD là do đâu", "ellipsis", "accentless,premise",
      "Theo báo cáo tổng kết năm 2022, vì sao kim ngạch xuất nhập khẩu năm 2022 giảm xuống dưới 700 tỷ USD?", FP),
    T("Vậy kim ngạch thực tế thế nào?", "ellipsis", "-",
      "Theo báo cáo tổng kết năm 2022, kim ngạch xuất nhập khẩu năm 2022 thực tế đạt mức nào?", "kỷ lục && 700 tỷ USD"),
])

CONVS.append([  # c20 Cao Bang connection point, switch to Quang Tri
    T("Ai dự hội nghị tổng kết ngoại giao 2022 ở điểm cầu Cao Bằng?", "new", "-",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
    T("những sở ngành nào của tỉnh dự", "ellipsis", "accentless",
      "Những sở, đơn vị nào của tỉnh Cao Bằng dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?",
      "Tài chính && Công thương && Công an tỉnh"),
    T("người đó phát biểu gì", "pronoun", "accentless,telegraphic",
      "Bà Nguyễn Bích Ngọc phát biểu gì tại điểm cầu Cao Bằng của Hội nghị tổng kết năm 2022?", NR),
    T("còn điểm cầu Quảng Trị năm 2024", "substitution", "accentless",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
    T("thế năm 2023 điểm cầu Cao Bằng có ai", "substitution", "accentless,near-miss",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 tại điểm cầu Cao Bằng?", NIC),
])

CONVS.append([  # c21 typos, Pham Binh Minh
    T("Pham Binh Minh phat bieu chi dao hoi ngi so ket nam nao", "new", "accentless,typo",
      "Phó Thủ tướng Phạm Bình Minh phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm nào của Bộ Ngoại giao?", "2019"),
    T("Ông ấy lúc đó giữ chức vụ gì?", "pronoun", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ chức vụ gì?", "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
    T("cong tac doi ngoai giu dc can bang gi", "ellipsis", "accentless,abbrev",
      "Theo Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại giữ được sự cân bằng gì?",
      "cân bằng linh hoạt"),
    T("Vì sao ông ấy từ chức Bộ trưởng ngay sau hội nghị đó?", "pronoun", "premise",
      "Vì sao ông Phạm Bình Minh từ chức Bộ trưởng Ngoại giao ngay sau Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
    T("ve cong tac can bo ong ay noi gj", "pronoun", "accentless,typo",
      "Về công tác cán bộ, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng && đào tạo"),
])

CONVS.append([  # c22 2022 minister's speech, then new topic (2023)
    T("Tại hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn đánh giá việc xử lý các vấn đề biên giới lãnh thổ thế nào?", "new", "-",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá việc xử lý các vấn đề biên giới lãnh thổ thế nào?",
      "đúng đắn, kịp thời"),
    T("ông ấy nói sự tham dự của TTg là minh chứng cho điều gì", "pronoun", "abbrev",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
      "quan tâm đặc biệt"),
    T("nói rõ hơn", "request", "telegraphic",
      "Nói rõ hơn ý của Bộ trưởng Bùi Thanh Sơn về sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 (câu trả lời trước)",
      "nguồn cổ vũ, động viên"),
    T("ổng muốn xây dựng ngành NG thế nào", "pronoun", "abbrev",
      "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao như thế nào?",
      "trong sạch, vững mạnh"),
    T("Ở sơ kết 6 tháng đầu năm 2023, Bộ trưởng Sơn muốn xây dựng đội ngũ cán bộ thế nào?", "new", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn muốn xây dựng đội ngũ cán bộ như thế nào?",
      "chuyên nghiệp, hiện đại"),
])

CONVS.append([  # c23 2024: tasks for 2025
    T("Năm 2025 Bộ Ngoại giao xác định những mục tiêu, nhiệm vụ gì?", "new", "-",
      "Theo Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định những mục tiêu, nhiệm vụ gì cho năm 2025?",
      "dự báo đúng tình hình && thế chủ động chiến lược"),
    T("trong đó có nhắc đối ngoại Đảng không", "ellipsis", "accentless",
      "Trong mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao có nhắc tới đối ngoại Đảng không?",
      "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân"),
    T("TTg đặt mục tiêu tăng trưởng GDP bao nhiêu", "ellipsis", "accentless,abbrev",
      "Tại Hội nghị tổng kết năm 2024 của ngành ngoại giao, Thủ tướng đặt mục tiêu tăng trưởng GDP bao nhiêu?", NR),
    T("ổng muốn xử lý tình huống đối ngoại phức tạp ra sao", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu xử lý các tình huống đối ngoại phức tạp ra sao?",
      "tổng thể && dài hơi"),
    T("tóm tắt lại kết luận của TTg", "request", "abbrev",
      "Tóm tắt lại kết luận của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết năm 2024",
      "vai trò tiên phong && Nghị quyết 18"),
])

CONVS.append([  # c24 2024 date, then new topic (2019 party work)
    T("HN tổng kết ngành NG 2024 diễn ra ngày nào", "new", "accentless,abbrev",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
    T("Báo cáo sơ kết 2019 đánh giá công tác Đảng, đoàn thể thế nào?", "new", "-",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá công tác Đảng, đoàn thể thế nào?",
      "hiệu quả, thực chất"),
    T("còn xây dựng ngành, bồi dưỡng cán bộ", "substitution", "accentless,telegraphic",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành, bồi dưỡng cán bộ thế nào?",
      "hiện đại hóa"),
    T("còn sơ kết năm 2018?", "substitution", "near-miss,telegraphic",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2018 của Bộ Ngoại giao đánh giá công tác xây dựng ngành thế nào?", NIC),
])

# ---------------------------------------------------------------- c25-c32
CONVS.append([  # c25 English start, 2022 format, then new topic (2023 news agency)
    T("At the 2022 year-end review of the diplomatic sector, how many delegates took part?", "new", "english",
      "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
    T("Was it only held in person?", "ellipsis", "english",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có phải chỉ tổ chức trực tiếp không?", "trực tuyến"),
    T("bao nhiêu tỉnh thành kết nối", "ellipsis", "accentless,telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?", "63"),
    T("CQĐD ở nước ngoài có kết nối không, mấy điểm", "ellipsis", "accentless,abbrev",
      "Các cơ quan đại diện Việt Nam ở nước ngoài có kết nối vào Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không, bao nhiêu điểm cầu?", NR),
    T("Bài về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do hãng tin nào đưa?", "new", "-",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do hãng tin nào đưa?", "TTXVN"),
])

CONVS.append([  # c26 Deputy PM's assessment
    T("PTT Tran Luu Quag danh gia the nao ve nganh NG", "new", "accentless,abbrev,typo",
      "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về ngành ngoại giao trong buổi làm việc với Bộ Ngoại giao?", "đánh giá cao"),
    T("Ông ấy nhận định tình hình thế giới thời gian tới ra sao?", "pronoun", "-",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?", "biến động sâu sắc"),
    T("nói rõ hơn", "request", "telegraphic",
      "Nói rõ hơn nhận định của Phó Thủ tướng Trần Lưu Quang về tình hình thế giới thời gian tới (câu trả lời trước)",
      "cơ hội, thuận lợi"),
    T("Bộ trưởng Sơn báo cáo Bộ quyết tâm đổi mới gì?", "ellipsis", "-",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo Bộ Ngoại giao quyết tâm đổi mới gì?",
      "tư duy và hành động"),
    T("buổi đó có ký kết văn bản nào không", "pronoun", "accentless",
      "Trong buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có ký kết văn bản nào không?", NR),
])

CONVS.append([  # c27 mid-year 2023 vs 2019: citizens, overseas Vietnamese, local affairs
    T("Sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?", "new", "-",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác bảo hộ công dân thế nào?", "nhiều đổi mới"),
    T("còn công tác người VN ở nước ngoài", "substitution", "accentless,abbrev",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?", "cầu nối"),
    T("năm 2019 thì sao", "substitution", "accentless,telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác người Việt Nam ở nước ngoài thế nào?", "tiếp tục được quan tâm"),
    T("Sao năm đó công tác ngoại vụ địa phương lại bị đình trệ?", "pronoun", "premise",
      "Vì sao trong 6 tháng đầu năm 2019 công tác ngoại vụ địa phương bị đình trệ?", FP),
    T("Vậy báo cáo nói gì về ngoại vụ địa phương?", "ellipsis", "-",
      "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về công tác ngoại vụ địa phương?",
      "lấy doanh nghiệp và người dân làm trung tâm"),
])

CONVS.append([  # c28 wrong person, then the real speaker of 2019
    T("Thủ tướng Nguyễn Xuân Phúc phát biểu gì tại HN sơ kết 2019 của BNG?", "new", "abbrev,near-miss",
      "Thủ tướng Nguyễn Xuân Phúc phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", NIC),
    T("vậy ai phát biểu chỉ đạo HN đó", "pronoun", "accentless,abbrev",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    T("Ông ấy nói gì về phối hợp?", "pronoun", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nói gì về sự phối hợp?",
      "giữa các đơn vị trong Bộ"),
    T("gắn công tác với gì", "ellipsis", "accentless,telegraphic",
      "Phó Thủ tướng Phạm Bình Minh yêu cầu gắn công tác đối ngoại với điều gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "nhu cầu, ưu tiên phát triển"),
    T("Vì sao ông ấy phản đối việc ký EVFTA?", "pronoun", "premise",
      "Vì sao Phó Thủ tướng Phạm Bình Minh phản đối việc ký Hiệp định EVFTA?", FP),
])

CONVS.append([  # c29 mid-year 2024 does not exist; year-end 2024
    T("BNG có tổ chức sơ kết 6 tháng đầu năm 2024 không, ai chủ trì", "new", "accentless,abbrev,near-miss",
      "Ai chủ trì Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao?", NIC),
    T("Thế còn tổng kết năm 2024, Thủ tướng nhấn mạnh nhiệm vụ bao trùm là gì?", "substitution", "-",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ bao trùm của công tác đối ngoại là gì?",
      "vai trò tiên phong"),
    T("ổng muốn huy động nguồn lực gì", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu huy động những nguồn lực nào?", "đột phá"),
    T("trích nguyên văn", "request", "accentless,telegraphic",
      "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về huy động nguồn lực tại Hội nghị tổng kết năm 2024",
      "nguồn lực có tính đột phá"),
])

CONVS.append([  # c30 English start, 2019, then new topic (2024 Resolution 18)
    T("Who gave the main directive speech at the ministry's mid-2019 review meeting?", "new", "english",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
    T("What posts did he hold at that meeting?", "pronoun", "english",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ những chức vụ gì?", "Phó Thủ tướng && Bộ trưởng"),
    T("VN đăng cai thượng đỉnh nào theo báo cáo đó", "pronoun", "abbrev",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "Mỹ - Triều"),
    T("lần thứ mấy", "ellipsis", "accentless,telegraphic",
      "Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức là lần thứ mấy?", "lần 2"),
    T("Ở hội nghị tổng kết 2024, Thủ tướng yêu cầu thực hiện chủ trương gì liên quan Nghị quyết 18?", "new", "-",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu thực hiện chủ trương gì liên quan đến Nghị quyết 18?",
      "tinh gọn"),
])

CONVS.append([  # c31 composition, then authors and outlets of other reports
    T("Hội nghị tổng kết 2022 có những thành phần nào tham dự?", "new", "-",
      "Những thành phần nào tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "bộ, ban, ngành Trung ương && qua các thời kỳ"),
    T("Ai viết bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "new", "-",
      "Ai viết bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "B.T.V"),
    T("bài đó lấy theo nguồn nào", "pronoun", "accentless",
      "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy theo nguồn nào?", "VGP"),
    T("Bài về hội nghị sơ kết 6 tháng đầu năm 2019 đăng trên báo nào?", "new", "-",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đăng trên báo nào?", "CLO"),
    T("bài đó đăng ngày nào", "pronoun", "accentless,telegraphic",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?", "22/07/2019"),
])

CONVS.append([  # c32 2022 PM: from "muốn là bạn"
    T("Tại hội nghị tổng kết 2022, Thủ tướng nói chủ trương 'muốn là bạn' đã chuyển thành gì?", "new", "-",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói chủ trương 'muốn là bạn' đã chuyển thành gì?",
      "sẵn sàng là bạn"),
    T("Còn về hợp tác và đấu tranh thì sao?", "substitution", "-",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về cách nhìn nhận trong hợp tác và đấu tranh?",
      "đối tác, đối tượng"),
    T("Ông ấy muốn ngoại giao kinh tế làm gì với thị trường nhập khẩu?", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính muốn ngoại giao kinh tế làm gì với thị trường nhập khẩu?",
      "đa dạng hóa"),
    T("ai nói câu đó", "request", "accentless,telegraphic",
      "Ai nói câu về đa dạng hóa thị trường nhập khẩu (câu trả lời trước) tại Hội nghị tổng kết năm 2022?", "Phạm Minh Chính"),
    T("Vì sao Thủ tướng phê bình Bộ trưởng Sơn tại hội nghị đó?", "pronoun", "premise",
      "Vì sao Thủ tướng Phạm Minh Chính phê bình Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết năm 2022?", FP),
])

# ---------------------------------------------------------------- c33-c40
CONVS.append([  # c33 telegraphic journalist, 2024 vs 2022
    T("tk ngành ngoại giao 2024 - ngày?", "new", "accentless,abbrev,telegraphic",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
    T("ai chỉ đạo", "ellipsis", "accentless,telegraphic",
      "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
    T("địa điểm chính?", "ellipsis", "accentless,telegraphic",
      "Điểm cầu chính của Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đặt ở đâu?", NR),
    T("số đại biểu?", "ellipsis", "accentless,telegraphic",
      "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR),
    T("còn 2022?", "substitution", "accentless,telegraphic",
      "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
])

CONVS.append([  # c34 economic diplomacy 2023 vs 2019, then new topic (Deputy PM)
    T("Báo cáo sơ kết 6 tháng đầu 2023 đánh giá ngoại giao kinh tế thế nào?", "new", "-",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác ngoại giao kinh tế thế nào?",
      "trọng tâm, trọng điểm"),
    T("còn SK 2019", "substitution", "accentless,abbrev,telegraphic",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá hội nhập quốc tế và ngoại giao kinh tế thế nào?", "bước đột phá"),
    T("nói rõ hơn", "request", "telegraphic",
      "Nói rõ hơn bước đột phá của hội nhập quốc tế và ngoại giao kinh tế 6 tháng đầu năm 2019 (câu trả lời trước)",
      "CPTPP && EVFTA"),
    T("vì sao hiệp định CPTPP bị hoãn triển khai", "ellipsis", "accentless,premise",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, vì sao Hiệp định CPTPP bị hoãn triển khai?", FP),
    T("Trong buổi làm việc 31-1, PTT yêu cầu BNG tranh thủ tối đa những gì?", "new", "abbrev",
      "Trong buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ tối đa những gì?",
      "nguồn lực bên ngoài"),
])

CONVS.append([  # c35 2022 opening speech, then new topic (2024 partners)
    T("BT Bùi Thanh Sơn khai mạc HN tổng kết 2022 nói ngành NG cần đổi mới gì?", "new", "abbrev",
      "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao cần đổi mới gì?",
      "tư duy và hành động"),
    T("ổng nói ngoại giao kinh tế năm đó đóng góp gì", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngoại giao kinh tế năm 2022 đóng góp gì?",
      "ổn định kinh tế vĩ mô"),
    T("Hội nghị tổng kết 2024 đặt yêu cầu gì với quan hệ với các đối tác quan trọng?", "new", "-",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đặt yêu cầu gì đối với quan hệ với các đối tác quan trọng?",
      "nâng cấp, nâng tầm"),
    T("ai yêu cầu vậy", "request", "accentless,telegraphic",
      "Ai đưa ra yêu cầu nâng cấp, nâng tầm quan hệ với các đối tác quan trọng tại Hội nghị tổng kết năm 2024 (câu trả lời trước)?",
      "Phạm Minh Chính"),
    T("còn HN tổng kết 2023 thì sao", "substitution", "accentless,abbrev,near-miss",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 đặt yêu cầu gì đối với quan hệ với các đối tác quan trọng?", NIC),
])

CONVS.append([  # c36 mid-year 2023: partners, multilateral, then missing year
    T("Sơ kết 6 tháng đầu năm 2023 nói quan hệ với các đối tác có gì mới?", "new", "paraphrase",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá quan hệ với các đối tác có gì mới?", "chiều sâu"),
    T("ngoại giao đa phương thì sao", "substitution", "accentless",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?", "song phương"),
    T("bảo vệ chủ quyền bằng biện pháp gì", "ellipsis", "accentless",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền bằng biện pháp gì?", "biện pháp hòa bình"),
    T("Còn năm 2020?", "substitution", "near-miss,telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao đánh giá việc bảo vệ chủ quyền thế nào?", NIC),
    T("thôi quay lại 2023, họp ngày nào", "ellipsis", "accentless,telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao họp ngày nào?", "5/7"),
])

CONVS.append([  # c37 Deputy PM: priorities
    T("Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những gì?", "new", "-",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những gì?",
      "đối ngoại cấp cao && hội nhập quốc tế"),
    T("về biên giới thì sao", "ellipsis", "accentless",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?", "hữu nghị"),
    T("Ổng nhắc đường lối đối ngoại của Đại hội nào?", "pronoun", "-",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào của Đảng?", "Đại hội XIII"),
    T("Vì sao ông ấy đề nghị giảm tham gia các diễn đàn đa phương?", "pronoun", "premise",
      "Vì sao Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao giảm tham gia các diễn đàn đa phương?", FP),
    T("tóm tắt lại buổi làm việc", "request", "accentless",
      "Tóm tắt lại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao",
      "Trần Lưu Quang && Bùi Thanh Sơn"),
])

CONVS.append([  # c38 a phrase across reports, then new topic (embassies in 2022)
    T("Cụm 'vừa hồng, vừa chuyên' xuất hiện trong những báo cáo hội nghị nào?", "new", "-",
      "Cụm từ 'vừa hồng, vừa chuyên' xuất hiện trong báo cáo của những hội nghị nào?", "2019 && 2024"),
    T("năm 2024 ai nói", "ellipsis", "accentless,telegraphic",
      "Tại Hội nghị tổng kết năm 2024, ai nêu yêu cầu xây dựng đội ngũ cán bộ 'vừa hồng, vừa chuyên'?", "Phạm Minh Chính"),
    T("trích nguyên văn đoạn đó", "request", "accentless",
      "Trích nguyên văn đoạn về đội ngũ cán bộ 'vừa hồng, vừa chuyên' trong kết luận của Thủ tướng tại Hội nghị tổng kết năm 2024",
      "tuyệt đối trung thành"),
    T("ĐSQ VN tại Mỹ có kết nối vào HN tổng kết 2022 không", "new", "accentless,abbrev",
      "Đại sứ quán Việt Nam tại Hoa Kỳ có kết nối vào Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", NR),
    T("vậy tổng cộng bao nhiêu đại biểu", "ellipsis", "accentless,telegraphic",
      "Tổng cộng bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
])

CONVS.append([  # c39 multilateral diplomacy 2022 vs 2024
    T("đối ngoại đa phương năm 2022 được đánh giá thế nào", "new", "accentless",
      "Tại Hội nghị tổng kết năm 2022, đối ngoại đa phương năm 2022 được đánh giá thế nào?", "chủ động, tích cực"),
    T("ai đánh giá vậy", "request", "accentless,telegraphic",
      "Ai đưa ra đánh giá về đối ngoại đa phương năm 2022 (câu trả lời trước)?", "Bùi Thanh Sơn"),
    T("còn 2024 thì sao", "substitution", "accentless",
      "Theo báo cáo tổng kết năm 2024, công tác đối ngoại song phương và đa phương năm 2024 được đánh giá thế nào?",
      "bước phát triển mới"),
    T("Việt Nam rút khỏi cơ chế đa phương nào trong năm 2024?", "ellipsis", "premise",
      "Theo báo cáo tổng kết năm 2024, Việt Nam rút khỏi cơ chế đa phương nào trong năm 2024?", FP),
])

CONVS.append([  # c40 Directive 25 (2019)
    T("Chỉ thị 25 của Ban Bí thư nói về gì, theo báo cáo sơ kết 2019", "new", "accentless",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Chỉ thị 25 của Ban Bí thư nói về vấn đề gì?", "nâng tầm đối ngoại đa phương"),
    T("Chỉ thị 26 thì sao?", "substitution", "near-miss,telegraphic",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Chỉ thị 26 của Ban Bí thư nói về vấn đề gì?", NIC),
    T("kết quả đa phương nổi bật năm đó", "pronoun", "accentless,telegraphic",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, kết quả đối ngoại đa phương nổi bật của năm 2019 là gì?",
      "Ủy viên không thường trực | Mỹ - Triều"),
    T("ai ký chỉ thị 25", "ellipsis", "accentless,telegraphic",
      "Ai ký Chỉ thị 25 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương?", NR),
])

# ---------------------------------------------------------------- c41-c46
CONVS.append([  # c41 mid-year 2023 conclusions, then new topic (2022 opening)
    T("Ở sơ kết giữa năm 2023, Bộ trưởng đề nghị triển khai đường lối đối ngoại của Đại hội nào?", "new", "paraphrase",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào của Đảng?",
      "Đại hội XIII"),
    T("Ông ấy yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì?", "pronoun", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
      "nghiên cứu, dự báo, tham mưu"),
    T("Vì sao ông ấy cắt giảm chế độ chính sách cho cán bộ?", "pronoun", "premise",
      "Vì sao Bộ trưởng Bùi Thanh Sơn cắt giảm chế độ chính sách cho cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP),
    T("ông ấy nói gì về chế độ chính sách", "pronoun", "accentless",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn nói gì về chế độ chính sách cho cán bộ?",
      "bảo đảm chế độ chính sách"),
    T("Khai mạc HN tổng kết 2022, BT Sơn nói HN nhìn lại việc thực hiện chỉ đạo tại HN NG lần thứ mấy", "new", "accentless,abbrev",
      "Khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhìn lại việc thực hiện chỉ đạo tại Hội nghị Ngoại giao lần thứ mấy?",
      "lần thứ 31"),
])

CONVS.append([  # c42 English start, Deputy PM's tasks, wrong person
    T("What did Deputy PM Tran Luu Quang call the central task of the foreign ministry?", "new", "english",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước"),
    T("And the vital, regular task?", "substitution", "english",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?",
      "giữ vững hòa bình, ổn định"),
    T("Còn Phó Thủ tướng Lê Văn Thành thì sao?", "substitution", "near-miss",
      "Phó Thủ tướng Lê Văn Thành xác định nhiệm vụ trọng yếu của Bộ Ngoại giao là gì?", NIC),
    T("nguồn?", "request", "telegraphic",
      "Nguồn của câu trả lời về các nhiệm vụ do Phó Thủ tướng Trần Lưu Quang xác định (bài về buổi làm việc ngày 31-1)", "VGP"),
])

CONVS.append([  # c43 which report mentions which conference; several topic changes
    T("Hội nghị Ngoại giao lần thứ 31 được nhắc tới trong báo cáo tổng kết năm nào?", "new", "-",
      "Hội nghị Ngoại giao lần thứ 31 được nhắc tới trong báo cáo hội nghị tổng kết năm nào?", "2022"),
    T("hội nghị đó diễn ra năm nào", "pronoun", "accentless",
      "Hội nghị Ngoại giao lần thứ 31 diễn ra năm nào?", NR),
    T("Báo cáo sơ kết 2019 nhắc đến Hội nghị Ngoại giao lần thứ mấy?", "new", "-",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc đến Hội nghị Ngoại giao lần thứ mấy?", "30"),
    T("Trong buổi làm việc ngày 31-1, Bộ trưởng Sơn báo cáo Bộ xác định nhiệm vụ trung tâm là gì?", "new", "-",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang ngày 31-1, Bộ trưởng Bùi Thanh Sơn báo cáo Bộ Ngoại giao xác định nhiệm vụ trung tâm là gì?",
      "phục vụ phát triển đất nước"),
    T("còn tinh thần phục vụ là gì", "ellipsis", "accentless",
      "Trong buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn nêu tinh thần phục vụ của Bộ Ngoại giao là gì?", "phụng sự"),
])

CONVS.append([  # c44 2024 cadres' qualities, switch to 2019
    T("Thủ tướng muốn cán bộ ngoại giao có những phẩm chất gì, theo hội nghị tổng kết 2024?", "new", "paraphrase",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu đội ngũ cán bộ ngoại giao có những phẩm chất gì?",
      "sâu sắc về chiến lược && khôn khéo về ứng xử"),
    T("Ổng còn nói gì về xây dựng Đảng trong ngành?", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói gì về xây dựng Đảng trong ngành ngoại giao?",
      "trong sạch, vững mạnh"),
    T("tóm tắt lại", "request", "accentless,telegraphic",
      "Tóm tắt lại yêu cầu của Thủ tướng Phạm Minh Chính về đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024",
      "vừa hồng, vừa chuyên"),
    T("con so ket 2019 ve xay dung ngàn noi gi", "substitution", "accentless,typo",
      "Về công tác xây dựng ngành, Hội nghị sơ kết 6 tháng đầu năm 2019 nêu chỉ đạo gì?", "tuyển dụng"),
    T("vì sao năm đó bộ lại ngừng tuyển dụng cán bộ", "pronoun", "accentless,premise",
      "Vì sao năm 2019 Bộ Ngoại giao ngừng tuyển dụng cán bộ?", FP),
])

CONVS.append([  # c45 number of partners 2019
    T("Năm 2019 Việt Nam có bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", "new", "-",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam có bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", "30"),
    T("so voj năm 2022 thì sao", "substitution", "accentless,typo",
      "Theo báo cáo tổng kết năm 2022, Việt Nam có bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", NR),
    T("vì sao số đối tác giảm xuống 25 nước năm 2019", "ellipsis", "accentless,premise",
      "Vì sao số Đối tác chiến lược/Đối tác toàn diện của Việt Nam giảm xuống 25 nước năm 2019?", FP),
    T("Vậy năm đó thiết lập quan hệ Đối tác toàn diện với nước nào?", "pronoun", "-",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
])

CONVS.append([  # c46 building the sector: 2023 vs 2019
    T("Theo sơ kết 6 tháng đầu năm 2023, các đại biểu đánh giá công tác chỉ đạo điều hành thế nào?", "new", "-",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, các đại biểu đánh giá công tác chỉ đạo điều hành của Bộ Ngoại giao thế nào?",
      "nề nếp"),
    T("Công tác tổ chức cán bộ?", "substitution", "telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác tổ chức cán bộ được đánh giá thế nào?", "bài bản"),
    T("còn 2019?", "substitution", "accentless,telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành, bồi dưỡng cán bộ được đánh giá thế nào?",
      "hiện đại hóa | vừa hồng, vừa chuyên"),
    T("năm đó có kỷ luật cán bộ nào không", "pronoun", "accentless",
      "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao có kỷ luật cán bộ nào không?", NR),
])

# ---------------------------------------------------------------- c47-c50
CONVS.append([  # c47 dates -> meetings
    T("Ngày 10/1 BNG tổ chức HN gì", "new", "accentless,abbrev",
      "Ngày 10/1 Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2022"),
    T("có đưa tin điểm cầu tỉnh nào", "ellipsis", "accentless",
      "Báo cáo về Hội nghị tổng kết năm 2022 đưa tin về điểm cầu của tỉnh nào?", "Cao Bằng"),
    T("PCT UBND tỉnh ở đó là aj", "ellipsis", "accentless,abbrev,typo",
      "Phó Chủ tịch UBND tỉnh Cao Bằng dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng là ai?", "Nguyễn Bích Ngọc"),
    T("Ngày 6/1 Bộ Ngoại giao tổ chức hội nghị gì?", "new", "-",
      "Ngày 6/1 Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2024"),
    T("có lãnh đạo địa phương nào dự không", "ellipsis", "accentless",
      "Lãnh đạo địa phương nào dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được nêu trong báo cáo?",
      "Hoàng Nam && Quảng Trị"),
])

CONVS.append([  # c48 English start, Minister's report to Deputy PM, switch to 2023
    T("What did Minister Bui Thanh Son report to Deputy PM Tran Luu Quang?", "new", "english",
      "Bộ trưởng Bùi Thanh Sơn đã báo cáo Phó Thủ tướng Trần Lưu Quang về nội dung gì?", "2022"),
    T("bộ quyết tâm đổi mới tư duy và hành động, trọng tâm là gì", "ellipsis", "accentless",
      "Bộ Ngoại giao quyết tâm đổi mới tư duy và hành động, trong đó trọng tâm là gì (theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang)?",
      "xây dựng, phát triển ngành"),
    T("đẩy mạnh ứng dụng gì", "ellipsis", "accentless,telegraphic",
      "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao đẩy mạnh ứng dụng gì?", "chuyển đổi số"),
    T("Trích nguyên văn", "request", "telegraphic",
      "Trích nguyên văn câu về chuyển đổi số trong báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang",
      "đẩy mạnh ứng dụng chuyển đổi số"),
    T("còn sơ kết 2023 có nói chuyển đổi số không", "substitution", "accentless",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 có đề cập chuyển đổi số không?", "đẩy mạnh chuyển đổi số"),
])

CONVS.append([  # c49 2022 PM: bamboo image
    T("Thủ tướng giải thích 'gốc vững' của cây tre Việt Nam là gì?", "new", "-",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính giải thích 'gốc vững' của bản sắc cây tre Việt Nam là gì?",
      "độc lập, tự chủ"),
    T("còn phần uyển chuyển thì sao", "substitution", "accentless",
      "Thủ tướng Phạm Minh Chính nói sự uyển chuyển, linh hoạt của cây tre Việt Nam thể hiện ở đâu?", "sách lược"),
    T("Ổng nói ở hội nghị nào?", "pronoun", "-",
      "Thủ tướng Phạm Minh Chính nói về bản sắc cây tre Việt Nam tại hội nghị nào?", "tổng kết && 2022"),
    T("còn HN tổng kết 2021 ổng nói gì", "substitution", "accentless,abbrev,near-miss",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2021, Thủ tướng Phạm Minh Chính nói gì?", NIC),
])

CONVS.append([  # c50 2019 research/advice, sources, then new topic (2024 economy)
    T("Báo cáo sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá công tác nghiên cứu, tham mưu thế nào?", "new", "-",
      "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá công tác nghiên cứu, tham mưu thế nào?", "đề án"),
    T("Nguồn báo nào?", "request", "telegraphic",
      "Nguồn của câu trả lời trước (báo nào đăng bài về Hội nghị sơ kết 6 tháng đầu năm 2019)", "CLO"),
    T("ảnh lấy từ đâu", "ellipsis", "accentless,telegraphic",
      "Ảnh trong bài về Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "TG&VN"),
    T("bao nhiêu đề án", "ellipsis", "accentless,telegraphic",
      "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã có bao nhiêu đề án về đối ngoại?", NR),
    T("Theo tổng kết 2024, ngoại giao kinh tế góp phần duy trì Việt Nam trong nhóm nước nào?", "new", "-",
      "Theo báo cáo Hội nghị tổng kết năm 2024, ngoại giao kinh tế góp phần duy trì Việt Nam trong nhóm nước nào?",
      "tăng trưởng cao"),
])


def main():
    rows = []
    for i, conv in enumerate(CONVS, 1):
        cid = "c%02d" % i
        for (q, kind, tags, read_as, facts) in conv:
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            for field in (q, kind, tags, read_as, facts):
                assert "\t" not in field and "\n" not in field, field
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVS), len(rows)))


if __name__ == "__main__":
    main()
