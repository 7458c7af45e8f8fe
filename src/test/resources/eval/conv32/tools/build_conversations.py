#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 32.

Every turn below is written by hand.  The script only
  * strips diacritics from turns marked `accentless` (NFD, drop combining marks, đ→d, Đ→D),
  * adds the `accentless` tag to any non-English question that has no diacritics,
  * adds the `abbrev` tag when the question contains an abbreviation token,
  * writes conversations.tsv.

Reports (files in ../given/):
  R0 000_47e75d3c86d27e21.txt  Hội nghị sơ kết công tác 6 tháng đầu năm 2023 (5/7, Bộ trưởng Bùi Thanh Sơn)
  R1 001_8430b1541a21d71d.txt  Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (10/1, Thủ tướng Phạm Minh Chính dự)
  R2 002_0e1cf19fdeddcf6d.txt  Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao (31-1, năm 2023)
  R3 003_60cdc4bfe3deff94.txt  Hội nghị sơ kết 06 tháng đầu năm 2019 (22/7, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh)
  R4 004_771f5d769968830d.txt  Hội nghị tổng kết công tác ngành ngoại giao năm 2024 (6/1, Thủ tướng Phạm Minh Chính, điểm cầu Quảng Trị)

Turn fields: question, kind, tags, read_as, facts, report (R0–R4 or None), miss (near-miss only:
the distinguishing name/year/number that no report contains).
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
    "# Blind conversation set 32 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english",
             "premise", "near-miss", "paraphrase"]

ABBREVIATIONS = {
    "hn", "bng", "ttg", "ptt", "bt", "tt", "ng", "hdba", "lhq", "vn", "tk", "sk",
    "ko", "dc", "pm", "mfa", "vpcp", "xnk", "bn", "cp", "tw", "bct", "tbt", "ubnd",
    "dpm", "fm", "unsc", "hnng", "ubtvqh", "ntn",
}

NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_abbrev(q):
    toks = re.findall(r"[0-9A-Za-z]+", strip_diacritics(q))
    return any(t.lower() in ABBREVIATIONS for t in toks)


def T(question, kind, tags, read_as, facts, report, miss=None):
    return {
        "question": question, "kind": kind,
        "tags": [t for t in tags.split(",") if t.strip()] if tags else [],
        "read_as": read_as, "facts": facts, "report": report, "miss": miss,
    }


A = "accentless"

