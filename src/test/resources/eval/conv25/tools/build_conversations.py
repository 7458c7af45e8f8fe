#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 25.

Every turn below is written by hand from the five report texts in ../given/.
Each turn records the report it is based on (R0-R4) or None for
not_in_corpus turns.  Accentless questions are written with diacritics here
and stripped by strip_accents() when a=True; the `accentless` and `abbrev`
tags are derived from the final question text, all other tags are by hand.

Run:  python3 tools/build_conversations.py   (writes ../conversations.tsv)
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
OUT = os.path.join(ROOT, "conversations.tsv")

REPORTS = {
    "R0": "000_47e75d3c86d27e21.txt",  # Sơ kết 6 tháng đầu năm 2023 (5/7), BT Bùi Thanh Sơn
    "R1": "001_8430b1541a21d71d.txt",  # Tổng kết 2022 (10/1), TTg Phạm Minh Chính, điểm cầu Cao Bằng
    "R2": "002_0e1cf19fdeddcf6d.txt",  # PTT Trần Lưu Quang làm việc với BNG (31-1), nhiệm vụ 2023
    "R3": "003_60cdc4bfe3deff94.txt",  # Sơ kết 6 tháng đầu năm 2019 (22/7), PTT-BT Phạm Bình Minh
    "R4": "004_771f5d769968830d.txt",  # Tổng kết 2024 (6/1), TTg Phạm Minh Chính, điểm cầu Quảng Trị
}

