#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 30.

Every turn below is written by hand.  The script only
  * strips diacritics from turns marked accentless (acc=True),
  * adds the `accentless` tag to non-English questions without diacritics,
  * adds the `abbrev` tag when the question contains an abbreviation token,
  * writes conversations.tsv.

Reports (in given/):
  R0 000_47e75d3c86d27e21.txt  Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn)
  R1 001_8430b1541a21d71d.txt  Hội nghị tổng kết ngành ngoại giao năm 2022 (10/1, TTg Phạm Minh Chính, điểm cầu Cao Bằng)
  R2 002_0e1cf19fdeddcf6d.txt  PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (chiều 31-1, 2023)
  R3 003_60cdc4bfe3deff94.txt  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh)
  R4 004_771f5d769968830d.txt  Hội nghị tổng kết ngành ngoại giao năm 2024 (6/1, TTg Phạm Minh Chính, điểm cầu Quảng Trị)
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
    "# Blind conversation set 30 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

# Abbreviation tokens (compared after stripping diacritics, case-insensitive).
ABBREV = {
    "hn", "bng", "ttg", "ptt", "bt", "tt", "ng", "hdba", "lhq", "vn", "tk", "sk",
    "ko", "k", "dc", "pm", "mfa", "fm", "dpm", "unsc", "un", "ubnd", "tbt", "ct",
    "j", "bn", "ntn", "vs", "dh", "qh", "tp",
}

TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english",
             "premise", "near-miss", "paraphrase"]


def strip_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D")


def has_abbrev(q):
    toks = re.findall(r"\w+", strip_diacritics(q).lower())
    return any(t in ABBREV for t in toks)


def T(q, kind, read_as, facts, rep=None, tags="", acc=False, miss=None):
    return {"q": q, "kind": kind, "read_as": read_as, "facts": facts,
            "report": rep, "tags": [t for t in tags.split(",") if t],
            "acc": acc, "miss": miss}


NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

