#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 38 from hand-written turns.

Each turn is written by hand below with full diacritics.  Turns flagged a=1 are
stripped of diacritics (NFD, drop combining marks, đ->d, Đ->D) when the TSV is
written, and get the tag `accentless`.

Reports: R0 = 000 (sơ kết 6 tháng đầu năm 2023, 5/7), R1 = 001 (tổng kết 2022,
10/1), R2 = 002 (PTT Trần Lưu Quang làm việc với BNG, 31-1), R3 = 003 (sơ kết
6 tháng đầu năm 2019, 22/7), R4 = 004 (tổng kết 2024, 6/1).

Usage: python3 -B tools/build_conversations.py   (writes ../conversations.tsv)
"""
import os
import sys
import unicodedata

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 38 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def T(kind, rep, q, read_as, facts, tags="", a=0, nic=None):
    """kind, report index (0-4, None for not_in_corpus), question, read_as,
    facts, extra tags, a=1 -> accentless, nic = distinguishing token(s)
    (list) for not_in_corpus turns."""
    return dict(kind=kind, rep=rep, q=q, read_as=read_as, facts=facts,
                tags=[t for t in tags.split(",") if t], a=a, nic=nic or [])


C = {}

# ---------------------------------------------------------------- c01 R1 -> R4
C["c01"] = [
    T("new", 1, "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
    T("ellipsis", 1, "ai chủ trì?",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn",
      "telegraphic"),
    T("pronoun", 1, "ông ấy đánh giá kim ngạch XNK năm đó thế nào",
      "Bộ trưởng Bùi Thanh Sơn đánh giá kim ngạch xuất nhập khẩu năm 2022 thế nào tại hội nghị tổng kết?",
      "700 tỷ USD", "abbrev", a=1),
    T("substitution", 4, "còn năm 2024?",
      "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 được đánh giá đạt bao nhiêu?",
      NR, "telegraphic"),
    T("pronoun", 4, "HN đó ai dự và chỉ đạo",
      "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính",
      "abbrev", a=1),
    T("pronoun", 4, "ông ấy có chủ trì luôn ko",
      "Thủ tướng Phạm Minh Chính có chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      NR, "abbrev", a=1),
]

# ---------------------------------------------------------------- c02 R3
C["c02"] = [
    T("new", 3, "HN sơ kết 6 tháng đầu năm 2019 của BNG diễn ra hôm nào?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7 | 22/07/2019", "abbrev", a=1),
    T("ellipsis", 3, "ai phát biểu chỉ đạo?",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "telegraphic"),
    T("pronoun", 3, "lúc đó ông ấy giữ chức gì",
      "Khi phát biểu tại hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ chức vụ gì?",
      "Phó Thủ tướng && Bộ trưởng Ngoại giao", "", a=1),
    T("pronoun", 3, "ông ấy có phê bình BNG chậm triển khai CPTPP ko?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh có phê bình Bộ Ngoại giao chậm triển khai Hiệp định CPTPP không?",
      FP, "premise,abbrev"),
    T("new", 0, "HN sơ kết 2023 của BNG có bao nhiêu tập thể, cá nhân được khen thưởng?",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, bao nhiêu tập thể, cá nhân được khen thưởng?",
      NR, "abbrev"),
]

# ---------------------------------------------------------------- c03 R1
C["c03"] = [
    T("new", 1, "Bao nhiêu đại biểu dự HN tổng kết ngành NG năm 2022?",
      "Bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "hơn 700 đại biểu | hơn 700", "abbrev"),
    T("ellipsis", 1, "kết nối bn điểm cầu",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
      "63 tỉnh, thành phố", "abbrev,telegraphic", a=1),
    T("ellipsis", 1, "ở điểm cầu Cao Bằng ai dự?",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc"),
    T("pronoun", 1, "người đó chức vụ j",
      "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh", "abbrev,telegraphic", a=1),
    T("substitution", None, "còn điểm cầu Lạng Sơn?",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?",
      NIC, "near-miss,telegraphic", a=1, nic=["Lạng Sơn"]),
]

# ---------------------------------------------------------------- c04 R2
C["c04"] = [
    T("new", 2, "PTT Trần Lưu Quang làm việc với BNG ngày nào?",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", "abbrev", a=1),
    T("ellipsis", 2, "ở đâu?",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
      "Trụ sở Bộ Ngoại giao", "telegraphic"),
    T("ellipsis", 2, "ai báo cáo kết quả năm 2022?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
      "Bùi Thanh Sơn"),
    T("pronoun", 2, "ông ấy nói BNG quyết tâm làm gì",
      "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm làm gì để đáp ứng yêu cầu giai đoạn phát triển mới?",
      "tư duy và hành động", "abbrev", a=1),
]

# ---------------------------------------------------------------- c05 R4
C["c05"] = [
    T("new", 4, "When was the 2024 review conference of the diplomatic sector held?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", "english"),
    T("ellipsis", 4, "online or in person?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tuyến hay trực tiếp?",
      "trực tuyến", "english,telegraphic"),
    T("ellipsis", 4, "ở điểm cầu Quảng Trị ai dự",
      "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "", a=1),
    T("pronoun", 4, "ông ấy chức gì?",
      "Ông Hoàng Nam, người dự hội nghị tại điểm cầu Quảng Trị, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh", "telegraphic"),
    T("pronoun", 4, "ông ấy là Bí thư Tỉnh ủy QT à",
      "Ông Hoàng Nam dự hội nghị tổng kết năm 2024 với tư cách Bí thư Tỉnh ủy Quảng Trị phải không?",
      FP, "premise,abbrev", a=1),
]

# ---------------------------------------------------------------- c06 R0
C["c06"] = [
    T("new", 0, "HN sơ kết 6 tháng đầu năm 2023 của BNG tổ chức ngày nào?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ngày nào?",
      "5/7", "abbrev"),
    T("ellipsis", 0, "ai phát biểu kết luận",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "telegraphic", a=1),
    T("pronoun", 0, "ông ấy biểu dương điều gì?",
      "Khi kết luận hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương điều gì?",
      "những nỗ lực không mệt mỏi"),
    T("pronoun", 0, "TTg phát biểu gì ở HN đó",
      "Thủ tướng phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, "premise,abbrev", a=1),
]

# ---------------------------------------------------------------- c07 R3
C["c07"] = [
    T("new", 3, "6 tháng đầu 2019 VN thiết lập quan hệ Đối tác toàn diện với nước nào?",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei && Hà Lan", "abbrev"),
    T("ellipsis", 3, "nâng tổng số lên bn",
      "Sau khi thiết lập quan hệ với Brunei và Hà Lan, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
      "30 quốc gia", "abbrev,telegraphic", a=1),
    T("substitution", 3, "thế còn số phiếu vào HĐBA LHQ?",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với số phiếu bao nhiêu?",
      "192/193", "abbrev"),
    T("ellipsis", 3, "nhiệm kỳ nào",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
      "2020-2021", "telegraphic", a=1),
    T("pronoun", 3, "vay la VN dc 190 pheiu dung ko",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021 với 190 phiếu đúng không?",
      FP, "premise,abbrev,typo", a=1),
    T("pronoun", 3, "ai dẫn đầu đoàn VN đi vận động cho cuộc bầu đó?",
      "Ai dẫn đầu đoàn Việt Nam đi vận động tranh cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
      NR, "abbrev"),
]

# ---------------------------------------------------------------- c08 R1
C["c08"] = [
    T("new", 1, "Tại HN tk ngành NG 2022, TTg Phạm Minh Chính nói cần phát huy bản sắc gì?",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói cần phát huy bản sắc gì?",
      "cây tre Việt Nam", "abbrev", a=1),
    T("request", 1, "trích nguyên văn đoạn đó",
      "Trích nguyên văn đoạn báo cáo về bản sắc cây tre Việt Nam mà Thủ tướng nêu tại hội nghị tổng kết năm 2022.",
      "cây tre Việt Nam && gốc vững", "telegraphic"),
    T("substitution", 1, "còn phương châm ứng xử?",
      "Thủ tướng nêu phương châm ứng xử nào cho ngành ngoại giao tại hội nghị tổng kết năm 2022?",
      "dĩ bất biến, ứng vạn biến", "", a=1),
    T("ellipsis", 1, "từ 'muốn là bạn' chuyển sang gì?",
      "Theo Thủ tướng tại hội nghị tổng kết năm 2022, chủ trương đối ngoại chuyển từ 'muốn là bạn' sang gì?",
      "sẵn sàng là bạn", "telegraphic"),
]

# ---------------------------------------------------------------- c09 R2
C["c09"] = [
    T("new", 2, "Những ai dự buổi làm việc của PTT Trần Lưu Quang với BNG?",
      "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "Bùi Thanh Sơn && lãnh đạo Văn phòng Chính phủ", "abbrev"),
    T("pronoun", 2, "PTT có phản đối đề xuất nào của BNG ko",
      "Tại buổi làm việc, Phó Thủ tướng Trần Lưu Quang có phản đối đề xuất nào của Bộ Ngoại giao không?",
      FP, "premise,abbrev", a=1),
    T("pronoun", 2, "ông ấy nhận định tình hình TG thế nào",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?",
      "biến động sâu sắc, phức tạp", "abbrev", a=1),
    T("request", 2, "nguồn nào?",
      "Báo cáo về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
      "VGP", "telegraphic"),
]

# ---------------------------------------------------------------- c10 R4
C["c10"] = [
    T("new", 4, "HN tổng kết ngành NG năm 2024 nhắc tới kỷ nguyên gì?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 nhắc tới kỷ nguyên gì?",
      "kỷ nguyên vươn mình", "abbrev"),
    T("ellipsis", 4, "ai nói",
      "Ai nói về kỷ nguyên vươn mình của dân tộc tại hội nghị tổng kết ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "telegraphic", a=1),
    T("pronoun", 4, "ông ấy yêu cầu tổng kết nghị quyết số mấy?",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện tổng kết nghị quyết số mấy của Ban Chấp hành Trung ương?",
      "Nghị quyết 18"),
    T("ellipsis", 4, "BNG tiếp nhận chức năng của cơ quan nào",
      "Theo kết luận hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "abbrev", a=1),
    T("pronoun", 4, "So the MFA was merged into the Central External Relations Commission?",
      "Vậy Bộ Ngoại giao bị sáp nhập vào Ban Đối ngoại Trung ương phải không?",
      FP, "premise,english"),
]

# ---------------------------------------------------------------- c11 R3
C["c11"] = [
    T("new", 3, "Tại HN sơ kết 2019, điểm thứ nhất PTT Phạm Bình Minh lưu ý là gì?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019, điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu là gì?",
      "nhạy cảm trong tham mưu", "abbrev", a=1),
    T("substitution", 3, "còn điểm thứ hai?",
      "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "tăng cường sự phối hợp", "telegraphic"),
    T("substitution", 3, "thu ba?",
      "Điểm cần lưu tâm thứ ba mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "nhạy bén hơn nữa", "telegraphic", a=1),
    T("substitution", 3, "còn về xd ngành thì ông ấy chỉ đạo gì",
      "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng, đào tạo cán bộ", "abbrev", a=1),
    T("new", 1, "Tại HN tk 2022, TTg yêu cầu ngành NG thực hiện bao nhiêu nhiệm vụ trọng tâm?",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
      "6 nhiệm vụ trọng tâm", "abbrev"),
]

# ---------------------------------------------------------------- c12 R0 -> R1
C["c12"] = [
    T("new", 0, "Phương châm của công tác đối ngoại 6 tháng đầu năm 2023 là gì?",
      "Theo hội nghị sơ kết của Bộ Ngoại giao, công tác đối ngoại 6 tháng đầu năm 2023 được triển khai với phương châm gì?",
      "chủ động, thích ứng, sáng tạo", "", a=1),
    T("request", 0, "nguồn tin?",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao lấy từ nguồn nào?",
      "TTXVN", "telegraphic"),
    T("ellipsis", 0, "bn nguoi du",
      "Bao nhiêu người dự hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      NR, "abbrev,telegraphic", a=1),
    T("substitution", 1, "còn HN tk 2022?",
      "Bao nhiêu người dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "hơn 700 đại biểu | hơn 700", "abbrev,telegraphic"),
]

# ---------------------------------------------------------------- c13 R1 -> R3
C["c13"] = [
    T("new", 1, "Khai mạc HN tk 2022, BT Sơn nhắc kết luận của ai tại HN đối ngoại toàn quốc?",
      "Khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc tới kết luận của ai tại Hội nghị đối ngoại toàn quốc?",
      "Nguyễn Phú Trọng", "abbrev"),
    T("ellipsis", 1, "tại HN Ngoại giao lần thứ mấy",
      "Bộ trưởng Bùi Thanh Sơn nhắc tới chỉ đạo tại Hội nghị Ngoại giao lần thứ mấy?",
      "lần thứ 31", "abbrev,telegraphic", a=1),
    T("substitution", 3, "còn sơ kết 2019 bám theo HN Ngoại giao nào?",
      "Theo Phó Thủ tướng Phạm Bình Minh tại hội nghị sơ kết 2019, công tác đối ngoại được triển khai theo tinh thần Hội nghị Ngoại giao lần thứ mấy?",
      "Hội nghị Ngoại giao 30", "abbrev"),
    T("new", None, "When was the 32nd Diplomatic Conference held?",
      "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?",
      NIC, "english,near-miss", nic=["32"]),
]

# ---------------------------------------------------------------- c14 R4 -> R1
C["c14"] = [
    T("new", 4, "Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?",
      "Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn && trí tuệ nhân tạo", "", a=1),
    T("ellipsis", 4, "đóng góp j",
      "Ngoại giao kinh tế năm 2024 đóng góp gì cho Việt Nam theo hội nghị tổng kết?",
      "nhóm nước tăng trưởng cao", "abbrev,telegraphic", a=1),
    T("substitution", 1, "còn năm 2022 thì XNK đạt bao nhiêu",
      "Theo hội nghị tổng kết năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?",
      "700 tỷ USD", "abbrev", a=1),
    T("substitution", None, "năm 2017?",
      "Theo báo cáo tổng kết ngành ngoại giao năm 2017, kim ngạch xuất nhập khẩu năm 2017 đạt bao nhiêu?",
      NIC, "near-miss,telegraphic", nic=["2017"]),
]

# ---------------------------------------------------------------- c15 R2
C["c15"] = [
    T("new", 2, "Theo PTT Trần Lưu Quang, nhiệm vụ trung tâm của đối ngoại là gì?",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm của công tác đối ngoại là gì?",
      "phục vụ phát triển đất nước", "abbrev", a=1),
    T("substitution", 2, "còn nhiệm vụ trọng yếu, thường xuyên?",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?",
      "giữ vững hòa bình, ổn định", "telegraphic"),
    T("substitution", 2, "con nhiem vu quan trong",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng của công tác đối ngoại là gì?",
      "vị thế và uy tín", "telegraphic", a=1),
    T("request", 2, "tóm tắt lại 3 nhiệm vụ",
      "Tóm tắt lại ba nhiệm vụ đối ngoại (trọng yếu, trung tâm, quan trọng) mà Phó Thủ tướng Trần Lưu Quang nêu.",
      "giữ vững hòa bình, ổn định && phục vụ phát triển đất nước && vị thế và uy tín",
      "telegraphic", a=1),
]

# ---------------------------------------------------------------- c16 R3
C["c16"] = [
    T("new", 3, "6 tháng đầu 2019 những hiệp định nào được ký kết?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, những hiệp định nào đã được ký kết?",
      "EVFTA && Hiệp định bảo hộ đầu tư", "paraphrase"),
    T("substitution", 3, "còn CPTPP thì sao",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP ở tình trạng nào?",
      "chính thức được triển khai", "telegraphic", a=1),
    T("pronoun", 3, "EVFTA bị hoãn ký phải ko",
      "Hiệp định EVFTA bị hoãn ký trong 6 tháng đầu năm 2019 phải không?",
      FP, "premise,abbrev", a=1),
    T("new", 3, "Năm 2019 VN tổ chức thành công hội nghị thượng đỉnh nào?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
      "Mỹ - Triều lần 2", "abbrev"),
    T("pronoun", 3, "HN đó tổ chức ở tp nào",
      "Hội nghị thượng đỉnh Mỹ - Triều lần 2 do Việt Nam tổ chức diễn ra ở thành phố nào?",
      NR, "abbrev", a=1),
]

# ---------------------------------------------------------------- c17 R0
C["c17"] = [
    T("new", 0, "At the 2023 mid-year review, what did Minister Bui Thanh Son ask units of the ministry to do better?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
      "nghiên cứu, dự báo, tham mưu", "english"),
    T("ellipsis", 0, "con thong tin doi ngoai",
      "Về thông tin đối ngoại, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "phương thức truyền thông mới", "telegraphic", a=1),
    T("request", 0, "trích nguyên văn câu đó",
      "Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn đề nghị về thông tin đối ngoại tại hội nghị sơ kết 6 tháng đầu năm 2023.",
      "phương thức truyền thông mới && thông tin đối ngoại", "telegraphic"),
    T("pronoun", 0, "ong Son da hoan HN nay sang thang 8 phai ko",
      "Bộ trưởng Bùi Thanh Sơn đã hoãn hội nghị sơ kết 6 tháng đầu năm 2023 sang tháng 8 phải không?",
      FP, "premise,abbrev", a=1),
]

# ---------------------------------------------------------------- c18 R1 -> R4
C["c18"] = [
    T("new", 1, "Ở điểm cầu Cao Bằng có UBND những huyện nào dự HN tk 2022?",
      "Tại điểm cầu Cao Bằng, UBND những huyện nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Quảng Hòa && Thạch An && Trùng Khánh && Hạ Lang", "abbrev"),
    T("ellipsis", 1, "sở nào dự?",
      "Tại điểm cầu Cao Bằng, lãnh đạo những sở nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Tài chính && Công thương", "telegraphic"),
    T("substitution", None, "con huyen Nguyen Binh?",
      "Huyện Nguyên Bình có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng không?",
      NIC, "near-miss,telegraphic", a=1, nic=["Nguyên Bình"]),
    T("new", 4, "HN tk 2024 có nhắc điểm cầu tỉnh nào ko?",
      "Báo cáo về hội nghị tổng kết công tác ngành ngoại giao năm 2024 nhắc tới điểm cầu tỉnh nào?",
      "Quảng Trị", "abbrev"),
    T("pronoun", 4, "ai dự ở đó",
      "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "telegraphic", a=1),
]

# ---------------------------------------------------------------- c19 R2
C["c19"] = [
    T("new", 2, "Who reported to Deputy PM Tran Luu Quang when he worked with the MFA?",
      "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "english"),
    T("ellipsis", 2, "results of which year?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm nào?",
      "năm 2022", "english,telegraphic"),
    T("ellipsis", 2, "PTT đánh giá cao điều gì",
      "Tại buổi làm việc, Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì của công tác đối ngoại và ngành ngoại giao?",
      "nỗ lực và thành tựu", "abbrev", a=1),
    T("substitution", None, "thế còn PTT Vũ Đức Đam làm việc với BNG hôm nào",
      "Phó Thủ tướng Vũ Đức Đam làm việc với Bộ Ngoại giao vào ngày nào?",
      NIC, "near-miss,abbrev", a=1, nic=["Vũ Đức Đam"]),
]

# ---------------------------------------------------------------- c20 R3 -> R4
C["c20"] = [
    T("new", 3, "Which outlet published the report on the MFA's 2019 mid-year review?",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng trên báo nào?",
      "CLO", "english"),
    T("ellipsis", 3, "ảnh của ai",
      "Ảnh trong bài về hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao là của cơ quan nào?",
      "TG&VN", "telegraphic", a=1),
    T("new", 3, "Năm 2019 BNG muốn xây dựng đội ngũ cán bộ theo tiêu chí gì?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ như thế nào?",
      "vừa hồng, vừa chuyên", "abbrev"),
    T("substitution", 4, "HN tk 2024 có nhắc lại tiêu chí đó ko",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
      "vừa hồng, vừa chuyên", "abbrev", a=1),
]

# ---------------------------------------------------------------- c21 R4
C["c21"] = [
    T("new", 4, "Theo TTg, nhiệm vụ bao trùm của đối ngoại năm 2025 là gì?",
      "Theo kết luận của Thủ tướng tại hội nghị tổng kết năm 2024, nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
      "tiên phong, trọng yếu, thường xuyên", "abbrev"),
    T("request", 4, "noi ro hon dc ko",
      "Nói rõ hơn nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao mà Thủ tướng nêu khi kết luận hội nghị tổng kết năm 2024.",
      "môi trường hòa bình, ổn định && nguồn lực bên ngoài", "abbrev,telegraphic", a=1),
    T("ellipsis", 4, "tạo đà cho đất nước thế nào",
      "Theo Thủ tướng, công tác đối ngoại góp phần tạo đà cho đất nước như thế nào?",
      "tăng tốc, bứt phá", "", a=1),
    T("pronoun", 4, "ông ấy có phê bình BNG yếu về ngoại giao kinh tế ko",
      "Tại hội nghị tổng kết năm 2024, Thủ tướng có phê bình Bộ Ngoại giao yếu kém về ngoại giao kinh tế không?",
      FP, "premise,abbrev", a=1),
    T("request", 4, "source?",
      "Báo cáo về hội nghị tổng kết ngành ngoại giao năm 2024 lấy từ nguồn nào, ai viết?",
      "Hoài Nhung | Quảng Trị", "english,telegraphic"),
]

# ---------------------------------------------------------------- c22 R0 -> R3
C["c22"] = [
    T("new", 0, "HN sơ kết 2023 đánh giá đối ngoại là gì trong thành tựu chung của cả nước?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
      "một điểm sáng", "abbrev"),
    T("substitution", 0, "còn quan hệ với đối tác thì sao?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác trong 6 tháng đầu năm phát triển thế nào?",
      "đi vào chiều sâu", "telegraphic"),
    T("ellipsis", 0, "ngoai giao kinh ter?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế được thực hiện thế nào?",
      "có trọng tâm, trọng điểm", "telegraphic,typo", a=1),
    T("substitution", 3, "còn sơ kết 2019?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, ngoại giao kinh tế phục vụ phát triển đạt kết quả thế nào?",
      "bước đột phá mới", "telegraphic"),
]

# ---------------------------------------------------------------- c23 R1
C["c23"] = [
    T("new", 1, "TTg dặn ngành NG bảo vệ Tổ quốc theo tinh thần nào tại HN tk 2022?",
      "Tại hội nghị tổng kết năm 2022, Thủ tướng đề nghị ngành ngoại giao bảo vệ Tổ quốc theo tinh thần nào?",
      "từ sớm && từ xa", "abbrev", a=1),
    T("request", 1, "trích nguyên văn",
      "Trích nguyên văn câu Thủ tướng nói về bảo vệ Tổ quốc \"từ sớm\", \"từ xa\" tại hội nghị tổng kết năm 2022.",
      "từ sớm && không để bị động bất ngờ", "telegraphic"),
    T("substitution", 1, "con ve hop tac va dau tranh thi sao",
      "Về hợp tác và đấu tranh, Thủ tướng nói cần chuyển sang cách nhìn nhận nào tại hội nghị tổng kết năm 2022?",
      "đối tác, đối tượng", "", a=1),
    T("ellipsis", 1, "lấy ai làm trung tâm phục vụ?",
      "Theo Thủ tướng tại hội nghị tổng kết năm 2022, ngành ngoại giao cần lấy ai làm trung tâm phục vụ?",
      "người dân, doanh nghiệp, địa phương", "telegraphic"),
]

# ---------------------------------------------------------------- c24 R3 -> R0
C["c24"] = [
    T("new", 3, "Chỉ thị nào của Ban Bí thư được nhắc ở HN sơ kết 2019?",
      "Chỉ thị nào của Ban Bí thư được nhắc tới trong báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Chỉ thị 25", "abbrev"),
    T("ellipsis", 3, "ve noi dung gi",
      "Chỉ thị 25 của Ban Bí thư về nội dung gì?",
      "nâng tầm đối ngoại đa phương", "telegraphic", a=1),
    T("pronoun", 3, "chỉ thị đó ban hành năm nào",
      "Chỉ thị 25 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương được ban hành năm nào?",
      NR, "", a=1),
    T("new", 3, "Theo PTT Minh, nửa đầu 2019 tình hình quốc tế diễn biến thế nào?",
      "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 tình hình quốc tế diễn biến thế nào?",
      "nhanh hơn, phức tạp hơn", "abbrev"),
    T("ellipsis", 3, "trong quan hệ với nước lớn giữ được gì",
      "Theo Phó Thủ tướng Phạm Bình Minh, trong 6 tháng đầu năm 2019 ngành ngoại giao giữ được gì trong quan hệ với các nước lớn?",
      "cân bằng linh hoạt", "", a=1),
    T("substitution", 0, "còn tình hình TG 6 tháng đầu 2023?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2023, tình hình thế giới và khu vực 6 tháng đầu năm 2023 diễn biến thế nào?",
      "diễn biến nhanh, phức tạp", "abbrev,telegraphic"),
]

# ---------------------------------------------------------------- c25 R2 -> R0
C["c25"] = [
    T("new", 2, "Buổi làm việc của PTT Quang với BNG có cơ quan nào ngoài BNG dự?",
      "Ngoài Bộ Ngoại giao, cơ quan nào có đại diện dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "Văn phòng Chính phủ", "abbrev", a=1),
    T("ellipsis", 2, "sáng hay chiều",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?",
      "Chiều ngày 31-1", "telegraphic", a=1),
    T("pronoun", 2, "TTg Phạm Minh Chính cũng dự buổi đó à?",
      "Thủ tướng Phạm Minh Chính cũng dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao phải không?",
      FP, "premise,abbrev"),
    T("new", 0, "HN sơ kết 6 tháng đầu năm 2023 của BNG diễn ra ngày nào?",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", "abbrev"),
    T("ellipsis", 0, "o dau",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở đâu?",
      NR, "telegraphic", a=1),
]

# ---------------------------------------------------------------- c26 R4 -> R1
C["c26"] = [
    T("new", 4, "Who attended the 2024 review conference at the Quang Tri bridge point?",
      "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "english"),
    T("pronoun", 4, "and which PM directed it?",
      "Thủ tướng nào dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "english"),
    T("pronoun", 4, "Did Deputy PM Tran Luu Quang chair it?",
      "Phó Thủ tướng Trần Lưu Quang có chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      FP, "english,premise"),
    T("substitution", 1, "còn HN tk 2022 ai chu trif",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "abbrev,typo", a=1),
]

# ---------------------------------------------------------------- c27 R0 -> R3
C["c27"] = [
    T("new", 0, "Ai dự HN sơ kết 6 tháng đầu năm 2023 của BNG?",
      "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn && đại diện các đơn vị", "abbrev"),
    T("pronoun", 0, "ong ay de nghi dua quan he voi cac nuoc vao dau",
      "Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các nước láng giềng, các nước lớn, các đối tác quan trọng vào đâu?",
      "chiều sâu, ổn định, bền vững", "", a=1),
    T("ellipsis", 0, "triển khai đường lối ĐH nào",
      "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao 6 tháng cuối năm 2023 triển khai đường lối đối ngoại của Đại hội nào?",
      "Đại hội XIII", "abbrev,telegraphic", a=1),
    T("substitution", 3, "còn HN sơ kết 2019?",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nói góp phần thực hiện đường lối, nhiệm vụ đối ngoại của Đại hội nào?",
      "Đại hội XII", "abbrev,telegraphic"),
    T("ellipsis", 3, "hướng tới ĐH nào",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nói hướng tới Đại hội nào của Đảng?",
      "Đại hội XIII", "abbrev,telegraphic", a=1),
]

# ---------------------------------------------------------------- c28 R3 -> R4
C["c28"] = [
    T("new", 3, "In 2019, which UN body did Vietnam win a seat on?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử vào cơ quan nào của Liên Hợp Quốc?",
      "Ủy viên không thường trực && HĐBA LHQ", "english"),
    T("ellipsis", 3, "bn phieu",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", "abbrev,telegraphic", a=1),
    T("substitution", None, "còn năm 2016?",
      "Năm 2016 Việt Nam trúng cử Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      NIC, "near-miss,telegraphic", nic=["2016"]),
    T("new", 4, "điểm cầu chính của HN tk năm 2024 đặt ở đâu",
      "Điểm cầu chính của hội nghị tổng kết công tác ngành ngoại giao năm 2024 đặt ở đâu?",
      NR, "abbrev", a=1),
]

# ---------------------------------------------------------------- c29 R1
C["c29"] = [
    T("new", 1, "BT Sơn nói sự tham dự của TTg tại HN tk 2022 là minh chứng cho điều gì?",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?",
      "sự quan tâm đặc biệt", "abbrev"),
    T("pronoun", 1, "ông ấy nói ngành NG đang bước sang giai đoạn gì?",
      "Theo Bộ trưởng Bùi Thanh Sơn tại hội nghị tổng kết năm 2022, ngành Ngoại giao đang bước sang giai đoạn gì?",
      "giai đoạn phát triển mới", "abbrev"),
    T("ellipsis", 1, "quyet tam xay dung nganh the nao",
      "Bộ trưởng Bùi Thanh Sơn khẳng định quyết tâm xây dựng ngành Ngoại giao như thế nào tại hội nghị tổng kết năm 2022?",
      "trong sạch, vững mạnh", "", a=1),
    T("request", 1, "bài này ai viết?",
      "Bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai viết?",
      "Vi Trường", "paraphrase"),
]

# ---------------------------------------------------------------- c30 R2
C["c30"] = [
    T("new", 2, "Làm việc với PTT Quang, BT Sơn nói trọng tâm là triển khai đồng bộ những gì?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói trọng tâm là triển khai đồng bộ những gì?",
      "nhiệm vụ đối ngoại && xây dựng, phát triển ngành", "abbrev", a=1),
    T("substitution", 2, "còn nhiệm vụ trung tâm?",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn xác định nhiệm vụ trung tâm là gì?",
      "phục vụ phát triển đất nước", "telegraphic"),
    T("pronoun", 2, "ong ay co noi ve chuyen doi so ko",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn có nói về chuyển đổi số không?",
      "ứng dụng chuyển đổi số", "abbrev", a=1),
    T("pronoun", 2, "ông ấy báo cáo kết quả năm 2023 đúng ko",
      "Tại buổi làm việc, Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng kết quả nhiệm vụ đối ngoại năm 2023 đúng không?",
      FP, "premise,abbrev"),
]

# ---------------------------------------------------------------- c31 R4
C["c31"] = [
    T("new", 4, "HN tk ngành NG năm 2024 triển khia nhiệm vụ năm nào?",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?",
      "năm 2025", "abbrev,typo", a=1),
    T("ellipsis", 4, "mục tiêu đầu tiên BNG xác định?",
      "Về mục tiêu, nhiệm vụ năm 2025, điều đầu tiên Bộ Ngoại giao xác định là gì?",
      "Nắm chắc && dự báo đúng tình hình", "abbrev,telegraphic"),
    T("ellipsis", 4, "nâng tầm đối ngoại gồm những kênh nào",
      "Theo mục tiêu năm 2025, công tác đối ngoại được nâng tầm bao gồm những kênh nào?",
      "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân", "", a=1),
    T("substitution", None, "còn năm 2015 thì BNG xác định mục tiêu gì",
      "Năm 2015 Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì tại hội nghị tổng kết?",
      NIC, "near-miss,abbrev", a=1, nic=["2015"]),
]

# ---------------------------------------------------------------- c32 R0
C["c32"] = [
    T("new", 0, "Which news agency reported the MFA's 2023 mid-year review conference?",
      "Hãng tin nào đưa tin về Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "TTXVN", "english"),
    T("ellipsis", 0, "Who gave the concluding speech?",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "english"),
    T("pronoun", 0, "ông ấy muốn xây dựng đội ngũ cán bộ thế nào",
      "Bộ trưởng Bùi Thanh Sơn chỉ đạo xây dựng đội ngũ cán bộ ngoại giao như thế nào tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "chuyên nghiệp, hiện đại", "", a=1),
    T("pronoun", 0, "ông ấy có chỉ trích công tác bảo hộ công dân yếu kém ko?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có chỉ trích công tác bảo hộ công dân yếu kém không?",
      FP, "premise,abbrev"),
]

# ---------------------------------------------------------------- c33 R3 -> R4
C["c33"] = [
    T("new", 3, "Năm 2019 công tác ngoại vụ địa phương phát huy tinh thần gì?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương phát huy tinh thần gì?",
      "doanh nghiệp và người dân", "", a=1),
    T("ellipsis", 3, "bn dang vien moi dc ket nap",
      "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao kết nạp bao nhiêu đảng viên mới?",
      NR, "abbrev,telegraphic", a=1),
    T("request", 3, "nguồn bài này?",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao lấy từ nguồn nào?",
      "CLO", "telegraphic"),
    T("substitution", 4, "còn bài về HN tk 2024?",
      "Bài về hội nghị tổng kết công tác ngành ngoại giao năm 2024 lấy từ nguồn nào?",
      "Hoài Nhung | Quảng Trị", "abbrev,telegraphic", a=1),
]

# ---------------------------------------------------------------- c34 R1
C["c34"] = [
    T("new", 1, "HN tk 2022 được kết nối với bao nhiêu điểm cầu?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
      "63 tỉnh, thành phố", "abbrev", a=1),
    T("pronoun", 1, "HN đó chỉ có khoảng 500 đại biểu đúng ko",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 chỉ có khoảng 500 đại biểu dự đúng không?",
      FP, "premise,abbrev", a=1),
    T("ellipsis", 1, "lãnh đạo Chính phủ nào dự?",
      "Lãnh đạo Chính phủ nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Phạm Minh Chính"),
    T("pronoun", 1, "ông ấy muốn ngoại giao kinh tế làm gì",
      "Thủ tướng Phạm Minh Chính đề nghị phát huy vai trò của ngoại giao kinh tế để làm gì?",
      "mở rộng thị trường xuất khẩu && thị trường nhập khẩu", "", a=1),
]

# ---------------------------------------------------------------- c35 R2
C["c35"] = [
    T("new", 2, "PTT Trần Lưu Quang yêu cầu BNG tập trung thực hiện tốt chương trình gì?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện tốt chương trình gì?",
      "chương trình đối ngoại cấp cao", "abbrev"),
    T("substitution", 2, "còn về biên giới?",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì về biên giới?",
      "biên giới hoà bình, ổn định", "telegraphic"),
    T("pronoun", 2, "ông ấy có nhắc tới đối tác chiến lược ko",
      "Phó Thủ tướng Trần Lưu Quang có nhắc tới quan hệ với các đối tác chiến lược không?",
      "đối tác chiến lược", "abbrev", a=1),
    T("substitution", None, "What about Deputy PM Le Van Thanh, when did he work with the MFA?",
      "Còn Phó Thủ tướng Lê Văn Thành thì làm việc với Bộ Ngoại giao vào thời gian nào?",
      NIC, "english,near-miss", nic=["Lê Văn Thành"]),
]

# ---------------------------------------------------------------- c36 R4
C["c36"] = [
    T("new", 4, "Who wrote the article on the 2024 diplomatic sector review?",
      "Ai viết bài về hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Hoài Nhung", "english"),
    T("request", 4, "nguồn báo nào",
      "Bài về hội nghị tổng kết công tác ngành ngoại giao năm 2024 lấy từ nguồn báo nào?",
      "Quảng Trị", "telegraphic", a=1),
    T("new", 4, "HN tk 2024 đặt mục tiêu xây dựng nền ngoại giao VN thế nào?",
      "Hội nghị tổng kết năm 2024 đặt mục tiêu tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam như thế nào?",
      "toàn diện, hiện đại", "abbrev", a=1),
    T("ellipsis", 4, "nam 2024 tuyen moi bn can bo",
      "Năm 2024 ngành ngoại giao tuyển mới bao nhiêu cán bộ theo báo cáo tổng kết?",
      NR, "abbrev,telegraphic", a=1),
    T("pronoun", 4, "HN đó bao nhiêu đại biểu dự?",
      "Bao nhiêu đại biểu dự hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR, "abbrev,telegraphic"),
]

# ---------------------------------------------------------------- c37 R3 -> R0
C["c37"] = [
    T("new", 3, "PBM nói đối ngoại nửa đầu 2019 triển khai theo tinh thần HN nào?",
      "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần hội nghị nào?",
      "Hội nghị Ngoại giao 30", "abbrev", a=1),
    T("pronoun", 3, "HN đó tổ chức năm nào?",
      "Hội nghị Ngoại giao 30 được tổ chức vào năm nào?",
      NR, "abbrev"),
    T("new", 3, "HN so ket 2019 co trao khen thuong ko",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019 có trao khen thưởng cho tập thể, cá nhân không?",
      NR, "abbrev", a=1),
    T("substitution", 0, "còn sơ kết 2023?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng cho tập thể, cá nhân không?",
      "trao tặng các danh hiệu", "telegraphic"),
    T("ellipsis", 0, "ai trao",
      "Ai trao tặng danh hiệu, khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "Bộ trưởng Ngoại giao | Bùi Thanh Sơn", "telegraphic", a=1),
]

# ---------------------------------------------------------------- c38 R0 -> R3
C["c38"] = [
    T("new", 0, "Bài sơ kết 2023 ghi BT Bùi Thanh Sơn giữ chức gì trong Đảng?",
      "Theo bài về hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn giữ chức vụ gì trong Đảng?",
      "Ủy viên Trung ương Đảng", "abbrev"),
    T("pronoun", 0, "lúc đó ông ấy là Ủy viên Bộ Chính trị phải ko",
      "Theo bài về hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn là Ủy viên Bộ Chính trị phải không?",
      FP, "premise,abbrev", a=1),
    T("substitution", 3, "thế còn ông Phạm Bình Minh năm 2019?",
      "Theo bài về hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ chức vụ gì trong Đảng?",
      "Ủy viên Bộ Chính trị", ""),
    T("pronoun", 3, "ông ấy dự HN sơ kết đó ngày nào",
      "Phó Thủ tướng Phạm Bình Minh dự và phát biểu tại hội nghị sơ kết 6 tháng đầu năm 2019 vào ngày nào?",
      "22/7 | 22/07/2019", "abbrev", a=1),
]

# ---------------------------------------------------------------- c39 R1
C["c39"] = [
    T("new", 1, "How much did Vietnam's import-export turnover reach in 2022, according to the MFA review?",
      "Theo hội nghị tổng kết năm 2022 của ngành ngoại giao, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?",
      "700 tỷ USD", "english"),
    T("ellipsis", 1, "ai nói",
      "Ai đánh giá kim ngạch xuất nhập khẩu năm 2022 vượt mốc kỷ lục 700 tỷ USD tại hội nghị tổng kết?",
      "Bùi Thanh Sơn", "telegraphic", a=1),
    T("pronoun", 1, "ông ấy nói con số đó giảm so với 2021 à",
      "Bộ trưởng Bùi Thanh Sơn nói kim ngạch xuất nhập khẩu năm 2022 giảm so với năm 2021 phải không?",
      FP, "premise", a=1),
    T("substitution", 1, "còn đối ngoại đa phương 2022 ra sao?",
      "Theo Bộ trưởng Bùi Thanh Sơn tại hội nghị tổng kết năm 2022, đối ngoại đa phương năm 2022 đạt kết quả thế nào?",
      "đóng góp có trách nhiệm", "telegraphic"),
    T("request", 1, "noi ro hon",
      "Nói rõ hơn đánh giá của Bộ trưởng Bùi Thanh Sơn về kết quả đối ngoại đa phương năm 2022.",
      "nỗ lực chung && nhiều diễn đàn đa phương", "telegraphic", a=1),
]

# ---------------------------------------------------------------- c40 R2 -> R1
C["c40"] = [
    T("new", 2, "PTT Tran Luu Quang lam viec vs BNG ve cong tac doi ngaoi nam nao",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm nào?",
      "năm 2023", "abbrev,typo", a=1),
    T("ellipsis", 2, "ngày nào?",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
      "31-1", "telegraphic"),
    T("substitution", 1, "còn HN tk 2022 có TTg dự thì ngày nào",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, có Thủ tướng dự, diễn ra ngày nào?",
      "10/1", "abbrev", a=1),
    T("ellipsis", 1, "sáng hay chiều?",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều?",
      "Sáng 10/1", "telegraphic"),
    T("pronoun", 1, "HN đó kéo dài mấy tiếng",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kéo dài mấy tiếng?",
      NR, "abbrev,telegraphic", a=1),
]

# ---------------------------------------------------------------- c41 R4
C["c41"] = [
    T("new", 4, "Lãnh đạo Chính phủ nào dự HN tk ngành NG 2024?",
      "Lãnh đạo Chính phủ nào dự hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "abbrev"),
    T("pronoun", 4, "ông ấy yêu cầu phối hợp tổ chức tốt hoạt động gì",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao phối hợp tổ chức tốt những hoạt động gì?",
      "hoạt động đối ngoại cấp cao", "", a=1),
    T("ellipsis", 4, "với đối tác quan trọng?",
      "Thủ tướng Phạm Minh Chính yêu cầu làm gì với quan hệ với các đối tác quan trọng?",
      "nâng cấp, nâng tầm quan hệ", "telegraphic"),
    T("pronoun", None, "Did he mention RCEP?",
      "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính có nhắc tới Hiệp định RCEP không?",
      NIC, "english,near-miss", nic=["RCEP"]),
]

# ---------------------------------------------------------------- c42 R3 -> R4
C["c42"] = [
    T("new", 3, "Theo HN sơ kết 2019, VN có tổng cộng bao nhiêu Đối tác chiến lược/toàn diện?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
      "30 quốc gia", "abbrev"),
    T("ellipsis", 3, "nước mới nào",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ đối tác mới với những nước nào?",
      "Brunei && Hà Lan", "telegraphic", a=1),
    T("pronoun", 3, "Hà Lan thành Đối tác chiến lược đúng ko?",
      "Năm 2019 Việt Nam thiết lập quan hệ Đối tác chiến lược với Hà Lan đúng không?",
      FP, "premise,abbrev"),
    T("substitution", None, "what about Portugal?",
      "Năm 2019 Việt Nam có thiết lập quan hệ Đối tác toàn diện với Bồ Đào Nha không?",
      NIC, "english,near-miss,telegraphic", nic=["Bồ Đào Nha", "Portugal"]),
    T("substitution", 4, "còn năm 2024 nâng cấp quan hệ với nước nào",
      "Theo hội nghị tổng kết năm 2024, Việt Nam nâng cấp quan hệ với những nước nào?",
      NR, "", a=1),
]

# ---------------------------------------------------------------- c43 R0 -> R3
C["c43"] = [
    T("new", 0, "HN sơ kết 2023 đánh giá công tác người VN ở nước ngoài ra sao?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài như thế nào?",
      "cầu nối", "abbrev", a=1),
    T("substitution", 0, "còn bảo hộ công dân?",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân như thế nào?",
      "triển khai hiệu quả", "telegraphic"),
    T("ellipsis", 0, "bao ho bn cong dan",
      "Trong 6 tháng đầu năm 2023, Bộ Ngoại giao đã bảo hộ bao nhiêu công dân?",
      NR, "abbrev,telegraphic", a=1),
    T("substitution", 3, "còn năm 2019 về người VN ở nước ngoài?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2019, công tác người Việt Nam ở nước ngoài được đánh giá thế nào?",
      "tiếp tục được quan tâm", "abbrev"),
]

# ---------------------------------------------------------------- c44 R1
C["c44"] = [
    T("new", 1, "Ủy viên Bộ Chính trị nào dự HN tk ngành NG 2022?",
      "Ủy viên Bộ Chính trị nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Phạm Minh Chính", "abbrev"),
    T("pronoun", 1, "ông ấy đề cao nguyên tắc của văn kiện nào",
      "Thủ tướng Phạm Minh Chính đề cao các nguyên tắc cơ bản của văn kiện quốc tế nào?",
      "Hiến chương Liên Hợp Quốc", "", a=1),
    T("pronoun", 1, "ông ấy dự trực tiếp ở điểm cầu Cao Bằng à?",
      "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết năm 2022 trực tiếp tại điểm cầu Cao Bằng phải không?",
      FP, "premise"),
    T("request", 1, "trich nguyen van cau ve no luc cua nganh",
      "Trích nguyên văn câu Thủ tướng nói về nỗ lực của ngành ngoại giao thời gian tới tại hội nghị tổng kết năm 2022.",
      "nỗ lực lớn hơn && quyết tâm cao hơn", "", a=1),
]

# ---------------------------------------------------------------- c45 R2
C["c45"] = [
    T("new", 2, "What did Minister Son say the MFA was determined to do, when he met Deputy PM Tran Luu Quang?",
      "Khi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm làm gì?",
      "tư duy và hành động", "english"),
    T("request", 2, "nói rõ hơn",
      "Nói rõ hơn về việc Bộ Ngoại giao quyết tâm đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn nêu khi làm việc với Phó Thủ tướng.",
      "chuyên nghiệp, hiện đại && giữ nghiêm kỷ cương hành chính", "telegraphic"),
    T("new", 2, "PTT Quang có nhắc tới chỉ đạo của Tổng Bí thư ko",
      "Khi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang có nhắc tới chỉ đạo của Tổng Bí thư nào không?",
      "Nguyễn Phú Trọng", "abbrev", a=1),
    T("pronoun", 2, "ông ấy chỉ đạo tại HN nào",
      "Tổng Bí thư Nguyễn Phú Trọng đưa ra chỉ đạo được Phó Thủ tướng Trần Lưu Quang nhắc tới tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc", "abbrev", a=1),
    T("ellipsis", 2, "năm nào?",
      "Hội nghị đối ngoại toàn quốc mà Tổng Bí thư Nguyễn Phú Trọng chỉ đạo diễn ra năm nào?",
      "năm 2021", "telegraphic"),
    T("pronoun", 2, "ong ay co du buoi lam viec voi PTT ko",
      "Tổng Bí thư Nguyễn Phú Trọng có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
      FP, "premise,abbrev", a=1),
]

# ---------------------------------------------------------------- c46 R4
C["c46"] = [
    T("new", None, "Who attended the 2024 review conference at the Ha Tinh bridge point?",
      "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Hà Tĩnh?",
      NIC, "english,near-miss", nic=["Hà Tĩnh", "Ha Tinh"]),
    T("substitution", 4, "còn Quảng Trị?",
      "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "telegraphic", a=1),
    T("pronoun", 4, "HN đó ngyà nào",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?",
      "6/1", "abbrev,telegraphic,typo", a=1),
    T("pronoun", 4, "ông ấy có phát biểu tham luận ko?",
      "Ông Hoàng Nam có phát biểu tham luận tại hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      NR, "abbrev"),
]

# ---------------------------------------------------------------- c47 R3 -> R0
C["c47"] = [
    T("new", 3, "Sơ kết 2019, PTT Phạm Bình Minh chỉ đạo gì về quản lý cán bộ?",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về quản lý cán bộ?",
      "kỷ cương, kỷ luật && bảo vệ chính trị nội bộ", "abbrev"),
    T("request", 3, "tóm tắt lại phần xây dựng ngành",
      "Tóm tắt lại chỉ đạo của Phó Thủ tướng Phạm Bình Minh về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2019.",
      "tuyển dụng, đào tạo cán bộ && bảo vệ chính trị nội bộ", "telegraphic"),
    T("substitution", 0, "còn BT Sơn ở sơ kết 2023?",
      "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "chỉ đạo điều hành && thi đua khen thưởng", "abbrev,telegraphic", a=1),
    T("pronoun", 0, "ông ấy ko dự mà chỉ gửi thư phải ko",
      "Bộ trưởng Bùi Thanh Sơn không dự hội nghị sơ kết 6 tháng đầu năm 2023 mà chỉ gửi thư phải không?",
      FP, "premise,abbrev", a=1),
]

# ---------------------------------------------------------------- c48 R0
C["c48"] = [
    T("new", None, "BNG tổ chức HN sơ kết 6 tháng đầu năm 2022 ngày nào?",
      "Bộ Ngoại giao tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2022 vào ngày nào?",
      NIC, "near-miss,abbrev", a=1, nic=["6 tháng đầu năm 2022"]),
    T("substitution", 0, "còn năm 2023?",
      "Bộ Ngoại giao tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?",
      "5/7", "telegraphic"),
    T("pronoun", 0, "HN đó đánh giá ngoại giao đa phương ra sao",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương như thế nào?",
      "triển khai tích cực", "abbrev", a=1),
    T("ellipsis", 0, "kết hợp chặt chẽ với gì?",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được kết hợp chặt chẽ với gì?",
      "ngoại giao song phương", "telegraphic"),
    T("request", 0, "source?",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao lấy từ nguồn nào?",
      "TTXVN", "english,telegraphic"),
]


def rows():
    out = []
    for cid in sorted(C):
        for t in C[cid]:
            q = strip_diacritics(t["q"]) if t["a"] else t["q"]
            tags = (["accentless"] if t["a"] else []) + t["tags"]
            out.append(dict(t, conv=cid, question=q, tag_list=tags))
    return out


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows():
            f.write("\t".join([r["conv"], r["question"], r["kind"],
                               ",".join(r["tag_list"]) or "-", r["read_as"], r["facts"]]) + "\n")
    print("wrote", OUT, len(rows()), "turns")


if __name__ == "__main__":
    main()