CONVERSATIONS = [
    # c01 — R1 (tổng kết 2022) → substitution to R4
    [
        T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?", "new", "",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?",
          "Bùi Thanh Sơn", "R1"),
        T("ông ấy giữ chức gì?", "pronoun", A,
          "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, giữ chức vụ gì?",
          "Bộ trưởng Bộ Ngoại giao", "R1"),
        T("bao nhiêu đại biểu?", "ellipsis", A + ",telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu | 700 đại biểu", "R1"),
        T("kết nối mấy điểm cầu?", "ellipsis", "telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
          "63 tỉnh, thành phố", "R1"),
        T("còn hội nghị năm 2024?", "substitution", "",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?",
          NR, "R4"),
    ],
    # c02 — R4
    [
        T("Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức ngày nào?", "new", "",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?",
          "6/1", "R4"),
        T("TTg có dự ko?", "ellipsis", A,
          "Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
          "Phạm Minh Chính", "R4"),
        T("ông ấy kết luận nhiệm vụ bao trùm là gì?", "pronoun", "",
          "Kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại là gì?",
          "tiên phong, trọng yếu, thường xuyên", "R4"),
        T("trích nguyên văn đoạn cuối câu đó", "request", A,
          "Trích nguyên văn đoạn cuối câu kết luận của Thủ tướng Phạm Minh Chính về nhiệm vụ bao trùm tại hội nghị tổng kết năm 2024",
          "kỷ nguyên vươn mình", "R4"),
    ],
    # c03 — R3 (sơ kết 2019)
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao họp ngày nào?", "new", "",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao họp ngày nào?",
          "22/7 | 22/07/2019", "R3"),
        T("ai phát biểu chỉ đạo?", "ellipsis", A + ",telegraphic",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("năm đó VN trúng cử HĐBA LHQ với bao nhiêu phiếu?", "pronoun", A,
          "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193", "R3"),
        T("nhiệm kỳ nào?", "ellipsis", "telegraphic",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
          "2020-2021", "R3"),
        T("nghe nói chỉ được 190 phiếu thôi mà?", "ellipsis", A + ",premise",
          "Có đúng là Việt Nam chỉ được 190 phiếu khi trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021 không?",
          FP, "R3"),
    ],
    # c04 — R0 (sơ kết 2023) → R3
    [
        T("Bộ Ngoại giao sơ kết 6 tháng đầu năm 2023 vào ngày nào?", "new", A,
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?",
          "5/7", "R0"),
        T("ai dự?", "ellipsis", "telegraphic",
          "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R0"),
        T("hội nghị đó đánh giá công tác đối ngoại theo phương châm gì?", "pronoun", "",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0"),
        T("bao nhiêu người tham dự?", "ellipsis", A + ",telegraphic",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu người tham dự?",
          NR, "R0"),
        T("thế còn sơ kết năm 2019 thì họp ngày nào?", "substitution", A,
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao họp ngày nào?",
          "22/7 | 22/07/2019", "R3"),
    ],
    # c05 — R2 (PTT Trần Lưu Quang)
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
          "31-1", "R2"),
        T("ở đâu?", "ellipsis", A + ",telegraphic",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2"),
        T("ông ấy nhận định tình hình thế giới thế nào?", "pronoun", "",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới như thế nào?",
          "biến động sâu sắc, phức tạp", "R2"),
        T("tóm tắt lại giúp mình", "request", A,
          "Tóm tắt nhận định của Phó Thủ tướng Trần Lưu Quang về tình hình thế giới và khu vực thời gian tới",
          "biến động sâu sắc, phức tạp && nhiều cơ hội", "R2"),
    ],
    # c06 — R1, English start
    [
        T("Who attended the MFA's 2022 year-end review conference on behalf of the government?", "new", "english",
          "Ai đại diện Chính phủ dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Phạm Minh Chính", "R1"),
        T("what did he ask the diplomatic sector to carry out?", "pronoun", "english",
          "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện những gì tại Hội nghị tổng kết công tác năm 2022?",
          "thực hiện 6 nhiệm vụ", "R1"),
        T("trích nguyên văn đoạn ông ấy nói về cây tre", "request", "",
          "Trích nguyên văn lời Thủ tướng Phạm Minh Chính về bản sắc cây tre Việt Nam tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022",
          "cây tre Việt Nam && gốc vững", "R1"),
        T("phương châm ứng xử là gì?", "ellipsis", "",
          "Thủ tướng Phạm Minh Chính nêu phương châm ứng xử gì cho ngành Ngoại giao tại Hội nghị tổng kết công tác năm 2022?",
          "dĩ bất biến, ứng vạn biến", "R1"),
        T("sao ông ấy lại giao cho ngành tới 10 nhiệm vụ trọng tâm?", "pronoun", A + ",premise",
          "Vì sao Thủ tướng Phạm Minh Chính giao cho ngành Ngoại giao 10 nhiệm vụ trọng tâm tại Hội nghị tổng kết công tác năm 2022?",
          FP, "R1"),
    ],
    # c07 — R4 → R1 (điểm cầu) + near-miss
    [
        T("Ai dự hội nghị tổng kết ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "new", A,
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", "R4"),
        T("còn điểm cầu Cao Bằng năm 2022?", "substitution", "",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", "R1"),
        T("người đó giữ chức gì?", "pronoun", A,
          "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tại điểm cầu Cao Bằng, giữ những chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh && Ban Thường vụ Tỉnh ủy", "R1"),
        T("những huyện nào dự ở đó?", "ellipsis", "",
          "UBND những huyện nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Quảng Hòa, Thạch An && Bảo Lạc, Bảo Lâm", "R1"),
        T("Tổng Bí thư Tô Lâm có dự hội nghị tổng kết năm 2022 không?", "new", A + ",near-miss",
          "Tổng Bí thư Tô Lâm có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
          NC, None, "Tô Lâm"),
    ],
    # c08 — R3 (đối tác, hiệp định)
    [
        T("Nửa đầu năm 2019 Việt Nam lập quan hệ Đối tác toàn diện với những nước nào?", "new", "",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei, Hà Lan", "R3"),
        T("nâng tổng số lên bao nhiêu?", "ellipsis", A + ",telegraphic",
          "Sau khi thiết lập quan hệ Đối tác toàn diện với Brunei và Hà Lan, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
          "30 quốc gia", "R3"),
        T("trong đó bao nhiêu là đối tác chiến lược?", "ellipsis", "",
          "Trong 30 quốc gia Đối tác chiến lược/Đối tác toàn diện năm 2019, có bao nhiêu Đối tác chiến lược?",
          NR, "R3"),
        T("thế còn các hiệp định thương mại?", "substitution", A,
          "Trong 6 tháng đầu năm 2019, những hiệp định thương mại nào được triển khai hoặc ký kết?",
          "Hiệp định CPTPP && EVFTA", "R3"),
        T("hiệp định với EU đó có hiệu lực luôn trong nửa đầu 2019 à?", "pronoun", A + ",premise",
          "Có đúng là Hiệp định tự do thương mại với EU (EVFTA) đã có hiệu lực trong 6 tháng đầu năm 2019 không?",
          FP, "R3"),
    ],
    # c09 — R0 → R3
    [
        T("Ở hội nghị sơ kết giữa năm 2023, ai là người chốt lại hội nghị?", "new", "paraphrase",
          "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", "R0"),
        T("ông ấy yêu cầu các đơn vị làm tốt hơn việc gì?", "pronoun", A,
          "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ Ngoại giao làm tốt hơn nữa công tác gì trong 6 tháng cuối năm 2023?",
          "công tác nghiên cứu, dự báo", "R0"),
        T("còn sơ kết 2019 thì ai phát biểu chỉ đạo?", "substitution", "",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("điểm cần lưu tâm thứ nhất là gì?", "ellipsis", A,
          "Điểm thứ nhất cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "đánh giá sâu hơn nữa | nhạy cảm trong tham mưu", "R3"),
    ],
    # c10 — R2
    [
        T("Buổi làm việc của PTT Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?", "new", A,
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
          "Bùi Thanh Sơn && lãnh đạo Văn phòng Chính phủ", "R2"),
        T("lãnh đạo VPCP cụ thể là những ai?", "ellipsis", "",
          "Những lãnh đạo Văn phòng Chính phủ nào dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          NR, "R2"),
        T("Bộ trưởng Sơn báo cáo gì với ông ấy?", "pronoun", "",
          "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc?",
          "nhiệm vụ đối ngoại năm 2022", "R2"),
        T("bộ quyết tâm đổi mới cái gì?", "ellipsis", A,
          "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới điều gì?",
          "quyết tâm đổi mới tư duy", "R2"),
        T("nói rõ hơn đi", "request", A,
          "Nói rõ hơn những nội dung đổi mới mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang",
          "phong cách, lề lối làm việc && kỷ cương hành chính", "R2"),
    ],
    # c11 — R1 (Hội nghị Ngoại giao 31) + near-miss
    [
        T("Hội nghị tổng kết ngoại giao năm 2022 nhìn lại việc thực hiện kết luận của Tổng Bí thư nào?", "new", "",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 nhìn lại việc thực hiện kết luận, chỉ đạo của Tổng Bí thư nào?",
          "Nguyễn Phú Trọng", "R1"),
        T("ông ấy chỉ đạo tại hội nghị nào?", "pronoun", A,
          "Tổng Bí thư Nguyễn Phú Trọng đưa ra kết luận, chỉ đạo tại hội nghị nào?",
          "Hội nghị đối ngoại toàn quốc", "R1"),
        T("còn ở Hội nghị Ngoại giao lần thứ 31 thì là chỉ đạo của ai?", "substitution", "",
          "Tại Hội nghị Ngoại giao lần thứ 31, những ai đưa ra kết luận, chỉ đạo mà Hội nghị tổng kết năm 2022 nhìn lại?",
          "các đồng chí Lãnh đạo Đảng | của Thủ tướng Chính phủ", "R1"),
        T("còn lần thứ 32 diễn ra khi nào?", "substitution", A + ",near-miss",
          "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?",
          NC, None, "lần thứ 32"),
        T("Năm 2022 tổng giá trị hàng hóa mua bán với nước ngoài đạt mốc nào theo Bộ trưởng?", "new", "paraphrase",
          "Theo đánh giá của Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết, kim ngạch xuất nhập khẩu năm 2022 đạt mức nào?",
          "kỷ lục 700 tỷ | 700 tỷ", "R1"),
    ],
    # c12 — R4 → R1
    [
        T("Năm 2024 ngoại giao kinh tế đã góp phần giữ Việt Nam ở vị trí như thế nào?", "new", "paraphrase",
          "Theo hội nghị tổng kết công tác ngành ngoại giao năm 2024, ngoại giao kinh tế đã đóng góp duy trì Việt Nam ở vị trí nào?",
          "nhóm nước tăng trưởng cao", "R4"),
        T("chuyển biến trong những lĩnh vực nào?", "ellipsis", A,
          "Năm 2024 ngoại giao kinh tế và kinh tế đối ngoại đã chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chíp bán dẫn && chuyển đổi xanh", "R4"),
        T("kim ngạch XNK 2024 bao nhiêu?", "ellipsis", A + ",telegraphic",
          "Theo báo cáo tổng kết công tác ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?",
          NR, "R4"),
        T("còn năm 2022?", "substitution", "telegraphic",
          "Theo báo cáo tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?",
          "kỷ lục 700 tỷ | 700 tỷ", "R1"),
        T("riêng xuất khẩu được bao nhiêu?", "ellipsis", A,
          "Năm 2022 riêng kim ngạch xuất khẩu của Việt Nam đạt bao nhiêu?",
          NR, "R1"),
    ],
    # c13 — R3, English start, near-miss
    [
        T("What did the MFA's 2019 mid-year review cite as proof of international trust in Vietnam?", "new", "english",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nêu những sự kiện nào cho thấy sự tín nhiệm của bạn bè quốc tế đối với Việt Nam?",
          "Mỹ - Triều lần 2 | thượng đỉnh Mỹ - Triều && 192/193", "R3"),
        T("where was that summit held?", "pronoun", "english",
          "Hội nghị thượng đỉnh Mỹ - Triều lần 2 do Việt Nam tổ chức diễn ra ở thành phố nào?",
          NR, "R3"),
        T("còn Chỉ thị 25 là về gì?", "substitution", "",
          "Chỉ thị 25 được nhắc tới trong Hội nghị sơ kết 6 tháng đầu năm 2019 là về nội dung gì?",
          "đẩy mạnh và nâng tầm", "R3"),
        T("chỉ thị đó của cơ quan nào?", "pronoun", A,
          "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
          "Ban Bí thư", "R3"),
        T("thế còn Chỉ thị 27?", "substitution", A + ",telegraphic,near-miss",
          "Chỉ thị 27 của Ban Bí thư về đối ngoại có nội dung gì?",
          NC, None, "Chỉ thị 27"),
    ],
    # c14 — R0
    [
        T("Hội nghị sơ kết 6 tháng năm 2023 đánh giá tình hình thế giới ra sao?", "new", A,
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực ra sao?",
          "nhiều diễn biến nhanh, phức tạp", "R0"),
        T("còn quan hệ với các đối tác?", "substitution", "",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác trong 6 tháng đầu năm như thế nào?",
          "nhiều bước phát triển mới", "R0"),
        T("vì sao ngoại giao đa phương bị chê là yếu kém?", "ellipsis", "premise",
          "Vì sao Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương là yếu kém?",
          FP, "R0"),
        T("trích nguyên văn đánh giá về đa phương", "request", A,
          "Trích nguyên văn đánh giá về ngoại giao đa phương tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
          "được triển khai tích cực && kết hợp chặt chẽ", "R0"),
    ],
    # c15 — R2 + near-miss
    [
        T("Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của đối ngoại là gì?", "new", "",
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của công tác đối ngoại là gì?",
          "phục vụ phát triển đất nước", "R2"),
        T("còn nhiệm vụ trọng yếu, thường xuyên?", "substitution", A,
          "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?",
          "giữ vững hòa bình, ổn định", "R2"),
        T("ông ấy nhắc chỉ đạo của Tổng Bí thư tại hội nghị nào?", "pronoun", "",
          "Phó Thủ tướng Trần Lưu Quang nhắc Bộ Ngoại giao bám sát chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?",
          "đối ngoại toàn quốc năm 2021", "R2"),
        T("còn hội nghị đối ngoại toàn quốc năm 2016?", "substitution", A + ",near-miss",
          "Hội nghị đối ngoại toàn quốc năm 2016 có những chỉ đạo gì?",
          NC, None, "2016"),
    ],
    # c16 — R1
    [
        T("Tại hội nghị tổng kết ngoại giao 2022, Thủ tướng yêu cầu bảo vệ Tổ quốc theo tinh thần nào?", "new", A,
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu bảo vệ Tổ quốc theo tinh thần nào?",
          "từ sớm && từ xa", "R1"),
        T("trích nguyên văn", "request", A + ",telegraphic",
          "Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về bảo vệ Tổ quốc từ sớm, từ xa tại Hội nghị tổng kết năm 2022",
          "từ khi nước chưa nguy", "R1"),
        T("ông ấy bảo lấy ai làm trung tâm phục vụ?", "pronoun", "",
          "Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao lấy ai làm trung tâm phục vụ?",
          "người dân, doanh nghiệp, địa phương", "R1"),
        T("về hợp tác & đấu tranh thì ông ấy nói sao?", "substitution", A,
          "Về hợp tác và đấu tranh, Thủ tướng Phạm Minh Chính nói cách nhìn nhận chuyển sang thế nào tại Hội nghị tổng kết năm 2022?",
          "cách nhìn nhận về đối tác", "R1"),
        T("ông ấy muốn chuyển từ 'sẵn sàng là bạn' về 'muốn là bạn' hả?", "pronoun", "premise",
          "Có phải Thủ tướng Phạm Minh Chính muốn chuyển từ chủ trương 'sẵn sàng là bạn' về 'muốn là bạn' không?",
          FP, "R1"),
    ],
    # c17 — R4 (tinh gọn bộ máy)
    [
        T("Sau khi sắp xếp bộ máy, Bộ Ngoại giao nhận thêm việc của những cơ quan nào theo báo cáo tổng kết 2024?", "new", "paraphrase",
          "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
        T("gắn với tổng kết nghị quyết nào?", "ellipsis", A,
          "Việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao gắn với tổng kết nghị quyết nào?",
          "Nghị quyết 18", "R4"),
        T("sau sáp nhập bộ có thêm bao nhiêu cán bộ?", "ellipsis", "",
          "Sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội, Bộ Ngoại giao có thêm bao nhiêu cán bộ?",
          NR, "R4"),
        T("còn đội ngũ cán bộ thì yêu cầu thế nào?", "substitution", A,
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên && tuyệt đối trung thành", "R4"),
    ],
    # c18 — R3 → R4, typo
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 cuar Bộ Ngoại giao chỉ đạo gì về xây dựng ngành?", "new", A + ",typo",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao chỉ đạo những gì về công tác xây dựng ngành?",
          "tuyển dụng, đào tạo cán bộ && kỷ cương, kỷ luật", "R3"),
        T("ai chỉ đạo điều đó?", "pronoun", "telegraphic",
          "Ai chỉ đạo về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", "R3"),
        T("lúc đó ông ấy là Thủ tướng đúng ko?", "pronoun", A + ",premise",
          "Có đúng là ông Phạm Bình Minh là Thủ tướng Chính phủ khi phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019 không?",
          FP, "R3"),
        T("hướng tới cán bộ phải như thế nào?", "ellipsis", "",
          "Công tác xây dựng ngành năm 2019 hướng tới xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên", "R3"),
        T("còn năm 2024 thì yêu cầu cán bộ ngoại giao ra sao?", "substitution", A,
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu đội ngũ cán bộ ngoại giao như thế nào?",
          "tuyệt đối trung thành && khôn khéo về ứng xử", "R4"),
    ],
    # c19 — R0
    [
        T("Hội nghị sơ kết giữa năm 2023 nhận xét gì về việc chăm lo kiều bào?", "new", "paraphrase",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác người Việt Nam ở nước ngoài như thế nào?",
          "làm cầu nối giữa Việt Nam | sự quan tâm, chăm lo", "R0"),
        T("còn bảo hộ công dân?", "substitution", A + ",telegraphic",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
          "nhiều đổi mới trong cách thức", "R0"),
        T("năm đó bảo hộ bn công dân?", "pronoun", A,
          "Trong 6 tháng đầu năm 2023 Bộ Ngoại giao đã bảo hộ bao nhiêu công dân?",
          NR, "R0"),
        T("Tại hội nghị đó Bộ trưởng có khen thưởng ai không?", "pronoun", "",
          "Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao có trao khen thưởng cho ai không?",
          "trao tặng các danh hiệu && các tập thể và cá nhân", "R0"),
        T("cho bao nhiêu tập thể?", "ellipsis", A + ",telegraphic",
          "Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao trao khen thưởng cho bao nhiêu tập thể?",
          NR, "R0"),
    ],
    # c20 — R2, English start + near-miss
    [
        T("Where did Deputy PM Tran Luu Quang meet the Foreign Ministry?", "new", "english",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?",
          "Trụ sở Bộ Ngoại giao", "R2"),
        T("what time of day?", "ellipsis", "english,telegraphic",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra vào buổi nào trong ngày?",
          "Chiều ngày 31-1", "R2"),
        T("what did he praise?", "pronoun", "english",
          "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì của công tác đối ngoại và ngành ngoại giao?",
          "nỗ lực và thành tựu", "R2"),
        T("sao PTT lại phê bình Bộ Ngoại giao?", "ellipsis", "premise",
          "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao tại buổi làm việc?",
          FP, "R2"),
        T("buổi đó có Thứ trưởng Đặng Hoàng Giang dự ko?", "ellipsis", A + ",near-miss",
          "Thứ trưởng Đặng Hoàng Giang có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
          NC, None, "Đặng Hoàng Giang"),
    ],
    # c21 — R1 → R3
    [
        T("Bộ trưởng Bùi Thanh Sơn nói năm 2022 ngoại giao đạt kết quả quan trọng về phân định ở đâu?", "new", A,
          "Bộ trưởng Bùi Thanh Sơn đánh giá năm 2022 công tác đối ngoại đạt kết quả rất quan trọng về phân định, giải quyết vấn đề ở đâu?",
          "trên biển, trên bộ", "R1"),
        T("phối hợp xử lý những vấn đề gì?", "ellipsis", "",
          "Năm 2022 công tác đối ngoại phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?",
          "dân chủ, nhân quyền, tôn giáo", "R1"),
        T("còn 6 tháng đầu 2019 thì về biên giới, chủ quyền thế nào?", "substitution", A,
          "Trong 6 tháng đầu năm 2019, công tác bảo vệ biên giới lãnh thổ, chủ quyền biển đảo được đánh giá thế nào?",
          "kiên trì bảo vệ vững chắc", "R3"),
        T("nguồn đâu?", "request", "telegraphic",
          "Thông tin về bảo vệ biên giới, chủ quyền trong 6 tháng đầu năm 2019 lấy từ nguồn nào?",
          "CLO | TG&VN", "R3"),
    ],
    # c22 — R4 → R1, English
    [
        T("HN tk ngoại giao 2024 xác định mục tiêu năm 2025 là gì?", "new", A,
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
          "thế chủ động chiến lược && nhạy bén phát hiện", "R4"),
        T("bao gồm những mảng đối ngoại nào?", "ellipsis", "",
          "Nhiệm vụ năm 2025 của Bộ Ngoại giao bao gồm triển khai đồng bộ những mảng đối ngoại nào?",
          "đối ngoại Đảng && đối ngoại Nhân dân", "R4"),
        T("tóm tắt ngắn lại", "request", A + ",telegraphic",
          "Tóm tắt ngắn mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định tại hội nghị tổng kết năm 2024",
          "dự báo đúng tình hình && thế chủ động chiến lược", "R4"),
        T("Who wrote the Quang Tri newspaper piece on the 2024 review?", "new", "english",
          "Ai là tác giả bài báo Quảng Trị về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Hoài Nhung", "R4"),
        T("and the Cao Bang article on the 2022 one?", "substitution", "english",
          "Ai là tác giả bài viết về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (điểm cầu Cao Bằng)?",
          "Vi Trường", "R1"),
    ],
    # c23 — R3 + near-miss
    [
        T("Nửa đầu 2019 Phó Thủ tướng Phạm Bình Minh thấy thời cuộc thế giới biến chuyển ra sao?", "new", "paraphrase",
          "Phó Thủ tướng Phạm Bình Minh nhận xét diễn biến tình hình quốc tế nửa đầu năm 2019 như thế nào?",
          "nhanh hơn, phức tạp hơn", "R3"),
        T("đối ngoại triển khai theo tinh thần hội nghị nào?", "ellipsis", A,
          "Trong nửa đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào?",
          "Hội nghị Ngoại giao 30", "R3"),
        T("còn hội nghị ngoại giao 29?", "substitution", A + ",telegraphic,near-miss",
          "Hội nghị Ngoại giao 29 đề ra những định hướng gì?",
          NC, None, "Ngoại giao 29"),
        T("hội nghị sơ kết kéo dài mấy tiếng?", "ellipsis", A,
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao kéo dài mấy tiếng?",
          NR, "R3"),
        T("điểm lưu tâm thứ ba?", "ellipsis", "telegraphic",
          "Điểm thứ ba cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy bén hơn nữa", "R3"),
    ],
    # c24 — R0 → R4
    [
        T("Tại hội nghị sơ kết giữa năm 2023, Bộ trưởng Sơn đề nghị triển khai đường lối đối ngoại của đại hội nào?", "new", A,
          "Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", "R0"),
        T("ông ấy đề nghị gì về thông tin đối ngoại?", "pronoun", "",
          "Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác thông tin đối ngoại trong 6 tháng cuối năm 2023?",
          "phương thức truyền thông mới", "R0"),
        T("còn hội nghị tổng kết năm 2024 yêu cầu xây dựng Đảng thế nào?", "substitution", A,
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu xây dựng Đảng trong ngành ngoại giao như thế nào?",
          "Đảng trong sạch, vững mạnh", "R4"),
        T("hội nghị đó họp trực tiếp ở Quảng Trị à?", "pronoun", "premise",
          "Có đúng là Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tiếp tại Quảng Trị không?",
          FP, "R4"),
    ],
    # c25 — R2
    [
        T("Để tranh thủ cơ hội, Phó Thủ tướng Quang muốn Bộ Ngoại giao làm gì?", "new", A + ",paraphrase",
          "Để tranh thủ tối đa cơ hội, thuận lợi, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì?",
          "tham mưu kịp thời", "R2"),
        T("cụ thể cần tậ trung gì?", "ellipsis", "typo",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cụ thể cần tập trung thực hiện tốt những gì?",
          "chương trình đối ngoại cấp cao", "R2"),
        T("về biên giới thì sao?", "substitution", A + ",telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao củng cố biên giới như thế nào?",
          "biên giới hoà bình, ổn định", "R2"),
        T("nói rõ phần nguồn lực bên ngoài", "request", "",
          "Nói rõ hơn yêu cầu của Phó Thủ tướng Trần Lưu Quang về tranh thủ các nguồn lực bên ngoài",
          "các nguồn lực bên ngoài && thỏa thuận quốc tế đã ký", "R2"),
        T("buổi làm việc kéo dài bao lâu?", "ellipsis", A,
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?",
          NR, "R2"),
    ],
    # c26 — R1, English start + near-miss
    [
        T("How many delegates joined the MFA's 2022 review meeting?", "new", "english",
          "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "hơn 700 đại biểu | 700 đại biểu", "R1"),
        T("who attended at the Lang Son bridge point?", "substitution", "english,near-miss",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
          NC, None, "Lạng Sơn"),
        T("còn Cao Bằng?", "substitution", A + ",telegraphic",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", "R1"),
        T("sở ngành nào ở đó dự?", "ellipsis", "",
          "Những sở, đơn vị nào của tỉnh Cao Bằng dự hội nghị tại điểm cầu Cao Bằng?",
          "Bộ đội Biên phòng && Công an tỉnh", "R1"),
    ],
    # c27 — R4 → R2
    [
        T("Thủ tướng yêu cầu xử lý các tình huống đối ngoại phức tạp ra sao trong năm 2025?", "new", "",
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu xử lý các tình huống đối ngoại phức tạp như thế nào?",
          "mang tính tổng thể, dài hơi", "R4"),
        T("còn với các đối tác quan trọng?", "substitution", A,
          "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về quan hệ với các đối tác quan trọng?",
          "nâng cấp, nâng tầm quan hệ", "R4"),
        T("PTT nào làm việc với BNG về triển khai công tác đối ngoại năm 2023?", "new", A,
          "Phó Thủ tướng nào đã làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại trong năm 2023?",
          "Trần Lưu Quang", "R2"),
        T("ông ấy làm việc với Bộ qua hình thức trực tuyến à?", "pronoun", "premise",
          "Có đúng là Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao theo hình thức trực tuyến không?",
          FP, "R2"),
    ],
    # c28 — R3 + near-miss
    [
        T("Tháng 7/2019 Bộ Ngoại giao tổ chức hội nghị gì?", "new", A,
          "Tháng 7 năm 2019 Bộ Ngoại giao tổ chức hội nghị gì?",
          "sơ kết công tác 06 tháng | 6 tháng đầu năm 2019", "R3"),
        T("công tác xây dựng ngành được đánh giá sao?", "ellipsis", "",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành hướng tới mục tiêu gì?",
          "từng bước hiện đại hóa", "R3"),
        T("nghe nói hội nghị đó bị hoãn sang tháng 8?", "pronoun", A + ",premise",
          "Có đúng là Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao bị hoãn sang tháng 8 không?",
          FP, "R3"),
        T("Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao do ai chỉ đạo?", "new", "near-miss",
          "Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao do ai chỉ đạo?",
          NC, None, "2017"),
    ],
    # c29 — R0, English start + near-miss
    [
        T("What motto guided Vietnam's diplomacy in the first half of 2023 according to the MFA review?", "new", "english,paraphrase",
          "Theo Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao, công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", "R0"),
        T("and how was diplomacy described overall?", "ellipsis", "english",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá đối ngoại nói chung là gì trong thành tựu chung của cả nước?",
          "một điểm sáng", "R0"),
        T("source?", "request", "english,telegraphic",
          "Thông tin về đánh giá đối ngoại là điểm sáng tại Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào?",
          "TTXVN", "R0"),
        T("còn sơ kết 6 tháng năm 2015 thì sao?", "substitution", A + ",near-miss",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2015 của Bộ Ngoại giao đánh giá công tác đối ngoại như thế nào?",
          NC, None, "2015"),
        T("hội nghị 2023 đó diễn ra ở đâu?", "pronoun", "",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở đâu?",
          NR, "R0"),
    ],
    # c30 — R2 → R0
    [
        T("PTT Trần Lưu Quang đánh giá BNG đã triển khai đường lối đối ngoại của đại hội nào?", "new", A,
          "Phó Thủ tướng Trần Lưu Quang đánh giá Bộ Ngoại giao đã triển khai tích cực, hiệu quả đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", "R2"),
        T("ông ấy nói quan hệ được làm sâu sắc với những ai?", "pronoun", "",
          "Phó Thủ tướng Trần Lưu Quang nói ngành ngoại giao đã làm sâu sắc hơn quan hệ với những đối tác nào?",
          "bạn bè truyền thống", "R2"),
        T("Giữa năm 2023 Bộ Ngoại giao có sơ kết 6 tháng không, vào ngày nào?", "new", "",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?",
          "5/7", "R0"),
        T("hội nghị đó nói đối ngoại góp phần huy động gì?", "pronoun", A,
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 nói đối ngoại góp phần huy động gì?",
          "nguồn lực cho phát triển", "R0"),
    ],
    # c31 — R1 + near-miss
    [
        T("Bộ trưởng Ngoại giao nói việc người đứng đầu Chính phủ có mặt tại hội nghị tổng kết 2022 chứng tỏ điều gì?", "new", A + ",paraphrase",
          "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng Chính phủ tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 là minh chứng cho điều gì?",
          "sự quan tâm đặc biệt", "R1"),
        T("với ngành ngoại giao thì là gì?", "ellipsis", "",
          "Theo Bộ trưởng Bùi Thanh Sơn, sự tham dự của Thủ tướng có ý nghĩa gì đối với ngành Ngoại giao?",
          "nguồn cổ vũ, động viên", "R1"),
        T("sao Thủ tướng ko dự hội nghị đó?", "pronoun", A + ",premise",
          "Vì sao Thủ tướng Chính phủ không dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          FP, "R1"),
        T("Thế hội nghị tổng kết ngoại giao năm 2014 có Thủ tướng dự không?", "new", "near-miss",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2014 có Thủ tướng Chính phủ tham dự không?",
          NC, None, "2014"),
    ],
    # c32 — R4 → R1, English start, typo
    [
        T("Which leader attended and directed the MFA's 2024 review conference?", "new", "english",
          "Lãnh đạo nào dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", "R4"),
        T("what era did he say the country is entering?", "pronoun", "english",
          "Thủ tướng Phạm Minh Chính nói đất nước đang vững bước vào kỷ nguyên nào?",
          "kỷ nguyên vươn mình", "R4"),
        T("what kind of resources should be mobilised?", "ellipsis", "english",
          "Theo kết luận của Thủ tướng tại hội nghị tổng kết năm 2024, ngành ngoại giao cần huy động nhất là những nguồn lực nào?",
          "nguồn lực có tính đột phá", "R4"),
        T("hội nghị đó cso bao nhiêu đại biểu?", "pronoun", A + ",typo",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?",
          NR, "R4"),
        T("còn năm 2022?", "substitution", "telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu | 700 đại biểu", "R1"),
    ],
    # c33 — R3 → R0
    [
        T("Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hiệp định CPTPP?", "new", "",
          "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nói gì về Hiệp định CPTPP?",
          "chính thức được triển khai", "R3"),
        T("việc đó được coi là bước gì?", "pronoun", A,
          "Việc Hiệp định CPTPP chính thức được triển khai cho thấy hội nhập quốc tế và ngoại giao kinh tế năm 2019 có bước gì?",
          "bước đột phá mới", "R3"),
        T("còn đối ngoại đa phương thì theo chỉ thị nào?", "substitution", "",
          "Đối ngoại đa phương trong 6 tháng đầu năm 2019 bước đầu thể hiện tinh thần của chỉ thị nào?",
          "Chỉ thị 25", "R3"),
        T("6 tháng đầu năm 2023 ngoại giao đa phương được đánh giá thế nào?", "new", A,
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương như thế nào?",
          "với ngoại giao song phương", "R0"),
        T("nói rõ hơn", "request", A + ",telegraphic",
          "Nói rõ hơn đánh giá về ngoại giao đa phương tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
          "nâng cao uy tín, vị thế", "R0"),
    ],
    # c34 — R0
    [
        T("hội nghị sơ kết 6 tháng đầu 2023 đánh giá đội ngũ cán bộ ra sao?", "new", A,
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá đội ngũ cán bộ ngành ngoại giao như thế nào?",
          "bản lĩnh chính trị && phẩm chất đạo đức", "R0"),
        T("còn quản trị tài vụ?", "substitution", "telegraphic",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá công tác quản trị tài vụ như thế nào?",
          "bài bản hiệu quả", "R0"),
        T("Bộ trưởng có chỉ đạo gì thêm về xây dựng ngành không?", "ellipsis", "",
          "Bộ trưởng Bùi Thanh Sơn có chỉ đạo gì thêm về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          "thi đua khen thưởng && bảo đảm chế độ chính sách", "R0"),
        T("tóm tắt lại", "request", A + ",telegraphic",
          "Tóm tắt lại chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023",
          "ngày càng chuyên nghiệp, hiện đại", "R0"),
        T("Thứ trưởng kết luận hội nghị đó à?", "pronoun", A + ",premise",
          "Có đúng là một Thứ trưởng đã phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 không?",
          FP, "R0"),
    ],
    # c35 — R2 + near-miss
    [
        T("Phó Thủ tướng Trần Lưu Quang muốn Bộ Ngoại giao đi đầu như thế nào?", "new", "paraphrase",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao phát huy mạnh mẽ vai trò gì?",
          "vai trò tiên phong", "R2"),
        T("còn tham gia diễn đàn đa phương?", "substitution", A,
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham gia các diễn đàn, cơ chế đa phương như thế nào?",
          "tham gia hiệu quả", "R2"),
        T("ông ấy là PTT thường trực phải ko?", "pronoun", "premise",
          "Có đúng là ông Trần Lưu Quang là Phó Thủ tướng thường trực Chính phủ khi làm việc với Bộ Ngoại giao không?",
          FP, "R2"),
        T("thế Phó Thủ tướng Lê Văn Thành có làm việc với Bộ Ngoại giao ko?", "substitution", A + ",near-miss",
          "Phó Thủ tướng Lê Văn Thành có làm việc với Bộ Ngoại giao về công tác đối ngoại không?",
          NC, None, "Lê Văn Thành"),
    ],
    # c36 — R1 → R4
    [
        T("Ở hội nghị tổng kết 2022, Thủ tướng muốn ngành ngoại giao phát huy bản sắc gì?", "new", A,
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính muốn ngành ngoại giao phát huy bản sắc gì?",
          "cây tre Việt Nam", "R1"),
        T("trích nguyên văn phương châm ông ấy nêu", "request", "",
          "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại Hội nghị tổng kết năm 2022",
          "dĩ bất biến, ứng vạn biến", "R1"),
        T("Tại hội nghị tổng kết năm 2024, Thủ tướng nói nhiệm vụ bao trùm của ngoại giao là gì?", "new", A,
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của đối ngoại là gì?",
          "tiên phong, trọng yếu, thường xuyên", "R4"),
        T("nhằm tạo đà cho đất nước làm gì?", "ellipsis", "",
          "Nhiệm vụ bao trùm mà Thủ tướng nêu tại hội nghị tổng kết năm 2024 góp phần tạo đà cho đất nước làm gì?",
          "tăng tốc, bứt phá", "R4"),
    ],
    # c37 — R4 + near-miss
    [
        T("Báo cáo năm 2024 nói công tác đối ngoại được triển khai thế nào?", "new", A,
          "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, công tác đối ngoại và ngoại giao năm 2024 được triển khai như thế nào?",
          "chủ động, đồng bộ, sáng tạo", "R4"),
        T("dưới sự lãnh đạo của ai?", "ellipsis", "telegraphic",
          "Năm 2024 công tác đối ngoại và ngoại giao được triển khai dưới sự lãnh đạo của những ai?",
          "Bộ Chính trị, Ban Bí thư", "R4"),
        T("năm đó đối ngoại làm suy giảm vị thế quốc tế à?", "pronoun", A + ",premise",
          "Có đúng là năm 2024 công tác đối ngoại đã làm suy giảm vị thế quốc tế của Việt Nam không?",
          FP, "R4"),
        T("Ai dự ở điểm cầu Quảng Trị?", "ellipsis", "",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", "R4"),
        T("còn ở điểm cầu Quảng Bình?", "substitution", A + ",near-miss",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Bình?",
          NC, None, "Quảng Bình"),
        T("nguồn bài này?", "request", "telegraphic",
          "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị do ai viết, nguồn nào?",
          "Hoài Nhung", "R4"),
    ],
    # c38 — R3, English start + near-misses
    [
        T("Which countries did Vietnam set up comprehensive partnerships with in H1 2019?", "new", "english",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei, Hà Lan", "R3"),
        T("total number of strategic or comprehensive partners?", "ellipsis", "english,telegraphic",
          "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
          "30 quốc gia", "R3"),
        T("what about in 2017?", "substitution", "english,near-miss",
          "Năm 2017 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          NC, None, "2017"),
        T("Hội nghị sơ kết 2019 hướng tới đại hội nào của Đảng?", "new", A,
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao hướng tới Đại hội nào của Đảng?",
          "hướng tới Đại hội XIII", "R3"),
        T("Bộ trưởng Phạm Gia Khiêm có phát biểu ở hội nghị đó không?", "pronoun", "near-miss",
          "Bộ trưởng Phạm Gia Khiêm có phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không?",
          NC, None, "Phạm Gia Khiêm"),
    ],
    # c39 — R0 → R1
    [
        T("BT Bùi Thanh Sơn đề nghị đưa quan hệ với các nước láng giềng ra sao trong 6 tháng cuối 2023?", "new", A,
          "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các nước láng giềng, các nước lớn như thế nào trong 6 tháng cuối năm 2023?",
          "vào chiều sâu, ổn định", "R0"),
        T("ông ấy nhắc phát huy vai trò gì?", "pronoun", "",
          "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao phát huy vai trò gì trong 6 tháng cuối năm 2023?",
          "vai trò tiên phong", "R0"),
        T("còn ở hội nghị tổng kết 2022, ông ấy quyết tâm xây dựng ngành thế nào?", "substitution", A,
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn quyết tâm xây dựng ngành Ngoại giao như thế nào?",
          "thực sự trong sạch, vững mạnh", "R1"),
        T("hội nghị đó tổ chức ngày nào?", "pronoun", "",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức ngày nào?",
          "Sáng 10/1 | 10/1", "R1"),
    ],
    # c40 — R2, English start
    [
        T("What did Minister Bui Thanh Son report to Deputy PM Tran Luu Quang?", "new", "english",
          "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
          "nhiệm vụ đối ngoại năm 2022", "R2"),
        T("and what did he call the ministry's central task?", "pronoun", "english",
          "Bộ trưởng Bùi Thanh Sơn xác định nhiệm vụ trung tâm của Bộ Ngoại giao là gì?",
          "phục vụ phát triển đất nước", "R2"),
        T("tinh thần phục vụ trước hết là phụng sự ai?", "ellipsis", A,
          "Theo Bộ trưởng Bùi Thanh Sơn, tinh thần phục vụ của Bộ Ngoại giao trước hết là phụng sự ai?",
          "phụng sự Đảng, nhà nước", "R2"),
        T("nguồn?", "request", "telegraphic",
          "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
          "VGP", "R2"),
    ],
    # c41 — R1
    [
        T("theo báo cáo, năm 2022 ngoại giao giups nền kinh tế thế nào?", "new", A + ",typo,paraphrase",
          "Theo Bộ trưởng Bùi Thanh Sơn, năm 2022 công tác ngoại giao kinh tế đã đóng góp gì cho nền kinh tế?",
          "phục hồi mạnh mẽ && thu hút đầu tư, du lịch", "R1"),
        T("xuất nhập khẩu bao nhiêu?", "ellipsis", "telegraphic",
          "Năm 2022 kim ngạch xuất nhập khẩu của Việt Nam đạt bao nhiêu?",
          "kỷ lục 700 tỷ | 700 tỷ", "R1"),
        T("vậy là kim ngạch giảm so với trước hả?", "ellipsis", A + ",premise",
          "Có đúng là năm 2022 kim ngạch xuất nhập khẩu của Việt Nam giảm so với trước không?",
          FP, "R1"),
        T("đa phương thì sao?", "substitution", "telegraphic",
          "Năm 2022 đối ngoại đa phương được Bộ trưởng Bùi Thanh Sơn đánh giá như thế nào?",
          "đóng góp có trách nhiệm", "R1"),
        T("năm đó VN có bao nhiêu sáng kiến tại LHQ?", "pronoun", A,
          "Năm 2022 Việt Nam đưa ra bao nhiêu sáng kiến tại Liên Hợp Quốc?",
          NR, "R1"),
    ],
    # c42 — R4 → R3
    [
        T("Hội nghị trực tuyến ngày 6/1 của Bộ Ngoại giao tổng kết công tác năm nào?", "new", A,
          "Hội nghị trực tuyến ngày 6/1 của Bộ Ngoại giao tổng kết công tác ngành ngoại giao năm nào?",
          "ngành ngoại giao năm 2024 | năm 2024", "R4"),
        T("triển khai nhiệm vụ năm nào?", "ellipsis", "telegraphic",
          "Hội nghị trực tuyến ngày 6/1 của Bộ Ngoại giao triển khai nhiệm vụ năm nào?",
          "nhiệm vụ năm 2025 | năm 2025", "R4"),
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá ngoại giao kinh tế thế nào?", "new", "",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá hội nhập quốc tế và ngoại giao kinh tế như thế nào?",
          "bước đột phá mới", "R3"),
        T("lúc đó hiệp định nào đc ký?", "pronoun", A,
          "Trong 6 tháng đầu năm 2019, hiệp định nào được ký kết?",
          "EVFTA && bảo hộ đầu tư", "R3"),
    ],
    # c43 — R3
    [
        T("Phạm Bình Minh muốn các đơn vị trong Bộ và các bộ, ngành làm gì với nhau nhiều hơn?", "new", "paraphrase",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu các đơn vị trong Bộ và giữa Bộ với các Bộ, ban, ngành làm gì?",
          "tăng cường sự phối hợp", "R3"),
        T("ông ấy đề xuất cắt giảm tuyển dụng cán bộ hả?", "pronoun", A + ",premise",
          "Có đúng là Phó Thủ tướng Phạm Bình Minh đề xuất cắt giảm tuyển dụng cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2019 không?",
          FP, "R3"),
        T("trích nguyên văn chỉ đạo về cán bộ", "request", "",
          "Trích nguyên văn chỉ đạo của Phó Thủ tướng Phạm Bình Minh về công tác cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2019",
          "tuyển dụng, đào tạo cán bộ", "R3"),
        T("năm đó tuyển được bao nhiêu cán bộ?", "pronoun", A,
          "Năm 2019 Bộ Ngoại giao tuyển dụng được bao nhiêu cán bộ?",
          NR, "R3"),
    ],
    # c44 — R0, typo, English, near-miss
    [
        T("hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về bảo vệ chủ quyềnn?", "new", A + ",typo",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá ngoại giao góp phần bảo vệ chủ quyền như thế nào?",
          "các biện pháp hòa bình", "R0"),
        T("what about economic diplomacy support for localities and businesses?", "substitution", "english",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá hoạt động ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp như thế nào?",
          "kết nối đối tác && mở rộng thị trường", "R0"),
        T("Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại hội nghị đó?", "pronoun", "near-miss",
          "Thứ trưởng Nguyễn Minh Vũ phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          NC, None, "Nguyễn Minh Vũ"),
        T("tóm tắt ý chính hội nghị", "request", A + ",telegraphic",
          "Tóm tắt ý chính của Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao",
          "chủ động, thích ứng, sáng tạo && một điểm sáng", "R0"),
    ],
    # c45 — R2 → R4
    [
        T("PTT Quang nói để phát triển nhanh, bền vững cần tranh thủ gì?", "new", A,
          "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tranh thủ những gì để phục vụ phát triển nhanh, bền vững đất nước?",
          "các nguồn lực bên ngoài && yếu tố quốc tế thuận lợi", "R2"),
        T("về hội nhập thì sao?", "substitution", "telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao hội nhập quốc tế như thế nào?",
          "quốc tế sâu rộng, toàn diện", "R2"),
        T("Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng nói cần huy động nguồn lực nào?", "new", A,
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói cần huy động những nguồn lực nào?",
          "nguồn lực có tính đột phá", "R4"),
        T("Ở hội nghị đó Phó Chủ tịch tỉnh Hoàng Nam phát biểu kết luận à?", "pronoun", "premise",
          "Có đúng là Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
          FP, "R4"),
    ],
    # c46 — R1 + near-miss
    [
        T("Tham luận tại hội nghị tổng kết 2022 nói ngành ngoại giao đã phối hợp với ai?", "new", "",
          "Các tham luận tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 đánh giá ngành Ngoại giao đã phối hợp chặt chẽ với những ai?",
          "ban, bộ, ngành Trung ương", "R1"),
        T("còn HN tk năm 2016?", "substitution", A + ",telegraphic,near-miss",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2016 đánh giá ngành Ngoại giao đã phối hợp với những ai?",
          NC, None, "2016"),
        T("Thủ tướng muốn đánh thức điều gì ở mỗi cán bộ ngoại giao?", "new", A + ",paraphrase",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói thời gian tới ngành ngoại giao cần khơi dậy điều gì?",
          "tâm huyết, trí tuệ", "R1"),
        T("ông ấy muốn ngành nỗ lực thế nào?", "pronoun", "",
          "Thủ tướng Phạm Minh Chính muốn ngành ngoại giao nỗ lực như thế nào trong thời gian tới?",
          "nỗ lực lớn hơn && quyết tâm cao hơn", "R1"),
    ],
    # c47 — R4, English start
    [
        T("What did the 2024 review say about restructuring the MFA?", "new", "english",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 nói gì về việc sắp xếp tổ chức bộ máy của Bộ Ngoại giao?",
          "tinh gọn tổ chức bộ máy", "R4"),
        T("which bodies' functions does it take over?", "pronoun", "english",
          "Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương", "R4"),
        T("khi nào hoàn thành sáp nhập?", "ellipsis", A,
          "Khi nào Bộ Ngoại giao hoàn thành việc tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội?",
          NR, "R4"),
        T("tóm tắt lại phần này", "request", "",
          "Tóm tắt lại nội dung về tinh gọn tổ chức bộ máy của Bộ Ngoại giao trong báo cáo tổng kết năm 2024",
          "tinh gọn tổ chức bộ máy && Ủy ban Đối ngoại Quốc hội", "R4"),
    ],
    # c48 — R3 → R2 + near-miss
    [
        T("Bài báo về hội nghị sơ kết 2019 của Bộ Ngoại giao đăng ngày nào?", "new", A,
          "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?",
          "22/07/2019 | 22/7", "R3"),
        T("Phó Thủ tướng nào đến trụ sở Bộ Ngoại giao bàn triển khai công tác đối ngoại năm 2023?", "new", "",
          "Phó Thủ tướng nào đã đến Trụ sở Bộ Ngoại giao làm việc về triển khai công tác đối ngoại trong năm 2023?",
          "Trần Lưu Quang", "R2"),
        T("ngày nào?", "ellipsis", A + ",telegraphic",
          "Phó Thủ tướng Trần Lưu Quang làm việc tại Trụ sở Bộ Ngoại giao vào ngày nào?",
          "31-1", "R2"),
        T("còn Phó Thủ tướng Vũ Đức Đam?", "substitution", "near-miss",
          "Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao vào ngày nào?",
          NC, None, "Vũ Đức Đam"),
    ],
]


def finalize(turn):
    q = turn["question"]
    tags = list(turn["tags"])
    if "accentless" in tags:
        q = strip_diacritics(q)
    if "english" not in tags and q == strip_diacritics(q) and "accentless" not in tags:
        tags.append("accentless")
    if has_abbrev(q) and "abbrev" not in tags:
        tags.append("abbrev")
    unknown = [t for t in tags if t not in TAG_ORDER]
    if unknown:
        raise ValueError("unknown tag %r in %r" % (unknown, q))
    tags = [t for t in TAG_ORDER if t in tags]
    return dict(turn, question=q, tags=tags)


def rows():
    out = []
    for i, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % i
        for turn in conv:
            t = finalize(turn)
            t["conversation"] = cid
            out.append(t)
    return out


def main():
    lines = list(HEADER)
    for t in rows():
        lines.append("\t".join([
            t["conversation"], t["question"], t["kind"],
            ",".join(t["tags"]) if t["tags"] else "-",
            t["read_as"], t["facts"],
        ]))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %s (%d turns, %d conversations)" % (OUT, len(lines) - len(HEADER), len(CONVERSATIONS)))


if __name__ == "__main__":
    main()
