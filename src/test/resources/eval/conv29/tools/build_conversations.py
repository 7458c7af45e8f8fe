#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 29.

Every turn below is written by hand.  The script only
  * strips diacritics from turns marked accentless (a=1),
  * adds the `accentless` tag to non-English questions without diacritics,
  * adds the `abbrev` tag to questions containing an abbreviation token,
  * writes conversations.tsv.

Reports (in given/):
  R0 000_47e75d3c86d27e21.txt  Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7)
  R1 001_8430b1541a21d71d.txt  Hội nghị tổng kết ngành Ngoại giao năm 2022 (sáng 10/1)
  R2 002_0e1cf19fdeddcf6d.txt  PTTg Trần Lưu Quang làm việc với Bộ Ngoại giao (chiều 31-1)
  R3 003_60cdc4bfe3deff94.txt  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7)
  R4 004_771f5d769968830d.txt  Hội nghị tổng kết ngành ngoại giao năm 2024 (sáng 6/1)
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORT_FILES = {
    "R0": "000_47e75d3c86d27e21.txt",
    "R1": "001_8430b1541a21d71d.txt",
    "R2": "002_0e1cf19fdeddcf6d.txt",
    "R3": "003_60cdc4bfe3deff94.txt",
    "R4": "004_771f5d769968830d.txt",
}

HEADER = [
    "# Blind conversation set 29 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english",
             "premise", "near-miss", "paraphrase"]

# Abbreviation tokens (case-sensitive set + lower-case chat shorthand).
ABBREV_EXACT = {"HN", "BNG", "TTg", "TTG", "PTTg", "PTT", "BT", "TT", "NG", "HĐBA", "HDBA",
                "LHQ", "VN", "PM", "MFA", "FM", "UBND", "BCT", "TW", "NQ", "UN", "UNSC",
                "DPM", "EU"}
ABBREV_LOWER = {"tk", "sk", "ko", "k", "dc", "đc", "hn", "bng", "ttg", "ptt", "lhq", "vn", "ubnd"}

NF = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_diacritics(s):
    return strip_diacritics(s) != s


def has_abbrev(q):
    for tok in re.findall(r"[^\W_]+", q):
        if tok in ABBREV_EXACT or tok in ABBREV_LOWER:
            return True
    return False


def T(q, kind, read_as, facts, rep, tags="", a=0, miss=None):
    """One hand-written turn.  a=1: the question is typed without diacritics."""
    return dict(q=q, kind=kind, read_as=read_as, facts=facts, report=rep,
                tags=[t for t in tags.split(",") if t], a=bool(a), miss=miss)


# ---------------------------------------------------------------------------
# Conversations (hand-written)
# ---------------------------------------------------------------------------
CONVS = []


def C(*turns):
    CONVS.append(list(turns))


