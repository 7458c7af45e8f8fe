#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 21).

Every turn is written here together with the report it is based on.
Only the five texts in given/ were read to write these turns.

Turn spec: (question, kind, tags, read_as, facts, report)
  - question is written WITH diacritics; the accentless variant is generated
    here (NFD, drop combining marks, đ->d) for about half of the Vietnamese
    turns (parity rule below), or is forced with tag "accentless"/"accented".
  - report: key of REPORTS, or "-" for turns about something no report has.
  - tags "abbrev" and "premise" are added automatically (abbreviation tokens /
    refuse:false_premise).
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REPORTS = {
    "S23": "000_47e75d3c86d27e21.txt",   # sơ kết 6 tháng đầu năm 2023, 5/7, BT Bùi Thanh Sơn
    "TK22": "001_8430b1541a21d71d.txt",  # tổng kết 2022, sáng 10/1, TTg Phạm Minh Chính, BT Sơn chủ trì
    "PTT23": "002_0e1cf19fdeddcf6d.txt", # PTT Trần Lưu Quang làm việc với BNG, chiều 31-1
    "S19": "003_60cdc4bfe3deff94.txt",   # sơ kết 6 tháng đầu năm 2019, 22/7, PTT-BT Phạm Bình Minh
    "TK24": "004_771f5d769968830d.txt",  # tổng kết 2024, sáng 6/1, TTg Phạm Minh Chính, điểm cầu Quảng Trị
}

