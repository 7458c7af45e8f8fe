#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 5) from turn data held in this script.

Written only from the five reports in ../given. Every turn is data below; run
    python3 tools/build_conversations.py
to (re)write ../conversations.tsv. The script also checks that every fact
alternative of an answerable turn occurs in the report(s) the turn is about.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
OUT = os.path.join(ROOT, "conversations.tsv")

# short keys for the five reports
SRC = {
    "S23": "000_47e75d3c86d27e21.txt",  # Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7)
    "T22": "001_8430b1541a21d71d.txt",  # Hội nghị tổng kết ngành ngoại giao năm 2022 (10/1)
    "PTT": "002_0e1cf19fdeddcf6d.txt",  # PTT Trần Lưu Quang làm việc với BNG (31-1)
    "S19": "003_60cdc4bfe3deff94.txt",  # Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7)
    "T24": "004_771f5d769968830d.txt",  # Hội nghị tổng kết ngành ngoại giao năm 2024 (6/1)
}

HEADER = [
    "# Blind conversation set 5 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"\s+", " ", s).strip()


def found(fact, text_norm):
    f = norm(fact)
    pat = r"(?<![0-9a-z])" + re.escape(f).replace(r"\ ", r"\s+") + r"(?![0-9a-z])"
    return re.search(pat, text_norm) is not None


def has_diacritics(s):
    return norm(s) != re.sub(r"\s+", " ", s.lower()).strip()


ABBREV_RE = re.compile(
    r"(?<![\w])(HN|hn|BNG|bng|NG|TTg|TTG|ttg|PTT|ptt|BT|HĐBA|HDBA|LHQ|VN|TBT|TW|BCH|XNK|UBND|nv|bn|MFA|PM)(?![\w])"
)

# ---------------------------------------------------------------------------
# turn data
# T(question, kind, read_as, facts, src, tags)
#   read_as None -> question itself (only for `new` turns typed with diacritics)
#   facts: 'a | b && c'  or  'refuse:<reason>'
#   src: report key(s) the answer comes from, e.g. "T22" or "S19,T24"; None for refusals
#   tags: manual tags (accentless and abbrev are added automatically)
# ---------------------------------------------------------------------------
CONVS = []


def conv(*turns):
    CONVS.append(list(turns))


def T(q, kind, read_as, facts, src=None, tags=""):
    return dict(q=q, kind=kind, read_as=read_as, facts=facts, src=src, tags=tags)


NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

# ----------------------------- c01 - c12 -----------------------------------
# c01 tổng kết 2022: chủ trì, khai mạc, Thủ tướng, số đại biểu -> 2024 (không nêu)
conv(
    T("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 do ai chủ trì?", "new", None,
      "Bùi Thanh Sơn", "T22"),
    T("ong ay khai mac noi gi", "pronoun",
      "Khai mạc Hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn đã nói gì?",
      "nhìn lại một năm && Hội nghị đối ngoại toàn quốc | lần thứ 31", "T22", "telegraphic"),
    T("thủ tướng có dự ko?", "ellipsis",
      "Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?",
      "Phạm Minh Chính", "T22"),
    T("bn đại biểu tham dự vậy", "ellipsis",
      "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "700", "T22", "abbrev"),
    T("con tong ket 2024 thi bao nhieu nguoi", "substitution",
      "Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      NR, None, "telegraphic"),
)

# c02 sơ kết 2019: ngày, ai chỉ đạo, các điểm lưu ý, trích, phản đối (sai tiền đề)
conv(
    T("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "new", None,
      "22/7 | 22/07/2019", "S19"),
    T("ai phat bieu chi dao?", "ellipsis",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "S19"),
    T("ông ấy lưu ý những điểm gì cho thời gian tới", "pronoun",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới?",
      "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa", "S19"),
    T("trich nguyen van y thu nhat", "request",
      "Trích nguyên văn điểm thứ nhất mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
      "sâu hơn nữa về tình hình && xử lý tình huống", "S19"),
    T("ông ấy có phản đối gì ko", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh có phản đối điều gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 không?",
      FP, None, "premise"),
)

# c03 sơ kết 2023: ngày, địa điểm (không nêu), kết luận, biểu dương -> mới: 2024
conv(
    T("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", None,
      "5/7", "S23"),
    T("hội nghị đó tổ chức ở đâu vậy", "pronoun",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?",
      NR),
    T("ai ket luan", "ellipsis",
      "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "S23", "telegraphic"),
    T("ông ấy biểu dương ai?", "pronoun",
      "Khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?",
      "nỗ lực không mệt mỏi && người lao động", "S23"),
    T("Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ bao trùm gì ở hội nghị tổng kết ngoại giao năm 2024?", "new", None,
      "vai trò tiên phong && kỷ nguyên vươn mình", "T24"),
)

# c04 tổng kết 2024: ngày, hình thức, điểm cầu Quảng Trị -> Cao Bằng 2022
conv(
    T("Bộ Ngoại giao tổng kết công tác năm 2024 vào hôm nào?", "new", None,
      "6/1", "T24", "paraphrase"),
    T("hop truc tiep hay online", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tiếp hay trực tuyến?",
      "trực tuyến", "T24", "telegraphic"),
    T("ai dự ở điểm cầu Quảng Trị?", "ellipsis",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "T24"),
    T("ông đó chức vụ gì", "pronoun",
      "Ông Hoàng Nam, người dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh", "T24"),
    T("con diem cau Cao Bang o hn tong ket 2022", "substitution",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng và giữ chức vụ gì?",
      "Nguyễn Bích Ngọc", "T22"),
)

# c05 buổi làm việc của PTT Trần Lưu Quang
conv(
    T("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", None,
      "31-1", "PTT"),
    T("o dau", "ellipsis",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?",
      "Trụ sở", "PTT", "telegraphic"),
    T("ai bao cao ket qua voi PTT", "ellipsis",
      "Tại buổi làm việc ngày 31-1, ai đã báo cáo kết quả với Phó Thủ tướng Trần Lưu Quang?",
      "Bùi Thanh Sơn", "PTT"),
    T("ông ấy báo cáo kết quả năm nào?", "pronoun",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm nào?",
      "2022", "PTT"),
    T("PTT coi đâu là nhiệm vụ trung tâm", "ellipsis",
      "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định đâu là nhiệm vụ trung tâm?",
      "phục vụ phát triển đất nước", "PTT"),
    T("nói rõ hơn được ko, còn nv trọng yếu với quan trọng?", "request",
      "Nói rõ hơn: theo Phó Thủ tướng Trần Lưu Quang, đâu là nhiệm vụ trọng yếu, thường xuyên và đâu là nhiệm vụ quan trọng?",
      "giữ vững hòa bình && vị thế và uy tín", "PTT"),
)

# c06 HĐBA LHQ 2019
conv(
    T("VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", "S19"),
    T("nhiem ky nao", "ellipsis",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?",
      "2020-2021", "S19", "telegraphic"),
    T("thong tin nay lay tu bao cao nao", "request",
      "Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021 lấy từ báo cáo nào?",
      "sơ kết && 2019", "S19"),
    T("hội nghị đó còn nhắc VN tổ chức thành công sự kiện gì", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nhắc Việt Nam đã tổ chức thành công sự kiện quốc tế nào?",
      "thượng đỉnh Mỹ", "S19"),
    T("which trade deals were mentioned?", "ellipsis",
      "Những hiệp định thương mại nào được nhắc đến trong báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "CPTPP && EVFTA", "S19", "english"),
)

# c07 Thủ tướng ở tổng kết 2022 -> 2024 -> PTT Phạm Bình Minh 2019
conv(
    T("Tại hội nghị tổng kết ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu thực hiện mấy nhiệm vụ trọng tâm?", "new", None,
      "6 nhiệm vụ", "T22"),
    T("trích nguyên văn đoạn ổng nói về cây tre", "request",
      "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về bản sắc cây tre Việt Nam tại hội nghị tổng kết ngành ngoại giao năm 2022.",
      "cây tre Việt Nam && gốc vững", "T22"),
    T("gốc vững là gì", "ellipsis",
      "Theo Thủ tướng Phạm Minh Chính tại hội nghị tổng kết ngành ngoại giao năm 2022, \"gốc vững\" là gì?",
      "kiên định độc lập && đa dạng hóa", "T22"),
    T("thế năm 2024 ổng nhấn mạnh gì", "substitution",
      "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh điều gì?",
      "nhiệm vụ bao trùm | kỷ nguyên vươn mình", "T24"),
    T("con PTT Pham Binh Minh nam 2019", "substitution",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhấn mạnh điều gì?",
      "phức tạp hơn | nhạy cảm trong tham mưu", "S19"),
)

# c08 tổng kết 2021 (không có) -> 2022
conv(
    T("Hội nghị tổng kết công tác ngoại giao năm 2021 có bao nhiêu đại biểu tham dự?", "new", None,
      NIC, None, "near-miss"),
    T("vậy năm 2022 thì sao", "substitution",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?",
      "700", "T22"),
    T("ai chủ trì hội nghị đó", "pronoun",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "T22"),
    T("hn ket noi bao nhieu diem cau", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?",
      "63", "T22"),
    T("nguồn nào vậy", "request",
      "Thông tin hội nghị tổng kết năm 2022 kết nối với điểm cầu 63 tỉnh, thành phố lấy từ nguồn nào?",
      "ngành Ngoại giao năm 2022 | Vi Trường", "T22"),
)

# c09 tổng kết 2024: nhiệm vụ 2025, kết luận, Nghị quyết 18, tinh gọn bộ máy
conv(
    T("Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?", "new", None,
      "dự báo đúng tình hình && thế chủ động chiến lược", "T24"),
    T("tom tat lai ngan gon thoi", "request",
      "Tóm tắt ngắn gọn mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định.",
      "dự báo đúng tình hình | thế chủ động chiến lược", "T24"),
    T("TTg kết luận nhiệm vụ bao trùm là gì", "ellipsis",
      "Khi kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng nêu nhiệm vụ bao trùm là gì?",
      "vai trò tiên phong && kỷ nguyên vươn mình", "T24"),
    T("ổng có nhắc nghị quyết nào ko", "pronoun",
      "Khi kết luận hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính có nhắc đến nghị quyết nào không?",
      "Nghị quyết 18", "T24"),
    T("tinh gon bo may sau khi tiep nhan chuc nang cua co quan nao", "ellipsis",
      "Theo kết luận hội nghị tổng kết năm 2024, Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "T24"),
)

# c10 sơ kết 2023 phương châm -> mới: đối tác 2019 -> 2023 (không nêu)
conv(
    T("Sơ kết 6 tháng đầu năm 2023, hội nghị đánh giá công tác đối ngoại được triển khai theo phương châm gì?", "new", None,
      "thích ứng && sáng tạo", "S23"),
    T("đối ngoại được ví như gì", "ellipsis",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
      "điểm sáng", "S23", "paraphrase"),
    T("Tính đến giữa năm 2019 Việt Nam có tổng cộng bao nhiêu đối tác chiến lược và đối tác toàn diện?", "new", None,
      "30", "S19"),
    T("mới thiết lập đối tác toàn diện với những nước nào", "ellipsis",
      "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei && Hà Lan", "S19"),
    T("còn 6 tháng đầu 2023 thì thiết lập với nước nào", "substitution",
      "Trong 6 tháng đầu năm 2023, Việt Nam thiết lập quan hệ đối tác toàn diện với những nước nào?",
      NR),
)

# c11 tiếng Anh
conv(
    T("Who chaired the MFA's 2022 year-end review conference?", "new",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "T22", "english"),
    T("how many provinces was it linkd to", "ellipsis",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?",
      "63", "T22", "english,typo"),
    T("and the 2024 one?", "substitution",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu tỉnh, thành phố?",
      NR, None, "english"),
    T("who joined from Quang Tri", "ellipsis",
      "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?",
      "Hoàng Nam", "T24", "english"),
)

# c12 PTT Trần Lưu Quang: thành phần, đánh giá, phê bình (sai tiền đề), Tổng Bí thư
conv(
    T("Buổi làm việc của PTT Trần Lưu Quang với BNG có những ai tham dự?", "new",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
      "Bùi Thanh Sơn && Văn phòng Chính phủ", "PTT"),
    T("anh ấy đánh giá ngành ngoại giao thế nào", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang đánh giá công tác đối ngoại và ngành ngoại giao thế nào?",
      "thành tựu to lớn", "PTT"),
    T("co phe binh gi khong", "ellipsis",
      "Phó Thủ tướng Trần Lưu Quang có phê bình Bộ Ngoại giao điều gì không?",
      FP, None, "premise,telegraphic"),
    T("ông ấy nhắc đến chỉ đạo của ai", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?",
      "Nguyễn Phú Trọng", "PTT"),
    T("tại hội nghị nào, năm nào", "ellipsis",
      "Chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng mà Phó Thủ tướng Trần Lưu Quang nhắc đến được đưa ra tại hội nghị nào, năm nào?",
      "Hội nghị đối ngoại toàn quốc && 2021", "PTT", "telegraphic"),
    T("ho hop o dau", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang và lãnh đạo Bộ Ngoại giao làm việc ở đâu?",
      "Trụ sở", "PTT", "telegraphic"),
)
# ----------------------------- c13 - c25 -----------------------------------
# c13 xây dựng ngành 2019 -> 2023, khen thưởng -> mới: "vừa hồng, vừa chuyên"
conv(
    T("Về xây dựng ngành, PTT Phạm Bình Minh chỉ đạo gì ở hội nghị sơ kết 6 tháng đầu năm 2019?", "new",
      "Về xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì ở hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng && bảo vệ chính trị nội bộ", "S19"),
    T("còn BT Sơn ở sơ kết 2023?", "substitution",
      "Về xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì ở hội nghị sơ kết 6 tháng đầu năm 2023?",
      "chế độ chính sách | thi đua khen thưởng", "S23"),
    T("hn do co trao khen thuong ko", "pronoun",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?",
      "trao tặng | danh hiệu", "S23"),
    T("bao nhiêu tập thể, cá nhân được khen?", "ellipsis",
      "Có bao nhiêu tập thể, cá nhân được khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      NR),
    T("Cụm từ \"vừa hồng, vừa chuyên\" xuất hiện trong những báo cáo nào?", "new", None,
      "2019 && 2024", "S19,T24"),
)

# c14 hoãn (sai tiền đề) -> 2024 -> 2022
conv(
    T("Vì sao hội nghị tổng kết ngành ngoại giao năm 2024 bị hoãn?", "new", None,
      FP, None, "premise"),
    T("vậy hội nghị đó diễn ra ngày nào", "pronoun",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?",
      "6/1", "T24"),
    T("ai du va chi daoo", "ellipsis",
      "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "T24", "telegraphic,typo"),
    T("con 2022 thi ai chu tri", "substitution",
      "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "T22"),
)

# c15 Cao Bằng 2022 -> mới: kim ngạch XNK -> 2024 (không nêu)
conv(
    T("Ở điểm cầu Cao Bằng, ai dự hội nghị tổng kết ngoại giao năm 2022?", "new", None,
      "Nguyễn Bích Ngọc", "T22"),
    T("người này giữ chức gì", "pronoun",
      "Đồng chí Nguyễn Bích Ngọc, người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh && Ban Thường vụ Tỉnh ủy", "T22"),
    T("co nhung huyen nao", "ellipsis",
      "Những huyện nào của Cao Bằng dự hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Quảng Hòa && Hạ Lang", "T22", "telegraphic"),
    T("điểm cầu đó có bao nhiêu người dự", "pronoun",
      "Có bao nhiêu người dự hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      NR),
    T("Kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", "new", None,
      "700 tỷ USD", "T22"),
    T("con nam 2024", "substitution",
      "Kim ngạch xuất nhập khẩu năm 2024 vượt mốc bao nhiêu?",
      NR, None, "telegraphic"),
)

# c16 sơ kết 2023: Bộ trưởng đề nghị, thông tin đối ngoại, bảo hộ công dân, NVNONN
conv(
    T("Ở sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị làm tốt hơn công tác gì?", "new", None,
      "nghiên cứu && dự báo && tham mưu", "S23"),
    T("ông ấy đề nghị gì về thông tin đối ngoại", "pronoun",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?",
      "phương thức truyền thông mới", "S23"),
    T("ve bao ho cong dan thi sao", "substitution",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác bảo hộ công dân?",
      "triển khai hiệu quả", "S23"),
    T("hội nghị này đánh giá công tác người VN ở nước ngoài ra sao", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài như thế nào?",
      "cầu nối", "S23"),
    T("có đại biểu nào phản đối đánh giá đó không", "ellipsis",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, có đại biểu nào phản đối đánh giá về công tác người Việt Nam ở nước ngoài không?",
      FP, None, "premise"),
)

# c17 tinh thần HN Ngoại giao 30 -> tổng kết 2018 (không có) -> mới: HN Ngoại giao 31
conv(
    T("Theo báo cáo sơ kết 2019, công tác đối ngoại nửa đầu năm được triển khai theo tinh thần của những hội nghị nào?", "new", None,
      "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018", "S19"),
    T("thế hội nghị tổng kết năm 2018 đó do ai chủ trì", "pronoun",
      "Ai chủ trì Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao?",
      NR),
    T("Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo nào?", "new", None,
      "tổng kết && 2022", "T22"),
    T("ai nhắc tới nó", "pronoun",
      "Ai nhắc tới Hội nghị Ngoại giao lần thứ 31 tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "Bùi Thanh Sơn", "T22", "telegraphic"),
    T("ông ấy nói lúc khai mạc hay kết luận", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn nhắc tới Hội nghị Ngoại giao lần thứ 31 khi khai mạc hay khi kết luận hội nghị tổng kết năm 2022?",
      "khai mạc", "T22"),
)

# c18 ngoại giao kinh tế 2024 -> 2022 -> so sánh
conv(
    T("Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ ở những lĩnh vực nào?", "new", None,
      "chíp bán dẫn && trí tuệ nhân tạo", "T24"),
    T("duoi su chi dao cuar ai", "ellipsis",
      "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?",
      "Thủ tướng Chính phủ", "T24", "typo"),
    T("đóng góp được gì", "ellipsis",
      "Năm 2024, ngoại giao kinh tế và kinh tế đối ngoại đóng góp được gì?",
      "nhóm nước tăng trưởng cao | điểm sáng về thương mại", "T24", "telegraphic"),
    T("còn năm 2022 ngoại giao kinh tế đạt gì", "substitution",
      "Năm 2022, ngoại giao kinh tế đạt được kết quả gì?",
      "700 tỷ USD", "T22"),
    T("so sanh 2 nam giup minh", "request",
      "So sánh kết quả ngoại giao kinh tế năm 2022 và năm 2024.",
      "700 tỷ USD && chíp bán dẫn | trí tuệ nhân tạo | nhóm nước tăng trưởng cao", "T22,T24"),
)

# c19 sơ kết 2021 (không có) -> 2019 -> Chỉ thị 25 -> 2020 (không có)
conv(
    T("BNG tổ chức sơ kết 6 tháng đầu năm 2021 ngày nào?", "new",
      "Bộ Ngoại giao tổ chức sơ kết 6 tháng đầu năm 2021 ngày nào?",
      NIC, None, "near-miss"),
    T("thế còn 2019", "substitution",
      "Bộ Ngoại giao tổ chức hội nghị sơ kết 6 tháng đầu năm 2019 ngày nào?",
      "22/7 | 22/07/2019", "S19"),
    T("hội nghị đó có nhắc chỉ thị nào ko", "pronoun",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc đến chỉ thị nào không?",
      "Chỉ thị 25", "S19"),
    T("chi thi do ve gi", "pronoun",
      "Chỉ thị 25 được nhắc đến trong báo cáo sơ kết 6 tháng đầu năm 2019 là về vấn đề gì?",
      "nâng tầm đối ngoại đa phương", "S19"),
    T("còn năm 2020?", "substitution",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao có nhắc đến chỉ thị nào không?",
      NIC, None, "near-miss"),
)

# c20 PTT Trần Lưu Quang giao nhiệm vụ
conv(
    T("PTT Trần Lưu Quang giao BNG tập trung làm những việc gì?", "new",
      "Phó Thủ tướng Trần Lưu Quang giao Bộ Ngoại giao tập trung làm những việc gì?",
      "chương trình đối ngoại cấp cao && biên giới", "PTT"),
    T("trich nguyen van doan ve bien gioi", "request",
      "Trích nguyên văn đoạn Phó Thủ tướng Trần Lưu Quang nói về biên giới.",
      "hữu nghị và phát triển", "PTT"),
    T("ông ấy nhận định tình hình thế giới ra sao", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?",
      "biến động sâu sắc", "PTT"),
    T("thế còn BT Sơn nói gì ở buổi đó", "substitution",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì?",
      "tư duy và hành động", "PTT"),
    T("trọng tâm là gì", "ellipsis",
      "Theo Bộ trưởng Bùi Thanh Sơn tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, trọng tâm của việc đổi mới tư duy và hành động là gì?",
      "cả nhiệm vụ đối ngoại", "PTT", "telegraphic"),
)

# c21 chức vụ -> PTT Trần Lưu Quang -> mới: tác giả bài 2024
conv(
    T("Phạm Bình Minh giữ những chức vụ gì khi dự hội nghị sơ kết 2019?", "new", None,
      "Phó Thủ tướng && Bộ trưởng Ngoại giao", "S19"),
    T("thế còn Trần Lưu Quang", "substitution",
      "Ông Trần Lưu Quang giữ chức vụ gì khi làm việc với Bộ Ngoại giao?",
      "Phó Thủ tướng", "PTT"),
    T("ông này làm việc với BNG về việc gì", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?",
      "đối ngoại trong năm 2023", "PTT"),
    T("Ai là tác giả bài viết về hội nghị tổng kết ngoại giao năm 2024?", "new", None,
      "Hoài Nhung", "T24"),
    T("bài đó đăng trên báo nào", "pronoun",
      "Bài viết về hội nghị tổng kết ngoại giao năm 2024 của tác giả Hoài Nhung đăng trên báo nào?",
      "Quảng Trị", "T24"),
)

# c22 sơ kết 2023: ngoại giao kinh tế, đa phương, thành phần, số người (không nêu), nguồn tin
conv(
    T("Sơ kết giữa năm 2023 đánh giá ngoại giao kinh tế ra sao?", "new", None,
      "trọng điểm && kinh tế vĩ mô", "S23", "paraphrase"),
    T("con ngoai giao da phuong", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương ra sao?",
      "song phương", "S23", "telegraphic"),
    T("ai dự hn này", "pronoun",
      "Ai dự hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn && đại diện các đơn vị", "S23"),
    T("co bao nhieu nguoi", "ellipsis",
      "Có bao nhiêu người dự hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      NR, None, "telegraphic"),
    T("tin về hôi nghị này của hãng nào", "pronoun",
      "Tin về hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao là của hãng thông tấn nào?",
      "TTXVN", "S23", "typo"),
)

# c23 phát biểu của Thủ tướng 2022
conv(
    T("Tại tổng kết năm 2022, Thủ tướng nói ngoại giao cần bảo vệ Tổ quốc như thế nào?", "new", None,
      "từ sớm && từ xa && từ khi nước chưa nguy", "T22"),
    T("trích nguyên văn câu dĩ bất biến", "request",
      "Trích nguyên văn câu \"dĩ bất biến, ứng vạn biến\" trong phát biểu của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022.",
      "ứng vạn biến", "T22"),
    T("ổng còn nói chuyển từ muốn là bạn sang gì", "pronoun",
      "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói chuyển từ chủ trương \"muốn là bạn\" sang gì?",
      "sẵn sàng là bạn", "T22"),
    T("về hợp tác và đấu tranh thì sao", "substitution",
      "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?",
      "đối tượng", "T22"),
    T("Thủ tướng có chê ngành ngoại giao điểm nào ko", "ellipsis",
      "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính có chê ngành ngoại giao điểm nào không?",
      FP, None, "premise"),
)

# c24 kết quả 2019 -> tóm tắt -> báo nào -> 2023
conv(
    T("6 tháng đầu năm 2019 BNG đạt kết quả nổi bật gì về đối ngoại?", "new",
      "6 tháng đầu năm 2019 Bộ Ngoại giao đạt kết quả nổi bật gì về đối ngoại?",
      "Brunei | CPTPP | EVFTA && 192/193 | thượng đỉnh Mỹ", "S19"),
    T("tom tat 3 y thoi", "request",
      "Tóm tắt trong 3 ý những kết quả nổi bật về đối ngoại trong 6 tháng đầu năm 2019.",
      "CPTPP | EVFTA | 192/193 | Brunei", "S19", "telegraphic"),
    T("bài này đăng trên báo nào", "pronoun",
      "Bài viết về hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đăng trên báo nào?",
      "CLO", "S19"),
    T("thế còn sơ kết 2023 thì quan hệ với các đối tác có gì mới", "substitution",
      "Theo hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác có kết quả gì mới?",
      "bước phát triển mới | chiều sâu", "S23"),
)

# c25 người không có trong báo cáo -> Bộ trưởng Sơn -> chuyển đổi số
conv(
    T("Thứ trưởng Đặng Hoàng Giang phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", None,
      NIC, None, "near-miss"),
    T("vậy ai phát biểu kết luận hội nghị đó", "pronoun",
      "Ai phát biểu kết luận hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "S23"),
    T("ông ấy đề nghị gì về chuyển đổi số", "pronoun",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về chuyển đổi số?",
      "đẩy mạnh chuyển đổi số", "S23"),
    T("con o buoi lam viec voi PTT Tran Luu Quang thi sao", "substitution",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về chuyển đổi số?",
      "ứng dụng chuyển đổi số", "PTT"),
)
# ----------------------------- c26 - c38 -----------------------------------
# c26 đội ngũ cán bộ 2024 -> 2019 -> 2018 (không có)
conv(
    T("Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "new", None,
      "vừa hồng && tinh thông về nghiệp vụ", "T24"),
    T("nói rõ hơn", "request",
      "Nói rõ hơn yêu cầu của Thủ tướng tại hội nghị tổng kết năm 2024 về đội ngũ cán bộ ngoại giao.",
      "tuyệt đối trung thành && khôn khéo về ứng xử", "T24", "telegraphic"),
    T("2019 thi sao", "substitution",
      "Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019 nêu mục tiêu xây dựng đội ngũ cán bộ như thế nào?",
      "tinh nhuệ && năng động", "S19", "telegraphic"),
    T("nam 2018 nua", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2018 của Bộ Ngoại giao nêu mục tiêu xây dựng đội ngũ cán bộ như thế nào?",
      NIC, None, "near-miss,telegraphic"),
)

# c27 tổng kết 2024 kết luận -> mới: ngày 22/7/2019 -> typo
conv(
    T("hn tong ket ngoai giao 2024 ai ket luan", "new",
      "Hội nghị tổng kết ngoại giao 2024 ai kết luận?",
      "Phạm Minh Chính", "T24", "telegraphic"),
    T("ổng nói đất nước cần tăng tốc để bước vào kỷ nguyên gì", "pronoun",
      "Khi kết luận hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói đất nước tăng tốc, bứt phá để vững bước vào kỷ nguyên gì?",
      "kỷ nguyên vươn mình", "T24"),
    T("cần huy động nguồn lực nào", "ellipsis",
      "Theo kết luận của Thủ tướng tại hội nghị tổng kết năm 2024, công tác đối ngoại cần huy động những nguồn lực nào?",
      "nguồn lực bên ngoài | nguồn lực có tính đột phá", "T24"),
    T("Ngày 22/7/2019 Bộ Ngoại giao tổ chức hội nghị gì?", "new", None,
      "sơ kết && 06 tháng đầu năm | 6 tháng đầu năm", "S19"),
    T("ai phat bieu chi dao hoi nghj do", "pronoun",
      "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?",
      "Phạm Bình Minh", "S19", "typo"),
)

# c28 PTT Trần Lưu Quang: buổi, tham mưu, thời lượng (không nêu), ảnh
conv(
    T("PTT Trần Lưu Quang làm việc với BNG buổi sáng hay chiều?", "new",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao buổi sáng hay chiều?",
      "chiều", "PTT"),
    T("ông ấy nói BNG cần tham mưu cho Đảng và nhà nước những gì", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tham mưu cho Đảng và Nhà nước những gì?",
      "bước đi đối ngoại", "PTT"),
    T("để làm gì", "ellipsis",
      "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu các chủ trương, chính sách, bước đi đối ngoại để làm gì?",
      "tranh thủ tối đa cơ hội", "PTT", "telegraphic"),
    T("buổi làm việc đó kéo dài bao lâu", "pronoun",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?",
      NR),
    T("ảnh trong bài này lấy từ nguồn nào", "pronoun",
      "Ảnh trong bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?",
      "VGP", "PTT"),
)

# c29 so sánh tình hình quốc tế 2019 và 2023
conv(
    T("So sánh nhận định về tình hình quốc tế tại hội nghị sơ kết 2019 và hội nghị sơ kết 2023.", "new", None,
      "phức tạp hơn && diễn biến nhanh", "S19,S23"),
    T("năm 2019 đối ngoại giữ cân bằng với ai", "ellipsis",
      "Theo Phó Thủ tướng Phạm Bình Minh tại hội nghị sơ kết 2019, công tác đối ngoại giữ được cân bằng linh hoạt trong quan hệ với ai?",
      "các nước lớn", "S19"),
    T("trich nguyen van cau do", "request",
      "Trích nguyên văn câu nói về việc giữ cân bằng trong quan hệ với các nước lớn tại hội nghị sơ kết 2019.",
      "cân bằng linh hoạt", "S19"),
    T("năm 2023 thì hội nghị bảo đối ngoại là gì trong thành tựu chung", "ellipsis",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong những thành tựu chung của cả nước?",
      "điểm sáng", "S23"),
)

# c30 ngày, buổi của 3 sự kiện (gõ không dấu)
conv(
    T("hoi nghi tong ket nganh ngoai giao nam 2022 to chuc ngay nao", "new",
      "Hội nghị tổng kết ngành ngoại giao năm 2022 tổ chức ngày nào?",
      "10/1", "T22"),
    T("buoi sang hay chieu", "ellipsis",
      "Hội nghị tổng kết ngành ngoại giao năm 2022 tổ chức vào buổi sáng hay buổi chiều?",
      "sáng", "T22", "telegraphic"),
    T("con hn tong ket 2024", "substitution",
      "Hội nghị tổng kết ngành ngoại giao năm 2024 tổ chức ngày nào, buổi sáng hay buổi chiều?",
      "6/1 && sáng", "T24", "telegraphic"),
    T("con buoi lam viec cua PTT Tran Luu Quang", "substitution",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ngày nào, buổi sáng hay buổi chiều?",
      "31-1 && chiều", "PTT"),
    T("thu trg cac don vi co du ko", "ellipsis",
      "Thủ trưởng các đơn vị của Bộ Ngoại giao có dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang không?",
      "thủ trưởng các đơn vị", "PTT", "typo"),
)

# c31 Cao Bằng: sở ngành, huyện, hội trường (không nêu), 63 tỉnh
conv(
    T("Những sở, ngành nào của Cao Bằng dự hội nghị tổng kết ngoại giao 2022?", "new", None,
      "Bộ đội Biên phòng | Ban Quản lý Khu kinh tế && Công an tỉnh", "T22"),
    T("UBND huyện Bảo Lâm có dự ko", "ellipsis",
      "UBND huyện Bảo Lâm có dự hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng không?",
      "Bảo Lâm", "T22"),
    T("điểm cầu đó đặt ở hội trường nào", "pronoun",
      "Điểm cầu Cao Bằng của hội nghị tổng kết ngoại giao năm 2022 đặt ở hội trường nào?",
      NR),
    T("cả hội nghị đó kết nối bao nhiêu tỉnh thành", "pronoun",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?",
      "63", "T22"),
)

# c32 tiếng Anh: Phạm Bình Minh 2019
conv(
    T("What did Deputy PM Pham Binh Minh stress at the 2019 mid-year review?", "new",
      "Phó Thủ tướng Phạm Bình Minh nhấn mạnh điều gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
      "nhạy cảm trong tham mưu", "S19", "english"),
    T("what about building the ministry's staff?", "substitution",
      "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
      "tuyển dụng && kỷ cương", "S19", "english"),
    T("which Party Congress were they working toward", "ellipsis",
      "Báo cáo sơ kết 6 tháng đầu năm 2019 nói Bộ Ngoại giao hướng tới Đại hội nào của Đảng?",
      "Đại hội XIII", "S19", "english"),
    T("did he oppose the EVFTA?", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh có phản đối Hiệp định EVFTA không?",
      FP, None, "english,premise"),
    T("btw when was the 2024 year-end review held?", "new",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?",
      "6/1", "T24", "english"),
)

# c33 sơ kết 2023: thành phần, tình hình, yêu cầu -> "thế còn Thủ tướng?" (không dự)
conv(
    T("Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "new", None,
      "Bùi Thanh Sơn && đại diện các đơn vị", "S23"),
    T("hn do danh gia tinh hinh the gioi ra sao", "pronoun",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực ra sao?",
      "diễn biến nhanh && tác động sâu sắc", "S23"),
    T("BT Sơn yêu cầu gì ở hội nghị này", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn yêu cầu gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "tham mưu && chuyển đổi số | Đại hội XIII", "S23"),
    T("thế còn Thủ tướng?", "substitution",
      "Thủ tướng yêu cầu gì tại hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      FP, None, "premise"),
)

# c34 Bộ trưởng Sơn 2022 -> buổi làm việc PTT -> mới: Nghị quyết 18
conv(
    T("Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 thế nào tại hội nghị tổng kết?", "new", None,
      "cục diện đối ngoại && phân định", "T22"),
    T("ông ấy nói sự có mặt của Thủ tướng có ý nghĩa gì", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022 có ý nghĩa gì?",
      "minh chứng | nguồn cổ vũ", "T22", "paraphrase"),
    T("ngành đang bước sang giai đoạn nào", "ellipsis",
      "Theo Bộ trưởng Bùi Thanh Sơn tại hội nghị tổng kết năm 2022, ngành Ngoại giao đang bước sang giai đoạn nào?",
      "giai đoạn phát triển mới", "T22"),
    T("còn ở buổi làm việc với PTT thì BT Sơn báo cáo gì", "substitution",
      "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo gì?",
      "đổi mới tư duy && 2022", "PTT"),
    T("Nghị quyết 18 được nhắc trong báo cáo nào?", "new", None,
      "tổng kết && 2024", "T24"),
)

# c35 HN Ngoại giao 32 (không có) -> 31 (không nêu ngày) -> mới
conv(
    T("Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", "new", None,
      NIC, None, "near-miss"),
    T("còn lần thứ 31", "substitution",
      "Hội nghị Ngoại giao lần thứ 31 diễn ra khi nào?",
      NR, None, "telegraphic"),
    T("Hội nghị tổng kết năm 2022 nhìn lại việc thực hiện chỉ đạo tại những hội nghị nào?", "new", None,
      "Hội nghị đối ngoại toàn quốc && lần thứ 31", "T22"),
    T("chỉ đạo của ai ở hội nghị đối ngoại toàn quốc", "ellipsis",
      "Hội nghị tổng kết năm 2022 nhìn lại việc thực hiện kết luận, chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc?",
      "Nguyễn Phú Trọng", "T22"),
)

# c36 bài báo 2019
conv(
    T("Bài \"Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống\" đăng ngày nào?", "new", None,
      "22/07/2019", "S19"),
    T("viết về hội nghị gì", "ellipsis",
      "Bài \"Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống\" viết về hội nghị gì?",
      "sơ kết && 2019", "S19", "telegraphic"),
    T("ai nói câu nhạy cảm trong tham mưu", "request",
      "Ai là người chỉ đạo Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống?",
      "Phạm Bình Minh", "S19"),
    T("ông ấy bảo công tác đối ngoại bám sát chương trình gì", "pronoun",
      "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 đã bám sát chương trình gì?",
      "Lãnh đạo cấp cao", "S19"),
)

# c37 Thủ tướng dự 2022 -> mới: sơ kết 2023 -> Đại hội
conv(
    T("Hội nghị tổng kết ngành ngoại giao 2022 có sự tham dự của Thủ tướng không?", "new", None,
      "Phạm Minh Chính", "T22"),
    T("Ở hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Sơn đề nghị đưa quan hệ với các nước láng giềng, nước lớn vào trạng thái nào?", "new", None,
      "bền vững", "S23"),
    T("ông ấy nhắc đường lối của đại hội nào", "pronoun",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
      "Đại hội XIII", "S23"),
    T("thế còn PTT Phạm Bình Minh năm 2019", "substitution",
      "Theo báo cáo sơ kết 6 tháng đầu năm 2019 (phát biểu của Phó Thủ tướng Phạm Bình Minh), Bộ Ngoại giao quyết tâm thực hiện đường lối, nhiệm vụ đối ngoại của Đại hội nào?",
      "Đại hội XII", "S19"),
)

# c38 tổng kết 2024: hình thức, điểm cầu chính (không nêu), kết luận, tóm tắt
conv(
    T("Hội nghị tổng kết công tác ngoại giao 2024 tổ chức theo hình thức nào?", "new", None,
      "trực tuyến", "T24"),
    T("điểm cầu chính ở đâu", "ellipsis",
      "Điểm cầu chính của hội nghị tổng kết công tác ngành ngoại giao năm 2024 đặt ở đâu?",
      NR),
    T("ai phat bieu ket lun", "ellipsis",
      "Ai phát biểu kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Phạm Minh Chính", "T24", "typo"),
    T("tóm tắt phần kết luận đó", "request",
      "Tóm tắt phần kết luận của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2024.",
      "nhiệm vụ bao trùm && Nghị quyết 18 | tinh gọn tổ chức bộ máy", "T24"),
)
# ----------------------------- c39 - c52 -----------------------------------
# c39 Bộ trưởng 2019 -> 2023 -> khen thưởng -> mới: Tô Lâm (không có)
conv(
    T("BT BNG nam 2019 la ai", "new",
      "Bộ trưởng Bộ Ngoại giao năm 2019 là ai?",
      "Phạm Bình Minh", "S19", "telegraphic"),
    T("con 2023", "substitution",
      "Ai là Bộ trưởng Ngoại giao tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "Bùi Thanh Sơn", "S23", "telegraphic"),
    T("ông ấy trao tặng gì ở HN sơ kết năm đó", "pronoun",
      "Bộ trưởng Bùi Thanh Sơn trao tặng gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
      "danh hiệu && khen thưởng", "S23"),
    T("cho những ai", "ellipsis",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao tặng danh hiệu, khen thưởng cho những ai?",
      "thành tích xuất sắc", "S23", "telegraphic"),
    T("Tổng Bí thư Tô Lâm có dự hội nghị tổng kết ngoại giao năm 2024 không?", "new", None,
      NIC, None, "near-miss"),
)

# c40 buổi làm việc: Bộ trưởng Sơn nói về phục vụ, lề lối, kỷ cương, tác giả
conv(
    T("Trong buổi làm việc với PTT Trần Lưu Quang, BT Bùi Thanh Sơn nói về tinh thần phục vụ thế nào?", "new",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói về tinh thần phục vụ thế nào?",
      "phụng sự Đảng", "PTT"),
    T("ông ấy nói về phong cách làm việc ra sao", "pronoun",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về phong cách làm việc?",
      "lề lối làm việc", "PTT"),
    T("con ky cuong", "substitution",
      "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về kỷ cương?",
      "kỷ cương hành chính", "PTT", "telegraphic"),
    T("ai viết bài này", "pronoun",
      "Ai viết bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "B.T.V | VGP", "PTT"),
    T("hoi nghi so ket 2019 co nhac den hiep dinh bao ho dau tu ko", "new",
      "Hội nghị sơ kết 2019 có nhắc đến Hiệp định bảo hộ đầu tư không?",
      "bảo hộ đầu tư", "S19"),
)

# c41 Thủ tướng vắng mặt (sai tiền đề) -> phát biểu -> cây tre -> mới: 2019
conv(
    T("Tại sao Thủ tướng Phạm Minh Chính vắng mặt ở hội nghị tổng kết ngoại giao năm 2022?", "new", None,
      FP, None, "premise"),
    T("vậy ổng phát biểu gì ở đó", "pronoun",
      "Thủ tướng Phạm Minh Chính phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?",
      "6 nhiệm vụ | cây tre Việt Nam | từ sớm", "T22"),
    T("nói rõ về bản sắc cây tre", "request",
      "Nói rõ hơn về bản sắc \"cây tre Việt Nam\" mà Thủ tướng Phạm Minh Chính nêu tại hội nghị tổng kết năm 2022.",
      "gốc vững && ứng vạn biến", "T22"),
    T("Hội nghị sơ kết 2019 đánh giá thế nào về khả năng đóng góp của Việt Nam vào giải quyết các vấn đề quốc tế?", "new", None,
      "thượng đỉnh Mỹ | 192/193 | tín nhiệm", "S19"),
)

# c42 lãnh đạo tỉnh ở điểm cầu -> mới: Văn phòng Chính phủ
conv(
    T("Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào?", "new", None,
      "tổng kết && 2024", "T24"),
    T("còn Nguyễn Bích Ngọc", "substitution",
      "Đồng chí Nguyễn Bích Ngọc dự hội nghị nào?",
      "2022 && Cao Bằng", "T22"),
    T("vị này còn là ủy viên gì", "pronoun",
      "Ngoài chức Phó Chủ tịch UBND tỉnh Cao Bằng, đồng chí Nguyễn Bích Ngọc còn là ủy viên gì?",
      "Ban Thường vụ Tỉnh ủy", "T22"),
    T("Lãnh đạo Văn phòng Chính phủ có mặt ở sự kiện nào?", "new", None,
      "Trần Lưu Quang", "PTT"),
)

# c43 đối ngoại đa phương 2019 -> 2023
conv(
    T("Đối ngoại đa phương 6 tháng đầu 2019 bước đầu thể hiện tinh thần của chỉ thị nào?", "new", None,
      "Chỉ thị 25", "S19"),
    T("chỉ thị đó của cơ quan nào", "pronoun",
      "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?",
      "Ban Bí thư", "S19"),
    T("còn sơ kết 2023 đánh giá ngoại giao đa phương thế nào", "substitution",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?",
      "song phương", "S23"),
    T("BT yêu cầu gì về đa phương năm đó", "pronoun",
      "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu gì về đối ngoại đa phương?",
      "nâng tầm đối ngoại đa phương", "S23"),
)

# c44 tổng kết 2022: tham luận, hình thức, đổi mới, nguồn
conv(
    T("Các tham luận tại hội nghị tổng kết ngành ngoại giao 2022 đánh giá điều gì?", "new", None,
      "nhiệm vụ đối ngoại trọng yếu", "T22"),
    T("hội nghị đó tổ chức dưới hình thức gì", "pronoun",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 tổ chức dưới hình thức gì?",
      "trực tuyến", "T22"),
    T("BT Sơn khẳng định ngành cần đổi mới gì", "ellipsis",
      "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao cần đổi mới gì?",
      "tư duy và hành động", "T22"),
    T("nguon nao", "request",
      "Thông tin Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao cần đổi mới mạnh mẽ tư duy và hành động lấy từ nguồn nào?",
      "ngành Ngoại giao năm 2022 | Vi Trường", "T22", "telegraphic"),
)

# c45 tổng kết 2024 telegraphic -> khóa (không nêu) -> mới: sơ kết 2023
conv(
    T("tong ket 2024 ai chi dao", "new",
      "Tổng kết 2024 ai chỉ đạo?",
      "Phạm Minh Chính", "T24", "telegraphic"),
    T("nghi quyet nao duoc nhac", "ellipsis",
      "Nghị quyết nào được nhắc đến trong kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024?",
      "Nghị quyết 18", "T24", "telegraphic"),
    T("của BCH TW khóa mấy", "ellipsis",
      "Nghị quyết 18 được nhắc đến tại hội nghị tổng kết năm 2024 là của Ban Chấp hành Trung ương khóa mấy?",
      NR, None, "telegraphic"),
    T("tinh gon bo mayy BNG sau khi lam gi", "ellipsis",
      "Theo kết luận hội nghị tổng kết năm 2024, Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi làm gì?",
      "tiếp nhận chức năng", "T24", "typo"),
    T("Giữa năm 2023 Bộ Ngoại giao có tổ chức hội nghị gì, ngày nào?", "new", None,
      "sơ kết && 5/7", "S23"),
)

# c46 Trần Lưu Quang ở tổng kết 2022 (sai tiền đề) -> buổi làm việc
conv(
    T("Phó Thủ tướng Trần Lưu Quang phát biểu gì tại hội nghị tổng kết công tác ngoại giao năm 2022?", "new", None,
      FP, None, "premise"),
    T("vậy ông ấy làm việc với BNG khi nào", "pronoun",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?",
      "31-1", "PTT"),
    T("về nội dung gì", "ellipsis",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?",
      "đối ngoại trong năm 2023", "PTT", "telegraphic"),
    T("ông ấy giao những nhiệm vụ gì, tóm gọn thôi", "pronoun",
      "Tóm gọn những nhiệm vụ Phó Thủ tướng Trần Lưu Quang giao cho Bộ Ngoại giao.",
      "chương trình đối ngoại cấp cao && hội nhập quốc tế", "PTT"),
)

# c47 tiếng Anh: sơ kết 2023
conv(
    T("When was the MFA's 2023 mid-year review conference held?", "new",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra khi nào?",
      "5/7", "S23", "english"),
    T("who gave the closing speech", "ellipsis",
      "Ai phát biểu kết luận hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "Bùi Thanh Sơn", "S23", "english"),
    T("what did he praise", "pronoun",
      "Khi kết luận hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương điều gì?",
      "nỗ lực không mệt mỏi", "S23", "english"),
    T("which news agency reported it", "ellipsis",
      "Hãng thông tấn nào đưa tin về hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "TTXVN", "S23", "english"),
    T("Tại buổi làm việc ngày 31-1, Phó Thủ tướng Trần Lưu Quang nhận định thế nào về tình hình thế giới?", "new", None,
      "biến động sâu sắc", "PTT"),
)

# c48 kết luận 2024: đối tác, tình huống phức tạp, điểm cầu (không nêu) -> mới: 2022
conv(
    T("Thủ tướng yêu cầu gì về quan hệ với các đối tác quan trọng tại hội nghị tổng kết 2024?", "new", None,
      "nâng tầm quan hệ", "T24"),
    T("con ve tinh huong doi ngoai phuc tap", "substitution",
      "Thủ tướng yêu cầu gì về xử lý các tình huống đối ngoại phức tạp tại hội nghị tổng kết năm 2024?",
      "dài hơi | tổng thể", "T24"),
    T("đó là trong kết luận của hội nghị nào vậy", "request",
      "Yêu cầu xử lý tốt các tình huống đối ngoại phức tạp nằm trong kết luận của hội nghị nào?",
      "tổng kết && 2024", "T24"),
    T("hội nghị đó có bao nhiêu điểm cầu", "pronoun",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?",
      NR),
    T("Hội nghị tổng kết 2022 nối bao nhiêu điểm cầu?", "new", None,
      "63", "T22"),
)

# c49 sơ kết 2024 (không có) -> 2023 -> dời (sai tiền đề) -> phương hướng
conv(
    T("Bộ Ngoại giao tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 ngày nào?", "new", None,
      NIC, None, "near-miss"),
    T("vậy năm 2023", "substitution",
      "Bộ Ngoại giao tổ chức hội nghị sơ kết 6 tháng đầu năm 2023 ngày nào?",
      "5/7", "S23", "telegraphic"),
    T("có phải hội nghị đó bị dời lại không", "pronoun",
      "Có phải hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị dời lịch không?",
      FP, None, "premise"),
    T("phuong huong 6 thang cuoi nam la gi", "ellipsis",
      "Phương hướng công tác 6 tháng cuối năm 2023 mà Bộ trưởng Bùi Thanh Sơn đề ra tại hội nghị sơ kết là gì?",
      "Đại hội XIII && dự báo", "S23"),
)

# c50 Thủ tướng ở hai hội nghị tổng kết
conv(
    T("Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngoại giao nào?", "new", None,
      "2022 && 2024", "T22,T24"),
    T("lần nào có hơn 700 đại biểu", "ellipsis",
      "Hội nghị tổng kết ngành ngoại giao nào có Thủ tướng Phạm Minh Chính dự và có hơn 700 đại biểu tham dự?",
      "2022", "T22"),
    T("lần đó ổng dặn phải lấy ai làm trung tâm phục vụ", "pronoun",
      "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu lấy ai làm trung tâm phục vụ?",
      "người dân && doanh nghiệp && địa phương", "T22"),
    T("còn lần 2024 thì ổng nhấn mạnh nhiệm vụ gì", "substitution",
      "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ gì?",
      "nhiệm vụ bao trùm | vai trò tiên phong", "T24"),
)


# Turns typed without diacritics on the phone: the question above is written with
# accents for readability and stripped here (read_as keeps the accented form).
NOACC = {
    "c01": [3], "c02": [3, 5], "c03": [2], "c04": [3, 4], "c05": [4, 6], "c06": [4],
    "c07": [3, 4], "c08": [2, 3], "c09": [1, 4], "c10": [2, 5], "c12": [2, 4],
    "c13": [4], "c14": [2], "c15": [2, 4], "c16": [2, 4], "c17": [4, 5], "c18": [4],
    "c19": [3], "c20": [3, 5], "c21": [3, 5], "c22": [3], "c23": [3], "c24": [3, 4],
    "c25": [3], "c27": [3], "c28": [2, 5], "c29": [2], "c31": [1, 4], "c33": [3],
    "c34": [2, 3], "c35": [2, 4], "c36": [4], "c37": [3], "c38": [1, 2], "c39": [3, 4],
    "c41": [2], "c43": [2, 4], "c44": [1, 3], "c46": [2], "c48": [3], "c49": [1, 3],
    "c50": [3],
}


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))

# ----------------------------- build ---------------------------------------


def main():
    texts = {k: norm(open(os.path.join(GIVEN, f), encoding="utf-8").read()) for k, f in SRC.items()}
    problems = []
    rows = []
    for ci, turns in enumerate(CONVS, 1):
        cid = "c%02d" % ci
        for ti, t in enumerate(turns):
            q, kind, ra, facts, src = t["q"], t["kind"], t["read_as"], t["facts"], t["src"]
            where = "%s turn %d" % (cid, ti + 1)
            if ti + 1 in NOACC.get(cid, []):
                if not has_diacritics(q):
                    problems.append(where + ": NOACC turn already without diacritics")
                if ra is None:
                    ra = q
                q = strip_accents(q)
            tags = [x for x in t["tags"].split(",") if x]
            if "english" not in tags and not has_diacritics(q) and "accentless" not in tags:
                tags.insert(0, "accentless")
            if ABBREV_RE.search(q) and "abbrev" not in tags:
                tags.append("abbrev")
            if ra is None:
                if kind != "new":
                    problems.append(where + ": read_as missing")
                ra = q
            if not has_diacritics(ra):
                problems.append(where + ": read_as without diacritics")
            if ti == 0 and kind != "new":
                problems.append(where + ": first turn not new")
            if facts.startswith("refuse:"):
                if src is not None:
                    problems.append(where + ": refusal with src")
            else:
                if not src:
                    problems.append(where + ": answerable turn without src")
                else:
                    keys = src.split(",")
                    for g in facts.split(" && "):
                        for alt in g.split(" | "):
                            alt = alt.strip()
                            if not any(found(alt, texts[k]) for k in keys):
                                problems.append("%s: fact %r not in %s" % (where, alt, src))
                            if all(found(alt, texts[k]) for k in texts):
                                problems.append("%s: fact %r is in every report" % (where, alt))
            for field in (q, ra, facts):
                if "\t" in field or "\n" in field:
                    problems.append(where + ": tab/newline in field")
            rows.append([cid, q, kind, ",".join(tags) if tags else "-", ra, facts])
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(HEADER) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    # summary
    from collections import Counter
    kinds = Counter(r[2] for r in rows)
    tagc = Counter(x for r in rows for x in r[3].split(",") if x != "-")
    reasons = Counter(r[5] for r in rows if r[5].startswith("refuse:"))
    mid_new = sum(1 for i, r in enumerate(rows) if r[2] == "new" and i > 0 and rows[i - 1][0] == r[0])
    print("wrote %s: %d conversations, %d turns" % (OUT, len(CONVS), len(rows)))
    print("kinds:", dict(kinds), "mid-conversation new:", mid_new)
    print("tags:", dict(tagc))
    print("refusals:", dict(reasons), "total", sum(reasons.values()))
    print("conversation lengths:", dict(Counter(len(c) for c in CONVS)))


if __name__ == "__main__":
    main()
