#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 28.

Every turn below is written by hand.  The script only
  * strips diacritics from turns marked accentless (a=1),
  * adds the `accentless` tag to non-English questions without diacritics,
  * adds the `abbrev` tag when the question contains an abbreviation token,
  * writes conversations.tsv.

Reports:
  R0 000_47e75d3c86d27e21.txt  Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7), BT Bùi Thanh Sơn
  R1 001_8430b1541a21d71d.txt  Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1), TTg Phạm Minh Chính dự
  R2 002_0e1cf19fdeddcf6d.txt  PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (31-1)
  R3 003_60cdc4bfe3deff94.txt  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7), PTT-BT Phạm Bình Minh
  R4 004_771f5d769968830d.txt  Hội nghị tổng kết công tác ngoại giao năm 2024 (6/1), TTg Phạm Minh Chính
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORT_FILES = {
    "R0": "given/000_47e75d3c86d27e21.txt",
    "R1": "given/001_8430b1541a21d71d.txt",
    "R2": "given/002_0e1cf19fdeddcf6d.txt",
    "R3": "given/003_60cdc4bfe3deff94.txt",
    "R4": "given/004_771f5d769968830d.txt",
}

HEADER = [
    "# Blind conversation set 28 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

# Abbreviation tokens (matched as whole tokens; the upper-case ones case-sensitively).
ABBREV_CS = {"HN", "BNG", "TTg", "PTT", "BT", "TT", "NG", "HĐBA", "HDBA", "LHQ", "VN",
             "PM", "MFA", "UN", "UNSC", "FM", "DPM", "UBND", "TBT", "KT", "BCH", "TW"}
ABBREV_CI = {"tk", "sk", "ko", "k", "dc", "đc", "ng", "j", "bn", "ntn", "vs", "hnay"}


def strip_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))


def has_diacritics(s):
    return strip_diacritics(s) != unicodedata.normalize("NFC", s)


def has_abbrev(q):
    for tok in re.findall(r"\w+", q):
        if tok in ABBREV_CS or tok.lower() in ABBREV_CI:
            return True
    return False


def t(kind, tags, a, q, read_as, facts, report, nm=None):
    """One hand-written turn.
    kind: new/pronoun/ellipsis/substitution/request; tags: manual tags (comma list or "");
    a: 1 = write the question without diacritics; facts: fact string or refuse:<reason>;
    report: R0..R4 or None; nm: distinguishing name/year/number of a near-miss turn."""
    return dict(kind=kind, tags=tags, a=a, q=q, read_as=read_as, facts=facts, report=report, nm=nm)


C = {}

