#!/usr/bin/env python3
"""Blind conversation set 33 -- every turn below is written by hand.

Each turn: T(question, kind, tags, read_as, facts, report, ax=False, nm=None)
  question : what the user types (written with diacritics; ax=True strips them)
  kind     : new | pronoun | ellipsis | substitution | request
  tags     : hand tags (telegraphic, typo, english, premise, near-miss, paraphrase);
             'accentless' and 'abbrev' are added automatically
  read_as  : the full standalone question, with diacritics
  facts    : groups joined by " && ", alternatives by " | ", or refuse:<reason>
  report   : R0..R4 (the report the facts come from / the refusal is about), None for not_in_corpus
  nm       : for near-miss turns, the distinguishing name/year/number absent from every report
The script only strips diacritics for ax=True turns, sets the automatic tags and writes the TSV.
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

REPORTS = {
    "R0": "given/000_47e75d3c86d27e21.txt",
    "R1": "given/001_8430b1541a21d71d.txt",
    "R2": "given/002_0e1cf19fdeddcf6d.txt",
    "R3": "given/003_60cdc4bfe3deff94.txt",
    "R4": "given/004_771f5d769968830d.txt",
}

HEADER = [
    "# Blind conversation set 33 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

ABBREV = {
    "hn", "bng", "ttg", "ptt", "bt", "tt", "ng", "hđba", "hdba", "lhq", "vn", "tk", "sk",
    "ko", "k", "dc", "đc", "pm", "mfa", "dpm", "fm", "un", "unsc", "tbt", "bct", "ubnd",
    "bn", "ntn", "j", "cp", "tw", "bch", "đh", "dh", "hnng",
}

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"


def T(q, kind, tags, read_as, facts, report, ax=False, nm=None):
    return dict(q=q, kind=kind, tags=tags, read_as=read_as, facts=facts, report=report, ax=ax, nm=nm)


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_diacritics(s):
    return strip_accents(s) != s


def has_abbrev(s):
    toks = re.findall(r"\w+", s.lower())
    return any(t in ABBREV for t in toks)


C = {}

# c01 -- tổng kết 2022 (R1) -> substitution to 2024 (R4)
C["c01"] = [
    T("Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "new", "",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "R1"),
    T("tổ chức ngày nào?", "ellipsis", "telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức ngày nào?",
      "10/1", "R1", ax=True),
    T("TTg có dự hội nghị đó ko?", "pronoun", "",
      "Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?",
      "Phạm Minh Chính", "R1", ax=True),
    T("còn năm 2024?", "substitution", "telegraphic",
      "Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      "dự và chỉ đạo", "R4", ax=True),
    T("ai chủ trì?", "ellipsis", "telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR, "R4"),
]

# c02 -- HĐBA LHQ (R3)
C["c02"] = [
    T("Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", "R3"),
    T("nhiệm kỳ nào?", "ellipsis", "telegraphic",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?",
      "2020-2021", "R3"),
    T("thông tin này được nêu ở hội nghị nào?", "pronoun", "",
      "Việc Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an được nêu tại hội nghị nào của Bộ Ngoại giao?",
      "sơ kết công tác 06 tháng | 6 tháng đầu năm 2019", "R3", ax=True),
    T("ngày nào?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7", "R3"),
    T("thế nước còn lại không bầu cho VN là nước nào?", "ellipsis", "",
      "Nước nào là nước còn lại không bỏ phiếu cho Việt Nam trong cuộc bầu Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
      NR, "R3", ax=True),
]

# c03 -- PTT Trần Lưu Quang làm việc với BNG (R2)
C["c03"] = [
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "new", "",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?",
      "Trụ sở Bộ Ngoại giao", "R2"),
    T("hôm nào?", "ellipsis", "telegraphic",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
      "31-1", "R2", ax=True),
    T("ông ấy đánh giá ngành ngoại giao thế nào?", "pronoun", "",
      "Phó Thủ tướng Trần Lưu Quang đánh giá công tác đối ngoại và ngành ngoại giao thế nào tại buổi làm việc?",
      "thành tựu to lớn", "R2"),
    T("trích nguyên văn đi", "request", "",
      "Trích nguyên văn câu Phó Thủ tướng Trần Lưu Quang đánh giá công tác đối ngoại và ngành ngoại giao.",
      "đánh giá cao những nỗ lực", "R2", ax=True),
    T("vì sao ông ấy phê bình Bộ trưởng Bùi Thanh Sơn?", "pronoun", "premise",
      "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ trưởng Bùi Thanh Sơn tại buổi làm việc với Bộ Ngoại giao?",
      FP, "R2"),
]

# c04 -- sơ kết 6 tháng đầu 2023 (R0)
C["c04"] = [
    T("HN sơ kết 6 tháng đầu năm 2023 của BNG diễn ra ngày nào?", "new", "",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?",
      "5/7", "R0"),
    T("ai kết luận?", "ellipsis", "telegraphic",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0", ax=True),
    T("ông ấy biểu dương ai?", "pronoun", "",
      "Bộ trưởng Bùi Thanh Sơn biểu dương ai khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "tập thể cán bộ, công chức", "R0", ax=True),
    T("vì điều gì?", "ellipsis", "telegraphic",
      "Bộ trưởng Bùi Thanh Sơn biểu dương tập thể cán bộ Bộ Ngoại giao vì điều gì?",
      "nỗ lực không mệt mỏi", "R0"),
    T("bn tập thể dc khen thưởng?", "ellipsis", "telegraphic",
      "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      NR, "R0", ax=True),
]

# c05 -- điểm cầu Quảng Trị 2024 (R4) -> Cao Bằng 2022 (R1)
C["c05"] = [
    T("Who attended the MFA's 2024 review conference at the Quang Tri connection point?", "new", "english",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4"),
    T("ông ấy giữ chức gì?", "pronoun", "",
      "Ông Hoàng Nam, người dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh", "R4", ax=True),
    T("ông ấy phát biểu những gì ở hội nghị đó?", "pronoun", "",
      "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam đã phát biểu những gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR, "R4"),
    T("còn điểm cầu Cao Bằng năm 2022 thì ai dự?", "substitution", "",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc", "R1"),
    T("bà ấy là Chủ tịch UBND tỉnh thì đã báo cáo những gì?", "pronoun", "premise",
      "Bà Nguyễn Bích Ngọc với tư cách Chủ tịch UBND tỉnh Cao Bằng đã báo cáo những gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      FP, "R1", ax=True),
]

# c06 -- đối tác toàn diện 2019 (R3)
C["c06"] = [
    T("Nửa đầu 2019 VN kết thân thêm với những nước nào?", "new", "paraphrase",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập khuôn khổ quan hệ mới với những nước nào?",
      "Brunei, Hà Lan", "R3", ax=True),
    T("quan hệ gì?", "ellipsis", "telegraphic",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ gì với Brunei và Hà Lan?",
      "Đối tác toàn diện", "R3"),
    T("nâng tổng số lên bao nhiêu nước?", "ellipsis", "",
      "Sau khi thiết lập quan hệ với Brunei và Hà Lan, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu nước?",
      "30 quốc gia", "R3", ax=True),
    T("còn 6 tháng đầu năm 2017?", "substitution", "near-miss,telegraphic",
      "Trong 6 tháng đầu năm 2017, Việt Nam thiết lập quan hệ đối tác toàn diện với những nước nào?",
      NIC, None, ax=True, nm="2017"),
]

# c07 -- phát biểu của Thủ tướng tại tổng kết 2022 (R1)
C["c07"] = [
    T("Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng yêu cầu thực hiện bao nhiêu nhiệm vụ trọng tâm?", "new", "",
      "Tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành thực hiện bao nhiêu nhiệm vụ trọng tâm?",
      "6 nhiệm vụ trọng tâm", "R1"),
    T("nhiệm vụ thứ sáu là gì?", "ellipsis", "",
      "Nhiệm vụ trọng tâm thứ sáu mà Thủ tướng Phạm Minh Chính giao cho ngành ngoại giao tại hội nghị tổng kết năm 2022 là gì?",
      NR, "R1", ax=True),
    T("ông ấy nhắc tới bản sắc gì?", "pronoun", "",
      "Thủ tướng Phạm Minh Chính nhắc tới bản sắc gì của ngoại giao Việt Nam tại hội nghị tổng kết năm 2022?",
      "cây tre Việt Nam", "R1"),
    T("nói rõ hơn", "request", "",
      "Nói rõ hơn về bản sắc “cây tre Việt Nam” mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết ngành ngoại giao năm 2022.",
      "gốc vững && dĩ bất biến, ứng vạn biến", "R1"),
    T("sao có đại biểu phản đối ý đó?", "pronoun", "premise",
      "Vì sao có đại biểu phản đối ý kiến về bản sắc “cây tre Việt Nam” của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022?",
      FP, "R1", ax=True),
]

# c08 -- hình thức tổng kết 2024 (R4) -> 2022 (R1)
C["c08"] = [
    T("Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức theo hình thức nào?", "new", "",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?",
      "trực tuyến", "R4"),
    T("ngày?", "ellipsis", "telegraphic",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức vào ngày nào?",
      "6/1", "R4"),
    T("kết nối bao nhiêu điểm cầu?", "ellipsis", "",
      "Hội nghị trực tuyến tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?",
      NR, "R4", ax=True),
    T("còn năm 2022?", "substitution", "telegraphic",
      "Hội nghị trực tuyến tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
      "63 tỉnh, thành phố", "R1", ax=True),
    T("ở điểm cầu Cao Bằng của hội nghị đó có những huyện nào?", "pronoun", "",
      "Tại điểm cầu Cao Bằng của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có UBND những huyện nào tham dự?",
      "Quảng Hòa && Bảo Lâm", "R1"),
]

# c09 -- Bộ trưởng báo cáo PTT (R2)
C["c09"] = [
    T("Trong buổi làm việc với PTT Trần Lưu Quang, ai báo cáo kết quả đối ngoại năm 2022?", "new", "",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai đã báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm 2022?",
      "Bùi Thanh Sơn", "R2"),
    T("ông ấy nói Bộ Ngoại giao quyết tâm điều gì?", "pronoun", "",
      "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm điều gì khi báo cáo với Phó Thủ tướng Trần Lưu Quang?",
      "đổi mới tư duy", "R2"),
    T("trọng tâm là gì?", "ellipsis", "telegraphic",
      "Trọng tâm của việc đổi mới tư duy và hành động mà Bộ Ngoại giao báo cáo Phó Thủ tướng Trần Lưu Quang là gì?",
      "xây dựng, phát triển ngành", "R2", ax=True),
    T("còn nhiệm vụ trung tâm?", "substitution", "telegraphic",
      "Theo báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao xác định nhiệm vụ trung tâm là gì?",
      "phục vụ phát triển đất nước", "R2", ax=True),
    T("Thủ tướng Phạm Minh Chính cũng dự buổi đó, ông ấy nói gì?", "pronoun", "premise",
      "Thủ tướng Phạm Minh Chính đã nói gì khi dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      FP, "R2"),
]

# c10 -- Phạm Bình Minh 2019 (R3) -> 2023 (R0)
C["c10"] = [
    T("Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019?", "new", "",
      "Ông Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phó Thủ tướng && Bộ trưởng Ngoại giao", "R3"),
    T("ông ấy nêu điểm cần lưu tâm thứ nhất là gì?", "pronoun", "",
      "Điểm cần lưu tâm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "nhạy cảm trong tham mưu | nghiên cứu, đánh giá sâu hơn", "R3", ax=True),
    T("điểm thứ hai?", "ellipsis", "telegraphic",
      "Điểm cần lưu tâm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "tăng cường sự phối hợp", "R3", ax=True),
    T("Tại HN sơ kết 6 tháng đầu năm 2023, BT yêu cầu các đơn vị trong Bộ làm tốt hơn việc gì?", "new", "",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
      "nghiên cứu, dự báo, tham mưu", "R0"),
]

# c11 -- phương châm 2023 (R0), English
C["c11"] = [
    T("What motto did the MFA's mid-2023 review conference use to describe its foreign affairs work?", "new", "english",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao nêu phương châm gì cho công tác đối ngoại?",
      "chủ động, thích ứng, sáng tạo", "R0"),
    T("And what did that work achieve?", "pronoun", "english",
      "Với phương châm chủ động, thích ứng, sáng tạo, công tác đối ngoại 6 tháng đầu năm 2023 đạt được kết quả gì?",
      "những kết quả quan trọng", "R0"),
    T("hội nghị đó gọi đối ngoại là gì trong thành tựu chung?", "pronoun", "paraphrase",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
      "một điểm sáng", "R0", ax=True),
    T("Why was that conference postponed?", "pronoun", "english,premise",
      "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?",
      FP, "R0"),
]

# c12 -- xuất nhập khẩu 2022 (R1) -> 2024 (R4)
C["c12"] = [
    T("Kim ngạch xuất nhậo khẩu năm 2022 vượt mốc bao nhiêu theo hội nghị tổng kết ngành ngoại giao?", "new", "typo",
      "Theo Hội nghị tổng kết công tác ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
      "700 tỷ", "R1", ax=True),
    T("năm đó ngoại giao kinh tế góp phần gì cho kinh tế vĩ mô?", "pronoun", "",
      "Năm 2022, công tác ngoại giao kinh tế đóng góp gì cho kinh tế vĩ mô?",
      "ổn định kinh tế vĩ mô", "R1"),
    T("còn năm 2024 ngoại giao kinh tế đóng góp gì?", "substitution", "",
      "Năm 2024, ngoại giao kinh tế và kinh tế đối ngoại đã đóng góp gì cho đất nước?",
      "nhóm nước tăng trưởng cao", "R4", ax=True),
    T("chuyển biến trong những lĩnh vực nào?", "ellipsis", "",
      "Năm 2024, ngoại giao kinh tế và kinh tế đối ngoại chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn && chuyển đổi xanh", "R4"),
    T("kim ngạch xuất nhập khẩu năm đó bao nhiêu?", "pronoun", "",
      "Kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu theo báo cáo hội nghị tổng kết ngành ngoại giao năm 2024?",
      NR, "R4", ax=True),
]

# c13 -- thành phần buổi làm việc (R2)
C["c13"] = [
    T("Những ai tham dư buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "new", "typo",
      "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "Bùi Thanh Sơn && Văn phòng Chính phủ", "R2"),
    T("tổng cộng bao nhiêu người?", "ellipsis", "telegraphic",
      "Tổng cộng có bao nhiêu người tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      NR, "R2", ax=True),
    T("kéo dài bao lâu?", "ellipsis", "telegraphic",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?",
      NR, "R2"),
    T("còn buổi làm việc của PTT Vũ Đức Đam với Bộ thì sao?", "substitution", "near-miss",
      "Buổi làm việc của Phó Thủ tướng Vũ Đức Đam với Bộ Ngoại giao bàn về nội dung gì?",
      NIC, None, ax=True, nm="Vũ Đức Đam"),
]

# c14 -- hiệp định thương mại 2019 (R3)
C["c14"] = [
    T("Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới những hiệp định thương mại nào?", "new", "",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc tới những hiệp định thương mại nào?",
      "CPTPP && EVFTA", "R3"),
    T("sao EVFTA bị hoãn ký vậy?", "ellipsis", "premise",
      "Vì sao Hiệp định EVFTA bị hoãn ký trong 6 tháng đầu năm 2019?",
      FP, "R3", ax=True),
    T("CPTPP thì sao?", "substitution", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu gì về Hiệp định CPTPP?",
      "chính thức được triển khai", "R3", ax=True),
    T("Việt Nam tổ chức thành công hội nghị thượng đỉnh nào trong nửa đầu 2019?", "new", "",
      "Trong 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
      "Triều lần 2 | thượng đỉnh Mỹ", "R3"),
    T("còn lần 3?", "substitution", "near-miss,telegraphic",
      "Việt Nam có tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 3 không, vào khi nào?",
      NIC, None, ax=True, nm="lần 3"),
]

# c15 -- mục tiêu 2025 (R4) -> 6 tháng cuối 2023 (R0)
C["c15"] = [
    T("Hội nghị tổng kết năm 2024 đặt mục tiêu gì cho năm 2025 về thế chủ động?", "new", "",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 xác định mục tiêu gì cho năm 2025 về thế chủ động?",
      "thế chủ động chiến lược", "R4"),
    T("triển khai đồng bộ những kênh nào?", "ellipsis", "",
      "Năm 2025, Bộ Ngoại giao xác định triển khai đồng bộ, nâng tầm công tác đối ngoại trên những kênh nào?",
      "đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân", "R4", ax=True),
    T("Hội nghị sơ kết giữa năm 2023 đề ra nhiệm vụ gì cho 6 tháng cuối năm?", "new", "",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đề ra nhiệm vụ gì cho ngành Ngoại giao trong 6 tháng cuối năm 2023?",
      "Đại hội XIII | đẩy mạnh chuyển đổi số", "R0", ax=True),
    T("ai nêu những đề nghị đó?", "pronoun", "",
      "Ai nêu những đề nghị về nhiệm vụ 6 tháng cuối năm 2023 tại Hội nghị sơ kết của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0"),
]

# c16 -- đại biểu tổng kết 2022 (R1), English
C["c16"] = [
    T("How many delegates joined the MFA's 2022 year-end review conference?", "new", "english",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "hơn 700 đại biểu", "R1"),
    T("How many provinces were connected?", "ellipsis", "english",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?",
      "63 tỉnh, thành phố", "R1"),
    T("ở Cao Bằng thì huyện nào dự?", "ellipsis", "",
      "Tại điểm cầu Cao Bằng của Hội nghị tổng kết ngành Ngoại giao năm 2022 có UBND những huyện nào dự?",
      "Trùng Khánh && Thạch An", "R1", ax=True),
    T("còn điểm cầu Lạng Sơn?", "substitution", "near-miss,telegraphic",
      "Tại điểm cầu Lạng Sơn của Hội nghị tổng kết ngành Ngoại giao năm 2022 có những ai tham dự?",
      NIC, None, ax=True, nm="Lạng Sơn"),
]

# c17 -- người Việt ở nước ngoài 2023 (R0)
C["c17"] = [
    T("Giữa năm 2023, mảng công tác kiều bào được nhận xét đóng vai trò gì?", "new", "paraphrase",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao, công tác người Việt Nam ở nước ngoài có vai trò gì?",
      "làm cầu nối", "R0"),
    T("còn bảo hộ công dân?", "substitution", "telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác bảo hộ công dân được đánh giá thế nào?",
      "nhiều đổi mới trong cách thức", "R0", ax=True),
    T("vì sao hội nghị đó phê phán công tác bảo hộ công dân chậm trễ?", "pronoun", "premise",
      "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 phê phán công tác bảo hộ công dân chậm trễ?",
      FP, "R0"),
    T("tổ chức ở đâu?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
      NR, "R0", ax=True),
    T("nguồn tin?", "request", "telegraphic",
      "Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được lấy từ nguồn tin nào?",
      "TTXVN", "R0", ax=True),
]

# c18 -- xây dựng ngành 2019 (R3) -> 2024 (R4)
C["c18"] = [
    T("Hồi giữa 2019 ông Phạm Bình Minh dặn dò gì về chuyện xây dựng ngành?", "new", "paraphrase",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
      "tuyển dụng, đào tạo cán bộ", "R3"),
    T("đội ngũ cán bộ hướng tới tiêu chí gì?", "ellipsis", "",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới xây dựng đội ngũ cán bộ như thế nào?",
      "vừa hồng, vừa chuyên", "R3"),
    T("còn năm 2024?", "substitution", "telegraphic",
      "Tại Hội nghị tổng kết công tác ngoại giao năm 2024, yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
      "khôn khéo về ứng xử | sâu sắc về chiến lược", "R4", ax=True),
    T("ai nói vậy?", "pronoun", "telegraphic",
      "Ai nêu yêu cầu xây dựng đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết công tác ngoại giao năm 2024?",
      "Phạm Minh Chính", "R4", ax=True),
    T("ông ấy nói vậy khi đến dự trực tiếp ở Quảng Trị à?", "pronoun", "premise",
      "Thủ tướng Phạm Minh Chính nêu yêu cầu về đội ngũ cán bộ khi đến dự trực tiếp hội nghị tổng kết năm 2024 tại Quảng Trị phải không?",
      FP, "R4"),
]

# c19 -- PTT Trần Lưu Quang, English (R2)
C["c19"] = [
    T("When did Deputy PM Tran Luu Quang hold the working session with the Foreign Ministry?", "new", "english",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?",
      "31-1", "R2"),
    T("Which year's foreign affairs work was it about?", "ellipsis", "english",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về triển khai công tác đối ngoại năm nào?",
      "đối ngoại trong năm 2023", "R2"),
    T("ông ấy nói giữ vững hòa bình, ổn định là nhiệm vụ gì?", "pronoun", "",
      "Phó Thủ tướng Trần Lưu Quang nói giữ vững hòa bình, ổn định là nhiệm vụ như thế nào?",
      "trọng yếu, thường xuyên", "R2", ax=True),
    T("còn nâng cao vị thế, uy tín?", "substitution", "",
      "Phó Thủ tướng Trần Lưu Quang nói nâng cao vị thế và uy tín đất nước là nhiệm vụ như thế nào?",
      "nhiệm vụ quan trọng", "R2", ax=True),
    T("trích nguyên văn cả mấy nhiệm vụ đó", "request", "",
      "Trích nguyên văn các nhiệm vụ đối ngoại mà Phó Thủ tướng Trần Lưu Quang nêu: giữ vững hòa bình, phục vụ phát triển, nâng cao vị thế.",
      "nhiệm vụ trọng yếu, thường xuyên && là nhiệm vụ trung tâm", "R2"),
]

# c20 -- tinh gọn bộ máy (R4)
C["c20"] = [
    T("Sau khi sắp xếp lại bộ máy, Bộ Ngoại giao nhận thêm việc của những cơ quan nào?", "new", "paraphrase",
      "Sau khi tinh gọn tổ chức bộ máy, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "R4"),
    T("theo chủ trương tổng kết nghị quyêt nào?", "ellipsis", "typo",
      "Việc tinh gọn bộ máy Bộ Ngoại giao gắn với chủ trương tổng kết nghị quyết nào?",
      "Nghị quyết 18", "R4"),
    T("còn Nghị quyết 19?", "substitution", "near-miss,telegraphic",
      "Nghị quyết 19 được nêu thế nào tại hội nghị tổng kết ngành ngoại giao về tinh gọn bộ máy?",
      NIC, None, ax=True, nm="Nghị quyết 19"),
    T("ai phản đối việc tinh gọn đó?", "pronoun", "premise",
      "Ai phản đối việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao nêu tại hội nghị tổng kết năm 2024?",
      FP, "R4", ax=True),
    T("nói rõ hơn mục tiêu của việc đó", "request", "",
      "Nói rõ hơn mục tiêu của việc tinh gọn tổ chức bộ máy Bộ Ngoại giao sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội.",
      "triển khai thông suốt, thống nhất | tạo bước tiến đột phá", "R4"),
]

# c21 -- khai mạc tổng kết 2022 (R1) -> HNNG 30 (R3)
C["c21"] = [
    T("Bộ trưởng Bùi Thanh Sơn nói hội nghị tổng kết năm 2022 nhằm nhìn lại việc thực hiện chỉ đạo của ai?", "new", "",
      "Bộ trưởng Bùi Thanh Sơn nói Hội nghị tổng kết ngành Ngoại giao năm 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của ai?",
      "Tổng Bí thư Nguyễn Phú Trọng", "R1"),
    T("tại hội nghị nào?", "ellipsis", "telegraphic",
      "Các kết luận, chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng được nhắc tới tại hội nghị tổng kết năm 2022 được đưa ra tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc", "R1"),
    T("còn Hội nghị Ngoại giao lần thứ 32?", "substitution", "near-miss",
      "Hội nghị Ngoại giao lần thứ 32 đưa ra những chỉ đạo gì cho ngành ngoại giao?",
      NIC, None, ax=True, nm="32"),
    T("Năm 2019, công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?", "new", "",
      "Năm 2019, công tác đối ngoại được triển khai linh hoạt, chủ động theo tinh thần những hội nghị nào?",
      "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018", "R3"),
]

# c22 -- đội ngũ cán bộ 2023 (R0)
C["c22"] = [
    T("Giữa năm 2023, người đứng đầu ngành ngoại giao muốn đội ngũ cán bộ ra sao?", "new", "paraphrase",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo xây dựng đội ngũ cán bộ như thế nào?",
      "chuyên nghiệp, hiện đại | bản lĩnh chính trị vững vàng", "R0"),
    T("Quote it exactly.", "request", "english",
      "Trích nguyên văn chỉ đạo của Bộ trưởng Bùi Thanh Sơn về xây dựng đội ngũ cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "ngày càng chuyên nghiệp, hiện đại", "R0"),
    T("còn chuyển đổi số?", "substitution", "telegraphic",
      "Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về chuyển đổi số tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "đẩy mạnh chuyển đổi số", "R0", ax=True),
]

# c23 -- đa phương 2019 (R3) -> 2023 (R2)
C["c23"] = [
    T("Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá đối ngoại đa phương ra sao?", "new", "",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá đối ngoại đa phương như thế nào?",
      "những kết quả quan trọng", "R3"),
    T("thể hiện tinh thần chỉ thị nào?", "ellipsis", "",
      "Đối ngoại đa phương 6 tháng đầu năm 2019 bước đầu thể hiện tinh thần của chỉ thị nào?",
      "Chỉ thị 25", "R3", ax=True),
    T("của ai ban hành?", "ellipsis", "telegraphic",
      "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
      "Ban Bí thư", "R3", ax=True),
    T("Năm 2023 PTT Trần Lưu Quang yêu cầu BNG làm gì ở các diễn đàn đa phương?", "new", "",
      "Năm 2023, Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì tại các diễn đàn, cơ chế đa phương?",
      "tham gia hiệu quả | đóng góp tích cực", "R2"),
]

# c24 -- tác giả & nhiệm vụ bao trùm (R4)
C["c24"] = [
    T("Bài về hội nghị tổng kết công tác ngoại giao 2024 do ai viết?", "new", "",
      "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 do ai viết?",
      "Hoài Nhung", "R4"),
    T("đăng trên báo nào?", "ellipsis", "telegraphic",
      "Bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được đăng trên báo nào?",
      "Quảng Trị", "R4"),
    T("Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại là gì?", "new", "",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
      "vai trò tiên phong, trọng yếu", "R4"),
    T("nói rõ hơn", "request", "",
      "Nói rõ hơn về nhiệm vụ bao trùm đối với công tác đối ngoại mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2024.",
      "kỷ nguyên vươn mình | nguồn lực có tính đột phá", "R4"),
    T("sao Thủ tướng lại vắng mặt ở hội nghị đó?", "pronoun", "premise",
      "Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      FP, "R4", ax=True),
]

# c25 -- điểm cầu Cao Bằng (R1) -> Quảng Trị (R4)
C["c25"] = [
    T("Which province's connection point is described in the report on the 2022 diplomacy review?", "new", "english",
      "Báo cáo về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 mô tả điểm cầu của tỉnh nào?",
      "Cao Bằng", "R1"),
    T("lãnh đạo tỉnh đó có ai dự?", "pronoun", "",
      "Lãnh đạo tỉnh Cao Bằng nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Nguyễn Bích Ngọc", "R1", ax=True),
    T("bà ấy phát biểu gì?", "pronoun", "telegraphic",
      "Bà Nguyễn Bích Ngọc phát biểu gì tại điểm cầu Cao Bằng của Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      NR, "R1", ax=True),
    T("còn Quảng Trị năm 2024 ai dự?", "substitution", "",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "R4", ax=True),
]

# c26 -- tình hình thế giới 2023 (R0) -> 2019 (R3)
C["c26"] = [
    T("Hội nghi sơ kêt 6 tháng đầu năm 2023 nhận định tình hình thế giới thế nào?", "new", "typo",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao nhận định tình hình thế giới và khu vực thế nào?",
      "diễn biến nhanh, phức tạp", "R0"),
    T("tác động ra sao?", "ellipsis", "telegraphic",
      "Diễn biến tình hình thế giới 6 tháng đầu năm 2023 tác động ra sao theo hội nghị sơ kết của Bộ Ngoại giao?",
      "tác động sâu sắc", "R0", ax=True),
    T("còn năm 2019?", "substitution", "telegraphic",
      "Nửa đầu năm 2019, tình hình quốc tế được đánh giá thế nào tại hội nghị sơ kết của Bộ Ngoại giao?",
      "nhiều vấn đề khó lường | nhanh hơn, phức tạp hơn", "R3", ax=True),
    T("ai nhận định như vậy?", "pronoun", "",
      "Ai nhận định tình hình quốc tế nửa đầu năm 2019 diễn biến nhanh hơn, phức tạp hơn tại hội nghị sơ kết?",
      "Phạm Bình Minh", "R3"),
    T("với tư cách Thủ tướng, ông ấy còn chỉ đạo gì?", "pronoun", "premise",
      "Với tư cách Thủ tướng Chính phủ, ông Phạm Bình Minh còn chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
      FP, "R3", ax=True),
]

# c27 -- nhận định thế giới của PTT (R2)
C["c27"] = [
    T("PTT Trần Lưu Quang nhận định thế giới thời gian tới ra sao?", "new", "",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
      "biến động sâu sắc, phức tạp", "R2"),
    T("có cơ hội gì ko?", "ellipsis", "",
      "Theo Phó Thủ tướng Trần Lưu Quang, bên cạnh khó khăn, tình hình thế giới thời gian tới có cơ hội gì không?",
      "nhiều cơ hội, thuận lợi", "R2", ax=True),
    T("ông ấy yêu cầu BNG làm gì để tranh thủ cơ hội?", "pronoun", "",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao làm gì để tranh thủ tối đa cơ hội, thuận lợi?",
      "tham mưu kịp thời", "R2"),
    T("còn năm 2016 ông ấy làm việc với Bộ thế nào?", "substitution", "near-miss",
      "Năm 2016, Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về những nội dung gì?",
      NIC, None, nm="2016"),
]

# c28 -- Phạm Bình Minh, English (R3)
C["c28"] = [
    T("Who gave the guiding speech at the MFA's mid-2019 review conference?", "new", "english",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "R3"),
    T("On what date?", "ellipsis", "english,telegraphic",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?",
      "22/7", "R3"),
    T("ông ấy nói đối ngoại giữ được gì trong quan hệ với các nước lớn?", "pronoun", "",
      "Phó Thủ tướng Phạm Bình Minh nói nửa đầu năm 2019 công tác đối ngoại giữ được điều gì trong quan hệ với các nước lớn?",
      "cân bằng linh hoạt", "R3"),
    T("tổ chức ở đâu?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?",
      NR, "R3"),
    T("còn 6 tháng cuối năm thì quyết tâm gì?", "substitution", "",
      "Toàn thể cán bộ Bộ Ngoại giao quyết tâm gì cho 6 tháng cuối năm 2019?",
      "định hướng ưu tiên", "R3", ax=True),
]

# c29 -- ý nghĩa sự tham dự của Thủ tướng (R1)
C["c29"] = [
    T("Theo Bộ trưởng Sơn, việc Thủ tướng có mặt ở hội nghị tổng kết 2022 chứng tỏ điều gì?", "new", "paraphrase",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng Chính phủ tại Hội nghị tổng kết ngành Ngoại giao năm 2022 là minh chứng cho điều gì?",
      "sự quan tâm đặc biệt", "R1"),
    T("nói rõ hơn", "request", "",
      "Nói rõ hơn ý nghĩa sự tham dự của Thủ tướng Chính phủ tại Hội nghị tổng kết ngành Ngoại giao năm 2022 theo Bộ trưởng Bùi Thanh Sơn.",
      "nguồn cổ vũ, động viên", "R1", ax=True),
    T("vì sao hội nghị đó chỉ có 63 đại biểu?", "pronoun", "premise",
      "Vì sao Hội nghị tổng kết ngành Ngoại giao năm 2022 chỉ có 63 đại biểu tham dự?",
      FP, "R1", ax=True),
]

# c30 -- kỷ nguyên vươn mình, English (R4)
C["c30"] = [
    T("What new era did the PM mention at the 2024 diplomacy review?", "new", "english",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nhắc đến kỷ nguyên nào?",
      "kỷ nguyên vươn mình", "R4"),
    T("Which resolution did he bring up?", "pronoun", "english",
      "Thủ tướng Phạm Minh Chính nhắc đến nghị quyết nào tại Hội nghị tổng kết ngành ngoại giao năm 2024?",
      "Nghị quyết 18", "R4"),
    T("trích nguyên văn", "request", "",
      "Trích nguyên văn câu nhắc đến Nghị quyết 18 trong kết luận hội nghị tổng kết ngành ngoại giao năm 2024.",
      "tổng kết Nghị quyết 18", "R4", ax=True),
    T("còn Tổng Bí thư Tô Lâm chỉ đạo gì ở hội nghị đó?", "substitution", "near-miss",
      "Tổng Bí thư Tô Lâm chỉ đạo gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NIC, None, ax=True, nm="Tô Lâm"),
    T("hội nghị đó kéo dài mấy tiếng?", "pronoun", "",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 kéo dài bao nhiêu tiếng?",
      NR, "R4", ax=True),
]

# c31 -- khen thưởng 2023, English (R0)
C["c31"] = [
    T("Who concluded the MFA's mid-year 2023 review conference?", "new", "english",
      "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "R0"),
    T("What did he hand out at the meeting?", "pronoun", "english",
      "Bộ trưởng Bùi Thanh Sơn đã trao những gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "trao tặng các danh hiệu", "R0"),
    T("cho ai?", "ellipsis", "telegraphic",
      "Bộ trưởng Bùi Thanh Sơn trao danh hiệu, khen thưởng cho ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "tập thể và cá nhân", "R0", ax=True),
    T("tên cụ thể?", "ellipsis", "telegraphic",
      "Tên cụ thể của các tập thể, cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 là gì?",
      NR, "R0", ax=True),
    T("còn sk 6 tháng năm 2015?", "substitution", "near-miss,telegraphic",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2015 của Bộ Ngoại giao, những ai được khen thưởng?",
      NIC, None, nm="2015"),
]

# c32 -- chỉ đạo của TBT, biên giới (R2)
C["c32"] = [
    T("PTT Trần Lưu Quang yêu cầu BNG bám sát chỉ đạo của ai?", "new", "",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?",
      "Tổng Bí thư Nguyễn Phú Trọng", "R2"),
    T("tại hội nghị nào?", "ellipsis", "telegraphic",
      "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị nào mà Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát?",
      "đối ngoại toàn quốc năm 2021", "R2"),
    T("Thứ trưởng Nguyễn Minh Vũ có dự buổi làm việc đó ko?", "pronoun", "near-miss",
      "Thứ trưởng Nguyễn Minh Vũ có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
      NIC, None, ax=True, nm="Nguyễn Minh Vũ"),
    T("buổi đó PTT dặn củng cố biên giới thế nào?", "pronoun", "",
      "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang yêu cầu củng cố biên giới như thế nào?",
      "hoà bình, ổn định, hữu nghị", "R2"),
    T("nguồn?", "request", "telegraphic",
      "Thông tin về yêu cầu củng cố biên giới của Phó Thủ tướng Trần Lưu Quang được lấy từ nguồn nào?",
      "VGP", "R2", ax=True),
]

# c33 -- ngoại vụ địa phương 2019 (R3) -> bảo hộ công dân 2023 (R0)
C["c33"] = [
    T("Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương phát huy tinh thần gì?", "new", "",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, công tác ngoại vụ địa phương phát huy tinh thần gì?",
      "lấy doanh nghiệp và người dân", "R3"),
    T("còn công tác Đảng, đoàn thể?", "substitution", "",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác Đảng, đoàn thể của Bộ Ngoại giao được đánh giá thế nào?",
      "triển khai hiệu quả, thực chất", "R3", ax=True),
    T("còn ngoại giao văn hóa?", "substitution", "telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại giao văn hóa được đánh giá thế nào?",
      "tiếp tục được quan tâm", "R3"),
    T("thế năm 2023 bảo hộ công dân được đánh giá thế nào?", "substitution", "",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?",
      "nhiều đổi mới trong cách thức", "R0", ax=True),
]

# c34 -- điểm sáng 2024 (R4) -> 2022 (R1)
C["c34"] = [
    T("Năm 2024 VN nổi bật ở những mảng nào trong kinh tế đối ngoại?", "new", "paraphrase",
      "Theo hội nghị tổng kết ngành ngoại giao năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?",
      "thương mại && thu hút đầu tư nước ngoài", "R4"),
    T("Thế năm 2022 ngoại giao kinh tế đã giúp nền kinh tế ra sao?", "new", "",
      "Năm 2022, công tác ngoại giao kinh tế giúp nền kinh tế ra sao theo hội nghị tổng kết ngành Ngoại giao?",
      "phục hồi mạnh mẽ", "R1", ax=True),
    T("kim ngạch xuất nhập khẩu?", "ellipsis", "telegraphic",
      "Kim ngạch xuất nhập khẩu năm 2022 đạt mức nào theo hội nghị tổng kết ngành Ngoại giao?",
      "700 tỷ", "R1", ax=True),
    T("trích nguyên văn", "request", "",
      "Trích nguyên văn câu về kim ngạch xuất nhập khẩu năm 2022 trong báo cáo hội nghị tổng kết ngành Ngoại giao.",
      "vượt mốc kỷ lục 700 tỷ", "R1"),
]

# c35 -- bảo vệ Tổ quốc từ sớm (R1) -> chương trình cấp cao (R2)
C["c35"] = [
    T("Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bảo vệ đất nước theo tinh thần nào?", "new", "",
      "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bảo vệ đất nước theo tinh thần nào?",
      "từ sớm && từ xa", "R1"),
    T("trích nguyên văn", "request", "",
      "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ đất nước “từ sớm”, “từ xa”.",
      "khi nước chưa nguy", "R1", ax=True),
    T("còn tinh thần phục vụ?", "substitution", "telegraphic",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bám sát tinh thần phục vụ nào?",
      "lấy người dân, doanh nghiệp", "R1"),
    T("PTT Trần Lưu Quang yêu cầu BNG thực hiện tốt chương trình gì?", "new", "",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao thực hiện tốt chương trình gì?",
      "chương trình đối ngoại cấp cao", "R2", ax=True),
]

# c36 -- ngoại giao kinh tế 2023 (R0)
C["c36"] = [
    T("Hội nghị giữa năm 2023 nhận xét mảng kinh tế của ngoại giao ra sao?", "new", "paraphrase",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá công tác ngoại giao kinh tế thế nào?",
      "có trọng tâm, trọng điểm", "R0"),
    T("góp phần gì?", "ellipsis", "telegraphic",
      "Công tác ngoại giao kinh tế 6 tháng đầu năm 2023 góp phần vào điều gì?",
      "ổn định kinh tế vĩ mô", "R0", ax=True),
    T("hỗ trợ những ai?", "ellipsis", "telegraphic",
      "Các hoạt động ngoại giao kinh tế 6 tháng đầu năm 2023 hỗ trợ những ai?",
      "hỗ trợ địa phương, doanh nghiệp", "R0"),
    T("thế còn ngoại giao đa phương?", "substitution", "",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?",
      "ngoại giao song phương | triển khai tích cực", "R0", ax=True),
    T("Thứ trưởng Đặng Hoàng Giang nói gì về đa phương ở hội nghị đó?", "pronoun", "near-miss",
      "Thứ trưởng Đặng Hoàng Giang phát biểu gì về ngoại giao đa phương tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      NIC, None, ax=True, nm="Đặng Hoàng Giang"),
]

# c37 -- ngày & nguồn 2019 (R3), typo
C["c37"] = [
    T("Phó Thủ tuớng Phạm Bình Min chỉ đạo hội nghị sơ kết 2019 ngày nào?", "new", "typo",
      "Phó Thủ tướng Phạm Bình Minh chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao vào ngày nào?",
      "22/7", "R3"),
    T("nguồn bài?", "request", "telegraphic",
      "Bài viết về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao lấy từ nguồn nào?",
      "CLO | TG&VN", "R3", ax=True),
    T("sao hội nghị đó bị lùi sang tháng 8?", "pronoun", "premise",
      "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao bị lùi sang tháng 8?",
      FP, "R3", ax=True),
    T("bao nhiêu cán bộ tham dự?", "ellipsis", "",
      "Bao nhiêu cán bộ tham dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      NR, "R3"),
]

# c38 -- kỷ cương (R2) -> xây dựng ngành 2022 (R1)
C["c38"] = [
    T("Khi báo cáo PTT Trần Lưu Quang, BNG cam kết giữ nghiêm điều gì?", "new", "",
      "Khi báo cáo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cam kết giữ nghiêm điều gì?",
      "kỷ cương hành chính", "R2"),
    T("còn ứng dụng gì?", "ellipsis", "telegraphic",
      "Bộ Ngoại giao báo cáo Phó Thủ tướng Trần Lưu Quang sẽ đẩy mạnh ứng dụng gì?",
      "chuyển đổi số", "R2"),
    T("Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao thế nào?", "new", "",
      "Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn muốn xây dựng ngành Ngoại giao như thế nào?",
      "trong sạch, vững mạnh, toàn diện", "R1"),
    T("sao ông ấy lại vắng mặt ở hội nghị đó?", "pronoun", "premise",
      "Vì sao Bộ trưởng Bùi Thanh Sơn vắng mặt tại Hội nghị tổng kết ngành Ngoại giao năm 2022?",
      FP, "R1", ax=True),
]

# c39 -- xử lý tình huống 2024 (R4) -> 2019 (R3)
C["c39"] = [
    T("Tổng kết 2024, Thủ tướng muốn ngành ngoại giao giải quyết ổn thỏa những chuyện gì?", "new", "paraphrase",
      "Tại Hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu xử lý tốt những gì?",
      "tình huống đối ngoại phức tạp", "R4"),
    T("chú trọng nghiên cứu kiểu gì?", "ellipsis", "",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao chú trọng nghiên cứu về đối ngoại theo hướng nào?",
      "tổng thể, dài hơi", "R4", ax=True),
    T("còn sk 2019?", "substitution", "telegraphic",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu gì về tham mưu, xử lý tình huống?",
      "nhạy cảm trong tham mưu", "R3", ax=True),
    T("ông ấy còn dặn gì về xây dựng ngành?", "pronoun", "",
      "Phó Thủ tướng Phạm Bình Minh còn chỉ đạo gì về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2019?",
      "bảo vệ chính trị nội bộ", "R3"),
    T("Thủ tướng Nguyễn Xuân Phúc có dự hội nghị đó ko?", "pronoun", "near-miss",
      "Thủ tướng Nguyễn Xuân Phúc có dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không?",
      NIC, None, ax=True, nm="Nguyễn Xuân Phúc"),
]

# c40 -- muốn là bạn (R1), paraphrase
C["c40"] = [
    T("Thủ tướng nói cách VN kết bạn với thế giới đã thay đổi ra sao?", "new", "paraphrase",
      "Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nói chủ trương làm bạn của Việt Nam đã thay đổi thế nào?",
      "sẵn sàng là bạn", "R1"),
    T("còn về hợp tác và đấu tranh?", "substitution", "",
      "Thủ tướng Phạm Minh Chính nói cách nhìn nhận về hợp tác và đấu tranh đã thay đổi thế nào?",
      "đối tác, đối tượng", "R1", ax=True),
    T("nói rõ hơn", "request", "",
      "Nói rõ hơn sự thay đổi trong cách nhìn nhận về hợp tác và đấu tranh mà Thủ tướng Phạm Minh Chính nêu.",
      "quan niệm “địch”, “ta”", "R1"),
    T("còn ngoại giao kinh tế thì sao?", "substitution", "",
      "Thủ tướng Phạm Minh Chính yêu cầu gì về vai trò của ngoại giao kinh tế tại hội nghị tổng kết năm 2022?",
      "mở rộng thị trường xuất khẩu", "R1", ax=True),
]

# c41 -- báo cáo với PTT, English (R2) -> 2019 (R3)
C["c41"] = [
    T("What did the Foreign Minister report to Deputy PM Tran Luu Quang?", "new", "english",
      "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
      "nhiệm vụ đối ngoại năm 2022", "R2"),
    T("Which Government Office leaders were there, by name?", "ellipsis", "english",
      "Tên của các lãnh đạo Văn phòng Chính phủ dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao là gì?",
      NR, "R2"),
    T("Thứ trưởng Lê Hoài Trung có dự buổi làm việc đó không?", "pronoun", "near-miss",
      "Thứ trưởng Lê Hoài Trung có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
      NIC, None, ax=True, nm="Lê Hoài Trung"),
    T("đẩy mạnh quan hệ với những đối tác nào?", "ellipsis", "",
      "Theo Phó Thủ tướng Trần Lưu Quang, ngành ngoại giao đã đẩy mạnh quan hệ với những đối tác nào?",
      "đối tác chiến lược && đối tác toàn diện", "R2"),
    T("Đến giữa năm 2019 VN có tổng cộng bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", "new", "",
      "Tính đến giữa năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?",
      "30 quốc gia", "R3", ax=True),
]

# c42 -- thành phần 2023 (R0) -> 2022 (R1)
C["c42"] = [
    T("Những ai tham dự hội nghị sơ kết công tác 6 tháng đầu năm 2023 của BNG?", "new", "",
      "Những ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn && đại diện các đơn vị", "R0"),
    T("TTg phát biểu gì ở hội nghị đó?", "pronoun", "premise",
      "Thủ tướng phát biểu gì tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, "R0", ax=True),
    T("bao nhiêu đại biểu?", "ellipsis", "telegraphic",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu đại biểu?",
      NR, "R0"),
    T("còn hội nghị tk năm 2022?", "substitution", "telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu?",
      "hơn 700 đại biểu", "R1", ax=True),
    T("ở điểm cầu Quảng Bình của hội nghị đó có ai dự?", "pronoun", "near-miss",
      "Tại điểm cầu Quảng Bình của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có những ai tham dự?",
      NIC, None, nm="Quảng Bình"),
]

# c43 -- tham mưu 2019 (R3)
C["c43"] = [
    T("Nửa đầu 2019 BNG đã giúp lãnh đạo cấp cao những gì về mặt chính sách?", "new", "paraphrase",
      "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước?",
      "đề xuất chính sách", "R3"),
    T("còn biên giớ lãnh thổ?", "substitution", "telegraphic,typo",
      "Trong 6 tháng đầu năm 2019, công tác bảo vệ biên giới lãnh thổ, chủ quyền biển đảo được thực hiện thế nào?",
      "kiên quyết, kiên trì", "R3"),
    T("còn tinh thần Hội nghị Ngoại giao 29?", "substitution", "near-miss",
      "Hội nghị Ngoại giao 29 đề ra tinh thần gì cho công tác đối ngoại?",
      NIC, None, ax=True, nm="29"),
]

# c44 -- nâng cấp quan hệ 2025 (R4) -> đa phương 2022 (R1)
C["c44"] = [
    T("Thủ tướng Phạm Minh Chín nói gì về nâng cấp quan hệ đối tác trong năm 2025?", "new", "typo",
      "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về quan hệ với các đối tác trong năm 2025?",
      "nâng cấp, nâng tầm quan hệ", "R4"),
    T("còn cam kết, thỏa thuận?", "substitution", "telegraphic",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao làm gì với các cam kết, thỏa thuận?",
      "tranh thủ hiệu quả", "R4", ax=True),
    T("còn ở diễn đàn đa phương?", "substitution", "telegraphic",
      "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao làm gì tại các diễn đàn, cơ chế đa phương?",
      "vị thế và uy tín", "R4", ax=True),
    T("Hội nghị tổng kết ngành ngoại giao năm 2022 đánh giá đối ngoại đa phương ra sao?", "new", "",
      "Tại hội nghị tổng kết ngành ngoại giao năm 2022, đối ngoại đa phương được đánh giá ra sao?",
      "đóng góp có trách nhiệm", "R1"),
]

# c45 -- quan hệ đối tác 2023 (R0) -> 2024 (R4)
C["c45"] = [
    T("Nửa đầu 2023 mối quan hệ với bạn bè quốc tế tiến triển ra sao?", "new", "paraphrase",
      "Theo Hội nghị sơ kết của Bộ Ngoại giao, quan hệ với các đối tác trong 6 tháng đầu năm 2023 phát triển thế nào?",
      "đi vào chiều sâu", "R0"),
    T("nhất là với những nước nào?", "ellipsis", "",
      "Trong 6 tháng đầu năm 2023, quan hệ với những đối tác nào được nhấn mạnh là có nhiều bước phát triển mới?",
      "các nước láng giềng", "R0", ax=True),
    T("trích nguyên văn", "request", "",
      "Trích nguyên văn câu đánh giá quan hệ với các đối tác trong 6 tháng đầu năm 2023.",
      "nhiều bước phát triển mới", "R0"),
    T("còn năm 2024?", "substitution", "telegraphic",
      "Năm 2024, cục diện đối ngoại của Việt Nam được đánh giá thế nào?",
      "cục diện đối ngoại rộng mở | tạo đồng thuận ngày càng cao", "R4", ax=True),
    T("Under whose leadership was that year's foreign affairs work carried out?", "pronoun", "english",
      "Năm 2024, công tác đối ngoại và ngoại giao được triển khai dưới sự lãnh đạo của ai?",
      "Bộ Chính trị, Ban Bí thư", "R4"),
]

# c46 -- Nguyễn Bích Ngọc, English (R1)
C["c46"] = [
    T("At which connection point did Nguyen Bich Ngoc join the 2022 diplomacy review?", "new", "english",
      "Bà Nguyễn Bích Ngọc dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu nào?",
      "Cao Bằng", "R1"),
    T("And who attended at the Ha Giang connection point?", "substitution", "english,near-miss",
      "Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Hà Giang?",
      NIC, None, nm="Hà Giang"),
    T("bà ấy là ủy viên gì?", "pronoun", "telegraphic",
      "Bà Nguyễn Bích Ngọc là ủy viên của cơ quan nào?",
      "Ban Thường vụ Tỉnh ủy", "R1", ax=True),
]

# c47 -- nguồn lực bên ngoài (R2)
C["c47"] = [
    T("PTT Trần Lưu Quang muốn BNG tận dụng hết mức những thứ gì?", "new", "paraphrase",
      "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tranh thủ tối đa những gì?",
      "các nguồn lực bên ngoài", "R2"),
    T("để làm gì?", "ellipsis", "telegraphic",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu tranh thủ tối đa các nguồn lực bên ngoài để làm gì?",
      "phát triển nhanh, bền vững", "R2", ax=True),
    T("ông ấy chủ trì buổi đó thay Thủ tướng vì Thủ tướng ốm à?", "pronoun", "premise",
      "Có phải Phó Thủ tướng Trần Lưu Quang chủ trì buổi làm việc với Bộ Ngoại giao thay Thủ tướng vì Thủ tướng bị ốm?",
      FP, "R2"),
    T("tóm tắt lại các định hướng ông ấy nêu", "request", "",
      "Tóm tắt lại các định hướng mà Phó Thủ tướng Trần Lưu Quang nêu cho Bộ Ngoại giao tại buổi làm việc.",
      "hội nhập quốc tế sâu rộng && chương trình đối ngoại cấp cao", "R2", ax=True),
]

# c48 -- Đại hội (R3) -> kỷ nguyên mới (R4)
C["c48"] = [
    T("Hội nghị sơ kết 2019 của BNG hướng tới đại hội nào của Đảng?", "new", "",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao hướng tới đại hội nào của Đảng?",
      "hướng tới Đại hội XIII", "R3"),
    T("thực hiện đường lối của đại hội nào?", "ellipsis", "",
      "Năm 2019, Bộ Ngoại giao góp phần thực hiện thắng lợi đường lối, chính sách đối ngoại của đại hội nào?",
      "Đại hội XII", "R3"),
    T("Theo Thủ tướng, năm 2025 công tác đối ngoại góp phần đưa đất nước hướng tới điều gì?", "new", "",
      "Năm 2025, công tác đối ngoại góp phần tạo đà cho đất nước hướng tới điều gì?",
      "kỷ nguyên vươn mình", "R4"),
    T("Chủ tịch nước Võ Văn Thưởng có dự hội nghị đó không?", "pronoun", "near-miss",
      "Chủ tịch nước Võ Văn Thưởng có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      NIC, None, nm="Võ Văn Thưởng"),
]


def build_rows():
    rows = []
    for cid in sorted(C):
        for t in C[cid]:
            q = strip_accents(t["q"]) if t["ax"] else t["q"]
            tags = [x for x in t["tags"].split(",") if x]
            if "english" not in tags and not has_diacritics(q):
                tags.append("accentless")
            if has_abbrev(q):
                tags.append("abbrev")
            order = ["accentless", "abbrev", "telegraphic", "typo", "english", "premise", "near-miss", "paraphrase"]
            tags = sorted(set(tags), key=order.index)
            rows.append(dict(conversation=cid, question=q, kind=t["kind"],
                             tags=",".join(tags) if tags else "-",
                             read_as=t["read_as"], facts=t["facts"], report=t["report"], nm=t["nm"]))
    return rows


def main():
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER:
            f.write(h + "\n")
        for r in rows:
            f.write("\t".join([r["conversation"], r["question"], r["kind"], r["tags"], r["read_as"], r["facts"]]) + "\n")
    print(f"wrote {len(rows)} turns in {len(C)} conversations to {OUT}")


if __name__ == "__main__":
    main()
