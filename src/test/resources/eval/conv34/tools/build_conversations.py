#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 34.

Every turn below is written by hand. The script only
  * strips diacritics from turns marked accentless (acc=True),
  * sets the `accentless` tag for a non-English question without diacritics,
  * sets the `abbrev` tag when the question contains an abbreviation token,
  * writes ../conversations.tsv.

Reports (in ../given/):
  R0 000_47e75d3c86d27e21.txt  Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn)
  R1 001_8430b1541a21d71d.txt  Hội nghị tổng kết ngành Ngoại giao năm 2022 (10/1, TTg Phạm Minh Chính dự)
  R2 002_0e1cf19fdeddcf6d.txt  PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (31-1, năm 2023)
  R3 003_60cdc4bfe3deff94.txt  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh)
  R4 004_771f5d769968830d.txt  Hội nghị tổng kết ngành ngoại giao năm 2024 (6/1, TTg Phạm Minh Chính)
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
    "# Blind conversation set 34 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

# Abbreviation tokens. Upper-case ones are matched case-sensitively,
# chat slang case-insensitively.
ABBREV_CS = {
    "HN", "BNG", "TTg", "PTT", "BT", "TT", "NG", "HĐBA", "HDBA", "LHQ", "VN",
    "PM", "MFA", "DPM", "FM", "UBND", "TBT", "XNK", "BCH", "TW", "FDI", "CP",
    "ĐTTD", "DTTD", "ĐH", "DH",
}
ABBREV_CI = {"tk", "sk", "ko", "k", "dc", "đc", "bn", "ntn", "j", "vs", "ng", "hnay", "mn"}

