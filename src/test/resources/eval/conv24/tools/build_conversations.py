#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 24) from hand-written turns.

Only the five report texts in ../given/ were read to write these turns.
Each turn records the report it is based on (REPORTS key) so the checker can
verify that every fact span is copied from that report.
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORTS = {
    "R0": "000_47e75d3c86d27e21.txt",  # Sơ kết 6 tháng đầu năm 2023, 5/7, BT Bùi Thanh Sơn
    "R1": "001_8430b1541a21d71d.txt",  # Tổng kết ngành NG năm 2022, 10/1, TTg Phạm Minh Chính, Cao Bằng
    "R2": "002_0e1cf19fdeddcf6d.txt",  # PTT Trần Lưu Quang làm việc với BNG 31-1 (2023)
    "R3": "003_60cdc4bfe3deff94.txt",  # Sơ kết 6 tháng đầu năm 2019, 22/7, PTT-BT Phạm Bình Minh
    "R4": "004_771f5d769968830d.txt",  # Tổng kết ngành NG năm 2024, 6/1, TTg Phạm Minh Chính, Quảng Trị
}

HEADER = [
    "# Blind conversation set 24 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

ABBREV_RE = re.compile(r"(?<![\w])(HN|BNG|TTg|PTT|BT|NG|HĐBA|LHQ|VN|tk|UBND)(?![\w])")


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def T(q, kind, read_as, facts, rep, tags="", acc=None):
    return dict(q=q, kind=kind, read_as=read_as, facts=facts, rep=rep, tags=tags, acc=acc)


C = []  # list of conversations (list of turns)

# c01 — tổng kết 2022 (R1)
C.append([
    T("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra khi nào?", "new",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra khi nào?", "10/1", "R1"),
    T("ai chủ trì?", "ellipsis",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "R1", "telegraphic"),
    T("bao nhiêu đại biểu tham dự?", "ellipsis",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700 đại biểu", "R1"),
    T("kết nối với mấy điểm cầu?", "ellipsis",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63 tỉnh", "R1"),
    T("còn năm 2024 thì bao nhiêu đại biểu?", "substitution",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, "R4"),
    T("Hiệp định thương mại nào được ký kết theo hội nghị sơ kết 6 tháng đầu năm 2019?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, hiệp định thương mại tự do nào được ký kết?", "EVFTA", "R3", acc=True),
])

# c02 — TTg chỉ đạo 2022 (R1)
C.append([
    T("Thủ tướng Phạm Minh Chính chỉ đạo gì tại hội nghị tổng kết ngành ngoại giao năm 2022?", "new",
      "Thủ tướng Phạm Minh Chính chỉ đạo gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "6 nhiệm vụ trọng tâm | cây tre Việt Nam | chủ động dự báo tình hình", "R1", acc=True),
    T("ông ấy yêu cầu mấy nhiệm vụ trọng tâm?", "pronoun",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm tại Hội nghị tổng kết năm 2022?",
      "6 nhiệm vụ trọng tâm", "R1"),
    T("trích nguyên văn phương châm ứng xử", "request",
      "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại Hội nghị tổng kết ngành Ngoại giao năm 2022.",
      "dĩ bất biến, ứng vạn biến", "R1", acc=True),
    T("ông ấy có phê bình BNG vì xuất khẩu giảm không?", "pronoun",
      "Thủ tướng Phạm Minh Chính có phê bình Bộ Ngoại giao vì xuất khẩu giảm tại Hội nghị tổng kết năm 2022 không?",
      FP, "R1", "premise"),
])

# c03 — Cao Bằng / Quảng Trị
C.append([
    T("Ai dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng?", "new",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "R1"),
    T("người đó giữ chức vụ gì?", "pronoun",
      "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh", "R1", acc=True),
    T("có những huyện nào?", "ellipsis",
      "Những UBND huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Quảng Hòa | Thạch An | Hà Quảng | Trùng Khánh | Bảo Lạc | Bảo Lâm | Hạ Lang", "R1"),
    T("còn điểm cầu Quảng Trị năm 2024?", "substitution",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4", acc=True),
    T("ông ấy phát biểu gì?", "pronoun",
      "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2024?", NR, "R4"),
])

# c04 — sơ kết 2023 → 2019 (R0, R3)
C.append([
    T("Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "R0"),
    T("ai kết luận hội nghị?", "ellipsis",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "R0", acc=True),
    T("phương châm là gì?", "ellipsis",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 nêu phương châm công tác đối ngoại là gì?", "chủ động, thích ứng, sáng tạo", "R0", acc=True),
    T("còn năm 2019 thì ai chỉ đạo?", "substitution",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "R3"),
    T("ông ấy lưu ý những điểm gì?", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "nhạy cảm trong tham mưu && tăng cường sự phối hợp", "R3"),
])

# c05 — sơ kết 2023 yêu cầu (R0)
C.append([
    T("Bộ trưởng Bùi Thanh Sơn yêu cầu gì ở hội nghị sơ kết 6 tháng đầu năm 2023?", "new",
      "Bộ trưởng Bùi Thanh Sơn yêu cầu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "nghiên cứu, dự báo, tham mưu | chuyển đổi số | ngoại giao văn hóa", "R0", acc=True),
    T("ông ấy khen thưởng bao nhiêu tập thể?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn khen thưởng bao nhiêu tập thể tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR, "R0", acc=True),
    T("thế còn về xây dựng ngành?", "substitution",
      "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "chuyên nghiệp, hiện đại | thi đua khen thưởng | chế độ chính sách", "R0"),
    T("nguồn nào đưa tin?", "request",
      "Nguồn nào đưa tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "TTXVN", "R0"),
])

# c06 — PTT Trần Lưu Quang (R2)
C.append([
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "new",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023 khi nào?",
      "31-1", "R2"),
    T("ở đâu?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao", "R2", "telegraphic"),
    T("ai báo cáo kết quả năm 2022?", "ellipsis",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
      "Bùi Thanh Sơn", "R2", acc=True),
    T("PTT nói nhiệm vụ trung tâm là gì?", "ellipsis",
      "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm của Bộ Ngoại giao là gì?", "phục vụ phát triển đất nước", "R2"),
    T("ông ấy có chủ trì hội nghị tổng kết ngoại giao năm 2022 không?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang có chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
      FP, "R1", "premise", acc=True),
])

# c07 — R2 tham dự & nhiệm vụ
C.append([
    T("Buổi làm việc của PTT Trần Lưu Quang với BNG có những ai tham dự?", "new",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
      "Văn phòng Chính phủ && Bùi Thanh Sơn", "R2", acc=True),
    T("nhiệm vụ trọng yếu là gì?", "ellipsis",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?",
      "giữ vững hòa bình, ổn định", "R2"),
    T("còn nhiệm vụ quan trọng?", "substitution",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng của Bộ Ngoại giao là gì?",
      "vị thế và uy tín", "R2", acc=True),
    T("ông ấy nhắc đến chỉ đạo của ai?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang nhắc Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng", "R2"),
    T("hội nghị đó năm nào?", "pronoun",
      "Hội nghị đối ngoại toàn quốc mà Tổng Bí thư Nguyễn Phú Trọng chỉ đạo được tổ chức năm nào?",
      "toàn quốc năm 2021", "R2", acc=True),
])

# c08 — R3 đối tác
C.append([
    T("Theo hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei && Hà Lan", "R3"),
    T("tổng số đối tác chiến lược, toàn diện lên bao nhiêu?", "ellipsis",
      "Năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu quốc gia?", "30 quốc gia", "R3", acc=True),
    T("còn số phiếu trúng cử HĐBA?", "substitution",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193", "R3"),
    T("nhiệm kỳ nào?", "ellipsis",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", "R3", acc=True),
    T("còn năm 2023 thì có thêm bao nhiêu đối tác?", "substitution",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, Việt Nam có thêm bao nhiêu đối tác chiến lược, đối tác toàn diện?",
      NR, "R0"),
])

# c09 — English, R3
C.append([
    T("What did Deputy PM Pham Binh Minh say at the Foreign Ministry's 2019 mid-year review?", "new",
      "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "nhạy cảm trong tham mưu | tăng cường sự phối hợp | nhạy bén hơn nữa", "R3", "english"),
    T("which trade agreements were mentioned?", "ellipsis",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc đến những hiệp định thương mại nào?", "CPTPP && EVFTA", "R3", "english"),
    T("when was it held?", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra khi nào?", "22/7", "R3", "english"),
    T("was it postponed?", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bị hoãn không?", FP, "R3", "english,premise"),
])

# c10 — R4 → R1
C.append([
    T("Hội nghị tổng kết công tác ngoại giao năm 2024 tổ chức ngày nào?", "new",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức ngày nào?", "6/1", "R4", "paraphrase"),
    T("ai dự và chỉ đạo?", "ellipsis",
      "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Phạm Minh Chính", "R4", acc=True),
    T("ông ấy nói nhiệm vụ bao trùm là gì?", "pronoun",
      "Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì tại Hội nghị tổng kết năm 2024?",
      "tiên phong, trọng yếu, thường xuyên", "R4"),
    T("trích nguyên văn câu về kỷ nguyên mới", "request",
      "Trích nguyên văn câu về kỷ nguyên mới trong kết luận của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2024.",
      "vươn mình của dân tộc", "R4", acc=True),
    T("còn năm 2022 ông ấy đề nghị gì?", "substitution",
      "Thủ tướng Phạm Minh Chính đề nghị gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "cây tre Việt Nam | 6 nhiệm vụ trọng tâm | từ sớm", "R1"),
])

# c11 — R4 bộ máy
C.append([
    T("Bộ Ngoại giao tiếp nhận chức năng của cơ quan nào theo hội nghị tổng kết năm 2024?", "new",
      "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
    T("tổng kết nghị quyết số mấy?", "ellipsis",
      "Hội nghị tổng kết ngành Ngoại giao năm 2024 yêu cầu tổng kết Nghị quyết số mấy của Ban Chấp hành Trung ương?",
      "Nghị quyết 18", "R4", acc=True),
    T("đội ngũ cán bộ phải thế nào?", "ellipsis",
      "Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào tại Hội nghị tổng kết năm 2024?",
      "vừa hồng, vừa chuyên", "R4", acc=True),
    T("ai viết bài?", "ellipsis",
      "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Hoài Nhung", "R4"),
    T("cụm từ đó còn có ở hội nghị nào khác?", "pronoun",
      "Cụm từ “vừa hồng, vừa chuyên” còn được nêu ở hội nghị nào khác của Bộ Ngoại giao?", "2019", "R3"),
])

# c12 — not_in_corpus year → 2024
C.append([
    T("Hội nghị tổng kết công tác ngoại giao năm 2020 có gì nổi bật?", "new",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2020 có gì nổi bật?", NC, None, "near-miss", acc=True),
    T("còn năm 2024?", "substitution",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có gì nổi bật?",
      "kỷ nguyên vươn mình | Nghị quyết 18 | vai trò tiên phong", "R4"),
    T("ở Quảng Trị ai dự?", "ellipsis",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4", acc=True),
    T("hội nghị đó có bị hoãn không?", "pronoun",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bị hoãn không?", FP, "R4", "premise"),
])

# c13 — R0 đánh giá
C.append([
    T("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giơi thế nào?", "new",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực thế nào?",
      "nhanh, phức tạp", "R0", "typo"),
    T("còn ngoại giao đa phương?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?",
      "với ngoại giao song phương", "R0", acc=True),
    T("Bộ trưởng trao tặng gì?", "ellipsis",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao trao tặng gì?", "danh hiệu", "R0"),
    T("thế còn Thủ tướng nói gì ở hội nghị đó?", "substitution",
      "Thủ tướng Chính phủ phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP, "R0", "premise", acc=True),
])

# c14 — R1 700 tỷ USD
C.append([
    T("Năm 2022 kim ngạch xuất nhập khẩu đạt bao nhiêu theo hội nghị tổng kết ngành ngoại giao?", "new",
      "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?",
      "700 tỷ USD", "R1", acc=True),
    T("ai viết bài?", "request",
      "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", "R1"),
    T("Tại hội nghị tổng kết ngoại giao 2022, Thủ tướng nói về chủ trương muốn là bạn thế nào?", "new",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng nói về chủ trương “muốn là bạn” thế nào?",
      "sẵn sàng là bạn", "R1", "paraphrase", acc=True),
    T("còn về hợp tác và đấu tranh?", "substitution",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng nói gì về hợp tác và đấu tranh?",
      "đối tác, đối tượng", "R1"),
    T("ông ấy có nói FDI năm 2022 bao nhiêu tỷ USD không?", "pronoun",
      "Thủ tướng Phạm Minh Chính có nêu vốn FDI năm 2022 đạt bao nhiêu tỷ USD tại Hội nghị tổng kết ngành Ngoại giao không?",
      NR, "R1", acc=True),
])

# c15 — Hội nghị Ngoại giao lần thứ 31/32/30
C.append([
    T("Khai mạc hội nghị tổng kết 2022, Bộ trưởng Sơn nhắc đến hội nghị ngoại giao lần thứ mấy?", "new",
      "Khai mạc Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc đến Hội nghị Ngoại giao lần thứ mấy?",
      "lần thứ 31", "R1"),
    T("còn hội nghị ngoại giao lần thứ 32 thì sao?", "substitution",
      "Hội nghị Ngoại giao lần thứ 32 diễn ra thế nào?", NC, None, "near-miss", acc=True),
    T("thế còn Hội nghị Ngoại giao 30?", "substitution",
      "Hội nghị Ngoại giao 30 được nhắc đến trong hội nghị nào, do ai chỉ đạo?", "Phạm Bình Minh && 2019", "R3"),
])

# c16 — R2 đánh giá
C.append([
    T("Phó thủ tướng Trần Lưu Quang đánh giá cao điều gì ở BNG?", "new",
      "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở Bộ Ngoại giao?",
      "nỗ lực và thành tựu", "R2", acc=True),
    T("ông ấy nhận định thế giới ra sao?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
      "biến động sâu sắc, phức tạp", "R2"),
    T("vậy BNG cần làm gì?", "ellipsis",
      "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần làm gì?",
      "tham mưu kịp thời | chương trình đối ngoại cấp cao", "R2", acc=True),
    T("ông ấy có chỉ trích BNG chậm trễ không?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang có chỉ trích Bộ Ngoại giao chậm trễ không?", FP, "R2", "premise"),
    T("buổi làm việc kéo dài bao lâu?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR, "R2", acc=True),
    T("Bộ trưởng Bùi Thanh Sơn là ủy viên gì trong Đảng?", "new",
      "Bộ trưởng Ngoại giao Bùi Thanh Sơn là ủy viên của cơ quan nào trong Đảng?", "Ủy viên Trung ương Đảng", "R1"),
])

# c17 — R3 Mỹ-Triều, Chỉ thị 25
C.append([
    T("Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc đến hội nghị thượng đỉnh nào Việt Nam tổ chức?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc đến hội nghị thượng đỉnh nào Việt Nam tổ chức thành công?",
      "Mỹ - Triều lần 2", "R3", acc=True),
    T("chỉ thị số mấy về đối ngoại đa phương?", "ellipsis",
      "Chỉ thị số mấy về đẩy mạnh và nâng tầm đối ngoại đa phương được nhắc tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Chỉ thị 25", "R3"),
    T("của cơ quan nào?", "ellipsis",
      "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?", "Ban Bí thư", "R3", "telegraphic", acc=True),
    T("mục tiêu xây dựng cán bộ thế nào?", "ellipsis",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu mục tiêu xây dựng đội ngũ cán bộ Bộ Ngoại giao thế nào?",
      "vừa hồng, vừa chuyên", "R3"),
    T("EVFTA được phê chuẩn khi nào?", "ellipsis",
      "Hiệp định EVFTA được phê chuẩn khi nào?", NR, "R3", acc=True),
])

# c18 — R3 Phạm Bình Minh
C.append([
    T("Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của BNG?", "new",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "R3"),
    T("ông ấy giữ những chức vụ gì?", "pronoun",
      "Ông Phạm Bình Minh giữ những chức vụ gì?", "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3", acc=True),
    T("về xây dựng ngành ông ấy chỉ đạo gì?", "pronoun",
      "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng, đào tạo cán bộ | bảo vệ chính trị nội bộ", "R3"),
    T("ông ấy có nhắc đến năm Chủ tịch ASEAN 2020 không?", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh có nhắc đến năm Việt Nam làm Chủ tịch ASEAN 2020 tại Hội nghị sơ kết 6 tháng đầu năm 2019 không?",
      NR, "R3", acc=True),
    T("bài báo đăng ngày nào?", "request",
      "Bài báo về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đăng ngày nào?", "22/07/2019", "R3", acc=True),
])

# c19 — English R0
C.append([
    T("Who attended the MFA's 2023 mid-year review conference?", "new",
      "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "R0", "english"),
    T("what date?", "ellipsis",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "R0", "english,telegraphic"),
    T("how many delegates?", "ellipsis",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 có bao nhiêu đại biểu?", NR, "R0", "english,telegraphic"),
    T("did the Prime Minister chair it?", "pronoun",
      "Thủ tướng có chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao không?", FP, "R0", "english,premise"),
])

# c20 — R4 ngoại giao kinh tế → R1
C.append([
    T("Ngoại giao kinh tế năm 2024 chuyển bein trong lĩnh vực nào?", "new",
      "Theo Hội nghị tổng kết ngành Ngoại giao năm 2024, ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh", "R4", "typo", acc=True),
    T("dưới sự chỉ đạo của ai?", "ellipsis",
      "Ngoại giao kinh tế năm 2024 chuyển biến dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ", "R4", acc=True),
    T("tăng trưởng GDP bao nhiêu phần trăm?", "ellipsis",
      "Theo Hội nghị tổng kết ngành Ngoại giao năm 2024, tăng trưởng GDP năm 2024 đạt bao nhiêu phần trăm?", NR, "R4"),
    T("còn năm 2022 xuất nhập khẩu đạt bao nhiêu?", "substitution",
      "Theo Hội nghị tổng kết ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?", "700 tỷ USD", "R1"),
])

# c21 — R4 mục tiêu 2025
C.append([
    T("Mục tiêu năm 2025 của Bộ Ngoại giao là gì?", "new",
      "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
      "thế chủ động chiến lược | dự báo đúng tình hình", "R4"),
    T("nói rõ hơn", "request",
      "Nói rõ hơn về mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao.",
      "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân", "R4", acc=True),
    T("còn mục tiêu năm 2026?", "substitution",
      "Mục tiêu, nhiệm vụ năm 2026 của Bộ Ngoại giao là gì?", NC, None),
    T("hội nghị đó có bao nhiêu điểm cầu?", "pronoun",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bao nhiêu điểm cầu?", NR, "R4", acc=True),
])

# c22 — false premise then correction (R1)
C.append([
    T("Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại hội nghị tổng kết ngoại giao năm 2022?", "new",
      "Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", FP, "R1", "premise"),
    T("vậy ai chủ trì?", "ellipsis",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "R1", acc=True),
    T("ông ấy nói sự tham dự của Thủ tướng thể hiện điều gì?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 thể hiện điều gì?",
      "đặc biệt và sâu sát", "R1"),
    T("ngành đang bước sang giai đoạn nào?", "ellipsis",
      "Theo Bộ trưởng Bùi Thanh Sơn, ngành Ngoại giao đang bước sang giai đoạn nào?", "giai đoạn phát triển mới", "R1", acc=True),
])

# c23 — R2 báo cáo
C.append([
    T("Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang ngày 31-1?", "new",
      "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang ngày 31-1?",
      "nhiệm vụ đối ngoại năm 2022", "R2"),
    T("BNG quyết tâm điều gì?", "ellipsis",
      "Bộ Ngoại giao quyết tâm điều gì để đáp ứng yêu cầu giai đoạn phát triển mới?", "tư duy và hành động", "R2", acc=True),
    T("trọng tâm là gì?", "ellipsis",
      "Trọng tâm của việc đổi mới tư duy và hành động của Bộ Ngoại giao là gì?",
      "phụng sự Đảng | kỷ cương hành chính | chuyển đổi số", "R2"),
    T("nguồn tin?", "request",
      "Nguồn tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao là gì?", "VGP", "R2", "telegraphic", acc=True),
    T("còn Phó Thủ tướng Lê Văn Thành có làm việc với BNG không?", "substitution",
      "Phó Thủ tướng Lê Văn Thành có làm việc với Bộ Ngoại giao không?", NC, None),
])

# c24 — telegraphic R0
C.append([
    T("sơ kết 6 tháng 2023 BNG kết quả ngoại giao kinh tế", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá kết quả ngoại giao kinh tế thế nào?",
      "trọng tâm, trọng điểm", "R0", "telegraphic", acc=True),
    T("công tác người VN ở nước ngoài?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào?",
      "cầu nối", "R0", "telegraphic", acc=True),
    T("bảo hộ công dân?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?",
      "đổi mới trong cách thức", "R0", "telegraphic"),
    T("số vụ bảo hộ?", "ellipsis",
      "Trong 6 tháng đầu năm 2023, Bộ Ngoại giao đã xử lý bao nhiêu vụ bảo hộ công dân?", NR, "R0", "telegraphic", acc=True),
])

# c25 — R3 → R0 → not_in_corpus
C.append([
    T("Hội nghị sơ kết 6 tháng năm 2019 đánh giá quan hệ với các nước lớn thế nào?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các nước láng giềng, các nước lớn thế nào?",
      "chiều sâu, hiệu quả, thiết thực", "R3", "paraphrase"),
    T("còn năm 2023?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác, các nước lớn thế nào?",
      "nhiều bước phát triển mới", "R0", acc=True),
    T("năm đó Bộ trưởng là ai?", "pronoun",
      "Bộ trưởng Ngoại giao kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 là ai?", "Bùi Thanh Sơn", "R0"),
    T("còn hội nghị sơ kết năm 2021?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao đánh giá gì?", NC, None, "near-miss", acc=True),
])

# c26 — English R1
C.append([
    T("How many provinces were linked to the 2022 diplomatic sector review conference?", "new",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "63 tỉnh", "R1", "english"),
    T("who represented Cao Bang?", "ellipsis",
      "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "R1", "english"),
    T("what did that delegate say?", "pronoun",
      "Đồng chí Nguyễn Bích Ngọc phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022?", NR, "R1", "english"),
    T("who wrote the article?", "request",
      "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", "R1", "english"),
])

# c27 — not_in_corpus → R4
C.append([
    T("Hội nghị Ngoại giao lần thứ 33 diễn ra ở đâu?", "new",
      "Hội nghị Ngoại giao lần thứ 33 diễn ra ở đâu?", NC, None, acc=True),
    T("còn hội nghị tổng kết năm 2024 tổ chức theo hình thức nào?", "substitution",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến", "R4"),
    T("có lãnh đạo tỉnh nào dự?", "ellipsis",
      "Lãnh đạo tỉnh nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Hoàng Nam", "R4", acc=True),
    T("ông ấy dự ở điểm cầu nào?", "pronoun",
      "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tại điểm cầu nào?", "Quảng Trị", "R4"),
])

# c28 — typos R4
C.append([
    T("Thủ tuớng Phạm Minh Chín kết luận hôi nghị tổng kết ngoại giao 2024 thế nào?", "new",
      "Thủ tướng Phạm Minh Chính kết luận Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 thế nào?",
      "tiên phong, trọng yếu, thường xuyên | kỷ nguyên vươn mình", "R4", "typo"),
    T("ông ấy yêu cầu gì về tổ chức bộ máy?", "pronoun",
      "Thủ tướng Phạm Minh Chính yêu cầu gì về tổ chức bộ máy của Bộ Ngoại giao?", "tinh gọn tổ chức bộ máy", "R4", acc=True),
    T("ông ấy có phản đối việc sáp nhập Ban Đối ngoại Trung ương không?", "pronoun",
      "Thủ tướng Phạm Minh Chính có phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương không?",
      FP, "R4", "premise"),
    T("tóm tắt lại", "request",
      "Tóm tắt lại kết luận của Thủ tướng tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024.",
      "kỷ nguyên vươn mình && tinh gọn", "R4", acc=True),
])

# c29 — R0 → R3 đại hội
C.append([
    T("BNG sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá đối ngoại là gì trong thành tựu chung của cả nước?",
      "một điểm sáng", "R0", "paraphrase", acc=True),
    T("góp phần vào gì?", "ellipsis",
      "Đối ngoại 6 tháng đầu năm 2023 góp phần vào những gì?", "môi trường hòa bình, ổn định | huy động nguồn lực", "R0"),
    T("Bộ trưởng đề nghị triển khai đường lối đại hội nào?", "ellipsis",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
      "Đại hội XIII", "R0", acc=True),
    T("còn năm 2019 thực hiện đường lối của đại hội nào?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nói góp phần thực hiện đường lối đối ngoại của Đại hội nào?", "Đại hội XII", "R3"),
])

# c30 — English R2
C.append([
    T("What did Deputy PM Tran Luu Quang ask the Foreign Ministry to do on January 31?", "new",
      "Ngày 31-1, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì?",
      "tham mưu kịp thời | chương trình đối ngoại cấp cao", "R2", "english"),
    T("where was the meeting?", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao", "R2", "english"),
    T("did he sign any agreements there?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang có ký thỏa thuận nào tại buổi làm việc với Bộ Ngoại giao không?", NR, "R2", "english"),
    T("summarize it in Vietnamese please", "request",
      "Tóm tắt bằng tiếng Việt buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao.",
      "Đại hội XIII && nhiệm vụ trung tâm", "R2", "english"),
])

# c31 — R1 Thủ tướng bảo vệ Tổ quốc
C.append([
    T("Tại hội nghị tổng kết 2022, Thủ tướng nói bảo vệ Tổ quốc thế nào?", "new",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói bảo vệ Tổ quốc thế nào?",
      "từ khi nước chưa nguy | từ sớm", "R1", "paraphrase", acc=True),
    T("tinh thần phục vụ là gì?", "ellipsis",
      "Thủ tướng nêu tinh thần phục vụ nào tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      "người dân, doanh nghiệp, địa phương", "R1"),
    T("ông ấy đề cao hiến chương nào?", "pronoun",
      "Thủ tướng Phạm Minh Chính đề cao các nguyên tắc của hiến chương nào?", "Hiến chương Liên Hợp Quốc", "R1", acc=True),
    T("ông ấy có trao huân chương cho BNG không?", "pronoun",
      "Thủ tướng Phạm Minh Chính có trao huân chương cho Bộ Ngoại giao tại Hội nghị tổng kết năm 2022 không?", NR, "R1"),
])

# c32 — TTg dự các năm
C.append([
    T("Thủ tướng có dự hội nghị tổng kết ngành ngoại giao năm 2024 không?", "new",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 không?", "Phạm Minh Chính", "R4", acc=True),
    T("còn năm 2022?", "substitution",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không, vào ngày nào?", "10/1", "R1"),
    T("năm 2023 thì sao?", "substitution",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 không?", NC, None, acc=True),
    T("còn tổng kết năm 2019?", "substitution",
      "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2019 không?", NC, None, "near-miss"),
])

# c33 — R3 ngoại vụ địa phương
C.append([
    T("Ngoại vụ địa phương năm 2019 phát huy tinh thần gì?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương phát huy tinh thần gì?",
      "doanh nghiệp và người dân", "R3"),
    T("còn công tác Đảng, đoàn thể?", "substitution",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác Đảng, đoàn thể được triển khai thế nào?", "hiệu quả, thực chất", "R3", acc=True),
    T("nguồn?", "request",
      "Nguồn đưa tin về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao là gì?", "CLO | TG&VN", "R3", "telegraphic"),
    T("hội nghị đó có bị hủy không?", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bị hủy không?", FP, "R3", "premise", acc=True),
])

# c34 — R0 → R4
C.append([
    T("Bộ trưởng Ngoại giao biểu dương ai tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new",
      "Bộ trưởng Ngoại giao Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "cán bộ, công chức, viên chức", "R0"),
    T("ông ấy là ủy viên gì?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn là ủy viên của cơ quan nào?", "Ủy viên Trung ương Đảng", "R0", acc=True),
    T("năm đó công tác tài vụ thế nào?", "pronoun",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác quản trị tài vụ được thực hiện thế nào?", "bài bản hiệu quả", "R0"),
    T("Ai kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "new",
      "Ai kết luận Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Phạm Minh Chính", "R4", acc=True),
])

# c35 — R2 biên giới → not_in_corpus
C.append([
    T("Phó Thủ tướng Trần Lưu Quang nhấn mạnh điều gì về biên giới khi làm việc với BNG?", "new",
      "Khi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhấn mạnh điều gì về biên giới?",
      "hữu nghị và phát triển", "R2"),
    T("còn về hội nhập quốc tế?", "substitution",
      "Phó Thủ tướng Trần Lưu Quang nói gì về hội nhập quốc tế khi làm việc với Bộ Ngoại giao?",
      "sâu rộng, toàn diện", "R2", acc=True),
    T("thế còn Bộ trưởng Sơn nói gì về chuyển đổi số?", "substitution",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về chuyển đổi số?",
      "ứng dụng chuyển đổi số", "R2"),
    T("còn buổi làm việc năm 2024 của Phó Thủ tướng với BNG?", "substitution",
      "Buổi làm việc năm 2024 của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra thế nào?", NC, None, acc=True),
])

# c36 — R3 HĐBA
C.append([
    T("Việt Nam trúng cử vào HĐBA LHQ với bao nhiu phiếu theo hội nghị sơ kết 2019?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", "R3", "typo", acc=True),
    T("nhiệm kỳ nào?", "ellipsis",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", "R3"),
    T("điều đó cho thấy gì?", "pronoun",
      "Việc Việt Nam trúng cử Hội đồng Bảo an với số phiếu cao cho thấy điều gì?", "tín nhiệm của bạn bè", "R3", acc=True),
    T("vì sao Trung Quốc bỏ phiếu chống?", "ellipsis",
      "Vì sao Trung Quốc bỏ phiếu chống Việt Nam trong cuộc bầu Ủy viên không thường trực Hội đồng Bảo an?", FP, "R3", "premise"),
])

# c37 — English R4
C.append([
    T("What overarching task did PM Pham Minh Chinh set for diplomacy at the 2024 review conference?", "new",
      "Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm nào cho công tác đối ngoại tại Hội nghị tổng kết năm 2024?",
      "vai trò tiên phong", "R4", "english"),
    T("whose functions did the ministry take over?", "ellipsis",
      "Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương | Ủy ban Đối ngoại Quốc hội", "R4", "english"),
    T("which resolution is being reviewed?", "ellipsis",
      "Hội nghị tổng kết năm 2024 yêu cầu tổng kết nghị quyết nào?", "Nghị quyết 18", "R4", "english"),
    T("how many staff will be cut?", "ellipsis",
      "Bộ Ngoại giao sẽ cắt giảm bao nhiêu cán bộ khi tinh gọn bộ máy?", NR, "R4", "english"),
])

# c38 — R1 Nguyễn Phú Trọng
C.append([
    T("Hội nghị tổng kêt ngành ngoại giao năm 2022 nhìn lại việc thực hiện kết luận của ai?", "new",
      "Hội nghị tổng kết ngành Ngoại giao năm 2022 nhìn lại một năm thực hiện kết luận, chỉ đạo của ai?",
      "Nguyễn Phú Trọng", "R1", "typo", acc=True),
    T("tại hội nghị nào?", "ellipsis",
      "Tổng Bí thư Nguyễn Phú Trọng đưa ra các kết luận, chỉ đạo đó tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc", "R1", acc=True),
    T("năm 2022 đạt kết quả gì về phân định?", "ellipsis",
      "Năm 2022, công tác đối ngoại đạt kết quả gì về phân định, giải quyết các vấn đề biên giới?",
      "trên biển, trên bộ", "R1"),
    T("cụ thể phân định với nước nào?", "ellipsis",
      "Năm 2022 Việt Nam phân định, giải quyết vấn đề trên biển, trên bộ cụ thể với nước nào?", NR, "R1", acc=True),
])

# c39 — R0 summary
C.append([
    T("Tóm tắt hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao", "new",
      "Tóm tắt Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao.", "5/7 && Bùi Thanh Sơn", "R0"),
    T("trích nguyên văn đánh giá về đối ngoại", "request",
      "Trích nguyên văn đánh giá về đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "một điểm sáng && thành tựu chung", "R0", acc=True),
    T("hội nghị đó tổ chức ở đâu?", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ở đâu?", NR, "R0"),
    T("có ai được khen thưởng?", "ellipsis",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, ai được khen thưởng?", "thành tích xuất sắc", "R0", acc=True),
    T("Hội nghị tổng kết ngoại giao năm 2024 nhắc đến nghị quyết nào?", "new",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 nhắc đến nghị quyết nào?", "Nghị quyết 18", "R4"),
])

# c40 — other ministry not_in_corpus → R0
C.append([
    T("Hội nghị tổng kết công tác năm 2023 của Bộ Quốc phòng có gì?", "new",
      "Hội nghị tổng kết công tác năm 2023 của Bộ Quốc phòng có nội dung gì?", NC, None, acc=True),
    T("thế còn Bộ Ngoại giao sơ kết 6 tháng năm 2023 khi nào?", "substitution",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023 khi nào?", "5/7", "R0"),
    T("BT đề nghị gì về quan hệ với các nước?", "ellipsis",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị gì về quan hệ với các nước láng giềng, các nước lớn?",
      "chiều sâu, ổn định, bền vững", "R0", acc=True),
    T("còn về truyền thông?", "substitution",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị gì về thông tin đối ngoại, truyền thông?",
      "phương thức truyền thông mới", "R0"),
])

# c41 — R2 nguồn lực
C.append([
    T("Phó Thủ tướng Trần Lưu Quang yêu cầu BNG tranh thủ những gì?", "new",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tranh thủ những gì?",
      "yếu tố quốc tế thuận lợi | các nguồn lực bên ngoài", "R2", "paraphrase", acc=True),
    T("để làm gì?", "ellipsis",
      "Phó Thủ tướng yêu cầu tranh thủ các yếu tố quốc tế thuận lợi và nguồn lực bên ngoài để làm gì?",
      "phát triển nhanh, bền vững", "R2"),
    T("ông ấy có yêu cầu cắt giảm biên chế không?", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang có yêu cầu Bộ Ngoại giao cắt giảm biên chế không?", NR, "R2", acc=True),
    T("ông ấy là Phó Thủ tướng thường trực đúng không?", "pronoun",
      "Ông Trần Lưu Quang là Phó Thủ tướng thường trực đúng không?", FP, "R2", "premise"),
])

# c42 — R3 → R4
C.append([
    T("Năm 2019 BNG làm tốt công tác gì cho lãnh đạo cấp cao?", "new",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao làm tốt công tác gì cho Lãnh đạo cấp cao?",
      "đề xuất chính sách", "R3", acc=True),
    T("quan hệ với các nước lớn được giữ thế nào?", "ellipsis",
      "Theo Phó Thủ tướng Phạm Bình Minh, quan hệ với các nước lớn được giữ thế nào trong 6 tháng đầu năm 2019?",
      "cân bằng linh hoạt", "R3"),
    T("còn năm 2024 yêu cầu gì về quan hệ đối tác?", "substitution",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác quan trọng?",
      "nâng cấp, nâng tầm", "R4", acc=True),
    T("ai nói vậy?", "ellipsis",
      "Ai yêu cầu thúc đẩy nâng cấp, nâng tầm quan hệ với các đối tác quan trọng tại Hội nghị tổng kết năm 2024?",
      "Phạm Minh Chính", "R4"),
])

# c43 — telegraphic R1 cây tre
C.append([
    T("tổng kết ngoại giao 2022 TTg nói cây tre là gì", "new",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng nói bản sắc “cây tre Việt Nam” là gì?",
      "gốc vững && dĩ bất biến, ứng vạn biến", "R1", "telegraphic", acc=True),
    T("gốc vững là gì?", "ellipsis",
      "“Gốc vững” trong bản sắc cây tre Việt Nam mà Thủ tướng nêu là gì?",
      "đa phương hóa, đa dạng hóa", "R1"),
    T("chuỗi giá trị?", "ellipsis",
      "Thủ tướng nói gì về vị trí của nền kinh tế Việt Nam trong chuỗi giá trị?", "vị trí cao hơn", "R1", "telegraphic", acc=True),
    T("ông ấy có nhắc tới RCEP không?", "pronoun",
      "Thủ tướng Phạm Minh Chính có nhắc tới Hiệp định RCEP tại Hội nghị tổng kết ngành Ngoại giao năm 2022 không?", NR, "R1"),
])

# c44 — wrong person premise → R3
C.append([
    T("Bộ trưởng Ngoại giao Phạm Gia Khiêm phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", "new",
      "Bộ trưởng Ngoại giao Phạm Gia Khiêm phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP, "R3", "premise,near-miss", acc=True),
    T("vậy ai phát biểu chỉ đạo?", "ellipsis",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "R3"),
    T("ông ấy yêu cầu phối hợp thế nào?", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh yêu cầu tăng cường phối hợp thế nào?", "giữa các đơn vị trong Bộ", "R3", acc=True),
    T("hội nghị đó đăng trên báo nào?", "pronoun",
      "Tin về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đăng trên báo nào?", "CLO", "R3"),
])

# c45 — R4 phẩm chất → R3
C.append([
    T("Thủ tướng yêu cầu cán bộ ngoại giao có phẩm chất gì tại HN tổng kết 2024?", "new",
      "Thủ tướng yêu cầu cán bộ ngoại giao có phẩm chất gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?",
      "tuyệt đối trung thành | khôn khéo về ứng xử | tinh thông về nghiệp vụ", "R4", acc=True),
    T("còn năm 2019?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu yêu cầu đội ngũ cán bộ thế nào?",
      "tinh nhuệ, tích cực, năng động", "R3"),
    T("năm đó ai chỉ đạo?", "pronoun",
      "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "R3", acc=True),
    T("hội nghị đó có bao nhiêu người dự?", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người dự?", NR, "R3"),
])

# c46 — R1 Cao Bằng sở
C.append([
    T("Những sở nào của Cao Bằng dự HN tổng kết ngoại giao 2022?", "new",
      "Những sở, đơn vị nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Tài chính | Kế hoạch và Đầu tư | Công thương", "R1", acc=True),
    T("còn lực lượng vũ trang?", "substitution",
      "Những đơn vị lực lượng vũ trang nào của Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      "Bộ đội Biên phòng | Công an tỉnh", "R1"),
    T("huyện nào dự?", "ellipsis",
      "Những huyện nào của Cao Bằng dự Hội nghị tổng kết ngành Ngoại giao năm 2022?", "Trùng Khánh && Bảo Lâm", "R1", acc=True),
    T("Bí thư Tỉnh ủy Cao Bằng có dự không?", "ellipsis",
      "Bí thư Tỉnh ủy Cao Bằng có dự Hội nghị tổng kết ngành Ngoại giao năm 2022 không?", NR, "R1"),
])

# c47 — R2 → R0
C.append([
    T("Ngày 31-1-2023 lãnh đạo Chính phủ nào làm việc với Bộ Ngoại giao?", "new",
      "Ngày 31-1-2023, lãnh đạo Chính phủ nào làm việc với Bộ Ngoại giao?", "Trần Lưu Quang", "R2", "paraphrase"),
    T("thế còn ngày 5/7 năm đó BNG tổ chức gì?", "substitution",
      "Ngày 5/7/2023 Bộ Ngoại giao tổ chức hội nghị gì?", "sơ kết", "R0", acc=True),
    T("ai kết luận?", "ellipsis",
      "Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "R0"),
    T("ông ấy làm gì hôm 31-1?", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn làm gì tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang ngày 31-1?",
      "báo cáo với Phó Thủ tướng", "R2", acc=True),
])

# c48 — telegraphic R4 Quảng Trị
C.append([
    T("tk ngành NG 2024 Quảng Trị ai dự", "new",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "R4", "telegraphic", acc=True),
    T("chức vụ?", "ellipsis",
      "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh", "R4", "telegraphic"),
    T("ông ấy nói gì?", "pronoun",
      "Ông Hoàng Nam phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2024?", NR, "R4", acc=True),
    T("báo nào đăng?", "request",
      "Báo nào đăng tin về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "baoquangtri", "R4"),
])

# c49 — not_in_corpus → R1
C.append([
    T("Hội nghị Ngoại giao lần thứ 32 có bao nhiêu đại biểu?", "new",
      "Hội nghị Ngoại giao lần thứ 32 có bao nhiêu đại biểu?", NC, None, "near-miss"),
    T("còn hội nghị tổng kết năm 2022?", "substitution",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu?", "700 đại biểu", "R1", acc=True),
    T("kết nối mấy tỉnh?", "ellipsis",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?", "63 tỉnh", "R1", "telegraphic"),
    T("hội nghị đó có bị hoãn vì dịch không?", "pronoun",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bị hoãn vì dịch bệnh không?", FP, "R1", "premise", acc=True),
])

# c50 — R3 hiệp định → R0
C.append([
    T("Năm 2019 Hiệp định CPTPP được nhắc đến thế nào?", "new",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc đến Hiệp định CPTPP thế nào?", "chính thức được triển khai", "R3", acc=True),
    T("còn EVFTA?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc đến Hiệp định EVFTA thế nào?", "được ký kết", "R3"),
    T("hội nhập quốc tế có bước gì?", "ellipsis",
      "Năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước tiến gì?", "bước đột phá mới", "R3", acc=True),
    T("còn ngoại giao kinh tế năm 2023?", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao kinh tế thế nào?", "trọng tâm, trọng điểm", "R0"),
])


def has_diacritics(s):
    return strip_accents(s) != s


def build_rows():
    rows = []
    for ci, conv in enumerate(C, 1):
        cid = "c%02d" % ci
        for t in conv:
            tags = [x for x in t["tags"].split(",") if x]
            q = t["q"]
            if t["acc"] and "english" not in tags:
                q = strip_accents(q)
            if "english" not in tags and not has_diacritics(q):
                tags.append("accentless")
            if ABBREV_RE.search(q) and "abbrev" not in tags:
                tags.append("abbrev")
            order = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
            tags = sorted(set(tags), key=order.index)
            rows.append(dict(conversation=cid, question=q, kind=t["kind"], tags=",".join(tags) or "-",
                             read_as=t["read_as"], facts=t["facts"], rep=t["rep"]))
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            vals = [r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]
            for v in vals:
                assert "\t" not in v and "\n" not in v, v
            f.write("\t".join(vals) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(C), len(rows)))


if __name__ == "__main__":
    main()
