#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 40 from hand-written turns.

Each turn: T(question, kind, tags, read_as, facts, report, nic)
  report : index 0-4 of the report (R0..R4) the turn is about
  nic    : for refuse:not_in_corpus turns, the distinguishing token(s) that
           must be absent from all five reports
Turns tagged `accentless` are stripped of diacritics at build time.
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 40 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def T(q, kind, tags, read_as, facts, rep, nic=()):
    return dict(q=q, kind=kind, tags=tags, read_as=read_as, facts=facts, rep=rep, nic=tuple(nic))


# R0 sơ kết 6 tháng đầu năm 2023 (5/7) | R1 tổng kết 2022 (10/1, Cao Bằng)
# R2 PTT Trần Lưu Quang làm việc với BNG (31-1) | R3 sơ kết 6 tháng đầu năm 2019 (22/7)
# R4 tổng kết 2024 (6/1, Quảng Trị)
CONVERSATIONS = [
    # c01 R0 -> R3: year substitution moves the focus; pronoun = person in the previous answer
    [
        T("Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "new", "-",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", 0),
        T("còn năm 2019?", "substitution", "accentless,telegraphic",
          "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2019 vào ngày nào?", "22/7 | 22/07/2019", 3),
        T("ai phát biểu chỉ đạo?", "ellipsis", "telegraphic",
          "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
        T("ông ấy lúc đó giữ những chức gì", "pronoun", "accentless",
          "Ông Phạm Bình Minh giữ những chức vụ gì khi phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
        T("bài này nguồn nào vậy?", "request", "-",
          "Bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 và phát biểu của ông Phạm Bình Minh lấy từ nguồn nào?", "CLO", 3),
    ],
    # c02 R1: new mid-conversation question, then pronoun for the person named in the answer
    [
        T("HN tổng kết công tác ngành NG năm 2022 do ai chủ trì?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?", "Bùi Thanh Sơn", 1),
        T("ông ấy giữ chức gì?", "pronoun", "accentless",
          "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, giữ chức vụ gì?",
          "Bộ trưởng Bộ Ngoại giao | Bộ trưởng Ngoại giao", 1),
        T("HN đó bn đại biểu dự?", "pronoun", "accentless,abbrev,telegraphic",
          "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 đại biểu", 1),
        T("điểm cầu chính đặt ở đâu", "ellipsis", "accentless,telegraphic",
          "Điểm cầu chính của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 đặt ở đâu?", NR, 1),
        T("Ai dự HN tổng kết ngành NG 2022 tại điểm cầu Cao Bằng?", "new", "abbrev",
          "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
        T("người này giữ chức vụ gì", "pronoun", "accentless",
          "Đồng chí Nguyễn Bích Ngọc, người dự Hội nghị tại điểm cầu Cao Bằng, giữ chức vụ gì?",
          "Phó Chủ tịch UBND tỉnh", 1),
    ],
    # c03 R2
    [
        T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
          "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", 2),
        T("ở đâu?", "ellipsis", "accentless,telegraphic",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
        T("buổi đó bàn việc gì", "pronoun", "accentless,telegraphic",
          "Buổi làm việc ngày 31-1 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
          "triển khai công tác đối ngoại", 2),
        T("ông ấy đánh giá ngành NG thế nào?", "pronoun", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành Ngoại giao?",
          "đánh giá cao && thành tựu to lớn", 2),
        T("nguồn?", "request", "telegraphic",
          "Đánh giá của Phó Thủ tướng Trần Lưu Quang về ngành Ngoại giao được đưa tin theo nguồn nào?", "VGP", 2),
    ],
    # c04 R4
    [
        T("When did the foreign ministry hold its 2024 review conference?", "new", "english,paraphrase",
          "Bộ Ngoại giao tổ chức hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào ngày nào?", "6/1", 4),
        T("hội nghị đó ai dự và chỉ đạo?", "pronoun", "accentless",
          "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
        T("thế ai chủ trì", "ellipsis", "accentless,telegraphic",
          "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, 4),
        T("Ở điểm cầu Quảng Trị lãnh đạo nào dự hội nghị tổng kết ngành ngoại giao 2024?", "new", "-",
          "Lãnh đạo nào dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
        T("ông ấy là Chủ tịch UBND tỉnh à?", "pronoun", "abbrev,premise",
          "Ông Hoàng Nam, người dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, là Chủ tịch UBND tỉnh phải không?", FP, 4),
    ],
    # c05 R3
    [
        T("Theo HN sơ kết 6 tháng đầu năm 2019, VN có tổng cộng bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", "new", "abbrev",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam có tổng cộng bao nhiêu Đối tác chiến lược và Đối tác toàn diện?",
          "30 quốc gia", 3),
        T("mới thêm nước nào?", "ellipsis", "accentless,telegraphic,paraphrase",
          "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện mới với những nước nào?", "Brunei && Hà Lan", 3),
        T("còn Singapore?", "substitution", "accentless,telegraphic,near-miss",
          "Trong 6 tháng đầu năm 2019, Việt Nam có thiết lập quan hệ Đối tác toàn diện với Singapore không?", NIC, 3, ["Singapore"]),
        T("VN trúng cử Ủy viên không thường trực HĐBA LHQ với số phiếu bao nhiêu?", "new", "abbrev",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với số phiếu bao nhiêu?", "192/193", 3),
    ],
    # c06 R0
    [
        T("HN sơ kết 6 tháng đầu năm 2023 của BNG đánh giá đối ngoại ra sao trong thành tựu chung của cả nước?", "new", "abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá đối ngoại ra sao trong những thành tựu chung của cả nước?",
          "một điểm sáng", 0),
        T("với phương châm gì?", "ellipsis", "accentless,telegraphic",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", 0),
        T("hội nghị này bn người dự", "pronoun", "accentless,abbrev",
          "Có bao nhiêu người tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR, 0),
        T("tổ chức ở đâu vậy", "ellipsis", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, 0),
        T("so who gave the closing remarks?", "ellipsis", "english,paraphrase",
          "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
    ],
    # c07 R1 -> R4: substitution to 2024, where the number is not reported
    [
        T("Thủ tướng có dự HN tổng kết công tác ngành ngoại giao năm 2022 không?", "new", "abbrev",
          "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính", 1),
        T("ông ấy yêu cầu ngành NG thực hiện mấy nhiệm vụ trọng tâm?", "pronoun", "accentless,abbrev",
          "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
          "6 nhiệm vụ trọng tâm", 1),
        T("còn ở HN tổng kết 2024?", "substitution", "accentless,abbrev,telegraphic",
          "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?",
          NR, 4),
        T("vậy nhiệm vụ bao chùm là gì?", "ellipsis", "typo",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng nêu nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
          "vai trò tiên phong", 4),
        T("trích nguyên văn phần cuối câu đó", "request", "accentless",
          "Trích nguyên văn phần cuối câu Thủ tướng nói về nhiệm vụ bao trùm tại hội nghị tổng kết năm 2024.",
          "kỷ nguyên vươn mình", 4),
    ],
    # c08 R2: pronoun for the minister named in the answer; a false premise about the PM
    [
        T("Những ai tham dự buổi làm việc của PTT Trần Lưu Quang với BNG?", "new", "abbrev",
          "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          "Bùi Thanh Sơn && lãnh đạo Văn phòng Chính phủ", 2),
        T("ông ấy báo cáo với PTT nội dung gì?", "pronoun", "accentless,abbrev",
          "Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang nội dung gì?", "nhiệm vụ đối ngoại năm 2022", 2),
        T("BNG quyết tâm điều gì?", "ellipsis", "abbrev",
          "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm điều gì?", "đổi mới tư duy", 2),
        T("nói rõ hơn đi", "request", "accentless,telegraphic",
          "Nói rõ hơn việc Bộ Ngoại giao quyết tâm đổi mới tư duy và hành động gồm những trọng tâm nào?",
          "chuyên nghiệp, hiện đại", 2),
        T("Thủ tướng Phạm Minh Chính phát biểu gì ở buổi đó?", "pronoun", "accentless,premise",
          "Thủ tướng Phạm Minh Chính phát biểu gì tại buổi làm việc ngày 31-1 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
          FP, 2),
    ],
    # c09 R3
    [
        T("Trong 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?", "new", "-",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?", "CPTPP", 3),
        T("cái nào được ký kết?", "ellipsis", "accentless,telegraphic",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, những hiệp định nào được ký kết?", "EVFTA && Hiệp định bảo hộ đầu tư", 3),
        T("Chỉ thị nào của Ban Bí thư về đối ngoại đa phương được nhắc đến ở HN sơ kêt 2019?", "new", "abbrev,typo",
          "Chỉ thị nào của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương được nhắc đến ở Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "Chỉ thị 25", 3),
        T("con chi thi 26?", "substitution", "accentless,telegraphic,near-miss",
          "Chỉ thị 26 về đối ngoại đa phương có được nhắc đến ở Hội nghị sơ kết 6 tháng đầu năm 2019 không?", NIC, 3, ["Chỉ thị 26"]),
        T("and which summit did Vietnam host?", "ellipsis", "english",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
          "Mỹ - Triều lần 2", 3),
    ],
    # c10 R4
    [
        T("Ngoại giao kinh tế năm 2024 chuyển biến mạnh trong những lĩnh vực nào?", "new", "-",
          "Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
          "chíp bán dẫn && trí tuệ nhân tạo", 4),
        T("dưới sự chỉ đạo của ai?", "ellipsis", "accentless,telegraphic",
          "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ", 4),
        T("ông ấy phê bình ngành NG chậm đổi mới à", "pronoun", "accentless,abbrev,premise",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng có phê bình ngành Ngoại giao chậm đổi mới không?", FP, 4),
        T("Which bodies' main functions is the MFA taking over?", "new", "english,paraphrase",
          "Theo hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
          "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", 4),
        T("gắn với tổng kết nghị quyết số mấy?", "ellipsis", "accentless,telegraphic",
          "Việc tinh gọn bộ máy Bộ Ngoại giao gắn với chủ trương tổng kết nghị quyết số mấy của BCH Trung ương?",
          "Nghị quyết 18", 4),
    ],
    # c11 R0 -> R3
    [
        T("Ai phát biểu kết luân Hội nghị sơ kết 6 tháng đầu năm 2023 của BNG?", "new", "abbrev,typo",
          "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
        T("ông ấy biểu dương điều gì?", "pronoun", "accentless",
          "Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương điều gì?",
          "những nỗ lực không mệt mỏi", 0),
        T("ở HN đó có khen thưởng ko", "pronoun", "accentless,abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, có trao tặng danh hiệu, khen thưởng không?",
          "các danh hiệu, khen thưởng | các tập thể và cá nhân", 0),
        T("mấy tập thể được khen?", "ellipsis", "accentless,telegraphic",
          "Có bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR, 0),
        T("còn sơ kết năm 2019 ai chỉ đạo?", "substitution", "-",
          "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
    ],
    # c12 R1 Cao Bằng
    [
        T("Điểm cầu Cao Bằng dự HN tổng kết ngành NG 2022 có UBND những huyện nào?", "new", "abbrev",
          "Tại điểm cầu Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có UBND những huyện nào?",
          "Quảng Hòa && Trùng Khánh && Hạ Lang", 1),
        T("có Bảo Lạc ko", "ellipsis", "accentless,abbrev,telegraphic",
          "UBND huyện Bảo Lạc có dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?", "Bảo Lạc", 1),
        T("còn Nguyên Bình?", "substitution", "accentless,telegraphic,near-miss",
          "UBND huyện Nguyên Bình có dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?", NIC, 1, ["Nguyên Bình"]),
        T("how many provinces were linked in?", "ellipsis", "english,paraphrase",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?",
          "63 tỉnh, thành phố", 1),
        T("bài này ai viết", "request", "accentless,telegraphic",
          "Ai là tác giả bài viết về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Vi Trường", 1),
    ],
    # c13 R1 -> R2
    [
        T("HN tổng kết ngành NG 2022 nhằm nhìn lại việc thực hiện kết luận của ai?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 nhằm nhìn lại một năm thực hiện các kết luận, chỉ đạo của ai?",
          "Tổng Bí thư Nguyễn Phú Trọng", 1),
        T("ông ấy đưa ra kết luận đó tại HN nào?", "pronoun", "accentless,abbrev",
          "Tổng Bí thư Nguyễn Phú Trọng đưa ra các kết luận, chỉ đạo đó tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc", 1),
        T("ông ấy phát biểu gì tại HN tổng kết 2022?", "pronoun", "accentless,abbrev,premise",
          "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP, 1),
        T("Buổi làm việc ngày 31-1 của PTT Trần Lưu Quang với BNG nhắc tới Hội nghị đối ngoại toàn quốc năm nào?", "new", "abbrev",
          "Buổi làm việc ngày 31-1 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao nhắc tới Hội nghị đối ngoại toàn quốc năm nào?",
          "năm 2021", 2),
        T("trong đó nhiệm vụ trung tâm là gì?", "ellipsis", "accentless",
          "Theo Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ngày 31-1, nhiệm vụ trung tâm của công tác đối ngoại là gì?",
          "phục vụ phát triển đất nước", 2),
        T("còn nhiệm vụ trọng yếu, thường xuyên?", "substitution", "accentless,telegraphic",
          "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?",
          "giữ vững hòa bình, ổn định", 2),
    ],
    # c14 R3
    [
        T("Điểm lưu tâm thứ nhất mà PTT Phạm Bình Mihn nêu tại HN sơ kết 6 tháng đầu năm 2019 là gì?", "new", "abbrev,typo",
          "Điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "nhạy cảm trong tham mưu", 3),
        T("thứ hai?", "substitution", "accentless,telegraphic",
          "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
          "tăng cường sự phối hợp", 3),
        T("Về xây dựng ngành, ông Minh chỉ đạo gì?", "ellipsis", "paraphrase",
          "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
          "tuyển dụng, đào tạo cán bộ", 3),
        T("trích nguyên văn câu đó", "request", "accentless",
          "Trích nguyên văn câu chỉ đạo về công tác xây dựng ngành của Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
          "quản lý kỷ cương, kỷ luật && bảo vệ chính trị nội bộ", 3),
    ],
    # c15 R4 -> R3 -> R4
    [
        T("Theo BNG, năm 2025 cần xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "new", "abbrev",
          "Theo hội nghị tổng kết năm 2024 của Bộ Ngoại giao, năm 2025 cần xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
          "vừa hồng, vừa chuyên", 4),
        T("còn năm 2019?", "substitution", "accentless,telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới xây dựng đội ngũ cán bộ như thế nào?",
          "vừa hồng, vừa chuyên", 3),
        T("ngoài ra còn những phẩm chất gì?", "ellipsis", "accentless",
          "Ngoài 'vừa hồng, vừa chuyên', Hội nghị sơ kết 6 tháng đầu năm 2019 nêu đội ngũ cán bộ cần có những phẩm chất gì?",
          "tinh nhuệ, tích cực, năng động", 3),
        T("HN tổng kết ngành NG năm 2024 tổ chức theo hình thức nào?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến", 4),
        T("ở Quảng Trị ai dự?", "ellipsis", "accentless,telegraphic",
          "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
    ],
    # c16 R0 -> R1
    [
        T("Tại HN sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị đưa quan hệ với các nước láng giềng, nước lớn đi theo hướng nào?", "new", "abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các nước láng giềng, các nước lớn đi theo hướng nào?",
          "chiều sâu, ổn định, bền vững", 0),
        T("yêu cầu các đơn vị làm tốt hơn việc gì", "ellipsis", "accentless",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
          "nghiên cứu, dự báo, tham mưu", 0),
        T("TTg phát biểu chỉ đạo gì ở HN đó?", "pronoun", "abbrev,premise",
          "Thủ tướng phát biểu chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP, 0),
        T("còn ở tổng kết 2022?", "substitution", "accentless,telegraphic",
          "Thủ tướng phát biểu chỉ đạo gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "chủ động dự báo tình hình | thích ứng kịp thời", 1),
    ],
    # c17 R1 -> R4 economics
    [
        T("Năm 2022 kim ngạch XNK vượt mốc bao nhiêu theo HN tổng kết ngành NG?", "new", "abbrev",
          "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
          "700 tỷ USD", 1),
        T("con số đó tăng bao nhiêu %?", "pronoun", "accentless,telegraphic",
          "Kim ngạch xuất nhập khẩu năm 2022 tăng bao nhiêu phần trăm theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", NR, 1),
        T("ngoại giao kinh tế còn đóng góp vào gì nữa", "ellipsis", "accentless",
          "Theo Hội nghị tổng kết năm 2022, ngoài mở rộng kim ngạch xuất nhập khẩu, công tác ngoại giao kinh tế năm 2022 còn đóng góp vào những gì?",
          "ổn định kinh tế vĩ mô | thu hút đầu tư", 1),
        T("còn năm 2024 kim ngạch XNK bn?", "substitution", "accentless,abbrev,telegraphic",
          "Theo hội nghị tổng kết công tác ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu?", NR, 4),
        T("so VN stayed in which group of countries?", "ellipsis", "english,paraphrase",
          "Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế góp phần duy trì Việt Nam trong nhóm nước nào?",
          "nhóm nước tăng trưởng cao", 4),
    ],
    # c18 R2 -> R3
    [
        T("PTT Trần Lưu Quang yêu cầu BNG bám sát đường lối đối ngoại của Đại hội nào?", "new", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát đường lối đối ngoại của Đại hội nào?", "Đại hội XIII", 2),
        T("con HN so ket 2019 thi gop phan thuc hien DH nao, huong toi DH nao?", "substitution", "accentless,abbrev,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối của Đại hội nào và hướng tới Đại hội nào?",
          "Đại hội XII && Đại hội XIII", 3),
        T("who directed that one?", "pronoun", "english,telegraphic",
          "Ai phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
        T("ông ấy lúc đó là Thủ tướng đúng ko", "pronoun", "accentless,abbrev,premise",
          "Ông Phạm Bình Minh là Thủ tướng tại thời điểm Hội nghị sơ kết 6 tháng đầu năm 2019 phải không?", FP, 3),
    ],
    # c19 R3 -> R1
    [
        T("Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG nhắc tới tinh thần của Hội nghị Ngoại giao lần thứ mấy?", "new", "abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc tới tinh thần của Hội nghị Ngoại giao lần thứ mấy?",
          "Hội nghị Ngoại giao 30", 3),
        T("còn HN tổng kết 2022 nhắc HN Ngoại giao lần thứ mấy?", "substitution", "accentless,abbrev",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 nhắc tới Hội nghị Ngoại giao lần thứ mấy?", "lần thứ 31", 1),
        T("thế lần thứ 32 tổ chức khi nào?", "substitution", "near-miss",
          "Hội nghị Ngoại giao lần thứ 32 được tổ chức khi nào?", NIC, 1, ["lần thứ 32"]),
        T("Ở HN tổng kết 2022, TTg dùng hinhf ảnh gì để nói về bản sắc ngoại giao VN?", "new", "abbrev,paraphrase,typo",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng dùng hình ảnh gì để nói về bản sắc ngoại giao Việt Nam?",
          "cây tre Việt Nam", 1),
        T("giai thich ro hon", "request", "accentless,telegraphic",
          "Nói rõ hơn về bản sắc 'cây tre Việt Nam' mà Thủ tướng nêu tại Hội nghị tổng kết năm 2022.",
          "gốc vững && dĩ bất biến, ứng vạn biến", 1),
    ],
    # c20 R4
    [
        T("Tại HN tổng kết 2024, BNG xác định mục tiêu gì về nắm tình hình cho năm 2025?", "new", "abbrev",
          "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu gì về nắm và dự báo tình hình cho năm 2025?",
          "dự báo đúng tình hình", 4),
        T("did the PM speak there?", "pronoun", "english",
          "Thủ tướng có phát biểu tại hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", "Phạm Minh Chính", 4),
        T("ông ấy nói gì về quan hệ với các đối tác quan trọng?", "pronoun", "accentless",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về quan hệ với các đối tác quan trọng?",
          "nâng cấp, nâng tầm quan hệ", 4),
        T("sao TTg lại yêu cầu sáp nhập BNG vào Ban Đối ngoại TW?", "new", "abbrev,premise",
          "Vì sao tại hội nghị tổng kết năm 2024 Thủ tướng yêu cầu sáp nhập Bộ Ngoại giao vào Ban Đối ngoại Trung ương?", FP, 4),
    ],
    # c21 R0 english
    [
        T("Which news agency reported the MFA's first-half 2023 review conference?", "new", "english,paraphrase",
          "Hãng tin nào đưa tin về Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "TTXVN", 0),
        T("and when was it held?", "pronoun", "english,telegraphic",
          "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", 0),
        T("hội nghị đó đánh giá tình hình thế giới ra sao", "pronoun", "accentless",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực ra sao?", "diễn biến nhanh, phức tạp", 0),
        T("còn năm 2017?", "substitution", "accentless,telegraphic,near-miss",
          "Hội nghị sơ kết 6 tháng đầu năm 2017 của Bộ Ngoại giao đánh giá tình hình thế giới ra sao?", NIC, 0, ["2017"]),
    ],
    # c22 R1 PM quotes
    [
        T("TTg Phạm Minh Chính nhắc phương châm ứng xử nào ở HN tổng kết ngành NG 2022?", "new", "abbrev",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhắc phương châm ứng xử nào?",
          "dĩ bất biến, ứng vạn biến", 1),
        T("còn chủ trương về làm bạn?", "substitution", "accentless,paraphrase",
          "Tại Hội nghị tổng kết năm 2022, Thủ tướng nêu sự chuyển biến trong chủ trương 'là bạn' như thế nào?",
          "muốn là bạn && sẵn sàng là bạn", 1),
        T("ve bao ve to quoc thi sao", "substitution", "accentless,telegraphic",
          "Tại Hội nghị tổng kết năm 2022, Thủ tướng đề nghị ngành Ngoại giao bảo vệ Tổ quốc như thế nào?",
          "từ sớm && từ xa", 1),
        T("trích nguyên văn", "request", "telegraphic",
          "Trích nguyên văn câu Thủ tướng nói về bảo vệ Tổ quốc tại Hội nghị tổng kết năm 2022.",
          "nước chưa nguy", 1),
        T("ông ấy phê bình BT Bùi Thanh Sơn vì việc gì", "pronoun", "accentless,abbrev,premise",
          "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính phê bình Bộ trưởng Bùi Thanh Sơn vì việc gì?", FP, 1),
    ],
    # c23 R2
    [
        T("Tại buổi làm việc với BNG, PTT Trần Lưu Quang nhận định tình hình thế giới ra sao?", "new", "abbrev",
          "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?",
          "biến động sâu sắc, phức tạp", 2),
        T("có cơ hội ko", "ellipsis", "accentless,abbrev,telegraphic",
          "Theo nhận định của Phó Thủ tướng Trần Lưu Quang, tình hình thế giới thời gian tới có cơ hội không?",
          "nhiều cơ hội, thuận lợi", 2),
        T("ông ấy muốn BNG tham mưu cho Đảng và nhà nước những gì?", "pronoun", "abbrev",
          "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tham mưu cho Đảng và nhà nước những gì?",
          "chủ trương, chính sách, biện pháp", 2),
        T("về biên giới thì sao", "substitution", "accentless,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?", "biên giới hoà bình", 2),
        T("how long did that meeting last?", "pronoun", "english",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR, 2),
    ],
    # c24 R3
    [
        T("Vì sao VN chỉ được 190/193 phiếu khi trúng cử HĐBA LHQ?", "new", "abbrev,premise",
          "Vì sao Việt Nam chỉ được 190/193 phiếu khi trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc?", FP, 3),
        T("nhiệm kỳ nào vậy", "ellipsis", "accentless,telegraphic",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?", "2020-2021", 3),
        T("kết quả đó cho thấy điều gì?", "pronoun", "-",
          "Việc Việt Nam trúng cử Hội đồng Bảo an với số phiếu cao cho thấy điều gì?", "sự tín nhiệm && bạn bè quốc tế", 3),
        T("còn nhiệm kỳ 2008-2009 được bn phiếu?", "substitution", "accentless,abbrev,near-miss",
          "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009 với bao nhiêu phiếu?", NIC, 3, ["2008-2009"]),
    ],
    # c25 R4 -> R1 -> R4
    [
        T("Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", "new", "-",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, 4),
        T("còn năm 2022?", "substitution", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu", 1),
        T("kết nối bn điểm cầu", "ellipsis", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", "63 tỉnh, thành phố", 1),
        T("thế năm 2024 bài báo nhắc điểm cầu tỉnh nào?", "substitution", "paraphrase",
          "Bài về hội nghị tổng kết công tác ngành ngoại giao năm 2024 nhắc tới điểm cầu tỉnh nào?", "Quảng Trị", 4),
        T("who wrote that article?", "request", "english",
          "Ai là tác giả bài viết về hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị?", "Hoài Nhung", 4),
    ],
    # c26 R0 -> R1
    [
        T("BT Bùi Thanh Sơn đề nghị ngành NG 6 tháng cuối năm 2023 tiếp tục triển khai đường lối đối ngoại của Đại hội nào?", "new", "abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao 6 tháng cuối năm tiếp tục triển khai đường lối đối ngoại của Đại hội nào?",
          "Đại hội XIII", 0),
        T("ông ấy có nhắc chuyển đổi số ko", "pronoun", "accentless,abbrev,telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng có nhắc tới chuyển đổi số không?", "đẩy mạnh chuyển đổi số", 0),
        T("ở HN tổng kết 2022 ông ấy nói ngành NG đang bước sang giai đoạn nào?", "pronoun", "abbrev",
          "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn nào?",
          "giai đoạn phát triển mới", 1),
        T("đòi hỏi gì", "ellipsis", "accentless,telegraphic",
          "Theo Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết năm 2022, giai đoạn phát triển mới đòi hỏi ngành Ngoại giao điều gì?",
          "đổi mới mạnh mẽ tư duy", 1),
    ],
    # c27 R2 -> R1 -> R4
    [
        T("Buổi làm việc của PTT Trần Lưu Quang với BNG diễn ra buổi sáng hay chiều?", "new", "abbrev",
          "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều, ngày nào?",
          "Chiều ngày 31-1", 2),
        T("còn HN tổng kết 2022?", "substitution", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều, ngày nào?", "Sáng 10/1", 1),
        T("the tong ket 2024", "substitution", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra buổi sáng hay buổi chiều, ngày nào?", "Sáng nay 6/1", 4),
        T("Did Deputy PM Tran Luu Quang chair the 2024 one?", "pronoun", "english,premise",
          "Phó Thủ tướng Trần Lưu Quang có chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?", FP, 4),
    ],
    # c28 R3 english start
    [
        T("At the MFA's mid-2019 review, which countries became Comprehensive Partners of Vietnam?", "new", "english",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
          "Brunei && Hà Lan", 3),
        T("nâng tổng số lne bn", "ellipsis", "accentless,abbrev,telegraphic,typo",
          "Việc thiết lập quan hệ Đối tác toàn diện với Brunei, Hà Lan nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên bao nhiêu?",
          "30 quốc gia", 3),
        T("sao Brunei lại được nâng lên ĐT chiến lược?", "pronoun", "accentless,abbrev,premise",
          "Vì sao trong 6 tháng đầu năm 2019 Brunei được nâng lên Đối tác chiến lược của Việt Nam?", FP, 3),
        T("Hà Lan thiết lập vào tháng mấy", "ellipsis", "accentless,telegraphic",
          "Việt Nam thiết lập quan hệ Đối tác toàn diện với Hà Lan vào tháng mấy năm 2019?", NR, 3),
    ],
    # c29 R1 -> R4: wrong place for the person in the answer
    [
        T("Những sở, ngành nào của Cao Bằng dự HN tổng kết ngành NG năm 2022?", "new", "abbrev",
          "Những sở, ngành nào của tỉnh Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
          "Tài chính && Công thương && Công an tỉnh", 1),
        T("bộ đội biên phòng có dự ko", "ellipsis", "accentless,abbrev,telegraphic",
          "Bộ đội Biên phòng tỉnh Cao Bằng có dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?",
          "Bộ đội Biên phòng", 1),
        T("ai dẫn đầu điểm cầu đó", "pronoun", "accentless,telegraphic,paraphrase",
          "Lãnh đạo tỉnh nào dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
        T("đ/c ấy là PCT UBND tỉnh Quảng Trị à?", "pronoun", "abbrev,premise",
          "Đồng chí Nguyễn Bích Ngọc có phải là Phó Chủ tịch UBND tỉnh Quảng Trị không?", FP, 1),
        T("thế PCT UBND tỉnh Quảng Trị nào dự HN tổng kết 2024?", "substitution", "accentless,abbrev",
          "Phó Chủ tịch UBND tỉnh Quảng Trị nào dự hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoàng Nam", 4),
    ],
    # c30 R4 -> R0
    [
        T("Theo BNG, công tác đối ngoại năm 2024 được triển khai thế nào?", "new", "abbrev",
          "Theo hội nghị tổng kết năm 2024 của Bộ Ngoại giao, công tác đối ngoại năm 2024 được triển khai như thế nào?",
          "chủ động, đồng bộ, sáng tạo", 4),
        T("dưới sự lãnh đạo của ai", "ellipsis", "accentless,telegraphic",
          "Năm 2024, công tác đối ngoại và ngoại giao được triển khai dưới sự lãnh đạo của ai?", "Bộ Chính trị, Ban Bí thư", 4),
        T("còn sơ kết 6 tháng đầu 2023 thì phương châm là gì?", "substitution", "-",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
          "chủ động, thích ứng, sáng tạo", 0),
        T("HN đó đánh giá quan hệ với các đối tác ra sao", "pronoun", "accentless,abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác trong 6 tháng đầu năm ra sao?",
          "nhiều bước phát triển mới | đi vào chiều sâu", 0),
    ],
    # c31 R0 postponed premise
    [
        T("Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của BNG bị hoãn?", "new", "abbrev,premise",
          "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", FP, 0),
        T("vậy hội nghị đó diễn ra ngày nào", "pronoun", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", 0),
        T("ai dự?", "ellipsis", "accentless,telegraphic",
          "Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
          "Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao", 0),
        T("ông ấy chỉ đạo gì về xây dựng ngành?", "pronoun", "accentless",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?",
          "công tác chỉ đạo điều hành && thi đua khen thưởng", 0),
        T("nói rõ hơn mục tiêu", "request", "telegraphic",
          "Nói rõ hơn mục tiêu của chỉ đạo về xây dựng ngành mà Bộ trưởng Bùi Thanh Sơn nêu tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
          "chuyên nghiệp, hiện đại", 0),
    ],
    # c32 R1 pronoun for the PM named in the answer
    [
        T("Những ai dự HN tổng kết công tác ngành NG 2022?", "new", "abbrev",
          "Những ai tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính && hơn 700 đại biểu", 1),
        T("ông ấy có chức danh gì trong Đảng", "pronoun", "accentless",
          "Thủ tướng Phạm Minh Chính, người dự Hội nghị tổng kết năm 2022, có chức danh gì trong Đảng?", "Ủy viên Bộ Chính trị", 1),
        T("sự tham dự đó là minh chứng cho điều gì?", "pronoun", "paraphrase",
          "Theo Bộ trưởng Bùi Thanh Sơn, sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
          "sự quan tâm đặc biệt", 1),
        T("Did Nguyen Xuan Phuc attend too?", "substitution", "english,near-miss",
          "Ông Nguyễn Xuân Phúc có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", NIC, 1, ["Xuân Phúc"]),
    ],
    # c33 R2
    [
        T("What did FM Bui Thanh Son report to Deputy PM Tran Luu Quang?", "new", "english",
          "Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang nội dung gì tại buổi làm việc ngày 31-1?",
          "nhiệm vụ đối ngoại năm 2022", 2),
        T("trong báo cáo đó BNG xác định nhiệm vụ trung tâm là gì", "pronoun", "accentless,abbrev",
          "Trong báo cáo với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao xác định nhiệm vụ trung tâm là gì?",
          "phục vụ phát triển đất nước", 2),
        T("trích nguyên văn câu đó", "request", "accentless",
          "Trích nguyên văn câu Bộ Ngoại giao xác định nhiệm vụ trung tâm trong báo cáo với Phó Thủ tướng Trần Lưu Quang.",
          "phục vụ phát triển đất nước && nhiệm vụ trung tâm", 2),
        T("PTT Lê Văn Thành có làm việc với BNG ko?", "substitution", "abbrev,near-miss",
          "Phó Thủ tướng Lê Văn Thành có làm việc với Bộ Ngoại giao không?", NIC, 2, ["Văn Thành"]),
    ],
    # c34 R3
    [
        T("Tại HN sơ kết 6 tháng đầu năm 2019, PTT Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm ra sao?", "new", "abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm ra sao?",
          "nhanh hơn, phức tạp hơn", 3),
        T("theo ông ấy, đối ngoại được triển khai theo tinh thần nào", "pronoun", "accentless",
          "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần của hội nghị nào?",
          "Hội nghị Ngoại giao 30 && Hội nghị tổng kết công tác", 3),
        T("HN tổng kết 2018 đó có bao nhiêu đại biểu dự?", "pronoun", "accentless,abbrev",
          "Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NR, 3),
        T("có khen thưởng ai ko", "ellipsis", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết công tác năm 2018 đó của Bộ Ngoại giao có trao khen thưởng cho tập thể, cá nhân nào không?", NR, 3),
    ],
    # c35 R4
    [
        T("Phó Chủ tịch UBND tỉnh Hoàng Nam dự HN tổng kết ngàng ngoại giao năm 2024 ở đâu?", "new", "abbrev,typo",
          "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 ở đâu?",
          "điểm cầu Quảng Trị", 4),
        T("ông ấy phát biểu gì?", "pronoun", "accentless",
          "Ông Hoàng Nam phát biểu gì tại hội nghị tổng kết năm 2024?", NR, 4),
        T("ai kết luận HN", "ellipsis", "accentless,abbrev,telegraphic",
          "Ai kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
        T("ông ấy nói gì về tinh gọn bộ máy?", "pronoun", "-",
          "Khi kết luận hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói gì về tinh gọn tổ chức bộ máy của Bộ Ngoại giao?",
          "Nghị quyết 18 && tinh gọn tổ chức bộ máy", 4),
        T("nói rõ hơn mục đích", "request", "accentless,telegraphic",
          "Nói rõ hơn mục đích của việc tinh gọn tổ chức bộ máy Bộ Ngoại giao mà Thủ tướng nêu tại hội nghị tổng kết năm 2024.",
          "tạo bước tiến đột phá", 4),
    ],
    # c36 R0
    [
        T("How did the MFA's mid-2023 review rate its economic diplomacy?", "new", "english,paraphrase",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế như thế nào?", "trọng tâm, trọng điểm", 0),
        T("góp phần vào gì", "ellipsis", "accentless,telegraphic",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế góp phần vào điều gì?", "ổn định kinh tế vĩ mô", 0),
        T("còn bảo hộ công dân?", "substitution", "accentless,telegraphic",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
          "triển khai hiệu quả && nhiều đổi mới", 0),
        T("vì sao HN đó nhận định ngoại giao đa phương bị thất bại?", "pronoun", "abbrev,premise",
          "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 nhận định ngoại giao đa phương bị thất bại?", FP, 0),
    ],
    # c37 R4 -> R1: "năm đó" after a substitution refers to 2022
    [
        T("HN tổng kết ngành NG năm 2024 có sự tham dự của TTg không?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có sự tham dự của Thủ tướng không?", "Phạm Minh Chính", 4),
        T("còn năm 2022?", "substitution", "accentless,telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có sự tham dự của Thủ tướng không?", "Phạm Minh Chính", 1),
        T("năm đó ai chủ trì", "pronoun", "accentless,telegraphic",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
        T("ông ấy khia mạc nói hội nghị nhằm mục đích gì?", "pronoun", "typo",
          "Khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?", "nhìn lại một năm", 1),
        T("năm 2016 ông ấy có chủ trì ko", "substitution", "accentless,abbrev,near-miss",
          "Ông Bùi Thanh Sơn có chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2016 không?", NIC, 1, ["2016"]),
    ],
    # c38 R2
    [
        T("PTT Trần Lưu Quang yêu cầu BNG tập trung thực hiện tốt chương trình gì?", "new", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
          "chương trình đối ngoại cấp cao", 2),
        T("hội nhập quốc tế thì sao", "substitution", "accentless,telegraphic",
          "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao hội nhập quốc tế như thế nào?", "sâu rộng, toàn diện", 2),
        T("nói rõ hơn đi", "request", "accentless,telegraphic",
          "Nói rõ hơn yêu cầu của Phó Thủ tướng Trần Lưu Quang về hội nhập quốc tế.", "tích cực hội nhập quốc tế", 2),
        T("vì sao PTT yêu cầu BNG giảm tham gia các diễn đàn đa phương?", "new", "accentless,abbrev,premise",
          "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao giảm tham gia các diễn đàn đa phương?", FP, 2),
    ],
    # c39 R3
    [
        T("Những hiệp định nào được ký kết theo sơ kết 6 tháng đầu năm 2019 của BNG?", "new", "abbrev",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, những hiệp định nào được ký kết?",
          "EVFTA && Hiệp định bảo hộ đầu tư", 3),
        T("con RCEP", "substitution", "accentless,telegraphic,near-miss",
          "Hiệp định RCEP có được ký kết trong 6 tháng đầu năm 2019 theo Hội nghị sơ kết của Bộ Ngoại giao không?", NIC, 3, ["RCEP"]),
        T("EVFTA ký ở đâu?", "ellipsis", "accentless",
          "Hiệp định EVFTA được ký kết ở đâu?", NR, 3),
        T("Công tác xây dựng ngành năm 2019 hướng tới mục tiêu gì?", "new", "-",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới mục tiêu gì?",
          "hiện đại hóa Bộ Ngoại giao", 3),
        T("and Party work?", "substitution", "english,telegraphic",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác Đảng, đoàn thể được triển khai như thế nào?",
          "hiệu quả, thực chất", 3),
    ],
    # c40 R4
    [
        T("BNG tổng kết công tác năm 2024 vào buổi nào, ngày nào?", "new", "abbrev",
          "Bộ Ngoại giao tổ chức hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào buổi nào, ngày nào?", "Sáng nay 6/1", 4),
        T("was it in person?", "ellipsis", "english,telegraphic",
          "Hội nghị tổng kết năm 2024 có được tổ chức trực tiếp không, hay theo hình thức nào?", "trực tuyến", 4),
        T("còn tổng kết năm 2015?", "substitution", "accentless,telegraphic,near-miss",
          "Hội nghị tổng kết công tác ngành ngoại giao năm 2015 được tổ chức theo hình thức nào?", NIC, 4, ["2015"]),
        T("Năm 2024 VN được nhắc là điểm sáng về lĩnh vực gì?", "new", "abbrev",
          "Theo hội nghị tổng kết năm 2024, Việt Nam được nhắc là điểm sáng về lĩnh vực gì?",
          "thương mại && thu hút đầu tư nước ngoài", 4),
        T("nói rõ hơn bối cảnh", "request", "telegraphic",
          "Nói rõ hơn bối cảnh mà năm 2024 Việt Nam vẫn là điểm sáng về thương mại và thu hút đầu tư nước ngoài.",
          "thế giới có nhiều biến động", 4),
    ],
    # c41 R0: false premise, a person speaking at a meeting he did not attend
    [
        T("Về xây dựng ngành, đại biểu HN sơ kết 6 tháng đầu năm 2023 nhất trí điều gì?", "new", "abbrev",
          "Về công tác xây dựng ngành, các đại biểu Hội nghị sơ kết 6 tháng đầu năm 2023 nhất trí điều gì?", "đi vào nề nếp", 0),
        T("cán bộ phải đạt yêu cầu gì", "ellipsis", "accentless",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, cán bộ ngành Ngoại giao cần đạt yêu cầu cao về những mặt nào?",
          "bản lĩnh chính trị && phẩm chất đạo đức", 0),
        T("how many staff got awards?", "ellipsis", "english,telegraphic",
          "Có bao nhiêu cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR, 0),
        T("thế PTT Phạm Bình Minh nói gì về xây dựng ngành ở HN đó?", "substitution", "accentless,abbrev,premise",
          "Phó Thủ tướng Phạm Bình Minh nói gì về xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP, 0),
    ],
    # c42 R1
    [
        T("Theo BT Bùi Thnah Sơn, năm 2022 đối ngoại đã xử lý kịp thời những vấn đề gì?", "new", "abbrev,typo",
          "Theo Bộ trưởng Bùi Thanh Sơn tại Hội nghị tổng kết năm 2022, năm 2022 công tác đối ngoại đã xử lý đúng đắn, kịp thời những vấn đề gì?",
          "biên giới lãnh thổ && tôn giáo", 1),
        T("phối hợp với ai", "ellipsis", "accentless,telegraphic",
          "Năm 2022, công tác đối ngoại phối hợp chặt chẽ với những lực lượng nào để xử lý các vấn đề đó?",
          "quốc phòng, an ninh", 1),
        T("còn đa phương?", "substitution", "telegraphic",
          "Theo Hội nghị tổng kết năm 2022, đối ngoại đa phương đã đạt kết quả gì?", "đóng góp có trách nhiệm", 1),
        T("có tổ chức hội nghị quốc tế nào ở Đà Nẵng ko", "ellipsis", "accentless,abbrev,near-miss",
          "Năm 2022, ngành Ngoại giao có tổ chức hội nghị đa phương quốc tế nào ở Đà Nẵng không?", NIC, 1, ["Đà Nẵng"]),
    ],
    # c43 R3 -> R0
    [
        T("Tại HN sơ kết 6 tháng 2019, BNG đã làm tốt công tác gì cho Lãnh đạo cấp cao?", "new", "abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?",
          "nghiên cứu, tham mưu && đề xuất chính sách", 3),
        T("còn sơ kết năm 2023?", "substitution", "accentless,telegraphic",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, công tác nghiên cứu, tham mưu được đề cập thế nào?",
          "nghiên cứu, dự báo, tham mưu", 0),
        T("ai yêu cầu vậy", "ellipsis", "accentless,telegraphic",
          "Ai yêu cầu các đơn vị làm tốt hơn nữa công tác nghiên cứu, dự báo, tham mưu tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
          "Bùi Thanh Sơn", 0),
        T("which news agency covered that?", "request", "english",
          "Hãng tin nào đưa tin về yêu cầu của Bộ trưởng Bùi Thanh Sơn tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "TTXVN", 0),
    ],
    # c44 R4
    [
        T("Tại HN tổng kết ngành NG năm 2024, Chủ tịch nước Tô Lâm phát biểu gì?", "new", "abbrev,near-miss",
          "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Chủ tịch nước Tô Lâm phát biểu gì?", NIC, 4, ["Tô Lâm"]),
        T("còn TTg?", "substitution", "accentless,abbrev,telegraphic",
          "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng phát biểu gì?", "vai trò tiên phong", 4),
        T("ông ấy nói gì về cán bộ", "pronoun", "accentless",
          "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về đội ngũ cán bộ ngoại giao?", "tuyệt đối trung thành", 4),
        T("trích nguyên văn đoạn đó", "request", "-",
          "Trích nguyên văn đoạn Thủ tướng nói về đội ngũ cán bộ ngoại giao tại hội nghị tổng kết năm 2024.",
          "khôn khéo về ứng xử && tinh thông về nghiệp vụ", 4),
    ],
    # c45 R2 -> R1
    [
        T("PTT Trần Lưu Quang nói ngành NG đã làm sâu sắc hơn quan hệ với những đối tác nào?", "new", "abbrev",
          "Phó Thủ tướng Trần Lưu Quang nói ngành Ngoại giao đã làm sâu sắc hơn quan hệ với những đối tác nào?",
          "đối tác chiến lược && đối tác toàn diện", 2),
        T("đóng góp vào gì", "ellipsis", "accentless,telegraphic",
          "Theo Phó Thủ tướng Trần Lưu Quang, những thành tựu đối ngoại đó đóng góp vào điều gì?", "nâng cao vị thế, uy tín", 2),
        T("còn HN tổng kết 2022 thì đối ngoại góp phần củng cố gì?", "substitution", "accentless,abbrev",
          "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, công tác đối ngoại góp phần củng cố điều gì?",
          "cục diện đối ngoại thuận lợi", 1),
        T("that one was chaired by Deputy PM Tran Luu Quang, right?", "pronoun", "english,premise",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do Phó Thủ tướng Trần Lưu Quang chủ trì phải không?", FP, 1),
    ],
    # c46 R3
    [
        T("Tại Hội nghị sơ kết 6 tháng đầu năm 2019, cán bộ BNG quyết tâm thực hiện thắng lợi điều gì?", "new", "abbrev",
          "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, toàn thể cán bộ, nhân viên Bộ Ngoại giao quyết tâm thực hiện thắng lợi điều gì?",
          "định hướng ưu tiên", 3),
        T("qua đó góp phần thực hiện đường lối ĐH nào", "ellipsis", "accentless,abbrev",
          "Qua việc thực hiện các định hướng ưu tiên 6 tháng cuối năm 2019, Bộ Ngoại giao góp phần thực hiện đường lối của Đại hội nào?",
          "Đại hội XII", 3),
        T("HN sơ kết năm đó có bn đại biểu?", "pronoun", "accentless,abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2019 có bao nhiêu đại biểu tham dự?", NR, 3),
        T("còn năm 2014?", "substitution", "accentless,telegraphic,near-miss",
          "Hội nghị sơ kết 6 tháng đầu năm 2014 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NIC, 3, ["2014"]),
    ],
    # c47 R0
    [
        T("Trong 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyên thông qua biện pháp gì?", "new", "typo",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ vững chắc chủ quyền thông qua các biện pháp gì?",
          "các biện pháp hòa bình", 0),
        T("các biện pháp đó phù hợp với gì", "pronoun", "accentless",
          "Các biện pháp hòa bình bảo vệ chủ quyền đó phù hợp với điều gì?", "luật pháp quốc tế", 0),
        T("còn công tác người VN ở nước ngoài?", "substitution", "accentless,abbrev",
          "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài như thế nào?", "cầu nối", 0),
        T("có bao nhiêu kiều bào được hỗ trợ?", "ellipsis", "accentless,telegraphic",
          "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, có bao nhiêu người Việt Nam ở nước ngoài được hỗ trợ, bảo hộ?", NR, 0),
    ],
    # c48 R1 -> R2 -> R1
    [
        T("HN tổng kết ngành NG năm 2022 tổ chức hôm nào?", "new", "abbrev",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức vào ngày nào?", "10/1", 1),
        T("HN đó theo hình thức gì", "pronoun", "accentless,abbrev,telegraphic",
          "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào?", "trực tuyến", 1),
        T("Ngày 31-1 sau đó, Phó Thủ tướng nào làm việc với BNG?", "new", "abbrev",
          "Ngày 31-1, Phó Thủ tướng nào làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023?", "Trần Lưu Quang", 2),
        T("ông ấy có chủ trì HN tổng kết 10/1 ko", "pronoun", "accentless,abbrev,premise",
          "Phó Thủ tướng Trần Lưu Quang có chủ trì Hội nghị tổng kết công tác ngành Ngoại giao ngày 10/1 không?", FP, 1),
        T("thế ai chủ trì", "ellipsis", "accentless,telegraphic",
          "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao ngày 10/1?", "Bùi Thanh Sơn", 1),
    ],
]


def rows():
    out = []
    for i, conv in enumerate(CONVERSATIONS, 1):
        cid = "c%02d" % i
        for t in conv:
            q = t["q"]
            tags = t["tags"]
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            out.append((cid, q, t["kind"], tags, t["read_as"], t["facts"], t["rep"], t["nic"]))
    return out


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for cid, q, kind, tags, read_as, facts, rep, nic in rows():
            for field in (q, read_as, facts):
                assert "\t" not in field and "\n" not in field
            f.write("\t".join([cid, q, kind, tags, read_as, facts]) + "\n")
    print("wrote", OUT, len(rows()), "turns in", len(CONVERSATIONS), "conversations")


if __name__ == "__main__":
    main()