# c01 R0 -> R3 (same kind of meeting, other year)
C(
    T("BNG tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 vào ngày nào?", "new",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?",
      "5/7", "R0"),
    T("ai phát biểu kết luận hội nghị đó?", "pronoun",
      "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0"),
    T("còn năm 2019 thì ai phát biểu chỉ đạo?", "substitution",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "R3", a=1),
    T("ông ấy giữ những chức vụ gì lúc đó?", "pronoun",
      "Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3"),
    T("hn đó họp ngày nào?", "pronoun",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7", "R3", tags="telegraphic", a=1),
)

# c02 R1
C(
    T("Hội nghị tổng kết công tác nghành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "new",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "hơn 700 đại biểu", "R1", tags="typo"),
    T("kết nối với bao nhiêu tỉnh thành?", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
      "63 tỉnh, thành phố", "R1", a=1),
    T("ai chủ trì?", "ellipsis",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "R1", tags="telegraphic"),
    T("lúc khai mạc ông ấy nói hội nghị nhằm mục đích gì?", "pronoun",
      "Khi khai mạc Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
      "nhìn lại một năm thực hiện", "R1", a=1),
    T("trích nguyên văn đoạn đó", "request",
      "Trích nguyên văn đoạn Bộ trưởng Bùi Thanh Sơn nêu mục đích của Hội nghị tổng kết công tác ngành ngoại giao năm 2022.",
      "Nguyễn Phú Trọng && Hội nghị đối ngoại toàn quốc", "R1"),
)

# c03 R2
C(
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
      "ngày 31-1", "R2"),
    T("ở đâu?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
      "Trụ sở Bộ Ngoại giao", "R2", tags="telegraphic"),
    T("bàn về việc gì?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
      "triển khai công tác đối ngoại", "R2", tags="telegraphic", a=1),
    T("ai báo cáo với ông ấy?", "pronoun",
      "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R2"),
    T("sao PTT lại phản đối bản báo cáo đó?", "pronoun",
      "Vì sao Phó Thủ tướng Trần Lưu Quang phản đối bản báo cáo của Bộ trưởng Bùi Thanh Sơn tại buổi làm việc?",
      FP, "R2", tags="premise", a=1),
)

# c04 R3
C(
    T("Năm 2019 VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", "R3"),
    T("nhiệm kỳ nào?", "ellipsis",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
      "2020-2021", "R3", tags="telegraphic", a=1),
    T("tin này được nêu ở hội nghị gì?", "pronoun",
      "Thông tin Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu được nêu tại hội nghị nào của Bộ Ngoại giao?",
      "sơ kết công tác 06 tháng", "R3", a=1),
    T("thế còn hiệp định thương mại với EU?", "substitution",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định thương mại tự do với EU có kết quả gì?",
      "EVFTA", "R3"),
    T("còn CPTPP sao lại bị hoãn?", "substitution",
      "Vì sao Hiệp định CPTPP bị hoãn triển khai trong 6 tháng đầu năm 2019?",
      FP, "R3", tags="premise", a=1),
)

# c05 R4
C(
    T("Hội nghị tổng kết công tác ngoại giao năm 2024 tổ chức hôm nào?", "new",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức vào ngày nào?",
      "6/1", "R4"),
    T("họp theo hình thức nào?", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?",
      "trực tuyến", "R4"),
    T("ai chủ trì?", "ellipsis",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NF, "R4", tags="telegraphic", a=1),
    T("thế còn Thủ tướng, ông ấy có mặt với vai trò gì?", "substitution",
      "Thủ tướng Chính phủ có vai trò gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "dự và chỉ đạo", "R4"),
    T("ông ấy bảo nhiệm vụ bao trùm là gì?", "pronoun",
      "Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
      "tiên phong, trọng yếu, thường xuyên", "R4", a=1),
)

# c06 R1 -> R4 (điểm cầu)
C(
    T("Ai dự hội nghị tổng kết ngoại giao 2022 ở điểm cầu Cao Bằng?", "new",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc", "R1"),
    T("người đó giữ chức gì?", "pronoun",
      "Nguyễn Bích Ngọc, người dự hội nghị tại điểm cầu Cao Bằng, giữ chức vụ gì?",
      "Ban Thường vụ Tỉnh ủy | Phó Chủ tịch UBND tỉnh", "R1"),
    T("những huyện nào cùng dự ở đó?", "ellipsis",
      "UBND những huyện nào dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Quảng Hòa | Thạch An | Hà Quảng && Trùng Khánh | Bảo Lạc | Bảo Lâm", "R1", a=1),
    T("còn tổng kết 2024 thì điểm cầu tỉnh nào, ai dự?", "substitution",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, ai dự ở điểm cầu tỉnh nào?",
      "Hoàng Nam && Quảng Trị", "R4"),
    T("hội nghị năm đó nối với bao nhiêu tỉnh?", "pronoun",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu tỉnh, thành phố?",
      NF, "R4", a=1),
    T("nguồn bài này?", "request",
      "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 lấy từ nguồn nào?",
      "Hoài Nhung | Nguồn Quảng Trị", "R4"),
)

# c07 R3
C(
    T("Theo hội nghị sơ kết năm 2019, Việt Nam đã đăng cai thành công sự kiện thượng đỉnh nào?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
      "thượng đỉnh Mỹ - Triều", "R3", tags="paraphrase"),
    T("lần thứ mấy?", "ellipsis",
      "Hội nghị thượng đỉnh Mỹ - Triều mà Việt Nam tổ chức năm 2019 là lần thứ mấy?",
      "lần 2", "R3", tags="telegraphic", a=1),
    T("sự kiện đó tổ chức ở thành phố nào?", "pronoun",
      "Hội nghị thượng đỉnh Mỹ - Triều lần 2 do Việt Nam tổ chức diễn ra ở thành phố nào?",
      NF, "R3", a=1),
    T("Sơ kết 2019 cho biết khuôn khổ quan hệ đối tác được mở rộng thêm với những nước nào?", "new",
      "Trong 6 tháng đầu năm 2019, khuôn khổ quan hệ đối tác của Việt Nam được mở rộng với những nước nào?",
      "Brunei, Hà Lan && 30 quốc gia", "R3"),
    T("2 nước đó thành đối tác chiến lược à?", "pronoun",
      "Brunei và Hà Lan đã trở thành Đối tác chiến lược của Việt Nam trong năm 2019 phải không?",
      FP, "R3", tags="premise", a=1),
)

# c08 R0 (English)
C(
    T("What was the guiding motto of the MFA's mid-year review conference in 2023?", "new",
      "Phương châm công tác đối ngoại được nêu tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là gì?",
      "chủ động, thích ứng, sáng tạo", "R0", tags="english"),
    T("And who gave the closing remarks?", "ellipsis",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0", tags="english"),
    T("Did he hand out any awards?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn có trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?",
      "trao tặng các danh hiệu", "R0", tags="english"),
    T("bao nhiêu tập thể được khen?", "ellipsis",
      "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      NF, "R0", a=1),
    T("nguồn?", "request",
      "Nguồn của bản tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là gì?",
      "TTXVN", "R0", tags="telegraphic"),
)

# c09 R1
C(
    T("Tại HN tổng kết 2022, TTg Phạm Minh Chính yêu cầu ngành NG thực hiện mấy nhiệm vụ trọng tâm?", "new",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
      "6 nhiệm vụ", "R1"),
    T("nói rõ hơn", "request",
      "Nói rõ hơn về các nhiệm vụ trọng tâm Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện tại Hội nghị tổng kết năm 2022.",
      "đối sách linh hoạt, uyển chuyển", "R1", tags="telegraphic", a=1),
    T("Thủ tướng ví ngành ngoại giao với loài cây nào khi chỉ đạo hội nghị tổng kết năm 2022?", "new",
      "Thủ tướng Phạm Minh Chính nhắc đến bản sắc của loài cây nào khi chỉ đạo ngành Ngoại giao tại Hội nghị tổng kết năm 2022?",
      "cây tre Việt Nam", "R1", tags="paraphrase", a=1),
    T("phương châm ứng xử?", "ellipsis",
      "Phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu cho ngành Ngoại giao tại Hội nghị tổng kết năm 2022 là gì?",
      "dĩ bất biến, ứng vạn biến", "R1", tags="telegraphic"),
    T("thế Phó Thủ tướng Vũ Đức Đam có phát biểu ở hội nghị đó không?", "substitution",
      "Phó Thủ tướng Vũ Đức Đam phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      NC, None, tags="near-miss", a=1, miss="Vũ Đức Đam"),
)

# c10 R2 -> R1
C(
    T("Trong buổi làm việc ngày 31-1, Phó Thủ tướng nói nhiệm vụ trọng yếu, thường xuyên là gì?", "new",
      "Trong buổi làm việc với Bộ Ngoại giao ngày 31-1, Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu, thường xuyên là gì?",
      "giữ vững hòa bình, ổn định", "R2"),
    T("còn nhiệm vụ trung tâm?", "substitution",
      "Trong buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm là gì?",
      "phục vụ phát triển đất nước", "R2", tags="telegraphic", a=1),
    T("nhiệm vụ quan trọng?", "substitution",
      "Trong buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ quan trọng là gì?",
      "vị thế và uy tín", "R2", tags="telegraphic"),
    T("ông ấy dựa trên chỉ đạo của ai?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?",
      "Tổng Bí thư Nguyễn Phú Trọng", "R2", tags="paraphrase", a=1),
    T("còn ở hội nghị tổng kết 2022 thì TTg yêu cầu mấy nhiệm vụ?", "substitution",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
      "6 nhiệm vụ", "R1"),
)

# c11 near-miss year -> R3
C(
    T("Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao?", "new",
      "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao?",
      NC, None, tags="near-miss", a=1, miss="2017"),
    T("vậy năm 2019?", "substitution",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "R3", tags="telegraphic"),
    T("điểm đầu tiên ông ấy lưu ý là gì?", "pronoun",
      "Điểm đầu tiên Phó Thủ tướng Phạm Bình Minh lưu ý về công tác đối ngoại thời gian tới tại Hội nghị sơ kết năm 2019 là gì?",
      "nhạy cảm trong tham mưu", "R3"),
    T("điểm thứ hai?", "ellipsis",
      "Điểm thứ hai Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết năm 2019 là gì?",
      "tăng cường sự phối hợp", "R3", tags="telegraphic", a=1),
    T("thứ ba?", "ellipsis",
      "Điểm thứ ba Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết năm 2019 là gì?",
      "nhạy bén hơn nữa | gắn công tác với nhu cầu", "R3", tags="telegraphic"),
)

# c12 R4
C(
    T("Sau khi tinh gọn bộ máy, BNG tiếp nhận chức năng của những cơ quan nào?", "new",
      "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
    T("đi kèm việc tổng kết nghị quyết số mấy?", "ellipsis",
      "Việc tinh gọn bộ máy Bộ Ngoại giao đi kèm với tổng kết Nghị quyết số mấy của Ban Chấp hành Trung ương?",
      "Nghị quyết 18", "R4", a=1),
    T("So it was the foreign minister who asked for this?", "pronoun",
      "Có phải Bộ trưởng Ngoại giao là người yêu cầu tinh gọn tổ chức bộ máy của Bộ Ngoại giao tại Hội nghị tổng kết năm 2024?",
      FP, "R4", tags="english,premise"),
    T("nghị quyết đó ban hành năm nào?", "pronoun",
      "Nghị quyết 18 của Ban Chấp hành Trung ương được ban hành năm nào?",
      NF, "R4"),
    T("thế còn Nghị quyết 17?", "substitution",
      "Nghị quyết 17 của Ban Chấp hành Trung ương được tổng kết thế nào tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
      NC, None, tags="near-miss,telegraphic", a=1, miss="Nghị quyết 17"),
)

# c13 R0
C(
    T("Nửa đầu năm 2023, công tác ngoại giao được ví như thế nào trong thành tựu chung của cả nước?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, đối ngoại được đánh giá thế nào trong thành tựu chung của cả nước?",
      "một điểm sáng", "R0", tags="paraphrase"),
    T("còn tình hình thế giới?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?",
      "diễn biến nhanh, phức tạp", "R0", tags="telegraphic"),
    T("ngoại giao kinh tế thì sao?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?",
      "có trọng tâm, trọng điểm", "R0"),
    T("nói rõ hơn", "request",
      "Nói rõ hơn về đánh giá công tác ngoại giao kinh tế tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "hỗ trợ địa phương, doanh nghiệp && mở rộng thị trường", "R0", tags="telegraphic", a=1),
    T("sao mảng đó lại bị chê kém hiệu quả?", "pronoun",
      "Vì sao công tác ngoại giao kinh tế bị đánh giá là kém hiệu quả tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      FP, "R0", tags="premise", a=1),
)

# c14 R3 -> R0 -> R4 (đội ngũ cán bộ)
C(
    T("Năm 2019 Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?", "new",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
      "tuyển dụng, đào tạo cán bộ && quản lý kỷ cương, kỷ luật", "R3"),
    T("báo cáo đó hướng tới đội ngũ cán bộ như thế nào?", "pronoun",
      "Báo cáo sơ kết 6 tháng đầu năm 2019 hướng tới xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
      "vừa hồng, vừa chuyên", "R3"),
    T("còn năm 2023?", "substitution",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, lãnh đạo Bộ chỉ đạo xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
      "chuyên nghiệp, hiện đại && bản lĩnh chính trị vững vàng", "R0", tags="telegraphic", a=1),
    T("ai chỉ đạo nội dung đó?", "pronoun",
      "Ai chỉ đạo nội dung xây dựng đội ngũ cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "Bùi Thanh Sơn", "R0", a=1),
    T("Hội nghị tổng kết ngành ngoại giao năm 2024 yêu cầu đội ngũ cán bộ phải ra sao?", "new",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, yêu cầu đối với đội ngũ cán bộ ngoại giao là gì?",
      "tuyệt đối trung thành && tin cậy về phẩm chất", "R4"),
)

# c15 R2 (English start)
C(
    T("Which Deputy PM worked with the Foreign Ministry on January 31?", "new",
      "Phó Thủ tướng nào làm việc với Bộ Ngoại giao chiều ngày 31-1?",
      "Trần Lưu Quang", "R2", tags="english"),
    T("Who else attended?", "ellipsis",
      "Những ai khác tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "Bùi Thanh Sơn && lãnh đạo Văn phòng Chính phủ | thủ trưởng các đơn vị", "R2", tags="english"),
    T("Phó Thủ tướng Quang nhận định tình hình thế giới thời gian tới ra sao?", "new",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới như thế nào?",
      "biến động sâu sắc, phức tạp", "R2", a=1),
    T("trích nguyên văn", "request",
      "Trích nguyên văn nhận định của Phó Thủ tướng Trần Lưu Quang về tình hình thế giới và khu vực thời gian tới.",
      "bên cạnh khó khăn, thách thức && cũng có nhiều cơ hội", "R2", tags="telegraphic"),
    T("buổi làm việc kéo dài bao lâu?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?",
      NF, "R2", a=1),
)

# c16 near-miss person -> R2
C(
    T("Phó Thủ tướng Lê Văn Thành làm việc với Bộ Ngoại giao đã nói gì?", "new",
      "Phó Thủ tướng Lê Văn Thành nói gì khi làm việc với Bộ Ngoại giao?",
      NC, None, tags="near-miss", a=1, miss="Lê Văn Thành"),
    T("à nhầm, ý mình là Trần Lưu Quang", "substitution",
      "Phó Thủ tướng Trần Lưu Quang đã nói gì khi làm việc với Bộ Ngoại giao?",
      "đánh giá cao những nỗ lực", "R2"),
    T("ông ấy yêu cầu bộ tập trung làm những gì?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?",
      "chương trình đối ngoại cấp cao && biên giới hoà bình", "R2"),
    T("có nhắc gì đến các hiệp định đã ký không?", "ellipsis",
      "Phó Thủ tướng Trần Lưu Quang có nhắc đến các hiệp định, thỏa thuận quốc tế đã ký không?",
      "thỏa thuận quốc tế đã ký", "R2", a=1),
)

# c17 R1 numbers
C(
    T("Theo hội nghị tổng kết ngành ngoại giao 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new",
      "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
      "mốc kỷ lục 700 tỷ", "R1"),
    T("sao con số đó lại giảm so với năm trước?", "pronoun",
      "Vì sao kim ngạch xuất nhập khẩu năm 2022 lại giảm so với năm 2021?",
      FP, "R1", tags="premise", a=1),
    T("số đại biểu dự hội nghị là bao nhiêu?", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "hơn 700 đại biểu", "R1"),
    T("tức là khoảng 500 người thôi hả?", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 chỉ có khoảng 500 đại biểu tham dự phải không?",
      FP, "R1", tags="premise", a=1),
)

# c18 R3 -> R1
C(
    T("Chỉ thị 25 của Ban Bí thư được nhắc ở hội nghị sơ kết 2019 là về vấn đề gì?", "new",
      "Chỉ thị 25 của Ban Bí thư được nhắc tại Hội nghị sơ kết 6 tháng đầu năm 2019 là về vấn đề gì?",
      "đẩy mạnh và nâng tầm && đối ngoại đa phương", "R3"),
    T("còn Chỉ thị 27 thì sao?", "substitution",
      "Chỉ thị 27 của Ban Bí thư được nhắc tại Hội nghị sơ kết 6 tháng đầu năm 2019 là về vấn đề gì?",
      NC, None, tags="near-miss", a=1, miss="Chỉ thị 27"),
    T("ở hn đó PBM nhắc tới tinh thần hội nghị ngoại giao lần mấy?", "pronoun",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhắc tới tinh thần của Hội nghị Ngoại giao lần thứ mấy?",
      "Ngoại giao 30", "R3", a=1),
    T("thế còn ở hội nghị tổng kết 2022 thì Bộ trưởng nhắc lại chỉ đạo của ai?", "substitution",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc lại kết luận, chỉ đạo của ai?",
      "Nguyễn Phú Trọng", "R1"),
)

# c19 R4 economy
C(
    T("Năm 2024 ngoại giao kinh tế chuyển biến mạnh ở những lĩnh vực nào?", "new",
      "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn && chuyển đổi xanh", "R4"),
    T("VN được giữ trong nhóm nước nào?", "ellipsis",
      "Nhờ chuyển biến của ngoại giao kinh tế năm 2024, Việt Nam được duy trì trong nhóm nước nào?",
      "nhóm nước tăng trưởng cao", "R4"),
    T("tăng trưởng bao nhiêu %?", "ellipsis",
      "Năm 2024 Việt Nam tăng trưởng kinh tế bao nhiêu phần trăm theo Hội nghị tổng kết ngành ngoại giao?",
      NF, "R4", tags="telegraphic", a=1),
    T("vốn đầu tư nứoc ngoài thu hút đc bao nhiêu?", "ellipsis",
      "Năm 2024 Việt Nam thu hút được bao nhiêu vốn đầu tư nước ngoài theo Hội nghị tổng kết ngành ngoại giao?",
      NF, "R4", tags="typo"),
)

# c20 R0 (premise start)
C(
    T("Thủ tướng Phạm Minh Chính phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023 của BNG?", "new",
      "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, "R0", tags="premise"),
    T("vậy ai phát biểu kết luận?", "ellipsis",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0", a=1),
    T("ông ấy khen ngợi những ai?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn biểu dương những ai khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "tập thể cán bộ, công chức", "R0", tags="paraphrase"),
    T("còn thông tin đối ngoại?", "substitution",
      "Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "phương thức truyền thông mới", "R0", tags="telegraphic", a=1),
    T("Thủ tướng Nguyễn Xuân Phúc có phát biểu tại hội nghị sơ kết nào của Bộ Ngoại giao không?", "new",
      "Thủ tướng Nguyễn Xuân Phúc phát biểu gì tại hội nghị sơ kết công tác của Bộ Ngoại giao?",
      NC, None, tags="near-miss", miss="Nguyễn Xuân Phúc"),
)

# c21 R1 -> near-miss -> R4
C(
    T("Ở điểm cầu Cao Bằng có những sở ngành nào dự hội nghị tổng kết ngoại giao 2022?", "new",
      "Những sở, đơn vị nào của Cao Bằng dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Kế hoạch và Đầu tư | Tài chính | Công thương && Bộ đội Biên phòng | Công an tỉnh", "R1"),
    T("bao nhiêu người?", "ellipsis",
      "Có bao nhiêu người dự Hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      NF, "R1", tags="telegraphic", a=1),
    T("còn điểm cầu Lạng Sơn?", "substitution",
      "Những ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
      NC, None, tags="near-miss,telegraphic", miss="Lạng Sơn"),
    T("thế Quảng Trị năm 2024 thì ai dự?", "substitution",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4", a=1),
    T("ông ấy là gì của tỉnh?", "pronoun",
      "Hoàng Nam giữ chức vụ gì ở tỉnh Quảng Trị?",
      "Phó Chủ tịch UBND tỉnh", "R4", a=1),
)

# c22 R2
C(
    T("Khi làm việc với PTT Trần Lưu Quang, BT Bùi Thanh Sơn nói BNG quyết tâm điều gì?", "new",
      "Khi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm điều gì?",
      "quyết tâm đổi mới tư duy", "R2"),
    T("nói rõ hơn", "request",
      "Nói rõ hơn quyết tâm đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.",
      "phong cách, lề lối làm việc && giữ nghiêm kỷ cương hành chính", "R2", tags="telegraphic"),
    T("có nhắc chuyển đổi số ko?", "ellipsis",
      "Bộ trưởng Bùi Thanh Sơn có nhắc tới chuyển đổi số khi báo cáo với Phó Thủ tướng Trần Lưu Quang không?",
      "ứng dụng chuyển đổi số", "R2", a=1),
    T("nghe nói ông ấy xin lùi buổi làm việc sang tháng 2?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn có xin lùi buổi làm việc với Phó Thủ tướng Trần Lưu Quang sang tháng 2 không?",
      FP, "R2", tags="premise"),
)

# c23 R3 (English)
C(
    T("At the 2019 mid-year review, which countries did Vietnam set up comprehensive partnerships with?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei, Hà Lan", "R3", tags="english"),
    T("How many strategic or comprehensive partners in total?", "ellipsis",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu quốc gia?",
      "30 quốc gia", "R3", tags="english"),
    T("What about trade deals?", "substitution",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, có những hiệp định thương mại nào được triển khai hoặc ký kết?",
      "CPTPP && EVFTA", "R3", tags="english"),
    T("cái EVFTA là với đối tác nào?", "pronoun",
      "Hiệp định EVFTA là hiệp định thương mại tự do giữa Việt Nam với đối tác nào?",
      "với EU", "R3", a=1),
)

# c24 R4 (English)
C(
    T("When did the MFA hold its 2024 year-end review conference?", "new",
      "Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào ngày nào?",
      "6/1", "R4", tags="english"),
    T("Which provincial official joined from Quang Tri?", "ellipsis",
      "Lãnh đạo tỉnh nào dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4", tags="english"),
    T("What did the PM call the new era?", "ellipsis",
      "Thủ tướng Phạm Minh Chính gọi kỷ nguyên mới là gì khi kết luận Hội nghị tổng kết năm 2024?",
      "kỷ nguyên vươn mình", "R4", tags="english"),
    T("Source?", "request",
      "Nguồn của bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 là gì?",
      "Hoài Nhung | Nguồn Quảng Trị", "R4", tags="english,telegraphic"),
    T("And what about the 2013 review conference?", "substitution",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2013 diễn ra ngày nào?",
      NC, None, tags="english,near-miss", miss="2013"),
)

# c25 R0 premise -> R1
C(
    T("Vì sao Bộ trưởng Bùi Thanh Sơn vắng mặt tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new",
      "Vì sao Bộ trưởng Bùi Thanh Sơn vắng mặt tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, "R0", tags="premise"),
    T("vậy những ai dự?", "ellipsis",
      "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao", "R0", a=1),
    T("ở đâu?", "ellipsis",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở đâu?",
      NF, "R0", tags="telegraphic"),
    T("có bao nhiêu đại biểu?", "ellipsis",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu đại biểu?",
      NF, "R0", a=1),
    T("còn tổng kết năm 2022?", "substitution",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "hơn 700 đại biểu", "R1", tags="telegraphic", a=1),
)

# c26 R1
C(
    T("Ở hội nghị tổng kết 2022, Thủ tướng dặn ngành ngoại giao phải bảo vệ đất nước theo tinh thần nào?", "new",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính dặn ngành ngoại giao bảo vệ Tổ quốc theo tinh thần nào?",
      "từ khi nước chưa nguy", "R1", tags="paraphrase"),
    T("trích nguyên văn", "request",
      "Trích nguyên văn lời Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại Hội nghị tổng kết năm 2022.",
      "không để bị động bất ngờ && từ khi nước chưa nguy", "R1", tags="telegraphic"),
    T("còn về hợp tác và đấu tranh?", "substitution",
      "Về hợp tác và đấu tranh, Thủ tướng Phạm Minh Chính nói cần chuyển sang cách nhìn nhận như thế nào?",
      "nhìn nhận về đối tác", "R1", a=1),
    T("chủ trương muốn là bạn chuyển thành gì?", "ellipsis",
      "Theo Thủ tướng Phạm Minh Chính, chủ trương “muốn là bạn” đã chuyển thành gì?",
      "sẵn sàng là bạn && đối tác tin cậy", "R1", a=1),
    T("thế ở Hội nghị Ngoại giao lần thứ 32 ông ấy chỉ đạo gì?", "substitution",
      "Thủ tướng Phạm Minh Chính chỉ đạo gì tại Hội nghị Ngoại giao lần thứ 32?",
      NC, None, tags="near-miss", miss="lần thứ 32"),
)

# c27 R2 premise -> R3
C(
    T("Thủ tướng Phạm Minh Chính làm việc với Bộ Ngoại giao chiều 31-1 đã chỉ đạo những gì?", "new",
      "Thủ tướng Phạm Minh Chính làm việc với Bộ Ngoại giao chiều ngày 31-1 đã chỉ đạo những gì?",
      FP, "R2", tags="premise"),
    T("vậy ai làm việc?", "ellipsis",
      "Vậy lãnh đạo Chính phủ nào làm việc với Bộ Ngoại giao chiều ngày 31-1?",
      "Trần Lưu Quang", "R2", tags="telegraphic", a=1),
    T("buổi đó có lãnh đạo cơ quan nào ngoài BNG?", "pronoun",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có lãnh đạo cơ quan nào ngoài Bộ Ngoại giao tham dự?",
      "Văn phòng Chính phủ", "R2"),
    T("nguồn?", "request",
      "Nguồn của bản tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao là gì?",
      "VGP", "R2", tags="telegraphic", a=1),
    T("còn bài về sơ kết 2019 thì báo nào đăng?", "substitution",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao do báo nào đăng?",
      "CLO", "R3"),
)

# c28 R3 premise vote
C(
    T("VN trúng cử ủy viên không thường trực HĐBA với 190 phiếu đúng không?", "new",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với 190 phiếu thuận phải không?",
      FP, "R3", tags="premise", a=1),
    T("vậy chính xác bao nhiêu?", "ellipsis",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với chính xác bao nhiêu phiếu?",
      "192/193", "R3", a=1),
    T("điều đó cho thấy gì?", "pronoun",
      "Việc Việt Nam trúng cử Hội đồng Bảo an với số phiếu 192/193 cho thấy điều gì?",
      "sự tín nhiệm của bạn bè", "R3"),
    T("thế sơ kết năm 2016 có nhắc chuyện này không?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2016 của Bộ Ngoại giao có nhắc đến việc Việt Nam ứng cử Hội đồng Bảo an không?",
      NC, None, tags="near-miss", a=1, miss="2016"),
)

# c29 R4 premise
C(
    T("Tại hội nghị tổng kết năm 2024, Bộ trưởng Bùi Thanh Sơn kết luận những gì?", "new",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ trưởng Bùi Thanh Sơn kết luận những gì?",
      FP, "R4", tags="premise"),
    T("vậy ai kết luận?", "ellipsis",
      "Ai kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "R4", tags="telegraphic"),
    T("muốn đất nước làm gì để vào kỷ nguyên mới?", "ellipsis",
      "Thủ tướng Phạm Minh Chính muốn đất nước làm gì để vững bước vào kỷ nguyên mới?",
      "tăng tốc, bứt phá", "R4", a=1),
    T("ông nói cần huy động nguồn lực nào?", "pronoun",
      "Thủ tướng Phạm Minh Chính nói cần huy động những nguồn lực nào?",
      "nguồn lực có tính đột phá", "R4", a=1),
)

# c30 R0 -> R3
C(
    T("What did the 2023 mid-year review say about multilateral diplomacy?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá ngoại giao đa phương thế nào?",
      "kết hợp chặt chẽ && ngoại giao song phương", "R0", tags="english"),
    T("bảo vệ chủ quyền bằng cách nào?", "ellipsis",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền bằng cách nào?",
      "các biện pháp hòa bình", "R0"),
    T("Hội nghị sơ kết năm 2019 nói đối ngoại đa phương thể hiện tinh thần chỉ thị nào?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, đối ngoại đa phương thể hiện tinh thần của chỉ thị nào?",
      "Chỉ thị 25", "R3", a=1),
    T("chỉ thị đó của cơ quan nào?", "pronoun",
      "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
      "Ban Bí thư", "R3", a=1),
    T("nó ký năm nào?", "pronoun",
      "Chỉ thị 25 của Ban Bí thư được ban hành năm nào?",
      NF, "R3", tags="telegraphic"),
)

# c31 R1
C(
    T("Hội nghị tổng kết ngành ngoại giao năm 2022 họp buổi nào, ngày nào?", "new",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra vào buổi nào, ngày nào?",
      "Sáng 10/1", "R1"),
    T("họp trực tiếp hay online?", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 họp trực tiếp hay trực tuyến?",
      "trực tuyến", "R1", a=1),
    T("Thủ tướng có dự hội nghị đó không?", "pronoun",
      "Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?",
      "Phạm Minh Chính", "R1"),
    T("Bộ trưởng nói sự có mặt của ông ấy thể hiện điều gì?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
      "sự quan tâm đặc biệt", "R1", tags="paraphrase", a=1),
    T("còn hội nghị tổng kết năm 2013 Thủ tướng có dự không?", "substitution",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2013 không?",
      NC, None, tags="near-miss", miss="2013"),
)

# c32 R4 near-miss year
C(
    T("Hội nghị tổng kết ngành ngoại giao năm 2024 đề ra mục tiêu gì cho năm 2025?", "new",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025?",
      "thế chủ động chiến lược && nhạy bén phát hiện", "R4"),
    T("còn tổng kết năm 2015?", "substitution",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2015 đề ra mục tiêu gì cho năm sau?",
      NC, None, tags="near-miss,telegraphic", a=1, miss="2015"),
    T("thôi quay lại năm 2024, hội nghị đó có điểm cầu tỉnh nào?", "pronoun",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có điểm cầu tại tỉnh nào?",
      "Quảng Trị", "R4", a=1),
    T("tổng cộng bao nhiêu điểm cầu?", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có tổng cộng bao nhiêu điểm cầu?",
      NF, "R4", tags="telegraphic"),
    T("Did Bui Thanh Son attend it?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      NF, "R4", tags="english"),
)

# c33 R2
C(
    T("PTT Trần Lưu Quang yêu cầu BNG bám sát chỉ đạo của Tổng Bí thư tại hội nghị nào?", "new",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc && năm 2021", "R2"),
    T("thế chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2014?", "substitution",
      "Tổng Bí thư chỉ đạo gì tại Hội nghị đối ngoại toàn quốc năm 2014?",
      NC, None, tags="near-miss", miss="2014"),
    T("PTT Trần Lưu Quang đánh giá quan hệ với các đối tác thế nào?", "new",
      "Phó Thủ tướng Trần Lưu Quang đánh giá việc phát triển quan hệ với các đối tác của ngành ngoại giao thế nào?",
      "làm sâu sắc hơn quan hệ && các đối tác chiến lược", "R2", a=1),
    T("vai trò gì cần phát huy?", "ellipsis",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao phát huy mạnh mẽ vai trò gì?",
      "vai trò tiên phong", "R2", tags="telegraphic", a=1),
)

# c34 R3 typos
C(
    T("Hội nghị sơ kết 6 tháng năm 2019 của Bộ Ngoại gioa họp ngày nào?", "new",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7", "R3", tags="typo"),
    T("thứ mấy?", "ellipsis",
      "Ngày 22/7/2019, ngày diễn ra Hội nghị sơ kết của Bộ Ngoại giao, là thứ mấy trong tuần?",
      "Thứ hai", "R3", tags="telegraphic", a=1),
    T("PTT Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?", "new",
      "Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?",
      "nhanh hơn, phức tạp hơn", "R3", a=1),
    T("ông ấy nói bộ giữ được cân bằg gì?", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh nói Bộ Ngoại giao giữ được sự cân bằng gì trong quan hệ với các nước lớn?",
      "cân bằng linh hoạt", "R3", tags="typo"),
    T("sao ông lại nói quan hệ với các nước lớn bị mất cân bằng?", "pronoun",
      "Vì sao Phó Thủ tướng Phạm Bình Minh nói quan hệ với các nước lớn bị mất cân bằng?",
      FP, "R3", tags="premise", a=1),
)

# c35 R0
C(
    T("BNG sơ kết 6 tháng đầu năm 2023 nói gì về công tác người VN ở nước ngoài?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
      "làm cầu nối", "R0", a=1),
    T("còn bảo hộ công dân?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?",
      "nhiều đổi mới trong cách thức", "R0", tags="telegraphic"),
    T("nguon?", "request",
      "Nguồn của bản tin về Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?",
      "TTXVN", "R0", tags="telegraphic"),
    T("What did Deputy PM Tran Luu Quang say at that meeting?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, "R0", tags="english,premise"),
    T("vậy lãnh đạo nào phát biểu kết luận?", "ellipsis",
      "Vậy lãnh đạo nào phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0", a=1),
)

# c36 R1 -> R4
C(
    T("What did Minister Son say diplomacy achieved on border and territorial issues in 2022?", "new",
      "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại đạt kết quả gì về biên giới lãnh thổ?",
      "phân định, giải quyết", "R1", tags="english"),
    T("nói rõ hơn", "request",
      "Nói rõ hơn kết quả về phân định, giải quyết vấn đề biên giới lãnh thổ năm 2022.",
      "trên biển, trên bộ", "R1", tags="telegraphic"),
    T("còn đối ngoại đa phương?", "substitution",
      "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 thế nào?",
      "đóng góp có trách nhiệm", "R1", tags="telegraphic", a=1),
    T("thế năm 2024 thì đối ngoại song phương và đa phương ra sao?", "substitution",
      "Theo Hội nghị tổng kết năm 2024, công tác đối ngoại song phương và đa phương năm 2024 đạt kết quả thế nào?",
      "nhiều bước phát triển mới", "R4", a=1),
    T("năm đó ai chỉ đạo mảng ngoại giao kinh tế?", "pronoun",
      "Năm 2024 ngoại giao kinh tế và kinh tế đối ngoại chuyển biến dưới sự chỉ đạo của ai?",
      "quyết liệt của Thủ tướng", "R4"),
)

# c37 R2 (English start)
C(
    T("What did FM Bui Thanh Son report to the Deputy PM on Jan 31?", "new",
      "Ngày 31-1, Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
      "nhiệm vụ đối ngoại năm 2022", "R2", tags="english"),
    T("And what did he call the central task?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn xác định nhiệm vụ trung tâm của ngành ngoại giao là gì?",
      "phục vụ phát triển đất nước", "R2", tags="english"),
    T("ông còn dặn tranh thủ những gì?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang dặn Bộ Ngoại giao tranh thủ tối đa những gì?",
      "yếu tố quốc tế thuận lợi && các nguồn lực bên ngoài", "R2", a=1),
)

# c38 R3 -> R0
C(
    T("Hội nghị sơ kết năm 2019 triển khai theo tinh thần của những hội nghị nào?", "new",
      "Theo Phó Thủ tướng Phạm Bình Minh, công tác đối ngoại 6 tháng đầu năm 2019 được triển khai theo tinh thần những hội nghị nào?",
      "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018", "R3"),
    T("cuối năm đó bộ hướng tới đại hội nào?", "pronoun",
      "Các định hướng 6 tháng cuối năm 2019 của Bộ Ngoại giao hướng tới Đại hội nào của Đảng?",
      "hướng tới Đại hội XIII", "R3", a=1),
    T("Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Sơn đề nghị ngành phát huy vai trò gì?", "new",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao phát huy vai trò gì?",
      "vai trò tiên phong", "R0"),
    T("đưa quan hệ với những ai vào chiều sâu?", "ellipsis",
      "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với những đối tác nào vào chiều sâu trong 6 tháng cuối năm 2023?",
      "các nước láng giềng && bạn bè truyền thống", "R0", a=1),
    T("trích nguyên văn", "request",
      "Trích nguyên văn đề nghị của Bộ trưởng Bùi Thanh Sơn về đưa quan hệ với các đối tác vào chiều sâu.",
      "truyền thống vào chiều sâu && các nước lớn", "R0", tags="telegraphic", a=1),
)

# c39 R4 near-miss place
C(
    T("Ai dự hội nghị tổng kết ngoại giao 2024 tại điểm cầu Quảng Bình?", "new",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Bình?",
      NC, None, tags="near-miss", a=1, miss="Quảng Bình"),
    T("à nhầm, Quảng Trị", "substitution",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4", tags="telegraphic"),
    T("ông ấy giữ chức gì?", "pronoun",
      "Hoàng Nam, người dự hội nghị tại điểm cầu Quảng Trị, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh", "R4"),
    T("ông ấy phát biểu tham luận gì ở hội nghị?", "pronoun",
      "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam phát biểu tham luận gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
      FP, "R4", tags="premise", a=1),
    T("ảnh ai chụp?", "ellipsis",
      "Ảnh Phó Chủ tịch Hoàng Nam dự hội nghị tại điểm cầu Quảng Trị do ai chụp?",
      "H.N", "R4", tags="telegraphic", a=1),
)

# c40 R0 -> R2
C(
    T("Ở sơ kết 6 tháng đầu 2023, BNG đánh giá công tác quản trị tài vụ, tổ chức cán bộ thế nào?", "new",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Ngoại giao đánh giá công tác quản trị tài vụ và tổ chức cán bộ thế nào?",
      "bài bản hiệu quả", "R0", a=1),
    T("cán bộ đạt yêu cầu gì?", "ellipsis",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, cán bộ ngành ngoại giao được bảo đảm đạt những yêu cầu gì?",
      "yêu cầu cao về bản lĩnh && phẩm chất đạo đức", "R0", tags="telegraphic", a=1),
    T("Hồi cuối tháng 1 năm đó, khi làm việc với Phó Thủ tướng, Bộ Ngoại giao hứa đổi mới lề lối làm việc theo hướng nào?", "new",
      "Khi làm việc với Phó Thủ tướng Trần Lưu Quang ngày 31-1, Bộ Ngoại giao cam kết đổi mới phong cách, lề lối làm việc theo hướng nào?",
      "chuyên nghiệp, hiện đại", "R2", tags="paraphrase"),
    T("ai nói câu đó?", "pronoun",
      "Ai nói Bộ Ngoại giao sẽ đổi mới phong cách, lề lối làm việc theo hướng chuyên nghiệp, hiện đại?",
      "Bùi Thanh Sơn", "R2", tags="telegraphic", a=1),
    T("nói với ai?", "ellipsis",
      "Bộ trưởng Bùi Thanh Sơn báo cáo điều đó với ai?",
      "Trần Lưu Quang", "R2", tags="telegraphic", a=1),
)

# c41 R1
C(
    T("Khai mạc hội nghị tổng kết ngoại giao 2022, Bộ trưởng Sơn nói hội nghị nhìn lại việc thực hiện kết luận của ai?", "new",
      "Khi khai mạc Hội nghị tổng kết ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhìn lại việc thực hiện kết luận, chỉ đạo của ai?",
      "Tổng Bí thư Nguyễn Phú Trọng", "R1"),
    T("tại hội nghị gì?", "ellipsis",
      "Tổng Bí thư Nguyễn Phú Trọng đưa ra các kết luận, chỉ đạo đó tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc", "R1", tags="telegraphic", a=1),
    T("ông bảo ngành đang bước sang giai đoạn nào?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn nào?",
      "giai đoạn phát triển mới", "R1"),
    T("cần đổi mới gì?", "ellipsis",
      "Để bước sang giai đoạn phát triển mới, ngành Ngoại giao cần đổi mới những gì?",
      "đổi mới mạnh mẽ tư duy", "R1", a=1),
)

# c42 R3 premise -> R0
C(
    T("Tại HN sơ kết 6 tháng đầu năm 2019, BT Bùi Thanh Sơn đã chỉ đạo những gì?", "new",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Bộ trưởng Bùi Thanh Sơn đã chỉ đạo những gì?",
      FP, "R3", tags="premise"),
    T("vậy ai chỉ đạo?", "ellipsis",
      "Vậy ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "R3", tags="telegraphic", a=1),
    T("ông ấy nói cần gắn công tác với cái gì?", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh nói cần gắn công tác đối ngoại với điều gì?",
      "nhu cầu, ưu tiên phát triển", "R3"),
    T("nguồn?", "request",
      "Nguồn của bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "CLO | TG&VN", "R3", tags="telegraphic", a=1),
    T("còn sơ kết năm 2023?", "substitution",
      "Nguồn của bản tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là gì?",
      "TTXVN", "R0", tags="telegraphic"),
)

# c43 near-miss conference -> R1
C(
    T("Hội nghị Ngoại giao lần thứ 33 diễn ra khi nào?", "new",
      "Hội nghị Ngoại giao lần thứ 33 diễn ra khi nào?",
      NC, None, tags="near-miss", a=1, miss="lần thứ 33"),
    T("thế lần thứ 31 thì được nhắc ở hội nghị nào?", "substitution",
      "Hội nghị Ngoại giao lần thứ 31 được nhắc tới tại hội nghị nào của Bộ Ngoại giao?",
      "năm 2022 && tổng kết công tác", "R1"),
    T("ai nhắc?", "ellipsis",
      "Ai nhắc tới Hội nghị Ngoại giao lần thứ 31 tại Hội nghị tổng kết năm 2022?",
      "Bùi Thanh Sơn", "R1", tags="telegraphic", a=1),
    T("ông ấy nói những ai đã chỉ đạo ở hội nghị lần 31?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn nói những ai đã chỉ đạo tại Hội nghị Ngoại giao lần thứ 31?",
      "Thủ tướng Chính phủ && Lãnh đạo Đảng, Nhà nước", "R1", a=1),
)

# c44 R4 -> R3
C(
    T("Thủ tướng yêu cầu xây dựng Đảng trong ngành ngoại giao thế nào ở hội nghị tổng kết 2024?", "new",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng Đảng trong ngành ngoại giao thế nào?",
      "trong sạch, vững mạnh && sức chiến đấu", "R4"),
    T("And what qualities should the diplomats have?", "ellipsis",
      "Theo Thủ tướng tại Hội nghị tổng kết năm 2024, đội ngũ cán bộ ngoại giao cần những phẩm chất gì?",
      "sâu sắc về chiến lược && khôn khéo về ứng xử", "R4", tags="english"),
    T("trích nguyên văn", "request",
      "Trích nguyên văn yêu cầu của Thủ tướng đối với đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024.",
      "tuyệt đối trung thành && nhạy bén về thời thế", "R4", tags="telegraphic"),
    T("Hội nghị sơ kết 6 tháng đầu năm 2019 đặt mục tiêu xây dựng đội ngũ cán bộ thế nào?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, mục tiêu xây dựng đội ngũ cán bộ của Bộ Ngoại giao là gì?",
      "tinh nhuệ, tích cực, năng động", "R3", a=1),
)

# c45 R2 not reported
C(
    T("Buổi làm việc của PTT Trần Lưu Quang với BNG diễn ra vào buổi nào?", "new",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra vào buổi nào?",
      "Chiều ngày 31-1", "R2"),
    T("kéo dài mấy tiêng?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài mấy tiếng?",
      NF, "R2", tags="telegraphic,typo"),
    T("có bao nhiêu người dự?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có bao nhiêu người tham dự?",
      NF, "R2", a=1),
    T("còn buổi Phó Thủ tướng Trịnh Đình Dũng làm việc với bộ thì sao?", "substitution",
      "Buổi làm việc của Phó Thủ tướng Trịnh Đình Dũng với Bộ Ngoại giao có nội dung gì?",
      NC, None, tags="near-miss", miss="Trịnh Đình Dũng"),
    T("ok, vậy nguồn bài về buổi của PTT Quang?", "request",
      "Nguồn của bản tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao là gì?",
      "VGP", "R2"),
)

# c46 near-miss -> R0
C(
    T("Hội nghị sơ kết 6 tháng đầu năm 2027 của BNG dự kiến họp ngày nào?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2027 của Bộ Ngoại giao dự kiến diễn ra ngày nào?",
      NC, None, tags="near-miss", a=1, miss="2027"),
    T("vậy năm 2023?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", "R0", tags="telegraphic", a=1),
    T("tại hội nghị đó những ai được khen thưởng?", "pronoun",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, những ai được Bộ trưởng Ngoại giao trao tặng danh hiệu, khen thưởng?",
      "các tập thể và cá nhân && thành tích xuất sắc", "R0"),
    T("Names of the awardees?", "ellipsis",
      "Tên các tập thể và cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?",
      NF, "R0", tags="english,telegraphic"),
)

# c47 R1 -> R3
C(
    T("Ở hội nghị tổng kết 2022, Thủ tướng muốn nền kinh tế VN đứng ở đâu trong chuỗi giá trị?", "new",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính muốn đưa nền kinh tế Việt Nam vào vị trí nào trong chuỗi giá trị?",
      "vị trí cao hơn && chuỗi cung ứng toàn cầu", "R1", tags="paraphrase"),
    T("Thủ tướng nói gì về thị trường nhập khẩu ở hội nghị tổng kết 2022?", "new",
      "Thủ tướng Phạm Minh Chính nói gì về thị trường nhập khẩu tại Hội nghị tổng kết năm 2022?",
      "từng bước đa dạng hóa", "R1"),
    T("thị trường xuất khẩu?", "substitution",
      "Thủ tướng Phạm Minh Chính nói gì về thị trường xuất khẩu tại Hội nghị tổng kết năm 2022?",
      "mở rộng thị trường xuất khẩu", "R1", tags="telegraphic"),
    T("ông ấy đặt mục tiêu xuất khẩu 1000 tỷ USD à?", "pronoun",
      "Thủ tướng Phạm Minh Chính đặt mục tiêu xuất khẩu 1000 tỷ USD tại Hội nghị tổng kết năm 2022 phải không?",
      FP, "R1", tags="premise", a=1),
    T("Hội nghị sơ kết 2019 đánh giá hội nhập quốc tế và ngoại giao kinh tế có bước gì mới?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước tiến gì mới?",
      "bước đột phá mới && CPTPP", "R3", a=1),
)

# c48 R3 -> R1
C(
    T("Sơ kết 2019 nói công tác ngoại vụ địa phương lấy ai làm trung tâm?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương lấy ai làm trung tâm?",
      "doanh nghiệp và người dân", "R3"),
    T("còn Thủ tướng ở tổng kết 2022 thì lấy ai làm trung tâm?", "substitution",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao lấy ai làm trung tâm phục vụ?",
      "người dân, doanh nghiệp, địa phương", "R1"),
    T("ông ấy còn đòi hỏi tinh thần dám làm gì?", "pronoun",
      "Thủ tướng Phạm Minh Chính đòi hỏi ngành ngoại giao có tinh thần dám làm gì?",
      "dám nghĩ, dám làm", "R1", a=1),
    T("ông ấy có yêu cầu ngoại giao phải thích ứng thế nào?", "pronoun",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao dự báo và thích ứng với tình hình như thế nào?",
      "chủ động dự báo tình hình && thích ứng kịp thời", "R1", a=1),
)


# ---------------------------------------------------------------------------
def build_rows():
    rows = []
    for ci, conv in enumerate(CONVS, 1):
        cid = "c%02d" % ci
        for t in conv:
            q = strip_diacritics(t["q"]) if t["a"] else t["q"]
            tags = set(t["tags"])
            if "english" not in tags and not has_diacritics(q):
                tags.add("accentless")
            if has_abbrev(q):
                tags.add("abbrev")
            tag_s = ",".join(x for x in TAG_ORDER if x in tags) or "-"
            rows.append(dict(conv=cid, question=q, kind=t["kind"], tags=tag_s,
                             read_as=t["read_as"], facts=t["facts"],
                             report=t["report"], miss=t["miss"]))
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            cells = [r["conv"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
            for c in cells:
                assert "\t" not in c and "\n" not in c, c
            f.write("\t".join(cells) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(rows), len(CONVS), OUT))


if __name__ == "__main__":
    main()