HEADER = [
    "# Blind conversation set 25 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

KINDS = ("new", "pronoun", "ellipsis", "substitution", "request")
TAG_ORDER = ("accentless", "abbrev", "telegraphic", "typo", "english",
             "premise", "near-miss", "paraphrase")
MANUAL_TAGS = set(TAG_ORDER) - {"accentless", "abbrev"}

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

# Abbreviations users type (whole words).  Upper-case ones are case-sensitive.
ABBREV_RE = re.compile(
    r"(?<!\w)(HN|BNG|TTg|TTG|PTT|BT|NG|HĐBA|HDBA|LHQ|VN|TBT|TW|XNK|UBND|[Tt][Kk]|[Ss][Kk])(?!\w)")


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def norm(s):
    return strip_accents(s).lower()


def has_abbrev(q):
    return bool(ABBREV_RE.search(q))


def T(q, kind, rep, read_as, facts, tags="", a=False):
    """One turn. a=True -> question is typed without diacritics."""
    return dict(q=strip_accents(q) if a else q, kind=kind, rep=rep,
                read_as=read_as, facts=facts,
                tags=[t for t in tags.split(",") if t])


# ---------------------------------------------------------------------------
# Conversations (hand-written)
# ---------------------------------------------------------------------------
CONVS = [
    # c01: sơ kết 2023 -> switch to sơ kết 2019
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao họp ngày nào?", "new", "R0",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
          "5/7", a=True),
        T("ai phát biểu kết luận?", "ellipsis", "R0",
          "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn"),
        T("ông ấy biểu dương ai?", "pronoun", "R0",
          "Khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
          "công chức, viên chức | người lao động"),
        T("còn sk 2019 thì ai phát biểu chỉ đạo?", "substitution", "R3",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh"),
        T("lúc đó ông ấy giữ những chức vụ gì", "pronoun", "R3",
          "Khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ những chức vụ gì?",
          "Phó Thủ tướng && Bộ trưởng Ngoại giao && Ủy viên Bộ Chính trị", a=True),
    ],
    # c02: tổng kết 2022
    [
        T("HN tk ngành NG năm 2022 tổ chức hôm nào, bao nhiêu đại biểu?", "new", "R1",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức ngày nào và có bao nhiêu đại biểu tham dự?",
          "10/1 && 700", tags="telegraphic"),
        T("kết nối tới bao nhiêu tỉnh thành?", "ellipsis", "R1",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu bao nhiêu tỉnh, thành phố?",
          "63 tỉnh, thành phố", a=True),
        T("ai chủ trì", "ellipsis", "R1",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bùi Thanh Sơn"),
        T("thế còn Thủ tướng, có dự không?", "substitution", "R1",
          "Thủ tướng nào tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Phạm Minh Chính"),
        T("ông ấy yêu cầu ngành thực hiện bao nhiêu nhiệm vụ trọng tâm?", "pronoun", "R1",
          "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
          "6 nhiệm vụ trọng tâm", a=True),
        T("nhiệm vụ thứ năm là gì?", "ellipsis", "R1",
          "Trong 6 nhiệm vụ trọng tâm Thủ tướng Phạm Minh Chính giao cho ngành Ngoại giao tại Hội nghị tổng kết năm 2022, nhiệm vụ thứ năm là gì?",
          NR),
    ],
    # c03: điểm cầu Cao Bằng -> Quảng Trị 2024
    [
        T("Ai dự hội nghị tổng kết ngành ngoại giao 2022 tại điểm cầu Cao Bằng?", "new", "R1",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", a=True),
        T("ngừơi đó giữ chức gì?", "pronoun", "R1",
          "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh", tags="typo"),
        T("những huyện nào dự?", "ellipsis", "R1",
          "UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "Quảng Hòa && Thạch An && Hà Quảng && Trùng Khánh && Bảo Lạc && Bảo Lâm && Hạ Lang", a=True),
        T("điểm cầu đó có bao nhiêu người tham dự?", "pronoun", "R1",
          "Điểm cầu Cao Bằng của Hội nghị tổng kết ngành Ngoại giao năm 2022 có bao nhiêu người tham dự?",
          NR),
        T("còn năm 2024 ở điểm cầu Quảng Trị thì ai dự?", "substitution", "R4",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam"),
        T("hội nghị đó diễn ra ngày nào", "pronoun", "R4",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?",
          "6/1", a=True),
    ],
    # c04: HĐBA 2019
    [
        T("Năm 2019 VN trúng cử ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "R3",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193"),
        T("nhiệm kỳ nào?", "ellipsis", "R3",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
          "2020-2021", a=True),
        T("nguồn nào?", "request", "R3",
          "Thông tin về việc Việt Nam trúng cử Hội đồng Bảo an trong báo cáo sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?",
          "CLO", a=True),
        T("năm đó VN còn tổ chức thành công sự kiện quốc tế gì?", "pronoun", "R3",
          "Theo báo cáo sơ kết 6 tháng đầu năm 2019, năm 2019 Việt Nam đã tổ chức thành công sự kiện quốc tế nào?",
          "thượng đỉnh && Triều"),
        T("nước nào không bỏ phiếu cho VN?", "ellipsis", "R3",
          "Trong cuộc bầu Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021, nước nào không bỏ phiếu cho Việt Nam?",
          NR, a=True),
    ],
    # c05: tổng kết 2024
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra ngày nào?", "new", "R4",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?",
          "6/1", a=True),
        T("ai dự và chỉ đạo?", "ellipsis", "R4",
          "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính"),
        T("ai chủ trì?", "ellipsis", "R4",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          NR),
        T("ông ấy nói nhiệm vụ bao trùm là gì", "pronoun", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
          "vai trò tiên phong | môi trường hòa bình, ổn định", a=True),
        T("trích nguyên văn đoạn cuối", "request", "R4",
          "Trích nguyên văn phần cuối câu Thủ tướng Phạm Minh Chính nói về nhiệm vụ bao trùm tại Hội nghị tổng kết ngành ngoại giao năm 2024.",
          "vươn mình của dân tộc"),
    ],
    # c06: PTT Trần Lưu Quang
    [
        T("Phó Thủ tướng nào làm việc với Bộ Ngoại giao chiều 31-1 về công tác đối ngoại năm 2023?", "new", "R2",
          "Phó Thủ tướng nào làm việc với Bộ Ngoại giao chiều 31-1 về triển khai công tác đối ngoại năm 2023?",
          "Trần Lưu Quang"),
        T("ở đâu?", "ellipsis", "R2",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao"),
        T("ai báo cáo kết quả năm 2022?", "ellipsis", "R2",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
          "Bùi Thanh Sơn", a=True),
        T("PTT có phê bình BNG chậm trễ việc gì không", "ellipsis", "R2",
          "Phó Thủ tướng Trần Lưu Quang đã phê bình Bộ Ngoại giao chậm trễ những việc gì tại buổi làm việc?",
          FP, tags="premise", a=True),
        T("theo PTT nhiệm vụ trung tâm là gì", "ellipsis", "R2",
          "Theo Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao, nhiệm vụ trung tâm là gì?",
          "phục vụ phát triển đất nước", a=True),
    ],
    # c07: sơ kết 2019 -> sơ kết 2023 (new)
    [
        T("Phạm Bình Minh chỉ đạo những điểm nào cần lưu tâm tại HN sơ kết 6 tháng đầu 2019", "new", "R3",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo những điểm nào cần lưu tâm?",
          "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa", tags="telegraphic", a=True),
        T("nói rõ hơn điểm thứ hai", "request", "R3",
          "Nói rõ hơn điểm thứ hai (tăng cường phối hợp) mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
          "các đơn vị trong Bộ && các Bộ, ban, ngành"),
        T("còn về xây dựng ngành?", "substitution", "R3",
          "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "tuyển dụng, đào tạo cán bộ && bảo vệ chính trị nội bộ", a=True),
        T("ông ấy có đòi cắt giảm biên chế bao nhiêu phần trăm?", "pronoun", "R3",
          "Phó Thủ tướng Phạm Bình Minh yêu cầu Bộ Ngoại giao cắt giảm biên chế bao nhiêu phần trăm tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          FP, tags="premise"),
        T("Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về xây dựng ngành tại HN sơ kết 6 tháng đầu năm 2023?", "new", "R0",
          "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          "thi đua khen thưởng | chuyên nghiệp, hiện đại"),
    ],
    # c08: English, tổng kết 2022
    [
        T("Who chaired the foreign ministry's 2022 review conference?", "new", "R1",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bùi Thanh Sơn", tags="english"),
        T("How many delegates attended?", "ellipsis", "R1",
          "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "700", tags="english"),
        T("Which prime minister gave directions there?", "ellipsis", "R1",
          "Thủ tướng nào phát biểu chỉ đạo tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Phạm Minh Chính", tags="english"),
        T("ông ấy chê ngành NG không đạt chỉ tiêu xuất khẩu nào?", "pronoun", "R1",
          "Thủ tướng Phạm Minh Chính chê ngành Ngoại giao không đạt chỉ tiêu xuất khẩu nào tại Hội nghị tổng kết năm 2022?",
          FP, tags="premise"),
    ],
    # c09: Hội nghị Ngoại giao lần thứ 31 / 32 / 30
    [
        T("HN tk NG 2022 nhìn lại việc thực hiện kết luận của Hội nghị Ngoại giao lần thứ mấy?", "new", "R1",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 nhìn lại việc thực hiện các kết luận, chỉ đạo tại Hội nghị Ngoại giao lần thứ mấy?",
          "lần thứ 31"),
        T("còn lần thứ 32 thì họp khi nào?", "substitution", None,
          "Hội nghị Ngoại giao lần thứ 32 được tổ chức khi nào?",
          NIC, tags="near-miss"),
        T("thế Hội nghị Ngoại giao 30 được nhắc ở HN nào?", "substitution", "R3",
          "Hội nghị Ngoại giao 30 được nhắc đến trong báo cáo hội nghị nào của Bộ Ngoại giao?",
          "2019"),
        T("hội nghị đó ai chỉ đạo?", "pronoun", "R3",
          "Ai phát biểu chỉ đạo Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", a=True),
        T("còn HN sk 6 tháng đầu 2020?", "substitution", None,
          "Ai phát biểu chỉ đạo Hội nghị sơ kết công tác 6 tháng đầu năm 2020 của Bộ Ngoại giao?",
          NIC, tags="near-miss", a=True),
    ],
    # c10: sơ kết 2023, false premise + not reported
    [
        T("Sơ kết 6 tháng đầu năm 2023, BNG coi đối ngoại là gì trong thành tựu chung cả nước?", "new", "R0",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ Ngoại giao đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
          "điểm sáng", a=True),
        T("với phương châm gì", "ellipsis", "R0",
          "Công tác đối ngoại 6 tháng đầu năm 2023 được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo"),
        T("TTg phát biểu gì ở hội nghị đó", "pronoun", "R0",
          "Thủ tướng đã phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          FP, tags="premise", a=True),
        T("ai được khen thưởng?", "ellipsis", "R0",
          "Những ai được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "tập thể và cá nhân"),
        T("bao nhiêu tập thể được khen?", "ellipsis", "R0",
          "Có bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          NR, a=True),
    ],
    # c11: Nghị quyết 18, tinh gọn bộ máy
    [
        T("Thủ tướng yêu cầu tổng kết nghị quyết nào tại hội nghị tổng kết ngoại giao 2024?", "new", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?",
          "Nghị quyết 18"),
        T("BNG tiếp nhận chức năng của những cơ quan nào?", "ellipsis", "R4",
          "Theo báo cáo Hội nghị tổng kết ngoại giao 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", a=True),
        T("tóm tắt lại", "request", "R4",
          "Tóm tắt lại yêu cầu của Thủ tướng về tổng kết Nghị quyết 18 và tổ chức bộ máy Bộ Ngoại giao tại Hội nghị tổng kết 2024.",
          "tinh gọn tổ chức bộ máy", a=True),
        T("vậy Ban Đối ngoại TW bị giải thể ngày nào?", "ellipsis", "R4",
          "Ban Đối ngoại Trung ương bị giải thể vào ngày nào theo báo cáo Hội nghị tổng kết ngoại giao 2024?",
          FP, tags="premise"),
        T("còn HN tk năm 2023 tổ chức ngày nào?", "substitution", None,
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2023 (triển khai nhiệm vụ năm 2024) được tổ chức ngày nào?",
          NIC, tags="near-miss", a=True),
    ],
    # c12: hiệp định 2019, Chỉ thị 25
    [
        T("6 tháng đầu 2019 những hiệp định thương mại nào được triển khai hoặc ký?", "new", "R3",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, những hiệp định thương mại nào được triển khai hoặc ký kết?",
          "CPTPP && EVFTA", a=True),
        T("EVFTA ký với ai", "ellipsis", "R3",
          "Hiệp định EVFTA nêu trong báo cáo sơ kết 6 tháng đầu năm 2019 là hiệp định tự do thương mại với đối tác nào?",
          "EU"),
        T("còn hiệp định gì nữa được ký", "ellipsis", "R3",
          "Ngoài EVFTA, hiệp định nào khác được ký kết trong 6 tháng đầu năm 2019?",
          "Hiệp định bảo hộ đầu tư"),
        T("Chỉ thị 25 của Ban Bí thư được nhắc tới là về vấn đề gì?", "new", "R3",
          "Chỉ thị 25 của Ban Bí thư được nhắc tới trong báo cáo sơ kết 6 tháng đầu năm 2019 là về vấn đề gì?",
          "đối ngoại đa phương"),
        T("chỉ thị đó ban hành năm nào?", "pronoun", "R3",
          "Chỉ thị 25 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương được ban hành năm nào?",
          NR, a=True),
    ],
    # c13: PTT Trần Lưu Quang - nội dung
    [
        T("PTT Trần Lưu Quang làm việc với BNG về nội dung gì?", "new", "R2",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?",
          "triển khai công tác đối ngoại", a=True),
        T("buổi đó có ai dư", "pronoun", "R2",
          "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          "Bùi Thanh Sơn && Văn phòng Chính phủ", tags="typo"),
        T("PTT nhận định thế giới thời gian tới thế nào", "ellipsis", "R2",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới như thế nào?",
          "biến động sâu sắc, phức tạp"),
        T("nhắc chỉ đạo của TBT tại hội nghị nào?", "ellipsis", "R2",
          "Phó Thủ tướng Trần Lưu Quang nhắc tới chỉ đạo của Tổng Bí thư tại hội nghị nào?",
          "Hội nghị đối ngoại toàn quốc && 2021", a=True),
        T("TBT đó là ai?", "pronoun", "R2",
          "Tổng Bí thư có chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021 được Phó Thủ tướng Trần Lưu Quang nhắc tới là ai?",
          "Nguyễn Phú Trọng"),
    ],
    # c14: English, sơ kết 2019
    [
        T("What vote did Vietnam get for the UN Security Council seat, according to the mid-2019 MFA review?", "new", "R3",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam trúng cử Hội đồng Bảo an Liên Hợp Quốc với số phiếu bao nhiêu?",
          "192/193", tags="english"),
        T("Who gave the main directing speech?", "ellipsis", "R3",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", tags="english"),
        T("Did he announce that Vietnam will host a third US-North Korea summit?", "pronoun", "R3",
          "Phó Thủ tướng Phạm Bình Minh đã thông báo Việt Nam sẽ tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 3 tại Hội nghị sơ kết 6 tháng đầu năm 2019 như thế nào?",
          FP, tags="english,premise"),
        T("How many strategic or comprehensive partners did Vietnam have by then?", "ellipsis", "R3",
          "Đến giữa năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu quốc gia?",
          "30", tags="english"),
    ],
    # c15: tổng kết 2022 - hình ảnh, phương châm
    [
        T("Ở hội nghị tổng kết 2022, Thủ tướng ví bản sắc ngoại giao VN như loài cây nào?", "new", "R1",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính dùng hình ảnh cây gì để nói về bản sắc ngoại giao Việt Nam?",
          "cây tre Việt Nam", tags="paraphrase"),
        T("phương châm ứng xử là gì", "ellipsis", "R1",
          "Thủ tướng nêu phương châm ứng xử ngoại giao nào tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "dĩ bất biến, ứng vạn biến"),
        T("trích nguyên văn câu về bảo vệ Tổ quốc từ sớm, từ xa", "request", "R1",
          "Trích nguyên văn câu của Thủ tướng về bảo vệ Tổ quốc \"từ sớm\", \"từ xa\" tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "từ khi nước chưa nguy"),
        T("còn về hợp tác và đấu tranh thì sao?", "substitution", "R1",
          "Về hợp tác và đấu tranh, Thủ tướng nói cách nhìn nhận chuyển từ \"địch\", \"ta\" sang gì?",
          "đối tác, đối tượng", a=True),
        T("ông ấy có bảo cắt quan hệ với nước nào không", "pronoun", "R1",
          "Thủ tướng Phạm Minh Chính yêu cầu cắt quan hệ với những nước nào tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          FP, tags="premise", a=True),
    ],
    # c16: sơ kết 2023 -> tổng kết 2024 (new)
    [
        T("HN sơ kết 6 tháng 2023, BT đề nghị gì về thông tin đối ngoại?", "new", "R0",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?",
          "phương thức truyền thông mới", tags="telegraphic", a=True),
        T("còn ngoại giao kinh tế được đánh giá sao?", "substitution", "R0",
          "Công tác ngoại giao kinh tế 6 tháng đầu năm 2023 được đánh giá thế nào?",
          "trọng tâm, trọng điểm", a=True),
        T("Năm 2024 ngoại giao kinh tế chuyển biến mạnh ở những lĩnh vực nào?", "new", "R4",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chíp bán dẫn && trí tuệ nhân tạo"),
        T("nhờ đó VN nằm trong nhóm nước nào", "ellipsis", "R4",
          "Nhờ ngoại giao kinh tế năm 2024, Việt Nam được duy trì trong nhóm nước nào?",
          "tăng trưởng cao"),
        T("thu hút bao nhiêu tỷ USD FDI?", "ellipsis", "R4",
          "Năm 2024 Việt Nam thu hút được bao nhiêu tỷ USD vốn đầu tư nước ngoài theo báo cáo tổng kết ngoại giao 2024?",
          NR, tags="telegraphic", a=True),
    ],
    # c17: PTT Trần Lưu Quang - các nhiệm vụ
    [
        T("Buổi làm việc của PTT Trần Lưu Quang với Bộ Ngoại giao diễn ra lúc nào?", "new", "R2",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra lúc nào?",
          "31-1"),
        T("ông ấy có yêu cầu hoãn chương trình đối ngoại cấp cao không?", "pronoun", "R2",
          "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu hoãn chương trình đối ngoại cấp cao?",
          FP, tags="premise", a=True),
        T("nhiệm vụ trọng yếu, thường xuyên là gì theo PTT?", "ellipsis", "R2",
          "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của ngành ngoại giao là gì?",
          "giữ vững hòa bình, ổn định"),
        T("còn nhiệm vụ quan trọng?", "substitution", "R2",
          "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng của ngành ngoại giao là gì?",
          "vị thế và uy tín"),
        T("còn PTT Trần Lưu Quang làm việc với BNG năm 2024 thì nói gì?", "substitution", None,
          "Phó Thủ tướng Trần Lưu Quang nói gì khi làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2024?",
          NIC, tags="near-miss"),
    ],
    # c18: English, tổng kết 2024
    [
        T("When was the 2024 diplomatic sector review conference held?", "new", "R4",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ngày nào?",
          "6/1", tags="english"),
        T("Who wrote this article?", "request", "R4",
          "Ai là tác giả bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024?",
          "Hoài Nhung", tags="english"),
        T("Which provincial official joined from the Quang Tri bridge point?", "ellipsis", "R4",
          "Lãnh đạo tỉnh nào dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", tags="english"),
        T("bao nhiêu đại biểu dự trực tuyến", "ellipsis", "R4",
          "Có bao nhiêu đại biểu dự trực tuyến Hội nghị tổng kết ngành ngoại giao năm 2024?",
          NR, a=True),
    ],
    # c19: khai mạc tổng kết 2022 -> 2021
    [
        T("Khai mạc HN tk 2022, BT Bùi Thanh Sơn nói HN nhằm mục đích gì?", "new", "R1",
          "Khai mạc Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
          "nhìn lại một năm", a=True),
        T("kim ngạch XNK năm đó vượt mốc bao nhiêu", "pronoun", "R1",
          "Năm 2022 kim ngạch xuất nhập khẩu của Việt Nam vượt mốc bao nhiêu theo báo cáo tổng kết ngành Ngoại giao?",
          "700 tỷ USD", a=True),
        T("nguồn?", "request", "R1",
          "Bài báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2022 do ai viết, nguồn nào?",
          "Vi Trường", tags="telegraphic"),
        T("bao nhiêu doanh nghiệp được hỗ trợ", "ellipsis", "R1",
          "Năm 2022 ngoại giao kinh tế đã hỗ trợ bao nhiêu doanh nghiệp?",
          NR, a=True),
        T("còn tk năm 2021 thì kim ngạch bao nhiêu?", "substitution", None,
          "Theo Hội nghị tổng kết ngành Ngoại giao năm 2021, kim ngạch xuất nhập khẩu đạt bao nhiêu?",
          NIC, tags="near-miss"),
    ],
    # c20: cán bộ "vừa hồng, vừa chuyên" 2019 -> 2024
    [
        T("Tại HN sơ kết 2019, BNG muốn xây dựng đội ngũ cán bộ như thế nào?", "new", "R3",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ như thế nào?",
          "vừa hồng, vừa chuyên && tinh nhuệ"),
        T("HN tk 2024 thì yêu cầu cán bộ ngoại giao phải thế nào?", "new", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, đội ngũ cán bộ ngoại giao được yêu cầu như thế nào?",
          "tuyệt đối trung thành && tinh thông về nghiệp vụ", tags="telegraphic", a=True),
        T("khôn khéo về gì", "ellipsis", "R4",
          "Theo yêu cầu tại Hội nghị tổng kết ngoại giao 2024, cán bộ ngoại giao phải khôn khéo về gì?",
          "ứng xử"),
        T("ai nêu yêu cầu đó", "pronoun", "R4",
          "Ai nêu yêu cầu xây dựng đội ngũ cán bộ ngoại giao \"vừa hồng, vừa chuyên\" khi kết luận Hội nghị tổng kết ngoại giao 2024?",
          "Phạm Minh Chính"),
        T("ông ấy kỷ luật những cán bộ nào?", "pronoun", "R4",
          "Thủ tướng Phạm Minh Chính đã kỷ luật những cán bộ ngoại giao nào tại Hội nghị tổng kết năm 2024?",
          FP, tags="premise", a=True),
    ],
    # c21: người dự sơ kết 2023
    [
        T("Ai dự HN sơ kết 6 tháng đầu năm 2023 của BNG?", "new", "R0",
          "Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn && đại diện các đơn vị"),
        T("thế Thứ trưởng Đặng Hoàng Giang phát biểu gì?", "substitution", None,
          "Thứ trưởng Đặng Hoàng Giang phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          NIC, tags="near-miss", a=True),
        T("BT đề nghị đưa quan hệ với ai vào chiều sâu", "ellipsis", "R0",
          "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với những ai vào chiều sâu, ổn định, bền vững trong 6 tháng cuối năm 2023?",
          "các nước láng giềng && các nước lớn && bạn bè truyền thống", a=True),
        T("tin này của hãng nào?", "request", "R0",
          "Bản tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là của hãng thông tấn nào?",
          "TTXVN"),
    ],
    # c22: mục tiêu 2025 -> tổng kết 2022
    [
        T("Bộ Ngoại giao đặt mục tiêu gì cho năm 2025?", "new", "R4",
          "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025?",
          "thế chủ động chiến lược"),
        T("hội nghi đó tổ chức theo hình thưc nào", "pronoun", "R4",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?",
          "trực tuyến", tags="typo"),
        T("còn HN tk 2022 thì TTg đề nghị ngành đi trước làm gì?", "substitution", "R1",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng đề nghị ngành chủ động đi trước để làm gì?",
          "đi trước mở đường"),
        T("lấy ai làm trung tâm phục vụ?", "ellipsis", "R1",
          "Thủ tướng đề nghị ngành Ngoại giao bám sát tinh thần lấy ai làm trung tâm phục vụ?",
          "người dân, doanh nghiệp, địa phương", a=True),
        T("ông ấy có bảo thu hẹp thị trường nhập khẩu không", "pronoun", "R1",
          "Vì sao Thủ tướng Phạm Minh Chính yêu cầu thu hẹp thị trường nhập khẩu tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          FP, tags="premise", a=True),
    ],
    # c23: English, PTT Trần Lưu Quang
    [
        T("Which Deputy PM worked with the foreign ministry on its 2023 tasks?", "new", "R2",
          "Phó Thủ tướng nào làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023?",
          "Trần Lưu Quang", tags="english"),
        T("Where did the meeting take place?", "ellipsis", "R2",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", tags="english"),
        T("What is the source?", "request", "R2",
          "Bài viết về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
          "VGP", tags="english"),
        T("Did he ask the ministry to close some embassies?", "pronoun", "R2",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao đóng cửa những cơ quan đại diện nào?",
          FP, tags="english,premise"),
    ],
    # c24: ngày sơ kết 2019, tk 2018
    [
        T("HN sơ kết 2019 tổ chức ngày nào", "new", "R3",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ngày nào?",
          "22/7", tags="telegraphic", a=True),
        T("thứ mấy?", "ellipsis", "R3",
          "Ngày tổ chức Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao là thứ mấy?",
          "Thứ hai"),
        T("công tác đối ngoại triển khai theo tinh thần những hội nghị nào?", "ellipsis", "R3",
          "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào?",
          "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018"),
        T("còn HN tk năm 2018 đó thì ai chủ trì?", "substitution", None,
          "Ai chủ trì Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao?",
          NIC, tags="near-miss", a=True),
        T("6 tháng cuối 2019 thì hướng tới đại hội nào", "ellipsis", "R3",
          "Các định hướng ưu tiên 6 tháng cuối năm 2019 của Bộ Ngoại giao hướng tới Đại hội nào của Đảng?",
          "Đại hội XIII", a=True),
    ],
    # c25: điểm cầu, sở ngành -> 2024
    [
        T("tổng kết ngoại giao 2022 hội ngị có kết nối bao nhiêu điểm cầu", "new", "R1",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
          "63 tỉnh, thành phố", tags="typo", a=True),
        T("ở Cao Bằng có những sở nào dự?", "ellipsis", "R1",
          "Tại điểm cầu Cao Bằng, những sở, đơn vị nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "Kế hoạch và Đầu tư && Bộ đội Biên phòng && Công an tỉnh"),
        T("còn năm 2024 thì bài viết từ điểm cầu nào?", "substitution", "R4",
          "Bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 được đưa tin từ điểm cầu tỉnh nào?",
          "Quảng Trị", a=True),
        T("ai viết bài đó", "pronoun", "R4",
          "Ai viết bài về Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoài Nhung"),
        T("hội nghị đó có bao nhiêu điểm cầu?", "pronoun", "R4",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?",
          NR, a=True),
    ],
    # c26: sơ kết 2023 -> PTT Trần Lưu Quang (new)
    [
        T("Hội nghị giữa năm 2023 của Bộ Ngoại giao nhận xét thế giới nửa đầu năm ra sao?", "new", "R0",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực 6 tháng đầu năm như thế nào?",
          "diễn biến nhanh, phức tạp", tags="paraphrase"),
        T("quan hệ với đối tác thì sao", "substitution", "R0",
          "Quan hệ với các đối tác trong 6 tháng đầu năm 2023 được đánh giá như thế nào?",
          "bước phát triển mới", a=True),
        T("Đầu năm 2023 PTT nào đến làm việc với BNG?", "new", "R2",
          "Đầu năm 2023 Phó Thủ tướng nào đến làm việc với Bộ Ngoại giao?",
          "Trần Lưu Quang", a=True),
        T("BT báo cáo là bộ quyết tâm đổi mới gì", "ellipsis", "R2",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo Bộ Ngoại giao quyết tâm đổi mới gì?",
          "tư duy và hành động", a=True),
        T("ông ấy xin tăng ngân sách bao nhiêu?", "pronoun", "R2",
          "Bộ trưởng Bùi Thanh Sơn đề xuất Phó Thủ tướng tăng ngân sách cho ngành ngoại giao bao nhiêu?",
          FP, tags="premise"),
    ],
    # c27: nguồn lực 2024
    [
        T("Thủ tướng Phạm Minh Chính chỉ đạo gì về nguồn lực tại hội nghị tổng kết 2024?", "new", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính chỉ đạo gì về huy động nguồn lực?",
          "nguồn lực có tính đột phá", a=True),
        T("nói rõ hơn", "request", "R4",
          "Nói rõ hơn chỉ đạo của Thủ tướng về huy động nguồn lực tại Hội nghị tổng kết ngành ngoại giao năm 2024.",
          "nguồn lực bên ngoài"),
        T("ông ấy có phản đối việc tiếp nhận chức năng Ban Đối ngoại TW không", "pronoun", "R4",
          "Vì sao Thủ tướng Phạm Minh Chính phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương?",
          FP, tags="premise", a=True),
        T("về xử lý tình huống thì sao", "substitution", "R4",
          "Về xử lý các tình huống đối ngoại, Thủ tướng chỉ đạo gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
          "dài hơi"),
        T("còn BT Lê Hoài Trung nói gì ở HN đó?", "substitution", None,
          "Bộ trưởng Lê Hoài Trung phát biểu gì tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
          NIC, tags="near-miss"),
    ],
    # c28: đối tác 2019 -> sơ kết 2023
    [
        T("bộ ngoại giao sơ kết 2019 số đối tác chiến lược toàn diện lên bn", "new", "R3",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
          "30 quốc gia", tags="telegraphic", a=True),
        T("nước nào mới đc thêm", "ellipsis", "R3",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", a=True),
        T("còn 6 tháng đầu 2023 nâng cấp quan hệ với nước nào?", "substitution", "R0",
          "Trong 6 tháng đầu năm 2023, Việt Nam nâng cấp quan hệ với những nước nào theo báo cáo sơ kết của Bộ Ngoại giao?",
          NR),
        T("HN đó do ai kết luận", "pronoun", "R0",
          "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", a=True),
        T("ngày nào", "ellipsis", "R0",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
          "5/7", tags="telegraphic", a=True),
    ],
    # c29: English, sơ kết 2023
    [
        T("What motto guided Vietnam's diplomacy in the first half of 2023, according to the MFA mid-year review?", "new", "R0",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", tags="english"),
        T("Who presented the awards at that meeting?", "pronoun", "R0",
          "Ai trao tặng danh hiệu, khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bộ trưởng Ngoại giao | Bùi Thanh Sơn", tags="english"),
        T("How many individuals were honored?", "ellipsis", "R0",
          "Có bao nhiêu cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          NR, tags="english"),
        T("tin này của hãng nào", "request", "R0",
          "Bản tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là của hãng thông tấn nào?",
          "TTXVN", a=True),
    ],
    # c30: biên giới, phân định 2022 -> chủ quyền 2019
    [
        T("Năm 2022 ngành ngoại giao phối hợp xử lý những vấn đề gì?", "new", "R1",
          "Theo Hội nghị tổng kết năm 2022, ngành ngoại giao đã phối hợp xử lý đúng đắn, kịp thời những vấn đề gì?",
          "dân chủ, nhân quyền, tôn giáo"),
        T("kết quả phân định thì sao", "substitution", "R1",
          "Năm 2022 ngành ngoại giao đạt kết quả gì về phân định, giải quyết các vấn đề lãnh thổ?",
          "trên biển, trên bộ"),
        T("còn sk 2019 nói bảo vệ chủ quyền thế nào?", "substitution", "R3",
          "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về bảo vệ biên giới, chủ quyền?",
          "chủ quyền biển đảo"),
        T("nguồn tin nào", "request", "R3",
          "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao lấy từ nguồn tin nào?",
          "CLO", a=True),
    ],
    # c31: địa điểm PTT Trần Lưu Quang, near-miss PTT khác
    [
        T("PTT Trần Lưu Quang làm việc với BNG ở đâu", "new", "R2",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?",
          "Trụ sở Bộ Ngoại giao", a=True),
        T("bao nhiêu thủ trưởng đơn vị dự?", "ellipsis", "R2",
          "Có bao nhiêu thủ trưởng các đơn vị của Bộ Ngoại giao dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
          NR, a=True),
        T("ông ấy đánh giá cao điều gì", "pronoun", "R2",
          "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở công tác đối ngoại và ngành ngoại giao?",
          "thành tựu to lớn"),
        T("thế còn PTT Vũ Đức Đam làm việc với BNG hôm nào?", "substitution", None,
          "Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao vào ngày nào?",
          NIC, tags="near-miss", a=True),
    ],
    # c32: người Việt ở nước ngoài, bảo hộ 2023
    [
        T("HN sơ kết 6 tháng đầu năm 2023 đánh giá công tác người VN ở nước ngoài thế nào", "new", "R0",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài như thế nào?",
          "cầu nối", a=True),
        T("bảo hộ công dân thì sao", "substitution", "R0",
          "Công tác bảo hộ công dân 6 tháng đầu năm 2023 được đánh giá thế nào?",
          "đổi mới trong cách thức"),
        T("năm đó bảo hộ được bao nhiêu công dân?", "pronoun", "R0",
          "Trong 6 tháng đầu năm 2023, Bộ Ngoại giao đã bảo hộ bao nhiêu công dân?",
          NR),
        T("BT ra lệnh sơ tán công dân khỏi nước nào", "ellipsis", "R0",
          "Bộ trưởng Bùi Thanh Sơn ra lệnh sơ tán công dân Việt Nam khỏi nước nào tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          FP, tags="premise", a=True),
        T("còn sk 6 tháng đầu năm 2022?", "substitution", None,
          "Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao đánh giá công tác bảo hộ công dân thế nào?",
          NIC, tags="near-miss", a=True),
    ],
    # c33: đối tác 2024, typo
    [
        T("hội nghị tổng kêt ngoại giao 2024 Thủ tướng muốn nâng cấp quan hệ với ai", "new", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng muốn thúc đẩy nâng cấp, nâng tầm quan hệ với ai?",
          "các đối tác quan trọng", tags="typo"),
        T("diễn đàn đa phương thì sao", "substitution", "R4",
          "Về các diễn đàn, cơ chế đa phương, Thủ tướng yêu cầu gì tại Hội nghị tổng kết ngoại giao năm 2024?",
          "uy tín của Việt Nam", a=True),
        T("bài này đăng trên báo nào", "request", "R4",
          "Bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 được đăng trên báo nào?",
          "Quảng Trị | baoquangtri"),
        T("còn HN tk năm 2025 đã diễn ra chưa?", "substitution", None,
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2025 diễn ra khi nào?",
          NIC, tags="near-miss", a=True),
    ],
    # c34: tổng kết 2022 - cây tre, Hiến chương
    [
        T("thu tuong pham minh chinh phat bieu gi o hn tong ket 2022", "new", "R1",
          "Thủ tướng Phạm Minh Chính phát biểu chỉ đạo những gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "đi trước mở đường | chủ động dự báo tình hình", tags="telegraphic"),
        T("nói thêm đi", "request", "R1",
          "Nói rõ hơn nội dung chỉ đạo của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "dám nghĩ, dám làm | không để bị động bất ngờ"),
        T("ông ấy có nói bỏ qua Hiến chương LHQ không", "pronoun", "R1",
          "Vì sao Thủ tướng Phạm Minh Chính nói có thể bỏ qua nguyên tắc Hiến chương Liên Hợp Quốc tại Hội nghị tổng kết năm 2022?",
          FP, tags="premise", a=True),
        T("thế PTT Trần Lưu Quang nói gì ở HN tk 2022?", "substitution", "R1",
          "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          FP, tags="premise"),
    ],
    # c35: tình hình quốc tế 2019 -> "sẵn sàng là bạn" 2022
    [
        T("Ở HN sơ kết 2019 PTT Phạm Bình Minh nói tình hình quốc tế nửa đầu năm ra sao", "new", "R3",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhận định diễn biến tình hình quốc tế nửa đầu năm như thế nào?",
          "nhanh hơn, phức tạp hơn", a=True),
        T("giữ cân bằng với các nước lớn thế nào", "ellipsis", "R3",
          "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 ngành ngoại giao giữ cân bằng trong quan hệ với các nước lớn như thế nào?",
          "cân bằng linh hoạt"),
        T("bám sát chương trình đối ngoại của ai?", "ellipsis", "R3",
          "Nửa đầu năm 2019 công tác đối ngoại bám sát chương trình đối ngoại của ai?",
          "Lãnh đạo cấp cao"),
        T("Tháng 1/2023 TTg nói chủ trương chuyển từ \"muốn là bạn\" sang gì?", "new", "R1",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022 (tháng 1/2023), Thủ tướng nói chủ trương chuyển từ \"muốn là bạn\" sang gì?",
          "sẵn sàng là bạn"),
        T("trích nguyên văn", "request", "R1",
          "Trích nguyên văn câu của Thủ tướng về chủ trương từ \"muốn là bạn\" đến \"sẵn sàng là bạn\".",
          "thành viên có trách nhiệm", a=True),
    ],
    # c36: báo cáo của BT Sơn với PTT -> mục tiêu 2025
    [
        T("Bùi Thanh Sơn báo cáo gì với PTT Trần Lưu Quang?", "new", "R2",
          "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc?",
          "nhiệm vụ đối ngoại năm 2022"),
        T("trọng tâm đổi mớ là gì", "ellipsis", "R2",
          "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn, trọng tâm đổi mới tư duy và hành động của Bộ Ngoại giao là gì?",
          "xây dựng, phát triển ngành", tags="typo"),
        T("Năm 2025 BNG xác định nhiệm vụ gì?", "new", "R4",
          "Theo Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025?",
          "dự báo đúng tình hình", a=True),
        T("triển khai đồng bộ những mảng đối ngoại nào", "ellipsis", "R4",
          "Năm 2025 Bộ Ngoại giao tiếp tục triển khai đồng bộ những mảng đối ngoại nào?",
          "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân"),
        T("ngân sách năm đó bao nhiêu?", "pronoun", "R4",
          "Ngân sách dành cho công tác đối ngoại năm 2025 là bao nhiêu theo báo cáo tổng kết ngoại giao 2024?",
          NR, a=True),
    ],
    # c37: Hội nghị Ngoại giao 31, near-miss years
    [
        T("Hội nghị Ngoại giao lần thứ 31 được nhắc tới trong hội nghị nào?", "new", "R1",
          "Hội nghị Ngoại giao lần thứ 31 được nhắc tới trong báo cáo hội nghị nào?",
          "tổng kết công tác ngành && năm 2022"),
        T("còn năm 2020 thì tk ngành NG có gì?", "substitution", None,
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2020 có những nội dung gì?",
          NIC, tags="near-miss", a=True),
        T("thế năm 2017?", "substitution", None,
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2017 có những nội dung gì?",
          NIC, tags="near-miss,telegraphic", a=True),
        T("quay lại 2022, TTg đề nghị lấy ai làm trung tâm?", "substitution", "R1",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng đề nghị ngành lấy ai làm trung tâm phục vụ?",
          "người dân, doanh nghiệp, địa phương"),
    ],
    # c38: English, sơ kết 2023
    [
        T("At the mid-2023 MFA review, what did the minister ask units to do better?", "new", "R0",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
          "nghiên cứu, dự báo, tham mưu", tags="english"),
        T("Which Party Congress's foreign policy line should the sector keep implementing?", "ellipsis", "R0",
          "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao tiếp tục triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", tags="english"),
        T("ông ấy công bố bổ nhiệm những đại sứ nào?", "pronoun", "R0",
          "Bộ trưởng Bùi Thanh Sơn công bố bổ nhiệm những đại sứ nào tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          FP, tags="premise", a=True),
    ],
    # c39: sơ kết 2019 - tham mưu, ngoại vụ địa phương, near-miss TTg
    [
        T("sơ kết 2019 BNG làm tốt việc gì cho lãnh đạo cấp cao", "new", "R3",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?",
          "đề xuất chính sách", tags="telegraphic", a=True),
        T("ngoại vụ địa phương lấy ai làm trung tâm", "ellipsis", "R3",
          "Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 lấy ai làm trung tâm?",
          "doanh nghiệp và người dân", a=True),
        T("thế còn TTg Nguyễn Xuân Phúc nói gì ở HN đó?", "substitution", None,
          "Thủ tướng Nguyễn Xuân Phúc phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          NIC, tags="near-miss"),
        T("công tác Đảng, đoàn thể thì sao", "substitution", "R3",
          "Công tác Đảng, đoàn thể của Bộ Ngoại giao 6 tháng đầu năm 2019 được đánh giá thế nào?",
          "hiệu quả, thực chất"),
    ],
    # c40: kỷ nguyên vươn mình 2024 -> chuyển đổi số 2023
    [
        T("Thủ tướng muốn ngành ngoại giao góp phần đưa đất nước vào kỷ nguyên gì?", "new", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng nói ngành ngoại giao góp phần đưa đất nước vững bước vào kỷ nguyên nào?",
          "kỷ nguyên vươn mình"),
        T("ai dự ở điểm cầu Quảng Trị", "ellipsis", "R4",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", a=True),
        T("Giữa năm 2023 Bộ trưởng đề nghị đẩy mạnh chuyển đổi gì?", "new", "R0",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành đẩy mạnh chuyển đổi gì?",
          "chuyển đổi số", tags="paraphrase", a=True),
        T("ông ấy trao gì cho các tập thể, cá nhân", "pronoun", "R0",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao gì cho các tập thể, cá nhân xuất sắc?",
          "các danh hiệu, khen thưởng"),
        T("liệt kê danh sách cụ thể", "request", "R0",
          "Liệt kê cụ thể danh sách tập thể, cá nhân được trao danh hiệu, khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
          NR),
    ],
    # c41: giai đoạn phát triển mới 2022
    [
        T("tk 2022 BT Sơn nói ngành đang bước sang giai đoạn gì", "new", "R1",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?",
          "giai đoạn phát triển mới", tags="telegraphic", a=True),
        T("sự có mặt của TTg là minh chứng cho điều gì", "ellipsis", "R1",
          "Theo Bộ trưởng Bùi Thanh Sơn, sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
          "quan tâm đặc biệt", tags="paraphrase", a=True),
        T("quyết tâm xây dựng ngành thế nào", "ellipsis", "R1",
          "Bộ trưởng Bùi Thanh Sơn khẳng định quyết tâm xây dựng ngành Ngoại giao như thế nào?",
          "trong sạch, vững mạnh"),
        T("năm đó ngành bị chậmm những chỉ tiêu nào?", "pronoun", "R1",
          "Năm 2022 ngành Ngoại giao bị chậm những chỉ tiêu nào theo báo cáo tổng kết?",
          FP, tags="typo,premise", a=True),
    ],
    # c42: biên giới, hiệp định (R2) -> near-miss meeting
    [
        T("Tại buổi làm việc 31-1, PTT yêu cầu BNG củng cố biên giới ra sao?", "new", "R2",
          "Tại buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao củng cố biên giới như thế nào?",
          "hữu nghị và phát triển"),
        T("còn các hiệp định quốc tế?", "substitution", "R2",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì với các hiệp định quốc tế?",
          "thỏa thuận quốc tế đã ký"),
        T("nguồn bài này", "request", "R2",
          "Bài viết về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
          "VGP", tags="telegraphic", a=True),
        T("ông ấy làm việc lại với BNG hồi tháng 6/2023 thì nói gì?", "pronoun", None,
          "Phó Thủ tướng Trần Lưu Quang nói gì khi làm việc lại với Bộ Ngoại giao vào tháng 6/2023?",
          NIC, tags="near-miss"),
    ],
    # c43: English, sơ kết 2019
    [
        T("At the July 2019 MFA mid-year review, which trade agreements were mentioned?", "new", "R3",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, những hiệp định thương mại nào được nhắc tới?",
          "CPTPP && EVFTA", tags="english"),
        T("Which directive on multilateral diplomacy was cited?", "ellipsis", "R3",
          "Báo cáo sơ kết 6 tháng đầu năm 2019 nhắc đến chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương?",
          "Chỉ thị 25", tags="english"),
        T("Who issued it?", "pronoun", "R3",
          "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
          "Ban Bí thư", tags="english"),
        T("And the 2018 year-end review conference, who chaired it?", "substitution", None,
          "Ai chủ trì Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao?",
          NIC, tags="english,near-miss"),
    ],
    # c44: đa phương 2023, near-miss 2024 sơ kết
    [
        T("Sơ kết 6 tháng đầu năm 2023 BNG nói ngoại giao đa phương kết hợp chặt chẽ với gì?", "new", "R0",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được kết hợp chặt chẽ với gì?",
          "ngoại giao song phương", a=True),
        T("bảo vệ chủ quyền bằng cách nào", "ellipsis", "R0",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền thông qua biện pháp nào?",
          "biện pháp hòa bình"),
        T("còn sk 6 tháng đầu năm 2024?", "substitution", None,
          "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao đánh giá ngoại giao đa phương thế nào?",
          NIC, tags="near-miss", a=True),
        T("quay lại HN 2023, hội nghị đó tổ chức ở đâu?", "pronoun", "R0",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
          NR, a=True),
    ],
    # c45: đánh giá 2024
    [
        T("Hội nghị tổng kết ngoại giao 2024 đánh giá công tác đối ngoại năm 2024 ra sao", "new", "R4",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 đánh giá công tác đối ngoại và ngoại giao năm 2024 như thế nào?",
          "sáng tạo và hiệu quả", a=True),
        T("tóm tắt lại", "request", "R4",
          "Tóm tắt lại đánh giá về công tác đối ngoại và ngoại giao năm 2024.",
          "môi trường hòa bình, ổn định"),
        T("nguồn nào", "request", "R4",
          "Bài viết về Hội nghị tổng kết ngành ngoại giao năm 2024 lấy từ nguồn nào, ai viết?",
          "Hoài Nhung | baoquangtri"),
        T("có bao nhiêu cán bộ ngoại giao dự?", "ellipsis", "R4",
          "Có bao nhiêu cán bộ ngoại giao dự Hội nghị tổng kết ngành ngoại giao năm 2024?",
          NR, a=True),
    ],
    # c46: English mix, tổng kết 2022
    [
        T("What bamboo image did the PM use at the 2022 diplomatic review conference?", "new", "R1",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng dùng hình ảnh cây tre như thế nào?",
          "cây tre Việt Nam", tags="english"),
        T("When was it held?", "ellipsis", "R1",
          "Hội nghị tổng kết ngành Ngoại giao năm 2022 được tổ chức ngày nào?",
          "10/1", tags="english"),
        T("Did the PM say Vietnam would withdraw from any multilateral forum?", "pronoun", "R1",
          "Thủ tướng Phạm Minh Chính nói Việt Nam sẽ rút khỏi diễn đàn đa phương nào tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          FP, tags="english,premise"),
        T("\"gốc vững\" nghĩa là gì", "ellipsis", "R1",
          "Theo Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022, \"gốc vững\" của bản sắc \"cây tre Việt Nam\" là gì?",
          "kiên định độc lập, tự chủ", a=True),
    ],
    # c47: ngày sơ kết 2019 -> PTT Trần Lưu Quang (new)
    [
        T("HN sơ kết giữa năm 2019 của BNG họp thứ mấy, ngày nào?", "new", "R3",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức vào thứ mấy, ngày nào?",
          "Thứ hai && 22/7", tags="paraphrase"),
        T("bao nhiêu cán bộ dự", "ellipsis", "R3",
          "Có bao nhiêu cán bộ dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          NR, tags="telegraphic", a=True),
        T("Đầu năm 2023 PTT làm việc với BNG nhấn mạnh bám sát đường lối đại hội nào?", "new", "R2",
          "Đầu năm 2023, khi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhấn mạnh bám sát đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII"),
        T("và chỉ đạo của ai", "ellipsis", "R2",
          "Ngoài đường lối Đại hội XIII, Phó Thủ tướng Trần Lưu Quang nhấn mạnh bám sát chỉ đạo của ai?",
          "Nguyễn Phú Trọng"),
        T("ông ấy có bảo BNG dừng hội nhập quốc tế không", "pronoun", "R2",
          "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tạm dừng hội nhập quốc tế?",
          FP, tags="premise", a=True),
    ],
    # c48: chủ trì 2022 -> 2024 (not reported) -> 2023 (not in corpus)
    [
        T("Ai chủ trì hội nghị tổng kết ngoại giao năm 2022", "new", "R1",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bùi Thanh Sơn", a=True),
        T("còn năm 2024?", "substitution", "R4",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          NR, tags="telegraphic"),
        T("năm đó TTg nói nhiệm vụ bao trùm là gì", "pronoun", "R4",
          "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại là gì?",
          "vai trò tiên phong", a=True),
        T("thế còn 2023?", "substitution", None,
          "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2023, Thủ tướng nói nhiệm vụ bao trùm là gì?",
          NIC, tags="near-miss,telegraphic", a=True),
    ],
    # c49: sơ kết 2023 -> tổng kết 2022 (new), phrased loosely
    [
        T("nửa đầu 2023 ngành ngoại giao làm ăn ra sao, có gì nổi bật", "new", "R0",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá kết quả công tác đối ngoại nửa đầu năm như thế nào?",
          "điểm sáng | kết quả quan trọng", tags="paraphrase", a=True),
        T("công tác tổ chức cán bộ thì sao", "substitution", "R0",
          "Công tác tổ chức cán bộ của Bộ Ngoại giao 6 tháng đầu năm 2023 được đánh giá thế nào?",
          "bài bản hiệu quả"),
        T("Năm 2022 đối ngoại đa phương được đánh giá thế nào?", "new", "R1",
          "Theo Hội nghị tổng kết ngành Ngoại giao năm 2022, đối ngoại đa phương năm 2022 được đánh giá như thế nào?",
          "đóng góp có trách nhiệm"),
        T("Bộ trưởng có phê bình đơn vị nào không", "ellipsis", "R1",
          "Bộ trưởng Bùi Thanh Sơn đã phê bình những đơn vị nào tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          FP, tags="premise", a=True),
    ],
]


# ---------------------------------------------------------------------------
def load_reports():
    out = {}
    for code, fn in REPORTS.items():
        with open(os.path.join(GIVEN, fn), encoding="utf-8") as f:
            out[code] = f.read()
    return out


def span_in(span, text):
    """Verbatim substring AND accent/case-insensitive whole-word match."""
    if span not in text:
        return False
    pat = r"(?<!\w)" + re.escape(norm(span)) + r"(?!\w)"
    return re.search(pat, norm(text)) is not None


def fact_alternatives(facts):
    return [alt for grp in facts.split(" && ") for alt in grp.split(" | ")]


def final_tags(turn):
    tags = set(turn["tags"])
    for t in tags:
        assert t in MANUAL_TAGS, t
    q = turn["q"]
    if "english" not in tags and strip_accents(q) == q:
        tags.add("accentless")
    if "english" not in tags and has_abbrev(q):
        tags.add("abbrev")
    return [t for t in TAG_ORDER if t in tags]


def validate(reports):
    for ci, conv in enumerate(CONVS, 1):
        cid = "c%02d" % ci
        assert 3 <= len(conv) <= 6, cid
        assert conv[0]["kind"] == "new", cid
        prev = None
        for ti, t in enumerate(conv, 1):
            where = "%s turn %d" % (cid, ti)
            assert t["kind"] in KINDS, where
            f = t["facts"]
            if f.startswith("refuse:"):
                assert f in (NR, NIC, FP), where
                if f == NIC:
                    assert t["rep"] is None, where
                else:
                    assert t["rep"] in REPORTS, where
            else:
                assert t["rep"] in REPORTS, where
                for alt in fact_alternatives(f):
                    assert alt.strip() == alt and alt, where
                    assert 1 <= len(alt.split()) <= 6, (where, alt)
                    assert span_in(alt, reports[t["rep"]]), (where, alt)
                # topic change: new report -> facts must differ from previous answer
                if prev is not None and prev["rep"] and prev["rep"] != t["rep"] \
                        and not prev["facts"].startswith("refuse:"):
                    a = {norm(x) for x in fact_alternatives(f)}
                    b = {norm(x) for x in fact_alternatives(prev["facts"])}
                    assert not (a & b), (where, a & b)
            for col in (t["q"], t["read_as"], f):
                assert "\t" not in col and "\n" not in col, where
            assert strip_accents(t["read_as"]) != t["read_as"], where
            prev = t


def main():
    reports = load_reports()
    validate(reports)
    lines = list(HEADER)
    for ci, conv in enumerate(CONVS, 1):
        cid = "c%02d" % ci
        for t in conv:
            tags = final_tags(t)
            lines.append("\t".join([cid, t["q"], t["kind"], ",".join(tags) or "-",
                                    t["read_as"], t["facts"]]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    n = sum(len(c) for c in CONVS)
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVS), n))


if __name__ == "__main__":
    main()
