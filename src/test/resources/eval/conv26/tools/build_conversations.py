#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 26) from hand-written turns.

Every turn below was written by hand after reading the five report texts in
../given/.  Nothing is generated from the reports automatically: the script only
(a) strips diacritics from questions marked a=True (NFD, drop combining marks,
d-stroke -> d), (b) sets the `accentless` and `abbrev` tags from the final
question text, and (c) writes the TSV.

Reports:
  R0 = given/000_47e75d3c86d27e21.txt  Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7), BT Bùi Thanh Sơn
  R1 = given/001_8430b1541a21d71d.txt  Hội nghị tổng kết ngành Ngoại giao năm 2022 (10/1), TTg Phạm Minh Chính, điểm cầu Cao Bằng
  R2 = given/002_0e1cf19fdeddcf6d.txt  PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (chiều 31-1)
  R3 = given/003_60cdc4bfe3deff94.txt  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7), PTT, BT Phạm Bình Minh
  R4 = given/004_771f5d769968830d.txt  Hội nghị tổng kết ngành ngoại giao năm 2024 (6/1), TTg Phạm Minh Chính, điểm cầu Quảng Trị
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORTS = {
    "R0": "000_47e75d3c86d27e21.txt",
    "R1": "001_8430b1541a21d71d.txt",
    "R2": "002_0e1cf19fdeddcf6d.txt",
    "R3": "003_60cdc4bfe3deff94.txt",
    "R4": "004_771f5d769968830d.txt",
}

HEADER = [
    "# Blind conversation set 26 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

# tag order used when writing
TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english",
             "premise", "near-miss", "paraphrase"]

ABBREV_RE = re.compile(
    r"(?<!\w)(HN|BNG|TTg|PTT|BT|NG|HĐBA|HDBA|LHQ|VN|tk|sk|ko|dc|PM|MFA|UNSC|DPM)(?!\w)",
    re.IGNORECASE)


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", s)


def has_diacritics(s):
    return strip_accents(s) != s


def T(rep, kind, q, read_as, facts, tags="", a=False):
    """One hand-written turn.
    rep: R0..R4 (report the turn is based on) or None (not_in_corpus).
    a=True: the question is typed without diacritics (stripped here)."""
    return dict(rep=rep, kind=kind, q=q, read_as=read_as, facts=facts,
                hand_tags=[t for t in tags.split(",") if t], a=a)


C = []  # list of conversations (each a list of turns)