HAND_TAGS = ["telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
TAG_ORDER = ["accentless", "abbrev"] + HAND_TAGS


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def has_abbrev(q):
    for tok in re.findall(r"[^\W_]+", q):
        if tok in ABBREV_CS or tok.lower() in ABBREV_CI:
            return True
    return False


def T(q, kind, read_as, facts, rep, acc=False, tags="", miss=None):
    return dict(q=q, kind=kind, read_as=read_as, facts=facts, rep=rep,
                acc=acc, tags=[t for t in tags.split(",") if t], miss=miss or [])


NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

CONVERSATIONS = [
    # c01 — R1: tổng kết 2022, basic facts
    [
        T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "new",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1", "R1"),
        T("ai chủ trì?", "ellipsis",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "R1",
          acc=True, tags="telegraphic"),
        T("ông ấy giữ chức vụ gì?", "pronoun",
          "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, giữ chức vụ gì?",
          "Bộ trưởng Bộ Ngoại giao | Bộ trưởng Ngoại giao", "R1"),
        T("bao nhiêu đại biểu dự?", "ellipsis",
          "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 đại biểu", "R1",
          tags="telegraphic"),
    ],
    # c02 — R1 -> R4: Thủ tướng Phạm Minh Chính
    [
        T("TTg nào dự HN tổng kết ngành ngoại giao năm 2022?", "new",
          "Thủ tướng nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính", "R1", acc=True),
        T("ông ấy nhắc đến bản sắc gì của VN?", "pronoun",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì của Việt Nam?",
          "cây tre Việt Nam", "R1"),
        T("trích nguyên văn đoạn đó", "request",
          "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về bản sắc cây tre Việt Nam tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "gốc vững | giữ vững thế ổn định", "R1", acc=True),
        T("thế còn HN tổng kết 2024, ông ấy nói đất nước vững bước vào kỷ nguyên gì?", "substitution",
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói đất nước vững bước vào kỷ nguyên gì?",
          "kỷ nguyên vươn mình", "R4"),
    ],
    # c03 — R3: sơ kết 2019, three points
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019", "R3"),
        T("ai phát biểu chỉ đạo?", "ellipsis",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "R3",
          acc=True, tags="telegraphic"),
        T("lúc đó ông ấy giữ những chức vụ gì?", "pronoun",
          "Khi phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ những chức vụ gì?",
          "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3", acc=True),
        T("ông ấy nói điểm đầu tiên cần lưu tâm là gì?", "pronoun",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh nêu điểm thứ nhất cần lưu tâm trong công tác đối ngoại là gì?",
          "nhạy cảm trong tham mưu | đánh giá sâu hơn nữa", "R3"),
        T("còn điểm thứ hai?", "substitution",
          "Điểm thứ hai cần lưu tâm mà ông Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "tăng cường sự phối hợp", "R3", acc=True, tags="telegraphic"),
        T("thứ ba?", "substitution",
          "Điểm thứ ba cần lưu tâm mà ông Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy bén hơn nữa | gắn công tác với nhu cầu", "R3", tags="telegraphic"),
    ],
    # c04 — R3: HĐBA vote
    [
        T("Năm 2019 VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new",
          "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193", "R3"),
        T("nhiệm kỳ nào?", "ellipsis",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
          "2020-2021", "R3", acc=True, tags="telegraphic"),
        T("nước nào đã bỏ phiếu chống VN vậy?", "ellipsis",
          "Nước nào đã bỏ phiếu chống Việt Nam trong cuộc bầu Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021?",
          FP, "R3", acc=True, tags="premise"),
        T("thế còn hội nghị thượng đỉnh Mỹ - Triều VN tổ chức là lần thứ mấy?", "substitution",
          "Hội nghị thượng đỉnh Mỹ - Triều mà Việt Nam tổ chức thành công năm 2019 là lần thứ mấy?",
          "lần 2", "R3"),
        T("nguồn?", "request",
          "Thông tin Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần 2 lấy từ nguồn nào?",
          "CLO | TG&VN", "R3", tags="telegraphic"),
    ],
    # c05 — R2: buổi làm việc PTT Trần Lưu Quang
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", "R2"),
        T("ở đâu?", "ellipsis",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2", tags="telegraphic"),
        T("ngoài BT Sơn còn ai dự?", "ellipsis",
          "Ngoài Bộ trưởng Bùi Thanh Sơn, còn ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          "Văn phòng Chính phủ | thủ trưởng các đơn vị", "R2", acc=True),
        T("buổi đó kéo dài bao lâu?", "pronoun",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 kéo dài bao lâu?",
          NR, "R2", acc=True),
        T("ông ấy xác định đâu là nhiệm vụ trung tâm?", "pronoun",
          "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của công tác đối ngoại là gì?",
          "phục vụ phát triển đất nước", "R2"),
    ],
    # c06 — R4: điểm cầu Quảng Trị
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2024, ai dự tại điểm cầu Quảng Trị?", "new",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4"),
        T("ông ấy giữ chức gì?", "pronoun",
          "Ông Hoàng Nam, người dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh", "R4", acc=True),
        T("ông ấy có phát biểu gì ở hội nghị không?", "pronoun",
          "Ông Hoàng Nam đã phát biểu những gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
          NR, "R4"),
        T("còn ở điểm cầu Quảng Bình thì ai dự?", "substitution",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Bình?",
          NIC, None, acc=True, tags="near-miss", miss=["Quảng Bình"]),
        T("Who gave the concluding remarks at that conference?", "pronoun",
          "Ai phát biểu kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", "R4", tags="english"),
    ],
    # c07 — R0: sơ kết 2023
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "R0", acc=True),
        T("tổng cộng bn người tham dự?", "ellipsis",
          "Tổng cộng có bao nhiêu người tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          NR, "R0", acc=True),
        T("phương châm đối ngoại nửa đầu năm là gì?", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại nửa đầu năm 2023 được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0"),
        T("tóm tắt lại kết quả đi", "request",
          "Tóm tắt lại kết quả công tác đối ngoại 6 tháng đầu năm 2023 theo Hội nghị sơ kết của Bộ Ngoại giao.",
          "triển khai đồng bộ, toàn diện | một điểm sáng", "R0"),
    ],
    # c08 — R0 -> R3
    [
        T("BT Bùi Thanh Sơn kết luna HN sơ kết 6 tháng đầu 2023 thế nào?", "new",
          "Bộ trưởng Bùi Thanh Sơn kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 như thế nào?",
          "biểu dương những nỗ lực | không mệt mỏi", "R0", acc=True, tags="typo"),
        T("ông ấy đề nghị gì cho 6 tháng cuối năm?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?",
          "đối ngoại của Đại hội XIII | vai trò tiên phong", "R0", acc=True),
        T("còn năm 2019, ai phát biểu chỉ đạo hội nghị sơ kết?", "substitution",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("ông ấy chỉ đạo gì về xây dựng ngành?", "pronoun",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
          "tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật", "R3"),
        T("Does the report say how many officials were recruited that year?", "ellipsis",
          "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2019 có cho biết Bộ Ngoại giao tuyển dụng bao nhiêu cán bộ trong năm đó không?",
          NR, "R3", tags="english"),
    ],
    # c09 — R1 -> R4: kinh tế
    [
        T("Theo hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new",
          "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
          "700 tỷ", "R1"),
        T("con số đó là kỷ lục à?", "pronoun",
          "Kim ngạch xuất nhập khẩu 700 tỷ USD năm 2022 có phải là mức kỷ lục không?",
          "vượt mốc kỷ lục", "R1", acc=True),
        T("thế còn năm 2024 kim ngạch là bao nhiêu?", "substitution",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu?",
          NR, "R4", acc=True),
        T("vậy năm 2024 ngoại giao kinh tế chuyển biến mạnh ở lĩnh vực nào?", "ellipsis",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chíp bán dẫn | chuyển đổi xanh", "R4"),
        T("nhờ đó VN nằm trong nhóm nào?", "pronoun",
          "Nhờ những chuyển biến của ngoại giao kinh tế năm 2024, Việt Nam được duy trì trong nhóm nước nào?",
          "nhóm nước tăng trưởng cao", "R4"),
    ],
    # c10 — R2 English start
    [
        T("Which Deputy Prime Minister held a working session with the Foreign Ministry on foreign affairs tasks for 2023?", "new",
          "Phó Thủ tướng nào làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023?",
          "Trần Lưu Quang", "R2", tags="english"),
        T("what did the minister report to him?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn đã báo cáo với Phó Thủ tướng Trần Lưu Quang về điều gì?",
          "nhiệm vụ đối ngoại năm 2022", "R2", tags="english"),
        T("bộ quyết tâm đổi mới gì?", "ellipsis",
          "Để đáp ứng yêu cầu trong giai đoạn mới, Bộ Ngoại giao quyết tâm đổi mới điều gì theo báo cáo với Phó Thủ tướng Trần Lưu Quang?",
          "đổi mới tư duy", "R2"),
        T("nói rõ hơn", "request",
          "Nói rõ hơn việc Bộ Ngoại giao đổi mới tư duy và hành động gồm những nội dung gì.",
          "phong cách, lề lối làm việc | kỷ cương hành chính | chuyển đổi số", "R2", acc=True, tags="telegraphic"),
        T("thế còn PTT Phạm Gia Khiêm làm việc với BNG năm đó thì sao?", "substitution",
          "Năm 2023, Phó Thủ tướng Phạm Gia Khiêm làm việc với Bộ Ngoại giao về nội dung gì?",
          NIC, None, tags="near-miss", miss=["Phạm Gia Khiêm"]),
    ],
    # c11 — R3: đối tác
    [
        T("6 tháng đầu năm 2019, VN thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", "R3"),
        T("nâng tổng số lên bao nhiêu?", "ellipsis",
          "Sau khi thiết lập quan hệ Đối tác toàn diện với Brunei và Hà Lan, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam là bao nhiêu?",
          "30 quốc gia", "R3"),
        T("kể tên 30 nước đó", "pronoun",
          "Kể tên 30 quốc gia là Đối tác chiến lược hoặc Đối tác toàn diện của Việt Nam tính đến giữa năm 2019.",
          NR, "R3", acc=True),
        T("còn Singapore thì sao, năm đó có nâng cấp ko?", "substitution",
          "Trong 6 tháng đầu năm 2019, Việt Nam có nâng cấp quan hệ với Singapore không?",
          NIC, None, acc=True, tags="near-miss", miss=["Singapore"]),
    ],
    # c12 — R0: premises
    [
        T("HN sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới ra sao?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực ra sao?",
          "diễn biến nhanh, phức tạp", "R0"),
        T("vì sao hội nghị đó bị hoãn?", "pronoun",
          "Vì sao Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?",
          FP, "R0", acc=True, tags="premise"),
        T("Who handed out the awards there?", "pronoun",
          "Ai trao tặng danh hiệu, khen thưởng tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?",
          "Bộ trưởng Ngoại giao", "R0", tags="english"),
        T("nêu tên các cá nhân được khen", "ellipsis",
          "Nêu tên các cá nhân được khen thưởng tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
          NR, "R0", acc=True, tags="telegraphic"),
    ],
    # c13 — R4 -> R1
    [
        T("Theo BNG, mục tiêu năm 2025 của ngành ngoại giao là gì?", "new",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
          "dự báo đúng tình hình | thế chủ động chiến lược", "R4"),
        T("hn tk 2024 kết nối bao nhiêu điểm cầu?", "ellipsis",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?",
          NR, "R4", acc=True, tags="telegraphic"),
        T("thế còn HN tk 2022?", "substitution",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
          "63 tỉnh", "R1", acc=True, tags="telegraphic"),
        T("ở điểm cầu Cao Bằng có ai duj?", "ellipsis",
          "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", "R1", acc=True, tags="typo"),
        T("người đó chức vụ gì?", "pronoun",
          "Ông/bà Nguyễn Bích Ngọc, người dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ", "R1"),
    ],
    # c14 — R2: tình hình thế giới, premise, near-miss
    [
        T("Tại buổi làm việc ngày 31-1, PTT Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?", "new",
          "Tại buổi làm việc với Bộ Ngoại giao ngày 31-1, Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?",
          "biến động sâu sắc, phức tạp", "R2"),
        T("vì sao ông ấy phê bình BNG chậm trễ?", "pronoun",
          "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm trễ tại buổi làm việc ngày 31-1?",
          FP, "R2", acc=True, tags="premise"),
        T("ông ấy yêu cầu bám sát chỉ đạo của ai?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?",
          "Tổng Bí thư Nguyễn Phú Trọng", "R2"),
        T("tại hội nghị nào?", "ellipsis",
          "Tổng Bí thư Nguyễn Phú Trọng đưa ra chỉ đạo mà Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát tại hội nghị nào?",
          "đối ngoại toàn quốc năm 2021", "R2", tags="telegraphic"),
        T("còn hội nghị đối ngoại toàn quốc năm 2016?", "substitution",
          "Tổng Bí thư đã chỉ đạo những gì tại Hội nghị đối ngoại toàn quốc năm 2016?",
          NIC, None, acc=True, tags="near-miss", miss=["2016"]),
    ],
    # c15 — R3: hiệp định
    [
        T("HN sơ kết 6 tháng 2019 nhắc tới những hiệp định nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc tới những hiệp định nào?",
          "CPTPP && EVFTA", "R3"),
        T("EVFTA là với ai?", "ellipsis",
          "Hiệp định EVFTA là hiệp định thương mại tự do giữa Việt Nam với đối tác nào?",
          "EU", "R3", tags="telegraphic"),
        T("hiệp định đó được ký ở đâu?", "pronoun",
          "Hiệp định EVFTA giữa Việt Nam và EU được ký kết ở đâu?",
          NR, "R3", acc=True),
        T("HN sơ kết 2019 nhắc tới chỉ thị nào về đối ngoại đa phương?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương?",
          "Chỉ thị 25", "R3", acc=True),
        T("chỉ thị đó của cơ quan nào?", "pronoun",
          "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
          "Ban Bí thư", "R3"),
    ],
    # c16 — R1: khai mạc
    [
        T("Khai mạc HN tổng kết năm 2022, BT Sơn nói hội nghị nhằm mục dihc gì?", "new",
          "Khai mạc Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
          "nhìn lại một năm thực hiện", "R1", acc=True, tags="typo"),
        T("kết luận của ai?", "ellipsis",
          "Hội nghị tổng kết năm 2022 nhìn lại một năm thực hiện các kết luận, chỉ đạo của ai?",
          "Tổng Bí thư Nguyễn Phú Trọng", "R1", tags="telegraphic"),
        T("thế còn Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", "substitution",
          "Hội nghị Ngoại giao lần thứ 32 (kế tiếp Hội nghị Ngoại giao lần thứ 31 được nhắc tại hội nghị tổng kết năm 2022) diễn ra khi nào?",
          NIC, None, tags="near-miss", miss=["lần thứ 32"]),
        T("Tại HN tổng kết 2022, BT Sơn nói ngành NG đang bước sang giai đoạn nào?", "new",
          "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn nào?",
          "giai đoạn phát triển mới", "R1", acc=True),
    ],
    # c17 — R4: kết luận
    [
        T("Kết luận hội nghị tổng kết ngoại giao 2024, Thủ tướng nói nhiệm vụ bao trùm là gì?", "new",
          "Kết luận Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại là gì?",
          "tiên phong, trọng yếu, thường xuyên", "R4", acc=True),
        T("nói rõ hơn", "request",
          "Nói rõ hơn nhiệm vụ bao trùm đối với công tác đối ngoại mà Thủ tướng nêu tại Hội nghị tổng kết năm 2024.",
          "nguồn lực có tính đột phá | tăng tốc, bứt phá", "R4", tags="telegraphic"),
        T("về bộ máy thì sao?", "ellipsis",
          "Về tổ chức bộ máy, Thủ tướng yêu cầu Bộ Ngoại giao làm gì tại Hội nghị tổng kết năm 2024?",
          "tinh gọn tổ chức bộ máy", "R4"),
        T("BNG tiếp nhận chức năng của những cơ quan nào?", "ellipsis",
          "Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
        T("vì sao Ủy ban đó phản đối việc sáp nhập?", "pronoun",
          "Vì sao Ủy ban Đối ngoại Quốc hội phản đối việc chuyển chức năng, nhiệm vụ sang Bộ Ngoại giao?",
          FP, "R4", acc=True, tags="premise"),
    ],
    # c18 — R0 English start
    [
        T("When was the MFA's mid-year review conference for 2023 held?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ngày nào?",
          "5/7", "R0", tags="english"),
        T("Who delivered the closing remarks?", "ellipsis",
          "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R0", tags="english"),
        T("ông ấy biểu dương những ai?", "pronoun",
          "Khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương những ai?",
          "cán bộ, công chức, viên chức", "R0"),
        T("thế còn mảng bảo hộ công dân?", "substitution",
          "Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác bảo hộ công dân trong 6 tháng cuối năm 2023?",
          "triển khai hiệu quả", "R0", acc=True, tags="telegraphic"),
    ],
    # c19 — R3: location refusal, near-miss year
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG tổ chức ở đâu?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?",
          NR, "R3", acc=True),
        T("vào hôm nào?", "ellipsis",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức vào ngày nào?",
          "22/7 | 22/07/2019", "R3", acc=True, tags="telegraphic"),
        T("còn sơ kết 6 tháng đầu năm 2017?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao được tổ chức vào ngày nào?",
          NIC, None, tags="near-miss", miss=["2017"]),
        T("vậy năm 2019 BNG làm tốt công tác gì cho lãnh đạo cấp cao?", "substitution",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?",
          "đề xuất chính sách", "R3"),
    ],
    # c20 — R1: premise first turn
    [
        T("Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại hội nghị tổng kết ngành ngoại giao năm 2022?", "new",
          "Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          FP, "R1", tags="premise"),
        T("vậy ông ấy đề nghị ngành ngoại giao điều gì?", "pronoun",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao điều gì?",
          "chủ động dự báo tình hình", "R1", acc=True),
        T("ông ấy nói bảo vệ Tổ quốc thế nào?", "pronoun",
          "Thủ tướng Phạm Minh Chính nói ngành ngoại giao cần bảo vệ Tổ quốc như thế nào?",
          "từ sớm && từ xa", "R1"),
        T("trích nguyên văn", "request",
          "Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về bảo vệ Tổ quốc tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "từ khi nước chưa nguy", "R1", acc=True, tags="telegraphic"),
    ],
    # c21 — R2 -> R0
    [
        T("Buổi làm việc của PTT Trần Lưu Quang với BNG bàn về nội dung gì?", "new",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
          "triển khai công tác đối ngoại", "R2"),
        T("ông ấy nhận xét ngành ngoại giao ra sao?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang nhận xét thế nào về công tác đối ngoại và ngành ngoại giao thời gian qua?",
          "đánh giá cao | thành tựu to lớn", "R2", acc=True, tags="paraphrase"),
        T("Còn hội nghị sơ kết 6 tháng đầu năm 2023, BT Sơn biểu dương điều gì?", "new",
          "Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương điều gì?",
          "không mệt mỏi | vượt qua khó khăn", "R0"),
        T("hội nghị đó diễn ra ngày nào?", "pronoun",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
          "5/7", "R0", acc=True),
        T("nguồn?", "request",
          "Thông tin về Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao lấy từ nguồn nào?",
          "TTXVN", "R0", tags="telegraphic"),
    ],
    # c22 — R4 English -> R1
    [
        T("At the 2024 year-end diplomacy review conference, in which fields did economic diplomacy change strongly?", "new",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngoại giao kinh tế đã chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chíp bán dẫn | chuyển đổi xanh", "R4", tags="english"),
        T("and what did that help Vietnam stay in?", "pronoun",
          "Những chuyển biến của ngoại giao kinh tế năm 2024 góp phần duy trì Việt Nam trong nhóm nào?",
          "nhóm nước tăng trưởng cao", "R4", tags="english"),
        T("ai chủ trì hội nghị này?", "pronoun",
          "Ai chủ trì Hội nghị tổng kết ngành ngoại giao năm 2024?",
          NR, "R4", acc=True),
        T("thế còn hội nghị năm 2022 ai chủ trì?", "substitution",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bùi Thanh Sơn", "R1"),
    ],
    # c23 — R3: paraphrase, premise
    [
        T("Giữa năm 2019, ông Phạm Bình Minh nhận xét cục diện quốc tế biến đổi ra sao?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh nhận xét diễn biến tình hình quốc tế nửa đầu năm 2019 như thế nào?",
          "nhanh hơn, phức tạp hơn", "R3", tags="paraphrase"),
        T("trong bối cảnh đó đối ngoại triển khai theo tinh thần hội nghị nào?", "pronoun",
          "Trong bối cảnh tình hình quốc tế năm 2019 nhanh hơn, phức tạp hơn, công tác đối ngoại được triển khai theo tinh thần hội nghị nào?",
          "Hội nghị Ngoại giao 30 | tổng kết công tác năm 2018", "R3"),
        T("với các nước lớn thì giữ được gì?", "ellipsis",
          "Theo ông Phạm Bình Minh, trong quan hệ với các nước lớn và các đối tác, Việt Nam đã giữ được điều gì trong nửa đầu năm 2019?",
          "cân bằng linh hoạt", "R3", acc=True),
        T("vì sao ông Minh phản đối tăng cường quan hệ với các nước lớn?", "pronoun",
          "Vì sao ông Phạm Bình Minh phản đối tăng cường quan hệ với các nước lớn tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          FP, "R3", tags="premise"),
        T("Năm 2019 BNG muốn xây dựng đội ngũ cán bộ vừa gì vừa gì?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ như thế nào?",
          "vừa hồng, vừa chuyên", "R3", acc=True),
    ],
    # c24 — R0: ngoại giao kinh tế
    [
        T("Giữa năm 2023, BNG nhận xét mảng ngoại giao phục vụ kinh tế làm được tới đâu?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?",
          "có trọng tâm, trọng điểm", "R0", tags="paraphrase"),
        T("còn hỗ trợ doanh nghiệp?", "substitution",
          "Các hoạt động ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp trong 6 tháng đầu năm 2023 đạt kết quả gì?",
          "kết nối đối tác | mở rộng thị trường", "R0", acc=True, tags="telegraphic"),
        T("ngoại giao đa phương thì sao?", "substitution",
          "Ngoại giao đa phương trong 6 tháng đầu năm 2023 được triển khai như thế nào?",
          "ngoại giao song phương | triển khai tích cực", "R0"),
        T("thế còn kim ngạch XNK 6 tháng?", "substitution",
          "Theo Hội nghị sơ kết, kim ngạch xuất nhập khẩu 6 tháng đầu năm 2023 là bao nhiêu?",
          NR, "R0", acc=True, tags="telegraphic"),
    ],
    # c25 — R1: Cao Bằng
    [
        T("Những huyện nào của Cao Bnag dự HN tổng kết ngoại giao 2022?", "new",
          "Những huyện nào của tỉnh Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "Quảng Hòa | Thạch An | Hà Quảng | Trùng Khánh | Bảo Lạc | Bảo Lâm", "R1", acc=True, tags="typo"),
        T("ngoài UBND huyện còn sở nào?", "ellipsis",
          "Ngoài UBND các huyện, những sở nào của Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "Kế hoạch và Đầu tư | Công thương | Tài chính", "R1"),
        T("có huyện Nguyên Bình ko?", "substitution",
          "UBND huyện Nguyên Bình có dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng không?",
          NIC, None, acc=True, tags="near-miss,telegraphic", miss=["Nguyên Bình"]),
        T("thế còn điểm cầu Lạng Sơn ai dự?", "substitution",
          "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
          NIC, None, tags="near-miss", miss=["Lạng Sơn"]),
        T("bài về điểm cầu Cao Bằng do ai viết?", "ellipsis",
          "Bài viết về Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng do ai viết?",
          "Vi Trường", "R1", acc=True),
    ],
    # c26 — R2 English
    [
        T("Where did DPM Tran Luu Quang's working session with the foreign ministry take place?", "new",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2", tags="english"),
        T("what did he call the key, regular task?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?",
          "giữ vững hòa bình, ổn định", "R2", tags="english"),
        T("còn nhiệm vụ quan trọng?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ quan trọng của công tác đối ngoại là gì?",
          "nâng cao vị thế", "R2", acc=True, tags="telegraphic"),
        T("nguồn tin?", "request",
          "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
          "VGP", "R2", acc=True, tags="telegraphic"),
        T("sao buổi làm việc đó phải dời sang tháng 2?", "pronoun",
          "Vì sao buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao phải dời sang tháng 2?",
          FP, "R2", tags="premise"),
    ],
    # c27 — R4: bài báo, nghị quyết
    [
        T("TTg nào dự và chỉ đạo HN tổng kết ngành NG 2024?", "new",
          "Thủ tướng nào dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", "R4", acc=True),
        T("bài báo này của báo nào?", "pronoun",
          "Bài báo về Hội nghị tổng kết ngành ngoại giao năm 2024 được đăng trên báo nào?",
          "Quảng Trị", "R4", acc=True),
        T("who wrote it?", "pronoun",
          "Ai viết bài báo về Hội nghị tổng kết ngành ngoại giao năm 2024?",
          "Hoài Nhung", "R4", tags="english,telegraphic"),
        T("tổng kết nghị quyết nào của BCH TW?", "ellipsis",
          "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào của Ban Chấp hành Trung ương?",
          "Nghị quyết 18", "R4"),
        T("còn Nghị quyết 17?", "substitution",
          "Thủ tướng yêu cầu gì về việc tổng kết Nghị quyết 17 của Ban Chấp hành Trung ương tại Hội nghị tổng kết năm 2024?",
          NIC, None, tags="near-miss,telegraphic", miss=["Nghị quyết 17"]),
    ],
    # c28 — R3 -> R1
    [
        T("Năm 2019 công tác ngoại vụ địa phương phát huy tinh thần lấy ai làm trung tâm?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương phát huy tinh thần lấy ai làm trung tâm?",
          "doanh nghiệp và người dân", "R3"),
        T("Hội nghị tổng kết năm 2022, Thủ tướng muốn ngành ngoại giao đi trước để làm gì?", "new",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao chủ động đi trước để làm gì?",
          "mở đường cho phát triển", "R1", acc=True),
        T("ông ấy nói từ muốn là bạn chuyển sang gì?", "pronoun",
          "Thủ tướng Phạm Minh Chính nói chủ trương đối ngoại chuyển từ “muốn là bạn” sang gì?",
          "sẵn sàng là bạn", "R1"),
        T("còn quan niệm địch, ta?", "substitution",
          "Theo Thủ tướng Phạm Minh Chính, quan niệm “địch”, “ta” trong hợp tác và đấu tranh chuyển sang cách nhìn nhận nào?",
          "nhìn nhận về đối tác", "R1", acc=True, tags="telegraphic"),
        T("tóm tắt lại ý đó", "request",
          "Tóm tắt lại ý Thủ tướng Phạm Minh Chính nói về chuyển biến tư duy đối ngoại, từ “muốn là bạn” đến cách nhìn về đối tác, đối tượng.",
          "sẵn sàng là bạn | đối tác tin cậy", "R1"),
    ],
    # c29 — R0: người VN ở nước ngoài
    [
        T("Công tác người Việt Nam ở nước ngoài được hội nghị sơ kết giữa năm 2023 đánh giá thế nào?", "new",
          "Công tác người Việt Nam ở nước ngoài được Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá thế nào?",
          "làm cầu nối", "R0", tags="paraphrase"),
        T("còn bảo hộ công dân?", "substitution",
          "Công tác bảo hộ công dân được Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá thế nào?",
          "nhiều đổi mới trong cách thức", "R0", tags="telegraphic"),
        T("nói rõ hơn những đổi mới đó, có bao nhiêu vụ bảo hộ?", "request",
          "Nói rõ hơn những đổi mới trong công tác bảo hộ công dân 6 tháng đầu năm 2023 và cho biết có bao nhiêu vụ bảo hộ công dân.",
          NR, "R0", acc=True),
        T("còn quản trị tài vụ?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác quản trị tài vụ như thế nào?",
          "bài bản hiệu quả", "R0", acc=True, tags="telegraphic"),
    ],
    # c30 — R2: wrong role, biên giới
    [
        T("Ai báo cáo kết quả đối ngoại năm 2022 với PTT Trần Lưu Quang?", "new",
          "Ai báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022 với Phó Thủ tướng Trần Lưu Quang?",
          "Bùi Thanh Sơn", "R2"),
        T("sao ông ấy là Thứ trưởng mà lại đứng ra báo cáo?", "pronoun",
          "Vì sao ông Bùi Thanh Sơn, với tư cách Thứ trưởng Ngoại giao, lại đứng ra báo cáo với Phó Thủ tướng Trần Lưu Quang?",
          FP, "R2", acc=True, tags="premise"),
        T("PTT yêu cầu tập trung thực hiện tốt chương trìh gì?", "ellipsis",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
          "chương trình đối ngoại cấp cao", "R2", tags="typo"),
        T("còn về biên giới?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?",
          "hoà bình, ổn định, hữu nghị", "R2", tags="telegraphic"),
        T("trích nguyên văn", "request",
          "Trích nguyên văn câu Phó Thủ tướng Trần Lưu Quang nói về biên giới.",
          "vững chắc hơn nữa biên giới", "R2", acc=True, tags="telegraphic"),
    ],
    # c31 — R4 -> R3
    [
        T("HN tổng kết 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào?", "new",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên", "R4"),
        T("nói rõ hơn", "request",
          "Nói rõ hơn yêu cầu xây dựng đội ngũ cán bộ ngoại giao “vừa hồng, vừa chuyên” tại Hội nghị tổng kết năm 2024.",
          "tuyệt đối trung thành | nhạy bén về thời thế", "R4", acc=True, tags="telegraphic"),
        T("And back in 2019, what goal did the ministry's staff-building work aim for?", "substitution",
          "Năm 2019, công tác xây dựng ngành, bồi dưỡng cán bộ của Bộ Ngoại giao hướng tới mục tiêu gì?",
          "hiện đại hóa Bộ Ngoại giao", "R3", tags="english"),
        T("hướng tới đại hội mấy?", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới Đại hội nào của Đảng?",
          "hướng tới Đại hội XIII", "R3", acc=True, tags="telegraphic"),
        T("Thủ tướng Phạm Bình Minh chỉ đạo gì về tuyển dụng cán bộ?", "new",
          "Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác tuyển dụng cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          FP, "R3", tags="premise"),
    ],
    # c32 — R1: sự tham dự của Thủ tướng
    [
        T("BT Sơn nói sự tham dự của TTg tại HN tổng kết 2022 là minh chứng cho điều gì?", "new",
          "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022 là minh chứng cho điều gì?",
          "quan tâm đặc biệt", "R1", acc=True),
        T("tóm tắt lại", "request",
          "Tóm tắt lại ý nghĩa sự tham dự của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022 theo Bộ trưởng Bùi Thanh Sơn.",
          "nguồn cổ vũ, động viên", "R1", tags="telegraphic"),
        T("ông ấy muốn xây dựng ngành thế nào?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao như thế nào?",
          "trong sạch, vững mạnh, toàn diện", "R1"),
        T("Does the report say how many embassies joined online?", "ellipsis",
          "Báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2022 có cho biết bao nhiêu cơ quan đại diện ở nước ngoài tham dự trực tuyến không?",
          NR, "R1", tags="english"),
    ],
    # c33 — R3: near-miss first, vote premise
    [
        T("Bộ Ngoại giao tổ chức hội nghị sơ kết 6 tháng đầu năm 2015 khi nào?", "new",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2015 vào ngày nào?",
          NIC, None, acc=True, tags="near-miss", miss=["2015"]),
        T("vậy năm 2019 thì sao?", "substitution",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2019 vào ngày nào?",
          "22/7 | 22/07/2019", "R3", acc=True),
        T("đối ngoại đa phương năm đó đạt kết quả gì nổi bật?", "pronoun",
          "Đối ngoại đa phương của Việt Nam trong 6 tháng đầu năm 2019 đạt kết quả nổi bật gì?",
          "Mỹ - Triều lần 2 | 192/193 | HĐBA LHQ | Chỉ thị 25", "R3"),
        T("sao VN chỉ được 190 phiếu?", "ellipsis",
          "Vì sao Việt Nam chỉ được 190 phiếu khi ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc?",
          FP, "R3", acc=True, tags="premise,telegraphic"),
    ],
    # c34 — R0 -> R2
    [
        T("Tại hội nghị giữa năm 2023, ông Sơn muốn các đơn vị làm tốt hơn nữa việc gì?", "new",
          "Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
          "nghiên cứu, dự báo", "R0", tags="paraphrase"),
        T("còn về chủ quyền?", "substitution",
          "Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành làm gì về bảo vệ chủ quyền trong 6 tháng cuối năm 2023?",
          "kiên quyết, kiên trì đấu tranh", "R0", acc=True, tags="telegraphic"),
        T("Tháng 1 năm 2023, PTT nào đến làm việc với BNG?", "new",
          "Tháng 1 năm 2023, Phó Thủ tướng nào đến làm việc với Bộ Ngoại giao?",
          "Trần Lưu Quang", "R2", acc=True),
        T("ông ấy bảo BNG cần tham mưu thế nào?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu như thế nào?",
          "tham mưu kịp thời", "R2"),
        T("ông ấy có nêu vụ việc cụ thể nào trên Biển Đông ko?", "pronoun",
          "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang đã nêu những vụ việc cụ thể nào trên Biển Đông?",
          NR, "R2", acc=True),
    ],
    # c35 — R4 -> R0
    [
        T("Năm 2024 công tác đối ngoại đóng góp củng cố điều gì?", "new",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, công tác đối ngoại năm 2024 đóng góp củng cố điều gì?",
          "môi trường hòa bình, ổn định | cục diện đối ngoại rộng mở", "R4"),
        T("dưới sự lãnh đạo của ai?", "ellipsis",
          "Công tác đối ngoại năm 2024 được triển khai dưới sự lãnh đạo của ai?",
          "Bộ Chính trị, Ban Bí thư", "R4", tags="telegraphic"),
        T("Theo sơ kết 6 tháng đầu 2023, đối ngoại được coi là gì trong thành tựu chung?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được coi là gì trong những thành tựu chung của cả nước?",
          "một điểm sáng", "R0"),
        T("Thủ tướng chỉ đạo gì tại hội nghị đó?", "pronoun",
          "Thủ tướng đã chỉ đạo gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          FP, "R0", acc=True, tags="premise"),
    ],
    # c36 — R1 English
    [
        T("How many provinces and cities were connected to the 2022 year-end diplomacy conference?", "new",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
          "63 tỉnh", "R1", tags="english"),
        T("and how many delegates attended?", "ellipsis",
          "Bao nhiêu đại biểu tham dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "hơn 700 đại biểu", "R1", tags="english,telegraphic"),
        T("thế còn HN tổng kết năm 2012?", "substitution",
          "Bao nhiêu đại biểu tham dự Hội nghị tổng kết ngành Ngoại giao năm 2012?",
          NIC, None, acc=True, tags="near-miss,telegraphic", miss=["2012"]),
        T("Which province's bridge point does the report describe?", "ellipsis",
          "Báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2022 mô tả điểm cầu của tỉnh nào?",
          "Cao Bằng", "R1", tags="english"),
    ],
    # c37 — R2: nguồn lực, hội nhập
    [
        T("PTT Trần Lưu Quang muốn BNG tận dụng hết mức những gì?", "new",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ tối đa những gì?",
          "yếu tố quốc tế thuận lợi | các nguồn lực bên ngoài", "R2", tags="paraphrase"),
        T("what for?", "ellipsis",
          "Bộ Ngoại giao cần tranh thủ tối đa các yếu tố quốc tế thuận lợi và nguồn lực bên ngoài để làm gì?",
          "phát triển nhanh, bền vững", "R2", tags="english,telegraphic"),
        T("ông ấy muốn hội nhập quốc tế ra sao?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao hội nhập quốc tế như thế nào?",
          "sâu rộng, toàn diện", "R2"),
        T("còn ở các diễn đàn đa phương?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì tại các diễn đàn, cơ chế đa phương?",
          "tham gia hiệu quả | đóng góp tích cực", "R2", acc=True, tags="telegraphic"),
        T("thế còn buổi làm việc của PTT Vũ Đức Đam với BNG?", "substitution",
          "Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao về nội dung gì?",
          NIC, None, acc=True, tags="near-miss", miss=["Vũ Đức Đam"]),
    ],
    # c38 — R0: đối tác, premise
    [
        T("Sơ kết giữa năm 2023, mối quan hệ với bạn bè, đối tác quốc tế tiến triển thế nào?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác phát triển như thế nào?",
          "nhiều bước phát triển mới", "R0", acc=True, tags="paraphrase"),
        T("nhất là với những nước nào?", "ellipsis",
          "Trong 6 tháng đầu năm 2023, quan hệ với những nước nào có nhiều bước phát triển mới nhất?",
          "các nước láng giềng", "R0"),
        T("vì sao quan hệ với nước láng giềng lại xấu đi?", "ellipsis",
          "Vì sao quan hệ của Việt Nam với các nước láng giềng xấu đi trong 6 tháng đầu năm 2023?",
          FP, "R0", tags="premise"),
        T("Theo HN sơ kết giữa năm 2023, ngoại giao bảo vệ chủ quyền bằng biện pháp gì?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền bằng những biện pháp gì?",
          "các biện pháp hòa bình", "R0", acc=True),
        T("trích nguyên văn", "request",
          "Trích nguyên văn câu về việc ngoại giao bảo vệ chủ quyền bằng các biện pháp hòa bình.",
          "phù hợp với luật pháp", "R0", tags="telegraphic"),
    ],
    # c39 — R3 -> R4
    [
        T("Năm 2019 Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "new",
          "Năm 2019 Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
          "Mỹ - Triều lần 2", "R3"),
        T("điều đó cho thấy gì?", "pronoun",
          "Việc Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần 2 và trúng cử Hội đồng Bảo an cho thấy điều gì?",
          "tín nhiệm của bạn bè", "R3", acc=True),
        T("Năm 2024 người đứng đầu Chính phủ chỉ đạo mảng kinh tế đối ngoại ra sao?", "new",
          "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo như thế nào của Thủ tướng Chính phủ?",
          "sâu sát, quyết liệt", "R4", acc=True, tags="paraphrase"),
        T("nhờ thế VN là điểm sáng về gì?", "pronoun",
          "Nhờ chuyển biến của ngoại giao kinh tế năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?",
          "thu hút đầu tư nước ngoài", "R4", acc=True),
        T("số vốn FDI cụ thể năm đó là bao nhiêu?", "pronoun",
          "Số vốn đầu tư trực tiếp nước ngoài (FDI) Việt Nam thu hút năm 2024 là bao nhiêu?",
          NR, "R4"),
    ],
    # c40 — R1: biên giới, đa phương
    [
        T("Năm 2022 ngoại giao cùng bên quốc phòng, an ninh giải quyết những chuyện gì?", "new",
          "Theo Hội nghị tổng kết ngành Ngoại giao năm 2022, đối ngoại phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?",
          "dân chủ, nhân quyền, tôn giáo", "R1", acc=True, tags="paraphrase"),
        T("kết quả phân định ra sao?", "ellipsis",
          "Năm 2022, công tác đối ngoại đạt kết quả gì về phân định, giải quyết các vấn đề biên giới lãnh thổ?",
          "trên biển, trên bộ", "R1", tags="telegraphic"),
        T("còn đối ngoại đa phương năm đó?", "substitution",
          "Theo Hội nghị tổng kết năm 2022, đối ngoại đa phương năm 2022 đạt kết quả gì?",
          "đóng góp có trách nhiệm", "R1", acc=True, tags="telegraphic"),
        T("còn năm 2013 thì đa phương đạt gì?", "substitution",
          "Theo hội nghị tổng kết năm 2013, đối ngoại đa phương năm 2013 đạt kết quả gì?",
          NIC, None, acc=True, tags="near-miss", miss=["2013"]),
    ],
    # c41 — R2 English, typo
    [
        T("Who reported to the Deputy PM at the foreign ministry on 31 January?", "new",
          "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ở Bộ Ngoại giao ngày 31-1?",
          "Bùi Thanh Sơn", "R2", tags="english"),
        T("ông ấy báo cáo kết quả năm nào?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm nào?",
          "nhiệm vụ đối ngoại năm 2022", "R2", acc=True),
        T("bộ quán triệt tihn thần gì?", "ellipsis",
          "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn, Bộ Ngoại giao quán triệt sâu sắc tinh thần gì?",
          "tinh thần phục vụ | phụng sự Đảng", "R2", acc=True, tags="typo"),
        T("nguồn?", "request",
          "Thông tin về báo cáo của Bộ trưởng Bùi Thanh Sơn tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang lấy từ nguồn nào?",
          "VGP", "R2", tags="telegraphic"),
    ],
    # c42 — R4: near-miss person
    [
        T("Hội nghị tổng kêt 2024 diễn ra sáng ngày nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra sáng ngày nào?",
          "6/1", "R4", tags="typo"),
        T("ai dự ở điểm cầu Quảng Trị?", "ellipsis",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", "R4"),
        T("thế ông Hoàng Minh phát biểu gì ở đó?", "substitution",
          "Ông Hoàng Minh phát biểu gì tại điểm cầu Quảng Trị của Hội nghị tổng kết ngành ngoại giao năm 2024?",
          NIC, None, acc=True, tags="near-miss", miss=["Hoàng Minh"]),
        T("Năm 2025 BNG xác định cần triển khai đồng bộ những mảng đối ngoại nào?", "new",
          "Năm 2025, Bộ Ngoại giao xác định cần triển khai đồng bộ, nâng tầm những mảng đối ngoại nào?",
          "đối ngoại Đảng | ngoại giao Nhà nước", "R4"),
        T("tóm tắt lại giúp mình", "request",
          "Tóm tắt lại các mảng đối ngoại mà Bộ Ngoại giao xác định cần triển khai đồng bộ trong năm 2025.",
          "đối ngoại Nhân dân | song phương và đa phương", "R4", acc=True),
    ],
    # c43 — R0 English
    [
        T("What motto guided Vietnam's foreign affairs in the first half of 2023, per the MFA mid-year conference?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, công tác đối ngoại nửa đầu năm 2023 theo phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0", tags="english"),
        T("which party congress's foreign policy line should be carried out in the second half?", "ellipsis",
          "Trong 6 tháng cuối năm 2023, ngành Ngoại giao cần triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", "R0", tags="english"),
        T("thế còn Đại hội XIV?", "substitution",
          "Bộ trưởng Bùi Thanh Sơn đề nghị gì về triển khai đường lối đối ngoại của Đại hội XIV?",
          NIC, None, acc=True, tags="near-miss,telegraphic", miss=["Đại hội XIV"]),
        T("quan hệ với các nước lớn cần đưa vào đâu?", "ellipsis",
          "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các nước láng giềng, các nước lớn vào trạng thái nào trong 6 tháng cuối năm 2023?",
          "chiều sâu, ổn định", "R0", acc=True),
        T("sao lần đó BT ko trao khen thưởng cho ai?", "pronoun",
          "Vì sao tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao không trao khen thưởng cho tập thể, cá nhân nào?",
          FP, "R0", acc=True, tags="premise"),
    ],
    # c44 — R3: nguồn, premise
    [
        T("Bài về hội nghị sơ kết giữa năm 2019 của BNG đăng ngày nào?", "new",
          "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?",
          "22/07/2019", "R3"),
        T("báo nào đăng?", "ellipsis",
          "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng trên báo nào?",
          "CLO", "R3", acc=True, tags="telegraphic"),
        T("PTT Trần Hồng Hà nói gì tại hội nghị đó?", "pronoun",
          "Phó Thủ tướng Trần Hồng Hà phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          FP, "R3", acc=True, tags="premise"),
        T("thế ai mới là người phát biểu?", "ellipsis",
          "Ai là người phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3", acc=True),
    ],
    # c45 — R1 -> R2
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2022 đề cao nguyên tắc của hiến chương nào?", "new",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng đề cao các nguyên tắc cơ bản của hiến chương nào?",
          "Hiến chương Liên Hợp Quốc", "R1"),
        T("TTg muốn đưa nền kinh tế VN vào đâu?", "ellipsis",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng muốn đưa nền kinh tế Việt Nam vào vị trí nào?",
          "vị trí cao hơn | chuỗi cung ứng toàn cầu", "R1", acc=True),
        T("Cuối tháng 1 năm 2023, Phó Thủ tướng nào làm việc với Bộ Ngoại giao?", "new",
          "Cuối tháng 1 năm 2023, Phó Thủ tướng nào làm việc với Bộ Ngoại giao?",
          "Trần Lưu Quang", "R2"),
        T("buổi đó TTg Phạm Minh Chính cũng dự, ông ấy nói gì?", "pronoun",
          "Thủ tướng Phạm Minh Chính đã nói gì khi dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          FP, "R2", acc=True, tags="premise"),
        T("PTT Trần Lưu Quang thấy thế giới thời gian tới có thuận lợi gì không?", "new",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới có những cơ hội gì?",
          "nhiều cơ hội", "R2", tags="paraphrase"),
    ],
    # c46 — R4 English
    [
        T("Whose main functions did the foreign ministry take over, per the 2024 review conference?", "new",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4", tags="english"),
        T("mục đích của việc đó?", "pronoun",
          "Việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội nhằm mục đích gì?",
          "thông suốt, thống nhất", "R4", acc=True, tags="telegraphic"),
        T("để xây dựng nền ngoại giao ra sao?", "ellipsis",
          "Việc tinh gọn bộ máy và tiếp nhận chức năng nhằm tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam như thế nào?",
          "Việt Nam toàn diện, hiện đại", "R4"),
        T("việc tiếp nhận đó bị trì hoãn tới bao giờ?", "pronoun",
          "Việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội bị trì hoãn tới bao giờ?",
          FP, "R4", acc=True, tags="premise"),
    ],
    # c47 — R0 -> R1
    [
        T("BT Sơn chỉ đạo xây dựng đội ngũ cán bộ thế nào tại HN sơ kết 6 tháng đầu 2023?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo xây dựng đội ngũ cán bộ như thế nào?",
          "chuyên nghiệp, hiện đại", "R0"),
        T("how, concretely?", "ellipsis",
          "Bộ trưởng Bùi Thanh Sơn chỉ đạo làm gì để xây dựng đội ngũ cán bộ ngày càng chuyên nghiệp, hiện đại?",
          "thi đua khen thưởng | bảo đảm chế độ chính sách", "R0", tags="english,telegraphic"),
        T("còn ở HN tổng kết năm 2022, các tham luận đánh giá xây dựng ngành ra sao?", "substitution",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, các tham luận đánh giá công tác xây dựng ngành Ngoại giao như thế nào?",
          "toàn diện, hiện đại, trong sạch", "R1", acc=True),
        T("thế còn HN tổng kết năm 2014?", "substitution",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2014, các tham luận đánh giá công tác xây dựng ngành như thế nào?",
          NIC, None, tags="near-miss,telegraphic", miss=["2014"]),
    ],
    # c48 — R2: truyền thống, near-miss person
    [
        T("Phó Thủ tướng Trần Lưu Quang muốn BNG phát huy truyền thống gì?", "new",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tiếp tục phát huy truyền thống gì?",
          "truyền thống ngoại giao vẻ vang", "R2"),
        T("và bám sát đường lối đại hội nào?", "ellipsis",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", "R2", tags="telegraphic"),
        T("còn buổi làm việc của PTT Lê Văn Thành với BNG thì sao?", "substitution",
          "Phó Thủ tướng Lê Văn Thành làm việc với Bộ Ngoại giao về nội dung gì?",
          NIC, None, tags="near-miss", miss=["Lê Văn Thành"]),
        T("buổi làm việc 31-1 có bao nhiêu người dự?", "pronoun",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 có bao nhiêu người dự?",
          NR, "R2", acc=True),
    ],
]


def build_rows():
    rows = []
    for ci, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % ci
        for t in conv:
            q = strip_diacritics(t["q"]) if t["acc"] else t["q"]
            tags = set(t["tags"])
            if "english" not in tags and q == strip_diacritics(q):
                tags.add("accentless")
            if has_abbrev(q):
                tags.add("abbrev")
            tag_str = ",".join(x for x in TAG_ORDER if x in tags) or "-"
            rows.append(dict(conversation=cid, question=q, kind=t["kind"], tags=tag_str,
                             read_as=t["read_as"], facts=t["facts"], report=t["rep"],
                             miss=list(t["miss"])))
    return rows


def write_tsv(rows, path=OUT):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            cols = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
            for c in cols:
                assert "\t" not in c and "\n" not in c, c
            f.write("\t".join(cols) + "\n")


if __name__ == "__main__":
    rows = build_rows()
    write_tsv(rows)
    print("wrote %d turns in %d conversations to %s" % (len(rows), len(CONVERSATIONS), OUT))
