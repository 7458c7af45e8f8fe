#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 31.

Every turn below is written by hand.  The script only
  * strips diacritics from turns marked accentless (NFD, drop combining marks, đ->d, Đ->D),
  * adds the `accentless` tag to a non-English question that has no diacritics,
  * adds the `abbrev` tag when the question contains an abbreviation token,
  * writes conversations.tsv.

Reports:  R0 = given/000_47e75d3c86d27e21.txt  (sơ kết 6 tháng đầu năm 2023, ngày 5/7)
          R1 = given/001_8430b1541a21d71d.txt  (tổng kết năm 2022, sáng 10/1, Thủ tướng dự)
          R2 = given/002_0e1cf19fdeddcf6d.txt  (PTT Trần Lưu Quang làm việc với BNG, chiều 31-1)
          R3 = given/003_60cdc4bfe3deff94.txt  (sơ kết 6 tháng đầu năm 2019, 22/7, Phạm Bình Minh)
          R4 = given/004_771f5d769968830d.txt  (tổng kết năm 2024, sáng 6/1, Thủ tướng chỉ đạo)
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORTS = {
    0: "given/000_47e75d3c86d27e21.txt",
    1: "given/001_8430b1541a21d71d.txt",
    2: "given/002_0e1cf19fdeddcf6d.txt",
    3: "given/003_60cdc4bfe3deff94.txt",
    4: "given/004_771f5d769968830d.txt",
}

HEADER = [
    "# Blind conversation set 31 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

# abbreviation tokens (compared lower-case, whole token)
ABBREV = {
    "hn", "bng", "ttg", "ptt", "bt", "tt", "ng", "hđba", "hdba", "lhq", "vn", "bct", "tw",
    "tk", "sk", "ko", "k", "dc", "đc", "bn", "j", "vs", "ntn",
    "pm", "dpm", "fm", "mfa", "un", "unsc", "gdp", "fdi",
}
TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english",
             "premise", "near-miss", "paraphrase"]


def strip_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))


def has_diacritics(s):
    return strip_diacritics(s) != unicodedata.normalize("NFC", s)


def has_abbrev(q):
    return any(tok.lower() in ABBREV for tok in re.findall(r"\w+", q))


def T(q, kind, read_as, facts, rep, tags="", acc=False, nm=None):
    """One hand-written turn.
    q: question as typed (written with diacritics; stripped when acc=True)
    kind: new | pronoun | ellipsis | substitution | request
    read_as: full standalone question (with diacritics)
    facts: 'span | alt && span'  or  'refuse:<reason>'
    rep: report index 0-4, or None (not_in_corpus turns)
    tags: manual tags (telegraphic, typo, english, premise, near-miss, paraphrase)
    nm: for near-miss turns, the distinguishing name/year/number that no report has
    """
    return dict(q=q, kind=kind, read_as=read_as, facts=facts, rep=rep,
                tags=[t for t in tags.split(",") if t], acc=acc, nm=nm)


NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