# c01 — R0 sơ kết 6 tháng đầu năm 2023
C.append([
    T("R0", "new", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", a=True),
    T("R0", "ellipsis", "ai phát biểu kết luận?",
      "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "telegraphic"),
    T("R0", "pronoun", "ông ấy biểu dương những ai",
      "Bộ trưởng Bùi Thanh Sơn biểu dương những ai khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "cán bộ, công chức, viên chức"),
    T("R0", "ellipsis", "bao nhiêu người dự?",
      "Có bao nhiêu người tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      NR, "telegraphic"),
    T("R0", "pronoun", "HN đó có trao khen thưởng ko",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có trao khen thưởng không?",
      "trao tặng các danh hiệu | khen thưởng", a=True),
])

# c02 — R1 tổng kết 2022 -> switch to R4 tổng kết 2024
C.append([
    T("R1", "new", "TTg có dự HN tk ngành NG năm 2022 ko?",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
      "Phạm Minh Chính", "", a=True),
    T("R1", "ellipsis", "bao nhiêu đại biểu?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "700 đại biểu", "telegraphic"),
    T("R1", "ellipsis", "kết nối với mấy điểm cầu",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
      "63 tỉnh, thành phố"),
    T("R1", "ellipsis", "ai chủ trì",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "telegraphic"),
    T("R4", "substitution", "còn năm 2024?",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR, "telegraphic"),
    T("R4", "ellipsis", "tổ chức hôm nào",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức vào ngày nào?",
      "6/1", a=True),
])

# c03 — R3 HĐBA LHQ
C.append([
    T("R3", "new", "VN trúng cử HĐBA LHQ với bao nhiêu phiếu?",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", a=True),
    T("R3", "ellipsis", "nhiệm kỳ nào?",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
      "2020-2021", "telegraphic"),
    T("R3", "pronoun", "báo cáo này còn nhắc sự kiện lớn nào VN tổ chức thành công?",
      "Báo cáo sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao còn nhắc sự kiện quốc tế lớn nào Việt Nam đã tổ chức thành công?",
      "Mỹ - Triều lần 2"),
    T("R3", "request", "nguồn nào?",
      "Nguồn của bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao là gì?",
      "CLO | TG&VN", "telegraphic"),
    T("R3", "pronoun", "ai phát biểu chỉ đạo ở hội nghị đó",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", a=True),
])

# c04 — R4, English start
C.append([
    T("R4", "new", "Who attended and directed the 2024 year-end review conference of the diplomatic sector?",
      "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "english"),
    T("R4", "ellipsis", "điểm cầu Quảng Trị thì ai dự?",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", a=True),
    T("R4", "pronoun", "ông ấy giữ chức gì",
      "Ông Hoàng Nam, người dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh"),
    T("R4", "pronoun", "ông ấy phát biểu gì tại hội nghị?",
      "Ông Hoàng Nam đã phát biểu những gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR, a=True),
    T("R4", "new", "Thủ tướng kết luận nhiệm vụ bao trùm của công tác đối ngoại là gì?",
      "Khi kết luận Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
      "tiên phong, trọng yếu, thường xuyên"),
])

# c05 — R2 PTT Trần Lưu Quang
C.append([
    T("R2", "new", "pho thu tuong tran luu quang lam viec voi bo ngoai gioa hom nao",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
      "31-1", "typo", a=True),
    T("R2", "ellipsis", "ở đâu?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
      "Trụ sở Bộ Ngoại giao", "telegraphic"),
    T("R2", "ellipsis", "ai báo cáo kết quả năm 2022?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
      "Bùi Thanh Sơn", a=True),
    T("R2", "pronoun", "sao ông ấy lại xin hoãn kế hoạch đối ngoại 2023?",
      "Vì sao Bộ trưởng Bùi Thanh Sơn xin hoãn kế hoạch đối ngoại năm 2023 tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
      FP, "premise"),
    T("R2", "new", "PTT xác định nhiệm vụ trung tâm của BNG là gì",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?",
      "phục vụ phát triển đất nước", a=True),
])

# c06 — R1 kim ngạch -> R4
C.append([
    T("R1", "new", "Theo hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?",
      "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
      "700 tỷ USD"),
    T("R4", "substitution", "còn năm 2024?",
      "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu?",
      NR, "telegraphic", a=True),
    T("R4", "pronoun", "năm đó ngoại giao kinh tế chuyển biến mạnh ở lĩnh vực nào",
      "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh", a=True),
    T("R4", "request", "trích nguyên văn",
      "Trích nguyên văn đoạn báo cáo tổng kết năm 2024 nói về các lĩnh vực ngoại giao kinh tế chuyển biến mạnh mẽ.",
      "chíp bán dẫn && trí tuệ nhân tạo", "telegraphic"),
    T("R4", "pronoun", "hội nghị đó có mấy đại biểu?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?",
      NR),
])

# c07 — R3 đối tác, hiệp định
C.append([
    T("R3", "new", "Nửa đầu năm 2019 VN thiết lập quan hệ đối tác toàn diện với những nước nào?",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei && Hà Lan", a=True),
    T("R3", "ellipsis", "tổng số đối tác chiến lược và toàn diện lên bao nhiêu?",
      "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu?",
      "30 quốc gia"),
    T("R3", "ellipsis", "ký hiệp định nào",
      "Trong 6 tháng đầu năm 2019, Việt Nam đã ký kết những hiệp định nào?",
      "EVFTA", "telegraphic"),
    T("R3", "substitution", "còn CPTPP?",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP có gì mới?",
      "chính thức được triển khai", "telegraphic"),
    T("R3", "pronoun", "báo cáo này nhắc Chỉ thị 25 về việc gì",
      "Báo cáo sơ kết 6 tháng đầu năm 2019 nhắc Chỉ thị 25 của Ban Bí thư về việc gì?",
      "nâng tầm đối ngoại đa phương", a=True),
])

# c08 — R0 date -> R3
C.append([
    T("R0", "new", "sk 6 thang dau nam 2023 cua BNG dien ra ngay nao",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", "telegraphic", a=True),
    T("R3", "substitution", "còn 2019?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7", "telegraphic"),
    T("R3", "ellipsis", "ai chỉ đạo?",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "telegraphic", a=True),
    T("R3", "pronoun", "lúc đó ông ấy giữ những chức vụ gì",
      "Năm 2019, ông Phạm Bình Minh giữ những chức vụ gì?",
      "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
    T("R3", "pronoun", "điểm thứ hai ông ấy lưu ý là gì?",
      "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "tăng cường sự phối hợp"),
])

# c09 — date of tổng kết 2022, near-miss years, switch to 2024
C.append([
    T("R1", "new", "HN tk công tác NG năm 2022 tổ chức ngày nào",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức ngày nào?",
      "10/1", a=True),
    T(None, "substitution", "còn tk 2023 thì sao?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 được tổ chức ngày nào?",
      NC, "near-miss"),
    T(None, "substitution", "thế năm 2018?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2018 được tổ chức ngày nào?",
      NC, "near-miss", a=True),
    T("R4", "substitution", "vậy tk 2024?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?",
      "6/1", "telegraphic", a=True),
    T("R4", "ellipsis", "trực tuyến hay trực tiếp?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tuyến hay trực tiếp?",
      "trực tuyến", "telegraphic"),
])

# c10 — R2 in English
C.append([
    T("R2", "new", "What did Deputy PM Tran Luu Quang call the central task of the foreign ministry?",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?",
      "phục vụ phát triển đất nước", "english"),
    T("R2", "ellipsis", "and the key, regular task?",
      "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?",
      "giữ vững hòa bình, ổn định", "english,telegraphic"),
    T("R2", "pronoun", "Which national conference did he refer to?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo tại hội nghị toàn quốc nào?",
      "toàn quốc năm 2021", "english"),
    T("R2", "pronoun", "ai chỉ đạo ở hội nghị ấy?",
      "Ai chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021 được Phó Thủ tướng Trần Lưu Quang nhắc đến?",
      "Nguyễn Phú Trọng", a=True),
])

# c11 — R1 false premise then Thủ tướng's requests
C.append([
    T("R1", "new", "Tại sao Thủ tướng Phạm Minh Chính không dự hội nghị tổng kết ngành ngoại giao năm 2022?",
      "Tại sao Thủ tướng Phạm Minh Chính không dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      FP, "premise"),
    T("R1", "pronoun", "ông ấy yêu cầu ngành NG làm mấy nhiệm vụ trọng tâm",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
      "6 nhiệm vụ trọng tâm"),
    T("R1", "request", "nói rõ hơn",
      "Nói rõ hơn về các nhiệm vụ Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện.",
      "cây tre Việt Nam | đối sách linh hoạt", "telegraphic"),
    T("R1", "pronoun", "vì sao ông ấy phê bình bộ trưởng bùi thanh sơn",
      "Vì sao Thủ tướng Phạm Minh Chính phê bình Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      FP, "premise", a=True),
    T("R1", "ellipsis", "phương châm ứng xử?",
      "Thủ tướng Phạm Minh Chính nêu phương châm ứng xử nào cho ngành Ngoại giao?",
      "dĩ bất biến, ứng vạn biến", "telegraphic"),
])

# c12 — R4 tinh gọn bộ máy
C.append([
    T("R4", "new", "Theo HN tk 2024, BNG tiếp nhận chức năng của những cơ quan nào?",
      "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", a=True),
    T("R4", "ellipsis", "theo nghị quyết nào",
      "Việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao gắn với chủ trương tổng kết nghị quyết nào?",
      "Nghị quyết 18", "telegraphic", a=True),
    T("R4", "pronoun", "việc đó nhằm tạo bước tiến gì",
      "Việc tinh gọn bộ máy của Bộ Ngoại giao sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội nhằm tạo bước tiến gì?",
      "bước tiến đột phá"),
    T("R4", "ellipsis", "bao nhiêu cán bộ bị tinh giản?",
      "Bao nhiêu cán bộ bị tinh giản khi Bộ Ngoại giao tinh gọn tổ chức bộ máy?",
      NR),
    T("R4", "pronoun", "sao TTg lại phản đối sáp nhập đó",
      "Vì sao Thủ tướng Phạm Minh Chính phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội?",
      FP, "premise"),
])

# c13 — R3 xây dựng ngành -> R0
C.append([
    T("R3", "new", "năm 2019 Phó Thủ tướng chỉ đạo gì về công tác xây dựng ngành",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
      "tuyển dụng, đào tạo cán bộ | bảo vệ chính trị nội bộ", a=True),
    T("R0", "substitution", "còn sơ kết 2023?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, lãnh đạo Bộ chỉ đạo gì về công tác xây dựng ngành?",
      "thi đua khen thưởng | chế độ chính sách", "telegraphic"),
    T("R0", "ellipsis", "ai chỉ đạo vậy",
      "Ai chỉ đạo về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "Bùi Thanh Sơn", a=True),
    T("R0", "request", "tóm tắt lại",
      "Tóm tắt lại chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "chuyên nghiệp, hiện đại", "telegraphic"),
])

# c14 — R1 điểm cầu Cao Bằng -> R4 Quảng Trị
C.append([
    T("R1", "new", "ai dự HN tk 2022 ở điểm cầu Cao Bằng",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc", a=True),
    T("R1", "pronoun", "người đó giữ chức gì",
      "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh"),
    T("R1", "ellipsis", "những huyện nào tham dự",
      "Những huyện nào của tỉnh Cao Bằng tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Thạch An && Hạ Lang", a=True),
    T("R4", "substitution", "còn điểm cầu Quảng Trị năm 2024?",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam"),
    T("R4", "pronoun", "có huyện nào của tỉnh đó dự ko",
      "Có huyện nào của tỉnh Quảng Trị dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      NR, a=True),
])

# c15 — R1 "muốn là bạn"
C.append([
    T("R1", "new", "Thủ tướng nói nước mình đã đổi cách nhìn về việc kết bạn với thế giới ra sao?",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói chủ trương của Việt Nam đã chuyển từ đâu sang đâu trong quan hệ với bạn bè quốc tế?",
      "muốn là bạn && sẵn sàng là bạn", "paraphrase"),
    T("R1", "request", "trích nguyên văn",
      "Trích nguyên văn câu nói của Thủ tướng Phạm Minh Chính về việc chuyển từ chủ trương muốn là bạn.",
      "đối tác tin cậy && sẵn sàng là bạn", "telegraphic", a=True),
    T("R1", "ellipsis", "về hợp tác và đấu tranh thì sao",
      "Thủ tướng Phạm Minh Chính nói gì về cách nhìn nhận trong hợp tác và đấu tranh?",
      "đối tác, đối tượng", a=True),
    T("R1", "pronoun", "ông ấy nói ở hội nghị nào",
      "Thủ tướng Phạm Minh Chính nói những điều này tại hội nghị nào?",
      "ngành ngoại giao năm 2022"),
])

# c16 — R0 Đại hội -> R3
C.append([
    T("R0", "new", "Ở HN sơ kết 6 tháng đầu năm 2023, BT yêu cầu triển khai đường lối đối ngoại của Đại hội nào?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu triển khai đường lối đối ngoại của Đại hội nào của Đảng?",
      "Đại hội XIII"),
    T("R3", "substitution", "còn năm 2019?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao quyết tâm thực hiện đường lối đối ngoại của Đại hội nào của Đảng?",
      "Đại hội XII", "telegraphic", a=True),
    T("R3", "pronoun", "hội nghị đó diễn ra ngày mấy",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7"),
    T("R3", "ellipsis", "có bao nhiêu đại biểu",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?",
      NR),
])

# c17 — R3 international situation; near-miss person
C.append([
    T("R3", "new", "BT Phạm Bình Minh nhận định tình hình quốc tế nửa đầu 2019 thế nào?",
      "Bộ trưởng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 như thế nào?",
      "nhanh hơn, phức tạp hơn", a=True),
    T(None, "substitution", "thế còn thứ trưởng Nguyễn Quốc Dũng?",
      "Thứ trưởng Nguyễn Quốc Dũng nhận định tình hình quốc tế nửa đầu năm 2019 như thế nào?",
      NC, "near-miss"),
    T("R3", "new", "sk 2019 nói công tác đối ngoại triển khai theo tinh thần HN Ngoại giao lần mấy",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần Hội nghị Ngoại giao lần thứ mấy?",
      "Hội nghị Ngoại giao 30", a=True),
    T("R3", "pronoun", "hội nghị ngoại giao đó họp năm nào",
      "Hội nghị Ngoại giao lần thứ 30 được tổ chức năm nào?",
      NR),
])

# c18 — R2 participants
C.append([
    T("R2", "new", "Buổi làm việc của PTT Trần Lưu Quang với BNG có những ai tham dự?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
      "Bùi Thanh Sơn && Văn phòng Chính phủ"),
    T("R2", "ellipsis", "bàn về việc gì",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về việc gì?",
      "đối ngoại trong năm 2023", "telegraphic", a=True),
    T("R2", "pronoun", "ông ấy nhận định thế giới thời gian tới ra sao",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?",
      "biến động sâu sắc, phức tạp"),
    T("R2", "substitution", "thế còn Bộ trưởng Sơn?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nhấn mạnh Bộ Ngoại giao quyết tâm điều gì?",
      "đổi mới tư duy"),
    T("R2", "pronoun", "ông ấy có đề xuất giảm biên chế ko",
      "Bộ trưởng Bùi Thanh Sơn có đề xuất giảm biên chế Bộ Ngoại giao tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang không?",
      NR, a=True),
])

# c19 — R4 kỷ nguyên -> R3 goals
C.append([
    T("R4", "new", "tk 2024 TTg nói tạo đà cho đất nước bước vào kỷ nguyên gì",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng nói cần tạo đà cho đất nước vững bước vào kỷ nguyên gì?",
      "kỷ nguyên vươn mình", "telegraphic", a=True),
    T("R4", "ellipsis", "còn đội ngũ cán bộ phải thế nào",
      "Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào tại Hội nghị tổng kết năm 2024?",
      "vừa hồng, vừa chuyên"),
    T("R3", "substitution", "còn sơ kết 2019 thì mục tiêu xây dựng ngành là gì?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới mục tiêu gì?",
      "hiện đại hóa Bộ Ngoại giao", a=True),
    T("R3", "pronoun", "năm đó ngoại vụ địa phương theo tinh thần gì",
      "Năm 2019, công tác ngoại vụ địa phương phát huy tinh thần gì?",
      "doanh nghiệp và người dân"),
])

# c20 — R1 opening; HNNG 31 -> near-miss 32
C.append([
    T("R1", "new", "Khai mạc hội nghị tổng kết 2022, Bộ trưởng Sơn nói hội nghị nhằm nhìn lại việc thực hiện chỉ đạo của Tổng Bí thư nào?",
      "Khai mạc Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của Tổng Bí thư nào?",
      "Nguyễn Phú Trọng"),
    T("R1", "ellipsis", "tại hội nghị nào?",
      "Những kết luận, chỉ đạo mà Hội nghị tổng kết ngành Ngoại giao năm 2022 nhìn lại được đưa ra tại những hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc && Ngoại giao lần thứ 31", "telegraphic", a=True),
    T("R1", "pronoun", "hội nghị ngoại giao lần đó tổ chức năm nào",
      "Hội nghị Ngoại giao lần thứ 31 được tổ chức năm nào?",
      NR, a=True),
    T(None, "substitution", "còn HN ngoại giao lần thứ 32?",
      "Hội nghị Ngoại giao lần thứ 32 được tổ chức năm nào?",
      NC, "near-miss"),
    T("R1", "new", "bt son noi viec thu tuong du hoi nghi tong ket 2022 la minh chung cho dieu gi",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022 là minh chứng cho điều gì?",
      "quan tâm đặc biệt", a=True),
])

# c21 — R0 in English, near-miss 2024 mid-year
C.append([
    T("R0", "new", "When was the foreign ministry's 2023 mid-year review conference held?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", "english"),
    T("R0", "pronoun", "What motto did that conference agree on?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 thống nhất đánh giá công tác đối ngoại được triển khai với phương châm nào?",
      "chủ động, thích ứng, sáng tạo", "english"),
    T("R0", "ellipsis", "who gave the closing remarks?",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "english"),
    T("R0", "pronoun", "Why did he criticise the work on overseas Vietnamese?",
      "Vì sao Bộ trưởng Bùi Thanh Sơn phê bình công tác người Việt Nam ở nước ngoài tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      FP, "english,premise"),
    T(None, "substitution", "còn sơ kết 6 tháng đầu năm 2024?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra ngày nào?",
      NC, "near-miss", a=True),
])

# c22 — R3 "nhạy cảm"
C.append([
    T("R3", "new", "Ông Phạm Bình Minh muốn Bộ phản ứng thế nào khi có chuyện bất ngờ xảy ra?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu Bộ Ngoại giao tham mưu, xử lý tình huống như thế nào?",
      "nhạy cảm trong tham mưu", "paraphrase"),
    T("R3", "ellipsis", "điểm thứ ba?",
      "Điểm cần lưu tâm thứ ba mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "gắn công tác với nhu cầu", "telegraphic"),
    T("R3", "request", "bai nay dang ngay nao",
      "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?",
      "22/07/2019", a=True),
    T("R3", "pronoun", "sao ông ấy lại phản đối EVFTA?",
      "Vì sao Phó Thủ tướng Phạm Bình Minh phản đối Hiệp định EVFTA tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      FP, "premise", a=True),
])

# c23 — R2 wrong-person premise
C.append([
    T("R2", "new", "Phó Thủ tướng Phạm Bình Minh làm việc với BNG chiều 31-1 đã nói gì?",
      "Phó Thủ tướng Phạm Bình Minh đã nói gì khi làm việc với Bộ Ngoại giao chiều 31-1?",
      FP, "premise"),
    T("R2", "new", "vậy ai làm việc với BNG ngày 31-1",
      "Phó Thủ tướng nào làm việc với Bộ Ngoại giao ngày 31-1?",
      "Trần Lưu Quang", a=True),
    T("R2", "pronoun", "ông ấy đánh giá cao điều gì",
      "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở công tác đối ngoại và ngành ngoại giao?",
      "thành tựu to lớn"),
    T("R2", "ellipsis", "bộ cần tập trung làm gì",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?",
      "chương trình đối ngoại cấp cao"),
    T("R2", "request", "tom tat lai",
      "Tóm tắt lại những việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.",
      "chương trình đối ngoại cấp cao && biên giới hoà bình", "telegraphic"),
])

# c24 — R4 -> R1 counts
C.append([
    T("R4", "new", "Hội nghị tổng kết ngành ngoại giao năm 2024 tổ chức ngày nào, theo hình thức gì?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào, theo hình thức gì?",
      "6/1 && trực tuyến", a=True),
    T("R4", "pronoun", "bao nhiêu tỉnh thành kết nối hội nghị này?",
      "Có bao nhiêu tỉnh, thành phố kết nối với Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR),
    T("R1", "substitution", "còn tk 2022",
      "Có bao nhiêu tỉnh, thành phố kết nối với Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "63 tỉnh, thành phố", "telegraphic", a=True),
    T("R1", "pronoun", "năm đó có bao nhiêu đại biểu",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "700 đại biểu"),
    T("R1", "request", "nguồn?",
      "Bài viết về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai viết?",
      "Vi Trường", "telegraphic"),
])

# c25 — R3 HĐBA false premise then correction
C.append([
    T("R3", "new", "Vì sao VN chỉ được 150 phiếu khi ứng cử vào HĐBA năm 2019?",
      "Vì sao Việt Nam chỉ được 150 phiếu khi ứng cử Ủy viên không thường trực Hội đồng Bảo an năm 2019?",
      FP, "premise", a=True),
    T("R3", "ellipsis", "thực tế được bao nhiêu phiếu",
      "Việt Nam thực tế được bao nhiêu phiếu khi trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021?",
      "192/193", a=True),
    T("R3", "ellipsis", "nhiệm kỳ",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
      "2020-2021", "telegraphic"),
    T(None, "substitution", "còn lần ở HĐBA nhiệm kỳ 2008-2009?",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009 với bao nhiêu phiếu?",
      NC, "near-miss", a=True),
])

# c26 — R0 thông tin đối ngoại
C.append([
    T("R0", "new", "bo truong ngoai giao de nghi gi ve thong tin doi ngaoi tai sk 6 thang 2023",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao đề nghị gì về thông tin đối ngoại?",
      "phương thức truyền thông mới", "typo,telegraphic", a=True),
    T("R0", "substitution", "cò chuyển đổi số?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao đề nghị gì về chuyển đổi số?",
      "đẩy mạnh chuyển đổi số", "typo,telegraphic"),
    T("R0", "ellipsis", "về bảo vệ chủ quyền thì yêu cầu gì",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao yêu cầu gì về bảo vệ chủ quyền?",
      "kiên quyết, kiên trì đấu tranh", a=True),
    T("R0", "pronoun", "ông ấy có nêu số vụ bảo hộ công dân không",
      "Bộ trưởng Bùi Thanh Sơn có nêu số vụ bảo hộ công dân trong 6 tháng đầu năm 2023 không?",
      NR),
])

# c27 — R1 biên giới -> R2
C.append([
    T("R1", "new", "năm 2022 ngoại giao đạt kết quả gì về vấn đề biên giới, trên biển trên bộ?",
      "Theo Hội nghị tổng kết ngành Ngoại giao năm 2022, công tác đối ngoại năm 2022 đạt kết quả gì về các vấn đề biên giới, trên biển, trên bộ?",
      "phân định", a=True),
    T("R1", "request", "nói rõ hơn",
      "Nói rõ hơn kết quả năm 2022 về phân định, giải quyết các vấn đề trên biển, trên bộ.",
      "lợi ích quốc gia dân tộc | luật pháp quốc tế", "telegraphic", a=True),
    T("R1", "ellipsis", "ai đánh giá vậy",
      "Ai đánh giá kết quả công tác đối ngoại năm 2022 về biên giới lãnh thổ tại Hội nghị tổng kết?",
      "Bùi Thanh Sơn"),
    T("R2", "substitution", "còn PTT Trần Lưu Quang đánh giá thế nào",
      "Phó Thủ tướng Trần Lưu Quang đánh giá công tác đối ngoại và ngành ngoại giao thời gian qua như thế nào?",
      "thành tựu to lớn", a=True),
    T("R2", "pronoun", "ông ấy thấy thế giới có cơ hội gì không",
      "Phó Thủ tướng Trần Lưu Quang có nhận định thế giới thời gian tới có cơ hội không?",
      "cơ hội, thuận lợi"),
])

# c28 — near-miss meeting -> R0 refusals
C.append([
    T(None, "new", "Hội nghị Ngoại giao lần thứ 32 khai mạc ngày nào?",
      "Hội nghị Ngoại giao lần thứ 32 khai mạc ngày nào?",
      NC, "near-miss", a=True),
    T("R0", "new", "thế HN sk 6 tháng 2023 khai mạc hôm nào",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", a=True),
    T("R0", "pronoun", "hội nghị ấy tổ chức ở đâu",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
      NR),
    T("R0", "ellipsis", "có ai được khen không",
      "Có tập thể, cá nhân nào được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?",
      "thành tích xuất sắc", a=True),
    T("R0", "ellipsis", "tên những người đó?",
      "Tên các cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?",
      NR, "telegraphic"),
])

# c29 — R4 in English
C.append([
    T("R4", "new", "What kind of external resources did the PM want diplomacy to mobilise at the 2024 review?",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu huy động những nguồn lực bên ngoài nào?",
      "nguồn lực có tính đột phá", "english"),
    T("R4", "ellipsis", "and for the country?",
      "Thủ tướng Phạm Minh Chính nói công tác đối ngoại góp phần tạo đà cho đất nước như thế nào?",
      "tăng tốc, bứt phá", "english,telegraphic"),
    T("R4", "request", "source?",
      "Nguồn của bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 là gì?",
      "baoquangtri.vn | Hoài Nhung", "english,telegraphic"),
    T("R4", "ellipsis", "sao ông PCT Quảng Trị lại phản đối kết luận của TTg?",
      "Vì sao ông Hoàng Nam phản đối kết luận của Thủ tướng tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
      FP, "premise", a=True),
])

# c30 — R3 quan hệ láng giềng -> R0 -> near-miss
C.append([
    T("R3", "new", "sk 6 thang 2019 danh gia quan he voi cac nuoc lang gieng the nao",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các nước láng giềng, các nước lớn, các đối tác như thế nào?",
      "chiều sâu, hiệu quả, thiết thực", "telegraphic", a=True),
    T("R0", "substitution", "con 2023?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các nước láng giềng, các nước lớn, các đối tác như thế nào?",
      "nhiều bước phát triển mới", "telegraphic", a=True),
    T(None, "substitution", "năm 2021?",
      "Hội nghị sơ kết 6 tháng đầu năm 2021 đánh giá quan hệ với các nước láng giềng như thế nào?",
      NC, "near-miss,telegraphic"),
    T("R0", "new", "Giữa năm 2023, ngành ngoại giao được ví là gì trong thành quả chung của cả nước?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
      "một điểm sáng", "paraphrase"),
])

# c31 — R1 Thủ tướng phrases
C.append([
    T("R1", "new", "TTg Chính muốn ngành NG bảo vệ Tổ quốc theo tinh thần nào?",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bảo vệ Tổ quốc theo tinh thần nào?",
      "nước chưa nguy", a=True),
    T("R1", "request", "trích nguyên văn",
      "Trích nguyên văn lời Thủ tướng Phạm Minh Chính về tinh thần bảo vệ Tổ quốc.",
      "từ sớm && từ xa", "telegraphic"),
    T("R1", "ellipsis", "lấy ai làm trung tâm phục vụ",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao lấy ai làm trung tâm phục vụ?",
      "người dân, doanh nghiệp, địa phương"),
    T("R1", "pronoun", "ông ấy phát biểu ở điểm cầu nào",
      "Thủ tướng Phạm Minh Chính phát biểu tại điểm cầu nào của Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      NR, a=True),
])

# c32 — R2 time, source, near-miss
C.append([
    T("R2", "new", "PTT Trần Lưu Quang làm việc với BNG vào buổi nào",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào buổi nào, ngày nào?",
      "Chiều ngày 31-1", a=True),
    T("R2", "ellipsis", "kéo dài bao lâu",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?",
      NR, "telegraphic", a=True),
    T("R2", "request", "ai đưa tin",
      "Bài viết về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy theo nguồn nào?",
      "VGP | B.T.V", "telegraphic"),
    T(None, "substitution", "còn PTT Lê Văn Thành?",
      "Phó Thủ tướng Lê Văn Thành làm việc với Bộ Ngoại giao vào buổi nào?",
      NC, "near-miss", a=True),
])

# c33 — ngoại giao kinh tế across R0 -> R1 -> R4
C.append([
    T("R0", "new", "Giữa năm 2023, ngoại giao kinh tế giúp địa phương và doanh nghiệp được gì?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, các hoạt động ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp như thế nào?",
      "kết nối đối tác", "paraphrase", a=True),
    T("R1", "substitution", "còn tk 2022",
      "Theo Hội nghị tổng kết ngành Ngoại giao năm 2022, công tác ngoại giao kinh tế đạt kết quả gì?",
      "700 tỷ USD", "telegraphic", a=True),
    T("R4", "substitution", "còn năm 2024?",
      "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh", "telegraphic"),
    T("R4", "pronoun", "ai chỉ đạo sâu sát việc đó",
      "Ai chỉ đạo sâu sát, quyết liệt ngoại giao kinh tế và kinh tế đối ngoại năm 2024?",
      "Thủ tướng Chính phủ", a=True),
])

# c34 — R1 in English -> R3
C.append([
    T("R1", "new", "How many delegates attended the 2022 diplomatic sector review conference?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "700 đại biểu", "english"),
    T("R1", "pronoun", "Who chaired it?",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "english,telegraphic"),
    T("R1", "request", "Summarize what the PM asked for.",
      "Tóm tắt những yêu cầu của Thủ tướng Phạm Minh Chính đối với ngành Ngoại giao tại Hội nghị tổng kết năm 2022.",
      "6 nhiệm vụ trọng tâm | cây tre Việt Nam", "english"),
    T("R3", "substitution", "And attendance at the 2019 mid-year review?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người tham dự?",
      NR, "english"),
])

# c35 — wrong minister premise R3 -> R0
C.append([
    T("R3", "new", "Vì sao Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Vì sao Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      FP, "premise", a=True),
    T("R3", "new", "thế BT NG nào phát biểu ở sk 2019",
      "Bộ trưởng Ngoại giao nào phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Phạm Bình Minh", "telegraphic", a=True),
    T("R3", "pronoun", "ông ấy có trong Bộ Chính trị không",
      "Năm 2019, ông Phạm Bình Minh có phải Ủy viên Bộ Chính trị không?",
      "Ủy viên Bộ Chính trị"),
    T("R0", "substitution", "còn ông Sơn năm 2023?",
      "Năm 2023, Bộ trưởng Bùi Thanh Sơn có phải Ủy viên Bộ Chính trị không, hay giữ chức vụ gì trong Đảng?",
      "Ủy viên Trung ương Đảng", a=True),
])

# c36 — R4 nhiệm vụ 2025
C.append([
    T("R4", "new", "nhiem vu nam 2025 BNG xac dnh gi",
      "Về mục tiêu, nhiệm vụ năm 2025, Bộ Ngoại giao xác định những gì?",
      "dự báo đúng tình hình | thế chủ động chiến lược", "telegraphic,typo", a=True),
    T("R4", "ellipsis", "về quan hệ đối tác thì sao",
      "Thủ tướng yêu cầu ngành ngoại giao làm gì với quan hệ với các đối tác quan trọng trong năm 2025?",
      "nâng cấp, nâng tầm quan hệ", a=True),
    T("R4", "ellipsis", "với tổ chức đảng?",
      "Thủ tướng yêu cầu nâng cao gì đối với các tổ chức đảng, đảng viên trong ngành ngoại giao?",
      "sức chiến đấu", "telegraphic"),
    T("R4", "pronoun", "kết luận đó của ai",
      "Ai kết luận Hội nghị tổng kết ngành ngoại giao năm 2024 với các yêu cầu này?",
      "Phạm Minh Chính"),
    T("R4", "pronoun", "sao ông ấy lại cho hoãn hội nghị sang tháng 2?",
      "Vì sao Thủ tướng Phạm Minh Chính cho hoãn Hội nghị tổng kết ngành ngoại giao năm 2024 sang tháng 2?",
      FP, "premise"),
])

# c37 — R3 Chỉ thị 25, EVFTA
C.append([
    T("R3", "new", "Chỉ thị 25 về đối ngoại đa phương là của cơ quan nào",
      "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
      "Ban Bí thư", a=True),
    T("R3", "pronoun", "chỉ thị đó ban hành năm nào",
      "Chỉ thị 25 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương được ban hành năm nào?",
      NR),
    T("R3", "new", "hiệp định tự do thương mại với EU viết tắt là gì",
      "Hiệp định tự do thương mại giữa Việt Nam và EU được nhắc trong báo cáo sơ kết 2019 viết tắt là gì?",
      "EVFTA", a=True),
    T("R3", "ellipsis", "có hiệu lực chưa?",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Hiệp định EVFTA đã có hiệu lực chưa hay mới được ký kết?",
      "được ký kết", "telegraphic"),
])

# c38 — R2 -> R1
C.append([
    T("R2", "new", "PTT Trần Lưu Quang nhắc tới HN đối ngoại toàn quốc năm nào?",
      "Phó Thủ tướng Trần Lưu Quang nhắc tới Hội nghị đối ngoại toàn quốc năm nào?",
      "toàn quốc năm 2021", a=True),
    T("R2", "pronoun", "ở hội nghị đó ai chỉ đạo",
      "Ai chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021?",
      "Nguyễn Phú Trọng", a=True),
    T("R1", "new", "HN tk 2022 ngành NG có điểm cầu tỉnh nào được nêu",
      "Bài viết về Hội nghị tổng kết ngành Ngoại giao năm 2022 nêu điểm cầu của tỉnh nào?",
      "Cao Bằng", a=True),
    T("R1", "ellipsis", "những sở ngành nào dự",
      "Những sở, đơn vị nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Tài chính && Công an tỉnh"),
])

# c39 — R0 người Việt, bảo hộ -> R3
C.append([
    T("R0", "new", "Theo HN sơ kết giữa năm 2023, công tác người Việt ở nước ngoài được đánh giá ra sao?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác người Việt Nam ở nước ngoài được đánh giá như thế nào?",
      "làm cầu nối"),
    T("R0", "substitution", "What about citizen protection?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác bảo hộ công dân được đánh giá như thế nào?",
      "nhiều đổi mới", "english"),
    T("R0", "ellipsis", "How many citizens were assisted?",
      "Trong 6 tháng đầu năm 2023, Bộ Ngoại giao đã bảo hộ bao nhiêu công dân?",
      NR, "english"),
    T("R3", "substitution", "con sk 2019 thi bao ho cong dan the nao",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác bảo hộ công dân được đánh giá như thế nào?",
      "tiếp tục được quan tâm", a=True),
])

# c40 — R4 tình huống, near-miss PM and year
C.append([
    T("R4", "new", "HN tk NG 2024 TTg yêu cầu xử lý tình huống thế nào",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu xử lý các tình huống đối ngoại như thế nào?",
      "tình huống đối ngoại phức tạp", "telegraphic", a=True),
    T("R4", "ellipsis", "nghiên cứu ra sao",
      "Thủ tướng yêu cầu ngành ngoại giao nghiên cứu về đối ngoại như thế nào?",
      "tổng thể, dài hơi", a=True),
    T(None, "substitution", "thế còn TTg Nguyễn Xuân Phúc?",
      "Thủ tướng Nguyễn Xuân Phúc yêu cầu ngành ngoại giao xử lý tình huống đối ngoại như thế nào tại hội nghị tổng kết?",
      NC, "near-miss"),
    T(None, "substitution", "còn HN tk 2020",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2020, lãnh đạo yêu cầu xử lý tình huống đối ngoại như thế nào?",
      NC, "near-miss,telegraphic", a=True),
    T("R3", "new", "năm 2019 ai chỉ đạo hội nghị sơ kết",
      "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh"),
])

# c41 — R1 cây tre
C.append([
    T("R1", "new", "Thủ tướng lấy hình ảnh loài cây nào để nói về bản lĩnh ngoại giao nước mình?",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính dùng hình ảnh gì để nói về bản sắc ngoại giao Việt Nam?",
      "cây tre Việt Nam", "paraphrase", a=True),
    T("R1", "ellipsis", "gốc vững là gì",
      "Theo Thủ tướng Phạm Minh Chính, gốc vững của bản sắc cây tre Việt Nam là gì?",
      "kiên định độc lập, tự chủ", "telegraphic"),
    T("R1", "pronoun", "ông ấy nói điều này hôm nào",
      "Thủ tướng Phạm Minh Chính nói điều này tại hội nghị diễn ra ngày nào?",
      "10/1", a=True),
    T("R1", "pronoun", "sao ông ấy bảo bỏ nguyên tắc đa phương hóa?",
      "Vì sao Thủ tướng Phạm Minh Chính yêu cầu bỏ nguyên tắc đa phương hóa, đa dạng hóa?",
      FP, "premise"),
])

# c42 — R3 English -> R4
C.append([
    T("R3", "new", "Which summit did Vietnam successfully host according to the 2019 mid-year review?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
      "Mỹ - Triều lần 2", "english"),
    T("R3", "ellipsis", "in which city?",
      "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được tổ chức ở thành phố nào?",
      NR, "english,telegraphic"),
    T("R3", "new", "How many strategic or comprehensive partners did Vietnam have by mid-2019?",
      "Đến giữa năm 2019, Việt Nam có tổng số bao nhiêu Đối tác chiến lược/Đối tác toàn diện?",
      "30 quốc gia", "english"),
    T("R4", "substitution", "còn tới năm 2024 thì tổng là bao nhiêu?",
      "Đến năm 2024, Việt Nam có tổng số bao nhiêu Đối tác chiến lược/Đối tác toàn diện?",
      NR, a=True),
])

# c43 — R2 nhiệm vụ -> R4
C.append([
    T("R2", "new", "Theo PTT Trần Lưu Quang, nâng cao vị thế uy tín đất nước là nhiệm vụ gì?",
      "Theo Phó Thủ tướng Trần Lưu Quang, nâng cao vị thế và uy tín đất nước là nhiệm vụ gì?",
      "nhiệm vụ quan trọng", a=True),
    T("R2", "substitution", "còn giữ vững hòa bình ổn định?",
      "Theo Phó Thủ tướng Trần Lưu Quang, giữ vững hòa bình, ổn định là nhiệm vụ gì?",
      "trọng yếu, thường xuyên", "telegraphic"),
    T("R2", "request", "trich nguyen van",
      "Trích nguyên văn câu của Phó Thủ tướng Trần Lưu Quang về nhiệm vụ giữ vững hòa bình, ổn định.",
      "nhiệm vụ trọng yếu, thường xuyên", "telegraphic", a=True),
    T("R2", "pronoun", "ông ấy nói vậy hôm nào",
      "Phó Thủ tướng Trần Lưu Quang nói điều này vào ngày nào?",
      "31-1", a=True),
    T("R4", "new", "Thủ tướng ở HN tk 2024 nói nhiệm vụ bao trùm của ngoại giao là gì?",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
      "tiên phong, trọng yếu, thường xuyên"),
])

# c44 — typos R3, near-miss 2020
C.append([
    T("R3", "new", "hoi ngij so ket 2019 cua BNG to chuc ngay nao",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ngày nào?",
      "22/7", "typo", a=True),
    T("R3", "ellipsis", "hôm đó thứ mấy",
      "Ngày tổ chức Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7/2019) là thứ mấy?",
      "Thứ hai", "telegraphic"),
    T("R3", "request", "anh cua bao nao",
      "Ảnh trong bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 là của báo nào?",
      "TG&VN", "telegraphic", a=True),
    T(None, "substitution", "còn sk 2020?",
      "Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao được tổ chức ngày nào?",
      NC, "near-miss,telegraphic"),
])

# c45 — R4 English: writer and bridge point
C.append([
    T("R4", "new", "Which province's bridge point does the 2024 review article report from?",
      "Bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 đưa tin từ điểm cầu tỉnh nào?",
      "Quảng Trị", "english"),
    T("R4", "ellipsis", "who wrote it?",
      "Ai viết bài về Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoài Nhung", "english,telegraphic"),
    T("R4", "pronoun", "Did the Quang Tri official give a speech there?",
      "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam có phát biểu tại Hội nghị tổng kết ngành ngoại giao năm 2024 không?",
      NR, "english"),
    T(None, "substitution", "con diem cau Ha Tinh?",
      "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Hà Tĩnh?",
      NC, "near-miss,telegraphic", a=True),
])

# c46 — R1 Cao Bằng refusals
C.append([
    T("R1", "new", "Phó Chủ tịch UBND tỉnh Cao Bằng có phát biểu gì tại hội nghị tổng kết ngoại giao 2022 không?",
      "Phó Chủ tịch UBND tỉnh Cao Bằng Nguyễn Bích Ngọc có phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022 không?",
      NR, a=True),
    T("R1", "pronoun", "bà ấy là ai vậy",
      "Phó Chủ tịch UBND tỉnh Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022 là ai?",
      "Nguyễn Bích Ngọc", a=True),
    T("R1", "ellipsis", "có sở nào dự ko",
      "Những sở, đơn vị nào của tỉnh Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      "Kế hoạch và Đầu tư | Công thương | Bộ đội Biên phòng", "telegraphic"),
    T("R1", "pronoun", "sao bà ấy lại chủ trì hội nghị",
      "Vì sao bà Nguyễn Bích Ngọc chủ trì Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      FP, "premise", a=True),
])

# c47 — R0 English mix + near-miss person
C.append([
    T("R0", "new", "sk giua nam 2023 danh gia cong tac xay dung nganh ra sao",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành như thế nào?",
      "đi vào nề nếp", "telegraphic", a=True),
    T("R0", "request", "Can you explain more?",
      "Nói rõ hơn đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về công tác xây dựng ngành.",
      "bản lĩnh chính trị | quản trị tài vụ", "english"),
    T(None, "substitution", "còn thứ trưởng Đặng Hoàng Giang nói gì?",
      "Thứ trưởng Đặng Hoàng Giang nói gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      NC, "near-miss", a=True),
    T("R0", "new", "BT Sơn yêu cầu các đơn vị làm tốt hơn công tác gì",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
      "nghiên cứu, dự báo, tham mưu"),
])

# c48 — R2 -> R3 comparison of Đại hội
C.append([
    T("R2", "new", "PTT Trần Lưu Quang yêu cầu BNG bám sát đường lối đối ngoại của Đại hội nào?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào của Đảng?",
      "Đại hội XIII", a=True),
    T("R2", "ellipsis", "về hội nhập quốc tế thì sao",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về hội nhập quốc tế?",
      "sâu rộng, toàn diện"),
    T("R2", "pronoun", "sao ông ấy chê BNG chậm đổi mới?",
      "Vì sao Phó Thủ tướng Trần Lưu Quang chê Bộ Ngoại giao chậm đổi mới?",
      FP, "premise", a=True),
    T("R3", "substitution", "còn ở hội nghị sơ kết 2019 thì nói tới đại hội nào",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc tới việc thực hiện đường lối đối ngoại của Đại hội nào?",
      "Đại hội XII", a=True),
    T(None, "substitution", "còn năm 2016?",
      "Hội nghị sơ kết 6 tháng đầu năm 2016 của Bộ Ngoại giao nhắc tới đường lối của Đại hội nào?",
      NC, "near-miss,telegraphic"),
])


def tags_for(turn, question):
    tags = set(turn["hand_tags"])
    if "english" not in tags and not has_diacritics(question) and re.search(r"[A-Za-z]", question):
        tags.add("accentless")
    if ABBREV_RE.search(question):
        tags.add("abbrev")
    ordered = [t for t in TAG_ORDER if t in tags]
    unknown = tags - set(TAG_ORDER)
    if unknown:
        raise ValueError("unknown tags %s in %r" % (unknown, question))
    return ",".join(ordered) if ordered else "-"


def rows():
    out = []
    for i, conv in enumerate(C, 1):
        cid = "c%02d" % i
        for turn in conv:
            q = strip_accents(turn["q"]) if turn["a"] else turn["q"]
            out.append(dict(conversation=cid, question=q, kind=turn["kind"],
                            tags=tags_for(turn, q), read_as=turn["read_as"],
                            facts=turn["facts"], rep=turn["rep"]))
    return out


def main():
    rs = rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rs:
            cells = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError("tab/newline in cell: %r" % c)
            f.write("\t".join(cells) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(rs), len(C), OUT))


if __name__ == "__main__":
    main()
