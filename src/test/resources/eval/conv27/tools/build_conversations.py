#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 27.

Every turn below is written by hand.  The script only
  * strips diacritics from turns tagged `accentless` (NFD, drop combining marks, đ->d, Đ->D),
  * adds the `accentless` tag to any non-English question that has no diacritics,
  * adds the `abbrev` tag when the question contains an abbreviation token,
  * writes conversations.tsv.

Reports: R0 = given/000_47e75d3c86d27e21.txt  (sơ kết 6 tháng đầu năm 2023, 5/7)
         R1 = given/001_8430b1541a21d71d.txt  (tổng kết ngành Ngoại giao năm 2022, 10/1, Thủ tướng dự)
         R2 = given/002_0e1cf19fdeddcf6d.txt  (PTT Trần Lưu Quang làm việc với Bộ Ngoại giao, 31-1)
         R3 = given/003_60cdc4bfe3deff94.txt  (sơ kết 6 tháng đầu năm 2019, 22/7, PTT Phạm Bình Minh)
         R4 = given/004_771f5d769968830d.txt  (tổng kết ngành ngoại giao năm 2024, 6/1, Thủ tướng dự)
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
    "# Blind conversation set 27 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]

# abbreviation tokens: upper-case ones match exactly, lower-case ones case-insensitively
ABBR_UPPER = {"HN", "BNG", "TTg", "TTG", "PTT", "BT", "TT", "NG", "HĐBA", "HDBA", "LHQ", "VN", "UBND",
              "XNK", "TBT", "PM", "MFA", "DPM", "UNSC", "FM", "GDP", "EU", "H1"}
ABBR_LOWER = {"tk", "sk", "ko", "k", "dc", "đc", "bn", "ntn", "j"}

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_abbrev(q):
    for tok in re.findall(r"\w+", q):
        if tok in ABBR_UPPER or tok.lower() in ABBR_LOWER:
            return True
    return False


def T(question, kind, tags, read_as, facts, report, miss=None):
    return {"question": question, "kind": kind,
            "tags": [] if tags in ("", "-") else [t.strip() for t in tags.split(",")],
            "read_as": read_as, "facts": facts, "report": report, "miss": miss}