# ---------------------------------------------------------------- c01 (R1 -> R4 -> near-miss)
C["c01"] = [
    t("new", "", 0, "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?",
      "10/1", "R1"),
    t("pronoun", "", 1, "ai chủ trì hội nghị đó?",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "R1"),
    t("ellipsis", "telegraphic,typo", 1, "bao nhiu đại biểu?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "hơn 700 đại biểu", "R1"),
    t("substitution", "", 0, "còn HN tổng kết năm 2024 thì bao nhiêu?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?",
      NR, "R4"),
    t("substitution", "near-miss,telegraphic", 1, "thế năm 2017?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2017 có bao nhiêu đại biểu tham dự?",
      NIC, None, nm="2017"),
]

# ---------------------------------------------------------------- c02 (R0)
C["c02"] = [
    t("new", "", 1, "HN sơ kết 6 tháng đầu năm 2023 của BNG diễn ra ngày nào?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "ngày 5/7", "R0"),
    t("ellipsis", "telegraphic", 0, "ở đâu?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
      NR, "R0"),
    t("ellipsis", "telegraphic", 0, "ai dự?",
      "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn && đại diện các đơn vị", "R0"),
    t("pronoun", "", 0, "ông ấy biểu dương ai?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
      "tập thể cán bộ, công chức", "R0"),
    t("request", "", 1, "trích nguyên văn câu đó",
      "Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn biểu dương tập thể cán bộ Bộ Ngoại giao tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "những nỗ lực không mệt mỏi", "R0"),
]

# ---------------------------------------------------------------- c03 (R3, English start)
C["c03"] = [
    t("new", "english", 0, "When did the Foreign Ministry hold its 2019 mid-year review conference?",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2019 vào ngày nào?",
      "22/7 | 22/07/2019", "R3"),
    t("pronoun", "", 0, "ai phát biểu chỉ đạo ở đó?",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "R3"),
    t("pronoun", "", 1, "ông ấy lúc đó giữ chức gì?",
      "Khi phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ chức vụ gì?",
      "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3"),
    t("ellipsis", "paraphrase", 0, "tình hình thế giới nửa đầu năm được nhìn nhận ra sao?",
      "Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 diễn biến ra sao?",
      "nhanh hơn, phức tạp hơn", "R3"),
    t("substitution", "premise", 0, "còn Thủ tướng Phạm Minh Chính phát biểu gì ở hội nghị đó?",
      "Thủ tướng Phạm Minh Chính đã phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      FP, "R3"),
]

# ---------------------------------------------------------------- c04 (R2)
C["c04"] = [
    t("new", "typo", 1, "Phó Thủ tướng Trần Lưu Quan làm việc với Bộ Ngoại giao hôm nào?",
      "Phó Thủ tướng Trần Lưu Quang có buổi làm việc với Bộ Ngoại giao vào ngày nào?",
      "ngày 31-1", "R2"),
    t("ellipsis", "telegraphic", 0, "ở đâu?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
      "Trụ sở Bộ Ngoại giao", "R2"),
    t("pronoun", "", 1, "buổi đó có những ai tham dự?",
      "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "Bùi Thanh Sơn && Văn phòng Chính phủ", "R2"),
    t("ellipsis", "paraphrase", 0, "PTT nhận xét ngành ngoại giao ra sao?",
      "Tại buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang nhận xét thế nào về ngành ngoại giao?",
      "đánh giá cao những nỗ lực", "R2"),
    t("pronoun", "premise", 0, "vì sao ông ấy phê bình Bộ Ngoại giao?",
      "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao tại buổi làm việc ngày 31-1?",
      FP, "R2"),
]

# ---------------------------------------------------------------- c05 (R4)
C["c05"] = [
    t("new", "", 0, "Thủ tướng có dự Hội nghị tổng kết công tác ngoại giao năm 2024 không?",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngoại giao năm 2024 không?",
      "dự và chỉ đạo", "R4"),
    t("ellipsis", "telegraphic", 1, "hình thức tổ chức?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức theo hình thức nào?",
      "hội nghị trực tuyến", "R4"),
    t("ellipsis", "", 0, "điểm cầu Quảng Trị có ai dự?",
      "Ai dự Hội nghị tổng kết công tác ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4"),
    t("pronoun", "", 0, "người đó giữ chức gì?",
      "Ông Hoàng Nam, người dự hội nghị tổng kết ngoại giao 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh", "R4"),
    t("pronoun", "premise", 1, "sao ông ấy lại dự ở điểm cầu Cao Bằng?",
      "Vì sao ông Hoàng Nam dự Hội nghị tổng kết ngoại giao năm 2024 tại điểm cầu Cao Bằng?",
      FP, "R4"),
]

# ---------------------------------------------------------------- c06 (R1 -> R4)
C["c06"] = [
    t("new", "", 1, "Ở hội nghị tổng kết ngoại giao năm 2022, Thủ tướng yêu cầu thực hiện mấy nhiệm vụ trọng tâm?",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
      "thực hiện 6 nhiệm vụ", "R1"),
    t("ellipsis", "telegraphic", 0, "nhiệm vụ thứ tư là gì?",
      "Nhiệm vụ trọng tâm thứ tư trong 6 nhiệm vụ Thủ tướng yêu cầu ngành Ngoại giao thực hiện tại Hội nghị tổng kết năm 2022 là gì?",
      NR, "R1"),
    t("pronoun", "paraphrase", 1, "ông ấy ví ngành ngoại giao như cây gì?",
      "Tại Hội nghị tổng kết ngoại giao năm 2022, Thủ tướng Phạm Minh Chính ví bản sắc ngành ngoại giao như hình ảnh gì?",
      "cây tre Việt Nam", "R1"),
    t("request", "", 0, "giải thích rõ hơn ý đó",
      "Giải thích rõ hơn ý bản sắc cây tre Việt Nam mà Thủ tướng nêu tại Hội nghị tổng kết ngoại giao năm 2022.",
      "gốc vững | dĩ bất biến, ứng vạn biến", "R1"),
    t("new", "", 0, "Tại hội nghị tổng kết năm 2024, Thủ tướng nói nhiệm vụ bao trùm của ngành ngoại giao là gì?",
      "Tại hội nghị tổng kết công tác ngoại giao năm 2024, Thủ tướng nói nhiệm vụ bao trùm của ngành ngoại giao là gì?",
      "tiên phong, trọng yếu, thường xuyên", "R4"),
]

# ---------------------------------------------------------------- c07 (R3)
C["c07"] = [
    t("new", "", 1, "Năm 2019 VN trúng cử HĐBA LHQ với bao nhiêu phiếu?",
      "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", "R3"),
    t("ellipsis", "telegraphic", 0, "nhiệm kỳ nào?",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
      "nhiệm kỳ 2020-2021", "R3"),
    t("pronoun", "premise", 1, "vậy 20 nước bỏ phiếu chống lần đó là những nước nào?",
      "Trong lần Việt Nam trúng cử Hội đồng Bảo an nhiệm kỳ 2020-2021, 20 nước bỏ phiếu chống là những nước nào?",
      FP, "R3"),
    t("new", "paraphrase", 0, "Nửa đầu 2019 mình có thêm đối tác toàn diện mới nào?",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei, Hà Lan", "R3"),
    t("ellipsis", "telegraphic", 0, "tổng số đối tác chiến lược/toàn diện?",
      "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam là bao nhiêu?",
      "30 quốc gia", "R3"),
]

# ---------------------------------------------------------------- c08 (R0)
C["c08"] = [
    t("new", "english", 0, "What motto guided Vietnam's foreign affairs in the first half of 2023, according to the mid-year review?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, công tác đối ngoại được triển khai với phương châm gì?",
      "chủ động, thích ứng, sáng tạo", "R0"),
    t("ellipsis", "", 1, "ngoại giao kinh tế thì sao?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?",
      "có trọng tâm, trọng điểm", "R0"),
    t("substitution", "", 0, "còn ngoại giao đa phương?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?",
      "ngoại giao song phương | triển khai tích cực", "R0"),
    t("substitution", "", 0, "thế còn công tác người Việt ở nước ngoài?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
      "làm cầu nối", "R0"),
    t("request", "", 1, "nói rõ hơn",
      "Nói rõ hơn đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về công tác người Việt Nam ở nước ngoài.",
      "chăm lo của Nhà nước", "R0"),
]

# ---------------------------------------------------------------- c09 (R1 -> R4 -> near-miss)
C["c09"] = [
    t("new", "", 1, "Ai dự HN tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng?",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc", "R1"),
    t("pronoun", "", 0, "người đó giữ chức gì?",
      "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", "R1"),
    t("ellipsis", "", 0, "những huyện nào tham dự?",
      "Những huyện nào của Cao Bằng tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Quảng Hòa, Thạch An, Hà Quảng | Trùng Khánh | Bảo Lạc", "R1"),
    t("substitution", "", 0, "còn điểm cầu Quảng Trị năm 2024?",
      "Ai dự Hội nghị tổng kết công tác ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4"),
    t("pronoun", "", 1, "người đó có phát biểu gì không?",
      "Ông Hoàng Nam có phát biểu gì tại Hội nghị tổng kết công tác ngoại giao năm 2024 không?",
      NR, "R4"),
]

# ---------------------------------------------------------------- c10 (R2)
C["c10"] = [
    t("new", "", 0, "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
      "Tại buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
      "nhiệm vụ đối ngoại năm 2022", "R2"),
    t("pronoun", "paraphrase", 1, "trong báo cáo đó Bộ hứa sẽ thay đổi gì?",
      "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm điều gì?",
      "quyết tâm đổi mới tư duy", "R2"),
    t("ellipsis", "telegraphic", 1, "nhiệm vụ trung tâm?",
      "Theo báo cáo của Bộ Ngoại giao tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm là gì?",
      "phục vụ phát triển đất nước", "R2"),
    t("request", "telegraphic", 0, "nguồn tin?",
      "Nguồn tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao là gì?",
      "Theo VGP", "R2"),
]

# ---------------------------------------------------------------- c11 (R4)
C["c11"] = [
    t("new", "", 1, "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
      "Tại hội nghị tổng kết công tác ngoại giao năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
      "dự báo đúng tình hình | thế chủ động chiến lược", "R4"),
    t("ellipsis", "", 0, "về tổ chức bộ máy thì sao?",
      "Về tổ chức bộ máy, hội nghị tổng kết ngoại giao năm 2024 yêu cầu gì?",
      "tinh gọn tổ chức bộ máy", "R4"),
    t("pronoun", "", 0, "bộ máy đó tinh gọn sau khi tiếp nhận chức năng của những cơ quan nào?",
      "Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
    t("pronoun", "premise", 1, "ai phản đối việc tiếp nhận đó?",
      "Ai đã phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội?",
      FP, "R4"),
    t("substitution", "near-miss", 1, "còn tổng kết Nghị quyết 19?",
      "Hội nghị tổng kết ngoại giao năm 2024 yêu cầu gì về việc tổng kết Nghị quyết 19?",
      NIC, None, nm="Nghị quyết 19"),
]

# ---------------------------------------------------------------- c12 (R3 -> R0)
C["c12"] = [
    t("new", "paraphrase", 0, "Ở hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh dặn dò những gì cho thời gian tới?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì cho công tác đối ngoại thời gian tới?",
      "nhạy cảm trong tham mưu && tăng cường sự phối hợp", "R3"),
    t("request", "", 1, "nói rõ điểm thứ ba",
      "Nói rõ điểm thứ ba mà Phó Thủ tướng Phạm Bình Minh lưu ý tại hội nghị sơ kết 6 tháng đầu năm 2019.",
      "gắn công tác với nhu cầu", "R3"),
    t("pronoun", "", 0, "về xây dựng ngành ông ấy chỉ đạo gì?",
      "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng, đào tạo cán bộ", "R3"),
    t("substitution", "", 0, "còn ở hội nghị sơ kết 6 tháng đầu năm 2023?",
      "Về công tác xây dựng ngành, Bộ trưởng chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "thi đua khen thưởng | chế độ chính sách", "R0"),
    t("pronoun", "", 1, "bộ trưởng đó là ai?",
      "Bộ trưởng chỉ đạo về xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023 là ai?",
      "Bùi Thanh Sơn", "R0"),
]

# ---------------------------------------------------------------- c13 (R1 premise start)
C["c13"] = [
    t("new", "premise", 1, "Vì sao Thủ tướng vắng mặt ở hội nghị tổng kết ngoại giao năm 2022?",
      "Vì sao Thủ tướng vắng mặt tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      FP, "R1"),
    t("ellipsis", "", 0, "vậy ai chủ trì?",
      "Vậy ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "R1"),
    t("pronoun", "", 1, "hội nghị đó kết nối bao nhiêu tỉnh?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
      "63 tỉnh", "R1"),
    t("substitution", "near-miss", 0, "còn Hội nghị Ngoại giao lần thứ 32 kết nối bao nhiêu tỉnh?",
      "Hội nghị Ngoại giao lần thứ 32 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
      NIC, None, nm="lần thứ 32"),
]

# ---------------------------------------------------------------- c14 (R0)
C["c14"] = [
    t("new", "", 0, "HN sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới thế nào?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực thế nào?",
      "nhiều diễn biến nhanh, phức tạp", "R0"),
    t("pronoun", "paraphrase", 1, "hội nghị đó ví đối ngoại là gì so với thành tựu chung?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 coi đối ngoại là gì trong những thành tựu chung của cả nước?",
      "một điểm sáng", "R0"),
    t("ellipsis", "telegraphic", 1, "bảo vệ chủ quyền bằng cách nào?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền bằng cách nào?",
      "các biện pháp hòa bình", "R0"),
    t("substitution", "near-miss", 0, "còn 6 tháng đầu năm 2016 thì sao?",
      "Hội nghị sơ kết 6 tháng đầu năm 2016 của Bộ Ngoại giao đánh giá công tác bảo vệ chủ quyền thế nào?",
      NIC, None, nm="2016"),
]

# ---------------------------------------------------------------- c15 (R2 English)
C["c15"] = [
    t("new", "english", 0, "Which Deputy Prime Minister had a working session with the Foreign Ministry on 31 January?",
      "Phó Thủ tướng nào đã có buổi làm việc với Bộ Ngoại giao vào ngày 31-1?",
      "Trần Lưu Quang", "R2"),
    t("pronoun", "", 0, "buổi làm việc đó bàn về gì?",
      "Buổi làm việc ngày 31-1 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
      "triển khai công tác đối ngoại", "R2"),
    t("pronoun", "", 1, "ông ấy nhắc tới hội nghị nào của Tổng Bí thư?",
      "Tại buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang nhắc tới chỉ đạo của Tổng Bí thư tại hội nghị nào?",
      "đối ngoại toàn quốc năm 2021", "R2"),
    t("ellipsis", "", 0, "nhiệm vụ trọng yếu, thường xuyên là gì?",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của ngành ngoại giao là gì?",
      "giữ vững hòa bình, ổn định", "R2"),
    t("pronoun", "english,premise", 0, "And he attended as Foreign Minister, right?",
      "Ông Trần Lưu Quang dự buổi làm việc ngày 31-1 với tư cách Bộ trưởng Ngoại giao, đúng không?",
      FP, "R2"),
]

# ---------------------------------------------------------------- c16 (R4)
C["c16"] = [
    t("new", "", 1, "Bài về HN tổng kết ngoại giao 2024 do ai viết?",
      "Bài viết về Hội nghị tổng kết công tác ngoại giao năm 2024 do ai viết?",
      "Hoài Nhung", "R4"),
    t("request", "telegraphic", 0, "nguồn?",
      "Bài viết về Hội nghị tổng kết công tác ngoại giao năm 2024 lấy từ nguồn nào?",
      "Nguồn Quảng Trị", "R4"),
    t("pronoun", "", 1, "trong bài đó Thủ tướng kết luận nhiệm vụ bao trùm là gì?",
      "Trong bài viết về Hội nghị tổng kết ngoại giao năm 2024, Thủ tướng kết luận nhiệm vụ bao trùm của công tác đối ngoại là gì?",
      "tiên phong, trọng yếu, thường xuyên", "R4"),
    t("request", "", 0, "tóm tắt lại ngắn gọn",
      "Tóm tắt ngắn gọn kết luận của Thủ tướng về nhiệm vụ bao trùm tại Hội nghị tổng kết ngoại giao năm 2024.",
      "tăng tốc, bứt phá | kỷ nguyên vươn mình", "R4"),
    t("pronoun", "", 0, "ông ấy kết luận từ điểm cầu nào?",
      "Thủ tướng Phạm Minh Chính kết luận Hội nghị tổng kết ngoại giao năm 2024 từ điểm cầu nào?",
      NR, "R4"),
]

# ---------------------------------------------------------------- c17 (R3)
C["c17"] = [
    t("new", "", 1, "Hội nhập quốc tế 6 tháng đầu năm 2019 có đột phá gì?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước đột phá gì?",
      "Hiệp định CPTPP && EVFTA", "R3"),
    t("ellipsis", "", 0, "đối ngoại đa phương thể hiện tinh thần chỉ thị nào?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, đối ngoại đa phương bước đầu thể hiện tinh thần của chỉ thị nào?",
      "Chỉ thị 25", "R3"),
    t("substitution", "near-miss,telegraphic", 0, "còn Chỉ thị 26?",
      "Đối ngoại đa phương 6 tháng đầu năm 2019 thể hiện tinh thần của Chỉ thị 26 thế nào?",
      NIC, None, nm="Chỉ thị 26"),
    t("new", "paraphrase", 0, "Nửa đầu 2019 Việt Nam đăng cai thành công sự kiện quốc tế nào?",
      "Trong 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công sự kiện quốc tế nào?",
      "Mỹ - Triều lần 2", "R3"),
    t("substitution", "near-miss,telegraphic", 1, "còn lần 3?",
      "Việt Nam có tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 3 không?",
      NIC, None, nm="Triều lần 3"),
]

# ---------------------------------------------------------------- c18 (R1 quotes)
C["c18"] = [
    t("new", "typo", 0, "Tại hội nghị tổng kết năm 2022, Thủ tuớng đề nghị bảo vệ Tổ quốc theo tinh thần nào?",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng đề nghị ngành ngoại giao bảo vệ Tổ quốc theo tinh thần nào?",
      "từ khi nước chưa nguy", "R1"),
    t("request", "", 1, "trích nguyên văn",
      "Trích nguyên văn câu Thủ tướng nói về bảo vệ Tổ quốc tại Hội nghị tổng kết ngoại giao năm 2022.",
      "từ sớm, từ xa", "R1"),
    t("ellipsis", "paraphrase", 0, "về quan hệ với bạn bè quốc tế, chủ trương chuyển từ gì sang gì?",
      "Theo Thủ tướng tại Hội nghị tổng kết ngoại giao năm 2022, chủ trương quan hệ với bạn bè quốc tế chuyển từ gì sang gì?",
      "muốn là bạn && sẵn sàng là bạn", "R1"),
    t("substitution", "", 0, "còn về hợp tác và đấu tranh?",
      "Theo Thủ tướng tại Hội nghị tổng kết ngoại giao năm 2022, cách nhìn về hợp tác và đấu tranh thay đổi thế nào?",
      "cách nhìn nhận về đối tác", "R1"),
    t("substitution", "telegraphic", 1, "còn ngoại giao kinh tế?",
      "Theo Thủ tướng tại Hội nghị tổng kết ngoại giao năm 2022, ngoại giao kinh tế cần phát huy vai trò thế nào?",
      "chuỗi giá trị gia tăng | mở rộng thị trường xuất khẩu", "R1"),
]

# ---------------------------------------------------------------- c19 (R0 abbreviations)
C["c19"] = [
    t("new", "", 1, "Tại HN sơ kết 2023, BT Sơn đề nghị ngành NG làm gì trong 6 tháng cuối năm?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm?",
      "đối ngoại của Đại hội XIII | công tác nghiên cứu, dự báo", "R0"),
    t("ellipsis", "telegraphic", 0, "thông tin đối ngoại?",
      "Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "phương thức truyền thông mới", "R0"),
    t("new", "", 1, "cuối hội nghị sơ kết 2023 có trao khen thưởng không?",
      "Cuối Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có trao khen thưởng không?",
      "trao tặng các danh hiệu", "R0"),
    t("ellipsis", "telegraphic,typo", 1, "bao nhiu tập thể được khen?",
      "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      NR, "R0"),
    t("request", "english,telegraphic", 0, "source?",
      "Nguồn tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là gì?",
      "TTXVN", "R0"),
]

# ---------------------------------------------------------------- c20 (R4 -> R1)
C["c20"] = [
    t("new", "english", 0, "What did the 2024 diplomacy review say about economic diplomacy?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 đánh giá ngoại giao kinh tế thế nào?",
      "chíp bán dẫn | nhóm nước tăng trưởng cao", "R4"),
    t("ellipsis", "paraphrase", 0, "VN nổi bật ở mảng nào?",
      "Theo Hội nghị tổng kết ngoại giao năm 2024, Việt Nam được coi là điểm sáng về lĩnh vực gì?",
      "điểm sáng về thương mại", "R4"),
    t("pronoun", "", 1, "kim ngạch xuất nhập khẩu năm đó đạt bao nhiêu?",
      "Theo Hội nghị tổng kết ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?",
      NR, "R4"),
    t("substitution", "telegraphic", 0, "còn năm 2022?",
      "Theo Hội nghị tổng kết ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?",
      "kỷ lục 700 tỷ", "R1"),
]

# ---------------------------------------------------------------- c21 (R2)
C["c21"] = [
    t("new", "paraphrase", 1, "PTT Trần Lưu Quang dự báo thế giới sắp tới thế nào?",
      "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?",
      "biến động sâu sắc, phức tạp", "R2"),
    t("ellipsis", "", 0, "vậy BNG cần làm gì?",
      "Trước tình hình đó, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cần làm gì?",
      "tham mưu kịp thời", "R2"),
    t("ellipsis", "telegraphic", 0, "định hướng cụ thể?",
      "Phó Thủ tướng Trần Lưu Quang đưa ra những định hướng cụ thể nào cho Bộ Ngoại giao?",
      "chương trình đối ngoại cấp cao | hội nhập quốc tế sâu rộng", "R2"),
    t("ellipsis", "", 1, "PTT dặn gì về biên giới?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?",
      "biên giới hoà bình, ổn định", "R2"),
    t("pronoun", "", 0, "ông ấy giao thời hạn hoàn thành các việc đó là khi nào?",
      "Phó Thủ tướng Trần Lưu Quang giao thời hạn hoàn thành các định hướng cho Bộ Ngoại giao là khi nào?",
      NR, "R2"),
]

# ---------------------------------------------------------------- c22 (R3 sources)
C["c22"] = [
    t("new", "", 1, "Bài về HN sơ kết 2019 của Bộ Ngoại giao đăng ngày nào?",
      "Bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?",
      "22/07/2019", "R3"),
    t("pronoun", "", 0, "bài đó của báo nào?",
      "Bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao là của cơ quan báo chí nào?",
      "CLO", "R3"),
    t("ellipsis", "telegraphic", 1, "ảnh của ai?",
      "Ảnh trong bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao là của ai?",
      "TG&VN", "R3"),
    t("pronoun", "", 0, "phóng viên viết bài đó tên gì?",
      "Phóng viên viết bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao tên là gì?",
      NR, "R3"),
]

# ---------------------------------------------------------------- c23 (R0 -> R3)
C["c23"] = [
    t("new", "", 0, "Hội nghị sơ kết 6 tháng đầu năm 2023 nhận xét gì về công tác xây dựng ngành?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao nhận xét gì về công tác xây dựng ngành?",
      "quản trị tài vụ | bản lĩnh chính trị", "R0"),
    t("substitution", "telegraphic", 1, "còn sơ kết 2019?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhận xét gì về công tác xây dựng ngành?",
      "vừa hồng, vừa chuyên | hiện đại hóa Bộ Ngoại giao", "R3"),
    t("request", "", 1, "trích nguyên văn đoạn về đội ngũ cán bộ",
      "Trích nguyên văn đoạn nói về đội ngũ cán bộ trong đánh giá công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
      "tinh nhuệ, tích cực, năng động", "R3"),
    t("substitution", "english,near-miss", 0, "What about the 2015 mid-year review?",
      "Hội nghị sơ kết 6 tháng đầu năm 2015 của Bộ Ngoại giao nhận xét gì về công tác xây dựng ngành?",
      NIC, None, nm="2015"),
]

# ---------------------------------------------------------------- c24 (R1)
C["c24"] = [
    t("new", "paraphrase", 1, "Mở đầu HN tổng kết ngoại giao 2022, Bộ trưởng Sơn nói hội nghị để làm gì?",
      "Khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
      "nhìn lại một năm thực hiện", "R1"),
    t("ellipsis", "", 0, "thực hiện kết luận của ai?",
      "Hội nghị tổng kết ngoại giao năm 2022 nhìn lại một năm thực hiện kết luận, chỉ đạo của ai?",
      "Nguyễn Phú Trọng", "R1"),
    t("pronoun", "", 1, "ông ấy đánh giá năm 2022 thế nào?",
      "Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 thế nào tại hội nghị tổng kết?",
      "cục diện đối ngoại thuận lợi", "R1"),
    t("ellipsis", "telegraphic", 0, "còn vấn đề trên biển, trên bộ?",
      "Bộ trưởng Bùi Thanh Sơn đánh giá kết quả năm 2022 về các vấn đề trên biển, trên bộ thế nào?",
      "phân định, giải quyết", "R1"),
    t("pronoun", "", 0, "cụ thể đã phân định được những khu vực nào?",
      "Năm 2022, cụ thể Việt Nam đã phân định được những khu vực biên giới, biển nào theo Hội nghị tổng kết ngoại giao?",
      NR, "R1"),
]

# ---------------------------------------------------------------- c25 (R4 -> R1)
C["c25"] = [
    t("new", "", 1, "HN tổng kết ngoại giao 2024 đặt yêu cầu gì với đội ngũ cán bộ ngoại giao?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 đặt yêu cầu gì đối với đội ngũ cán bộ ngoại giao?",
      "tuyệt đối trung thành | khôn khéo về ứng xử", "R4"),
    t("request", "", 0, "trích nguyên văn giúp mình",
      "Trích nguyên văn yêu cầu đối với đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết ngoại giao năm 2024.",
      "sâu sắc về chiến lược", "R4"),
    t("substitution", "", 1, "còn ở hội nghị tổng kết 2022 thì ngành được yêu cầu xây dựng thế nào?",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, ngành Ngoại giao được yêu cầu xây dựng như thế nào?",
      "trong sạch, vững mạnh, toàn diện", "R1"),
    t("pronoun", "", 1, "ai nói câu đó?",
      "Ai nói ngành Ngoại giao cần được xây dựng trong sạch, vững mạnh, toàn diện, hiện đại tại Hội nghị tổng kết năm 2022?",
      "Bộ trưởng Bùi Thanh Sơn", "R1"),
    t("substitution", "english,near-miss", 0, "And at the 2017 review?",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2017, ai nói ngành Ngoại giao cần được xây dựng như thế nào?",
      NIC, None, nm="2017"),
]

# ---------------------------------------------------------------- c26 (R3 premise start)
C["c26"] = [
    t("new", "premise", 0, "Hội nghị sơ kết 6 tháng đầu năm 2019 bị hoãn sang tháng 8 vì lý do gì?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao bị hoãn sang tháng 8 vì lý do gì?",
      FP, "R3"),
    t("ellipsis", "", 1, "vậy thực tế tổ chức hôm nào?",
      "Vậy Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao thực tế được tổ chức ngày nào?",
      "22/7 | 22/07/2019", "R3"),
    t("pronoun", "", 0, "ai phát biểu chỉ đạo ở hội nghị đó?",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "R3"),
    t("pronoun", "", 0, "ông ấy nhắc tới tinh thần của hội nghị nào?",
      "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu 2019 được triển khai theo tinh thần của hội nghị nào?",
      "Hội nghị Ngoại giao 30", "R3"),
    t("substitution", "near-miss,telegraphic", 1, "thế còn HN Ngoại giao 29?",
      "Công tác đối ngoại được triển khai theo tinh thần Hội nghị Ngoại giao 29 như thế nào?",
      NIC, None, nm="Ngoại giao 29"),
]

# ---------------------------------------------------------------- c27 (R2 English)
C["c27"] = [
    t("new", "english", 0, "Where did Deputy PM Tran Luu Quang meet the Foreign Ministry?",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?",
      "Trụ sở Bộ Ngoại giao", "R2"),
    t("ellipsis", "telegraphic", 0, "sáng hay chiều?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra vào buổi nào trong ngày?",
      "Chiều ngày 31-1", "R2"),
    t("ellipsis", "english", 0, "How long did it last?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?",
      NR, "R2"),
    t("substitution", "near-miss", 1, "còn buổi làm việc của PTT Lê Văn Thành với BNG?",
      "Buổi làm việc của Phó Thủ tướng Lê Văn Thành với Bộ Ngoại giao diễn ra ở đâu và khi nào?",
      NIC, None, nm="Lê Văn Thành"),
]

# ---------------------------------------------------------------- c28 (R0 English)
C["c28"] = [
    t("new", "english", 0, "Who attended the Foreign Ministry's mid-year review in July 2023?",
      "Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tháng 7/2023?",
      "Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao", "R0"),
    t("pronoun", "english,premise", 0, "What did the Prime Minister tell that meeting?",
      "Thủ tướng đã phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, "R0"),
    t("new", "paraphrase", 1, "Hội nghị sơ kết 2023 thấy quan hệ với các đối tác tiến triển ra sao?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác phát triển như thế nào?",
      "nhiều bước phát triển mới", "R0"),
    t("substitution", "", 1, "còn công tác bảo hộ công dân?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
      "có nhiều đổi mới", "R0"),
]

# ---------------------------------------------------------------- c29 (R1)
C["c29"] = [
    t("new", "", 1, "Bộ trưởng Sơn nói sự tham dự của Thủ tướng tại HN tổng kết 2022 có ý nghĩa gì?",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết ngoại giao năm 2022 có ý nghĩa gì?",
      "sự quan tâm đặc biệt", "R1"),
    t("request", "", 0, "nói thêm đi",
      "Nói thêm về ý nghĩa sự tham dự của Thủ tướng tại Hội nghị tổng kết ngoại giao năm 2022 theo Bộ trưởng Bùi Thanh Sơn.",
      "nguồn cổ vũ, động viên", "R1"),
    t("ellipsis", "", 0, "TTg đề nghị ngành NG phục vụ theo tinh thần gì?",
      "Tại Hội nghị tổng kết ngoại giao năm 2022, Thủ tướng đề nghị ngành Ngoại giao phục vụ theo tinh thần gì?",
      "lấy người dân, doanh nghiệp | là trung tâm phục vụ", "R1"),
    t("substitution", "near-miss", 1, "còn Thủ tướng Nguyễn Xuân Phúc?",
      "Thủ tướng Nguyễn Xuân Phúc đề nghị ngành Ngoại giao phục vụ theo tinh thần gì tại hội nghị tổng kết?",
      NIC, None, nm="Nguyễn Xuân Phúc"),
    t("new", "", 0, "Bài viết về hội nghị tổng kết ngoại giao năm 2022 do ai viết?",
      "Bài viết về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai viết?",
      "Vi Trường", "R1"),
]

# ---------------------------------------------------------------- c30 (R3)
C["c30"] = [
    t("new", "", 1, "6 tháng đầu 2019 Bộ NG làm tốt công tác gì cho Lãnh đạo cấp cao?",
      "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?",
      "đề xuất chính sách", "R3"),
    t("ellipsis", "telegraphic", 0, "quan hệ với nước lớn?",
      "Trong 6 tháng đầu năm 2019, quan hệ với các nước lớn được xử lý thế nào theo Phó Thủ tướng Phạm Bình Minh?",
      "cân bằng linh hoạt", "R3"),
    t("ellipsis", "paraphrase", 0, "công tác đối ngoại ở các tỉnh làm theo tinh thần gì?",
      "Trong 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được triển khai theo tinh thần gì?",
      "lấy doanh nghiệp và người dân", "R3"),
    t("new", "premise", 1, "vụ Hà Lan được nâng lên Đối tác chiến lược năm 2019 diễn ra thế nào?",
      "Việc Hà Lan được nâng lên Đối tác chiến lược của Việt Nam trong năm 2019 diễn ra thế nào?",
      FP, "R3"),
]

# ---------------------------------------------------------------- c31 (R4 -> R2)
C["c31"] = [
    t("new", "typo", 0, "Hội nghị tổng kết công tác ngoại giao năm 2024 đươc tổ chức lúc nào?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức vào lúc nào?",
      "Sáng nay 6/1", "R4"),
    t("ellipsis", "telegraphic", 1, "kết nối bao nhiêu điểm cầu?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 kết nối bao nhiêu điểm cầu?",
      NR, "R4"),
    t("pronoun", "", 0, "hội nghị đó đánh giá năm 2024 ra sao?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 đánh giá công tác đối ngoại năm 2024 ra sao?",
      "cục diện đối ngoại rộng mở", "R4"),
    t("new", "", 0, "Phó Thủ tướng Trần Lưu Quang làm việc với BNG về nội dung gì?",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?",
      "triển khai công tác đối ngoại", "R2"),
    t("pronoun", "", 1, "ông ấy đánh giá cao quan hệ với những đối tác nào?",
      "Phó Thủ tướng Trần Lưu Quang ghi nhận ngành ngoại giao làm sâu sắc hơn quan hệ với những đối tác nào?",
      "đối tác chiến lược && đối tác toàn diện", "R2"),
]

# ---------------------------------------------------------------- c32 (R0 accentless)
C["c32"] = [
    t("new", "telegraphic", 1, "sơ kết 6 tháng 2023 BNG - phương châm?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao nêu phương châm công tác đối ngoại là gì?",
      "chủ động, thích ứng, sáng tạo", "R0"),
    t("ellipsis", "", 0, "NG kinh tế góp phần gì?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao kinh tế góp phần vào điều gì?",
      "ổn định kinh tế vĩ mô", "R0"),
    t("ellipsis", "telegraphic", 1, "hỗ trợ ai?",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, các hoạt động ngoại giao kinh tế hỗ trợ những ai?",
      "hỗ trợ địa phương, doanh nghiệp", "R0"),
    t("substitution", "", 0, "còn 6 tháng cuối năm thì bộ trưởng yêu cầu gì về kinh tế?",
      "Cho 6 tháng cuối năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu gì về ngoại giao kinh tế?",
      "toàn ngành tích cực triển khai", "R0"),
]

# ---------------------------------------------------------------- c33 (R1 -> R4)
C["c33"] = [
    t("new", "", 1, "HN tổng kết ngoại giao 2022 kết nối với bao nhiêu điểm cầu?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
      "63 tỉnh", "R1"),
    t("pronoun", "premise", 0, "64 điểm cầu đó ở những tỉnh nào?",
      "64 điểm cầu của Hội nghị tổng kết ngoại giao năm 2022 ở những tỉnh nào?",
      FP, "R1"),
    t("substitution", "", 0, "còn năm 2024 bao nhiêu điểm cầu?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?",
      NR, "R4"),
    t("ellipsis", "english", 0, "Who attended from Quang Tri then?",
      "Ai dự Hội nghị tổng kết công tác ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4"),
]

# ---------------------------------------------------------------- c34 (R2 -> R0)
C["c34"] = [
    t("new", "", 1, "Trong buổi làm việc với PTT Trần Lưu Quang, BT Sơn nêu trọng tâm đổi mới là gì?",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nêu trọng tâm đổi mới của Bộ Ngoại giao là gì?",
      "cả nhiệm vụ đối ngoại && xây dựng, phát triển ngành", "R2"),
    t("ellipsis", "telegraphic", 0, "kỷ cương?",
      "Bộ trưởng Bùi Thanh Sơn nói gì về kỷ cương trong báo cáo với Phó Thủ tướng Trần Lưu Quang?",
      "giữ nghiêm kỷ cương hành chính", "R2"),
    t("ellipsis", "", 0, "lãnh đạo, chỉ đạo phải đi đôi với gì?",
      "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang, lãnh đạo, chỉ đạo phải đi đôi với gì?",
      "tăng cường kiểm tra, giám sát", "R2"),
    t("new", "", 0, "Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có trao khen thưởng không?",
      "trao tặng các danh hiệu", "R0"),
    t("pronoun", "", 1, "những ai được nhận khen thưởng đó?",
      "Những tập thể, cá nhân nào được nhận khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      NR, "R0"),
]

# ---------------------------------------------------------------- c35 (R3 English)
C["c35"] = [
    t("new", "english", 0, "By mid-2019, how many strategic or comprehensive partners did Vietnam have?",
      "Tính đến giữa năm 2019, Việt Nam có tổng số bao nhiêu Đối tác chiến lược/Đối tác toàn diện?",
      "30 quốc gia", "R3"),
    t("ellipsis", "english", 0, "Which new comprehensive partners were added?",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện mới với những nước nào?",
      "Brunei, Hà Lan", "R3"),
    t("substitution", "near-miss,telegraphic", 1, "còn đến cuối năm 2014?",
      "Tính đến cuối năm 2014, Việt Nam có tổng số bao nhiêu Đối tác chiến lược/Đối tác toàn diện?",
      NIC, None, nm="2014"),
    t("new", "", 1, "Hiệp định thương mại tự do với EU đã được ký chưa tính đến HN sơ kết 2019?",
      "Tính đến Hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định thương mại tự do Việt Nam - EU đã được ký chưa?",
      "tự do thương mại với EU", "R3"),
]

# ---------------------------------------------------------------- c36 (R4 premise start)
C["c36"] = [
    t("new", "premise", 1, "Vì sao HN tổng kết ngoại giao 2024 tổ chức trực tiếp chứ không trực tuyến?",
      "Vì sao Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức trực tiếp chứ không trực tuyến?",
      FP, "R4"),
    t("pronoun", "", 0, "vậy ai dự và chỉ đạo hội nghị đó?",
      "Vậy ai dự và chỉ đạo Hội nghị tổng kết công tác ngoại giao năm 2024?",
      "Phạm Minh Chính", "R4"),
    t("pronoun", "", 0, "ông ấy nói gì về nguồn lực bên ngoài?",
      "Thủ tướng Phạm Minh Chính nói gì về huy động nguồn lực bên ngoài tại Hội nghị tổng kết ngoại giao năm 2024?",
      "nguồn lực có tính đột phá", "R4"),
    t("pronoun", "", 1, "ông ấy yêu cầu gì về quan hệ với đối tác?",
      "Thủ tướng Phạm Minh Chính yêu cầu gì về quan hệ với các đối tác tại Hội nghị tổng kết ngoại giao năm 2024?",
      "nâng cấp, nâng tầm quan hệ", "R4"),
    t("ellipsis", "telegraphic", 1, "tình huống phức tạp?",
      "Thủ tướng Phạm Minh Chính yêu cầu xử lý các tình huống đối ngoại phức tạp thế nào tại Hội nghị tổng kết năm 2024?",
      "tổng thể, dài hơi", "R4"),
]

# ---------------------------------------------------------------- c37 (R1 Cao Bằng)
C["c37"] = [
    t("new", "english", 0, "Which provincial agencies joined the 2022 review at the Cao Bang bridge point?",
      "Những sở, đơn vị nào của tỉnh Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Bộ đội Biên phòng | Kế hoạch và Đầu tư", "R1"),
    t("pronoun", "", 1, "bao nhiêu người dự ở đó?",
      "Có bao nhiêu người dự Hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      NR, "R1"),
    t("ellipsis", "typo", 1, "ai dẫn đầu đaon?",
      "Ai là lãnh đạo tỉnh dự Hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc", "R1"),
    t("pronoun", "", 0, "người đó có phát biểu tham luận không?",
      "Đồng chí Nguyễn Bích Ngọc có phát biểu tham luận tại Hội nghị tổng kết ngoại giao năm 2022 không?",
      NR, "R1"),
]

# ---------------------------------------------------------------- c38 (R3 -> R1)
C["c38"] = [
    t("new", "", 1, "HN sơ kết 2019 hướng tới đại hội Đảng nào?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao hướng tới đại hội Đảng nào?",
      "hướng tới Đại hội XIII", "R3"),
    t("ellipsis", "", 0, "thực hiện đường lối của đại hội nào?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối đối ngoại của đại hội Đảng nào?",
      "Đại hội XII", "R3"),
    t("substitution", "near-miss,telegraphic", 0, "còn Đại hội XIV?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về Đại hội XIV của Đảng?",
      NIC, None, nm="Đại hội XIV"),
    t("new", "", 1, "HN tổng kết 2022 nhìn lại kết luận của Tổng Bí thư tại hội nghị nào?",
      "Hội nghị tổng kết ngoại giao năm 2022 nhìn lại việc thực hiện kết luận của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc", "R1"),
]

# ---------------------------------------------------------------- c39 (R0)
C["c39"] = [
    t("new", "english", 0, "Did Minister Bui Thanh Son give the closing remarks at the July 2023 mid-year review?",
      "Bộ trưởng Bùi Thanh Sơn có phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?",
      "phát biểu kết luận", "R0"),
    t("pronoun", "paraphrase", 1, "ông ấy dặn gì về chuyện giữ chủ quyền?",
      "Bộ trưởng Bùi Thanh Sơn yêu cầu gì về bảo vệ chủ quyền tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "kiên quyết, kiên trì đấu tranh", "R0"),
    t("pronoun", "premise", 0, "sao ông ấy lại vắng mặt lúc trao khen thưởng?",
      "Vì sao Bộ trưởng Bùi Thanh Sơn vắng mặt lúc trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      FP, "R0"),
    t("substitution", "telegraphic", 1, "còn đa phương?",
      "Bộ trưởng Bùi Thanh Sơn yêu cầu gì về đối ngoại đa phương tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "nâng tầm đối ngoại đa phương", "R0"),
]

# ---------------------------------------------------------------- c40 (R2)
C["c40"] = [
    t("new", "", 1, "Buổi làm việc PTT Trần Lưu Quang với BNG có những ai?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
      "thủ trưởng các đơn vị | lãnh đạo Văn phòng Chính phủ", "R2"),
    t("ellipsis", "", 0, "BT Sơn báo cáo kết quả năm nào?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm nào?",
      "nhiệm vụ đối ngoại năm 2022", "R2"),
    t("ellipsis", "", 0, "PTT dặn bám sát đường lối gì?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại nào?",
      "đối ngoại Đại hội XIII", "R2"),
    t("pronoun", "premise", 1, "vì sao ông ấy bảo BNG giảm tham gia diễn đàn đa phương?",
      "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao giảm tham gia các diễn đàn đa phương?",
      FP, "R2"),
    t("substitution", "near-miss,telegraphic", 0, "còn buổi làm việc ngày 31-3?",
      "Buổi làm việc của Phó Thủ tướng với Bộ Ngoại giao ngày 31-3 có những ai tham dự?",
      NIC, None, nm="31-3"),
]

# ---------------------------------------------------------------- c41 (R4 -> R3)
C["c41"] = [
    t("new", "", 1, "TTg nói gì về xây dựng Đảng trong ngành NG ở HN tổng kết 2024?",
      "Tại Hội nghị tổng kết ngoại giao năm 2024, Thủ tướng nói gì về xây dựng Đảng trong ngành ngoại giao?",
      "nâng cao năng lực lãnh đạo | sức chiến đấu", "R4"),
    t("ellipsis", "", 0, "đội ngũ cán bộ thì sao?",
      "Tại Hội nghị tổng kết ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào?",
      "vừa hồng, vừa chuyên", "R4"),
    t("substitution", "", 0, "còn hội nghị sơ kết 2019, về cán bộ chỉ đạo gì?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, lãnh đạo Bộ chỉ đạo gì về công tác cán bộ?",
      "tuyển dụng, đào tạo cán bộ", "R3"),
    t("pronoun", "", 1, "ai chỉ đạo điều đó?",
      "Ai chỉ đạo công tác tuyển dụng, đào tạo cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Phạm Bình Minh", "R3"),
]

# ---------------------------------------------------------------- c42 (R1 -> R4)
C["c42"] = [
    t("new", "english", 0, "What trade record did the Foreign Ministry's 2022 year-end review mention?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 nêu kỷ lục kim ngạch xuất nhập khẩu nào?",
      "kỷ lục 700 tỷ", "R1"),
    t("pronoun", "", 0, "ai chủ trì hội nghị đó?",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "R1"),
    t("ellipsis", "typo", 1, "bao nhiêu tỉnh thàh kết nối?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?",
      "63 tỉnh", "R1"),
    t("substitution", "telegraphic", 1, "còn HN tổng kết 2024?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 kết nối với bao nhiêu tỉnh, thành phố?",
      NR, "R4"),
    t("new", "premise", 1, "vậy sao Thủ tướng không dự hội nghị 2024?",
      "Vì sao Thủ tướng không dự Hội nghị tổng kết công tác ngoại giao năm 2024?",
      FP, "R4"),
]

# ---------------------------------------------------------------- c43 (R0 -> R4)
C["c43"] = [
    t("new", "paraphrase", 1, "Tin về HN sơ kết 2023 của BNG do hãng nào đưa?",
      "Tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do hãng thông tấn nào đưa?",
      "TTXVN", "R0"),
    t("ellipsis", "telegraphic", 0, "ai tham dự?",
      "Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "các Lãnh đạo Bộ Ngoại giao", "R0"),
    t("substitution", "", 1, "còn HN tổng kết 2024 ai dự?",
      "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngoại giao năm 2024?",
      "Phạm Minh Chính", "R4"),
    t("pronoun", "", 0, "ông ấy yêu cầu tổng kết nghị quyết nào?",
      "Tại Hội nghị tổng kết ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu thực hiện tổng kết nghị quyết nào?",
      "Nghị quyết 18", "R4"),
    t("request", "", 1, "nói rõ hơn ý đó",
      "Nói rõ hơn yêu cầu của Thủ tướng về tổng kết Nghị quyết 18 tại Hội nghị tổng kết ngoại giao năm 2024.",
      "tinh gọn tổ chức bộ máy", "R4"),
]

# ---------------------------------------------------------------- c44 (R3 vote)
C["c44"] = [
    t("new", "", 0, "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?",
      "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
      "nhiệm kỳ 2020-2021", "R3"),
    t("ellipsis", "telegraphic,typo", 1, "bao nhiêu pheiu?",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021 với bao nhiêu phiếu?",
      "192/193", "R3"),
    t("ellipsis", "premise", 0, "có phải Việt Nam chỉ được 150 phiếu không?",
      "Có phải Việt Nam chỉ được 150 phiếu khi trúng cử Hội đồng Bảo an nhiệm kỳ 2020-2021 không?",
      FP, "R3"),
    t("substitution", "near-miss,telegraphic", 1, "còn nhiệm kỳ 2008-2009?",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009 với bao nhiêu phiếu?",
      NIC, None, nm="2008-2009"),
]

# ---------------------------------------------------------------- c45 (R2 English)
C["c45"] = [
    t("new", "english", 0, "What did Deputy PM Tran Luu Quang praise the Foreign Ministry for?",
      "Phó Thủ tướng Trần Lưu Quang đánh giá cao Bộ Ngoại giao về điều gì?",
      "nỗ lực và thành tựu", "R2"),
    t("request", "english", 0, "Quote it exactly.",
      "Trích nguyên văn lời đánh giá của Phó Thủ tướng Trần Lưu Quang về Bộ Ngoại giao.",
      "đánh giá cao những nỗ lực", "R2"),
    t("pronoun", "", 1, "ông ấy nói gì về các hiệp định quốc tế?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì với các hiệp định quốc tế?",
      "thỏa thuận quốc tế đã ký", "R2"),
    t("substitution", "", 1, "còn về vị thế đất nước?",
      "Phó Thủ tướng Trần Lưu Quang nói gì về vị thế đất nước tại buổi làm việc với Bộ Ngoại giao?",
      "vị thế và uy tín", "R2"),
]

# ---------------------------------------------------------------- c46 (R1 -> R3)
C["c46"] = [
    t("new", "", 1, "Tại HN tổng kết 2022, Thủ tướng đề nghị ngành NG ứng xử với phương châm gì?",
      "Tại Hội nghị tổng kết ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao ứng xử với phương châm gì?",
      "dĩ bất biến, ứng vạn biến", "R1"),
    t("request", "", 0, "nói rõ hơn",
      "Nói rõ hơn phương châm ứng xử dĩ bất biến, ứng vạn biến mà Thủ tướng nêu tại Hội nghị tổng kết ngoại giao năm 2022.",
      "uyển chuyển, linh hoạt, sáng tạo", "R1"),
    t("substitution", "", 0, "thế còn Phó Thủ tướng Phạm Bình Minh ở hội nghị sơ kết 2019 đề nghị gì?",
      "Phó Thủ tướng Phạm Bình Minh đề nghị gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "nhạy cảm trong tham mưu", "R3"),
    t("pronoun", "premise", 1, "ông ấy lúc đó là Thủ tướng đúng ko?",
      "Ông Phạm Bình Minh lúc phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là Thủ tướng đúng không?",
      FP, "R3"),
]

# ---------------------------------------------------------------- c47 (R4 English)
C["c47"] = [
    t("new", "english", 0, "When was the 2024 diplomacy review conference held, and in what format?",
      "Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức ngày nào và theo hình thức nào?",
      "6/1 && hội nghị trực tuyến", "R4"),
    t("pronoun", "english", 0, "What 'new era' did the PM mention in his conclusion?",
      "Trong kết luận Hội nghị tổng kết ngoại giao năm 2024, Thủ tướng nhắc tới kỷ nguyên mới nào?",
      "kỷ nguyên vươn mình", "R4"),
    t("pronoun", "", 1, "ảnh trong bài đó do ai chụp?",
      "Ảnh điểm cầu Quảng Trị trong bài về Hội nghị tổng kết ngoại giao năm 2024 do ai chụp?",
      "H.N", "R4"),
    t("substitution", "near-miss", 1, "còn Thứ trưởng Nguyễn Minh Vũ có phát biểu không?",
      "Thứ trưởng Nguyễn Minh Vũ có phát biểu tại Hội nghị tổng kết ngoại giao năm 2024 không?",
      NIC, None, nm="Nguyễn Minh Vũ"),
]

# ---------------------------------------------------------------- c48 (R0)
C["c48"] = [
    t("new", "", 1, "Về ngoại giao văn hóa, BT Sơn đề nghị gì tại HN sơ kết 6 tháng đầu năm 2023?",
      "Về ngoại giao văn hóa, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "vai trò ngoại giao văn hóa", "R0"),
    t("ellipsis", "telegraphic", 0, "bảo hộ công dân?",
      "Về bảo hộ công dân, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "công tác bảo hộ công dân", "R0"),
    t("request", "", 0, "tóm tắt các đề nghị của ông ấy",
      "Tóm tắt các đề nghị của Bộ trưởng Bùi Thanh Sơn đối với toàn ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "kiên quyết, kiên trì đấu tranh", "R0"),
    t("substitution", "near-miss,telegraphic", 1, "còn sơ kết 6 tháng đầu năm 2014?",
      "Bộ trưởng Ngoại giao đề nghị gì tại Hội nghị sơ kết 6 tháng đầu năm 2014?",
      NIC, None, nm="2014"),
]


def build_rows():
    rows = []
    for cid in sorted(C):
        for turn in C[cid]:
            q = turn["q"]
            tags = [x for x in turn["tags"].split(",") if x]
            if turn["a"]:
                q = strip_diacritics(q)
            if "english" not in tags and not has_diacritics(q):
                tags.append("accentless")
            if has_abbrev(q):
                tags.append("abbrev")
            order = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
            tags = sorted(set(tags), key=order.index)
            rows.append(dict(conversation=cid, question=q, kind=turn["kind"],
                             tags=",".join(tags) if tags else "-", read_as=turn["read_as"],
                             facts=turn["facts"], report=turn["report"], nm=turn["nm"]))
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            f.write("\t".join([r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]) + "\n")
    print(f"wrote {len(rows)} turns in {len(C)} conversations to {OUT}")


if __name__ == "__main__":
    main()