HEADER = [
    "# Blind conversation set 21 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

ABBREV_RE = re.compile(r"(?<![\w])(HN|BNG|TTg|PTT|BT|NG)(?![\w])")


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", s)


def T(q, kind, tags, read_as, facts, rep):
    return dict(q=q, kind=kind, tags=tags, read_as=read_as, facts=facts, rep=rep)


C = []  # list of conversations (list of turns)

# c01 — sơ kết 6 tháng 2023
C.append([
    T("Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "new", "-",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", "S23"),
    T("ai phát biểu kết luận?", "ellipsis", "telegraphic",
      "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "S23"),
    T("ông ấy biểu dương ai?", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn biểu dương những ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "công chức, viên chức", "S23"),
    T("hội nghị đó có bao nhiêu đại biểu?", "pronoun", "-",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NR, "S23"),
    T("còn năm 2019 thì ai chỉ đạo?", "substitution", "-",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "S19"),
])

# c02 — tổng kết 2022
C.append([
    T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "new", "-",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700 đại biểu", "TK22"),
    T("kết nối bao nhiêu điểm cầu?", "ellipsis", "telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63 tỉnh", "TK22"),
    T("ai chủ trì HN?", "ellipsis", "telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "TK22"),
    T("thế còn TTg, ông ấy yêu cầu ngành NG thực hiện bao nhiêu nhiệm vụ trọng tâm?", "substitution", "-",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
      "6 nhiệm vụ trọng tâm", "TK22"),
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", "PTT23"),
])

# c03 — PTT Trần Lưu Quang
C.append([
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?", "new", "accented",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?", "đối ngoại trong năm 2023", "PTT23"),
    T("ở đâu?", "ellipsis", "telegraphic",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao", "PTT23"),
    T("ai báo cáo kết quả năm 2022 với ông ấy?", "pronoun", "-",
      "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm 2022?", "Bùi Thanh Sơn", "PTT23"),
    T("nhiệm vụ trung tâm là gì?", "ellipsis", "telegraphic",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước", "PTT23"),
    T("vì sao ông ấy phê bình BNG?", "pronoun", "-",
      "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao tại buổi làm việc?", FP, "PTT23"),
])

# c04 — sơ kết 2019
C.append([
    T("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG diễn ra ngày nào?", "new", "-",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7", "S19"),
    T("ai phát biểu chỉ đạo?", "ellipsis", "telegraphic",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "S19"),
    T("vị này lúc đó giữ chức vụ gì?", "pronoun", "-",
      "Ông Phạm Bình Minh giữ chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phó Thủ tướng && Bộ trưởng Ngoại giao", "S19"),
    T("ông ấy lưu ý những điểm nào?", "pronoun", "-",
      "Phó Thủ tướng Phạm Bình Minh lưu ý những điểm nào trong công tác đối ngoại thời gian tới tại hội nghị sơ kết 2019?",
      "nhạy cảm trong tham mưu && tăng cường sự phối hợp", "S19"),
    T("hội nghị đó tổ chức ở đâu?", "pronoun", "-",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR, "S19"),
])

# c05 — tổng kết 2024
C.append([
    T("Hội nghị tổng kêt công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "new", "typo",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1", "TK24"),
    T("ai dự và chỉ đạo?", "ellipsis", "telegraphic",
      "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "TK24"),
    T("ở điểm cầu Quảng Trị có ai?", "ellipsis", "-",
      "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "TK24"),
    T("còn điểm cầu Cao Bằng?", "substitution", "near-miss",
      "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Cao Bằng?", NR, "TK24"),
    T("tóm tắt lại kết luận của TTg", "request", "-",
      "Tóm tắt kết luận của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết ngành ngoại giao năm 2024.", "kỷ nguyên vươn mình", "TK24"),
])

# c06 — English, sơ kết 2023
C.append([
    T("When did the Foreign Ministry hold its review conference for the first half of 2023?", "new", "english",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 khi nào?", "5/7", "S23"),
    T("who gave the closing remarks?", "ellipsis", "english",
      "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "S23"),
    T("what motto did the meeting cite for foreign affairs work?", "ellipsis", "english,paraphrase",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 nêu phương châm nào cho công tác đối ngoại?", "chủ động, thích ứng, sáng tạo", "S23"),
    T("and what did Prime Minister Pham Minh Chinh tell that meeting?", "substitution", "english",
      "Thủ tướng Phạm Minh Chính đã chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP, "S23"),
])

# c07 — 2020 not in corpus, then 2022
C.append([
    T("Hội nghị tổng kết ngành ngoại giao năm 2020 diễn ra khi nào?", "new", "near-miss",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2020 diễn ra khi nào?", NC, "-"),
    T("còn năm 2022?", "substitution", "telegraphic",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra khi nào?", "10/1", "TK22"),
    T("ai chủ trì?", "ellipsis", "telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", "TK22"),
    T("điểm cầu Cao Bằng có ai dự?", "ellipsis", "-",
      "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "TK22"),
])

# c08 — kinh tế 2022 / 2024
C.append([
    T("Theo hội nghị tổng kết ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new", "-",
      "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "700 tỷ USD", "TK22"),
    T("ai viết bài đó?", "request", "-",
      "Ai là tác giả bài viết về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", "TK22"),
    T("còn năm 2024 ngoại giao kinh tế chuyển biến ở những lĩnh vực nào?", "substitution", "-",
      "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ ở những lĩnh vực nào?",
      "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh", "TK24"),
    T("năm đó kim ngạch xuất khẩu đạt bao nhiêu?", "pronoun", "-",
      "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, kim ngạch xuất khẩu năm 2024 đạt bao nhiêu?", NR, "TK24"),
])

# c09 — thành tựu 2019
C.append([
    T("6 tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "-",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan", "S19"),
    T("nâng tổng số lên bao nhiêu?", "ellipsis", "telegraphic",
      "Sau khi thiết lập quan hệ với Brunei và Hà Lan năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?", "30 quốc gia", "S19"),
    T("còn hiệp định nào được ký kết?", "substitution", "-",
      "Trong 6 tháng đầu năm 2019, những hiệp định nào được ký kết theo Hội nghị sơ kết của Bộ Ngoại giao?", "EVFTA", "S19"),
    T("trúng cử HĐBA với bao nhiêu phiếu?", "ellipsis", "telegraphic",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an LHQ năm 2019 với bao nhiêu phiếu?", "192/193", "S19"),
    T("nhiệm kỳ nào?", "ellipsis", "telegraphic",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an LHQ cho nhiệm kỳ nào?", "2020-2021", "S19"),
])

# c10 — false premise: postponed
C.append([
    T("Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của BNG bị hoãn?", "new", "-",
      "Vì sao Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", FP, "S23"),
    T("vậy rốt cuộc nó diễn ra ngày nào?", "pronoun", "-",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "S23"),
    T("có trao khen thưởng không?", "ellipsis", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Ngoại giao có trao khen thưởng không?", "danh hiệu", "S23"),
    T("cụ thể bao nhiêu tập thể được khen?", "ellipsis", "-",
      "Có bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR, "S23"),
])

# c11 — tinh gọn bộ máy 2024
C.append([
    T("Theo hội nghị tổng kết ngoại giao 2024, BNG tiếp nhận chức năng, nhiệm vụ của những cơ quan nào?", "new", "-",
      "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "TK24"),
    T("gắn với tổng kết nghị quyết nào?", "ellipsis", "telegraphic",
      "Việc tinh gọn bộ máy Bộ Ngoại giao được nêu tại hội nghị tổng kết 2024 gắn với chủ trương tổng kết nghị quyết nào?", "Nghị quyết 18", "TK24"),
    T("mục tiêu là gì?", "ellipsis", "telegraphic",
      "Mục tiêu của việc tinh gọn bộ máy Bộ Ngoại giao nêu tại hội nghị tổng kết 2024 là gì?", "bước tiến đột phá", "TK24"),
    T("việc tiếp nhận hoàn thành vào ngày nào?", "ellipsis", "-",
      "Việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương hoàn thành vào ngày nào?", NR, "TK24"),
])

# c12 — TTg 2022 speech
C.append([
    T("Thủ tướng Phạm Minh Chính phát biểu những gì tại hội nghị tổng kết ngoại giao năm 2022?", "new", "-",
      "Thủ tướng Phạm Minh Chính phát biểu những gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "cây tre Việt Nam | 6 nhiệm vụ trọng tâm | từ sớm", "TK22"),
    T("ông ấy nói gì về hợp tác và đấu tranh?", "pronoun", "-",
      "Tại hội nghị tổng kết ngoại giao 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?", "đối tác, đối tượng", "TK22"),
    T("nói rõ hơn ý 'muốn là bạn'", "request", "-",
      "Nói rõ hơn ý 'từ muốn là bạn' trong phát biểu của Thủ tướng tại hội nghị tổng kết ngoại giao 2022.", "sẵn sàng là bạn", "TK22"),
    T("còn năm 2024, ông ấy nói nhiệm vụ bao trùm là gì?", "substitution", "-",
      "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại là gì?",
      "tiên phong, trọng yếu, thường xuyên", "TK24"),
])

# c13 — wrong role
C.append([
    T("Bộ trưởng Ngoại giao Trần Lưu Quang đã báo cáo gì với Phó Thủ tướng trong buổi làm việc ngày 31-1?", "new", "-",
      "Bộ trưởng Ngoại giao Trần Lưu Quang đã báo cáo gì với Phó Thủ tướng trong buổi làm việc ngày 31-1?", FP, "PTT23"),
    T("vậy ông Quang là ai?", "pronoun", "-",
      "Ông Trần Lưu Quang giữ chức vụ gì trong buổi làm việc với Bộ Ngoại giao?", "Phó Thủ tướng", "PTT23"),
    T("ai tham dự cùng?", "ellipsis", "telegraphic,accentless",
      "Ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Văn phòng Chính phủ", "PTT23"),
    T("BNG quyết tâm đổi mới điều gì?", "ellipsis", "-",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới điều gì?", "tư duy và hành động", "PTT23"),
])

# c14 — person not in corpus then BT
C.append([
    T("Thứ trưởng Ngoại giao Đỗ Hùng Việt phát biểu gì tại hội nghị tổng kết ngoại giao năm 2022?", "new", "-",
      "Thứ trưởng Ngoại giao Đỗ Hùng Việt phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NC, "-"),
    T("thế còn Bộ trưởng?", "substitution", "telegraphic",
      "Bộ trưởng Ngoại giao phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "giai đoạn phát triển mới | 700 tỷ USD | trong sạch, vững mạnh", "TK22"),
    T("ông ấy nhắc tới hội nghị ngoại giao lần thứ mấy?", "pronoun", "-",
      "Tại hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn nhắc tới Hội nghị Ngoại giao lần thứ mấy?", "lần thứ 31", "TK22"),
    T("còn hội nghị ngoại giao lần thứ 32 thì sao?", "substitution", "near-miss",
      "Hội nghị Ngoại giao lần thứ 32 diễn ra như thế nào?", NC, "-"),
])

# c15 — xây dựng ngành 2019
C.append([
    T("PTT Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng 2019?", "new", "-",
      "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "tuyển dụng && chính trị nội bộ", "S19"),
    T("đội ngũ cán bộ hướng tới mục tiêu gì?", "ellipsis", "-",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới đội ngũ cán bộ như thế nào?", "vừa hồng, vừa chuyên", "S19"),
    T("hướng tới đại hội nào?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nói hướng tới Đại hội nào của Đảng?", "Đại hội XIII", "S19"),
    T("ông ấy chỉ trích đơn vị nào?", "pronoun", "-",
      "Phó Thủ tướng Phạm Bình Minh chỉ trích đơn vị nào tại hội nghị sơ kết 6 tháng đầu năm 2019?", FP, "S19"),
])

# c16 — English, 2024
C.append([
    T("Who attended the 2024 diplomatic sector review conference at the Quang Tri bridge point?", "new", "english",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "TK24"),
    T("what is his position?", "pronoun", "english",
      "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh", "TK24"),
    T("when was the conference?", "ellipsis", "english",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1", "TK24"),
    T("how many delegates in total?", "ellipsis", "english",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có tổng cộng bao nhiêu đại biểu?", NR, "TK24"),
])

# c17 — đánh giá 2023
C.append([
    T("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?", "new", "-",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác ngoại giao kinh tế thế nào?", "trọng tâm, trọng điểm", "S23"),
    T("còn ngoại giao đa phương?", "substitution", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?", "kết hợp chặt chẽ", "S23"),
    T("còn về xây dựng ngành?", "substitution", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành thế nào?", "nề nếp", "S23"),
    T("BT đề nghị gì về thông tin đối ngoại?", "ellipsis", "-",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?", "phương thức truyền thông mới", "S23"),
])

# c18 — Cao Bằng 2022 (typo)
C.append([
    T("hội nghị tông kết ngành ngoại giao năm 2022 ở điểm cầu Cao Bnag có ai dự?", "new", "typo",
      "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "TK22"),
    T("người đó giữ chức gì?", "pronoun", "-",
      "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh", "TK22"),
    T("những huyện nào dự?", "ellipsis", "-",
      "UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết ngoại giao 2022?", "Quảng Hòa && Bảo Lạc", "TK22"),
    T("có lãnh đạo Sở Ngoại vụ không?", "ellipsis", "-",
      "Tại điểm cầu Cao Bằng của Hội nghị tổng kết ngoại giao 2022 có lãnh đạo Sở Ngoại vụ tham dự không?", NR, "TK22"),
])

# c19 — 2021 not in corpus, then 2019
C.append([
    T("Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao diễn ra khi nào?", "new", "near-miss",
      "Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao diễn ra khi nào?", NC, "-"),
    T("còn 2019?", "substitution", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra khi nào?", "22/7", "S19"),
    T("hội nghị đó do ai chỉ đạo?", "pronoun", "-",
      "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "S19"),
    T("bao nhiêu người dự?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người dự?", NR, "S19"),
])

# c20 — PTT tasks
C.append([
    T("PTT Trần Lưu Quang yêu cầu BNG tập trung làm tốt những gì?", "new", "-",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung làm tốt những gì?", "chương trình đối ngoại cấp cao", "PTT23"),
    T("còn về biên giới?", "substitution", "telegraphic",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?", "hoà bình, ổn định, hữu nghị", "PTT23"),
    T("ông ấy nhắc tới chỉ đạo của ai?", "pronoun", "-",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng", "PTT23"),
    T("tại hội nghị nào?", "ellipsis", "telegraphic",
      "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo mà Phó Thủ tướng Trần Lưu Quang nhắc tới được đưa ra tại hội nghị nào?",
      "đối ngoại toàn quốc năm 2021", "PTT23"),
    T("hội nghị đối ngoại toàn quốc đó có bao nhiêu đại biểu?", "pronoun", "-",
      "Hội nghị đối ngoại toàn quốc năm 2021 có bao nhiêu đại biểu?", NR, "PTT23"),
])

# c21 — false premise PM at 2023 mid-year
C.append([
    T("Thủ tướng Phạm Minh Chính chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2023 của BNG?", "new", "-",
      "Thủ tướng Phạm Minh Chính chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP, "S23"),
    T("vậy ai kết luận hội nghị?", "ellipsis", "-",
      "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "S23"),
    T("ông ấy yêu cầu các đơn vị làm tốt hơn công tác gì?", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì tại hội nghị sơ kết 2023?", "nghiên cứu, dự báo, tham mưu", "S23"),
    T("còn năm 2019 thì PTT Minh yêu cầu gì?", "substitution", "-",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu gì?", "nhạy cảm trong tham mưu", "S19"),
])

# c22 — nhiệm vụ 2025
C.append([
    T("BNG xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?", "new", "-",
      "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?",
      "thế chủ động chiến lược | dự báo đúng tình hình", "TK24"),
    T("đội ngũ cán bộ cần thế nào?", "ellipsis", "-",
      "Theo hội nghị tổng kết ngoại giao 2024, cần xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "vừa hồng, vừa chuyên", "TK24"),
    T("trích nguyên văn", "request", "telegraphic",
      "Trích nguyên văn yêu cầu về đội ngũ cán bộ ngoại giao tại hội nghị tổng kết ngoại giao 2024.", "tinh thông về nghiệp vụ", "TK24"),
    T("ai viết bài?", "request", "telegraphic",
      "Ai viết bài về Hội nghị tổng kết ngành ngoại giao năm 2024?", "Hoài Nhung", "TK24"),
])

# c23 — English 2019
C.append([
    T("What did the MFA's 2019 mid-year review say about the US-North Korea summit?", "new", "english",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nói gì về Hội nghị thượng đỉnh Mỹ - Triều?", "Mỹ - Triều lần 2", "S19"),
    T("and the UN Security Council seat?", "substitution", "english",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về việc Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ?", "192/193", "S19"),
    T("which directive on multilateral diplomacy was mentioned?", "ellipsis", "english",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc đến chỉ thị nào về đối ngoại đa phương?", "Chỉ thị 25", "S19"),
    T("who issued it?", "pronoun", "english",
      "Cơ quan nào ban hành Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương?", "Ban Bí thư", "S19"),
    T("when was that directive signed?", "pronoun", "english",
      "Chỉ thị 25 của Ban Bí thư về đối ngoại đa phương được ký khi nào?", NR, "S19"),
])

# c24 — organisation not in corpus
C.append([
    T("Đại diện Ngân hàng Thế giới phát biểu gì tại hội nghị tổng kết ngoại giao năm 2022?", "new", "-",
      "Đại diện Ngân hàng Thế giới phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NC, "-"),
    T("thế các tham luận đánh giá gì?", "substitution", "-",
      "Các tham luận tại Hội nghị tổng kết ngành Ngoại giao năm 2022 đánh giá gì?", "đồng bộ, sáng tạo, hiệu quả", "TK22"),
    T("năm đó giải quyết được vấn đề gì trên biển, trên bộ?", "pronoun", "-",
      "Theo hội nghị tổng kết ngoại giao 2022, năm 2022 đạt kết quả gì về các vấn đề trên biển, trên bộ?", "phân định", "TK22"),
    T("cụ thể là vùng biển nào?", "ellipsis", "-",
      "Năm 2022 Việt Nam phân định vùng biển nào theo hội nghị tổng kết ngoại giao 2022?", NR, "TK22"),
])

# c25 — hình thức 2022 / 2024
C.append([
    T("Hội nghị tổng kết ngoại giao năm 2022 tổ chức theo hình thức nào?", "new", "-",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến", "TK22"),
    T("khi nào?", "ellipsis", "telegraphic,accentless",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tổ chức khi nào?", "10/1", "TK22"),
    T("còn năm 2024?", "substitution", "telegraphic",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tổ chức khi nào?", "6/1", "TK24"),
    T("lần đó cũng trực tuyến à?", "pronoun", "-",
      "Hội nghị tổng kết ngành ngoại giao năm 2024 có được tổ chức trực tuyến không?", "trực tuyến", "TK24"),
    T("kéo dài mấy tiếng?", "ellipsis", "telegraphic",
      "Hội nghị tổng kết ngành ngoại giao năm 2024 kéo dài mấy tiếng?", NR, "TK24"),
])

# c26 — PTT session details
C.append([
    T("Buổi làm việc của PTT Trần Lưu Quang với BNG kéo dài bao lâu?", "new", "-",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR, "PTT23"),
    T("diễn ra buổi nào?", "ellipsis", "telegraphic",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra vào buổi nào, ngày nào?", "Chiều && 31-1", "PTT23"),
    T("BT Sơn báo cáo kết quả năm nào?", "ellipsis", "-",
      "Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang kết quả nhiệm vụ đối ngoại năm nào?", "2022", "PTT23"),
    T("nguồn tin từ đâu?", "request", "-",
      "Bài viết về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy nguồn từ đâu?", "VGP", "PTT23"),
])

# c27 — bối cảnh 2019
C.append([
    T("Theo PTT Phạm Bình Minh, tình hình quốc tế nửa đầu năm 2019 thế nào?", "new", "-",
      "Theo Phó Thủ tướng Phạm Bình Minh, tình hình quốc tế nửa đầu năm 2019 diễn biến thế nào?", "nhanh hơn, phức tạp hơn", "S19"),
    T("công tác đối ngoại triển khai theo tinh thần hội nghị nào?", "ellipsis", "-",
      "Theo Phó Thủ tướng Phạm Bình Minh, công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần hội nghị nào?",
      "Hội nghị Ngoại giao 30", "S19"),
    T("quan hệ với các nước lớn thì sao?", "substitution", "-",
      "Theo Phó Thủ tướng Phạm Bình Minh, quan hệ với các nước lớn trong nửa đầu năm 2019 được giữ thế nào?", "cân bằng linh hoạt", "S19"),
    T("Hội nghị Ngoại giao 30 diễn ra năm nào?", "new", "-",
      "Hội nghị Ngoại giao lần thứ 30 diễn ra năm nào?", NR, "S19"),
])

# c28 — kinh tế 2024
C.append([
    T("Năm 2024 ngoại giao kinh tê đóng góp gì cho đât nước?", "new", "typo",
      "Theo hội nghị tổng kết ngoại giao 2024, năm 2024 ngoại giao kinh tế đóng góp gì cho đất nước?",
      "nhóm nước tăng trưởng cao | điểm sáng về thương mại", "TK24"),
    T("dưới sự chỉ đạo của ai?", "ellipsis", "telegraphic",
      "Năm 2024 ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ", "TK24"),
    T("FDI năm đó được bao nhiêu tỷ USD?", "pronoun", "-",
      "Theo hội nghị tổng kết ngoại giao 2024, vốn FDI năm 2024 đạt bao nhiêu tỷ USD?", NR, "TK24"),
    T("thế năm 2022 kim ngạch xuất nhập khẩu?", "substitution", "-",
      "Theo hội nghị tổng kết ngoại giao 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?", "700 tỷ USD", "TK22"),
])

# c29 — Hội nghị Ngoại giao lần 32 / 31
C.append([
    T("Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", "new", "near-miss",
      "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NC, "-"),
    T("thế lần thứ 31 được nhắc ở hội nghị nào?", "substitution", "-",
      "Hội nghị Ngoại giao lần thứ 31 được nhắc đến tại hội nghị nào?", "2022", "TK22"),
    T("ai nhắc?", "ellipsis", "telegraphic",
      "Ai nhắc đến Hội nghị Ngoại giao lần thứ 31 tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "TK22"),
    T("hội nghị lần 31 có bao nhiêu đại biểu?", "pronoun", "-",
      "Hội nghị Ngoại giao lần thứ 31 có bao nhiêu đại biểu?", NR, "TK22"),
])

# c30 — BT Sơn đề nghị 6 tháng cuối 2023
C.append([
    T("Bộ trưởng Bùi Thanh Sơn đề nghị gì với ngành Ngoại giao trong 6 tháng cuối năm 2023?", "new", "-",
      "Bộ trưởng Bùi Thanh Sơn đề nghị gì với ngành Ngoại giao trong 6 tháng cuối năm 2023?", "Đại hội XIII | vai trò tiên phong", "S23"),
    T("về bảo vệ chủ quyền?", "substitution", "telegraphic",
      "Bộ trưởng Bùi Thanh Sơn đề nghị gì về bảo vệ chủ quyền trong 6 tháng cuối năm 2023?", "kiên quyết, kiên trì", "S23"),
    T("có nói chuyển đổi số không?", "ellipsis", "-",
      "Bộ trưởng Bùi Thanh Sơn có đề nghị về chuyển đổi số tại hội nghị sơ kết 6 tháng đầu năm 2023 không?", "chuyển đổi số", "S23"),
    T("ông ấy đề ra chỉ tiêu chuyển đổi số cụ thể là bao nhiêu phần trăm?", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn đề ra chỉ tiêu chuyển đổi số bao nhiêu phần trăm tại hội nghị sơ kết 2023?", NR, "S23"),
])

# c31 — English 2022
C.append([
    T("What did PM Pham Minh Chinh ask of the diplomatic sector at the 2022 review conference?", "new", "english",
      "Thủ tướng Phạm Minh Chính yêu cầu gì đối với ngành ngoại giao tại Hội nghị tổng kết năm 2022?",
      "6 nhiệm vụ trọng tâm | từ sớm | cây tre Việt Nam", "TK22"),
    T("quote the bamboo phrase", "request", "english",
      "Trích nguyên văn câu về 'cây tre Việt Nam' của Thủ tướng tại hội nghị tổng kết ngoại giao 2022.", "gốc vững", "TK22"),
    T("how many people attended?", "ellipsis", "english",
      "Hội nghị tổng kết ngành ngoại giao năm 2022 có bao nhiêu người tham dự?", "700", "TK22"),
    T("why was it cancelled the first time?", "pronoun", "english",
      "Vì sao Hội nghị tổng kết ngành ngoại giao năm 2022 bị hủy lần đầu?", FP, "TK22"),
])

# c32 — near-miss person from unrelated news
C.append([
    T("Phó Thủ tướng Lê Minh Khái phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new", "near-miss",
      "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, "S19"),
    T("vậy ai phát biểu chỉ đạo?", "ellipsis", "-",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "S19"),
    T("thứ hai là gì?", "ellipsis", "telegraphic",
      "Điểm thứ hai cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 2019 là gì?", "tăng cường sự phối hợp", "S19"),
    T("thứ ba?", "ellipsis", "telegraphic",
      "Điểm thứ ba cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 2019 là gì?", "nhạy bén hơn nữa", "S19"),
])

# c33 — 2024 chair not reported
C.append([
    T("Hội nghị tổng kết ngoại giao 2024 được tổ chức theo hình thức gì?", "new", "paraphrase",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức gì?", "trực tuyến", "TK24"),
    T("điểm cầu nào được nhắc đến?", "ellipsis", "-",
      "Bài viết về Hội nghị tổng kết ngoại giao năm 2024 nhắc đến điểm cầu nào?", "Quảng Trị", "TK24"),
    T("BT Ngoại giao nào phát biểu khai mạc?", "ellipsis", "-",
      "Bộ trưởng Ngoại giao nào phát biểu khai mạc Hội nghị tổng kết ngành ngoại giao năm 2024?", NR, "TK24"),
    T("ai kết luận?", "ellipsis", "telegraphic",
      "Ai kết luận Hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính", "TK24"),
])

# c34 — nguồn tin
C.append([
    T("Bài về hội nghị sơ kết 6 tháng đầu năm 2023 của BNG do hãng tin nào đưa?", "new", "-",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do hãng tin nào đưa?", "TTXVN", "S23"),
    T("còn bài về sơ kết 2019?", "substitution", "telegraphic",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao do cơ quan báo chí nào đưa?", "CLO | TG&VN", "S19"),
    T("còn bài PTT Trần Lưu Quang làm việc với BNG?", "substitution", "-",
      "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy theo nguồn nào?", "VGP", "PTT23"),
    T("phóng viên nào chụp ảnh?", "ellipsis", "-",
      "Phóng viên nào chụp ảnh buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", NR, "PTT23"),
])

# c35 — Phạm Bình Minh at 2024 (false), Nguyễn Xuân Phúc (not in corpus)
C.append([
    T("Phó Thủ tướng Phạm Bình Minh phát biểu gì tại hội nghị tổng kết ngoại giao năm 2024?", "new", "near-miss",
      "Phó Thủ tướng Phạm Bình Minh phát biểu gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?", FP, "TK24"),
    T("còn Chủ tịch nước Nguyễn Xuân Phúc?", "substitution", "-",
      "Chủ tịch nước Nguyễn Xuân Phúc phát biểu gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?", NC, "-"),
    T("vậy ai dự và chỉ đạo?", "ellipsis", "-",
      "Ai dự và chỉ đạo Hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính", "TK24"),
    T("ông ấy muốn đất nước bước vào kỷ nguyên gì?", "pronoun", "paraphrase",
      "Tại hội nghị tổng kết ngoại giao 2024, Thủ tướng Phạm Minh Chính nói về việc đất nước bước vào kỷ nguyên gì?", "kỷ nguyên vươn mình", "TK24"),
])

# c36 — PTT nhận định
C.append([
    T("PTT Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?", "new", "-",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?", "biến động sâu sắc, phức tạp", "PTT23"),
    T("BNG cần làm gì?", "ellipsis", "telegraphic,accentless",
      "Theo Phó Thủ tướng Trần Lưu Quang, trước tình hình đó Bộ Ngoại giao cần làm gì?", "tham mưu kịp thời", "PTT23"),
    T("ông ây đanh giá cao điêu gì?", "pronoun", "typo",
      "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao?", "nỗ lực và thành tựu", "PTT23"),
    T("giữ vững hòa bình, ổn định là nhiệm vụ gì?", "ellipsis", "-",
      "Theo Phó Thủ tướng Trần Lưu Quang, giữ vững hòa bình, ổn định là nhiệm vụ như thế nào?", "trọng yếu, thường xuyên", "PTT23"),
    T("ông ấy có đề xuất mở thêm cơ quan đại diện nào không?", "pronoun", "-",
      "Phó Thủ tướng Trần Lưu Quang đề xuất mở thêm cơ quan đại diện nào của Việt Nam ở nước ngoài?", NR, "PTT23"),
])

# c37 — ngoại vụ địa phương 2019, then 2022
C.append([
    T("Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 được đánh giá thế nào?", "new", "paraphrase",
      "Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 được Hội nghị sơ kết của Bộ Ngoại giao đánh giá thế nào?",
      "người dân làm trung tâm", "S19"),
    T("còn công tác Đảng, đoàn thể?", "substitution", "telegraphic",
      "Công tác Đảng, đoàn thể 6 tháng đầu năm 2019 của Bộ Ngoại giao được đánh giá thế nào?", "hiệu quả, thực chất", "S19"),
    T("năm đó bảo hộ bao nhiêu công dân?", "pronoun", "-",
      "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao bảo hộ bao nhiêu công dân?", NR, "S19"),
    T("Thủ tướng nói tinh thần phục vụ lấy ai làm trung tâm ở hội nghị tổng kết 2022?", "new", "-",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói tinh thần phục vụ lấy ai làm trung tâm?",
      "người dân, doanh nghiệp, địa phương", "TK22"),
])

# c38 — 2017 & tổng kết 2023 not in corpus, sơ kết 2023 yes
C.append([
    T("Ai chủ trì hội nghị tổng kết ngoại giao năm 2017?", "new", "-",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2017?", NC, "-"),
    T("năm 2023 thì sao?", "substitution", "near-miss",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2023?", NC, "-"),
    T("thế còn sơ kết 6 tháng năm 2023, ai kết luận?", "substitution", "-",
      "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "S23"),
    T("ngày nào?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "S23"),
])

# c39 — English PTT
C.append([
    T("When did Deputy PM Tran Luu Quang have his working session with the MFA?", "new", "english",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "31-1", "PTT23"),
    T("which government office also attended?", "ellipsis", "english",
      "Cơ quan nào của Chính phủ cũng tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Văn phòng Chính phủ", "PTT23"),
    T("what did he call the central task?", "pronoun", "english",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước", "PTT23"),
    T("which new ambassadors did he announce there?", "pronoun", "english",
      "Phó Thủ tướng Trần Lưu Quang đã công bố bổ nhiệm những đại sứ mới nào tại buổi làm việc?", FP, "PTT23"),
])

# c40 — BT Sơn 2022
C.append([
    T("Tại hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn nào?", "new", "-",
      "Tại hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn nào?", "giai đoạn phát triển mới", "TK22"),
    T("sự tham dự của TTg có ý nghĩa gì?", "ellipsis", "-",
      "Theo Bộ trưởng Bùi Thanh Sơn, sự tham dự của Thủ tướng tại hội nghị tổng kết ngoại giao 2022 có ý nghĩa gì?",
      "cổ vũ, động viên | minh chứng", "TK22"),
    T("ông ấy khẳng định quyết tâm xây dựng ngành ra sao?", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn khẳng định quyết tâm xây dựng ngành Ngoại giao như thế nào tại hội nghị tổng kết 2022?",
      "trong sạch, vững mạnh", "TK22"),
    T("ông ấy đã từ chức sau hội nghị đó đúng không?", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn đã từ chức sau Hội nghị tổng kết ngành Ngoại giao năm 2022 phải không?", FP, "TK22"),
])

# c41 — khen thưởng 2023
C.append([
    T("Tại hội nghị sơ kết 6 tháng đầu năm 2023, ai trao tặng danh hiệu khen thưởng?", "new", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, ai trao tặng danh hiệu khen thưởng?", "Bộ trưởng Ngoại giao | Bùi Thanh Sơn", "S23"),
    T("khen cho thành tích giai đoạn nào?", "ellipsis", "-",
      "Các danh hiệu khen thưởng tại Hội nghị sơ kết năm 2023 ghi nhận thành tích trong giai đoạn nào?", "6 tháng đầu năm", "S23"),
    T("Thứ trưởng nào được khen?", "ellipsis", "-",
      "Thứ trưởng Ngoại giao nào được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR, "S23"),
    T("công tác người Việt ở nước ngoài được đánh giá ra sao?", "new", "-",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài ra sao?", "cầu nối", "S23"),
])

# c42 — xây dựng Đảng 2024
C.append([
    T("TTg yêu cầu gì về xây dựng Đảng trong ngành NG tại HN tổng kết 2024?", "new", "-",
      "Thủ tướng Phạm Minh Chính yêu cầu gì về xây dựng Đảng trong ngành ngoại giao tại hội nghị tổng kết 2024?", "sức chiến đấu", "TK24"),
    T("về quan hệ với đối tác?", "substitution", "telegraphic",
      "Tại hội nghị tổng kết 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác quan trọng?", "nâng cấp, nâng tầm", "TK24"),
    T("còn về xử lý tình huống phức tạp?", "substitution", "-",
      "Tại hội nghị tổng kết 2024, Thủ tướng yêu cầu gì về xử lý các tình huống đối ngoại phức tạp?", "tổng thể, dài hơi", "TK24"),
    T("nguồn nào?", "request", "telegraphic,accentless",
      "Bài về Hội nghị tổng kết ngành ngoại giao năm 2024 lấy từ nguồn nào?", "Quảng Trị | baoquangtri", "TK24"),
])

# c43 — ASEAN not in corpus
C.append([
    T("Tổng Thư ký ASEAN có dự hội nghị tổng kết ngoại giao năm 2024 không?", "new", "-",
      "Tổng Thư ký ASEAN có dự Hội nghị tổng kết ngành ngoại giao năm 2024 không?", NC, "-"),
    T("thế lãnh đạo tỉnh nào được nhắc là có dự?", "substitution", "-",
      "Lãnh đạo tỉnh nào được nhắc là có dự Hội nghị tổng kết ngành ngoại giao năm 2024?", "Quảng Trị", "TK24"),
    T("người đó tên gì?", "pronoun", "telegraphic,accentless",
      "Lãnh đạo tỉnh Quảng Trị dự Hội nghị tổng kết ngành ngoại giao năm 2024 tên gì?", "Hoàng Nam", "TK24"),
    T("ông ấy có phát biểu tham luận không, nói gì?", "pronoun", "-",
      "Ông Hoàng Nam phát biểu tham luận gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?", NR, "TK24"),
])

# c44 — hội nhập 2019
C.append([
    T("Hội nhập quốc tế 6 tháng đầu năm 2019 có bước đột phá gì?", "new", "paraphrase",
      "Theo hội nghị sơ kết 2019, hội nhập quốc tế 6 tháng đầu năm 2019 có bước đột phá gì?", "CPTPP", "S19"),
    T("EVFTA có hiệu lực khi nào?", "ellipsis", "-",
      "Hiệp định EVFTA có hiệu lực khi nào theo hội nghị sơ kết 2019?", NR, "S19"),
    T("Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "new", "-",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "Mỹ - Triều lần 2", "S19"),
    T("hội nghị thượng đỉnh đó bị Trung Quốc phản đối vì sao?", "pronoun", "-",
      "Vì sao Hội nghị thượng đỉnh Mỹ - Triều lần 2 tại Việt Nam bị Trung Quốc phản đối?", FP, "S19"),
])

# c45 — 63 đại biểu false premise
C.append([
    T("Vì sao hội nghị tổng kết ngoại giao 2022 chỉ có 63 đại biểu?", "new", "-",
      "Vì sao Hội nghị tổng kết ngành ngoại giao năm 2022 chỉ có 63 đại biểu?", FP, "TK22"),
    T("vậy thực tế bao nhiêu?", "ellipsis", "telegraphic",
      "Thực tế Hội nghị tổng kết ngành ngoại giao năm 2022 có bao nhiêu đại biểu?", "hơn 700", "TK22"),
    T("con số 63 là gì?", "ellipsis", "-",
      "Con số 63 liên quan đến Hội nghị tổng kết ngành ngoại giao năm 2022 là gì?", "63 tỉnh", "TK22"),
    T("điểm cầu nào được đưa tin chi tiết?", "ellipsis", "-",
      "Điểm cầu nào của Hội nghị tổng kết ngoại giao năm 2022 được đưa tin chi tiết?", "Cao Bằng", "TK22"),
])

# c46 — TTg 2022 ngoại giao kinh tế
C.append([
    T("Thủ tướng yêu cầu ngoại giao kinh tế làm gì tại hội nghị tổng kết ngoại giao 2022?", "new", "-",
      "Thủ tướng Phạm Minh Chính yêu cầu ngoại giao kinh tế làm gì tại hội nghị tổng kết ngoại giao 2022?",
      "thị trường xuất khẩu | chuỗi cung ứng toàn cầu", "TK22"),
    T("ông ấy dẫn câu 'dĩ bất biến' đúng không, nguyên văn thế nào?", "request", "-",
      "Trích nguyên văn câu 'dĩ bất biến' mà Thủ tướng dẫn tại hội nghị tổng kết ngoại giao 2022.", "ứng vạn biến", "TK22"),
    T("thế còn Phó Thủ tướng Trần Lưu Quang có dự hội nghị đó không?", "substitution", "-",
      "Phó Thủ tướng Trần Lưu Quang có dự Hội nghị tổng kết ngành ngoại giao năm 2022 không?", NR, "TK22"),
    T("Tổng Bí thư chỉ đạo tại hội nghị nào được nhắc trong bài?", "ellipsis", "-",
      "Bài về hội nghị tổng kết ngoại giao 2022 nhắc chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc", "TK22"),
])

# c47 — wrong role Bùi Thanh Sơn
C.append([
    T("Thủ tướng Bùi Thanh Sơn chủ trì hội nghị sơ kết 6 tháng năm 2023 phải không?", "new", "-",
      "Thủ tướng Bùi Thanh Sơn chủ trì Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao phải không?", FP, "S23"),
    T("vậy ông ấy giữ chức gì?", "pronoun", "-",
      "Ông Bùi Thanh Sơn giữ chức vụ gì khi dự Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bộ trưởng Ngoại giao", "S23"),
    T("hội nghị đó đánh giá đối ngoại là gì trong thành tựu chung?", "pronoun", "-",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?", "một điểm sáng", "S23"),
    T("còn năm 2024 đánh giá cục diện đối ngoại thế nào?", "substitution", "-",
      "Hội nghị tổng kết năm 2024 đánh giá cục diện đối ngoại của Việt Nam thế nào?", "rộng mở, thuận lợi", "TK24"),
])

# c48 — điểm cầu
C.append([
    T("Hội nghị nào của BNG có điểm cầu Quảng Trị?", "new", "-",
      "Hội nghị nào của Bộ Ngoại giao có điểm cầu Quảng Trị?", "2024", "TK24"),
    T("ai dự ở đó?", "ellipsis", "telegraphic",
      "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "TK24"),
    T("còn điểm cầu Cao Bằng là hội nghị năm nào?", "substitution", "-",
      "Điểm cầu Cao Bằng được đưa tin trong hội nghị tổng kết ngoại giao năm nào?", "2022", "TK22"),
    T("Bộ Chỉ huy Bộ đội Biên phòng có dự ở đó không?", "ellipsis", "-",
      "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng có dự Hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng không?",
      "Bộ đội Biên phòng", "TK22"),
    T("còn điểm cầu Hà Nội ai dự?", "substitution", "-",
      "Ai dự Hội nghị tổng kết ngoại giao 2022 tại điểm cầu Hà Nội?", NR, "TK22"),
])

# c49 — English not in corpus 2021 then 2024
C.append([
    T("What was decided at the MFA's 2021 year-end review conference?", "new", "english,near-miss",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2021 đã quyết định những gì?", NC, "-"),
    T("and the 2024 one?", "substitution", "english",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đã đưa ra những định hướng gì?",
      "kỷ nguyên vươn mình | Nghị quyết 18 | thế chủ động chiến lược", "TK24"),
    T("who directed it?", "pronoun", "english",
      "Ai chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "TK24"),
    T("what did the Minister of Foreign Affairs say in his opening speech?", "ellipsis", "english",
      "Bộ trưởng Ngoại giao nói gì trong phát biểu khai mạc Hội nghị tổng kết ngành ngoại giao năm 2024?", NR, "TK24"),
])

# c50 — mixed, typo
C.append([
    T("hôi nghi sơ kêt 2019 ai chỉ đạo vậy?", "new", "typo,telegraphic",
      "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "S19"),
    T("còn 2023?", "substitution", "telegraphic",
      "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "S23"),
    T("năm đó ông ấy nhắc đường lối đại hội nào?", "pronoun", "-",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
      "Đại hội XIII", "S23"),
    T("còn năm 2019 hướng tới đại hội nào, thực hiện đường lối đại hội nào?", "substitution", "-",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu thực hiện đường lối của Đại hội nào, hướng tới Đại hội nào?", "Đại hội XII && Đại hội XIII", "S19"),
    T("còn sơ kết 2020?", "substitution", "near-miss,telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao do ai chỉ đạo?", NC, "-"),
])


def has_diacritics(s):
    return strip_accents(s) != s


def build_rows():
    rows = []
    for ci, conv in enumerate(C, 1):
        cid = "c%02d" % ci
        for ti, t in enumerate(conv):
            tags = [x for x in t["tags"].split(",") if x and x != "-"]
            q = t["q"]
            english = "english" in tags
            force_acc = "accented" in tags or ("typo" in tags and "accentless" not in tags)
            tags = [x for x in tags if x != "accented"]
            if not english:
                if "accentless" in tags or ((ci + ti) % 2 == 0 and not force_acc):
                    q = strip_accents(q)
                if not has_diacritics(q) and "accentless" not in tags:
                    tags.insert(0, "accentless")
                if has_diacritics(q) and "accentless" in tags:
                    tags.remove("accentless")
            if ABBREV_RE.search(q) and "abbrev" not in tags:
                tags.append("abbrev")
            if t["facts"] == FP and "premise" not in tags:
                tags.append("premise")
            rows.append(dict(conversation=cid, question=q, kind=t["kind"],
                             tags=",".join(tags) if tags else "-", read_as=t["read_as"],
                             facts=t["facts"], report=REPORTS.get(t["rep"], "-"), rep=t["rep"]))
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
    print("wrote %s: %d conversations, %d turns" % (out, len(C), len(rows)))


if __name__ == "__main__":
    main()