CONVERSATIONS = [
    # c01  R1 -> R4
    [
        T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?", "new",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?",
          "Bùi Thanh Sơn", 1),
        T("ông ấy giữ chức gì", "pronoun",
          "Ông Bùi Thanh Sơn giữ chức vụ gì khi chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bộ trưởng Bộ Ngoại giao | Bộ trưởng Ngoại giao", 1, acc=True),
        T("bao nhiêu đại biểu?", "ellipsis",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu", 1, "telegraphic"),
        T("còn năm 2024?", "substitution",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?",
          NR, 4, "telegraphic"),
        T("hội nghị đó thủ tướng có dự ko", "pronoun",
          "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 không?",
          "Phạm Minh Chính && dự và chỉ đạo", 4, acc=True),
    ],
    # c02  R0
    [
        T("Bộ Ngoại giao họp nhìn lại nửa đầu năm 2023 vào hôm nào?", "new",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?",
          "5/7", 0, "paraphrase"),
        T("ai dự?", "ellipsis",
          "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", 0, "telegraphic", acc=True),
        T("tổ chức ở đâu vạy", "ellipsis",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
          NR, 0, "typo", acc=True),
        T("ông ấy khen thưởng những ai?", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn đã khen thưởng những ai tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?",
          "các tập thể và cá nhân", 0),
        T("hội nghị đó khen bao nhiêu người", "pronoun",
          "Có bao nhiêu tập thể, cá nhân được khen thưởng tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?",
          NR, 0),
    ],
    # c03  R3 -> R0
    [
        T("When was the MFA's mid-year review conference in 2019 held?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức vào ngày nào?",
          "22/7 | 22/07/2019", 3, "english"),
        T("ai phát biểu chỉ đạo hôm đó", "pronoun",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", 3, acc=True),
        T("ông ấy là Thủ tướng à?", "pronoun",
          "Ông Phạm Bình Minh có phải là Thủ tướng khi phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019 không?",
          FP, 3, "premise"),
        T("vậy chức vụ đầy đủ của ông ấy là gì", "pronoun",
          "Chức vụ đầy đủ của ông Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
        T("còn sơ kết năm 2023 thì ai kết luận", "substitution",
          "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", 0, acc=True),
    ],
    # c04  R2
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "new",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
          "31-1", 2),
        T("ở đâu", "ellipsis",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
          "Trụ sở Bộ Ngoại giao", 2, "telegraphic", acc=True),
        T("buổi đó còn ai tham dự nữa", "pronoun",
          "Ngoài Phó Thủ tướng Trần Lưu Quang, còn ai tham dự buổi làm việc với Bộ Ngoại giao ngày 31-1?",
          "Bùi Thanh Sơn && Văn phòng Chính phủ", 2),
        T("trích nguyên văn đoạn đó giúp mình", "request",
          "Trích nguyên văn đoạn báo cáo nêu thành phần tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao.",
          "thủ trưởng các đơn vị", 2),
        T("buổi đó có bao nhiêu người dự", "pronoun",
          "Có bao nhiêu người tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          NR, 2, acc=True),
    ],
    # c05  R4 -> near-miss
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra hôm nào?", "new",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra vào ngày nào?",
          "6/1", 4),
        T("tổ chức trực tiếp hay online", "ellipsis",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tiếp hay trực tuyến?",
          "trực tuyến", 4, "paraphrase"),
        T("Quảng Trị ai dự", "ellipsis",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", 4, "telegraphic", acc=True),
        T("ông ấy chức gì", "pronoun",
          "Ông Hoàng Nam, người dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh", 4, "telegraphic", acc=True),
        T("thế còn điểm cầu Quảng Bình?", "substitution",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Bình?",
          NIC, None, "near-miss", nm="Quảng Bình"),
    ],
    # c06  R3
    [
        T("Năm 2019 Việt Nam trúng cử HĐBA LHQ với bao nhiêu phiếu?", "new",
          "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193", 3),
        T("nhiệm kỳ nào", "ellipsis",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
          "2020-2021", 3, "telegraphic", acc=True),
        T("có phải được phiếu tuyệt đối 193/193 không", "ellipsis",
          "Có phải Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với số phiếu tuyệt đối 193/193 không?",
          FP, 3, "premise"),
        T("tóm tắt lại giúp mình", "request",
          "Tóm tắt lại kết quả Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ năm 2019: số phiếu và nhiệm kỳ.",
          "192/193 && 2020-2021", 3, acc=True),
    ],
    # c07  R1
    [
        T("How many key tasks did PM Pham Minh Chinh set for the diplomatic sector at the 2022 review?", "new",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
          "thực hiện 6 nhiệm vụ", 1, "english"),
        T("hội nghị đó thủ tướng nhắc hình ảnh cây tre thế nào", "pronoun",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng nhắc đến hình ảnh cây tre như thế nào?",
          "cây tre Việt Nam && gốc vững", 1),
        T("trích nguyên văn phương châm ông ấy nêu", "request",
          "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "dĩ bất biến, ứng vạn biến", 1),
        T("thủ tướng có chỉ trích ngành ngoại giao làm chậm không", "ellipsis",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đã chỉ trích ngành ngoại giao làm việc chậm trễ như thế nào?",
          FP, 1, "premise", acc=True),
        T("còn quan niệm về bạn bè, đối tác thì sao", "substitution",
          "Thủ tướng Phạm Minh Chính nêu sự chuyển đổi quan niệm về bạn bè, đối tác như thế nào tại Hội nghị tổng kết năm 2022?",
          "sẵn sàng là bạn", 1),
    ],
    # c08  R0 -> R1
    [
        T("Phương châm công tác đối ngoại 6 tháng đầu năm 2023 là gì?", "new",
          "Phương châm triển khai công tác đối ngoại 6 tháng đầu năm 2023 được Hội nghị sơ kết của Bộ Ngoại giao đánh giá là gì?",
          "chủ động, thích ứng, sáng tạo", 0),
        T("đối ngoại được ví như gì trong thành tựu chung của cả nước?", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong những thành tựu chung của cả nước?",
          "một điểm sáng", 0, "paraphrase"),
        T("còn ngoại giao kinh tế", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế như thế nào?",
          "trọng tâm, trọng điểm", 0, "telegraphic", acc=True),
        T("năm 2022 kim ngạch xuất nhập khẩu của VN vượt mốc bao nhiêu", "new",
          "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 của Việt Nam vượt mốc bao nhiêu?",
          "kỷ lục 700 tỷ", 1, acc=True),
        T("ai nêu con số đó", "pronoun",
          "Ai nêu con số kim ngạch xuất nhập khẩu vượt mốc kỷ lục 700 tỷ USD tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
          "Bùi Thanh Sơn", 1, acc=True),
    ],
    # c09  R4 -> R0
    [
        T("Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh ở những lĩnh vực nào?", "new",
          "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ ở những lĩnh vực nào?",
          "chíp bán dẫn && chuyển đổi xanh", 4),
        T("dưới sự chỉ đạo của ai", "ellipsis",
          "Ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ dưới sự chỉ đạo của ai và như thế nào?",
          "Thủ tướng Chính phủ | sâu sát, quyết liệt", 4, "telegraphic"),
        T("which group of countries did that keep Vietnam in?", "pronoun",
          "Ngoại giao kinh tế năm 2024 góp phần duy trì Việt Nam trong nhóm nước nào?",
          "nhóm nước tăng trưởng cao", 4, "english"),
        T("tăng trưởng cụ thể bao nhiêu %", "ellipsis",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, tốc độ tăng trưởng kinh tế năm 2024 của Việt Nam cụ thể là bao nhiêu phần trăm?",
          NR, 4, "telegraphic", acc=True),
        T("còn 6 tháng đầu năm 2023 ngoại giao kinh tế góp phần gì", "substitution",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế đã góp phần vào điều gì?",
          "ổn định kinh tế vĩ mô", 0, acc=True),
    ],
    # c10  near-miss -> R1 -> near-miss
    [
        T("Hội nghị Ngoại giao lần thứ 32 được nhắc tới ra sao?", "new",
          "Hội nghị Ngoại giao lần thứ 32 được nhắc tới như thế nào trong các báo cáo?",
          NIC, None, "near-miss", nm="32"),
        T("ý mình là lần thứ 31, được nhắc ở hội nghị tổng kết 2022 thế nào", "substitution",
          "Hội nghị Ngoại giao lần thứ 31 được nhắc tới như thế nào tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "nhìn lại một năm", 1, acc=True),
        T("còn Tổng Bí thư chỉ đạo ở hội nghị nào", "substitution",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, kết luận, chỉ đạo của Tổng Bí thư được nhắc tới là tại hội nghị nào?",
          "Hội nghị đối ngoại toàn quốc", 1),
        T("ông ấy tên gì", "pronoun",
          "Tổng Bí thư được nhắc tới tại Hội nghị tổng kết ngành Ngoại giao năm 2022 tên là gì?",
          "Nguyễn Phú Trọng", 1, "telegraphic", acc=True),
        T("thứ trưởng Lê Hoài Trung có phát biểu ở hội nghị đó ko", "substitution",
          "Thứ trưởng Lê Hoài Trung có phát biểu tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
          NIC, None, "near-miss", acc=True, nm="Lê Hoài Trung"),
    ],
    # c11  R2 -> R3
    [
        T("Trong buổi làm việc với PTT Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo gì?", "new",
          "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn đã báo cáo nội dung gì?",
          "nhiệm vụ đối ngoại năm 2022", 2),
        T("BNG quyết tâm điều gì", "ellipsis",
          "Để đáp ứng yêu cầu trong giai đoạn phát triển mới, Bộ Ngoại giao quyết tâm điều gì theo báo cáo tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
          "quyết tâm đổi mới tư duy", 2, acc=True),
        T("nhiệm vụ trung tâm là gì", "ellipsis",
          "Theo báo cáo của Bộ Ngoại giao tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm được xác định là gì?",
          "phục vụ phát triển đất nước", 2),
        T("hồi sơ kết năm 2019, PTT Phạm Bình Minh lưu ý điều gì đầu tiên?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ nhất là gì?",
          "đánh giá sâu hơn nữa", 3),
        T("thứ hai?", "ellipsis",
          "Điểm thứ hai Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "tăng cường sự phối hợp", 3, "telegraphic", acc=True),
    ],
    # c12  R0
    [
        T("Who gave the concluding remarks at the Foreign Ministry's July 2023 mid-year conference?", "new",
          "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn", 0, "english"),
        T("ông ấy khen ngợi ai", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          "tập thể cán bộ, công chức", 0, "paraphrase", acc=True),
        T("đề nghị gì cho 6 tháng cuối năm", "ellipsis",
          "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?",
          "Đại hội XIII | vai trò tiên phong", 0, "telegraphic"),
        T("nói rõ hơn phần thông tin đối ngoại", "request",
          "Nói rõ hơn Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
          "phương thức truyền thông mới", 0),
        T("ông ấy có phê bình đơn vị nào không", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn đã phê bình những đơn vị nào tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          FP, 0, "premise", acc=True),
    ],
    # c13  R3 -> near-miss -> R3
    [
        T("Đến giữa năm 2019 VN có tổng cộng bao nhiêu đối tác chiến lược và toàn diện?", "new",
          "Đến giữa năm 2019, tổng số Đối tác chiến lược và Đối tác toàn diện của Việt Nam là bao nhiêu quốc gia?",
          "30 quốc gia", 3),
        T("mới thêm những nước nào", "ellipsis",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ mới với những nước nào?",
          "Brunei, Hà Lan", 3),
        T("quan hệ gì với 2 nước đó", "pronoun",
          "Việt Nam thiết lập khuôn khổ quan hệ gì với Brunei và Hà Lan trong 6 tháng đầu năm 2019?",
          "Đối tác toàn diện", 3, acc=True),
        T("thế còn Singapore?", "substitution",
          "Việt Nam thiết lập hoặc nâng cấp quan hệ gì với Singapore theo Hội nghị sơ kết 6 tháng đầu năm 2019?",
          NIC, None, "telegraphic,near-miss", nm="Singapore"),
        T("Trong 6 tháng đầu năm 2019 những hiệp định nào được ký kết?", "new",
          "Trong 6 tháng đầu năm 2019, những hiệp định nào được ký kết?",
          "EVFTA && Hiệp định bảo hộ đầu tư", 3, acc=True),
    ],
    # c14  R1 -> near-miss
    [
        T("HN tổng kết ngành NG năm 2022 kết nối bao nhiêu điểm cầu", "new",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
          "63 tỉnh, thành phố", 1, acc=True),
        T("ở Cao Bằg ai dự", "ellipsis",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Nguyễn Bích Ngọc", 1, "telegraphic,typo", acc=True),
        T("người đó giữ chức gì", "pronoun",
          "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ", 1, acc=True),
        T("có những huyện nào", "ellipsis",
          "Những huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Thạch An && Bảo Lạc", 1, "telegraphic"),
        T("còn huyện Nguyên Bình?", "substitution",
          "Huyện Nguyên Bình có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng không?",
          NIC, None, "telegraphic,near-miss", nm="Nguyên Bình"),
    ],
    # c15  R4
    [
        T("Nhiệm vụ bao trùm của ngành ngoại giao theo Thủ tướng tại hội nghị tổng kết 2024 là gì?", "new",
          "Theo kết luận của Thủ tướng tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024, nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
          "tiên phong, trọng yếu, thường xuyên", 4),
        T("rốt cuộc hướng tới đưa đất nước đi đâu", "ellipsis",
          "Theo kết luận của Thủ tướng tại hội nghị tổng kết ngành ngoại giao năm 2024, nhiệm vụ bao trùm góp phần tạo đà đưa đất nước bước vào giai đoạn nào?",
          "kỷ nguyên vươn mình", 4, "paraphrase", acc=True),
        T("trích nguyên văn câu đó", "request",
          "Trích nguyên văn câu kết luận của Thủ tướng về việc tạo đà cho đất nước bước vào kỷ nguyên mới tại hội nghị tổng kết ngành ngoại giao năm 2024.",
          "tăng tốc, bứt phá, vững bước", 4),
        T("What did he say about streamlining the ministry's apparatus?", "pronoun",
          "Thủ tướng Phạm Minh Chính yêu cầu gì về việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao tại hội nghị tổng kết năm 2024?",
          "tinh gọn tổ chức bộ máy && Nghị quyết 18", 4, "english"),
    ],
    # c16  R2
    [
        T("Trần Lưu Quang nhìn nhận ra sao về những gì ngành ngoại giao làm được thời gian qua?", "new",
          "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành ngoại giao thời gian qua?",
          "thành tựu to lớn", 2, "paraphrase"),
        T("ông ấy nhận định gì về tình hình thế giới", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang nhận định gì về tình hình thế giới và khu vực thời gian tới?",
          "biến động sâu sắc, phức tạp", 2, acc=True),
        T("vậy Bộ NG cần làm gì", "ellipsis",
          "Trước tình hình thế giới như vậy, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao cần làm gì?",
          "tham mưu kịp thời", 2),
        T("bộ trưởng Sơn có phản đối ý kiến đó không", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn đã phản đối ý kiến chỉ đạo của Phó Thủ tướng Trần Lưu Quang như thế nào?",
          FP, 2, "premise", acc=True),
        T("nguồn?", "request",
          "Nguồn của thông tin về buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao là gì?",
          "VGP", 2, "telegraphic"),
    ],
    # c17  near-miss -> R3
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2017 của BNG có gì nổi bật?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Ngoại giao có những điểm gì nổi bật?",
          NIC, None, "near-miss", nm="2017"),
        T("vậy năm 2019?", "substitution",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao có những điểm gì nổi bật?",
          "Hiệp định CPTPP | 192/193 | Mỹ - Triều lần 2 | Brunei, Hà Lan", 3, "telegraphic", acc=True),
        T("năm đó đối ngoại đa phương thể hiện tinh thần chỉ thị nào", "pronoun",
          "Đối ngoại đa phương 6 tháng đầu năm 2019 bước đầu thể hiện tinh thần của chỉ thị nào?",
          "Chỉ thị 25", 3),
        T("chỉ thị đó về gì", "pronoun",
          "Chỉ thị 25 được nhắc tới tại Hội nghị sơ kết 6 tháng đầu năm 2019 có nội dung về vấn đề gì?",
          "đẩy mạnh và nâng tầm", 3),
        T("chỉ thị đó do TTg ban hành phải ko", "pronoun",
          "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương có phải do Thủ tướng Chính phủ ban hành không?",
          FP, 3, "premise", acc=True),
    ],
    # c18  R0 -> R4 -> near-miss
    [
        T("6 tháng đầu 2023 công tác người VN ở nước ngoài được đánh giá thế nào?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác người Việt Nam ở nước ngoài như thế nào?",
          "cầu nối", 0),
        T("còn bảo hộ công dân", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
          "nhiều đổi mới trong cách thức", 0, "telegraphic", acc=True),
        T("năm 2024 thì mấy lĩnh vực này sao", "substitution",
          "Hội nghị tổng kết ngành ngoại giao năm 2024 đánh giá công tác người Việt Nam ở nước ngoài và bảo hộ công dân như thế nào?",
          "nhiều bước phát triển mới", 4),
        T("ai kết luận hội nghị đó", "pronoun",
          "Ai kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", 4, acc=True),
        T("điểm cầu Hà Giang có ai dự không", "ellipsis",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Hà Giang?",
          NIC, None, "near-miss", acc=True, nm="Hà Giang"),
    ],
    # c19  R1 (English)
    [
        T("How many delegates attended the MFA's 2022 year-end review?", "new",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
          "hơn 700 đại biểu", 1, "english"),
        T("Who chaired it?", "pronoun",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Bùi Thanh Sơn", 1, "english,telegraphic"),
        T("And which government leader attended?", "ellipsis",
          "Lãnh đạo Chính phủ nào tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Phạm Minh Chính", 1, "english"),
        T("Did he say the sector had failed in economic diplomacy?", "pronoun",
          "Thủ tướng Phạm Minh Chính đã nói ngành Ngoại giao thất bại trong ngoại giao kinh tế như thế nào tại Hội nghị tổng kết năm 2022?",
          FP, 1, "english,premise"),
        T("vậy ông ấy nói gì về ngoại giao kinh tế", "pronoun",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu gì về ngoại giao kinh tế?",
          "mở rộng thị trường xuất khẩu && chuỗi cung ứng toàn cầu", 1, acc=True),
    ],
    # c20  R3 -> near-miss -> R3
    [
        T("Hội nghị sơ kết năm 2019 của Bộ Ngoại giao diễn ra vào thứ mấy?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra vào thứ mấy?",
          "Thứ hai", 3),
        T("hội nghị đó đánh giá tình hình quốc tế nửa đầu năm ra sao", "pronoun",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh đánh giá diễn biến tình hình quốc tế nửa đầu năm như thế nào?",
          "nhanh hơn, phức tạp hơn", 3),
        T("đối ngoại triển khai theo tinh thần hội ngị nào", "ellipsis",
          "Công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần của hội nghị nào?",
          "Hội nghị Ngoại giao 30 | tổng kết công tác năm 2018", 3, "typo", acc=True),
        T("thế còn Hội nghị Ngoại giao 29?", "substitution",
          "Hội nghị Ngoại giao 29 được nhắc tới như thế nào tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          NIC, None, "near-miss", nm="29"),
    ],
    # c21  R2 -> R1
    [
        T("Buổi làm việc của Phó Thủ tướng Trần Lưu Quang nhắc đến chỉ đạo của Tổng Bí thư tại hội nghị nào?", "new",
          "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhắc đến chỉ đạo của Tổng Bí thư tại hội nghị nào?",
          "đối ngoại toàn quốc năm 2021", 2),
        T("giữ vững hòa bình ổn định là nhiệm vụ gì", "ellipsis",
          "Theo Phó Thủ tướng Trần Lưu Quang, giữ vững hòa bình, ổn định là nhiệm vụ như thế nào của ngành ngoại giao?",
          "trọng yếu, thường xuyên", 2),
        T("còn biên giới thì cần củng cố thế nào", "substitution",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao củng cố biên giới như thế nào?",
          "hữu nghị và phát triển", 2),
        T("hội nghị tổng kết 2022 thì Thủ tướng muốn bảo vệ Tổ quốc kiểu gì", "substitution",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị bảo vệ Tổ quốc như thế nào?",
          "khi nước chưa nguy | từ sớm", 1, "paraphrase", acc=True),
        T("trích nguyên văn", "request",
          "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "từ sớm && từ xa", 1, "telegraphic", acc=True),
    ],
    # c22  R4 -> R0
    [
        T("Sau khi gọn bộ máy, BNG nhận thêm việc của những cơ quan nào?", "new",
          "Theo Hội nghị tổng kết ngành ngoại giao năm 2024, sau khi tinh gọn bộ máy, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", 4, "paraphrase"),
        T("việc này gắn với tổng kết nghị quyết nào", "pronoun",
          "Việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao gắn với chủ trương tổng kết nghị quyết nào?",
          "Nghị quyết 18", 4, acc=True),
        T("nghị quyết đó của Quốc hội hả", "pronoun",
          "Nghị quyết 18 được nhắc tới tại hội nghị tổng kết ngành ngoại giao năm 2024 có phải là nghị quyết của Quốc hội không?",
          FP, 4, "premise", acc=True),
        T("thế đội ngủ cán bộ cần như thế nào", "ellipsis",
          "Theo kết luận hội nghị tổng kết ngành ngoại giao năm 2024, cần xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên", 4, "typo"),
        T("còn hồi 6 tháng đầu năm 2023 thì Bộ trưởng muốn đội ngũ cán bộ ra sao?", "substitution",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo xây dựng đội ngũ cán bộ như thế nào?",
          "chuyên nghiệp, hiện đại", 0),
    ],
    # c23  R1
    [
        T("Theo Bộ trưởng Sơn, việc Thủ tướng có mặt ở hội nghị tổng kết năm 2022 nói lên điều gì?", "new",
          "Theo Bộ trưởng Bùi Thanh Sơn, sự tham dự của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022 là minh chứng cho điều gì?",
          "đặc biệt và sâu sát", 1, "paraphrase"),
        T("ngành NG đang bước sang giai đoạn gì", "ellipsis",
          "Theo Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết năm 2022, ngành Ngoại giao đang bước sang giai đoạn nào?",
          "giai đoạn phát triển mới", 1),
        T("tóm tắt lại ý của bộ trưởng", "request",
          "Tóm tắt lại ý của Bộ trưởng Bùi Thanh Sơn về giai đoạn phát triển mới của ngành Ngoại giao tại Hội nghị tổng kết năm 2022.",
          "đổi mới mạnh mẽ tư duy | thực sự trong sạch, vững mạnh", 1, acc=True),
        T("bộ trưởng có nói năm đó tuyển mới bao nhiêu cán bộ không", "pronoun",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn cho biết năm 2022 ngành tuyển mới bao nhiêu cán bộ?",
          NR, 1, acc=True),
    ],
    # c24  R3
    [
        T("Về xây dựng ngành, năm 2019 PTT Phạm Bình Minh chỉ đạo gì?", "new",
          "Về công tác xây dựng ngành, tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì?",
          "tuyển dụng, đào tạo cán bộ && kỷ cương, kỷ luật", 3),
        T("mục tiêu xây dựng đội ngũ ra sao", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, mục tiêu xây dựng đội ngũ cán bộ Bộ Ngoại giao là như thế nào?",
          "vừa hồng, vừa chuyên", 3),
        T("nói rõ hơn", "request",
          "Nói rõ hơn mục tiêu xây dựng đội ngũ cán bộ Bộ Ngoại giao được nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
          "tinh nhuệ, tích cực, năng động", 3, "telegraphic", acc=True),
        T("bao nhiêu cán bộ bị kỷ luật", "ellipsis",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã kỷ luật bao nhiêu cán bộ?",
          NR, 3, acc=True),
        T("ông Minh có yêu cầu cách chức ai không", "pronoun",
          "Phó Thủ tướng Phạm Bình Minh đã yêu cầu cách chức những ai tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          FP, 3, "premise", acc=True),
    ],
    # c25  R0 (English)
    [
        T("What did the MFA's mid-2023 review say about multilateral diplomacy?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá ngoại giao đa phương như thế nào?",
          "ngoại giao song phương | triển khai tích cực", 0, "english"),
        T("And about protecting sovereignty?", "substitution",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao góp phần bảo vệ chủ quyền như thế nào?",
          "các biện pháp hòa bình", 0, "english,telegraphic"),
        T("What did the minister urge on multilateral work for the rest of the year?", "ellipsis",
          "Bộ trưởng Bùi Thanh Sơn đề nghị gì về đối ngoại đa phương trong 6 tháng cuối năm 2023?",
          "nâng tầm đối ngoại đa phương", 0, "english"),
        T("ông ấy có trao thưởng không", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn có trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?",
          "trao tặng các danh hiệu", 0, acc=True),
        T("trao cho ai cụ thể, tên gì", "ellipsis",
          "Tên cụ thể của các tập thể, cá nhân được Bộ trưởng Bùi Thanh Sơn trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?",
          NR, 0, acc=True),
    ],
    # c26  R1 -> R4
    [
        T("Hội nghị tổng kết ngành NG năm 2022 họp online hay trực tiếp?", "new",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?",
          "trực tuyến", 1, "paraphrase"),
        T("ngày nào", "ellipsis",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra vào ngày nào?",
          "Sáng 10/1 | 10/1", 1, "telegraphic", acc=True),
        T("còn năm 2024?", "substitution",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra vào ngày nào?",
          "6/1", 4, "telegraphic", acc=True),
        T("hội nghị đó triển khai nhiệm vụ năm nào", "pronoun",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 triển khai nhiệm vụ của năm nào?",
          "năm 2025", 4),
        T("ai chủ trì", "ellipsis",
          "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          NR, 4, "telegraphic", acc=True),
    ],
    # c27  R2
    [
        T("Bộ Ngoại giao cần tập trung thực hiện tốt chương trình gì theo chỉ đạo của Phó Thủ tướng Trần Lưu Quang?", "new",
          "Theo chỉ đạo của Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tập trung thực hiện tốt chương trình gì?",
          "chương trình đối ngoại cấp cao", 2),
        T("về hội nhập quốc tế?", "substitution",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao hội nhập quốc tế như thế nào?",
          "sâu rộng, toàn diện", 2, "telegraphic"),
        T("ông ấy có giao chỉ tiêu thu hút FDI cụ thể không", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang có giao cho Bộ Ngoại giao chỉ tiêu thu hút vốn FDI cụ thể là bao nhiêu không?",
          NR, 2, acc=True),
        T("tóm tắt các chỉ đạo của ông ấy", "request",
          "Tóm tắt các chỉ đạo của Phó Thủ tướng Trần Lưu Quang đối với Bộ Ngoại giao tại buổi làm việc.",
          "chương trình đối ngoại cấp cao && hội nhập quốc tế", 2),
    ],
    # c28  near-miss -> R3
    [
        T("Phó Thủ tướng Vũ Đức Đam nói gì ở hội nghị sơ kết 2019 của BNG?", "new",
          "Phó Thủ tướng Vũ Đức Đam phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          NIC, None, "near-miss", nm="Vũ Đức Đam"),
        T("vậy ai phát biểu chỉ đạo", "ellipsis",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
          "Phạm Bình Minh", 3, acc=True),
        T("ông ấy kiêm chức gì", "pronoun",
          "Ngoài chức Phó Thủ tướng, ông Phạm Bình Minh còn kiêm chức vụ gì?",
          "Bộ trưởng Ngoại giao", 3),
        T("hội nghị đó gắn với đại hội nào của Đảng", "pronoun",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối Đại hội nào và hướng tới Đại hội nào của Đảng?",
          "Đại hội XII && Đại hội XIII", 3, acc=True),
        T("nguồn?", "request",
          "Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao lấy từ nguồn nào?",
          "CLO", 3, "telegraphic"),
    ],
    # c29  R4 (English)
    [
        T("Who attended the 2024 diplomatic review at the Quang Tri bridge point?", "new",
          "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", 4, "english"),
        T("What's his position?", "pronoun",
          "Ông Hoàng Nam dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh", 4, "english,telegraphic"),
        T("and on what date?", "ellipsis",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra vào ngày nào?",
          "6/1", 4, "english,telegraphic"),
        T("Why did Foreign Minister Bui Thanh Son chair it instead of the PM?", "ellipsis",
          "Vì sao Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024 thay cho Thủ tướng?",
          FP, 4, "english,premise"),
        T("thế ai chỉ đạo hội nghị", "ellipsis",
          "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
          "Phạm Minh Chính", 4, acc=True),
    ],
    # c30  R0 -> R2
    [
        T("hn sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới ra sao", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực như thế nào?",
          "diễn biến nhanh, phức tạp", 0, acc=True),
        T("ảnh hưởng đến quan hệ quốc tế thế nào", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, diễn biến tình hình thế giới tác động như thế nào đến quan hệ quốc tế?",
          "tác động sâu sắc", 0, "paraphrase"),
        T("Phó Thủ tướng Trần Lưu Quang nhận định thế giới thời gian tới ra sao?", "new",
          "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới như thế nào khi làm việc với Bộ Ngoại giao?",
          "biến động sâu sắc, phức tạp && khó khăn, thách thức", 2),
        T("ông ấy là PTT thường trực à", "pronoun",
          "Ông Trần Lưu Quang có phải là Phó Thủ tướng thường trực Chính phủ khi làm việc với Bộ Ngoại giao không?",
          FP, 2, "premise", acc=True),
    ],
    # c31  R1
    [
        T("Bộ trưởng Bùi Thanh Sơn đánh giá năm 2022 đối ngoại đạt kết quả gì về biên giới, lãnh thổ?", "new",
          "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 đạt kết quả gì về vấn đề biên giới, lãnh thổ?",
          "phân định && trên biển, trên bộ", 1),
        T("phối hợp vs những lực lượng nào", "ellipsis",
          "Năm 2022, công tác đối ngoại phối hợp chặt chẽ với những lực lượng nào để xử lý các vấn đề biên giới lãnh thổ?",
          "quốc phòng, an ninh", 1),
        T("đối ngoại đa phương thì sao", "substitution",
          "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 như thế nào?",
          "đóng góp có trách nhiệm", 1, acc=True),
        T("cụ thể ở diễn đàn nào", "ellipsis",
          "Năm 2022, đối ngoại đa phương của Việt Nam đóng góp cụ thể tại những diễn đàn đa phương nào?",
          NR, 1, "telegraphic", acc=True),
        T("còn ngoại giao kinh tê?", "substitution",
          "Bộ trưởng Bùi Thanh Sơn đánh giá công tác ngoại giao kinh tế năm 2022 như thế nào?",
          "thu hút đầu tư, du lịch", 1, "telegraphic,typo"),
    ],
    # c32  R3 -> R4
    [
        T("Năm 2019 hiệp định nào chính thức được triển khai?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?",
          "Hiệp định CPTPP", 3),
        T("EVFTA cũng có hiệu lực luôn rồi hả", "ellipsis",
          "Có phải Hiệp định EVFTA cũng đã có hiệu lực trong 6 tháng đầu năm 2019 không?",
          FP, 3, "premise", acc=True),
        T("Năm 2019 công tác ngoại vụ địa phương lấy ai làm trung tâm?", "new",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương lấy ai làm trung tâm?",
          "doanh nghiệp và người dân", 3),
        T("còn năm 2024, ngoại giao kinh tế được coi là điểm sáng về gì", "substitution",
          "Theo Hội nghị tổng kết năm 2024, nhờ ngoại giao kinh tế Việt Nam là điểm sáng về lĩnh vực gì?",
          "điểm sáng về thương mại && thu hút đầu tư nước ngoài", 4, acc=True),
    ],
    # c33  R2 -> near-miss (English)
    [
        T("Who met the Foreign Ministry on January 31 to discuss 2023 external affairs?", "new",
          "Ai đã làm việc với Bộ Ngoại giao chiều ngày 31-1 về triển khai công tác đối ngoại trong năm 2023?",
          "Trần Lưu Quang", 2, "english"),
        T("What is his position?", "pronoun",
          "Ông Trần Lưu Quang, người làm việc với Bộ Ngoại giao ngày 31-1, giữ chức vụ gì?",
          "Phó Thủ tướng Chính phủ | Phó Thủ tướng", 2, "english,telegraphic"),
        T("Ông ấy làm việc tại Phủ Chủ tịch phải không?", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao tại Phủ Chủ tịch phải không?",
          FP, 2, "premise"),
        T("thế Phó Thủ tướng Lê Văn Thành có dự không", "substitution",
          "Phó Thủ tướng Lê Văn Thành có tham dự buổi làm việc với Bộ Ngoại giao ngày 31-1 không?",
          NIC, None, "near-miss", acc=True, nm="Lê Văn Thành"),
    ],
    # c34  R0 -> R3
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2023 nhận xét thế nào về quản trị tài vụ và tổ chức cán bộ?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao nhận xét thế nào về công tác quản trị tài vụ và tổ chức cán bộ?",
          "bài bản hiệu quả", 0),
        T("hội nghị đó yêu cầu cán bộ đạt chuẩn gì", "pronoun",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, cán bộ Bộ Ngoại giao phải đạt yêu cầu cao về những mặt nào?",
          "bản lĩnh chính trị && phẩm chất đạo đức", 0),
        T("bộ trưởng chỉ đạo gì về chế độ chính sách", "ellipsis",
          "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về chế độ chính sách trong công tác xây dựng ngành 6 tháng cuối năm 2023?",
          "bảo đảm chế độ chính sách", 0, acc=True),
        T("hội nghị kéo dài mấy tiếng", "pronoun",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao kéo dài bao nhiêu tiếng?",
          NR, 0, "telegraphic", acc=True),
        T("thế năm 2019 xây dựng ngành hướng tới mục tiêu gì", "substitution",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới mục tiêu gì?",
          "hiện đại hóa Bộ Ngoại giao", 3, acc=True),
    ],
    # c35  R4 -> near-miss
    [
        T("Theo Bộ Ngoại giao, nhiệm vụ năm 2025 yêu cầu nắm tình hình thế nào?", "new",
          "Theo mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao nêu tại hội nghị tổng kết năm 2024, cần nắm tình hình như thế nào?",
          "Nắm chắc, dự báo đúng", 4),
        T("để làm gì", "ellipsis",
          "Bộ Ngoại giao nắm chắc, dự báo đúng tình hình trong năm 2025 để làm gì?",
          "thế chủ động chiến lược", 4, "telegraphic", acc=True),
        T("Bộ Ngoại giao sáp nhập vào Ban Đối ngoại Trung ương luôn à", "ellipsis",
          "Có phải Bộ Ngoại giao được sáp nhập vào Ban Đối ngoại Trung ương theo chủ trương tinh gọn bộ máy nêu tại hội nghị tổng kết năm 2024 không?",
          FP, 4, "premise", acc=True),
        T("còn Nghị quyết 36 thì sao", "substitution",
          "Nghị quyết 36 được nhắc tới như thế nào tại hội nghị tổng kết ngành ngoại giao năm 2024?",
          NIC, None, "near-miss", acc=True, nm="36"),
    ],
    # c36  R1 -> R2
    [
        T("Tại hội nghị tổng kết năm 2022, Thủ tướng muốn ngành ngoại giao đi trước để mở lối cho điều gì?", "new",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao chủ động đi trước để làm gì?",
          "mở đường cho phát triển", 1, "paraphrase"),
        T("bám sát tinh thần gì", "ellipsis",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bám sát tinh thần gì?",
          "là trung tâm phục vụ", 1, "telegraphic", acc=True),
        T("Khi PTT Trần Lưu Quang làm việc với Bộ, Bộ NG báo cáo sẽ đổi mới lề lối làm việc theo hướng nào?", "new",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao báo cáo sẽ đổi mới phong cách, lề lối làm việc theo hướng nào?",
          "chuyên nghiệp, hiện đại", 2),
        T("còn kỷ cương", "substitution",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao báo cáo sẽ giữ kỷ cương như thế nào?",
          "kỷ cương hành chính", 2, "telegraphic"),
    ],
    # c37  R3 (English)
    [
        T("How many votes did Vietnam get for the UN Security Council seat?", "new",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
          "192/193", 3, "english"),
        T("For which term?", "ellipsis",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
          "2020-2021", 3, "english,telegraphic"),
        T("tổ chức thành công hội nghị thượg đỉnh nào", "ellipsis",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
          "Mỹ - Triều lần 2", 3, "typo", acc=True),
        T("hội nghị đó tổ chức ở Hà Nội hả", "pronoun",
          "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được tổ chức ở Hà Nội phải không?",
          NR, 3, acc=True),
        T("mấy thành tựu đó nói lên điều gì", "pronoun",
          "Việc tổ chức thượng đỉnh Mỹ - Triều lần 2 và trúng cử HĐBA LHQ với số phiếu cao cho thấy điều gì?",
          "sự tín nhiệm của bạn bè", 3, "paraphrase"),
    ],
    # c38  R0 -> R1
    [
        T("Bộ trưởng Sơn chỉ đạo đưa quan hệ với láng giềng, nước lớn đi theo hướng nào trong 6 tháng cuối năm 2023?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo đưa quan hệ với các nước láng giềng, các nước lớn đi theo hướng nào?",
          "chiều sâu, ổn định", 0),
        T("còn chủ quyền", "substitution",
          "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về bảo vệ chủ quyền trong 6 tháng cuối năm 2023?",
          "kiên quyết, kiên trì đấu tranh", 0, "telegraphic", acc=True),
        T("hội nghị tổng kết năm 2022 thì thủ tướng đề cao văn kiện quốc tế nào", "new",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính đề cao nguyên tắc của văn kiện quốc tế nào?",
          "Hiến chương Liên Hợp Quốc", 1),
        T("ông ấy muốn phát huy bản sắc nào", "pronoun",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng đề nghị phát huy mạnh mẽ bản sắc nào?",
          "cây tre Việt Nam", 1, acc=True),
        T("trích nguyên văn", "request",
          "Trích nguyên văn câu của Thủ tướng về bản sắc cây tre Việt Nam tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
          "gốc vững", 1, "telegraphic"),
    ],
    # c39  near-miss -> R2
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Tư pháp năm 2023 nội dung gì?", "new",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Tư pháp năm 2023 về nội dung gì?",
          NIC, None, "near-miss", nm="Tư pháp"),
        T("ý mình là với Bộ Ngoại giao", "substitution",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?",
          "triển khai công tác đối ngoại", 2, acc=True),
        T("ông ấy khen điều gì", "pronoun",
          "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở công tác đối ngoại và ngành ngoại giao?",
          "thành tựu to lớn", 2, "paraphrase", acc=True),
        T("quan hệ với những đối tác nào được làm sâu sắc hơn", "ellipsis",
          "Theo đánh giá của Phó Thủ tướng Trần Lưu Quang, quan hệ với những đối tác nào được đẩy mạnh và làm sâu sắc hơn?",
          "đối tác chiến lược && đối tác toàn diện", 2),
    ],
    # c40  R4 -> R3
    [
        T("Thủ tướng yêu cầu ngành ngoại giao nghiên cứu về đối ngoại theo cách nào năm 2025?", "new",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành ngoại giao chú trọng nghiên cứu về đối ngoại theo cách nào trong năm 2025?",
          "tính tổng thể, dài hơi", 4),
        T("còn quan hệ với các đối tác quan trọng", "substitution",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác quan trọng?",
          "nâng cấp, nâng tầm quan hệ", 4),
        T("năm 2019 thì thiết lập quan hệ mới với nước nào", "substitution",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập khuôn khổ quan hệ mới với những nước nào?",
          "Brunei, Hà Lan", 3, acc=True),
        T("là đối tác chiến lược à", "pronoun",
          "Quan hệ Việt Nam thiết lập với Brunei và Hà Lan năm 2019 có phải là Đối tác chiến lược không?",
          FP, 3, "premise,telegraphic", acc=True),
    ],
    # c41  near-miss -> R1 -> R4
    [
        T("Ai dự hội nghị tổng kết năm 2022 ở điểm cầu Lạng Sơn?", "new",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
          NIC, None, "near-miss", nm="Lạng Sơn"),
        T("vậy điểm cầu nào được nêu cụ thể", "ellipsis",
          "Điểm cầu tỉnh nào được nêu cụ thể trong bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Cao Bằng", 1),
        T("lãnh đạo sở nào dự ở đó", "ellipsis",
          "Lãnh đạo những sở, đơn vị nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
          "Kế hoạch và Đầu tư | Bộ đội Biên phòng | Ban Quản lý Khu kinh tế", 1, acc=True),
        T("còn Quảng Trị năm 2024", "substitution",
          "Ai dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
          "Hoàng Nam", 4, "telegraphic", acc=True),
        T("trích nguyên văn câu đó", "request",
          "Trích nguyên văn câu trong báo cáo nói về người dự Hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị.",
          "điểm cầu Quảng Trị", 4, acc=True),
    ],
    # c42  R2
    [
        T("Theo Bộ trưởng Sơn, Bộ NG phục vụ những ai trong lĩnh vực đối ngoại?", "new",
          "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao phục vụ những ai trong lĩnh vực đối ngoại và hội nhập quốc tế?",
          "nhân dân và doanh nghiệp", 2),
        T("còn quy chế", "substitution",
          "Bộ Ngoại giao báo cáo sẽ làm gì với quy chế, quy trình công tác?",
          "rà soát, hoàn thiện quy chế", 2, "telegraphic", acc=True),
        T("đẩy mạnh ứng dung gì", "ellipsis",
          "Bộ Ngoại giao báo cáo với Phó Thủ tướng Trần Lưu Quang sẽ đẩy mạnh ứng dụng gì?",
          "chuyển đổi số", 2, "typo", acc=True),
        T("có đặt mục tiêu số hóa 100% thủ tục không", "ellipsis",
          "Bộ Ngoại giao có đặt mục tiêu số hóa 100% thủ tục hành chính khi đẩy mạnh chuyển đổi số không?",
          NR, 2),
    ],
    # c43  R3
    [
        T("Hội nghị sơ kết 2019 của Bộ Ngoại giao đánh giá gì về công tác nghiên cứu, tham mưu?", "new",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá gì về công tác nghiên cứu, tham mưu?",
          "đề xuất chính sách", 3),
        T("cho ai", "ellipsis",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao nghiên cứu, tham mưu và đề xuất chính sách cho ai?",
          "Lãnh đạo cấp cao", 3, "telegraphic", acc=True),
        T("về biên giới lãnh thổ", "substitution",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao bảo vệ biên giới lãnh thổ như thế nào?",
          "kiên trì bảo vệ vững chắc", 3, "telegraphic", acc=True),
        T("cụ thể vụ việc nào trên Biển Đông", "ellipsis",
          "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã xử lý cụ thể những vụ việc nào trên Biển Đông?",
          NR, 3, acc=True),
    ],
    # c44  R0 (English) -> near-miss
    [
        T("When was the MFA's 2023 mid-year review held?", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra vào ngày nào?",
          "5/7", 0, "english"),
        T("Who attended besides the minister?", "ellipsis",
          "Ngoài Bộ trưởng Bùi Thanh Sơn, những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "các Lãnh đạo Bộ Ngoại giao && đại diện các đơn vị", 0, "english"),
        T("Which news agency reported it?", "request",
          "Cơ quan thông tấn nào đưa tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "TTXVN", 0, "english"),
        T("What did PM Pham Minh Chinh say at this meeting?", "pronoun",
          "Thủ tướng Phạm Minh Chính đã phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          FP, 0, "english,premise"),
        T("And the 2015 mid-year review?", "substitution",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2015 của Bộ Ngoại giao diễn ra vào ngày nào?",
          NIC, None, "english,telegraphic,near-miss", nm="2015"),
    ],
    # c45  R4 -> R1
    [
        T("Hội nghị tổng kết năm 2024 Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "new",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "tuyệt đối trung thành && sâu sắc về chiến lược", 4),
        T("thế về xây dựng Đảng", "substitution",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu gì về xây dựng Đảng trong ngành ngoại giao?",
          "lãnh đạo và sức chiến đấu", 4, "telegraphic", acc=True),
        T("trích nguyên văn câu đó", "request",
          "Trích nguyên văn yêu cầu của Thủ tướng về xây dựng Đảng trong ngành ngoại giao tại hội nghị tổng kết năm 2024.",
          "Đảng trong sạch, vững mạnh", 4, acc=True),
        T("Tại tổng kết năm 2022, thủ tướng yêu cầu ngành ngoại giao có đối sách thế nào?", "new",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao có đối sách như thế nào?",
          "đối sách linh hoạt, uyển chuyển", 1),
        T("ông ấy giao mấy nhiệm vụ trọng tâm", "pronoun",
          "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
          "thực hiện 6 nhiệm vụ", 1, acc=True),
    ],
    # c46  R2 -> near-miss
    [
        T("Ai báo cáo kết quả đối ngoại năm 2022 với Phó Thủ tướng Trần Lưu Quang?", "new",
          "Ai đã báo cáo với Phó Thủ tướng Trần Lưu Quang kết quả thực hiện các nhiệm vụ đối ngoại năm 2022?",
          "Bùi Thanh Sơn", 2),
        T("ông ấy có đề xuất tăng biên chế cho Bộ không", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn có đề xuất với Phó Thủ tướng Trần Lưu Quang tăng biên chế cho Bộ Ngoại giao không?",
          NR, 2, acc=True),
        T("thế còn Thứ trưởng Đỗ Hùng Việt báo cáo gì", "substitution",
          "Thứ trưởng Đỗ Hùng Việt báo cáo gì tại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          NIC, None, "near-miss", acc=True, nm="Đỗ Hùng Việt"),
        T("tóm tắt lại trọng tâm đổi mới của Bộ", "request",
          "Tóm tắt lại trọng tâm đổi mới tư duy và hành động mà Bộ Ngoại giao báo cáo với Phó Thủ tướng Trần Lưu Quang.",
          "đồng bộ cả nhiệm vụ && xây dựng, phát triển ngành", 2),
    ],
    # c47  near-miss -> R3 -> near-miss
    [
        T("Hội nghị sơ kết 6 tháng năm 2016 của Bộ Ngoại giao đánh giá thế nào", "new",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2016 của Bộ Ngoại giao đánh giá kết quả đối ngoại như thế nào?",
          NIC, None, "near-miss", acc=True, nm="2016"),
        T("nhầm, năm 2019", "substitution",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá kết quả đối ngoại như thế nào?",
          "nhiều kết quả tích cực", 3, "telegraphic", acc=True),
        T("hội nghị đó họp ngyà nào", "pronoun",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao họp vào ngày nào?",
          "22/7 | 22/07/2019", 3, "typo"),
        T("thế sơ kết năm 2017?", "substitution",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Ngoại giao họp vào ngày nào?",
          NIC, None, "telegraphic,near-miss", nm="2017"),
    ],
    # c48  R0 -> R4
    [
        T("Hồi đầu tháng 7/2023 Bộ Ngoại giao họp nhìn lại nửa năm, người đứng đầu Bộ đã ghi nhận điều gì ở cán bộ?", "new",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương điều gì ở tập thể cán bộ Bộ Ngoại giao?",
          "nỗ lực không mệt mỏi", 0, "paraphrase"),
        T("ông ấy bảo các đơn vị làm tốt hơn việc gì", "pronoun",
          "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ Ngoại giao làm tốt hơn nữa công tác gì trong 6 tháng cuối năm 2023?",
          "công tác nghiên cứu, dự báo", 0, acc=True),
        T("Lúc tổng kết năm 2024, Thủ tướng dặn ngành ngoại giao làm gì để lo tốt các chuyến đi cấp cao?", "new",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu ngành ngoại giao làm gì để tổ chức tốt các hoạt động đối ngoại cấp cao?",
          "chặt chẽ với các cấp", 4, "paraphrase"),
        T("có nêu cụ thể chuyến thăm nào không", "ellipsis",
          "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng có nêu cụ thể những chuyến thăm cấp cao nào trong năm 2025 không?",
          NR, 4, acc=True),
    ],
]


def build_rows():
    rows = []
    for ci, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % ci
        for turn in conv:
            q = turn["q"]
            if turn["acc"]:
                q = strip_diacritics(q)
            tags = set(turn["tags"])
            if "english" not in tags and not has_diacritics(q):
                tags.add("accentless")
            if has_abbrev(q):
                tags.add("abbrev")
            tagstr = ",".join(t for t in TAG_ORDER if t in tags) or "-"
            rows.append(dict(conversation=cid, question=q, kind=turn["kind"], tags=tagstr,
                             read_as=turn["read_as"], facts=turn["facts"], report=turn["rep"],
                             nm=turn["nm"]))
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in HEADER:
            f.write(line + "\n")
        for r in rows:
            f.write("\t".join([r["conversation"], r["question"], r["kind"], r["tags"],
                               r["read_as"], r["facts"]]) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(rows), len(CONVERSATIONS), OUT))


if __name__ == "__main__":
    main()