CONVERSATIONS = [
    # c01 — R1: tổng kết 2022, ngày, chủ trì, số đại biểu
    [
        T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "new", "-",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1", "R1"),
        T("ai chủ trì?", "ellipsis", "accentless,telegraphic",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "R1"),
        T("Ông ấy giữ chức vụ gì khi đó?", "pronoun", "-",
          "Ông Bùi Thanh Sơn giữ chức vụ gì khi chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bộ trưởng Bộ Ngoại giao | Ủy viên Trung ương Đảng", "R1"),
        T("bao nhiêu đại biểu dự?", "ellipsis", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu", "R1"),
        T("trong số đó bao nhiêu người ngồi ở điểm cầu Cao Bằng?", "pronoun", "-",
          "Trong số đại biểu dự Hội nghị tổng kết ngành Ngoại giao năm 2022, có bao nhiêu người dự tại điểm cầu Cao Bằng?",
          NR, "R1"),
    ],
    # c02 — R1 -> R4: nhiệm vụ của Thủ tướng
    [
        T("TTg Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm ở HN tổng kết 2022?",
          "new", "accentless",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
          "thực hiện 6 nhiệm vụ", "R1"),
        T("trích nguyên văn đoạn đó", "request", "-",
          "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính chỉ đạo ngành Ngoại giao tại Hội nghị tổng kết năm 2022, phần nói về các nhiệm vụ trọng tâm.",
          "đối sách linh hoạt, uyển chuyển", "R1"),
        T("thế còn năm 2024?", "substitution", "telegraphic",
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ gì cho công tác đối ngoại và ngoại giao?",
          "Nhiệm vụ bao trùm && kỷ nguyên vươn mình", "R4"),
        T("hình thức tổ chức?", "ellipsis", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?",
          "hội nghị trực tuyến", "R4"),
        T("sao Thủ tướng lại vắng mặt ở hội nghị đó?", "pronoun", "premise",
          "Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          FP, "R4"),
    ],
    # c03 — R3: sơ kết 2019, Phạm Bình Minh
    [
        T("When was the Foreign Ministry's 2019 mid-year review conference held?", "new", "english",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
          "22/7 | 22/07/2019", "R3"),
        T("ai phát biểu chỉ đạo?", "ellipsis", "accentless,telegraphic",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("ông ấy lưu ý điểm gì đầu tiên?", "pronoun", "-",
          "Điểm đầu tiên Phó Thủ tướng Phạm Bình Minh lưu ý trong công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy cảm trong tham mưu && nghiên cứu, đánh giá sâu hơn", "R3"),
        T("điểm thứ ba?", "substitution", "accentless,telegraphic",
          "Điểm lưu tâm thứ ba mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy bén hơn nữa", "R3"),
        T("lúc đó ông ấy là Thủ tướng à?", "pronoun", "premise",
          "Ông Phạm Bình Minh dự Hội nghị sơ kết 6 tháng đầu năm 2019 với tư cách Thủ tướng phải không?",
          FP, "R3"),
    ],
    # c04 — R2: buổi làm việc của PTT Trần Lưu Quang
    [
        T("PTT Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "new", "accentless",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", "R2"),
        T("ở đâu?", "ellipsis", "telegraphic",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2"),
        T("ai báo cáo với PTT?", "ellipsis", "accentless",
          "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R2"),
        T("báo cáo nội dung gì?", "ellipsis", "telegraphic",
          "Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang những nội dung gì?",
          "kết quả thực hiện && quyết tâm đổi mới tư duy", "R2"),
        T("nguồn?", "request", "accentless,telegraphic",
          "Nguồn của thông tin về buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao là gì?",
          "VGP | B.T.V", "R2"),
    ],
    # c05 — R0: sơ kết 2023, kết luận của Bộ trưởng
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "R0"),
        T("ai kết luận hội nghị?", "ellipsis", "accentless",
          "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R0"),
        T("biểu dương những ai?", "ellipsis", "accentless,telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
          "cán bộ, công chức, viên chức | những nỗ lực không mệt mỏi", "R0"),
        T("sao ông ấy lại phê bình cán bộ trong hội nghị đó?", "pronoun", "premise",
          "Vì sao Bộ trưởng Bùi Thanh Sơn phê bình cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          FP, "R0"),
        T("tóm tắt lại phần kết luận", "request", "-",
          "Tóm tắt lại phần kết luận của Bộ trưởng Bùi Thanh Sơn tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
          "Đại hội XIII && nghiên cứu, dự báo", "R0"),
    ],
    # c06 — R0 -> R3 -> near-miss year
    [
        T("Công tác đối ngoại 6 tháng đầu năm 2023 được triển khai với phương châm gì?", "new", "-",
          "Công tác đối ngoại 6 tháng đầu năm 2023 được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0"),
        T("còn 6 tháng đầu năm 2019?", "substitution", "accentless,telegraphic",
          "Công tác đối ngoại 6 tháng đầu năm 2019 được triển khai theo cách nào?",
          "linh hoạt, chủ động", "R3"),
        T("hội nghị sơ kết năm đó ai phát biểu chỉ đạo?", "pronoun", "-",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("còn năm 2017?", "substitution", "accentless,near-miss,telegraphic",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao?",
          NIC, None, miss="2017"),
    ],
    # c07 — R3: HĐBA LHQ, thượng đỉnh
    [
        T("VN trúng cử HĐBA LHQ nhiệm kỳ nào?", "new", "accentless",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
          "2020-2021", "R3"),
        T("bao nhiêu phiếu?", "ellipsis", "telegraphic",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021 với bao nhiêu phiếu?",
          "192/193", "R3"),
        T("so it won with 190 votes, right?", "pronoun", "english,premise",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với 190 phiếu phải không?",
          FP, "R3"),
        T("Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?", "new", "-",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
          "thượng đỉnh Mỹ - Triều", "R3"),
        T("lần thứ mấy?", "ellipsis", "accentless,telegraphic",
          "Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức năm 2019 là lần thứ mấy?", "lần 2", "R3"),
    ],
    # c08 — R4: tổng kết 2024, người dự
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2024 tổ chức ngày nào?", "new", "-",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?", "6/1", "R4"),
        T("ai dự và chỉ đạo?", "ellipsis", "accentless,telegraphic",
          "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "R4"),
        T("có bao nhiêu đại biểu?", "ellipsis", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, "R4"),
        T("ở điểm cầu Quảng Trị thì ai dự?", "ellipsis", "-",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", "R4"),
        T("ông ấy chủ trì hội nghị đó à?", "pronoun", "accentless,premise",
          "Ông Hoàng Nam chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024 phải không?", FP, "R4"),
    ],
    # c09 — R4 -> R1: kinh tế
    [
        T("Năm 2024 ngoại giao kinh tế tạo chuyển biến ở những mảng công nghệ cao nào?", "new", "paraphrase",
          "Năm 2024, ngoại giao kinh tế đã tạo chuyển biến mạnh mẽ trong những lĩnh vực công nghệ nào?",
          "chíp bán dẫn", "R4"),
        T("nhờ vậy VN nằm trong nhóm nào?", "pronoun", "accentless",
          "Nhờ chuyển biến của ngoại giao kinh tế năm 2024, Việt Nam được duy trì trong nhóm nước nào?",
          "nhóm nước tăng trưởng cao", "R4"),
        T("còn kim ngạch XNK năm 2022?", "substitution", "telegraphic",
          "Theo Hội nghị tổng kết ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt mức nào?",
          "700 tỷ && vượt mốc kỷ lục", "R1"),
        T("sao năm đó kim ngạch lại giảm?", "pronoun", "accentless,premise",
          "Vì sao kim ngạch xuất nhập khẩu năm 2022 lại giảm?", FP, "R1"),
    ],
    # c10 — R2: nhiệm vụ trung tâm, trọng yếu
    [
        T("What did Deputy PM Tran Luu Quang call the central task of the foreign ministry?", "new", "english",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?",
          "phục vụ phát triển đất nước", "R2"),
        T("còn nhiệm vụ trọng yếu, thường xuyên?", "substitution", "accentless",
          "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?",
          "giữ vững hòa bình, ổn định", "R2"),
        T("trích nguyên văn câu đó", "request", "-",
          "Trích nguyên văn câu Phó Thủ tướng Trần Lưu Quang nói về các nhiệm vụ trọng yếu, trung tâm và quan trọng của ngành ngoại giao.",
          "nhiệm vụ trọng yếu, thường xuyên && vị thế và uy tín", "R2"),
        T("ai phản đối ý kiến đó của PTT?", "pronoun", "accentless,premise",
          "Ai đã phản đối ý kiến của Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?", FP, "R2"),
        T("Ngoài Bộ Ngoại giao, cơ quan nào có lãnh đạo dự buổi làm việc với PTT Trần Lưu Quang?", "new", "-",
          "Ngoài Bộ Ngoại giao, cơ quan nào có lãnh đạo dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          "Văn phòng Chính phủ", "R2"),
    ],
    # c11 — R1: điểm cầu Cao Bằng
    [
        T("Ở điểm cầu Cao Bằng, ai dự hội nghị tổng kết ngành ngoại gioa 2022?", "new", "accentless,typo",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", "R1"),
        T("người đó giữ chức gì?", "pronoun", "-",
          "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", "R1"),
        T("những huyện nào cùng dự?", "ellipsis", "accentless",
          "Những huyện nào của Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Quảng Hòa | Thạch An | Hà Quảng | Trùng Khánh | Bảo Lạc | Bảo Lâm", "R1"),
        T("có huyện Nguyên Bình không?", "ellipsis", "near-miss",
          "Huyện Nguyên Bình có dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng không?",
          NIC, None, miss="Nguyên Bình"),
        T("người đó là Chủ tịch UBND tỉnh đúng ko?", "pronoun", "accentless,premise",
          "Đồng chí Nguyễn Bích Ngọc là Chủ tịch UBND tỉnh Cao Bằng phải không?", FP, "R1"),
    ],
    # c12 — R3: đối tác
    [
        T("6 tháng đầu 2019 VN thiết lập quan hệ Đối tác toàn diện với nước nào?", "new", "accentless",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", "R3"),
        T("nâng tổng số đối tác chiến lược, toàn diện lên bao nhiêu?", "ellipsis", "-",
          "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam tăng lên bao nhiêu?",
          "30 quốc gia", "R3"),
        T("gồm những nước nào?", "ellipsis", "accentless,telegraphic",
          "30 quốc gia là Đối tác chiến lược, Đối tác toàn diện của Việt Nam năm 2019 gồm những nước nào?",
          NR, "R3"),
        T("có Singapore ko?", "ellipsis", "accentless,near-miss,telegraphic",
          "Trong 6 tháng đầu năm 2019, Việt Nam có thiết lập quan hệ Đối tác toàn diện với Singapore không?",
          NIC, None, miss="Singapore"),
        T("Hiệp định thương mại nào chính thức được triển khai trong nửa đầu năm 2019?", "new", "-",
          "Hiệp định thương mại nào chính thức được triển khai trong 6 tháng đầu năm 2019?",
          "Hiệp định CPTPP", "R3"),
    ],
    # c13 — R0: ngoại giao kinh tế, đa phương, bảo hộ
    [
        T("6 tháng đầu năm 2023, công tác ngoại giao kinh tế được đánh giá thế nào?", "new", "-",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?",
          "có trọng tâm, trọng điểm", "R0"),
        T("nói rõ hơn", "request", "accentless,telegraphic",
          "Nói rõ hơn đánh giá của Hội nghị sơ kết về công tác ngoại giao kinh tế 6 tháng đầu năm 2023.",
          "ổn định kinh tế vĩ mô && mở rộng thị trường", "R0"),
        T("and citizen protection?", "substitution", "english,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?",
          "nhiều đổi mới trong cách thức", "R0"),
        T("còn năm 2016 thì sao?", "substitution", "accentless,near-miss",
          "Hội nghị sơ kết 6 tháng đầu năm 2016 đánh giá công tác bảo hộ công dân thế nào?",
          NIC, None, miss="2016"),
    ],
    # c14 — R1: cây tre Việt Nam
    [
        T("Ở hội nghị tổng kết 2022, Thủ tướng ví ngoại giao nước mình với loài cây nào?", "new", "paraphrase",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì của ngoại giao Việt Nam?",
          "cây tre Việt Nam", "R1"),
        T("bản sắc đó đứng vững nhờ đâu?", "pronoun", "accentless",
          "Theo Thủ tướng Phạm Minh Chính, bản sắc “cây tre Việt Nam” giữ vững thế ổn định nhờ điều gì?",
          "gốc vững && kiên định độc lập, tự chủ", "R1"),
        T("phương châm ứng xử?", "ellipsis", "telegraphic",
          "Thủ tướng Phạm Minh Chính nêu phương châm ứng xử gì cho ngành ngoại giao tại Hội nghị tổng kết năm 2022?",
          "dĩ bất biến, ứng vạn biến", "R1"),
        T("còn về hợp tác và đấu tranh?", "substitution", "accentless",
          "Thủ tướng Phạm Minh Chính nêu quan điểm gì về hợp tác và đấu tranh tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "cách nhìn nhận về đối tác", "R1"),
        T("ông ấy nói những điều đó với tư cách Chủ tịch nước à?", "pronoun", "premise",
          "Ông Phạm Minh Chính phát biểu tại Hội nghị tổng kết ngành Ngoại giao năm 2022 với tư cách Chủ tịch nước phải không?",
          FP, "R1"),
    ],
    # c15 — R2: định hướng của PTT
    [
        T("PTT Quang giao BNG tập trung làm tốt chương trình gì?", "new", "accentless,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
          "chương trình đối ngoại cấp cao", "R2"),
        T("nói rõ hơn các định hướng khác", "request", "-",
          "Nói rõ hơn các định hướng khác mà Phó Thủ tướng Trần Lưu Quang giao cho Bộ Ngoại giao.",
          "biên giới hoà bình && thỏa thuận quốc tế đã ký", "R2"),
        T("nhận định về thế giới thời gian tới?", "ellipsis", "accentless,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?",
          "biến động sâu sắc, phức tạp", "R2"),
        T("ông ấy có đưa ra con số tăng trưởng kinh tế nào ko?", "pronoun", "-",
          "Phó Thủ tướng Trần Lưu Quang có nêu con số tăng trưởng kinh tế cụ thể nào tại buổi làm việc với Bộ Ngoại giao không?",
          NR, "R2"),
        T("thế còn Bộ trưởng Sơn thì quyết tâm gì?", "substitution", "accentless",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nêu Bộ Ngoại giao quyết tâm điều gì?",
          "quyết tâm đổi mới tư duy", "R2"),
    ],
    # c16 — R3 -> R0: xây dựng ngành
    [
        T("What did Pham Binh Minh ask for regarding building the ministry's workforce in 2019?", "new", "english",
          "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "tuyển dụng, đào tạo cán bộ && kỷ cương, kỷ luật", "R3"),
        T("còn Bộ trưởng Bùi Thanh Sơn ở sơ kết năm 2023?", "substitution", "accentless",
          "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          "thi đua khen thưởng && chuyên nghiệp, hiện đại", "R0"),
        T("ông ấy có nói cần tuyển thêm bao nhiêu cán bộ ko?", "pronoun", "accentless",
          "Bộ trưởng Bùi Thanh Sơn có nêu số cán bộ cần tuyển thêm tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?",
          NR, "R0"),
        T("khen thưởng ai?", "ellipsis", "telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao trao tặng danh hiệu, khen thưởng cho ai?",
          "các tập thể và cá nhân && thành tích xuất sắc", "R0"),
    ],
    # c17 — R4: Nghị quyết 18, tinh gọn bộ máy
    [
        T("Thủ tướng yêu cầu tổng kết nghị quýet nào ở hội nghị tổng kết ngoại giao 2024?", "new", "typo",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?",
          "Nghị quyết 18", "R4"),
        T("tinh gọn gì?", "ellipsis", "accentless,telegraphic",
          "Thủ tướng yêu cầu tinh gọn cái gì của Bộ Ngoại giao khi tổng kết Nghị quyết 18?",
          "tinh gọn tổ chức bộ máy", "R4"),
        T("sau khi tiếp nhận chức năng của cơ quan nào?", "ellipsis", "-",
          "Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
        T("ai phản đối việc tiếp nhận đó?", "pronoun", "accentless,premise",
          "Ai đã phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội?",
          FP, "R4"),
        T("tóm tắt lại mục tiêu của việc này", "request", "-",
          "Tóm tắt lại mục tiêu của việc tinh gọn bộ máy và tiếp nhận chức năng đối ngoại của Bộ Ngoại giao.",
          "triển khai thông suốt, thống nhất && bước tiến đột phá", "R4"),
    ],
    # c18 — R1 -> R2 -> near-miss person
    [
        T("Khai mạc HN tổng kết 2022, BT Sơn nói hội nghị nhằm mục đích gì?", "new", "accentless",
          "Khai mạc Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
          "nhìn lại một năm thực hiện", "R1"),
        T("kết luận, chỉ đạo của ai?", "ellipsis", "-",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 nhìn lại một năm thực hiện kết luận, chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc?",
          "Tổng Bí thư Nguyễn Phú Trọng", "R1"),
        T("thế còn PTT Trần Lưu Quang khi làm việc với BNG?", "substitution", "accentless",
          "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ bám sát điều gì?",
          "đối ngoại Đại hội XIII", "R2"),
        T("buổi đó diễn ra ở đâu?", "pronoun", "-",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2"),
        T("còn PTT Lê Văn Thành có làm việc với BNG không?", "substitution", "accentless,near-miss",
          "Phó Thủ tướng Lê Văn Thành có buổi làm việc với Bộ Ngoại giao không?",
          NIC, None, miss="Lê Văn Thành"),
    ],
    # c19 — R4: mục tiêu 2025
    [
        T("Sang năm 2025 BNG tính làm những gì?", "new", "paraphrase",
          "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025?",
          "dự báo đúng tình hình && thế chủ động chiến lược", "R4"),
        T("anything else for that year?", "ellipsis", "english",
          "Ngoài nắm chắc, dự báo đúng tình hình, Bộ Ngoại giao còn xác định mục tiêu, nhiệm vụ gì cho năm 2025?",
          "phát hiện các vấn đề mới | nhận diện chính xác thời cơ", "R4"),
        T("còn năm 2024 đạt được gì?", "substitution", "accentless",
          "Năm 2024, công tác đối ngoại và ngoại giao đã đóng góp được gì?",
          "cục diện đối ngoại rộng mở", "R4"),
        T("còn năm 2015?", "substitution", "accentless,near-miss,telegraphic",
          "Năm 2015, công tác đối ngoại và ngoại giao đã đóng góp được gì?", NIC, None, miss="2015"),
    ],
    # c20 — R0: người dự, địa điểm
    [
        T("Who attended the MFA's 2023 mid-year review conference?", "new", "english",
          "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị", "R0"),
        T("tổng cộng bao nhiêu người?", "ellipsis", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 có tổng cộng bao nhiêu người tham dự?", NR, "R0"),
        T("tổ chức ở đâu?", "ellipsis", "telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, "R0"),
        T("đánh giá tình hình thế giới ra sao?", "ellipsis", "accentless",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?",
          "diễn biến nhanh, phức tạp", "R0"),
        T("nguồn?", "request", "telegraphic",
          "Nguồn của bài viết về Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?", "TTXVN", "R0"),
    ],
    # c21 — R3: Chỉ thị 25, EVFTA
    [
        T("Văn bản nào của Ban Bí thư về ngoại giao nhiều bên được nhắc trong bài sơ kết giữa năm 2019?", "new", "paraphrase",
          "Chỉ thị nào về đối ngoại đa phương được nhắc trong báo cáo sơ kết 6 tháng đầu năm 2019?",
          "Chỉ thị 25", "R3"),
        T("chỉ thị đó về việc gì?", "pronoun", "accentless",
          "Chỉ thị 25 của Ban Bí thư về vấn đề gì?", "đẩy mạnh và nâng tầm", "R3"),
        T("Hiệp định nào với EU đã được ký kết?", "new", "-",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, hiệp định nào với EU đã được ký kết?",
          "EVFTA && Hiệp định bảo hộ đầu tư", "R3"),
        T("sao hiệp định đó bị hủy?", "pronoun", "accentless,premise",
          "Vì sao Hiệp định EVFTA bị hủy bỏ?", FP, "R3"),
        T("nó được ký ở đâu?", "pronoun", "-",
          "Hiệp định EVFTA được ký kết ở đâu?", NR, "R3"),
    ],
    # c22 — R2 -> R1
    [
        T("PTT Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao?", "new", "-",
          "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở công tác đối ngoại và ngành ngoại giao?",
          "thành tựu to lớn", "R2"),
        T("nhắc tới đối tác nào?", "ellipsis", "accentless,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang nhắc tới những đối tác nào mà Việt Nam đã làm sâu sắc hơn quan hệ?",
          "đối tác chiến lược && bạn bè truyền thống", "R2"),
        T("Hội nghị tổng kết ngành ngoại giao 2022 kết nối với bao nhiêu điểm cầu?", "new", "accentless",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
          "63 tỉnh, thành phố", "R1"),
        T("theo hình thức gì?", "ellipsis", "telegraphic",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 được tổ chức theo hình thức gì?",
          "hội nghị trực tuyến", "R1"),
        T("điểm cầu Lạng Sơn có ai dự?", "ellipsis", "accentless,near-miss",
          "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
          NIC, None, miss="Lạng Sơn"),
    ],
    # c23 — R4: Hoàng Nam, Quảng Trị
    [
        T("Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị ở đâu?", "new", "accentless",
          "Phó Chủ tịch UBND tỉnh Hoàng Nam dự Hội nghị tổng kết ngành ngoại giao năm 2024 ở điểm cầu nào?",
          "điểm cầu Quảng Trị", "R4"),
        T("hội nghị đó tổng kết năm nào?", "pronoun", "-",
          "Hội nghị mà ông Hoàng Nam dự tại điểm cầu Quảng Trị tổng kết công tác ngành ngoại giao năm nào?",
          "ngành ngoại giao năm 2024", "R4"),
        T("ai chỉ đạo?", "ellipsis", "accentless,telegraphic",
          "Ai dự và chỉ đạo Hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính", "R4"),
        T("nguồn bài này?", "request", "telegraphic",
          "Nguồn của bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 là gì?",
          "Hoài Nhung | Nguồn Quảng Trị", "R4"),
        T("còn điểm cầu Quảng Bình?", "substitution", "accentless,near-miss,telegraphic",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Bình?",
          NIC, None, miss="Quảng Bình"),
    ],
    # c24 — R1: bảo vệ Tổ quốc từ sớm, từ xa
    [
        T("TTg đề nghị ngành NG bảo vệ Tổ quốc theo tinh thần nào?", "new", "accentless,telegraphic",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng đề nghị ngành ngoại giao bảo vệ Tổ quốc theo tinh thần nào?",
          "từ sớm && từ xa", "R1"),
        T("trích nguyên văn", "request", "telegraphic",
          "Trích nguyên văn câu Thủ tướng nói về bảo vệ Tổ quốc “từ sớm”, “từ xa” tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "từ khi nước chưa nguy && không để bị động bất ngờ", "R1"),
        T("còn lấy ai làm trung tâm phục vụ?", "ellipsis", "accentless",
          "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao lấy ai làm trung tâm phục vụ?",
          "người dân, doanh nghiệp, địa phương", "R1"),
        T("còn chủ trương về bạn bè?", "substitution", "-",
          "Thủ tướng Phạm Minh Chính nêu sự chuyển biến trong chủ trương làm bạn của ngoại giao Việt Nam thế nào?",
          "muốn là bạn && sẵn sàng là bạn", "R1"),
        T("So he asked for five key tasks, right?", "pronoun", "english,premise",
          "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện 5 nhiệm vụ trọng tâm phải không?",
          FP, "R1"),
    ],
    # c25 — R3: Hội nghị Ngoại giao 30
    [
        T("Nửa đầu 2019, công tác đối ngoại triển khai theo tinh thần của hội nghị nào?", "new", "-",
          "Trong 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào?",
          "Hội nghị Ngoại giao 30", "R3"),
        T("còn hội nghị nào nữa?", "ellipsis", "accentless,telegraphic",
          "Ngoài Hội nghị Ngoại giao 30, công tác đối ngoại 6 tháng đầu năm 2019 còn triển khai theo tinh thần hội nghị nào?",
          "tổng kết công tác năm 2018", "R3"),
        T("thế Hội nghị Ngoại giao lần thứ 32?", "substitution", "near-miss",
          "Công tác đối ngoại 6 tháng đầu năm 2019 có triển khai theo tinh thần Hội nghị Ngoại giao lần thứ 32 không?",
          NIC, None, miss="32"),
        T("Trong quan hệ với các nước lớn, Bộ Ngoại giao giữ được điều gì trong nửa đầu 2019?", "new", "accentless",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao giữ được điều gì trong quan hệ với các nước lớn?",
          "cân bằng linh hoạt", "R3"),
        T("nhận định đó là của ai?", "pronoun", "-",
          "Nhận định về việc giữ cân bằng linh hoạt trong quan hệ với các nước lớn năm 2019 là của ai?",
          "Phạm Bình Minh", "R3"),
    ],
    # c26 — R0 -> R3: xây dựng ngành
    [
        T("Về xây dựng ngành 6 tháng đầu 2023, các đại biểu nhất trí điều gì?", "new", "-",
          "Về công tác xây dựng ngành 6 tháng đầu năm 2023, các đại biểu dự Hội nghị sơ kết nhất trí điều gì?",
          "điều hành ngày càng đi vào", "R0"),
        T("nói rõ hơn", "request", "accentless,telegraphic",
          "Nói rõ hơn đánh giá về công tác xây dựng ngành 6 tháng đầu năm 2023.",
          "quản trị tài vụ && bản lĩnh chính trị", "R0"),
        T("còn năm 2019?", "substitution", "telegraphic",
          "Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành thế nào?",
          "hiện đại hóa Bộ Ngoại giao && vừa hồng, vừa chuyên", "R3"),
        T("còn ngoại vụ địa phương?", "substitution", "accentless,telegraphic",
          "Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 được đánh giá thế nào?",
          "lấy doanh nghiệp và người dân", "R3"),
        T("năm đó Bộ tuyển dụng được bao nhiêu cán bộ mới?", "pronoun", "-",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao tuyển dụng được bao nhiêu cán bộ mới?", NR, "R3"),
    ],
    # c27 — R4: đội ngũ cán bộ
    [
        T("What kind of diplomatic staff did the PM call for at the 2024 review conference?", "new", "english",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên && tuyệt đối trung thành", "R4"),
        T("những phẩm chất khác?", "ellipsis", "accentless,telegraphic",
          "Thủ tướng còn nêu những phẩm chất nào khác của đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024?",
          "nhạy bén về thời thế | khôn khéo về ứng xử | sâu sắc về chiến lược", "R4"),
        T("diễn đàn đa phương thì sao?", "substitution", "telegraphic",
          "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về vai trò của Việt Nam tại các diễn đàn đa phương?",
          "uy tín của Việt Nam", "R4"),
        T("sao ông ấy lại bỏ qua đối ngoại nhân dân?", "pronoun", "premise",
          "Vì sao Thủ tướng không nhắc tới đối ngoại nhân dân tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
          FP, "R4"),
    ],
    # c28 — R2 -> R0
    [
        T("Who else attended when Deputy PM Quang worked with the MFA?", "new", "english",
          "Ngoài Bộ trưởng Bùi Thanh Sơn, những ai dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          "Văn phòng Chính phủ | thủ trưởng các đơn vị", "R2"),
        T("what was that session about?", "pronoun", "english",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
          "triển khai công tác đối ngoại", "R2"),
        T("Ở hội nghị sơ kết giữa năm 2023 có vinh danh, thưởng gì không?", "new", "accentless,paraphrase",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao đã trao tặng gì?",
          "trao tặng các danh hiệu", "R0"),
        T("cho ai?", "ellipsis", "accentless,telegraphic",
          "Các danh hiệu, khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 được trao cho ai?",
          "các tập thể và cá nhân", "R0"),
        T("tên những người được khen?", "ellipsis", "telegraphic",
          "Tên những cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?", NR, "R0"),
    ],
    # c29 — R1 -> R4: đánh giá năm
    [
        T("Năm 2022 đối ngoại đạt kết qủa gì về phân định biên giới, lãnh thổ?", "new", "typo",
          "Theo Bộ trưởng Bùi Thanh Sơn, năm 2022 công tác đối ngoại đạt kết quả gì về phân định, giải quyết các vấn đề biên giới lãnh thổ?",
          "phân định, giải quyết && trên biển, trên bộ", "R1"),
        T("ông ấy đánh giá đối ngoại đa phương thế nào?", "pronoun", "accentless",
          "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 thế nào?",
          "đóng góp có trách nhiệm", "R1"),
        T("tóm tắt lại đánh giá năm 2022", "request", "accentless",
          "Tóm tắt lại đánh giá của Bộ trưởng Bùi Thanh Sơn về công tác đối ngoại năm 2022.",
          "cục diện đối ngoại thuận lợi && 700 tỷ", "R1"),
        T("thế còn năm 2024?", "substitution", "telegraphic",
          "Công tác đối ngoại năm 2024 được Hội nghị tổng kết đánh giá thế nào?",
          "vai trò tiên phong && điểm sáng về thương mại", "R4"),
        T("năm đó VN rơi khỏi nhóm tăng trưởng cao vì sao?", "pronoun", "accentless,premise",
          "Vì sao năm 2024 Việt Nam rơi khỏi nhóm nước tăng trưởng cao?", FP, "R4"),
    ],
    # c30 — R3: ba điểm lưu tâm
    [
        T("PTT Phạm Bình Mihn nêu điểm cần lưu tâm thứ nhất là gì?", "new", "accentless,typo",
          "Điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nghiên cứu, đánh giá sâu hơn", "R3"),
        T("còn điểm thứ hai?", "substitution", "telegraphic",
          "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "tăng cường sự phối hợp", "R3"),
        T("giữa những ai?", "ellipsis", "accentless,telegraphic",
          "Phó Thủ tướng Phạm Bình Minh yêu cầu tăng cường sự phối hợp giữa những ai?",
          "giữa các đơn vị trong Bộ && Bộ, ban, ngành", "R3"),
        T("những ý đó nhằm làm tốt chương trình công tác năm nào?", "pronoun", "-",
          "Những điểm lưu tâm của Phó Thủ tướng Phạm Bình Minh nhằm làm tốt chương trình công tác năm nào?",
          "chương trình công tác năm 2019", "R3"),
        T("Toàn thể cán bộ Bộ Ngoại giao quyết tâm thực hiện đường lối của Đại hội nào?", "new", "accentless",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, toàn thể cán bộ Bộ Ngoại giao quyết tâm thực hiện đường lối đối ngoại của Đại hội nào?",
          "Đại hội XII && hướng tới Đại hội XIII", "R3"),
    ],
    # c31 — R0 -> R4
    [
        T("BT Sơn đề nghị ngành NG 6 tháng cuối 2023 triển khai đường lối đối ngoại của đại hội nào?", "new", "accentless",
          "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao 6 tháng cuối năm 2023 triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", "R0"),
        T("các đơn vị phải làm tốt hơn việc gì?", "ellipsis", "-",
          "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ Ngoại giao làm tốt hơn nữa công tác gì?",
          "nghiên cứu, dự báo", "R0"),
        T("thông tin đối ngoại thì sao?", "substitution", "accentless,telegraphic",
          "Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác thông tin đối ngoại 6 tháng cuối năm 2023?",
          "phương thức truyền thông mới", "R0"),
        T("At the 2024 year-end review, what era did the PM say the nation is entering?", "new", "english",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng nói đất nước bước vào kỷ nguyên nào?",
          "kỷ nguyên vươn mình", "R4"),
        T("để làm vậy cần huy động nguồn lực gì?", "pronoun", "accentless",
          "Để đưa đất nước vào kỷ nguyên vươn mình, Thủ tướng yêu cầu ngoại giao huy động nguồn lực nào?",
          "nguồn lực có tính đột phá", "R4"),
    ],
    # c32 — R2
    [
        T("BT Bùi Thanh Sơn báo cáo với PTT Trần Lưu Quang kết quả năm nào?", "new", "accentless",
          "Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm nào?",
          "nhiệm vụ đối ngoại năm 2022", "R2"),
        T("sao ông ấy không dự buổi làm việc?", "pronoun", "premise",
          "Vì sao Bộ trưởng Bùi Thanh Sơn không dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", FP, "R2"),
        T("Bộ Ngoại giao cam kết đổi mới phong cách làm việc theo hướng nào?", "new", "-",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cam kết đổi mới phong cách, lề lối làm việc theo hướng nào?",
          "chuyên nghiệp, hiện đại", "R2"),
        T("Thứ trưởng Nguyễn Minh Vũ có phát biểu gì ở buổi làm việc đó không?", "pronoun", "accentless,near-miss",
          "Thứ trưởng Nguyễn Minh Vũ có phát biểu gì tại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
          NIC, None, miss="Nguyễn Minh Vũ"),
    ],
    # c33 — R1: ý nghĩa sự tham dự của Thủ tướng
    [
        T("BT Sơn nói sự tham dự của Thủ tướg ở hội nghị tổng kết 2022 có ý nghĩa gì?", "new", "typo",
          "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022 có ý nghĩa gì?",
          "sự quan tâm đặc biệt && nguồn cổ vũ, động viên", "R1"),
        T("ngành ngoại giao khi đó đang bước sang giai đoạn nào?", "pronoun", "accentless",
          "Theo Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết năm 2022, ngành Ngoại giao đang bước sang giai đoạn nào?",
          "giai đoạn phát triển mới", "R1"),
        T("đòi hỏi đổi mới gì?", "ellipsis", "accentless,telegraphic",
          "Giai đoạn phát triển mới đòi hỏi ngành Ngoại giao đổi mới mạnh mẽ điều gì?",
          "tư duy và hành động", "R1"),
        T("and what does he want the ministry to become?", "pronoun", "english",
          "Bộ trưởng Bùi Thanh Sơn quyết tâm xây dựng ngành Ngoại giao trở thành như thế nào?",
          "trong sạch, vững mạnh, toàn diện", "R1"),
    ],
    # c34 — R4 -> R3
    [
        T("HN tk 2024 đánh giá vai trò của công tác đối ngoại thế nào?", "new", "accentless,telegraphic",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 đánh giá vai trò của công tác đối ngoại thế nào?",
          "vai trò tiên phong && tạo đồng thuận", "R4"),
        T("còn sơ kết 6 tháng đầu 2019?", "substitution", "telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá kết quả công tác đối ngoại thế nào?",
          "nhiều kết quả tích cực && nâng cao thế và lực", "R3"),
        T("năm đó hội nhập quốc tế có bước gì mới?", "pronoun", "accentless",
          "Trong 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước tiến gì?",
          "bước đột phá mới", "R3"),
        T("Why was that conference postponed?", "pronoun", "english,premise",
          "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao bị hoãn?", FP, "R3"),
        T("nguồn?", "request", "accentless,telegraphic",
          "Nguồn của bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "CLO | TG&VN", "R3"),
    ],
    # c35 — R0: quan hệ, kiều bào
    [
        T("Nửa đầu 2023 quan hệ với các nước sát vách và các cường quốc tiến triển ra sao?", "new", "paraphrase",
          "Trong 6 tháng đầu năm 2023, quan hệ với các nước láng giềng, các nước lớn phát triển thế nào?",
          "nhiều bước phát triển mới", "R0"),
        T("còn công tác với kiều bào?", "substitution", "accentless,paraphrase",
          "Công tác người Việt Nam ở nước ngoài 6 tháng đầu năm 2023 được đánh giá thế nào?",
          "làm cầu nối", "R0"),
        T("cụ thể hơn?", "request", "telegraphic",
          "Nói cụ thể hơn về đánh giá công tác người Việt Nam ở nước ngoài 6 tháng đầu năm 2023.",
          "quan tâm, chăm lo && cầu nối giữa Việt Nam", "R0"),
        T("còn nửa đầu năm 2014?", "substitution", "accentless,near-miss,telegraphic",
          "Công tác người Việt Nam ở nước ngoài 6 tháng đầu năm 2014 được đánh giá thế nào?",
          NIC, None, miss="2014"),
    ],
    # c36 — R1 -> R4: điểm cầu
    [
        T("Điểm cầu Cao Bằng có những sở ngành nào dự HN tk 2022?", "new", "accentless",
          "Tại điểm cầu Cao Bằng, những sở, ngành nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "Kế hoạch và Đầu tư | Bộ đội Biên phòng | Công an tỉnh", "R1"),
        T("dẫn đầu là ai?", "ellipsis", "telegraphic",
          "Ai là lãnh đạo tỉnh dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", "R1"),
        T("sao tỉnh đó không kết nối vào hội nghị?", "pronoun", "accentless,premise",
          "Vì sao tỉnh Cao Bằng không kết nối vào Hội nghị tổng kết ngành Ngoại giao năm 2022?", FP, "R1"),
        T("còn điểm cầu Quảng Trị năm 2024?", "substitution", "-",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4"),
    ],
    # c37 — R3: tham mưu, biên giới
    [
        T("What did the MFA deliver in research and policy advice in H1 2019?", "new", "english",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm được gì trong công tác nghiên cứu, tham mưu?",
          "nhiều đề án, báo cáo lớn", "R3"),
        T("and on the borders?", "substitution", "english,telegraphic",
          "Trong 6 tháng đầu năm 2019, công tác bảo vệ biên giới lãnh thổ được thực hiện thế nào?",
          "kiên quyết, kiên trì && biên giới lãnh thổ", "R3"),
        T("năm đó quan hệ với bạn bè truyền thống thế nào?", "pronoun", "accentless",
          "Trong 6 tháng đầu năm 2019, quan hệ với bạn bè truyền thống được đánh giá thế nào?",
          "chiều sâu, hiệu quả, thiết thực", "R3"),
        T("có bao nhiêu chuyến thăm cấp cao?", "ellipsis", "accentless,telegraphic",
          "Trong 6 tháng đầu năm 2019 có bao nhiêu chuyến thăm cấp cao?", NR, "R3"),
        T("RCEP được ký năm đó à?", "pronoun", "accentless,near-miss",
          "Hiệp định RCEP có được ký kết trong 6 tháng đầu năm 2019 không?", NIC, None, miss="RCEP"),
    ],
    # c38 — R2 -> R4: tham mưu, nghiên cứu
    [
        T("PTT Trần Lưu Quang muốn BNG góp ý chính sách cho lãnh đạo ra sao?", "new", "paraphrase",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu cho Đảng và Nhà nước như thế nào?",
          "tham mưu kịp thời", "R2"),
        T("để làm gì?", "ellipsis", "accentless,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu kịp thời để làm gì?",
          "tranh thủ tối đa cơ hội", "R2"),
        T("còn TTg ở HN tổng kết 2024 nói gì về nghiên cứu?", "substitution", "accentless",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về công tác nghiên cứu?",
          "nghiên cứu mang tính tổng thể", "R4"),
        T("nói rõ hơn", "request", "telegraphic",
          "Nói rõ hơn yêu cầu của Thủ tướng về công tác nghiên cứu tại Hội nghị tổng kết ngành ngoại giao năm 2024.",
          "dài hơi và có chiều sâu && tình huống đối ngoại phức tạp", "R4"),
        T("ông ấy có giao thời hạn hoàn thành ko?", "pronoun", "accentless",
          "Thủ tướng có giao thời hạn hoàn thành các nhiệm vụ này tại Hội nghị tổng kết năm 2024 không?", NR, "R4"),
    ],
    # c39 — R0 -> R1
    [
        T("According to the 2023 mid-year review, how is foreign affairs described among the nation's achievements?",
          "new", "english",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá thế nào trong thành tựu chung của cả nước?",
          "một điểm sáng", "R0"),
        T("quote the full sentence", "request", "english",
          "Trích nguyên văn câu đánh giá đối ngoại là điểm sáng trong thành tựu chung của cả nước năm 2023.",
          "điểm sáng trong những thành tựu && môi trường hòa bình, ổn định", "R0"),
        T("thế còn năm 2022 đối ngoại đa phương đạt gì?", "substitution", "accentless",
          "Năm 2022, đối ngoại đa phương đạt kết quả gì?",
          "đóng góp có trách nhiệm | nhiều diễn đàn đa phương", "R1"),
        T("năm đó VN giữ chức vụ gì ở LHQ?", "pronoun", "accentless",
          "Năm 2022, Việt Nam đảm nhận chức vụ gì tại Liên Hợp Quốc?", NR, "R1"),
    ],
    # c40 — R4: ngoại giao kinh tế 2024
    [
        T("Năm 2024 ngoại giao kinh tế chuyển biến mạnh dưới sự chỉ đạo của ai?", "new", "accentless",
          "Năm 2024, ngoại giao kinh tế và kinh tế đối ngoại chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?",
          "sâu sát, quyết liệt && Thủ tướng Chính phủ", "R4"),
        T("in which fields?", "ellipsis", "english,telegraphic",
          "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "thương mại, đầu tư | chuyển đổi xanh | chíp bán dẫn", "R4"),
        T("là điểm sáng về gì?", "ellipsis", "telegraphic",
          "Nhờ ngoại giao kinh tế năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?",
          "thu hút đầu tư nước ngoài", "R4"),
        T("tăng trưởng GDP năm đó bao nhiêu?", "pronoun", "accentless",
          "Tăng trưởng GDP của Việt Nam năm 2024 là bao nhiêu?", NR, "R4"),
    ],
    # c41 — R1: ngoại giao kinh tế theo chỉ đạo của Thủ tướng
    [
        T("Ở HN tổng kết 2022, Thủ tướng muốn ngoại giao kinh tế làm gì với thị trường nhập khẩu?", "new", "-",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng yêu cầu ngoại giao kinh tế làm gì đối với thị trường nhập khẩu?",
          "từng bước đa dạng hóa", "R1"),
        T("còn thị trường xuất khẩu?", "substitution", "accentless",
          "Thủ tướng yêu cầu ngoại giao kinh tế làm gì đối với thị trường xuất khẩu?",
          "mở rộng thị trường xuất khẩu", "R1"),
        T("mục tiêu cuối cùng là gì?", "ellipsis", "accentless",
          "Mục tiêu cuối cùng của việc phát huy ngoại giao kinh tế mà Thủ tướng nêu tại Hội nghị tổng kết năm 2022 là gì?",
          "chuỗi giá trị gia tăng && hùng cường, thịnh vượng", "R1"),
        T("ông ấy có nhắc Hiến chương ASEAN không?", "pronoun", "near-miss",
          "Thủ tướng Phạm Minh Chính có nhắc tới Hiến chương ASEAN tại Hội nghị tổng kết ngành Ngoại giao năm 2022 không?",
          NIC, None, miss="ASEAN"),
    ],
    # c42 — R3: cán bộ, công tác Đảng
    [
        T("Nửa đầu 2019 Bộ muốn nhân sự ngoại giao phải đạt chuẩn gì?", "new", "accentless,paraphrase",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ theo tiêu chí nào?",
          "vừa hồng, vừa chuyên && tinh nhuệ", "R3"),
        T("còn công tác Đảng, đoàn thể?", "substitution", "accentless,telegraphic",
          "Công tác Đảng, đoàn thể của Bộ Ngoại giao 6 tháng đầu năm 2019 được đánh giá thế nào?",
          "được triển khai hiệu quả", "R3"),
        T("báo cáo này nói vì sao VN thất cử HĐBA?", "pronoun", "accentless,premise",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, vì sao Việt Nam thất cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc?",
          FP, "R3"),
        T("trong báo cáo này, Chỉ thị 25 là của cơ quan nào?", "pronoun", "-",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
          "Ban Bí thư", "R3"),
    ],
    # c43 — R2: Đại hội XIII, Hội nghị đối ngoại toàn quốc
    [
        T("Which Party Congress's foreign policy did Deputy PM Tran Luu Quang tell the ministry to follow?", "new", "english",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", "R2"),
        T("and the General Secretary's directions from which conference?", "ellipsis", "english",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu bám sát chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
          "đối ngoại toàn quốc năm 2021", "R2"),
        T("còn chỉ đạo của TBT Tô Lâm?", "substitution", "accentless,near-miss",
          "Phó Thủ tướng Trần Lưu Quang có yêu cầu bám sát chỉ đạo của Tổng Bí thư Tô Lâm không?",
          NIC, None, miss="Tô Lâm"),
        T("Bộ Ngoại giao quán triệt tinh thần phục vụ, trước hết là phụng sự ai?", "new", "-",
          "Khi báo cáo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao nêu quán triệt tinh thần phục vụ, trước hết là phụng sự ai?",
          "phụng sự Đảng, nhà nước", "R2"),
    ],
    # c44 — R0 -> R2
    [
        T("Sơ kết 6 tháng 2023 đánh giá ngoại giao bảo vệ chủ quyền bằng cách nào?", "new", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao bảo vệ chủ quyền và lợi ích đất nước bằng cách nào?",
          "các biện pháp hòa bình", "R0"),
        T("ai đưa ra kết luận hội nghị đó?", "pronoun", "-",
          "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "R0"),
        T("còn PTT Trần Lưu Quang nói gì về biên giới?", "substitution", "accentless",
          "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang yêu cầu gì về biên giới?",
          "biên giới hoà bình, ổn định && hữu nghị và phát triển", "R2"),
        T("sao buổi lam việc đó bị hoãn?", "pronoun", "typo,premise",
          "Vì sao buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bị hoãn?", FP, "R2"),
    ],
    # c45 — R4 -> R1: điểm cầu
    [
        T("Who attended the 2024 review conference from the Quang Tri connection point?", "new", "english",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4"),
        T("what's his position?", "pronoun", "english",
          "Ông Hoàng Nam, người dự hội nghị tại điểm cầu Quảng Trị, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh", "R4"),
        T("how many connection points were there in total?", "ellipsis", "english",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 có tổng cộng bao nhiêu điểm cầu?", NR, "R4"),
        T("còn điểm cầu Cao Bằng năm 2022?", "substitution", "accentless",
          "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "R1"),
        T("người đó còn là ủy viên gì?", "pronoun", "-",
          "Đồng chí Nguyễn Bích Ngọc, người dự tại điểm cầu Cao Bằng, còn là ủy viên của cơ quan nào?",
          "Ban Thường vụ Tỉnh ủy", "R1"),
    ],
    # c46 — R3: Phạm Bình Minh, tình hình quốc tế
    [
        T("Tại HN sơ kết 2019, ai nói BNG cần nhạy cảm trong tham mưu, xử lý tình huống?", "new", "accentless",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ai nói Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống?",
          "Phạm Bình Minh", "R3"),
        T("còn Thủ tướng Nguyễn Xuân Phúc có dự không?", "substitution", "near-miss",
          "Thủ tướng Nguyễn Xuân Phúc có dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không?",
          NIC, None, miss="Nguyễn Xuân Phúc"),
        T("Nửa đầu 2019 tình hình quốc tế diễn biến ra sao?", "new", "-",
          "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 tình hình quốc tế diễn biến thế nào?",
          "nhanh hơn, phức tạp hơn && khó lường", "R3"),
        T("trong bối cảnh đó BNG bám sát chương trình của ai?", "pronoun", "accentless",
          "Trong bối cảnh tình hình quốc tế phức tạp năm 2019, Bộ Ngoại giao bám sát chương trình đối ngoại của ai?",
          "Lãnh đạo cấp cao", "R3"),
    ],
    # c47 — ngày tháng: R1 -> R4 -> R2 -> near-miss -> R0
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2022 tổ chức sáng ngày nào?", "new", "accentless",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức vào sáng ngày nào?", "10/1", "R1"),
        T("còn năm 2024?", "substitution", "telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức vào ngày nào?", "6/1", "R4"),
        T("thế buổi PTT Trần Lưu Quang làm việc với Bộ?", "substitution", "accentless",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ngày nào?", "31-1", "R2"),
        T("còn tổng kết năm 2013?", "substitution", "accentless,near-miss,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2013 được tổ chức ngày nào?", NIC, None, miss="2013"),
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "new", "-",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "R0"),
    ],
    # c48 — R2 -> R0
    [
        T("When reporting to Deputy PM Quang, what did Minister Son name as the focus of the ministry's renewal?",
          "new", "english",
          "Khi báo cáo với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nêu trọng tâm đổi mới của Bộ Ngoại giao là gì?",
          "triển khai đồng bộ && xây dựng, phát triển ngành", "R2"),
        T("nói rõ hơn", "request", "accentless,telegraphic",
          "Nói rõ hơn các nội dung đổi mới mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.",
          "kiểm tra, giám sát && ứng dụng chuyển đổi số", "R2"),
        T("còn BT Sơn ở sơ kết 2023 yêu cầu gì về bảo hộ công dân?", "substitution", "accentless",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu gì về công tác bảo hộ công dân?",
          "hiệu quả công tác bảo hộ", "R0"),
        T("ông ấy có nêu số vụ bảo hộ công dân không?", "pronoun", "-",
          "Bộ trưởng Bùi Thanh Sơn có nêu số vụ bảo hộ công dân trong 6 tháng đầu năm 2023 không?", NR, "R0"),
    ],
]


def build_rows():
    """Return the list of finished turns (dicts) in output order."""
    rows = []
    for ci, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % ci
        for turn in conv:
            tags = list(turn["tags"])
            q = turn["question"]
            if "accentless" in tags:
                q = strip_accents(q)
            if "english" not in tags and strip_accents(q) == q and "accentless" not in tags:
                tags.append("accentless")
            if has_abbrev(q) and "abbrev" not in tags:
                tags.append("abbrev")
            tags = [t for t in TAG_ORDER if t in tags] + [t for t in tags if t not in TAG_ORDER]
            rows.append({"conversation": cid, "question": q, "kind": turn["kind"],
                         "tags": ",".join(tags) if tags else "-", "read_as": turn["read_as"],
                         "facts": turn["facts"], "report": turn["report"], "miss": turn["miss"]})
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            f.write("\t".join([r["conversation"], r["question"], r["kind"], r["tags"],
                               r["read_as"], r["facts"]]) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(rows), len(CONVERSATIONS), OUT))


if __name__ == "__main__":
    main()
