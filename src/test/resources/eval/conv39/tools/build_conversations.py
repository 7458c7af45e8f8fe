#!/usr/bin/env python3
"""Blind conversation set 39: turns written by hand as Python data -> conversations.tsv.

Each turn: T(question, kind, tags, read_as, facts, report, miss=None)
  question  as typed on a phone; if tags contain 'accentless' the diacritics are stripped here
  report    0-4 (R0-R4) for the report the turn is answered from (None for not_in_corpus)
  miss      for refuse:not_in_corpus, the distinguishing token(s) absent from all five reports
Run:  python3 -B tools/build_conversations.py
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 39 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))


class T:
    def __init__(self, q, kind, tags, read_as, facts, report, miss=None):
        self.q, self.kind, self.tags, self.read_as = q, kind, tags, read_as
        self.facts, self.report, self.miss = facts, report, miss

    @property
    def question(self):
        return strip_accents(self.q) if "accentless" in self.tags.split(",") else self.q


# R0 = 000 sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn kết luận, TTXVN)
# R1 = 001 tổng kết năm 2022 (10/1, TTg Phạm Minh Chính dự, BT Sơn chủ trì, điểm cầu Cao Bằng)
# R2 = 002 PTT Trần Lưu Quang làm việc với BNG (31-1, Trụ sở BNG, VGP)
# R3 = 003 sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh, CLO)
# R4 = 004 tổng kết năm 2024 (6/1, TTg Phạm Minh Chính, điểm cầu Quảng Trị, Hoài Nhung)

CONVERSATIONS = [
# c01 R1 -> R4: answer-named person, then substitution to another year
[
 T("HN tổng kết công tác ngành NG năm 2022 diễn ra hôm nào?", "new", "accentless,abbrev",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra vào ngày nào?", "10/1", 1),
 T("ai chủ trì?", "ellipsis", "telegraphic",
   "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
 T("ông ấy giữ chức gì?", "pronoun", "accentless",
   "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, giữ chức vụ gì?",
   "Bộ trưởng Bộ Ngoại giao | Ủy viên Trung ương Đảng", 1),
 T("bn đại biểu dự?", "ellipsis", "accentless,abbrev,telegraphic",
   "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 đại biểu", 1),
 T("còn HN tổng kết năm 2024?", "substitution", "abbrev",
   "Có bao nhiêu đại biểu tham dự hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, 4),
 T("ở điểm cầu Quảng Trị ai dự?", "ellipsis", "accentless",
   "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
],
# c02 R1 Cao Bằng -> NIC place -> new question R4
[
 T("Ai dự hội nghị tổng kết ngành Ngoại giao 2022 tại điểm cầu Cao Bằng?", "new", "-",
   "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
 T("người đó giữ chức vụ gì", "pronoun", "accentless",
   "Bà Nguyễn Bích Ngọc, người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
   "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", 1),
 T("UBND những huyện nào dự?", "ellipsis", "accentless,abbrev",
   "UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
   "Quảng Hòa && Trùng Khánh && Hạ Lang", 1),
 T("còn điểm cầu Lạng Sơn?", "substitution", "near-miss",
   "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?", NIC, None, "Lạng Sơn"),
 T("HN tổng kết năm 2024 thì ai dự ở điểm cầu Quảng Trị?", "new", "accentless,abbrev",
   "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
 T("ông ấy giữ chức gì", "pronoun", "accentless",
   "Ông Hoàng Nam, người dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
   "Phó Chủ tịch UBND tỉnh", 4),
],
# c03 R1 Thủ tướng's speech, premise built on "không để bị động"
[
 T("What did PM Pham Minh Chinh ask the diplomatic sector to carry out at the 2022 year-end review?", "new", "english",
   "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện những gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
   "6 nhiệm vụ trọng tâm", 1),
 T("nói rõ hơn đc ko", "request", "accentless,abbrev",
   "Nói rõ hơn về các nhiệm vụ trọng tâm mà Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện tại hội nghị tổng kết năm 2022.",
   "đối sách linh hoạt | cây tre Việt Nam | dĩ bất biến, ứng vạn biến", 1),
 T("ông ấy nhắc tới bản sắc gì?", "pronoun", "-",
   "Thủ tướng Phạm Minh Chính nhắc tới bản sắc gì khi chỉ đạo hội nghị tổng kết ngành Ngoại giao năm 2022?",
   "cây tre Việt Nam", 1),
 T("phương châm ứng xử?", "ellipsis", "telegraphic",
   "Thủ tướng Phạm Minh Chính nêu phương châm ứng xử nào tại hội nghị tổng kết ngành Ngoại giao năm 2022?",
   "dĩ bất biến, ứng vạn biến", 1),
 T("sao ông ấy phê bình ngành NG bị động?", "pronoun", "accentless,abbrev,premise",
   "Vì sao Thủ tướng Phạm Minh Chính phê bình ngành Ngoại giao bị động tại hội nghị tổng kết năm 2022?", FP, 1),
],
# c04 R1 -> R0
[
 T("kim ngạch XNK năm 2022 đạt bn theo BT Sơn?", "new", "accentless,abbrev",
   "Theo Bộ trưởng Bùi Thanh Sơn tại hội nghị tổng kết năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?",
   "700 tỷ USD", 1),
 T("còn năm 2023?", "substitution", "telegraphic",
   "Kim ngạch xuất nhập khẩu năm 2023 đạt bao nhiêu theo các hội nghị của Bộ Ngoại giao?", NR, 0),
 T("HN sơ kết 6 tháng đầu năm 2023 của BNG họp ngày nào?", "new", "abbrev",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao họp ngày nào?", "5/7", 0),
 T("ai kết luận hn?", "ellipsis", "accentless,abbrev",
   "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
 T("ông ấy biểu dương nhữg gì?", "pronoun", "typo",
   "Bộ trưởng Bùi Thanh Sơn biểu dương những gì khi kết luận hội nghị sơ kết 6 tháng đầu năm 2023?",
   "những nỗ lực không mệt mỏi", 0),
],
# c05 R0
[
 T("Phương châm của công tác đối ngoại 6 tháng đầu năm 2023 là gì?", "new", "-",
   "Theo hội nghị sơ kết của Bộ Ngoại giao, phương châm của công tác đối ngoại 6 tháng đầu năm 2023 là gì?",
   "chủ động, thích ứng, sáng tạo", 0),
 T("nguồn nào?", "request", "accentless,telegraphic",
   "Thông tin về phương châm công tác đối ngoại 6 tháng đầu năm 2023 lấy từ nguồn nào?", "TTXVN", 0),
 T("HN có bn người dự?", "ellipsis", "accentless,abbrev",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu người dự?", NR, 0),
 T("hội nghị đó có khen thưởng ai ko?", "pronoun", "abbrev",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có khen thưởng ai không?",
   "trao tặng các danh hiệu", 0),
],
# c06 R0 -> R3, answer-named person then wrong role
[
 T("Who gave the closing remarks at the MFA's mid-year review conference in July 2023?", "new", "english,paraphrase",
   "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
 T("ông ấy yêu cầu các đơn vị làm tốt hơn việc gì?", "pronoun", "accentless",
   "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
   "nghiên cứu, dự báo, tham mưu", 0),
 T("ông ấy có nhắc đến chuyển đổi số ko?", "pronoun", "abbrev",
   "Bộ trưởng Bùi Thanh Sơn có nhắc đến chuyển đổi số tại hội nghị sơ kết 6 tháng đầu năm 2023 không?",
   "đẩy mạnh chuyển đổi số", 0),
 T("còn HN sơ kết năm 2019 thì ai phát biểu chỉ đạo?", "substitution", "accentless,abbrev",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
 T("ông ấy khi đó là Thủ tướng à?", "pronoun", "premise",
   "Ông Phạm Bình Minh, người phát biểu chỉ đạo hội nghị sơ kết năm 2019, khi đó có phải là Thủ tướng không?", FP, 3),
],
# c07 R3 HĐBA
[
 T("VN trúng cử ủy viên ko thường trực HĐBA LHQ với bn phiếu?", "new", "accentless,abbrev",
   "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193", 3),
 T("nhiệm kỳ nào?", "ellipsis", "telegraphic",
   "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", 3),
 T("nguồn nào vậy", "request", "accentless",
   "Thông tin về việc Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an lấy từ nguồn nào?", "CLO", 3),
 T("Chỉ thị nào về đẩy mạnh đối ngoại đa phương được nhắc tới ở HN sơ kết 2019?", "new", "abbrev",
   "Chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương được nhắc tới tại hội nghị sơ kết 6 tháng đầu năm 2019?",
   "Chỉ thị 25", 3),
],
# c08 R3 date, NIC year, then new question and ellipsis
[
 T("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG tổ chức ngày nào?", "new", "abbrev",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ngày nào?", "22/7 | 22/07/2019", 3),
 T("ai chỉ đạo?", "ellipsis", "accentless,telegraphic",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
 T("ông ấy khi đó giữ những chức vụ gì?", "pronoun", "-",
   "Ông Phạm Bình Minh khi chỉ đạo hội nghị sơ kết năm 2019 giữ những chức vụ gì?",
   "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
 T("còn sơ kết năm 2017?", "substitution", "accentless,near-miss,telegraphic",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Ngoại giao được tổ chức ngày nào?", NIC, None, "2017"),
 T("Ở HN sơ kết 2019, PBM nêu điểm cần lưu tâm thứ nhất là gì?", "new", "accentless,abbrev",
   "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nêu điểm cần lưu tâm thứ nhất là gì?",
   "nghiên cứu, đánh giá sâu hơn", 3),
 T("thứ hai?", "ellipsis", "telegraphic",
   "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết năm 2019 là gì?",
   "tăng cường sự phối hợp", 3),
],
# c09 R3 partners
[
 T("6 tháng đầu năm 2019 VN thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "abbrev",
   "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan", 3),
 T("nâng tổng số lên bn?", "ellipsis", "accentless,abbrev,telegraphic",
   "Trong 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu?",
   "30 quốc gia", 3),
 T("còn với Singapore?", "substitution", "near-miss",
   "Trong 6 tháng đầu năm 2019, Việt Nam có thiết lập quan hệ Đối tác toàn diện với Singapore không?", NIC, None, "Singapore"),
 T("năm đó quan hệ với Brunei đc nâng lên Đối tác chiến lược đúng ko?", "pronoun", "accentless,abbrev,premise",
   "Năm 2019 quan hệ Việt Nam - Brunei có được nâng lên Đối tác chiến lược không?", FP, 3),
],
# c10 R3 agreements, then new subject Mỹ - Triều
[
 T("Which trade agreements were mentioned at the MFA's 2019 mid-year review?", "new", "english",
   "Những hiệp định thương mại nào được nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
   "CPTPP && EVFTA", 3),
 T("nói rõ hơn về EVFTA", "request", "-",
   "Nói rõ hơn về Hiệp định EVFTA được nêu tại hội nghị sơ kết 6 tháng đầu năm 2019.",
   "tự do thương mại với EU && được ký kết", 3),
 T("năm 2019 VN tổ chức thành công HN thượng đỉnh nào?", "new", "accentless,abbrev",
   "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
   "thượng đỉnh Mỹ - Triều", 3),
 T("hội nghị đó là lần thứ mấy?", "pronoun", "-",
   "Hội nghị thượng đỉnh Mỹ - Triều mà Việt Nam tổ chức năm 2019 là lần thứ mấy?", "lần 2", 3),
],
# c11 R2 working session
[
 T("PTT Trần Lưu Quang làm việc với BNG ngày nào?", "new", "accentless,abbrev",
   "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", 2),
 T("ở đâu?", "ellipsis", "telegraphic",
   "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
 T("về nội dung gì?", "ellipsis", "accentless,telegraphic",
   "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao về nội dung gì?",
   "triển khai công tác đối ngoại && năm 2023", 2),
 T("source?", "request", "english,telegraphic",
   "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP", 2),
],
# c12 R2 who reported, focus moves to PTT, premises
[
 T("Ai báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả đối ngoại năm 2022?", "new", "-",
   "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?", "Bùi Thanh Sơn", 2),
 T("ông ấy nói BNG quyết tâm điều gì?", "pronoun", "accentless,abbrev",
   "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm điều gì khi báo cáo với Phó Thủ tướng Trần Lưu Quang?",
   "đổi mới tư duy", 2),
 T("còn PTT thì đánh giá sao?", "substitution", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành ngoại giao tại buổi làm việc ngày 31-1?",
   "đánh giá cao", 2),
 T("vậy sao ông ấy còn phê bình BNG?", "pronoun", "accentless,abbrev,premise",
   "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao tại buổi làm việc ngày 31-1?", FP, 2),
 T("thế còn TTg Phạm Minh Chính phát biểu gì ở buổi đó?", "substitution", "abbrev,premise",
   "Thủ tướng Phạm Minh Chính phát biểu gì tại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1?",
   FP, 2),
],
# c13 R2 tasks
[
 T("According to Deputy PM Tran Luu Quang, what is the central task of the MFA?", "new", "english",
   "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước", 2),
 T("còn nhiệm vụ trọng yếu, thường xuyên?", "substitution", "accentless",
   "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?",
   "giữ vững hòa bình, ổn định", 2),
 T("nhiệm vụ quan trọng?", "ellipsis", "accentless,telegraphic",
   "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng của Bộ Ngoại giao là gì?", "vị thế và uy tín", 2),
 T("ông ấy nhắc đến chỉ đạo của TBT tại HN nào?", "pronoun", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang nhắc đến chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
   "Hội nghị đối ngoại toàn quốc && năm 2021", 2),
 T("còn HN đối ngoại toàn quốc năm 2016?", "substitution", "accentless,abbrev,near-miss",
   "Tổng Bí thư chỉ đạo gì tại Hội nghị đối ngoại toàn quốc năm 2016?", NIC, None, "2016"),
],
# c14 R2 -> R1
[
 T("Ngoài BNG, lãnh đạo cơ quan nào dự buổi làm việc với PTT Quang?", "new", "accentless,abbrev",
   "Ngoài Bộ Ngoại giao, lãnh đạo cơ quan nào dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
   "Văn phòng Chính phủ", 2),
 T("buổi đó tổ chức ở trụ sở VPCP phải ko?", "pronoun", "abbrev,premise",
   "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có phải tổ chức ở trụ sở Văn phòng Chính phủ không?",
   FP, 2),
 T("Tại HN tổng kết 2022, BT Sơn nói HN nhằm nhìn lại việc thực hiện kết luận của ai?", "new", "abbrev",
   "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của ai?",
   "Nguyễn Phú Trọng", 1),
 T("HN Ngoại giao lần thứ mấy?", "ellipsis", "accentless,abbrev",
   "Bộ trưởng Bùi Thanh Sơn nhắc tới Hội nghị Ngoại giao lần thứ mấy khi khai mạc hội nghị tổng kết năm 2022?",
   "lần thứ 31", 1),
 T("còn lần thứ 32?", "substitution", "near-miss,telegraphic",
   "Hội nghị Ngoại giao lần thứ 32 có những kết luận, chỉ đạo gì?", NIC, None, "32"),
],
# c15 R4 basics and unreported details
[
 T("HN tổng kết ngành NG năm 2024 họp ngày nào?", "new", "abbrev",
   "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 họp ngày nào?", "6/1", 4),
 T("hình thức?", "ellipsis", "accentless,telegraphic",
   "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến", 4),
 T("TTg có dự ko?", "ellipsis", "accentless,abbrev",
   "Thủ tướng có dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", "dự và chỉ đạo", 4),
 T("ai chủ trì?", "ellipsis", "telegraphic",
   "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, 4),
],
# c16 R4 conclusion, reversed premise
[
 T("Theo TTg, nhiệm vụ bao trùm của công tác đối ngoại là gì? (HN tổng kết 2024)", "new", "accentless,abbrev",
   "Theo Thủ tướng tại hội nghị tổng kết năm 2024, nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
   "vai trò tiên phong && trọng yếu, thường xuyên", 4),
 T("trích nguyên văn đoạn cuối", "request", "-",
   "Trích nguyên văn phần cuối câu Thủ tướng nói về nhiệm vụ bao trùm của công tác đối ngoại tại hội nghị tổng kết năm 2024.",
   "kỷ nguyên vươn mình", 4),
 T("ông ấy có nhắc tới Nghị quyết nào ko?", "pronoun", "accentless,abbrev",
   "Thủ tướng có nhắc tới nghị quyết nào khi kết luận hội nghị tổng kết ngành ngoại giao năm 2024?", "Nghị quyết 18", 4),
 T("BNG tiếp nhận chức năng của những cơ quan nào?", "ellipsis", "abbrev",
   "Theo kết luận hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
   "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", 4),
 T("tức là UB Đối ngoại QH tiếp nhận chức năng của BNG?", "ellipsis", "accentless,abbrev,premise",
   "Có phải Ủy ban Đối ngoại Quốc hội tiếp nhận chức năng, nhiệm vụ của Bộ Ngoại giao không?", FP, 4),
],
# c17 R4 -> R1 economic diplomacy
[
 T("In which high-tech fields did economic diplomacy make strong changes in 2024?", "new", "english",
   "Năm 2024 ngoại giao kinh tế đã chuyển biến mạnh mẽ trong những lĩnh vực công nghệ cao nào?",
   "chíp bán dẫn && trí tuệ nhân tạo", 4),
 T("dưới sự chỉ đạo của ai?", "ellipsis", "accentless",
   "Năm 2024 ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo sâu sát của ai?", "Thủ tướng Chính phủ", 4),
 T("nguồn nào?", "request", "telegraphic",
   "Thông tin về ngoại giao kinh tế năm 2024 lấy từ nguồn nào?", "Nguồn Quảng Trị | Hoài Nhung", 4),
 T("còn năm 2022 kim ngạch XNK vượt mốc bn?", "substitution", "accentless,abbrev",
   "Năm 2022 kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "700 tỷ USD", 1),
 T("800 tỷ USD là kỷ lục năm đó à?", "pronoun", "premise",
   "Kim ngạch xuất nhập khẩu năm 2022 có phải đạt kỷ lục 800 tỷ USD không?", FP, 1),
],
# c18 R4 -> R3 cadres
[
 T("Tại HN tổng kết 2024, đội ngũ cán bộ ngoại giao cần xây dựng theo tiêu chí nào?", "new", "abbrev",
   "Tại hội nghị tổng kết năm 2024, đội ngũ cán bộ ngoại giao cần được xây dựng theo tiêu chí nào?",
   "vừa hồng, vừa chuyên", 4),
 T("nói rõ hơn", "request", "telegraphic",
   "Nói rõ hơn về tiêu chí xây dựng đội ngũ cán bộ ngoại giao nêu tại hội nghị tổng kết năm 2024.",
   "tuyệt đối trung thành | khôn khéo về ứng xử | tinh thông về nghiệp vụ", 4),
 T("còn HN sơ kết 2019?", "substitution", "accentless,abbrev,telegraphic",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu mục tiêu xây dựng đội ngũ cán bộ như thế nào?", "vừa hồng, vừa chuyên", 3),
 T("PTT PBM chỉ đạo gì về công tác xây dựng ngành?", "new", "accentless,abbrev",
   "Tại hội nghị sơ kết năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
   "tuyển dụng, đào tạo cán bộ", 3),
],
# c19 R0 postponed premise
[
 T("Vì sao HN sơ kết 6 tháng đầu năm 2023 của BNG bị hoãn?", "new", "accentless,abbrev,premise",
   "Vì sao Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", FP, 0),
 T("thế hội nghị đó họp ngày nào?", "pronoun", "-",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao họp ngày nào?", "5/7", 0),
 T("ở đâu?", "ellipsis", "accentless,telegraphic",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao họp ở đâu?", NR, 0),
 T("còn năm 2015?", "substitution", "near-miss,telegraphic",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2015 của Bộ Ngoại giao họp ngày nào?", NIC, None, "2015"),
],
# c20 R1 numbers and absent speaker
[
 T("Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "new", "-",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63 tỉnh, thành phố", 1),
 T("hơn 800 đại biểu dự đúng ko?", "ellipsis", "accentless,abbrev,premise",
   "Có phải hơn 800 đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", FP, 1),
 T("What did General Secretary Nguyen Phu Trong say in his speech at that conference?", "pronoun", "english,premise",
   "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP, 1),
 T("còn TTg PMC?", "substitution", "accentless,abbrev,telegraphic",
   "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
   "6 nhiệm vụ trọng tâm | cây tre Việt Nam | chủ động dự báo tình hình", 1),
],
# c21 R1 absent PM name, answer-named person
[
 T("TTg Nguyễn Xuân Phúc phát biểu gì tại HN tổng kết ngành NG 2022?", "new", "accentless,abbrev,near-miss",
   "Thủ tướng Nguyễn Xuân Phúc phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NIC, None,
   "Nguyễn Xuân Phúc"),
 T("vậy TTg nào dự?", "ellipsis", "abbrev",
   "Thủ tướng nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính", 1),
 T("ông ấy là Ủy viên BCT phải ko?", "pronoun", "accentless,abbrev",
   "Thủ tướng Phạm Minh Chính có phải là Ủy viên Bộ Chính trị không?", "Ủy viên Bộ Chính trị", 1),
 T("ông ấy yêu cầu bảo vệ từ khi nào?", "pronoun", "-",
   "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bảo vệ đất nước từ khi nào?", "từ sớm && từ xa", 1),
 T("trích nguyên văn", "request", "accentless,telegraphic",
   "Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về việc bảo vệ từ sớm, từ xa.", "từ khi nước chưa nguy", 1),
],
# c22 R3 absent speaker, answer-named person, NIC number
[
 T("Thủ tướng Phạm Minh Chính phát biểu gì tại HN sơ kết 6 tháng đầu năm 2019 của BNG?", "new", "abbrev,premise",
   "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, 3),
 T("vậy ai phát biểu chỉ đạo?", "ellipsis", "accentless",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
 T("ông ấy đáng giá tình hình QT nửa đầu năm thế nào?", "pronoun", "accentless,abbrev,typo",
   "Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 như thế nào?",
   "nhanh hơn, phức tạp hơn", 3),
 T("theo ông ấy công tác đối ngoại triển khai theo tinh thần HN nào?", "pronoun", "abbrev",
   "Theo Phó Thủ tướng Phạm Bình Minh, công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần hội nghị nào?",
   "Hội nghị Ngoại giao 30", 3),
 T("còn HN NG lần thứ 29?", "substitution", "accentless,abbrev,near-miss,telegraphic",
   "Hội nghị Ngoại giao lần thứ 29 đề ra những gì?", NIC, None, "29"),
],
# c23 R0 -> R3
[
 T("When did the MFA hold its mid-year review conference in 2023?", "new", "english",
   "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", 0),
 T("ai dự?", "ellipsis", "accentless,telegraphic",
   "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
 T("ông ấy chủ trì cùng PTT Trần Lưu Quang à?", "pronoun", "abbrev,premise",
   "Bộ trưởng Bùi Thanh Sơn có chủ trì Hội nghị sơ kết 6 tháng đầu năm 2023 cùng Phó Thủ tướng Trần Lưu Quang không?",
   FP, 0),
 T("theo HN đó, tình hình thế giới 6 tháng đầu năm thế nào?", "pronoun", "accentless,abbrev",
   "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, tình hình thế giới và khu vực 6 tháng đầu năm 2023 thế nào?",
   "diễn biến nhanh, phức tạp", 0),
 T("còn nửa đầu năm 2019?", "substitution", "telegraphic",
   "Tình hình quốc tế nửa đầu năm 2019 diễn biến thế nào theo hội nghị sơ kết năm 2019?", "nhanh hơn, phức tạp hơn", 3),
],
# c24 R0 fields
[
 T("Theo HN sơ kết 6T đầu năm 2023, quan hệ với các đối tác ntn?", "new", "accentless,abbrev",
   "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác phát triển như thế nào?",
   "đi vào chiều sâu | nhiều bước phát triển mới", 0),
 T("còn ngoại giao kinh tế?", "substitution", "telegraphic",
   "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế được thực hiện như thế nào?",
   "có trọng tâm, trọng điểm", 0),
 T("còn ngoại giao đa phương?", "substitution", "accentless,telegraphic",
   "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được triển khai như thế nào?",
   "triển khai tích cực | kết hợp chặt chẽ", 0),
 T("tóm tắt lại", "request", "accentless,telegraphic",
   "Tóm tắt lại đánh giá về ngoại giao đa phương trong 6 tháng đầu năm 2023.",
   "kết hợp chặt chẽ && nâng cao uy tín, vị thế", 0),
],
# c25 R2 NIC person, answer-named person
[
 T("PTT Vũ Đức Đam làm việc với BNG hôm 31-1 nói gì?", "new", "accentless,abbrev,near-miss",
   "Phó Thủ tướng Vũ Đức Đam nói gì khi làm việc với Bộ Ngoại giao ngày 31-1?", NIC, None, "Vũ Đức Đam"),
 T("vậy PTT nào?", "ellipsis", "abbrev,telegraphic",
   "Phó Thủ tướng nào làm việc với Bộ Ngoại giao ngày 31-1?", "Trần Lưu Quang", 2),
 T("ông ấy nhận định tình hình thế giới ra sao?", "pronoun", "accentless",
   "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?", "biến động sâu sắc, phức tạp", 2),
 T("ông ấy muốn BNG tập trung thực hiện tốt chương trình gì?", "pronoun", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang muốn Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
   "chương trình đối ngoại cấp cao", 2),
],
# c26 R1 Cao Bằng departments
[
 T("Which provincial departments joined the 2022 MFA review at the Cao Bang bridge point?", "new", "english",
   "Lãnh đạo những sở, đơn vị nào của Cao Bằng dự hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
   "Kế hoạch và Đầu tư && Công an tỉnh", 1),
 T("bn người dự ở đó?", "pronoun", "accentless,abbrev",
   "Có bao nhiêu người dự hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", NR, 1),
 T("lãnh đạo tỉng nào dự?", "ellipsis", "accentless,typo",
   "Lãnh đạo tỉnh nào dự hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
 T("bà ấy có phát biểu tham luận ko?", "pronoun", "abbrev",
   "Bà Nguyễn Bích Ngọc có phát biểu tham luận tại hội nghị tổng kết ngành Ngoại giao năm 2022 không?", NR, 1),
],
# c27 R1 quotes
[
 T("TTg nói chủ trương đối ngoại chuyển từ 'muốn là bạn' sang gì?", "new", "abbrev",
   "Tại hội nghị tổng kết năm 2022, chủ trương đối ngoại được nêu là chuyển từ 'muốn là bạn' sang gì?",
   "sẵn sàng là bạn", 1),
 T("về hợp tác và đấu tranh?", "ellipsis", "accentless,telegraphic",
   "Tại hội nghị tổng kết năm 2022, cách nhìn nhận về hợp tác và đấu tranh chuyển như thế nào?",
   "đối tác, đối tượng", 1),
 T("Thủ tướng yêu cầu ngoại giao kinh tế làm gì với thị trường nhập khẩu?", "new", "accentless",
   "Tại hội nghị tổng kết năm 2022, Thủ tướng yêu cầu ngoại giao kinh tế làm gì với thị trường nhập khẩu?",
   "đa dạng hóa", 1),
 T("còn thị trường xuất khẩu?", "substitution", "telegraphic",
   "Tại hội nghị tổng kết năm 2022, Thủ tướng yêu cầu ngoại giao kinh tế làm gì với thị trường xuất khẩu?",
   "mở rộng thị trường xuất khẩu", 1),
],
# c28 R3 -> R0 fields
[
 T("HN sơ kết 2019 đánh giá công tác ngoại vụ địa phương ntn?", "new", "accentless,abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương như thế nào?",
   "doanh nghiệp và người dân", 3),
 T("còn công tác xây dựng ngành?", "substitution", "-",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành như thế nào?",
   "hiện đại hóa Bộ Ngoại giao | vừa hồng, vừa chuyên", 3),
 T("and at the 2023 mid-year review, what did delegates agree about building the sector?", "substitution", "english",
   "Tại hội nghị sơ kết 6 tháng đầu năm 2023, các đại biểu nhất trí đánh giá thế nào về công tác xây dựng ngành?",
   "đi vào nề nếp", 0),
 T("BT nói gì về việc đó?", "pronoun", "accentless,abbrev",
   "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?",
   "chuyên nghiệp, hiện đại", 0),
],
# c29 R3 sidebar person as premise
[
 T("PTT Lê Minh Khái phát biểu gì ở HN sơ kết 6 tháng đầu 2019 của BNG?", "new", "accentless,abbrev,premise",
   "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, 3),
 T("thế ai phát biểu?", "ellipsis", "telegraphic",
   "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
 T("What was his main message, per the headline?", "pronoun", "english",
   "Theo tiêu đề bài báo, nội dung chỉ đạo chính của Phó Thủ tướng Phạm Bình Minh tại hội nghị sơ kết năm 2019 là gì?",
   "nhạy cảm trong tham mưu", 3),
 T("còn điểm thứ ba?", "substitution", "accentless,telegraphic",
   "Điểm cần lưu tâm thứ ba mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết năm 2019 là gì?",
   "nhạy bén hơn nữa", 3),
],
# c30 R4 wrong place, then authors across reports
[
 T("PCT UBND tỉnh Hoàng Nam dự HN tổng kết 2024 tại điểm cầu Cao Bằng à?", "new", "accentless,abbrev,premise",
   "Phó Chủ tịch UBND tỉnh Hoàng Nam có dự hội nghị tổng kết năm 2024 tại điểm cầu Cao Bằng không?", FP, 4),
 T("vậy ông ấy dự ở đâu?", "pronoun", "-",
   "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tổng kết năm 2024 tại điểm cầu nào?", "Quảng Trị", 4),
 T("ai viết bài này?", "request", "accentless",
   "Ai viết bài báo về hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung", 4),
 T("còn bài về HN tổng kết 2022?", "substitution", "accentless,abbrev",
   "Ai viết bài báo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", 1),
 T("còn bài về buổi làm việc của PTT Quang?", "substitution", "abbrev",
   "Ai viết bài báo về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "B.T.V | VGP", 2),
],
# c31 R0 NIC person, answer-named person, then R3
[
 T("Thứ trưởng Đỗ Hùng Việt phát biểu gì tại HN sơ kết 6 tháng đầu năm 2023?", "new", "abbrev,near-miss",
   "Thứ trưởng Đỗ Hùng Việt phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?", NIC, None, "Đỗ Hùng Việt"),
 T("vậy ai phát biểu kết luận?", "ellipsis", "accentless",
   "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
 T("ông ấy đề nghị đưa quan hệ với các nước láng giềng đi vào đâu?", "pronoun", "accentless",
   "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các nước láng giềng, các nước lớn đi vào đâu?",
   "chiều sâu, ổn định, bền vững", 0),
 T("ông ấy nhắc đường lối đối ngoại của ĐH nào?", "pronoun", "abbrev",
   "Bộ trưởng Bùi Thanh Sơn nhắc đường lối đối ngoại của Đại hội nào tại hội nghị sơ kết 6 tháng đầu năm 2023?",
   "Đại hội XIII", 0),
 T("còn HN sơ kết 2019 nhắc ĐH nào?", "substitution", "accentless,abbrev",
   "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới đường lối, nhiệm vụ đối ngoại của Đại hội nào?", "Đại hội XII", 3),
],
# c32 R4 minister not named, then R1, then NIC year
[
 T("Who was the Foreign Minister that chaired the MFA's 2024 review conference?", "new", "english",
   "Bộ trưởng Ngoại giao nào chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, 4),
 T("ai kết luận HN?", "ellipsis", "accentless,abbrev",
   "Ai kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
 T("ông ấy muốn nâng cấp quan hệ với ai?", "pronoun", "accentless",
   "Khi kết luận hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính muốn thúc đẩy nâng cấp quan hệ với ai?",
   "các đối tác quan trọng", 4),
 T("còn năm 2022 ông ấy yêu cầu mấy nhiệm vụ trọng tâm?", "substitution", "-",
   "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
   "6 nhiệm vụ trọng tâm", 1),
 T("còn năm 2017?", "substitution", "accentless,near-miss,telegraphic",
   "Tại hội nghị tổng kết năm 2017, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", NIC, None, "2017"),
],
# c33 R2, person named in previous answer
[
 T("PTT Trần Lưu Quang đề nghị BNG bám sá đường lối ĐH nào?", "new", "accentless,abbrev,typo",
   "Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào?", "Đại hội XIII", 2),
 T("và chỉ đạo của ai?", "ellipsis", "telegraphic",
   "Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng", 2),
 T("ông ấy chỉ đạo ở HN nào?", "pronoun", "accentless,abbrev",
   "Tổng Bí thư Nguyễn Phú Trọng đưa ra chỉ đạo đó tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc", 2),
 T("HN đó tổ chức năm 2022 đúng ko?", "pronoun", "accentless,abbrev,premise",
   "Hội nghị đối ngoại toàn quốc mà Tổng Bí thư Nguyễn Phú Trọng chỉ đạo có phải tổ chức năm 2022 không?", FP, 2),
],
# c34 R1 minister's assessment
[
 T("BT Bùi Thanh Sơn nói năm 2022 đối ngoại phối hợp chặt chẽ với những lực lượng nào?", "new", "abbrev",
   "Bộ trưởng Bùi Thanh Sơn nói năm 2022 công tác đối ngoại phối hợp chặt chẽ với những lực lượng nào?",
   "quốc phòng, an ninh", 1),
 T("để xử lý những vấn đề gì?", "ellipsis", "accentless",
   "Năm 2022 công tác đối ngoại phối hợp với quốc phòng, an ninh để xử lý những vấn đề gì?",
   "biên giới lãnh thổ && nhân quyền", 1),
 T("How did he describe the Prime Minister's attendance?", "pronoun", "english",
   "Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022?",
   "minh chứng cho sự quan tâm | nguồn cổ vũ, động viên", 1),
 T("BT Sơn muốn xd nghành NG ntn?", "new", "accentless,abbrev,typo",
   "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao như thế nào?",
   "trong sạch, vững mạnh && hiện đại, chuyên nghiệp", 1),
],
# c35 R2 -> R1 -> R4 counts
[
 T("How many people attended Deputy PM Tran Luu Quang's working session with the MFA?", "new", "english",
   "Có bao nhiêu người tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", NR, 2),
 T("những ai dự?", "ellipsis", "accentless,telegraphic",
   "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
   "Bùi Thanh Sơn && Văn phòng Chính phủ", 2),
 T("còn HN tổng kết 2022 thì bn người?", "substitution", "abbrev",
   "Có bao nhiêu người tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 đại biểu", 1),
 T("kết nối bao nhiêu tỉnh?", "ellipsis", "accentless,telegraphic",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?", "63 tỉnh, thành phố", 1),
],
# c36 R3 -> R0
[
 T("Theo HN sơ kết 2019, BNG đã làm tốt công tác gì cho lãnh đạo cấp cao?", "new", "accentless,abbrev",
   "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao?",
   "đề xuất chính sách", 3),
 T("bao nhiêu đề án?", "ellipsis", "telegraphic",
   "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã trình bao nhiêu đề án về đối ngoại?", NR, 3),
 T("What does the 2019 report say about citizen protection and overseas Vietnamese work?", "new", "english",
   "Báo cáo hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về công tác bảo hộ công dân và người Việt Nam ở nước ngoài?",
   "tiếp tục được quan tâm", 3),
 T("còn 6 tháng đầu năm 2023?", "substitution", "accentless,telegraphic",
   "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
   "triển khai hiệu quả | nhiều đổi mới", 0),
 T("báo cáo này nói công tác người VN ở nước ngoài có vai trò gì?", "pronoun", "abbrev",
   "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2023 nói công tác người Việt Nam ở nước ngoài có vai trò gì?",
   "làm cầu nối", 0),
],
# c37 R4 NIC place then economy
[
 T("Ai dự HN tổng kết ngành NG 2024 tại điểm cầu Đà Nẵng?", "new", "accentless,abbrev,near-miss",
   "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Đà Nẵng?", NIC, None, "Đà Nẵng"),
 T("thế điểm cầu nào được nhắc tới?", "ellipsis", "-",
   "Điểm cầu nào được nhắc tới trong bài về hội nghị tổng kết ngành ngoại giao năm 2024?", "Quảng Trị", 4),
 T("ai dự ở đó?", "pronoun", "accentless,telegraphic",
   "Ai dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
 T("Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "new", "-",
   "Năm 2024 ngoại giao kinh tế và kinh tế đối ngoại chuyển biến mạnh mẽ trong những lĩnh vực nào?",
   "thương mại, đầu tư | chuyển đổi xanh", 4),
],
# c38 R0 wrong person -> R3 -> back to R0
[
 T("PTT Phạm Bình Minh nói gì ở HN sơ kết 6T đầu năm 2023?", "new", "accentless,abbrev,premise",
   "Phó Thủ tướng Phạm Bình Minh nói gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?", FP, 0),
 T("vậy ông ấy phát biểu ở HN nào?", "pronoun", "abbrev",
   "Phó Thủ tướng Phạm Bình Minh phát biểu chỉ đạo tại hội nghị nào của Bộ Ngoại giao?", "Hội nghị sơ kết && 2019", 3),
 T("còn HN 2023 ai kết luận?", "substitution", "accentless,abbrev",
   "Ai kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023?", "Bùi Thanh Sơn", 0),
 T("ông ấy trao tặng gì?", "pronoun", "accentless",
   "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao tặng gì?", "các danh hiệu, khen thưởng", 0),
],
# c39 R1 wrong role, districts, NIC district
[
 T("Chủ tịch UBND tỉnh Nguyễn Bích Ngọc dự HN tổng kết 2022 ở đâu?", "new", "abbrev,premise",
   "Chủ tịch UBND tỉnh Nguyễn Bích Ngọc dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 ở đâu?", FP, 1),
 T("vậy bà ấy chức gì?", "pronoun", "accentless",
   "Bà Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh", 1),
 T("bà ấy dự ở điểm cầu nào?", "pronoun", "-",
   "Bà Nguyễn Bích Ngọc dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu nào?", "Cao Bằng", 1),
 T("huyện Hà Quảng có dự ko?", "ellipsis", "accentless,abbrev",
   "UBND huyện Hà Quảng có dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?", "Hà Quảng", 1),
 T("còn huyện Nguyên Bình?", "substitution", "near-miss,telegraphic",
   "UBND huyện Nguyên Bình có dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?", NIC, None, "Nguyên Bình"),
],
# c40 R3 NIC term -> substitution
[
 T("VN đạt bao nhiêu phiếu khi trúng cử HĐBA nhiệm kỳ 2008-2009?", "new", "accentless,abbrev,near-miss",
   "Việt Nam đạt bao nhiêu phiếu khi trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009?",
   NIC, None, "2008"),
 T("còn nhiệm kỳ 2020-2021?", "substitution", "telegraphic",
   "Việt Nam đạt bao nhiêu phiếu khi trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?", "192/193", 3),
 T("which conference reported that?", "request", "english",
   "Con số 192/193 phiếu được nêu trong báo cáo của hội nghị nào?", "Hội nghị sơ kết && 2019", 3),
 T("cho thấy điều gì?", "ellipsis", "accentless,telegraphic",
   "Việc Việt Nam trúng cử với số phiếu cao 192/193 cho thấy điều gì?", "sự tín nhiệm && bạn bè quốc tế", 3),
],
# c41 R4 tasks 2025 -> R1
[
 T("Về nhiệm vụ năm 2025, BNG xác định điều đầu tiên là gì?", "new", "accentless,abbrev",
   "Về mục tiêu, nhiệm vụ năm 2025, Bộ Ngoại giao xác định điều đầu tiên là gì?", "dự báo đúng tình hình", 4),
 T("để giữ vững gì?", "ellipsis", "telegraphic",
   "Bộ Ngoại giao nắm chắc, dự báo đúng tình hình năm 2025 để giữ vững điều gì?", "thế chủ động chiến lược", 4),
 T("How many bridge points was that conference connected to?", "pronoun", "english",
   "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?", NR, 4),
 T("còn HN 2022?", "substitution", "accentless,abbrev,telegraphic",
   "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63 tỉnh, thành phố", 1),
 T("ai viết bài đó?", "request", "accentless",
   "Ai viết bài báo nêu con số điểm cầu của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", 1),
],
# c42 R2 wrong role -> answer-named person -> R0
[
 T("Bộ trưởng Trần Lưu Quang báo cáo gì với BNG ngày 31-1?", "new", "abbrev,premise",
   "Bộ trưởng Trần Lưu Quang báo cáo gì với Bộ Ngoại giao ngày 31-1?", FP, 2),
 T("vậy ai báo cáo?", "ellipsis", "accentless",
   "Ai báo cáo tại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1?", "Bùi Thanh Sơn", 2),
 T("ông ấy nói trọng tâm là gì?", "pronoun", "accentless",
   "Bộ trưởng Bùi Thanh Sơn nói trọng tâm đổi mới tư duy và hành động của Bộ Ngoại giao là gì?",
   "triển khai đồng bộ && xây dựng, phát triển ngành", 2),
 T("ông ấy có nhắc chuyển đổi số ko?", "pronoun", "abbrev",
   "Bộ trưởng Bùi Thanh Sơn có nhắc đến chuyển đổi số khi báo cáo với Phó Thủ tướng Trần Lưu Quang không?",
   "chuyển đổi số", 2),
 T("And at the 2023 mid-year review, what did he want applied in external information work?", "substitution", "english",
   "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ứng dụng gì trong thông tin đối ngoại?",
   "phương thức truyền thông mới", 0),
],
# c43 R1 quotes -> R2
[
 T("TTg PMC yêu cầu ngành NG bám sát tinh thần gì?", "new", "accentless,abbrev",
   "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao bám sát tinh thần gì?",
   "lấy người dân, doanh nghiệp", 1),
 T("trích nguyên văn", "request", "telegraphic",
   "Trích nguyên văn tinh thần mà Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao bám sát.", "trung tâm phục vụ", 1),
 T("giữ vững thế ổn định nhờ gì?", "ellipsis", "accentless",
   "Theo Thủ tướng Phạm Minh Chính, ngành Ngoại giao giữ vững thế ổn định và vươn lên nhờ điều gì?", "gốc vững", 1),
 T("còn PTT Trần Lưu Quang nói gì về Hiến chương LHQ?", "substitution", "abbrev",
   "Phó Thủ tướng Trần Lưu Quang nói gì về Hiến chương Liên Hợp Quốc khi làm việc với Bộ Ngoại giao?", NR, 2),
],
# c44 R0 criticism premise -> R1
[
 T("Why did Minister Bui Thanh Son criticise the ministry's units at the 2023 mid-year review?", "new", "english,premise",
   "Vì sao Bộ trưởng Bùi Thanh Sơn phê bình các đơn vị trong Bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP, 0),
 T("vậy ông ấy biểu dương ai?", "pronoun", "accentless",
   "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "cán bộ, công chức, viên chức", 0),
 T("vì điều gì?", "ellipsis", "telegraphic",
   "Bộ trưởng Bùi Thanh Sơn biểu dương tập thể cán bộ, công chức Bộ Ngoại giao vì điều gì?",
   "những nỗ lực không mệt mỏi", 0),
 T("còn ở HN tổng kết 2022 ông ấy nói ngành NG đang bước sang giai đoạn gì?", "substitution", "accentless,abbrev",
   "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?",
   "giai đoạn phát triển mới", 1),
],
# c45 R3 unreported place/size -> R0 source
[
 T("HN sơ kết 6T đầu năm 2019 của BNG tổ chức ở đâu?", "new", "accentless,abbrev",
   "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao tổ chức ở đâu?", NR, 3),
 T("bn người dự?", "ellipsis", "abbrev,telegraphic",
   "Bao nhiêu người dự Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", NR, 3),
 T("báo nào đưa tn?", "request", "accentless,typo",
   "Báo nào đưa tin về Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "CLO", 3),
 T("còn HN sơ kết 2023?", "substitution", "abbrev,telegraphic",
   "Hãng tin nào đưa tin về Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "TTXVN", 0),
],
# c46 R4 absence premise -> R1
[
 T("Vì sao TTg Phạm Minh Chính vắng mặt tại HN tổng kết ngành NG 2024?", "new", "abbrev,premise",
   "Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", FP, 4),
 T("ông ấy nói VN vững bước vào kỷ nguyên gì?", "pronoun", "accentless,abbrev",
   "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói Việt Nam vững bước vào kỷ nguyên gì?",
   "kỷ nguyên vươn mình", 4),
 T("can you elaborate?", "request", "english,telegraphic",
   "Nói rõ hơn về câu Thủ tướng Phạm Minh Chính nói đất nước vững bước vào kỷ nguyên mới.", "tăng tốc, bứt phá", 4),
 T("huy động nguồn lực nào?", "ellipsis", "accentless,telegraphic",
   "Theo Thủ tướng tại hội nghị tổng kết năm 2024, cần huy động những nguồn lực nào?",
   "nguồn lực bên ngoài | có tính đột phá", 4),
],
# c47 R2 unreported count, NIC person
[
 T("PTT Quang giao BNG bao nhiêu nhiệm vụ cụ thể?", "new", "accentless,abbrev",
   "Phó Thủ tướng Trần Lưu Quang giao Bộ Ngoại giao bao nhiêu nhiệm vụ cụ thể?", NR, 2),
 T("nhiệm vụ trung tâm?", "ellipsis", "accentless,telegraphic",
   "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước", 2),
 T("BNG cần tranh thủ gì để phục vụ phát triển nhanh, bền vững?", "new", "abbrev",
   "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tranh thủ những gì để phục vụ phát triển nhanh, bền vững đất nước?",
   "nguồn lực bên ngoài | yếu tố quốc tế thuận lợi", 2),
 T("thế còn PTT Lê Văn Thành có làm việc với BNG ko?", "substitution", "accentless,abbrev,near-miss",
   "Phó Thủ tướng Lê Văn Thành có làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2023 không?", NIC, None,
   "Lê Văn Thành"),
],
# c48 R3 -> R0 -> R4 results
[
 T("What results did foreign affairs achieve in the first half of 2019, per the mid-year review?", "new", "english",
   "Theo hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại đạt kết quả thế nào?", "nhiều kết quả tích cực", 3),
 T("còn 6 tháng đầu năm 2023?", "substitution", "accentless,telegraphic",
   "Theo hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại đạt kết quả thế nào?",
   "kết quả quan trọng | đồng bộ, toàn diện", 0),
 T("báo cáo này gọi đối ngoại là gì trong thành tựu chung?", "pronoun", "-",
   "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2023 gọi đối ngoại là gì trong những thành tựu chung của cả nước?",
   "một điểm sáng", 0),
 T("góp phần bảo vệ những gì?", "ellipsis", "accentless,telegraphic",
   "Theo hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại góp phần bảo vệ vững chắc những gì?",
   "độc lập, chủ quyền && toàn vẹn lãnh thổ", 0),
],
]


def rows():
    for i, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % i
        for t in conv:
            yield cid, t


def main():
    lines = list(HEADER)
    for cid, t in rows():
        fields = [cid, t.question, t.kind, t.tags, t.read_as, t.facts]
        for f in fields:
            assert "\t" not in f and "\n" not in f, f
        lines.append("\t".join(fields))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVERSATIONS), len(lines) - len(HEADER)))


if __name__ == "__main__":
    main()