CONVERSATIONS = [
    # c01 R1 -> R4
    [
        T("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tổ chức ngày nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được tổ chức ngày nào?",
          "10/1", "R1"),
        T("ai chủ trì?", "ellipsis",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Bùi Thanh Sơn", "R1", "telegraphic", acc=True),
        T("ông ấy giữ chức gì lúc đó?", "pronoun",
          "Ông Bùi Thanh Sơn giữ chức vụ gì khi chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Bộ trưởng Bộ Ngoại giao", "R1"),
        T("bao nhiu đại biểu?", "ellipsis",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu", "R1", "telegraphic,typo", acc=True),
        T("còn năm 2024?", "substitution",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?",
          NR, "R4", "telegraphic"),
    ],
    # c02 R3
    [
        T("Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("lúc đó ông ấy giữ những chức vụ gì?", "pronoun",
          "Khi phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ những chức vụ gì?",
          "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3"),
        T("hôm nào?", "ellipsis",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
          "22/7 | 22/07/2019", "R3", "telegraphic", acc=True),
        T("ông ấy lưu ý những điểm gì cho thời gian tới?", "pronoun",
          "Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "nhạy cảm trong tham mưu && tăng cường sự phối hợp", "R3"),
        T("trích nguyên văn điểm thứ nhất", "request",
          "Trích nguyên văn điểm thứ nhất mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
          "đánh giá sâu hơn nữa", "R3", acc=True),
        T("sao ông ấy lại vắng mặt ở hội nghị đó?", "pronoun",
          "Vì sao Phó Thủ tướng Phạm Bình Minh vắng mặt tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          FP, "R3", "premise"),
    ],
    # c03 R0 -> R4
    [
        T("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của BNG diễn ra ngày nào?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
          "5/7", "R0", acc=True),
        T("ai dự?", "ellipsis",
          "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị", "R0", "telegraphic", acc=True),
        T("tổ chức ở đâu vậy?", "ellipsis",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
          NR, "R0"),
        T("thế còn hội nghị tổng kết 2024, những ai dự?", "substitution",
          "Những ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính && Hoàng Nam", "R4"),
        T("ông phó chủ tịch tỉnh đó dự ở điểm cầu nào?", "pronoun",
          "Phó Chủ tịch UBND tỉnh Hoàng Nam dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu nào?",
          "điểm cầu Quảng Trị", "R4", acc=True),
        T("tại sao Thủ tướng vắng mặt hôm đó?", "pronoun",
          "Tại sao Thủ tướng Phạm Minh Chính vắng mặt tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          FP, "R4", "premise"),
    ],
    # c04 R2
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao hôm nào?", "new",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
          "31-1", "R2"),
        T("ở đâu?", "ellipsis",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2", "telegraphic", acc=True),
        T("bàn về việc gì?", "ellipsis",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
          "triển khai công tác đối ngoại", "R2", "telegraphic"),
        T("ai báo cáo với ông ấy?", "pronoun",
          "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R2", acc=True),
        T("sao PTT lại phản đối báo cáo đó?", "pronoun",
          "Vì sao Phó Thủ tướng Trần Lưu Quang phản đối báo cáo của Bộ trưởng Bùi Thanh Sơn?",
          FP, "R2", "premise"),
    ],
    # c05 R4 -> R1
    [
        T("When did the MFA hold its 2024 year-end review conference?", "new",
          "Bộ Ngoại giao tổ chức hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào ngày nào?",
          "6/1", "R4", "english"),
        T("Who gave the concluding remarks?", "ellipsis",
          "Ai phát biểu kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", "R4", "english"),
        T("Quote him on the overarching task.", "pronoun",
          "Trích nguyên văn nhiệm vụ bao trùm mà Thủ tướng Phạm Minh Chính nêu khi kết luận hội nghị tổng kết năm 2024.",
          "vai trò tiên phong, trọng yếu", "R4", "english"),
    ],
    # c06 R3
    [
        T("VN trúng cử HĐBA LHQ nhiệm kỳ nào?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
          "nhiệm kỳ 2020-2021", "R3", acc=True),
        T("bao nhiêu phiếu?", "ellipsis",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021 với bao nhiêu phiếu?",
          "192/193", "R3", "telegraphic"),
        T("nguồn?", "request",
          "Thông tin Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu lấy từ nguồn nào?",
          "CLO | TG&VN", "R3", "telegraphic"),
        T("2 phiếu chống là của nước nào?", "ellipsis",
          "Hai phiếu chống khi Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021 là của nước nào?",
          FP, "R3", "premise", acc=True),
    ],
    # c07 R1
    [
        T("Ai dự hội nghị tổng kết ngành ngoại giao 2022 tại điểm cầu Cao Bằng?", "new",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", "R1"),
        T("người đó giữ chức gì?", "pronoun",
          "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", "R1", acc=True),
        T("những huyện nào dự?", "ellipsis",
          "Những huyện nào của tỉnh Cao Bằng dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Quảng Hòa | Thạch An | Hà Quảng && Trùng Khánh | Bảo Lạc | Bảo Lâm", "R1", "telegraphic"),
        T("nói rõ hơn, ngoài huyện còn đơn vị nào?", "request",
          "Nói rõ hơn: ngoài các huyện, còn những sở, đơn vị nào của Cao Bằng dự hội nghị tổng kết năm 2022?",
          "Bộ đội Biên phòng | Công an tỉnh | Ban Quản lý Khu kinh tế", "R1", acc=True),
        T("còn điểm cầu Lạng Sơn?", "substitution",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
          NC, None, "telegraphic,near-miss", acc=True, miss="Lạng Sơn"),
    ],
    # c08 R0
    [
        T("What motto guided Vietnam's diplomacy in the first half of 2023, according to the mid-year review?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0", "english,paraphrase"),
        T("kết quả ra sao?", "ellipsis",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá kết quả công tác đối ngoại như thế nào?",
          "triển khai đồng bộ, toàn diện | một điểm sáng", "R0", "telegraphic", acc=True),
        T("còn ngoại giao kinh tế?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế như thế nào?",
          "có trọng tâm, trọng điểm | ổn định kinh tế vĩ mô", "R0", "telegraphic"),
        T("thế còn công tác với người Việt ở nước ngoài?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài như thế nào?",
          "làm cầu nối", "R0"),
        T("trích nguyên văn câu đó giúp mình", "request",
          "Trích nguyên văn đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về công tác người Việt Nam ở nước ngoài.",
          "sự quan tâm, chăm lo && làm cầu nối", "R0", acc=True),
    ],
    # c09 R1
    [
        T("Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022?", "new",
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
          "thực hiện 6 nhiệm vụ", "R1"),
        T("nói rõ hơn", "request",
          "Nói rõ hơn về các yêu cầu Thủ tướng Phạm Minh Chính đặt ra cho ngành ngoại giao tại hội nghị tổng kết năm 2022.",
          "chủ động dự báo tình hình | đối sách linh hoạt | cây tre Việt Nam", "R1", acc=True),
        T("cây tre VN là ý gì?", "ellipsis",
          "Bản sắc “cây tre Việt Nam” mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2022 có nghĩa là gì?",
          "gốc vững && uyển chuyển, linh hoạt, sáng tạo", "R1", acc=True),
        T("trích nguyên văn phương châm ứng xử ông ấy nêu", "request",
          "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2022.",
          "dĩ bất biến, ứng vạn biến", "R1"),
        T("sao ông ấy lại yêu cầu giảm hoạt động đa phương?", "pronoun",
          "Vì sao Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao giảm hoạt động đa phương tại hội nghị tổng kết năm 2022?",
          FP, "R1", "premise"),
    ],
    # c10 R2
    [
        T("Khi làm việc với BNG đầu năm 2023, PTT Trần Lưu Quang coi việc gì là nhiệm vụ trung tâm?", "new",
          "Khi làm việc với Bộ Ngoại giao đầu năm 2023, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?",
          "phục vụ phát triển đất nước", "R2", acc=True),
        T("còn nhiệm vụ trọng yue?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?",
          "giữ vững hòa bình, ổn định", "R2", "telegraphic,typo", acc=True),
        T("thế nhiệm vụ quan trọng?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ quan trọng của công tác đối ngoại là gì?",
          "vị thế và uy tín", "R2", "telegraphic"),
        T("ông ấy dựa theo chỉ đạo của Tổng Bí thư ở hội nghị nào?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư tại hội nghị nào?",
          "đối ngoại toàn quốc năm 2021", "R2"),
        T("thế còn PTT Lê Văn Thành làm việc với BNG thì nói gì?", "substitution",
          "Buổi làm việc của Phó Thủ tướng Lê Văn Thành với Bộ Ngoại giao có những nội dung gì?",
          NC, None, "near-miss", acc=True, miss="Lê Văn Thành"),
    ],
    # c11 R4 -> R3
    [
        T("Sau khi tinh gọn, Bộ Ngoại giao tiếp nhận chức năng của những cơ quan nào?", "new",
          "Theo hội nghị tổng kết ngành ngoại giao năm 2024, sau khi tinh gọn bộ máy, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
        T("việc đó gắn với tổng kết nghị quyết nào?", "pronoun",
          "Việc tinh gọn bộ máy của Bộ Ngoại giao gắn với chủ trương tổng kết nghị quyết nào của Ban Chấp hành Trung ương?",
          "Nghị quyết 18", "R4", acc=True),
        T("còn nghị quyết 17?", "substitution",
          "Báo cáo nói gì về việc tổng kết Nghị quyết 17 của Ban Chấp hành Trung ương đối với Bộ Ngoại giao?",
          NC, None, "telegraphic,near-miss", acc=True, miss="Nghị quyết 17"),
        T("Văn bản nào của Ban Bí thư về đối ngoại đa phương được nhắc ở hội nghị sơ kết 2019?", "new",
          "Văn bản nào của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương được nhắc tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "Chỉ thị 25", "R3"),
        T("hội nghị đó đánh giá kết quả đa phương ra sao?", "pronoun",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá kết quả đối ngoại đa phương như thế nào?",
          "kết quả quan trọng", "R3"),
    ],
    # c12 R3
    [
        T("Theo hội nghị sơ kết 6 tháng 2019, những hiệp định thương mại nào đã được triển khai hoặc ký kết?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, những hiệp định thương mại nào đã được triển khai hoặc ký kết?",
          "Hiệp định CPTPP && EVFTA", "R3"),
        T("cùng với hiệp định với EU còn ký hiệp định gì nữa?", "ellipsis",
          "Cùng với Hiệp định tự do thương mại với EU (EVFTA), Việt Nam còn ký kết hiệp định nào trong 6 tháng đầu năm 2019?",
          "Hiệp định bảo hộ đầu tư", "R3"),
        T("What about new partnership frameworks in that period?", "substitution",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", "R3", "english,paraphrase"),
        T("tổng cộng bao nhiêu nước?", "ellipsis",
          "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam là bao nhiêu quốc gia?",
          "30 quốc gia", "R3", "telegraphic", acc=True),
        T("sao Hà Lan lại được nâng lên đối tác chiến lược?", "pronoun",
          "Vì sao trong 6 tháng đầu năm 2019 Hà Lan được nâng lên Đối tác chiến lược của Việt Nam?",
          FP, "R3", "premise", acc=True),
        T("thế còn Singapore?", "substitution",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với Singapore như thế nào?",
          NC, None, "telegraphic,near-miss", miss="Singapore"),
    ],
    # c13 R0 -> R1
    [
        T("Kết luận hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "new",
          "Khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương những ai?",
          "cán bộ, công chức, viên chức", "R0"),
        T("còn 6 tháng cuối năm thì ông ấy đề nghị gì?", "substitution",
          "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?",
          "Đại hội XIII && nghiên cứu, dự báo | vai trò tiên phong", "R0"),
        T("nói rõ hơn phần thông tin đối ngoại", "request",
          "Nói rõ hơn yêu cầu của Bộ trưởng Bùi Thanh Sơn về thông tin đối ngoại trong 6 tháng cuối năm 2023.",
          "phương thức truyền thông mới", "R0", acc=True),
        T("sao ông ấy lại phê bình các đơn vị làm việc kém?", "pronoun",
          "Vì sao tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn phê bình các đơn vị làm việc kém?",
          FP, "R0", "premise"),
        T("hội nghị tổng kết 2022 có trao khen thưởng không?", "new",
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có trao danh hiệu, khen thưởng không?",
          NR, "R1", acc=True),
    ],
    # c14 R4 -> R1
    [
        T("Hội nghị tổng kết năm 2024 đánh giá ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đánh giá ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chuyển đổi xanh | chíp bán dẫn", "R4"),
        T("nhờ vậy VN đứng ở đâu?", "ellipsis",
          "Nhờ ngoại giao kinh tế năm 2024, Việt Nam được duy trì ở vị trí nào trong bối cảnh thế giới nhiều biến động?",
          "nhóm nước tăng trưởng cao | điểm sáng về thương mại", "R4", "paraphrase", acc=True),
        T("có số liệu cụ thể ko?", "ellipsis",
          "Báo cáo về hội nghị tổng kết năm 2024 có nêu số liệu cụ thể về tăng trưởng, thương mại, đầu tư năm 2024 không?",
          NR, "R4", "telegraphic", acc=True),
        T("còn năm 2022 kim ngạch xuất nhập khẩu bao nhiêu?", "substitution",
          "Năm 2022, kim ngạch xuất nhập khẩu của Việt Nam đạt bao nhiêu theo hội nghị tổng kết ngành ngoại giao năm 2022?",
          "kỷ lục 700 tỷ", "R1"),
        T("con số đó giảm so với năm trước bao nhiêu?", "pronoun",
          "Kim ngạch xuất nhập khẩu năm 2022 giảm bao nhiêu so với năm 2021?",
          FP, "R1", "premise", acc=True),
    ],
    # c15 R2
    [
        T("Which Deputy PM held a working session at the Foreign Ministry on 31 January?", "new",
          "Phó Thủ tướng nào làm việc với Bộ Ngoại giao tại Trụ sở Bộ Ngoại giao ngày 31-1?",
          "Trần Lưu Quang", "R2", "english"),
        T("Who else attended?", "ellipsis",
          "Ngoài Phó Thủ tướng Trần Lưu Quang, những ai tham dự buổi làm việc ngày 31-1 tại Bộ Ngoại giao?",
          "Bùi Thanh Sơn && Văn phòng Chính phủ | thủ trưởng các đơn vị", "R2", "english"),
        T("What did he praise?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì tại buổi làm việc với Bộ Ngoại giao?",
          "thành tựu to lớn", "R2", "english"),
        T("nguồn đâu?", "request",
          "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
          "VGP", "R2", "telegraphic", acc=True),
        T("buổi đó kéo dài bao lâu?", "pronoun",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1 kéo dài bao lâu?",
          NR, "R2"),
    ],
    # c16 R3 -> R0
    [
        T("Hội nghị sơ kết 6 tháng đầu 2019 nhắc tới hội nghị thượng đỉnh nào VN tổ chức thành công?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới hội nghị thượng đỉnh nào mà Việt Nam tổ chức thành công?",
          "Mỹ - Triều lần 2", "R3"),
        T("việc đó cho thấy điều gì?", "pronoun",
          "Việc Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần 2 cho thấy điều gì?",
          "sự tín nhiệm của bạn bè", "R3", acc=True),
        T("còn lần 3?", "substitution",
          "Việt Nam tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 3 như thế nào?",
          NC, None, "telegraphic,near-miss", acc=True, miss="lần 3"),
        T("Hội nghị sơ kết giữa năm 2023 nhìn nhận bối cảnh quốc tế ra sao?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực như thế nào?",
          "diễn biến nhanh, phức tạp", "R0", "paraphrase"),
        T("trong bối cảnh đó đối ngoại được ví là gì?", "pronoun",
          "Trong bối cảnh thế giới diễn biến phức tạp 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong thành tựu chung của cả nước?",
          "một điểm sáng", "R0"),
    ],
    # c17 R1
    [
        T("Khai mạc hội nghị tổng kết 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?", "new",
          "Khai mạc Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
          "nhìn lại một năm thực hiện && Nguyễn Phú Trọng | Hội nghị đối ngoại toàn quốc", "R1"),
        T("ông ấy đánh giá năm 2022 đối ngoại đạt được gì?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 đạt được những kết quả gì?",
          "cục diện đối ngoại thuận lợi", "R1"),
        T("về biên giới?", "ellipsis",
          "Về vấn đề biên giới lãnh thổ, Bộ trưởng Bùi Thanh Sơn đánh giá năm 2022 đạt kết quả gì?",
          "về phân định, giải quyết", "R1", "telegraphic", acc=True),
        T("việc Thủ tướng có mặt được ông ấy nhìn nhận ra sao?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "minh chứng cho sự quan tâm", "R1", "paraphrase"),
        T("còn Hội nghị Ngoại giao lần thứ 32 thì sao?", "substitution",
          "Báo cáo nói gì về Hội nghị Ngoại giao lần thứ 32?",
          NC, None, "near-miss", miss="lần thứ 32"),
    ],
    # c18 R3 -> R4
    [
        T("Về xây dựng ngành, PTT Phạm Bình Minh chỉ đạo gì tại HN sơ kết 2019?", "new",
          "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "tuyển dụng, đào tạo cán bộ && kỷ cương, kỷ luật", "R3", acc=True),
        T("mục tiêu đội ngũ cán bộ thế nào?", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, mục tiêu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên", "R3", "telegraphic"),
        T("thế năm 2024 yêu cầu cán bộ ra sao?", "substitution",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "tuyệt đối trung thành | sâu sắc về chiến lược", "R4"),
        T("hội nghị đó ai chỉ đạo?", "pronoun",
          "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", "R4", acc=True),
        T("ông ấy kết luận nhiệm vụ bao trùm là gì?", "pronoun",
          "Khi kết luận hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
          "vai trò tiên phong, trọng yếu", "R4", acc=True),
    ],
    # c19 R0
    [
        T("Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì tại HN sơ kết 6 tháng 2023?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
          "nghiên cứu, dự báo", "R0"),
        T("hôm đó ông ấy có trao khen thưởng không?", "pronoun",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có trao tặng danh hiệu, khen thưởng không?",
          "trao tặng các danh hiệu", "R0"),
        T("bao nhiêu tập thể được khen?", "ellipsis",
          "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          NR, "R0", "telegraphic", acc=True),
        T("còn sk 6 tháng đầu năm 2017?", "substitution",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Ngoại giao khen thưởng bao nhiêu tập thể?",
          NC, None, "telegraphic,near-miss", acc=True, miss="2017"),
    ],
    # c20 R1
    [
        T("Lãnh đạo Chính phủ nào dự hội nghị tổng kết ngành ngoại giao năm 2022?", "new",
          "Lãnh đạo Chính phủ nào dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Phạm Minh Chính", "R1", "paraphrase"),
        T("ông ấy muốn bảo vệ đất nước theo tinh thần gì?", "pronoun",
          "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bảo vệ đất nước theo tinh thần gì tại hội nghị tổng kết năm 2022?",
          "từ sớm && từ khi nước chưa nguy", "R1", "paraphrase"),
        T("lấy ai làm trung tâm phục vụ?", "ellipsis",
          "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao lấy ai làm trung tâm phục vụ?",
          "người dân, doanh nghiệp, địa phương", "R1", "telegraphic", acc=True),
        T("sao ông ấy lại chủ trì hội nghị đó?", "pronoun",
          "Vì sao Thủ tướng Phạm Minh Chính chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          FP, "R1", "premise"),
        T("tóm tắt lại ý chính của Thủ tướng", "request",
          "Tóm tắt lại ý chính trong phát biểu chỉ đạo của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022.",
          "chủ động đi trước mở đường | 6 nhiệm vụ | cây tre Việt Nam", "R1", acc=True),
    ],
    # c21 R2
    [
        T("Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "new",
          "Tại buổi làm việc ngày 31-1, Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
          "nhiệm vụ đối ngoại năm 2022", "R2"),
        T("BNG quyết tâm gì?", "ellipsis",
          "Trong báo cáo với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm điều gì?",
          "quyết tâm đổi mới tư duy", "R2", "telegraphic", acc=True),
        T("nói rõ hơn", "request",
          "Nói rõ hơn về quyết tâm đổi mới tư duy và hành động của Bộ Ngoại giao trong báo cáo với Phó Thủ tướng Trần Lưu Quang.",
          "phong cách, lề lối làm việc | kỷ cương hành chính | chuyển đổi số | tinh thần phục vụ", "R2", acc=True),
        T("ông ấy báo cáo năm đó ký được bao nhiêu thỏa thuận quốc tế?", "pronoun",
          "Trong báo cáo kết quả năm 2022 với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn cho biết năm 2022 ký được bao nhiêu thỏa thuận quốc tế?",
          NR, "R2"),
    ],
    # c22 R4 -> R1
    [
        T("What goals did the MFA set for 2025 at the 2024 review?", "new",
          "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
          "dự báo đúng tình hình && thế chủ động chiến lược", "R4", "english"),
        T("ai chủ trì hội nghị đó?", "pronoun",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          NR, "R4", acc=True),
        T("điểm cầu Quảng Trị có ai?", "ellipsis",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", "R4", "telegraphic", acc=True),
    ],
    # c23 R3
    [
        T("Theo PTT Phạm Bình Minh, nửa đầu 2019 đối ngoại được triển khai theo tinh thần những hội nghị nào?", "new",
          "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?",
          "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018", "R3"),
        T("tình hình quốc tế khi đó thế nào?", "pronoun",
          "Theo Phó Thủ tướng Phạm Bình Minh, tình hình quốc tế nửa đầu năm 2019 diễn biến như thế nào?",
          "nhanh hơn, phức tạp hơn", "R3"),
        T("với các cường quốc thì ứng xử sao?", "ellipsis",
          "Nửa đầu năm 2019, Việt Nam giữ quan hệ với các nước lớn như thế nào theo Phó Thủ tướng Phạm Bình Minh?",
          "cân bằng linh hoạt", "R3", "paraphrase", acc=True),
        T("còn Hội nghị Ngoại giao 29?", "substitution",
          "Báo cáo nói gì về tinh thần của Hội nghị Ngoại giao 29?",
          NC, None, "telegraphic,near-miss", acc=True, miss="Hội nghị Ngoại giao 29"),
        T("Hội nghị sơ kết 2019 hướng tới Đại hội nào của Đảng?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối của Đại hội nào và hướng tới Đại hội nào của Đảng?",
          "Đại hội XII && hướng tới Đại hội XIII", "R3", acc=True),
    ],
    # c24 R0 -> R2
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
          "được triển khai hiệu quả && có nhiều đổi mới", "R0"),
        T("còn xây dựng ngành?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành như thế nào?",
          "bài bản hiệu quả | bản lĩnh chính trị", "R0", "telegraphic", acc=True),
        T("hãng tin nào đưa?", "request",
          "Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do hãng tin nào đưa?",
          "TTXVN", "R0", "telegraphic"),
        T("Buổi PTT Trần Lưu Quang làm việc với BNG có lãnh đạo cơ quan nào ngoài BNG?", "new",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có lãnh đạo cơ quan nào ngoài Bộ Ngoại giao tham dự?",
          "Văn phòng Chính phủ", "R2"),
        T("sao Thủ tướng lại chủ trì buổi đó?", "pronoun",
          "Vì sao Thủ tướng Phạm Minh Chính chủ trì buổi làm việc của Chính phủ với Bộ Ngoại giao ngày 31-1?",
          FP, "R2", "premise", acc=True),
    ],
    # c25 R1 -> R3
    [
        T("How many provinces were linked to the 2022 year-end diplomatic review?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
          "63 tỉnh, thành phố", "R1", "english"),
        T("họp trực tiếp hay online?", "ellipsis",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được tổ chức trực tiếp hay trực tuyến?",
          "hội nghị trực tuyến", "R1", "telegraphic", acc=True),
        T("thế còn sk 2019 thì bao nhiêu tỉnh kết nối?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được kết nối với bao nhiêu tỉnh, thành phố?",
          NR, "R3", acc=True),
        T("ai phát biểu chỉ đạo?", "ellipsis",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3", "telegraphic"),
        T("ông ấy nhân mạnh cần nhạy cảm trong việc gì?", "pronoun",
          "Phó Thủ tướng Phạm Bình Minh nhấn mạnh Bộ Ngoại giao cần nhạy cảm trong việc gì?",
          "nhạy cảm trong tham mưu | xử lý tình huống", "R3", "typo"),
    ],
    # c26 R4 -> R0
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2024 tổ chức ngày nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?",
          "6/1", "R4"),
        T("trực tiếp hay online?", "ellipsis",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tiếp hay trực tuyến?",
          "hội nghị trực tuyến", "R4", "telegraphic", acc=True),
        T("còn điểm cầu Quảng Bình?", "substitution",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Bình?",
          NC, None, "telegraphic,near-miss", acc=True, miss="Quảng Bình"),
        T("Hội nghị sơ kết giữa năm 2023 đặt ra phương châm gì?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0", "paraphrase"),
        T("Thủ tướng phát biểu gì tại hội nghị đó?", "pronoun",
          "Thủ tướng phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          FP, "R0", "premise", acc=True),
    ],
    # c27 R2
    [
        T("PTT Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?", "new",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới như thế nào?",
          "biến động sâu sắc, phức tạp && cũng có nhiều cơ hội", "R2"),
        T("vậy ông ấy muốn BNG làm gì?", "pronoun",
          "Trước tình hình đó, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì?",
          "tham mưu kịp thời", "R2"),
        T("Can you quote that exactly?", "request",
          "Trích nguyên văn yêu cầu của Phó Thủ tướng Trần Lưu Quang về công tác tham mưu của Bộ Ngoại giao.",
          "tích cực hơn nữa tham mưu", "R2", "english"),
        T("còn về biên giới?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?",
          "biên giới hoà bình, ổn định", "R2", "telegraphic", acc=True),
    ],
    # c28 R3
    [
        T("How many votes did Vietnam win for its UN Security Council seat?", "new",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193", "R3", "english"),
        T("nhiệm kỳ nào?", "ellipsis",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
          "nhiệm kỳ 2020-2021", "R3", "telegraphic"),
        T("nước nào không bầu cho mình?", "ellipsis",
          "Nước nào không bỏ phiếu cho Việt Nam khi ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
          NR, "R3", acc=True),
        T("còn nhiệm kỳ 2008-2009 được bao nhiu phiếu?", "substitution",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009 với bao nhiêu phiếu?",
          NC, None, "typo,near-miss", acc=True, miss="2008-2009"),
    ],
    # c29 R1 -> R4
    [
        T("Bài về hội nghị tổng kết ngành ngoại giao 2022 ở Cao Bằng do ai viết?", "new",
          "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng do ai viết?",
          "Vi Trường", "R1"),
        T("các sở nào tham dự?", "ellipsis",
          "Những sở nào của tỉnh Cao Bằng tham dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Kế hoạch và Đầu tư | Công thương | Giáo dục và Đào tạo", "R1", "telegraphic", acc=True),
        T("còn Chủ tịch UBND tỉnh Nguyễn Bích Ngọc phát biểu gì?", "substitution",
          "Chủ tịch UBND tỉnh Cao Bằng Nguyễn Bích Ngọc phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          FP, "R1", "premise", acc=True),
        T("Bài ở Quảng Trị về hội nghị tổng kết năm 2024 của ai?", "new",
          "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị do ai viết?",
          "Hoài Nhung", "R4"),
        T("nguồn?", "request",
          "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 của tác giả Hoài Nhung lấy từ nguồn nào?",
          "Quảng Trị", "R4", "telegraphic", acc=True),
    ],
    # c30 R0 -> R3
    [
        T("Hội nghị sơ kết 6 tháng 2023 đánh giá quan hệ với các đối tác ra sao?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác như thế nào?",
          "có nhiều bước phát triển mới", "R0"),
        T("còn năm 2019?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các đối tác như thế nào?",
          "hiệu quả, thiết thực | được mở rộng và nâng cấp", "R3", "telegraphic", acc=True),
        T("năm đó ta lập đối tác toàn diện với nước nào?", "pronoun",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", "R3"),
        T("vậy tổng số lên 32 nước đúng không?", "ellipsis",
          "Sau khi thiết lập quan hệ Đối tác toàn diện với Brunei và Hà Lan năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên 32 quốc gia phải không?",
          FP, "R3", "premise", acc=True),
    ],
    # c31 R4
    [
        T("Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của ngành ngoại giao là gì?", "new",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
          "vai trò tiên phong, trọng yếu", "R4"),
        T("nói rõ hơn", "request",
          "Nói rõ hơn nhiệm vụ bao trùm mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2024.",
          "môi trường hòa bình, ổn định && các nguồn lực bên ngoài", "R4", acc=True),
        T("cuối cùng là để làm gì?", "ellipsis",
          "Nhiệm vụ bao trùm mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2024 nhằm mục đích cuối cùng là gì?",
          "tăng tốc, bứt phá | kỷ nguyên vươn mình", "R4", "telegraphic", acc=True),
        T("vì sao ông ấy lại dự trực tiếp ở Quảng Trị?", "pronoun",
          "Vì sao Thủ tướng Phạm Minh Chính dự hội nghị tổng kết năm 2024 trực tiếp tại Quảng Trị?",
          FP, "R4", "premise"),
        T("And the 2016 review conference?", "substitution",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2016 có những nội dung gì?",
          NC, None, "english,near-miss", miss="2016"),
    ],
    # c32 R2
    [
        T("What did Minister Son tell the Deputy PM was the ministry's central task?", "new",
          "Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang rằng Bộ Ngoại giao xác định nhiệm vụ trung tâm là gì?",
          "phục vụ phát triển đất nước", "R2", "english"),
        T("còn cách làm việc thì đổi mới sao?", "ellipsis",
          "Bộ Ngoại giao báo cáo sẽ đổi mới phong cách, lề lối làm việc theo hướng nào?",
          "chuyên nghiệp, hiện đại", "R2", "paraphrase", acc=True),
        T("còn kỷ cương?", "substitution",
          "Về kỷ cương, Bộ Ngoại giao báo cáo với Phó Thủ tướng Trần Lưu Quang sẽ làm gì?",
          "giữ nghiêm kỷ cương hành chính", "R2", "telegraphic"),
        T("BT có nói sẽ sắp xếp bao nhiêu đơn vị ko?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn có nói Bộ Ngoại giao sẽ sắp xếp bao nhiêu đơn vị trong báo cáo với Phó Thủ tướng Trần Lưu Quang không?",
          NR, "R2", acc=True),
    ],
    # c33 R3
    [
        T("Hội nghị sơ kết 2019 đánh giá công tác ngoại vụ địa phương thế nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương như thế nào?",
          "lấy doanh nghiệp và người dân", "R3"),
        T("PTT Lê Minh Khái phát biểu gì ở hội nghị đó?", "pronoun",
          "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          FP, "R3", "premise", acc=True),
        T("bao nhiêu người dự?", "ellipsis",
          "Có bao nhiêu người tham dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          NR, "R3", "telegraphic", acc=True),
    ],
    # c34 R1
    [
        T("Thủ tướng ví bản sắc ngoại giao VN như loại cây nào?", "new",
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính ví bản sắc ngoại giao Việt Nam như loại cây nào?",
          "cây tre Việt Nam", "R1", "paraphrase"),
        T("trích nguyên văn phương châm ứng xử đi kèm", "request",
          "Trích nguyên văn phương châm ứng xử đi kèm bản sắc “cây tre Việt Nam” mà Thủ tướng Phạm Minh Chính nêu.",
          "dĩ bất biến, ứng vạn biến", "R1", acc=True),
        T("What shift in mindset did he describe?", "pronoun",
          "Thủ tướng Phạm Minh Chính mô tả sự chuyển biến về chủ trương, nhận thức trong đối ngoại như thế nào?",
          "muốn là bạn && sẵn sàng là bạn", "R1", "english,paraphrase"),
        T("sao ông ấy lại muốn thu hẹp thị trường xuất khẩu?", "pronoun",
          "Vì sao Thủ tướng Phạm Minh Chính muốn thu hẹp thị trường xuất khẩu?",
          FP, "R1", "premise"),
    ],
    # c35 R0 -> R1
    [
        T("Who attended the MFA's mid-2023 review meeting?", "new",
          "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị", "R0", "english"),
        T("ngày nào?", "ellipsis",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
          "5/7", "R0", "telegraphic"),
        T("có bao nhiêu người?", "ellipsis",
          "Có bao nhiêu người tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          NR, "R0", "telegraphic", acc=True),
        T("còn tk 2022?", "substitution",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu", "R1", "telegraphic", acc=True),
        T("hội nghị đó bị hõan vì sao vậy?", "pronoun",
          "Vì sao Hội nghị tổng kết công tác ngành ngoại giao năm 2022 bị hoãn?",
          FP, "R1", "premise,typo"),
    ],
    # c36 R3
    [
        T("Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", "new",
          "Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          NC, None, "near-miss", miss="Nguyễn Minh Vũ"),
        T("vậy ai phát biểu chỉ đạo?", "ellipsis",
          "Vậy ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3", acc=True),
        T("ông ấy muốn các đơn vị làm việc với nhau thế nào?", "pronoun",
          "Phó Thủ tướng Phạm Bình Minh nói gì về sự phối hợp tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "tăng cường sự phối hợp", "R3", "paraphrase"),
        T("còn điểm thứ ba?", "substitution",
          "Điểm thứ ba mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy bén hơn nữa && ưu tiên phát triển", "R3", "telegraphic", acc=True),
    ],
    # c37 R2
    [
        T("Ngày 31-1, PTT Trần Lưu Quang làm việc với BNG vào buổi nào?", "new",
          "Ngày 31-1, Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào buổi nào trong ngày?",
          "Chiều ngày 31-1", "R2", acc=True),
        T("ông ấy nhắc lại đường lối đại hội nào?", "pronoun",
          "Tại buổi làm việc, Phó Thủ tướng Trần Lưu Quang nhắc tới đường lối đối ngoại của Đại hội nào của Đảng?",
          "Đại hội XIII", "R2"),
        T("cần làm tốt chương trình gì?", "ellipsis",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
          "chương trình đối ngoại cấp cao", "R2", "telegraphic"),
        T("thế còn buổi làm việc của PTT Vũ Đức Đam?", "substitution",
          "Buổi làm việc của Phó Thủ tướng Vũ Đức Đam với Bộ Ngoại giao có nội dung gì?",
          NC, None, "near-miss", acc=True, miss="Vũ Đức Đam"),
    ],
    # c38 R4 -> R1
    [
        T("Hội nghị tổng kết 2024 yêu cầu xây dưng đội ngũ cán bộ ngoại giao thế nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên", "R4", "typo"),
        T("nói rõ hơn", "request",
          "Nói rõ hơn yêu cầu về đội ngũ cán bộ ngoại giao “vừa hồng, vừa chuyên” tại hội nghị tổng kết năm 2024.",
          "sâu sắc về chiến lược | nhạy bén về thời thế | khôn khéo về ứng xử", "R4", acc=True),
        T("còn 2022?", "substitution",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 đặt yêu cầu gì đối với việc xây dựng ngành Ngoại giao?",
          "đổi mới mạnh mẽ tư duy | Ngoại giao thực sự trong sạch", "R1", "telegraphic", acc=True),
        T("hội nghị đó ai chủ trì?", "pronoun",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Bùi Thanh Sơn", "R1", acc=True),
        T("Did he announce any awards at that meeting?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn có công bố khen thưởng tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?",
          NR, "R1", "english"),
    ],
    # c39 R0 -> R3
    [
        T("Ai phát biểu kết luận hội nghị sơ kết 6 tháng đầu năm 2023?", "new",
          "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R0"),
        T("sao ông ấy không nhắc gì tới ngoại giao kinh tế?", "pronoun",
          "Vì sao khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn không nhắc tới ngoại giao kinh tế?",
          FP, "R0", "premise"),
        T("về chủ quyền?", "ellipsis",
          "Về chủ quyền, Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành làm gì trong 6 tháng cuối năm 2023?",
          "kiên quyết, kiên trì đấu tranh", "R0", "telegraphic", acc=True),
        T("còn đa phương?", "substitution",
          "Về đối ngoại đa phương, Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành làm gì trong 6 tháng cuối năm 2023?",
          "nâng tầm đối ngoại đa phương", "R0", "telegraphic"),
        T("Hội nghị sơ kết 2019 đánh giá đối ngoại đa phương thế nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá kết quả đối ngoại đa phương như thế nào?",
          "bước đầu thể hiện tinh thần | Chỉ thị 25", "R3", acc=True),
    ],
    # c40 R1 -> R3
    [
        T("Which Politburo member attended the MFA's year-end review on 10 January?", "new",
          "Ủy viên Bộ Chính trị nào dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 ngày 10/1?",
          "Phạm Minh Chính", "R1", "english"),
        T("ai chủ trì?", "ellipsis",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
          "Bùi Thanh Sơn", "R1", "telegraphic"),
        T("còn sk 2019 ai chỉ đạo?", "substitution",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3", "telegraphic", acc=True),
        T("And the 2017 mid-year review?", "substitution",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao?",
          NC, None, "english,near-miss", miss="2017"),
    ],
    # c41 R4 -> R2
    [
        T("Gặp sự vụ ngoại giao rắc rối thì hội nghị tổng kết 2024 yêu cầu xử lý thế nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu xử lý các tình huống đối ngoại phức tạp như thế nào?",
          "tổng thể, dài hơi", "R4", "paraphrase"),
        T("quan hệ đối tác thì sao?", "substitution",
          "Hội nghị tổng kết năm 2024 yêu cầu ngành ngoại giao làm gì trong quan hệ với các đối tác quan trọng?",
          "nâng cấp, nâng tầm quan hệ", "R4", "telegraphic", acc=True),
        T("cả hoạt động cấp cao?", "ellipsis",
          "Hội nghị tổng kết năm 2024 yêu cầu ngành ngoại giao làm gì với các hoạt động đối ngoại cấp cao?",
          "hoạt động đối ngoại cấp cao", "R4", "telegraphic", acc=True),
        T("năm đó có bao nhiêu chuyến thăm cấp cao?", "pronoun",
          "Năm 2024 có bao nhiêu chuyến thăm cấp cao của lãnh đạo Đảng, Nhà nước?",
          NR, "R4", acc=True),
        T("còn PTT Trần Lưu Quang yêu cầu gì về hội nhập quốc tế?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về hội nhập quốc tế?",
          "hội nhập quốc tế sâu rộng", "R2", acc=True),
    ],
    # c42 R3 -> R4
    [
        T("Cụm “vừa hồng, vừa chuyên” ở hội nghị sơ kết 2019 gắn với mục tiêu gì?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, việc xây dựng đội ngũ cán bộ “vừa hồng, vừa chuyên” gắn với mục tiêu gì?",
          "hiện đại hóa Bộ Ngoại giao", "R3"),
        T("What other qualities were listed alongside it?", "pronoun",
          "Ngoài “vừa hồng, vừa chuyên”, Hội nghị sơ kết 6 tháng đầu năm 2019 còn nêu những phẩm chất nào của đội ngũ cán bộ?",
          "tinh nhuệ, tích cực, năng động", "R3", "english"),
        T("còn năm 2024 thì sao?", "substitution",
          "Hội nghị tổng kết năm 2024 nêu những phẩm chất nào của đội ngũ cán bộ ngoại giao?",
          "tin cậy về phẩm chất | vững vàng về bản lĩnh", "R4", acc=True),
        T("ai nói câu đó?", "pronoun",
          "Ai nêu yêu cầu về phẩm chất đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024?",
          "Phạm Minh Chính", "R4", "telegraphic", acc=True),
    ],
    # c43 R0 -> R2
    [
        T("Cho 6 tháng cuối năm 2023, Bộ trưởng Bùi Thanh Sơn muốn phát huy vai trò của lĩnh vực nào về văn hóa?", "new",
          "Cho 6 tháng cuối năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị phát huy vai trò của lĩnh vực nào liên quan đến văn hóa?",
          "ngoại giao văn hóa", "R0"),
        T("thông tin đối ngoại?", "substitution",
          "Cho 6 tháng cuối năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị làm gì trong thông tin đối ngoại?",
          "phương thức truyền thông mới", "R0", "telegraphic", acc=True),
        T("trích nguyên văn", "request",
          "Trích nguyên văn đề nghị của Bộ trưởng Bùi Thanh Sơn về thông tin đối ngoại trong 6 tháng cuối năm 2023.",
          "ứng dụng các phương thức", "R0", "telegraphic"),
        T("Bộ Ngoại giao báo cáo PTT Trần Lưu Quang sẽ rà soát, hoàn thiện những gì?", "new",
          "Trong báo cáo với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cho biết sẽ rà soát, hoàn thiện những gì?",
          "quy chế, quy trình công tác", "R2", acc=True),
        T("trong bao lâu?", "ellipsis",
          "Bộ Ngoại giao sẽ hoàn thành việc rà soát, hoàn thiện quy chế, quy trình công tác trong bao lâu?",
          NR, "R2", "telegraphic", acc=True),
    ],
    # c44 R1 -> R4
    [
        T("Năm 2022 kim ngạch xuất nhập khẩu VN vượt mốc bao nhiêu?", "new",
          "Theo hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu của Việt Nam năm 2022 vượt mốc bao nhiêu?",
          "kỷ lục 700 tỷ", "R1"),
        T("ai nêu con số đó?", "pronoun",
          "Ai nêu con số kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD tại hội nghị tổng kết năm 2022?",
          "Bùi Thanh Sơn", "R1", "telegraphic", acc=True),
        T("hội nghị có hơn 1.000 đại biểu đúng ko?", "ellipsis",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có hơn 1.000 đại biểu tham dự phải không?",
          FP, "R1", "premise", acc=True),
        T("What did the 2024 review say about the green and digital transition?", "new",
          "Hội nghị tổng kết năm 2024 nói gì về chuyển đổi số, chuyển đổi xanh trong ngoại giao kinh tế?",
          "chuyển biến mạnh mẽ && chuyển đổi xanh", "R4", "english"),
    ],
    # c45 R2 -> R3
    [
        T("PTT Trần Lưu Quang nhắc Hội nghị đối ngoại toàn quốc năm nào?", "new",
          "Phó Thủ tướng Trần Lưu Quang nhắc tới Hội nghị đối ngoại toàn quốc năm nào?",
          "toàn quốc năm 2021", "R2", acc=True),
        T("ai chỉ đạo ở hội nghị đó?", "pronoun",
          "Ai chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021 được Phó Thủ tướng Trần Lưu Quang nhắc tới?",
          "Tổng Bí thư Nguyễn Phú Trọng", "R2", "telegraphic"),
        T("còn chỉ đạo của TBT Tô Lâm?", "substitution",
          "Báo cáo nói gì về chỉ đạo của Tổng Bí thư Tô Lâm đối với Bộ Ngoại giao?",
          NC, None, "telegraphic,near-miss", acc=True, miss="Tô Lâm"),
        T("Hội nghị sơ kết 2019 góp phần thực hiện đường lối đại hội nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối, nhiệm vụ đối ngoại của Đại hội nào của Đảng?",
          "Đại hội XII", "R3"),
    ],
    # c46 R4 -> R1
    [
        T("Which province's newspaper carried the report on the 2024 review conference?", "new",
          "Báo của tỉnh nào đưa tin về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Quảng Trị", "R4", "english"),
        T("ai viết?", "ellipsis",
          "Ai viết bài về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đăng trên báo Quảng Trị?",
          "Hoài Nhung", "R4", "telegraphic"),
        T("thủ tướng có dự ko?", "ellipsis",
          "Thủ tướng có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
          "dự và chỉ đạo", "R4", "telegraphic", acc=True),
    ],
    # c47 R3
    [
        T("Báo nào đưa tin hội nghị sơ kết 6 tháng đầu năm 2019 của BNG?", "new",
          "Báo nào đưa tin về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "CLO", "R3", acc=True),
        T("bài đó ai viết?", "pronoun",
          "Ai viết bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "PV", "R3", "telegraphic", acc=True),
        T("hôm đó là thứ mấy?", "pronoun",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra vào thứ mấy?",
          "Thứ hai", "R3", "telegraphic"),
        T("hội nghị đó do TTg Nguyễn Xuân Phúc chủ trì à?", "pronoun",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có phải do Thủ tướng Nguyễn Xuân Phúc chủ trì không?",
          NC, None, "near-miss", acc=True, miss="Nguyễn Xuân Phúc"),
    ],
    # c48 R0 -> R2
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 nói ngoại giao kinh tế hỗ trợ những ai?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá các hoạt động ngoại giao kinh tế hỗ trợ những đối tượng nào?",
          "hỗ trợ địa phương, doanh nghiệp", "R0"),
        T("để làm gì?", "ellipsis",
          "Các hoạt động ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp trong 6 tháng đầu năm 2023 nhằm mục đích gì?",
          "kết nối đối tác && mở rộng thị trường", "R0", "telegraphic"),
        T("còn ngoại giao đa phương?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương như thế nào?",
          "với ngoại giao song phương", "R0", "telegraphic", acc=True),
        T("Khi làm việc với BNG, PTT Trần Lưu Quang muốn tận dụng các hiệp định đã ký để làm gì?", "new",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ các hiệp định, thỏa thuận quốc tế đã ký để làm gì?",
          "phát triển nhanh, bền vững", "R2", "paraphrase"),
        T("ông ấy có nêu tên hiệp định cụ thể nào không?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang có nêu tên hiệp định, thỏa thuận quốc tế cụ thể nào không?",
          NR, "R2"),
    ],
]


def conv_id(i):
    return "c%02d" % (i + 1)


def build_rows():
    rows = []
    for ci, conv in enumerate(CONVERSATIONS):
        for t in conv:
            q = strip_diacritics(t["q"]) if t["acc"] else t["q"]
            tags = set(t["tags"])
            if "english" not in tags and strip_diacritics(q) == q:
                tags.add("accentless")
            if has_abbrev(q):
                tags.add("abbrev")
            tag_s = ",".join(x for x in TAG_ORDER if x in tags) or "-"
            rows.append([conv_id(ci), q, t["kind"], tag_s, t["read_as"], t["facts"]])
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            for c in r:
                assert "\t" not in c and "\n" not in c, r
            f.write("\t".join(r) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(rows), len(CONVERSATIONS), OUT))


if __name__ == "__main__":
    main()
