#!/usr/bin/env python3
"""Build /work/sealed/conv9/conversations.tsv from the turn data held below.

Report keys (files in ../given/):
  A = 000_...  Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn)
  B = 001_...  Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1, TTg Phạm Minh Chính dự, BT Bùi Thanh Sơn chủ trì)
  C = 002_...  Buổi làm việc của PTT Trần Lưu Quang với Bộ Ngoại giao (31-1)
  D = 003_...  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh)
  E = 004_...  Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1, TTg Phạm Minh Chính)

Each turn: (question, kind, tags, read_as, facts, src)
  facts: "g1 && g2" with alternatives "a | b", or "refuse:<reason>"
  src:   string of report keys whose union must contain every fact alternative
         (None for refuse turns). The build aborts if a fact is missing.
Turns tagged 'accentless' have their question stripped of diacritics (đ->d).
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 9 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

REPORT_FILES = {
    "A": "000_47e75d3c86d27e21.txt",
    "B": "001_8430b1541a21d71d.txt",
    "C": "002_0e1cf19fdeddcf6d.txt",
    "D": "003_60cdc4bfe3deff94.txt",
    "E": "004_771f5d769968830d.txt",
}


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", strip_accents(s).lower()).strip()


def occurs(fact, text_norm):
    f = norm(fact)
    return re.search(r"(?<![0-9a-z])" + re.escape(f) + r"(?![0-9a-z])", text_norm) is not None


CONVS = []  # list of (conv_id, [turns])


def conv(turns):
    CONVS.append(("c%02d" % (len(CONVS) + 1), turns))


# ---------------------------------------------------------------- c01-c08
conv([  # c01 journalist: year-end review 2022, then 2024
    ("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1", "B"),
    ("ai chu tri", "ellipsis", "accentless,telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "B"),
    ("bao nhieu dai bieu du vay", "ellipsis", "accentless",
     "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700", "B"),
    ("ket noi bao nhieu diem cau", "ellipsis", "accentless,telegraphic",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63", "B"),
    ("còn HN tổng kết năm 2024 thì tổ chức ngày nào?", "substitution", "abbrev",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", "E"),
    ("nguon nao vay", "request", "accentless",
     "Nguồn của câu trả lời trước (báo cáo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, báo Quảng Trị)",
     "Quảng Trị | Hoài Nhung", "E"),
])

conv([  # c02 student: mid-year review 2023
    ("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "A"),
    ("ai du HN do", "pronoun", "accentless,abbrev,telegraphic",
     "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "A"),
    ("phuong cham doi ngoai nua dau nam la gi", "ellipsis", "accentless,paraphrase",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
     "chủ động && thích ứng && sáng tạo", "A"),
    ("hn to chuc o dau", "ellipsis", "accentless,abbrev,telegraphic",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
     "refuse:not_reported", None),
    ("ổng biểu dương ai", "pronoun", "telegraphic",
     "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "công chức | người lao động", "A"),
])

conv([  # c03 diplomat: mid-year review 2019
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG diễn ra ngày nào?", "new", "abbrev",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7", "D"),
    ("ai phat bieu chi dao", "ellipsis", "accentless,telegraphic",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "D"),
    ("ong ay luc do giu nhung chuc vu gi", "pronoun", "accentless",
     "Năm 2019 ông Phạm Bình Minh giữ những chức vụ gì?", "Phó Thủ tướng && Bộ trưởng", "D"),
    ("ong ay neu nhung diem gi can luu tam", "pronoun", "accentless",
     "Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào trong công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "nhạy cảm && phối hợp && nhạy bén", "D"),
    ("trích nguyên văn ý thứ nhất", "request", "-",
     "Trích nguyên văn điểm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu (báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019)",
     "nhạy cảm trong tham mưu", "D"),
])

conv([  # c04 journalist: numbers in the 2019 report
    ("VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "abbrev",
     "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
     "192", "D"),
    ("nhiem ky nao", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?", "2020 && 2021", "D"),
    ("sao lai co nhieu nuoc bo phieu chong vay", "ellipsis", "accentless,premise",
     "Vì sao nhiều nước bỏ phiếu chống Việt Nam khi Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
     "refuse:false_premise", None),
    ("tong so doi tac chien luoc, toan dien luc do la bao nhieu", "ellipsis", "accentless",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu quốc gia?",
     "30", "D"),
    ("nâng lên nhờ thiết lập quan hệ với nước nào", "ellipsis", "-",
     "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
     "Brunei && Hà Lan", "D"),
    ("con voi Singapore thi sao", "substitution", "accentless,telegraphic",
     "Trong 6 tháng đầu năm 2019, Việt Nam có thiết lập quan hệ Đối tác toàn diện với Singapore không?",
     "refuse:not_in_corpus", None),
])

conv([  # c05 student: PM Phạm Minh Chính's quotes, 2022 review
    ("Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam tại hội nghị tổng kết ngành ngoại giao năm 2022?", "new", "-",
     "Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "gốc vững | kiên định độc lập && uyển chuyển | linh hoạt", "B"),
    ("phuong cham ong ay nhac toi la gi", "pronoun", "accentless",
     "Phương châm mà Thủ tướng Phạm Minh Chính nhắc tới về sách lược, ứng xử tại Hội nghị tổng kết ngành Ngoại giao năm 2022 là gì?",
     "dĩ bất biến", "B"),
    ("tom tat lai giup minh", "request", "accentless",
     "Tóm tắt lại ý của Thủ tướng Phạm Minh Chính về bản sắc cây tre Việt Nam (báo cáo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022)",
     "cây tre && dĩ bất biến | uyển chuyển", "B"),
    ("Ông ấy yêu cầu ngành thực hiện mấy nhiệm vụ trọng tâm?", "pronoun", "-",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6", "B"),
    ("liet ke du 6 nhiem vu do", "pronoun", "accentless,telegraphic",
     "Liệt kê đầy đủ 6 nhiệm vụ trọng tâm mà Thủ tướng yêu cầu ngành Ngoại giao thực hiện tại Hội nghị tổng kết năm 2022",
     "refuse:not_reported", None),
])

conv([  # c06 working session of Deputy PM Trần Lưu Quang
    ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31", "C"),
    ("o dau", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở", "C"),
    ("ai tham du buoi lam viec do", "pronoun", "accentless",
     "Ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ", "C"),
    ("PTT xac dinh nhiem vu trung tam la gi", "ellipsis", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của công tác đối ngoại là gì?",
     "phục vụ phát triển đất nước", "C"),
    ("còn nhiệm vụ trọng yếu, thường xuyên?", "substitution", "-",
     "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên là gì?", "giữ vững hòa bình", "C"),
    ("con nhiem vu quan trong", "substitution", "accentless,telegraphic",
     "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng là gì?", "vị thế", "C"),
])

conv([  # c07 year-end review 2024
    ("Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "new", "-",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "E"),
    ("ong ay ket luan nhiem vu bao trum la gi", "pronoun", "accentless",
     "Kết luận Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
     "tiên phong && hòa bình", "E"),
    ("ky nguyen gi", "ellipsis", "accentless,telegraphic",
     "Thủ tướng Phạm Minh Chính nói góp phần đưa đất nước vững bước vào kỷ nguyên nào (Hội nghị tổng kết năm 2024)?",
     "vươn mình", "E"),
    ("ai chủ trì hội nghị này", "pronoun", "-",
     "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "refuse:not_reported", None),
    ("con nam 2020 thi TTg co du ko", "substitution", "accentless,abbrev,near-miss",
     "Thủ tướng có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2020 không?", "refuse:not_in_corpus", None),
])

conv([  # c08 foreign student in English: 2024 review
    ("Who attended the foreign ministry's 2024 year-end review conference?", "new", "english",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "E"),
    ("which province's connection point is mentioned?", "ellipsis", "english",
     "Báo cáo Hội nghị tổng kết năm 2024 nhắc đến điểm cầu tỉnh nào?", "Quảng Trị", "E"),
    ("who attended there", "ellipsis", "english,telegraphic",
     "Ai dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "E"),
    ("how many delegates attended in total?", "ellipsis", "english",
     "Tổng cộng có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
     "refuse:not_reported", None),
])

# ---------------------------------------------------------------- c09-c16
conv([  # c09 switching between the two year-end reviews
    ("hoi nghi tong ket nganh NG nam 2022 to chuc theo hinh thuc nao", "new", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến", "B"),
    ("con nam 2024", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến", "E"),
    ("Ai dự hội nghị tổng kết ngành ngoại giao 2022 tại điểm cầu Cao Bằng?", "new", "-",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "B"),
    ("nguoi do giu chuc gi", "pronoun", "accentless,telegraphic",
     "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch", "B"),
    ("nhung huyen nao cua Cao Bnag tham du", "ellipsis", "accentless,typo",
     "Những huyện nào của tỉnh Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
     "Quảng Hòa && Thạch An && Hà Quảng && Trùng Khánh && Bảo Lạc && Bảo Lâm && Hạ Lang", "B"),
    ("còn huyện Nguyên Bình có dự không?", "substitution", "near-miss",
     "Huyện Nguyên Bình (Cao Bằng) có dự Hội nghị tổng kết ngành Ngoại giao năm 2022 không?",
     "refuse:not_in_corpus", None),
])

conv([  # c10 Deputy PM working session, premise trap
    ("PTT Tran Luu Quang lam viec voi BNG ve noi dung gi", "new", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?", "công tác đối ngoại && 2023", "C"),
    ("bt bui thanh son bao cao gi voi ong ay", "pronoun", "accentless,abbrev",
     "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "kết quả && 2022", "C"),
    ("BNG quyet tam doi moi gi", "ellipsis", "accentless,abbrev,telegraphic",
     "Theo Bộ trưởng Bùi Thanh Sơn, Bộ Ngoại giao quyết tâm đổi mới gì?", "tư duy và hành động", "C"),
    ("Sao PTT lại phê bình BNG chậm đổi mới?", "ellipsis", "abbrev,premise",
     "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm đổi mới?", "refuse:false_premise", None),
    ("Ông ấy đánh giá thế nào về ngành ngoại giao?", "pronoun", "-",
     "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành ngoại giao?", "đánh giá cao", "C"),
])

conv([  # c11 economic integration, 2019
    ("HN so ket 6 thang dau nam 2019 neu ket qua gi ve hoi nhap, ngoai giao kinh te", "new", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu kết quả gì về hội nhập quốc tế và ngoại giao kinh tế?",
     "CPTPP && EVFTA", "D"),
    ("cai voi EU la hiep dinh gi", "ellipsis", "accentless,telegraphic",
     "Hiệp định với EU được nhắc trong báo cáo sơ kết 6 tháng đầu năm 2019 là hiệp định gì?",
     "tự do thương mại | EVFTA", "D"),
    ("ngoài ra còn ký hiệp định nào", "ellipsis", "-",
     "Ngoài EVFTA, hiệp định nào khác được ký kết theo báo cáo sơ kết 6 tháng đầu năm 2019?", "bảo hộ đầu tư", "D"),
    ("vi sao CPTPP bi hoan trien khai", "ellipsis", "accentless,premise",
     "Vì sao Hiệp định CPTPP bị hoãn triển khai (theo báo cáo sơ kết 6 tháng đầu năm 2019)?",
     "refuse:false_premise", None),
    ("con RCEP thi sao", "substitution", "accentless,telegraphic",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hiệp định RCEP?", "refuse:not_in_corpus", None),
])

conv([  # c12 trade figure 2022, then economic diplomacy mid-2023
    ("Năm 2022 kim ngach xuất nhập khẩu vượt mốc bao nhiêu theo Bộ trưởng Bùi Thanh Sơn?", "new", "typo",
     "Theo Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
     "700", "B"),
    ("sao lai giam so voi nam truoc", "ellipsis", "accentless,premise",
     "Vì sao kim ngạch xuất nhập khẩu năm 2022 lại giảm so với năm trước?", "refuse:false_premise", None),
    ("ong ay danh gia ngoai giao kinh te nam 2022 ra sao", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác ngoại giao kinh tế năm 2022 ra sao?",
     "đẩy mạnh && kinh tế vĩ mô | phục hồi", "B"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?",
     "trọng tâm, trọng điểm | cụ thể, thiết thực", "A"),
    ("nói rõ hơn", "request", "telegraphic",
     "Nói rõ hơn đánh giá về ngoại giao kinh tế 6 tháng đầu năm 2023 (báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023)",
     "mở rộng thị trường | kinh tế vĩ mô", "A"),
])

conv([  # c13 2024 review: tasks 2025, restructuring
    ("Bo Ngoai giao xac dinh muc tieu nhiem vu nam 2025 ra sao", "new", "accentless",
     "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?",
     "dự báo đúng | chủ động chiến lược", "E"),
    ("ngoại giao kinh tế năm 2024 chuyển biến trong những lĩnh vực nào", "ellipsis", "-",
     "Theo báo cáo tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
     "chíp bán dẫn && trí tuệ nhân tạo", "E"),
    ("BNG tiep nhan chuc nang cua co quan nao", "ellipsis", "accentless,abbrev",
     "Theo kết luận Hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "E"),
    ("vì sao Ban Đối ngoại TW lại tiếp nhận chức năng của BNG", "ellipsis", "abbrev,premise",
     "Vì sao Ban Đối ngoại Trung ương lại tiếp nhận chức năng, nhiệm vụ của Bộ Ngoại giao?",
     "refuse:false_premise", None),
    ("tong ket nghi quyet nao", "ellipsis", "accentless,telegraphic",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?",
     "Nghị quyết 18", "E"),
])

conv([  # c14 the phrase "vừa hồng, vừa chuyên"
    ("Cụm từ 'vừa hồng, vừa chuyên' xuất hiện trong báo cáo hội nghị nào?", "new", "-",
     "Cụm từ 'vừa hồng, vừa chuyên' xuất hiện trong báo cáo hội nghị nào?", "2019 && 2024", "DE"),
    ("trong bài năm 2024 ai nói câu đó", "request", "-",
     "Ai nói câu 'vừa hồng, vừa chuyên' trong báo cáo Hội nghị tổng kết năm 2024?", "Phạm Minh Chính", "E"),
    ("doi ngu can bo do con phai the nao nua", "pronoun", "accentless",
     "Theo Thủ tướng tại Hội nghị tổng kết năm 2024, đội ngũ cán bộ ngoại giao 'vừa hồng, vừa chuyên' còn phải như thế nào?",
     "trung thành && tinh thông", "E"),
    ("Năm 2019 thì xây dựng ngành hướng tới mục tiêu gì?", "substitution", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới mục tiêu gì?", "hiện đại hóa", "D"),
])

conv([  # c15 2019 background references
    ("Hội nghị sơ kết 2019 nhắc tới Chỉ thị số mấy về đối ngoại đa phương?", "new", "-",
     "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới Chỉ thị số mấy của Ban Bí thư về đối ngoại đa phương?",
     "25", "D"),
    ("chi thi do ve noi dung gi", "pronoun", "accentless",
     "Chỉ thị 25 của Ban Bí thư có nội dung gì?", "nâng tầm đối ngoại đa phương", "D"),
    ("VN to chuc thanh cong hoi nghi thuong dinh nao", "ellipsis", "accentless,abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
     "Mỹ && Triều", "D"),
    ("hội nghị thượng đỉnh đó diễn ra ở thành phố nào", "pronoun", "-",
     "Hội nghị thượng đỉnh Mỹ - Triều lần 2 diễn ra ở thành phố nào (theo báo cáo sơ kết 6 tháng đầu năm 2019)?",
     "refuse:not_reported", None),
    ("công tác đối ngoại nửa đầu năm triển khai theo tinh thần HN Ngoại giao lần thứ mấy", "ellipsis", "abbrev",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần Hội nghị Ngoại giao lần thứ mấy?",
     "30", "D"),
])

conv([  # c16 opening of 2022 review, then 2019
    ("Khai mạc HN tổng kết 2022, BT Sơn nói hội nghị nhằm mục đích gì?", "new", "abbrev",
     "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
     "nhìn lại && 31", "B"),
    ("thế HN NG lần thứ 32 thì sao", "substitution", "abbrev,near-miss",
     "Báo cáo nói gì về Hội nghị Ngoại giao lần thứ 32?", "refuse:not_in_corpus", None),
    ("su tham du cua TTg duoc BT Son dah gia the nao", "ellipsis", "accentless,abbrev,typo",
     "Bộ trưởng Bùi Thanh Sơn đánh giá thế nào về sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022?",
     "minh chứng | cổ vũ", "B"),
    ("Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác xây dựng ngành tại hội nghị sơ kết 2019?", "new", "-",
     "Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "tuyển dụng && kỷ cương | kỷ luật", "D"),
    ("ong ay co nhac den bao ve chinh tri noi bo khong", "pronoun", "accentless",
     "Phó Thủ tướng Phạm Bình Minh có nhắc đến bảo vệ chính trị nội bộ tại Hội nghị sơ kết 6 tháng đầu năm 2019 không?",
     "bảo vệ chính trị nội bộ", "D"),
])

# ---------------------------------------------------------------- c17-c24
conv([  # c17 mid-2023: building the service, awards
    ("Tại HN sơ kết 6 tháng đầu năm 2023, BT Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?", "new", "abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?",
     "chỉ đạo điều hành && công tác cán bộ | thi đua khen thưởng", "A"),
    ("co trao khen thuong khong", "ellipsis", "accentless,telegraphic",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "danh hiệu | khen thưởng", "A"),
    ("bao nhieu tap the duoc khen", "ellipsis", "accentless,telegraphic",
     "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "refuse:not_reported", None),
    ("Vì sao Bộ trưởng lại phê bình cán bộ ở hội nghị đó?", "pronoun", "premise",
     "Vì sao Bộ trưởng Bùi Thanh Sơn phê bình cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "refuse:false_premise", None),
    ("ông ấy đề nghị ứng dụng gì trong thông tin đối ngoại", "pronoun", "-",
     "Bộ trưởng Bùi Thanh Sơn đề nghị ứng dụng gì trong thông tin đối ngoại (Hội nghị sơ kết 6 tháng đầu năm 2023)?",
     "truyền thông mới", "A"),
])

conv([  # c18 telegraphic journalist: the PM at the year-end reviews
    ("TTg Pham Minh Chinh du HN tong ket nganh NG nam nao", "new", "accentless,abbrev,telegraphic",
     "Theo các báo cáo, Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao những năm nào?",
     "2022 && 2024", "BE"),
    ("nam 2022 ong ay de nghi nganh chu dong dieu gi", "pronoun", "accentless",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao chủ động điều gì?",
     "dự báo | đi trước mở đường", "B"),
    ("ổng nói bảo vệ từ khi nào", "pronoun", "telegraphic",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói ngành ngoại giao phải bảo vệ Tổ quốc từ khi nào?",
     "từ sớm && từ xa", "B"),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn câu Thủ tướng nói về bảo vệ 'từ sớm, từ xa' (báo cáo Hội nghị tổng kết năm 2022)",
     "giữ nước từ khi nước chưa nguy", "B"),
    ("Why was the PM absent from the 2024 conference?", "new", "english,premise",
     "Vì sao Thủ tướng vắng mặt tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
     "refuse:false_premise", None),
])

conv([  # c19 student paraphrasing: 2019, then 2022
    ("Theo báo cáo giữa năm 2019, BNG đã làm tốt công tác gì cho lãnh đạo cấp cao?", "new", "abbrev,paraphrase",
     "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?",
     "nghiên cứu && tham mưu", "D"),
    ("quan he voi cac nuoc lon thi sao", "ellipsis", "accentless",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, quan hệ với các nước lớn được triển khai thế nào?",
     "cân bằng | chiều sâu", "D"),
    ("sao quan he voi cac nuoc lon lai xau di", "ellipsis", "accentless,premise",
     "Vì sao quan hệ của Việt Nam với các nước lớn lại xấu đi trong 6 tháng đầu năm 2019?",
     "refuse:false_premise", None),
    ("ngoai vu dia phuong lay ai lam trung tam", "ellipsis", "accentless",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương lấy ai làm trung tâm?",
     "doanh nghiệp && người dân", "D"),
    ("Tại hội nghị tổng kết năm 2022, Thủ tướng nói lấy ai làm trung tâm phục vụ?", "new", "-",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói lấy ai làm trung tâm phục vụ?",
     "người dân && doanh nghiệp && địa phương", "B"),
])

conv([  # c20 the two mid-year reviews compared
    ("Sơ kết 6 tháng đầu 2023 đánh giá tình hình thế giới thế nào?", "new", "telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực như thế nào?", "phức tạp", "A"),
    ("con nam 2019?", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá tình hình quốc tế như thế nào?", "khó lường | phức tạp hơn", "D"),
    ("ai noi vay", "request", "accentless,telegraphic",
     "Ai đưa ra nhận định đó về tình hình quốc tế nửa đầu năm 2019?", "Phạm Bình Minh", "D"),
    ("còn 6 tháng đầu năm 2022 thì sao", "substitution", "near-miss",
     "Hội nghị sơ kết 6 tháng đầu năm 2022 đánh giá tình hình quốc tế như thế nào?", "refuse:not_in_corpus", None),
    ("ok vay so ket 2023 co noi gi ve nguoi VN o nuoc ngoai", "new", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về công tác người Việt Nam ở nước ngoài?", "cầu nối", "A"),
])

conv([  # c21 Deputy PM's directions
    ("Theo PTT Trần Lưu Quang, BNG cần tham mưu gì cho Đảng và Nhà nước?", "new", "abbrev",
     "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tham mưu gì cho Đảng và Nhà nước?",
     "bước đi đối ngoại | chủ trương", "C"),
    ("ong ay nhac toi hoi nghi doi ngaoi toan quoc nam nao", "pronoun", "accentless,typo",
     "Phó Thủ tướng Trần Lưu Quang nhắc tới Hội nghị đối ngoại toàn quốc năm nào?", "2021", "C"),
    ("do ai chi dao", "ellipsis", "accentless,telegraphic",
     "Ai chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021 được Phó Thủ tướng Trần Lưu Quang nhắc tới?",
     "Nguyễn Phú Trọng", "C"),
    ("hội nghị đó có bao nhiêu người dự", "pronoun", "-",
     "Hội nghị đối ngoại toàn quốc năm 2021 có bao nhiêu người dự?", "refuse:not_reported", None),
    ("PTT yêu cầu củng cố biên giới thế nào", "ellipsis", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu củng cố biên giới như thế nào?", "hữu nghị", "C"),
])

conv([  # c22 English-speaking journalist, switches to Vietnamese
    ("Who chaired the MFA's 2022 year-end review conference?", "new", "english,abbrev",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "B"),
    ("and how many delegates?", "ellipsis", "english,telegraphic",
     "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700", "B"),
    ("con diem cau Cao Bang co ai", "ellipsis", "accentless,telegraphic",
     "Ai dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "B"),
    ("ai la tac gia bai nay", "pronoun", "accentless",
     "Ai là tác giả bài báo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", "B"),
    ("còn bài năm 2024?", "substitution", "telegraphic",
     "Ai là tác giả bài báo về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung", "E"),
])

conv([  # c23 premise first, then real facts of 2024
    ("Hội nghị tổng kết ngành ngoại giao năm 2024 bị hoãn đến ngày nào?", "new", "premise",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 bị hoãn đến ngày nào?", "refuse:false_premise", None),
    ("the thuc te hoi nghi dien ra khi nao", "ellipsis", "accentless",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", "E"),
    ("sang hay chieu", "ellipsis", "accentless,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra buổi sáng hay buổi chiều?", "sáng", "E"),
    ("năm đó VN có thuộc nhóm tăng trưởng cao không", "pronoun", "abbrev",
     "Theo báo cáo tổng kết năm 2024, Việt Nam có thuộc nhóm nước tăng trưởng cao không?", "tăng trưởng cao", "E"),
    ("tang truong GDP bao nhieu %", "ellipsis", "accentless,abbrev,telegraphic",
     "Theo báo cáo tổng kết năm 2024, tăng trưởng GDP của Việt Nam năm 2024 là bao nhiêu phần trăm?",
     "refuse:not_reported", None),
])

conv([  # c24 minister's conclusions mid-2023
    ("Ai phát biểu kết luận hội nghị sơ kết 6 tháng đầu năm 2023 của BNG?", "new", "abbrev",
     "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "A"),
    ("ông ấy đề nghị đưa quan hệ với những đối tác nào vào chiều sâu", "pronoun", "-",
     "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với những đối tác nào vào chiều sâu (Hội nghị sơ kết 6 tháng đầu năm 2023)?",
     "láng giềng && nước lớn", "A"),
    ("ong ay yeu cau cac don vi lam tot hon cong tac gi", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì?", "dự báo", "A"),
    ("duong loi doi ngoai cua dai hoi may", "ellipsis", "accentless,telegraphic",
     "Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội Đảng lần thứ mấy?", "XIII", "A"),
    ("Thứ trưởng Nguyễn Minh Vũ phát biểu gì ở hội nghị đó", "pronoun", "near-miss",
     "Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "refuse:not_in_corpus", None),
])

# ---------------------------------------------------------------- c25-c32
conv([  # c25 short: where, which outlet (2019)
    ("hn so ket 6 thang dau nam 2019 to chuc o dau", "new", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", "refuse:not_reported", None),
    ("bài đó đăng trên báo nào", "pronoun", "-",
     "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 đăng trên báo nào?", "CLO", "D"),
    ("anh lay cua ai", "ellipsis", "accentless,telegraphic",
     "Ảnh trong bài về Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "TG&VN", "D"),
])

conv([  # c26 Deputy PM's outlook, then 2024 instructions
    ("PTT Trần Lưu Quang nhận định thế giới thời gian tới ra sao", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
     "biến động && cơ hội", "C"),
    ("ông ấy có dự hội nghị tổng kết năm 2022 không", "pronoun", "near-miss",
     "Phó Thủ tướng Trần Lưu Quang có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
     "refuse:not_reported", None),
    ("Tại hội nghị tổng kết 2024, Thủ tướng yêu cầu xử lý các tình huống đối ngoại phức tạp thế nào?", "new", "-",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu xử lý các tình huống đối ngoại phức tạp như thế nào?",
     "dài hơi", "E"),
    ("noi ro hon", "request", "accentless,telegraphic",
     "Nói rõ hơn yêu cầu của Thủ tướng về xử lý tình huống đối ngoại phức tạp (báo cáo Hội nghị tổng kết năm 2024)",
     "dài hơi && tham mưu", "E"),
    ("tóm tắt các yêu cầu của ổng ở hội nghị này", "pronoun", "-",
     "Tóm tắt các yêu cầu của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024",
     "đối ngoại cấp cao && tinh gọn", "E"),
])

conv([  # c27 English start, UNSC vote 2019
    ("How many votes did Vietnam get for the UN Security Council seat, per the mid-2019 review?", "new", "english",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?",
     "192", "D"),
    ("cho nhiem ky nao", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ cho nhiệm kỳ nào?", "2020 && 2021", "D"),
    ("dieu do cho thay gi", "pronoun", "accentless",
     "Việc Việt Nam trúng cử HĐBA LHQ với số phiếu cao cho thấy điều gì?", "tín nhiệm", "D"),
    ("còn nhiệm kỳ 2008-2009?", "substitution", "near-miss",
     "Báo cáo nói gì về việc Việt Nam làm Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2008-2009?",
     "refuse:not_in_corpus", None),
])

conv([  # c28 "bright spot": mid-2023 vs 2024
    ("Theo sơ kết giữa năm 2023, đối ngoại là gì trong thành tựu chung cả nước?", "new", "paraphrase",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong những thành tựu chung của cả nước?",
     "điểm sáng", "A"),
    ("con nam 2024 thi VN la diem sang ve gi", "substitution", "accentless,abbrev",
     "Theo báo cáo tổng kết năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?", "thương mại && đầu tư", "E"),
    ("trong boi canh nao", "ellipsis", "accentless,telegraphic",
     "Theo báo cáo tổng kết năm 2024, Việt Nam là điểm sáng về thương mại và thu hút đầu tư trong bối cảnh nào?",
     "nhiều biến động", "E"),
    ("ai chỉ đạo sâu sát ngoại giao kinh tế năm đó", "pronoun", "-",
     "Theo báo cáo tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo sâu sát của ai?",
     "Thủ tướng", "E"),
    ("sao Thủ tướng lại chỉ đạo cắt giảm ngân sách ngoại giao", "ellipsis", "premise",
     "Vì sao tại Hội nghị tổng kết năm 2024 Thủ tướng lại chỉ đạo cắt giảm ngân sách ngành ngoại giao?",
     "refuse:false_premise", None),
])

conv([  # c29 PM's "muốn là bạn" etc., 2022
    ("Thủ tướng nhắc đến việc chuyển chủ trương từ 'muốn là bạn' sang gì?", "new", "-",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nhắc đến việc chuyển từ chủ trương 'muốn là bạn' sang gì?",
     "sẵn sàng là bạn", "B"),
    ("ve hop tac va dau tranh thi sao", "ellipsis", "accentless",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng nói gì về hợp tác và đấu tranh?", "đối tượng", "B"),
    ("giai thich ro hon", "request", "accentless,telegraphic",
     "Giải thích rõ hơn ý của Thủ tướng về hợp tác và đấu tranh (báo cáo Hội nghị tổng kết năm 2022)",
     "địch && đối tác", "B"),
    ("ngoai giao kinh te thi ong ay muon gi", "pronoun", "accentless",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính muốn ngoại giao kinh tế làm gì?",
     "thị trường xuất khẩu && chuỗi giá trị | chuỗi cung ứng", "B"),
    ("TBT Tô Lâm có dự HN đó không", "pronoun", "abbrev,near-miss",
     "Tổng Bí thư Tô Lâm có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
     "refuse:not_in_corpus", None),
])

conv([  # c30 which meetings exist
    ("Có những báo cáo hội nghị sơ kết 6 tháng đầu năm nào?", "new", "-",
     "Các báo cáo có những Hội nghị sơ kết công tác 6 tháng đầu năm của những năm nào?", "2019 && 2023", "AD"),
    ("cai nam 2019 ngay nao", "ellipsis", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào?", "22/7", "D"),
    ("con cai 2023", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "5/7", "A"),
    ("Hội nghị tổng kết ngành ngoại giao năm 2021 diễn ra khi nào?", "new", "near-miss",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2021 diễn ra khi nào?", "refuse:not_in_corpus", None),
    ("vay co bao cao HN tong ket nhung nam nao", "ellipsis", "accentless,abbrev",
     "Các báo cáo có Hội nghị tổng kết công tác ngành ngoại giao của những năm nào?", "2022 && 2024", "BE"),
])

conv([  # c31 diplomat: working session, then 2019 and 2023 internal affairs
    ("Lãnh đạo Chính phủ nào làm việc với BNG chiều 31-1?", "new", "abbrev",
     "Lãnh đạo Chính phủ nào làm việc với Bộ Ngoại giao chiều 31-1?", "Trần Lưu Quang", "C"),
    ("BT Son nhan manh BNG quyet tam gi", "ellipsis", "accentless,abbrev",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nhấn mạnh Bộ Ngoại giao quyết tâm điều gì?",
     "đổi mới tư duy", "C"),
    ("trong tam la gi", "ellipsis", "accentless,telegraphic",
     "Theo Bộ trưởng Bùi Thanh Sơn tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, trọng tâm của việc đổi mới là gì?",
     "nhiệm vụ đối ngoại && phát triển ngành", "C"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá gì về công tác Đảng, đoàn thể?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá gì về công tác Đảng, đoàn thể?", "thực chất", "D"),
    ("còn 2023 thì công tác quản trị tài vụ được đánh giá sao", "substitution", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác quản trị tài vụ thế nào?", "bài bản", "A"),
])

conv([  # c32 journalist with a false premise on the PM
    ("vi sao TTg khong du HN tong ket nganh NG 2022", "new", "accentless,abbrev,premise",
     "Vì sao Thủ tướng không dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "refuse:false_premise", None),
    ("vay ong co phat bieu ko", "pronoun", "accentless,abbrev",
     "Thủ tướng Phạm Minh Chính có phát biểu tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
     "chỉ đạo", "B"),
    ("ông ấy muốn ngành ngoại giao nỗ lực thế nào thời gian tới", "pronoun", "-",
     "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính muốn ngành ngoại giao nỗ lực thế nào thời gian tới?",
     "nỗ lực lớn hơn && quyết tâm cao hơn", "B"),
    ("ai viet bai", "ellipsis", "accentless,telegraphic",
     "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", "B"),
    ("hn so ket 2019 co bao nhieu nguoi du", "new", "accentless,abbrev,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người dự?", "refuse:not_reported", None),
])

# ---------------------------------------------------------------- c33-c40
conv([  # c33 provincial connection points
    ("Ai dự HN tổng kết NG 2024 ở điểm cầu Quảng Trị?", "new", "abbrev,telegraphic",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "E"),
    ("ong ay la ai", "pronoun", "accentless,telegraphic",
     "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch", "E"),
    ("ong ay co phat bieu gi khogn", "pronoun", "accentless,typo",
     "Ông Hoàng Nam có phát biểu gì tại Hội nghị tổng kết năm 2024 không?", "refuse:not_reported", None),
    ("còn điểm cầu Cao Bằng năm 2022 thì ai dự", "substitution", "-",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "B"),
    ("ngoai nguoi do con lanh dao so nao", "pronoun", "accentless",
     "Ngoài đồng chí Nguyễn Bích Ngọc, lãnh đạo những sở, đơn vị nào dự tại điểm cầu Cao Bằng?",
     "Tài chính && Công thương", "B"),
])

conv([  # c34 minister's directions for H2 2023
    ("BT Bùi Thanh Sơn đề nghị ngành NG 6 tháng cuối năm 2023 làm gì về đối ngoại đa phương?", "new", "abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì về đối ngoại đa phương trong 6 tháng cuối năm?",
     "nâng tầm", "A"),
    ("con ve chu quyen", "substitution", "accentless,telegraphic",
     "Bộ trưởng Bùi Thanh Sơn đề nghị gì về bảo vệ chủ quyền (Hội nghị sơ kết 6 tháng đầu năm 2023)?",
     "kiên trì", "A"),
    ("con chuyen doi so", "substitution", "accentless,telegraphic",
     "Bộ trưởng Bùi Thanh Sơn đề nghị gì về chuyển đổi số (Hội nghị sơ kết 6 tháng đầu năm 2023)?",
     "đẩy mạnh chuyển đổi số", "A"),
    ("Hội nghị đó có quyết định hủy kế hoạch chuyển đổi số không?", "pronoun", "premise",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có quyết định hủy kế hoạch chuyển đổi số của Bộ Ngoại giao không?",
     "refuse:false_premise", None),
    ("nguồn tin từ đâu", "request", "telegraphic",
     "Nguồn của báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023", "TTXVN", "A"),
])

conv([  # c35 typos: 2022 borders and multilateral
    ("hoi ngi tong ket nganh ngoai giao 2022 nhan manh gi ve bien gioi lanh tho", "new", "accentless,typo",
     "Báo cáo Hội nghị tổng kết ngành Ngoại giao năm 2022 nhấn mạnh gì về các vấn đề biên giới lãnh thổ?",
     "phân định", "B"),
    ("phoi hop voi nhung luc luong nao", "ellipsis", "accentless",
     "Năm 2022, ngành ngoại giao phối hợp chặt chẽ với những lực lượng nào để xử lý các vấn đề biên giới lãnh thổ?",
     "quốc phòng && an ninh", "B"),
    ("cụ thể phân định với nước nào", "ellipsis", "telegraphic",
     "Năm 2022, Việt Nam phân định, giải quyết vấn đề trên biển, trên bộ cụ thể với nước nào?",
     "refuse:not_reported", None),
    ("báo cáo này nói đối ngoại đa phương năm 2022 ra sao", "pronoun", "-",
     "Báo cáo Hội nghị tổng kết năm 2022 nói gì về đối ngoại đa phương năm 2022?", "trách nhiệm", "B"),
    ("con nganh NG dat tien bo gi khong", "ellipsis", "accentless,abbrev",
     "Năm 2022, công tác xây dựng và phát triển ngành Ngoại giao có đạt tiến bộ không?", "tiến bộ", "B"),
])

conv([  # c36 Party congresses
    ("Hội nghị sơ kết 2019 nói quyết tâm góp phần thực hiện đường lối Đại hội mấy?", "new", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, cán bộ Bộ Ngoại giao quyết tâm góp phần thực hiện đường lối đối ngoại của Đại hội Đảng lần thứ mấy?",
     "XII", "D"),
    ("va huong toi dai hoi nao", "ellipsis", "accentless,telegraphic",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 nói hướng tới Đại hội Đảng lần thứ mấy?", "XIII", "D"),
    ("Hội nghị này có bàn về Đại hội XIV không", "pronoun", "near-miss",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 có bàn về Đại hội XIV của Đảng không?", "refuse:not_in_corpus", None),
    ("con HN so ket 2023 thi trien khai duong loi DH nao", "substitution", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đề nghị triển khai đường lối đối ngoại của Đại hội Đảng lần thứ mấy?",
     "XIII", "A"),
])

conv([  # c37 English: mid-2023, then 2019
    ("Who attended the MFA's mid-year review conference in July 2023?", "new", "english,abbrev",
     "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "A"),
    ("which news agency reported it", "pronoun", "english",
     "Hãng tin nào đưa tin về Hội nghị sơ kết 6 tháng đầu năm 2023?", "TTXVN", "A"),
    ("did the PM attend?", "ellipsis", "english,telegraphic",
     "Thủ tướng có dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao không?", "refuse:not_reported", None),
    ("còn năm 2019 thì ai phát biểu chỉ đạo", "substitution", "-",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "D"),
])

conv([  # c38 student matching meetings
    ("Hội nghị nào được kết nối với điểm cầu 63 tỉnh, thành phố?", "new", "-",
     "Hội nghị nào được kết nối với điểm cầu 63 tỉnh, thành phố cả nước?", "2022", "B"),
    ("HN do co Thu tuong du khong", "pronoun", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có Thủ tướng dự không?", "Phạm Minh Chính", "B"),
    ("Phó Thủ tướng Trần Lưu Quang làm việc với BNG vào buổi nào?", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào buổi sáng hay chiều?", "chiều", "C"),
    ("buổi làm việc đó có đại diện Văn phòng Chủ tịch nước không", "pronoun", "near-miss",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có đại diện Văn phòng Chủ tịch nước không?",
     "refuse:not_reported", None),
    ("vay van phong nao", "ellipsis", "accentless,telegraphic",
     "Văn phòng nào có lãnh đạo dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Văn phòng Chính phủ", "C"),
])

conv([  # c39 2019 references and a 2018 near-miss
    ("Nửa đầu 2019, công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?", "new", "-",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?",
     "Hội nghị Ngoại giao 30 && 2018", "D"),
    ("HN tổng kết công tác năm 2018 do ai chủ trì", "new", "abbrev,near-miss",
     "Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao do ai chủ trì?", "refuse:not_in_corpus", None),
    ("thôi quay lại HN 2019, ông Minh nói cần giữ cân bằng thế nào", "ellipsis", "abbrev",
     "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 giữ được cân bằng như thế nào trong quan hệ với các nước lớn?",
     "cân bằng linh hoạt", "D"),
    ("nguon", "request", "accentless,telegraphic",
     "Nguồn của câu trả lời trước (báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019)", "2019", "D"),
])

conv([  # c40 English start: 2024 restructuring
    ("What resolution did the PM ask to review at the 2024 year-end conference?", "new", "english",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?", "18", "E"),
    ("va bo may BNG thi sao", "ellipsis", "accentless,abbrev,telegraphic",
     "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về tổ chức bộ máy của Bộ Ngoại giao?", "tinh gọn", "E"),
    ("BNG bị sáp nhập vào Ban Đối ngoại TW à", "ellipsis", "abbrev,premise",
     "Có phải Bộ Ngoại giao bị sáp nhập vào Ban Đối ngoại Trung ương?", "refuse:false_premise", None),
    ("tạo bước tiến đột phá gì", "ellipsis", "telegraphic",
     "Theo Thủ tướng tại Hội nghị tổng kết năm 2024, cần tạo bước tiến đột phá về việc gì?",
     "toàn diện, hiện đại", "E"),
])

# ---------------------------------------------------------------- c41-c48
conv([  # c41 near-miss persons
    ("PTT Phạm Bình Minh có dự HN tổng kết ngành NG 2024 không", "new", "abbrev,near-miss",
     "Phó Thủ tướng Phạm Bình Minh có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
     "refuse:not_reported", None),
    ("the nam 2019 ong ay lam gi tai hoi nghi so ket", "substitution", "accentless",
     "Năm 2019, Phó Thủ tướng Phạm Bình Minh làm gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
     "chỉ đạo | phát biểu", "D"),
    ("Phó Thủ tướng Lê Minh Khái có dự hội nghị đó không", "pronoun", "near-miss",
     "Phó Thủ tướng Lê Minh Khái có dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không?",
     "refuse:not_reported", None),
    ("Ai là Bộ trưởng Ngoại giao tại hội nghị sơ kết 2023?", "new", "-",
     "Ai là Bộ trưởng Ngoại giao tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn", "A"),
])

conv([  # c42 typos and telegraphic: working session
    ("pho thu tuong tran luu quan lam viec vs BNG ngay nao", "new", "accentless,abbrev,typo",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31", "C"),
    ("anh cua ai", "ellipsis", "accentless,telegraphic",
     "Ảnh trong bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
     "VGP", "C"),
    ("PTT noi Bo can tap trung thuc hien chuong trinh gi", "ellipsis", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tập trung thực hiện tốt chương trình gì?",
     "đối ngoại cấp cao", "C"),
    ("co nhac den hiep dinh quoc te khong", "ellipsis", "accentless",
     "Phó Thủ tướng Trần Lưu Quang có nhắc đến các hiệp định quốc tế không?", "đã ký", "C"),
    ("ky voi nuoc nao", "ellipsis", "accentless,telegraphic",
     "Các hiệp định, thỏa thuận quốc tế mà Phó Thủ tướng Trần Lưu Quang nhắc tới đã ký với những nước nào?",
     "refuse:not_reported", None),
])

conv([  # c43 summaries
    ("Tóm tắt báo cáo hội nghị sơ kết 6 tháng đầu năm 2023", "new", "-",
     "Tóm tắt báo cáo Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao",
     "5/7 | Bùi Thanh Sơn && chủ động, thích ứng, sáng tạo | điểm sáng", "A"),
    ("ngắn hơn nữa, 2 câu thôi", "request", "telegraphic",
     "Tóm tắt ngắn hơn (2 câu) báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023", "Bùi Thanh Sơn | 5/7", "A"),
    ("tom tat bao cao tong ket 2024", "new", "accentless,telegraphic",
     "Tóm tắt báo cáo Hội nghị tổng kết công tác ngành ngoại giao năm 2024",
     "Phạm Minh Chính && 6/1 | 2025", "E"),
    ("ai du o diem cau nao", "ellipsis", "accentless,telegraphic",
     "Ai dự Hội nghị tổng kết năm 2024 tại điểm cầu nào?", "Hoàng Nam && Quảng Trị", "E"),
])

conv([  # c44 who said "dĩ bất biến"
    ("Câu 'dĩ bất biến, ứng vạn biến' được nói ở hội nghị nào?", "new", "-",
     "Câu 'dĩ bất biến, ứng vạn biến' được nói ở hội nghị nào?", "2022", "B"),
    ("ai noi", "request", "accentless,telegraphic",
     "Ai nói câu 'dĩ bất biến, ứng vạn biến' tại Hội nghị tổng kết năm 2022?", "Phạm Minh Chính", "B"),
    ("BT Bùi Thanh Sơn có nói câu đó ở sơ kết 2023 không", "substitution", "abbrev,near-miss",
     "Bộ trưởng Bùi Thanh Sơn có nói câu 'dĩ bất biến, ứng vạn biến' tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?",
     "refuse:not_reported", None),
    ("Hội nghị Ngoại giao lần thứ 31 được nhắc trong báo cáo nào?", "new", "-",
     "Hội nghị Ngoại giao lần thứ 31 được nhắc trong báo cáo nào?", "2022", "B"),
])

conv([  # c45 English then Vietnamese: partnerships
    ("Which countries did Vietnam set up comprehensive partnerships with in H1 2019?", "new", "english",
     "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei", "D"),
    ("and the total number of strategic or comprehensive partners?", "ellipsis", "english",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện là bao nhiêu?", "30", "D"),
    ("con nam 2023 nang cap quan he voi nuoc nao", "substitution", "accentless",
     "Trong 6 tháng đầu năm 2023, Việt Nam nâng cấp quan hệ với những nước nào?", "refuse:not_reported", None),
    ("so ket 2023 noi quan he voi nhung doi tac nao co buoc phat trien moi", "new", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 nói quan hệ với những đối tác nào có nhiều bước phát triển mới?",
     "láng giềng && nước lớn", "A"),
])

conv([  # c46 General Secretary references
    ("TBT Nguyễn Phú Trọng chỉ đạo ở hội nghị nào được nhắc trong báo cáo tổng kết 2022?", "new", "abbrev",
     "Báo cáo Hội nghị tổng kết năm 2022 nhắc tới chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
     "Hội nghị đối ngoại toàn quốc", "B"),
    ("hoi nghi do nam nao", "pronoun", "accentless,telegraphic",
     "Hội nghị đối ngoại toàn quốc có chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng diễn ra năm nào?", "2021", "C"),
    ("thế TBT phát biểu gì tại HN tổng kết 2022", "ellipsis", "abbrev,premise,near-miss",
     "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "refuse:false_premise", None),
    ("vay lanh dao cao nhat du HN do la ai", "pronoun", "accentless,abbrev",
     "Lãnh đạo cao nhất dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 là ai?", "Phạm Minh Chính", "B"),
])

conv([  # c47 mid-2023 consular / multilateral
    ("HN sơ kết 2023 đánh giá thế nào về bảo hộ công dân và thông tin đối ngoại", "new", "abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá thế nào về công tác bảo hộ công dân và thông tin đối ngoại?",
     "đổi mới | hiệu quả", "A"),
    ("co bao nhieu vu bao ho cong dan", "ellipsis", "accentless,telegraphic",
     "Trong 6 tháng đầu năm 2023 có bao nhiêu vụ bảo hộ công dân?", "refuse:not_reported", None),
    ("con ngoai giao da phuong", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá thế nào về ngoại giao đa phương?", "song phương", "A"),
    ("cong tac chi dao dieu hanh the nao", "ellipsis", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác chỉ đạo điều hành thế nào?", "nề nếp", "A"),
])

conv([  # c48 2024 economy, then 2022 trade
    ("HN tong ket 2024 co nhac den tri tue nhan tao khong", "new", "accentless,abbrev",
     "Báo cáo Hội nghị tổng kết năm 2024 có nhắc đến trí tuệ nhân tạo không?", "trí tuệ nhân tạo", "E"),
    ("con chuyen doi xanh", "substitution", "accentless,telegraphic",
     "Báo cáo Hội nghị tổng kết năm 2024 có nhắc đến chuyển đổi xanh không?", "chuyển đổi xanh", "E"),
    ("thu hut bao nhieu ty USD dau tu nuoc ngoai", "ellipsis", "accentless,abbrev",
     "Theo báo cáo tổng kết năm 2024, Việt Nam thu hút bao nhiêu tỷ USD đầu tư nước ngoài?", "refuse:not_reported", None),
    ("Kết luận, Thủ tướng yêu cầu ngành tập trung tổ chức tốt các hoạt động gì?", "ellipsis", "-",
     "Kết luận Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành ngoại giao tập trung tổ chức tốt các hoạt động gì?",
     "đối ngoại cấp cao", "E"),
    ("Kim ngạch xuất nhập khẩu 700 tỷ USD được nhắc trong báo cáo nào?", "new", "-",
     "Kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD được nhắc trong báo cáo hội nghị nào?", "2022", "B"),
])


# ---------------------------------------------------------------- build
def main():
    texts = {}
    for k, fn in REPORT_FILES.items():
        with open(os.path.join(GIVEN, fn), encoding="utf-8") as fh:
            texts[k] = norm(fh.read())
    errors = []
    rows = []
    for cid, turns in CONVS:
        for i, t in enumerate(turns):
            if len(t) != 6:
                errors.append("%s turn %d: %d fields" % (cid, i + 1, len(t)))
                continue
            q, kind, tags, read_as, facts, src = t
            taglist = [] if tags == "-" else tags.split(",")
            if "accentless" in taglist:
                q = strip_accents(q)
            if facts.startswith("refuse:"):
                if src is not None:
                    errors.append("%s turn %d: refuse turn with src" % (cid, i + 1))
            else:
                if not src:
                    errors.append("%s turn %d: answerable turn without src" % (cid, i + 1))
                    continue
                pool = " \n ".join(texts[k] for k in src)
                for group in facts.split(" && "):
                    for alt in group.split(" | "):
                        if not occurs(alt, pool):
                            errors.append("%s turn %d: fact %r not in report(s) %s" % (cid, i + 1, alt, src))
            for field in (q, kind, tags, read_as, facts):
                if "\t" in field or "\n" in field:
                    errors.append("%s turn %d: tab/newline in field" % (cid, i + 1))
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(HEADER + rows) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVS), len(rows)))


if __name__ == "__main__":
    main()
