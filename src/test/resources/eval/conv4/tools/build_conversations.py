#!/usr/bin/env python3
"""Build conversations.tsv (blind conversation set 4) from the turn data below.

Each conversation is a list of turns:
    (question, kind, tags, read_as, facts, src)
src = index (0-4) of the report file in given/ that the facts are taken from
(or a tuple of indexes; None for refuse turns).  src is only used here to check
that every fact alternative really occurs in the intended report; it is not
written to the TSV.

Report files (given/):
  0 000_...  Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7), BT Bùi Thanh Sơn
  1 001_...  Hội nghị tổng kết ngành Ngoại giao năm 2022 (sáng 10/1), TTg Phạm Minh Chính
  2 002_...  PTT Trần Lưu Quang làm việc với BNG (chiều 31-1), Trụ sở BNG
  3 003_...  Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7), PTT, BT Phạm Bình Minh
  4 004_...  Hội nghị tổng kết ngành ngoại giao năm 2024 (6/1), TTg Phạm Minh Chính
"""
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIVEN = os.path.join(ROOT, "given")
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 4 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
FP = "refuse:false_premise"
NIC = "refuse:not_in_corpus"

C = []  # list of conversations

# c01 tổng kết 2022 -> substitution to sơ kết 2023 (number of attendees not given)
C.append([
    ("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra vào ngày nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra vào ngày nào?", "10/1", 1),
    ("ai chu tri?", "ellipsis", "accentless,telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
    ("co bao nhieu dai bieu tham du", "ellipsis", "accentless",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700 đại biểu | hơn 700", 1),
    ("hn đó nối mấy điểm cầu", "pronoun", "abbrev,telegraphic",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63", 1),
    ("con so ket 6 thang dau nam 2023 thi bao nhieu nguoi du", "substitution", "accentless",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu người tham dự?", NR, None),
])

# c02 tổng kết 2024
C.append([
    ("thu tuong co du hoi nghi tong ket nganh ngoai giao nam 2024 ko", "new", "accentless,abbrev",
     "Thủ tướng có dự hội nghị tổng kết ngành ngoại giao năm 2024 không?", "Phạm Minh Chính", 4),
    ("ong ay noi nhiem vu bao trum la gi", "pronoun", "accentless",
     "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm của công tác đối ngoại và ngoại giao là gì?",
     "vai trò tiên phong && bứt phá | kỷ nguyên vươn mình", 4),
    ("trich nguyen van doan do", "request", "accentless",
     "Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về nhiệm vụ bao trùm của công tác đối ngoại tại hội nghị tổng kết năm 2024.",
     "nguồn lực bên ngoài && vươn mình của dân tộc", 4),
    ("diem cau Quang Tri co ai du", "ellipsis", "accentless",
     "Ai dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
    ("bài này nói BNG tiếp nhận chức năng của những cơ quan nào", "pronoun", "abbrev",
     "Theo bài về hội nghị tổng kết ngành ngoại giao năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", 4),
])

# c03 sơ kết 2023 -> venue not given, then 2019 venue not given either
C.append([
    ("bo ngoai giao so ket 6 thang dau nam 2023 ngay nao", "new", "accentless,telegraphic",
     "Bộ Ngoại giao tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", 0),
    ("ai phat bieu ket lụan", "ellipsis", "typo",
     "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?", "Bùi Thanh Sơn", 0),
    ("ong ay bieu duong ai", "pronoun", "accentless",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "người lao động && không mệt mỏi", 0),
    ("hội nghị đó tổ chức ở đâu vậy", "pronoun", "-",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, None),
    ("con 2019 thi sao", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR, None),
])

# c04 sơ kết 2019, Phạm Bình Minh
C.append([
    ("Tại hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao, ai phát biểu chỉ đạo?", "new", "-",
     "Tại hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao, ai phát biểu chỉ đạo?", "Phạm Bình Minh", 3),
    ("ong ay luc do giu chuc gi", "pronoun", "accentless",
     "Khi phát biểu tại hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh giữ chức vụ gì?",
     "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
    ("ông ấy lưu ý những điểm nào cho thời gian tới", "pronoun", "paraphrase",
     "Phó Thủ tướng Phạm Bình Minh nêu những điểm nào cần lưu tâm trong công tác đối ngoại thời gian tới tại hội nghị sơ kết 6 tháng đầu năm 2019?",
     "nhạy cảm trong tham mưu && phối hợp && nhạy bén", 3),
    ("noi ro hon y thu ba", "request", "accentless",
     "Nói rõ hơn điểm thứ ba Phó Thủ tướng Phạm Bình Minh lưu ý tại hội nghị sơ kết 6 tháng đầu năm 2019.",
     "nhạy bén && ưu tiên phát triển", 3),
    ("con ve xay dung nganh?", "ellipsis", "accentless",
     "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
     "tuyển dụng && kỷ luật && chính trị nội bộ", 3),
])

# c05 sơ kết 2019 results -> new topic
C.append([
    ("6 thang dau 2019 VN thiet lap quan he doi tac toan dien voi nuoc nao", "new", "accentless,abbrev",
     "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan", 3),
    ("luc do tong so DTCL/DTTD la bn", "pronoun", "accentless,abbrev",
     "Tính đến giữa năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?", "30 quốc gia | 30", 3),
    ("trúng cử HĐBA bao nhiêu phiếu", "ellipsis", "abbrev,telegraphic",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
     "192/193", 3),
    ("nhiem ky nao", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", 3),
    ("which trade agreements did it mention?", "pronoun", "english",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 nhắc tới những hiệp định thương mại nào?", "CPTPP && EVFTA", 3),
    ("HN tổng kết ngành NG năm 2022 có Ủy viên Bộ Chính trị nào dự?", "new", "abbrev",
     "Hội nghị tổng kết ngành Ngoại giao năm 2022 có Ủy viên Bộ Chính trị nào tham dự?", "Phạm Minh Chính", 1),
])

# c06 PTT Trần Lưu Quang
C.append([
    ("PTT Trần Lưu Quang làm viêc với BNG ngày nào?", "new", "abbrev,typo",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", 2),
    ("o dau", "ellipsis", "accentless,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở", 2),
    ("buoi do co nhung ai du", "pronoun", "accentless",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?",
     "Văn phòng Chính phủ && Bùi Thanh Sơn", 2),
    ("ong ay chi trich BNG nhung gi", "pronoun", "accentless,abbrev,premise",
     "Phó Thủ tướng Trần Lưu Quang đã chỉ trích Bộ Ngoại giao những gì trong buổi làm việc?", FP, None),
    ("vay PTT xac dinh nhiem vu trung tam la gi", "ellipsis", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của ngành ngoại giao là gì?", "phục vụ phát triển đất nước", 2),
])

# c07 TTg at tổng kết 2022 -> new topic 2019
C.append([
    ("Tại HN tổng kết 2022, TTg Phạm Minh Chính yêu cầu ngành NG thực hiện mấy nhiệm vụ trọng tâm?", "new", "abbrev",
     "Tại hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6 nhiệm vụ trọng tâm | 6 nhiệm vụ", 1),
    ("ong ay nhac toi ban sac gi", "pronoun", "accentless",
     "Thủ tướng Phạm Minh Chính nhắc tới bản sắc gì tại hội nghị tổng kết năm 2022?", "cây tre Việt Nam", 1),
    ("trích nguyên văn đoạn đó", "request", "-",
     "Trích nguyên văn đoạn nói về bản sắc \"cây tre Việt Nam\" trong phát biểu của Thủ tướng tại hội nghị tổng kết năm 2022.",
     "gốc vững && ứng vạn biến", 1),
    ("tu 'muon la ban' chuyen sang gi", "ellipsis", "accentless",
     "Theo phát biểu của Thủ tướng tại hội nghị tổng kết năm 2022, chủ trương \"muốn là bạn\" chuyển sang gì?", "sẵn sàng là bạn", 1),
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra hôm nào?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra hôm nào?", "22/7", 3),
])

# c08 điểm cầu Cao Bằng / Quảng Trị
C.append([
    ("Ai dự HN tổng kết ngành NG 2022 tại điểm cầu Cao Bằng?", "new", "abbrev",
     "Ai dự hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
    ("thế còn năm 2024, điểm cầu Quảng Trị?", "substitution", "-",
     "Ai dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
    ("ong nay giu chuc vu gi", "pronoun", "accentless",
     "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh | Phó Chủ tịch", 4),
    ("nguon nao vay", "request", "accentless",
     "Thông tin ông Hoàng Nam dự hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị lấy từ nguồn nào?",
     "baoquangtri | Hoài Nhung | Tạo bước tiến đột phá", 4),
    ("nam 2022 o Cao Bang co nhung huyen nao du", "ellipsis", "accentless",
     "Tại hội nghị tổng kết ngành Ngoại giao năm 2022, điểm cầu Cao Bằng có UBND những huyện nào tham dự?",
     "Quảng Hòa && Bảo Lâm", 1),
])

# c09 sơ kết 2023 assessments
C.append([
    ("Theo báo cáo sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?", "new", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?", "thích ứng", 0),
    ("nói rõ hơn đi", "request", "telegraphic",
     "Nói rõ hơn đánh giá về công tác đối ngoại 6 tháng đầu năm 2023.", "điểm sáng", 0),
    ("ve ngoai giao kinh te thi danh gia sao", "ellipsis", "accentless",
     "Báo cáo sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?", "trọng điểm && mở rộng thị trường", 0),
    ("hoi nghi nay co trao khen thuong k", "pronoun", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "danh hiệu", 0),
    ("bao nhieu tap the duoc khen", "ellipsis", "accentless",
     "Bao nhiêu tập thể được khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023?", NR, None),
])

# c10 PTT working session -> new: tổng kết 2024
C.append([
    ("Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "new", "-",
     "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "nhiệm vụ đối ngoại năm 2022 && đổi mới tư duy", 2),
    ("tom tat lai ngan gon", "request", "accentless",
     "Tóm tắt ngắn gọn nội dung Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.",
     "đổi mới tư duy && chuyển đổi số | kỷ cương hành chính | lề lối làm việc", 2),
    ("PTT nhan dinh tinh hinh the gioi luc ay the nao", "pronoun", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới thế nào?", "biến động sâu sắc", 2),
    ("hoi nghi tong ket nganh ngoai giao nam 2024 dien ra ngay nao", "new", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", 4),
    ("hn do co bao nhieu dai bieu", "pronoun", "accentless,abbrev",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, None),
])

# c11 HĐBA
C.append([
    ("VN trúng cử ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "abbrev",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193", 3),
    ("nhiệm kỳ nào?", "ellipsis", "telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", 3),
    ("thong tin nay o bao cao nao", "request", "accentless",
     "Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nằm trong báo cáo nào?", "sơ kết && 2019", 3),
    ("con hn thuong dinh nao dc VN to chuc thanh cong", "ellipsis", "accentless,abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?", "Triều && lần 2", 3),
    ("tai sao nam do VN truot HDBA", "pronoun", "accentless,abbrev,premise",
     "Tại sao năm 2019 Việt Nam trượt ghế Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc?", FP, None),
])

# c12 ngoại giao kinh tế 2024 / 2022
C.append([
    ("Năm 2024 ngoại giao kinh tê chuyển biến mạnh ở những lĩnh vực nào?", "new", "typo",
     "Năm 2024 ngoại giao kinh tế chuyển biến mạnh ở những lĩnh vực nào?", "chíp bán dẫn && trí tuệ nhân tạo", 4),
    ("noi them di", "request", "accentless,telegraphic",
     "Nói rõ hơn về kết quả ngoại giao kinh tế năm 2024.", "tăng trưởng cao && thu hút đầu tư nước ngoài", 4),
    ("con nam 2022?", "substitution", "accentless,telegraphic",
     "Năm 2022 ngoại giao kinh tế đạt kết quả gì?", "700 tỷ USD", 1),
    ("the nam 2024 kim ngach XNK bao nhieu", "substitution", "accentless,abbrev",
     "Năm 2024 kim ngạch xuất nhập khẩu đạt bao nhiêu?", NR, None),
    ("Bài viết về hội nghị tổng kết ngành ngoại giao năm 2024 trên báo Quảng Trị do ai viết?", "new", "-",
     "Bài viết về hội nghị tổng kết ngành ngoại giao năm 2024 trên báo Quảng Trị do ai viết?", "Hoài Nhung", 4),
])

# c13 Hội nghị Ngoại giao 31 / 30 / 32
C.append([
    ("Khai mạc HN tổng kết 2022, BT Bùi Thanh Sơn nói HN nhằm mục đích gì?", "new", "abbrev",
     "Khai mạc hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
     "nhìn lại một năm && Nguyễn Phú Trọng", 1),
    ("hoi nghi ngoai giao lan thu may", "ellipsis", "accentless,telegraphic",
     "Khi khai mạc hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc tới Hội nghị Ngoại giao lần thứ mấy?", "lần thứ 31 | 31", 1),
    ("the con hn so ket 2019 theo tinh than hn ngoai giao lan may", "substitution", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 nói công tác đối ngoại được triển khai theo tinh thần Hội nghị Ngoại giao lần thứ mấy?",
     "Hội nghị Ngoại giao 30 | 30", 3),
    ("HN Ngoại giao lần thứ 32 diễn ra khi nào?", "new", "abbrev,near-miss",
     "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NIC, None),
])

# c14 xây dựng ngành 2023 -> 2019 -> new
C.append([
    ("bo truong bui thanh son de nghi gi ve xay dung nganh tai hoi nghi so ket 6 thang dau nam 2023", "new", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "thi đua khen thưởng && chế độ chính sách", 0),
    ("tóm tắt lại giùm", "request", "-",
     "Tóm tắt lại chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2023.",
     "thi đua khen thưởng && bản lĩnh chính trị", 0),
    ("the con nam 2019 PTT Pham Binh Minh chi dao gi", "substitution", "accentless,abbrev",
     "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?",
     "tuyển dụng && kỷ luật", 3),
    ("ông ấy phản đối ý kiến nào tại hn", "pronoun", "abbrev,premise",
     "Phó Thủ tướng Phạm Bình Minh đã phản đối ý kiến nào tại hội nghị sơ kết 6 tháng đầu năm 2019?", FP, None),
    ("HN tổng kết NG 2022 kết nối với bao nhiêu tỉnh thành?", "new", "abbrev",
     "Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "63", 1),
])

# c15 tổng kết 2023 not in corpus -> 2024
C.append([
    ("Hội nghị tổng kết công tác ngành ngoại giao năm 2023 diễn ra khi nào?", "new", "near-miss",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2023 diễn ra khi nào?", NIC, None),
    ("con nam 2024?", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1", 4),
    ("ai chi dao", "ellipsis", "accentless,telegraphic",
     "Ai chỉ đạo hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
    ("nam do BNG dat muc tieu nhiem vu 2025 the nao", "pronoun", "accentless,abbrev",
     "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?",
     "dự báo đúng tình hình && thế chủ động chiến lược", 4),
])

# c16 Lê Minh Khái (sidebar near-miss) -> Phạm Bình Minh
C.append([
    ("Phó Thủ tướng Lê Minh Khái phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "new", "near-miss,premise",
     "Phó Thủ tướng Lê Minh Khái phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, None),
    ("vay ai phat bieu chi dao hn do", "pronoun", "accentless,abbrev",
     "Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
    ("ong ay danh gia tinh hinh qte nua dau nam ra sao", "pronoun", "accentless,abbrev",
     "Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 ra sao?", "phức tạp hơn && khó lường", 3),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn câu Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019.", "nhanh hơn && khó lường", 3),
    ("cong tac doi ngoai trien khai theo tinh than cac hn nao", "ellipsis", "accentless,abbrev",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?",
     "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018", 3),
])

# c17 "từ sớm, từ xa" -> new PTT
C.append([
    ("Thủ tướng nói bảo vệ \"từ sớm, từ xa\" ở hội nghị nào?", "new", "-",
     "Thủ tướng nói bảo vệ \"từ sớm, từ xa\" ở hội nghị nào?", "tổng kết && 2022", 1),
    ("trich nguyen van cau do", "request", "accentless",
     "Trích nguyên văn câu Thủ tướng nói về bảo vệ \"từ sớm\", \"từ xa\" tại hội nghị tổng kết năm 2022.",
     "từ khi nước chưa nguy", 1),
    ("ông ấy còn kêu gọi dám gì nữa", "pronoun", "paraphrase",
     "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính còn kêu gọi ngành ngoại giao dám làm gì?", "dám nghĩ && dám làm", 1),
    ("lay ai lam trung tam phuc vu", "ellipsis", "accentless",
     "Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao lấy ai làm trung tâm phục vụ?", "người dân && doanh nghiệp", 1),
    ("PTT Trần Lưu Quang nói giữ vững hòa bình, ổn định là nhiệm vụ gì?", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang nói giữ vững hòa bình, ổn định là nhiệm vụ gì?", "trọng yếu && thường xuyên", 2),
])

# c18 PTT meeting content
C.append([
    ("Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao bàn về nội dung gì?", "new", "-",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao bàn về nội dung gì?",
     "đối ngoại trong năm 2023", 2),
    ("ngay nao", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra ngày nào?", "31-1", 2),
    ("may gio bat dau z", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao bắt đầu lúc mấy giờ?", NR, None),
    ("PTT nhắc tới HN đối ngoại toàn quốc năm nào", "ellipsis", "abbrev",
     "Trong buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhắc tới Hội nghị đối ngoại toàn quốc năm nào?", "2021", 2),
    ("TBT nao chi dao tai hn do", "pronoun", "accentless,abbrev",
     "Tổng Bí thư nào chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021?", "Nguyễn Phú Trọng", 2),
])

# c19 đội ngũ cán bộ 2024 -> 2019 -> 2018 (not in corpus)
C.append([
    ("Tại HN tổng kết NG 2024, TTg yêu cầu xây dựng đội ngũ cán bộ ngoại giao ra sao?", "new", "abbrev",
     "Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
     "tuyệt đối trung thành && tinh thông về nghiệp vụ", 4),
    ("trích nguyên văn giúp mình", "request", "-",
     "Trích nguyên văn yêu cầu của Thủ tướng về đội ngũ cán bộ ngoại giao tại hội nghị tổng kết năm 2024.",
     "sâu sắc về chiến lược && khôn khéo về ứng xử", 4),
    ("còn năm 2019 thì sao", "substitution", "-",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 nêu mục tiêu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "tinh nhuệ && năng động", 3),
    ("hoi nghi do ai chi dao?", "pronoun", "accentless",
     "Ai chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh", 3),
    ("con sk 2018", "substitution", "accentless,abbrev,telegraphic,near-miss",
     "Ai chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2018?", NIC, None),
])

# c20 English start, sơ kết 2023 -> new 2019 Chỉ thị 25
C.append([
    ("Who attended the Foreign Ministry's mid-year review meeting on July 5, 2023?", "new", "english",
     "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao ngày 5/7?", "Bùi Thanh Sơn", 0),
    ("did he hand out any awards?", "pronoun", "english",
     "Bộ trưởng Bùi Thanh Sơn có trao khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023 không?", "danh hiệu", 0),
    ("con ve da phuong BT de nghi gi", "ellipsis", "accentless,abbrev",
     "Về đối ngoại đa phương, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "nâng tầm đối ngoại đa phương", 0),
    ("Hội nghị sơ kết 2019 nhắc đến Chỉ thị số mấy của Ban Bí thư?", "new", "-",
     "Hội nghị sơ kết 2019 nhắc đến Chỉ thị số mấy của Ban Bí thư?", "Chỉ thị 25 | 25", 3),
    ("chi thi do ve van de j", "pronoun", "accentless",
     "Chỉ thị 25 của Ban Bí thư về vấn đề gì?", "nâng tầm đối ngoại đa phương", 3),
])

# c21 tổng kết 2022 assessments
C.append([
    ("Các tham luận tại hội nghị tổng kết ngành ngoại giao năm 2022 đánh giá ngành đã làm được gì?", "new", "-",
     "Các tham luận tại hội nghị tổng kết ngành ngoại giao năm 2022 đánh giá ngành đã làm được gì?",
     "nhiệm vụ đối ngoại trọng yếu", 1),
    ("con bo truong son danh gia ve bien gioi lanh tho ra sao", "ellipsis", "accentless",
     "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá công tác biên giới lãnh thổ ra sao?",
     "phân định && biên giới lãnh thổ", 1),
    ("nguon nao", "request", "accentless,telegraphic",
     "Đánh giá của Bộ trưởng Bùi Thanh Sơn về công tác đối ngoại năm 2022 lấy từ nguồn nào?",
     "Vi Trường | Đồng chí Phạm Minh Chính dự", 1),
    ("TTg noi gi ve vai tro ngoai giao kinh te", "ellipsis", "accentless,abbrev",
     "Tại hội nghị tổng kết năm 2022, Thủ tướng nói gì về vai trò của ngoại giao kinh tế?",
     "thị trường xuất khẩu && chuỗi cung ứng toàn cầu", 1),
    ("vi sao thu tuong vang mat o hn do", "pronoun", "accentless,abbrev,premise",
     "Vì sao Thủ tướng vắng mặt tại hội nghị tổng kết ngành Ngoại giao năm 2022?", FP, None),
])

# c22 Nghị quyết 18 -> new sơ kết 2023 -> false premise TTg
C.append([
    ("tai hn tong ket 2024 ttg yeu cau tong ket nghi quyet nao", "new", "accentless,abbrev",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện chủ trương tổng kết nghị quyết nào?", "Nghị quyết 18", 4),
    ("giải thích rõ hơn", "request", "-",
     "Giải thích rõ hơn yêu cầu thực hiện tổng kết Nghị quyết 18 tại hội nghị tổng kết năm 2024.",
     "tinh gọn tổ chức bộ máy && Ban Đối ngoại Trung ương", 4),
    ("mục tiêu cuối cùng của việc đó là gì", "pronoun", "paraphrase",
     "Việc tổng kết Nghị quyết 18 và tinh gọn tổ chức bộ máy của Bộ Ngoại giao nhằm mục tiêu gì?",
     "bước tiến đột phá && sức mạnh tổng hợp", 4),
    ("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 diễn ra ngày nào?", "new", "-",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 diễn ra ngày nào?", "5/7", 0),
    ("TTg phat bieu gi o hn do", "pronoun", "accentless,abbrev,premise",
     "Thủ tướng đã phát biểu gì tại hội nghị sơ kết công tác 6 tháng đầu năm 2023?", FP, None),
])

# c23 PTT requirements -> TTg 2024 -> điểm cầu not reported
C.append([
    ("Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao?", "new", "-",
     "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao?", "thành tựu to lớn", 2),
    ("ong ay yeu cau BNG tap trung lam tot nhung viec gi", "pronoun", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung làm tốt những việc gì?",
     "đối ngoại cấp cao && hội nhập quốc tế", 2),
    ("tóm tắt lại giúp", "request", "-",
     "Tóm tắt lại những việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.",
     "đối ngoại cấp cao && biên giới", 2),
    ("còn TTg ở HN tổng kết 2024 yêu cầu gì?", "substitution", "abbrev",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành ngoại giao tập trung làm những việc gì?",
     "Nghị quyết 18 | tinh gọn | vươn mình | nâng tầm quan hệ", 4),
    ("vay nam 2024 co bao nhieu diem cau", "ellipsis", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 kết nối với bao nhiêu điểm cầu?", NR, None),
])

# c24 hiệp định 2019 -> false premise -> new 2023
C.append([
    ("Hiệp định nào chính thức được triển khai trong nửa đầu năm 2019?", "new", "-",
     "Hiệp định nào chính thức được triển khai trong nửa đầu năm 2019?", "CPTPP", 3),
    ("con hiep dinh nao duoc ky", "ellipsis", "accentless",
     "Trong nửa đầu năm 2019, những hiệp định nào được ký kết?", "EVFTA && bảo hộ đầu tư", 3),
    ("ông PTT lúc đó đề nghị hủy EVFTA vì sao", "pronoun", "abbrev,premise",
     "Vì sao Phó Thủ tướng Phạm Bình Minh đề nghị hủy EVFTA tại hội nghị sơ kết 6 tháng đầu năm 2019?", FP, None),
    ("cong tac ngoai vu dia phuong the nao", "ellipsis", "accentless",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương thế nào?", "doanh nghiệp và người dân", 3),
    ("bao cao so ket 2023 noi gi ve cong tac nguoi Viet Nam o nuoc ngoai", "new", "accentless",
     "Báo cáo sơ kết 6 tháng đầu năm 2023 nói gì về công tác người Việt Nam ở nước ngoài?", "cầu nối", 0),
])

# c25 Cao Bằng
C.append([
    ("Phó Chủ tịch UBND tỉnh Cao Bằng nào dự HN tổng kết ngành NG năm 2022?", "new", "abbrev",
     "Phó Chủ tịch UBND tỉnh Cao Bằng nào dự hội nghị tổng kết ngành Ngoại giao năm 2022?", "Nguyễn Bích Ngọc", 1),
    ("nguoi do con giu chuc gi nua", "pronoun", "accentless",
     "Đồng chí Nguyễn Bích Ngọc còn giữ chức vụ gì ngoài Phó Chủ tịch UBND tỉnh Cao Bằng?", "Ban Thường vụ Tỉnh ủy", 1),
    ("huyen nao tham du", "ellipsis", "accentless,telegraphic",
     "UBND những huyện nào của Cao Bằng tham dự hội nghị tổng kết ngành Ngoại giao năm 2022?", "Thạch An && Trùng Khánh", 1),
    ("còn các sở thì sao", "substitution", "telegraphic",
     "Lãnh đạo những sở, đơn vị nào của Cao Bằng tham dự hội nghị tổng kết ngành Ngoại giao năm 2022?",
     "Kế hoạch và Đầu tư && Biên phòng", 1),
    ("người đó có phát biểu tham luận không", "pronoun", "-",
     "Đồng chí Nguyễn Bích Ngọc có phát biểu tham luận tại hội nghị tổng kết ngành Ngoại giao năm 2022 không?", NR, None),
])

# c26 tổng kết 2020 (not in corpus) -> 2022 -> new 2019
C.append([
    ("tổng kết công tác ngoại giao năm 2020 ai chủ trì", "new", "telegraphic,near-miss",
     "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2020?", NIC, None),
    ("the con 2022", "substitution", "accentless,telegraphic",
     "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
    ("ông ấy nói sự có mặt của Thủ tướng có ý nghĩa gì", "pronoun", "paraphrase",
     "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022 có ý nghĩa gì?",
     "minh chứng && nguồn cổ vũ", 1),
    ("noi ro hon", "request", "accentless,telegraphic",
     "Nói rõ hơn nhận định của Bộ trưởng Bùi Thanh Sơn về sự tham dự của Thủ tướng và giai đoạn mới của ngành Ngoại giao.",
     "giai đoạn phát triển mới && tâm thế và khí thế mới", 1),
    ("Ai là người chỉ đạo hội nghị sơ kết công tác 6 tháng đầu năm 2019?", "new", "-",
     "Ai là người chỉ đạo hội nghị sơ kết công tác 6 tháng đầu năm 2019?", "Phạm Bình Minh", 3),
])

# c27 comparison of sơ kết 2019 / 2023 -> 2021 not in corpus -> new
C.append([
    ("So sánh giúp mình: ai kết luận HN sơ kết 6 tháng đầu năm 2019 và 2023?", "new", "abbrev",
     "Ai phát biểu chỉ đạo, kết luận hội nghị sơ kết 6 tháng đầu năm 2019 và hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Phạm Bình Minh && Bùi Thanh Sơn", (0, 3)),
    ("2 hn do dien ra ngay nao", "pronoun", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 và hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "22/7 && 5/7", (0, 3)),
    ("con 2021 thi sao", "substitution", "accentless,telegraphic,near-miss",
     "Hội nghị sơ kết 6 tháng đầu năm 2021 do ai kết luận và diễn ra ngày nào?", NIC, None),
    ("Tổng Bí thư nào được nhắc tới trong báo cáo tổng kết ngành NG 2022?", "new", "abbrev",
     "Tổng Bí thư nào được nhắc tới trong báo cáo hội nghị tổng kết ngành Ngoại giao năm 2022?", "Nguyễn Phú Trọng", 1),
    ("ai nhac vay", "request", "accentless,telegraphic",
     "Ai nhắc tới kết luận, chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng khi khai mạc hội nghị tổng kết năm 2022?", "Bùi Thanh Sơn", 1),
])

# c28 English, tổng kết 2024
C.append([
    ("When was the 2024 diplomatic sector review conference held?", "new", "english",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức khi nào?", "6/1", 4),
    ("who directed it?", "pronoun", "english",
     "Ai chỉ đạo hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
    ("what did he say about the new era", "pronoun", "english",
     "Thủ tướng Phạm Minh Chính nói gì về kỷ nguyên mới tại hội nghị tổng kết năm 2024?", "kỷ nguyên vươn mình", 4),
    ("con Bo truong Bui Thanh Son noi gi o hn do", "substitution", "accentless,abbrev",
     "Bộ trưởng Bùi Thanh Sơn phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2024?", NR, None),
])

# c29 đổi mới tư duy (2022 session & 2022 tổng kết) -> new 2024
C.append([
    ("Theo báo cáo với PTT Trần Lưu Quang, BNG quyết tâm đổi mới điều gì?", "new", "abbrev",
     "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới điều gì?", "tư duy và hành động", 2),
    ("trong đó trọng tâm là gì", "ellipsis", "-",
     "Trong quyết tâm đổi mới tư duy và hành động mà Bộ Ngoại giao báo cáo Phó Thủ tướng Trần Lưu Quang, trọng tâm là gì?",
     "phát triển ngành && tinh thần phục vụ", 2),
    ("ai noi cau do", "request", "accentless",
     "Ai nêu quyết tâm đổi mới tư duy và hành động của Bộ Ngoại giao trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang?",
     "Bùi Thanh Sơn", 2),
    ("the o hn tong ket 2022 ong ay noi gi ve doi moi", "substitution", "accentless,abbrev",
     "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói gì về đổi mới tư duy và hành động?",
     "quyết tâm cao && thực sự trong sạch", 1),
    ("Báo cáo tổng kết 2024 nhắc những lĩnh vực chuyển đổi nào trong ngoại giao kinh tế?", "new", "-",
     "Báo cáo tổng kết 2024 nhắc những lĩnh vực chuyển đổi nào trong ngoại giao kinh tế?", "chuyển đổi xanh && chuyển đổi số", 4),
])

# c30 Đại hội XII/XIII
C.append([
    ("Hội nghị sơ kết 2019 hướng tới Đại hội Đảng lần thứ mấy?", "new", "-",
     "Hội nghị sơ kết 2019 hướng tới Đại hội Đảng lần thứ mấy?", "Đại hội XIII | XIII", 3),
    ("nam do dang thuc hien duong loi dai hoi nao", "pronoun", "accentless",
     "Năm 2019 ngành ngoại giao đang thực hiện đường lối, chính sách đối ngoại của Đại hội Đảng nào?", "Đại hội XII | XII", 3),
    ("còn 6 tháng cuối năm 2023 thì BT đề nghị triển khai đường lối ĐH nào", "substitution", "abbrev",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị 6 tháng cuối năm triển khai đường lối đối ngoại của Đại hội nào?",
     "Đại hội XIII | XIII", 0),
    ("ai de nghi vay", "request", "accentless,telegraphic",
     "Ai đề nghị ngành Ngoại giao tiếp tục triển khai đường lối đối ngoại của Đại hội XIII tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "Bùi Thanh Sơn", 0),
    ("con thong tin doi ngoai thi sao", "substitution", "accentless",
     "Về thông tin đối ngoại, Bộ trưởng Bùi Thanh Sơn đề nghị gì tại hội nghị sơ kết 6 tháng đầu năm 2023?", "truyền thông mới", 0),
])

# c31 false premise first -> sơ kết 2023 -> new 2022
C.append([
    ("Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", "new", "premise",
     "Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?", FP, None),
    ("the hn do dien ra ngay nao", "pronoun", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", 0),
    ("buoi sang hay chieu", "ellipsis", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra buổi sáng hay buổi chiều?", NR, None),
    ("cong tac bao ho cong dan dc danh gia sao", "ellipsis", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?", "đổi mới trong cách thức", 0),
    ("HN tổng kết NG 2022 có tổ chức trực tuyến không?", "new", "abbrev",
     "Hội nghị tổng kết ngành Ngoại giao năm 2022 có tổ chức trực tuyến không?", "trực tuyến", 1),
])

# c32 đa phương / kinh tế 2022 -> 2024 -> 2018
C.append([
    ("Tại HN tổng kết 2022, BT Sơn đánh giá đối ngoại đa phương thế nào?", "new", "abbrev",
     "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương thế nào?", "đóng góp có trách nhiệm", 1),
    ("còn ngoại giao kinh tế?", "substitution", "telegraphic",
     "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá ngoại giao kinh tế thế nào?", "700 tỷ USD && thu hút đầu tư", 1),
    ("con nam 2024", "substitution", "accentless,telegraphic",
     "Báo cáo tổng kết năm 2024 đánh giá ngoại giao kinh tế thế nào?", "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh", 4),
    ("duoi su chi dao cua ai", "ellipsis", "accentless,telegraphic",
     "Năm 2024 ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng", 4),
    ("con 2018?", "substitution", "accentless,telegraphic",
     "Năm 2018 ngoại giao kinh tế đạt kết quả gì theo hội nghị tổng kết công tác năm 2018?", NIC, None),
])

# c33 PTT Trần Lưu Quang -> new 2019 source
C.append([
    ("Phó Thủ tướng nào làm việc với Bộ Ngoại giao chiều 31-1?", "new", "-",
     "Phó Thủ tướng nào làm việc với Bộ Ngoại giao chiều 31-1?", "Trần Lưu Quang", 2),
    ("ông ấy nói gì về cơ hội, thuận lợi", "pronoun", "-",
     "Phó Thủ tướng Trần Lưu Quang nói gì về việc tranh thủ cơ hội, thuận lợi?", "tranh thủ tối đa && tham mưu kịp thời", 2),
    ("sao ong ay yeu cau cat giam bien che BNG", "pronoun", "accentless,abbrev,premise",
     "Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu cắt giảm biên chế Bộ Ngoại giao?", FP, None),
    ("nhiệm vu quan trọng là gì?", "ellipsis", "telegraphic,typo",
     "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng của ngành ngoại giao là gì?", "vị thế và uy tín", 2),
    ("Bài về HN sơ kết 2019 đăng trên báo nào?", "new", "abbrev",
     "Bài về hội nghị sơ kết 6 tháng đầu năm 2019 đăng trên báo nào?", "CLO | TG&VN", 3),
])

# c34 sơ kết 2023 -> new 2024
C.append([
    ("6 tháng đầu năm 2023 quan hệ với các đối tác được đánh giá ra sao?", "new", "-",
     "6 tháng đầu năm 2023 quan hệ với các đối tác được đánh giá ra sao?", "nhiều bước phát triển mới", 0),
    ("ngoai giao da phuong thi sao", "substitution", "accentless",
     "6 tháng đầu năm 2023 ngoại giao đa phương được đánh giá ra sao?", "ngoại giao song phương", 0),
    ("BT đề nghị 6 tháng cuối năm làm gì", "ellipsis", "abbrev",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm?",
     "Đại hội XIII && dự báo", 0),
    ("tom tat lai y chinh", "request", "accentless",
     "Tóm tắt lại các ý chính Bộ trưởng Bùi Thanh Sơn đề nghị cho 6 tháng cuối năm 2023.",
     "ngoại giao kinh tế && chuyển đổi số && bảo hộ công dân", 0),
    ("Báo cáo tổng kết 2024 nói ngoại giao kinh tế giúp VN duy trì trong nhóm nước nào?", "new", "abbrev",
     "Theo báo cáo tổng kết năm 2024, ngoại giao kinh tế góp phần duy trì Việt Nam trong nhóm nước nào?", "tăng trưởng cao", 4),
])

# c35 false premise Quảng Trị -> 2024 -> PTT session
C.append([
    ("vi sao diem cau Quang Tri bi huy o hn tong ket 2024", "new", "accentless,abbrev,premise",
     "Vì sao điểm cầu Quảng Trị bị hủy tại hội nghị tổng kết ngành ngoại giao năm 2024?", FP, None),
    ("vậy ai dự ở điểm cầu đó", "pronoun", "-",
     "Ai dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
    ("hoi nghi ay to chuc theo hinh thuc gi", "pronoun", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến", 4),
    ("còn buổi làm việc của PTT Trần Lưu Quang?", "substitution", "abbrev",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao được tổ chức ở đâu, theo hình thức nào?", "Trụ sở", 2),
    ("ai du", "ellipsis", "accentless,telegraphic",
     "Ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Văn phòng Chính phủ", 2),
])

# c36 person not in corpus -> Phạm Bình Minh -> new PTT
C.append([
    ("Thứ trưởng Nguyễn Quốc Dũng phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", "new", "near-miss",
     "Thứ trưởng Nguyễn Quốc Dũng phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", NIC, None),
    ("vay ai phat bieu chi dao", "ellipsis", "accentless",
     "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh", 3),
    ("ong ay noi giu can bang gi", "pronoun", "accentless",
     "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 giữ được sự cân bằng gì?", "cân bằng linh hoạt && nước lớn", 3),
    ("bai nao noi vay", "request", "accentless,telegraphic",
     "Bài báo nào đưa tin Phó Thủ tướng Phạm Bình Minh nói về việc giữ cân bằng linh hoạt?",
     "nhạy cảm trong tham mưu | CLO | TG&VN", 3),
    ("Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần bám sát đường lối đối ngoại của đại hội nào?", "new", "-",
     "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần bám sát đường lối đối ngoại của đại hội nào?", "Đại hội XIII", 2),
])

# c37 "địch"/"ta" -> format 2022/2024
C.append([
    ("Thủ tướng nói ngành ngoại giao cần chuyển từ quan niệm \"địch\", \"ta\" sang cách nhìn nào?", "new", "-",
     "Thủ tướng nói ngành ngoại giao cần chuyển từ quan niệm \"địch\", \"ta\" sang cách nhìn nào?", "đối tượng", 1),
    ("ở hội nghị nào vậy", "request", "-",
     "Thủ tướng nói chuyển từ quan niệm \"địch\", \"ta\" sang cách nhìn đối tác, đối tượng tại hội nghị nào?", "tổng kết && 2022", 1),
    ("hn đó tổ chức kiểu gì, ở đâu", "pronoun", "abbrev",
     "Hội nghị tổng kết ngành Ngoại giao năm 2022 được tổ chức theo hình thức nào, ở đâu?", "trực tuyến && 63", 1),
    ("the con hn tong ket 2024", "substitution", "accentless,abbrev,telegraphic",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức theo hình thức nào, ở đâu?", "trực tuyến && Quảng Trị", 4),
    ("vậy hn đó có nhắc HN ngoại giao lần thứ mấy ko", "pronoun", "abbrev",
     "Báo cáo hội nghị tổng kết ngành ngoại giao năm 2024 có nhắc tới Hội nghị Ngoại giao lần thứ mấy không?", NR, None),
])

# c38 khen thưởng 2023 -> 2019 -> new
C.append([
    ("Tại hội nghị sơ kết 6 tháng đầu năm 2023, ai trao tặng các danh hiệu khen thưởng?", "new", "-",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, ai trao tặng các danh hiệu khen thưởng?", "Bộ trưởng Ngoại giao | Bùi Thanh Sơn", 0),
    ("cho ai", "ellipsis", "accentless,telegraphic",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, các danh hiệu khen thưởng được trao cho ai?", "thành tích xuất sắc && cá nhân", 0),
    ("bao nhieu ca nhan dc khen", "ellipsis", "accentless,abbrev",
     "Bao nhiêu cá nhân được khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023?", NR, None),
    ("thế còn sơ kết 2019 có khen thưởng ko", "substitution", "abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 có trao khen thưởng không, cho bao nhiêu cá nhân?", NR, None),
    ("Ngày 22/7/2019 Bộ Ngoại giao tổ chức hội nghị gì?", "new", "-",
     "Ngày 22/7/2019 Bộ Ngoại giao tổ chức hội nghị gì?", "sơ kết", 3),
])

# c39 tổng kết 2024 -> new 2019 -> false premise
C.append([
    ("HN tổng kết ngành NG 2024 đánh giá công tác đối ngoại năm 2024 ra sao?", "new", "abbrev",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 đánh giá công tác đối ngoại năm 2024 ra sao?", "rộng mở", 4),
    ("tom tat", "request", "accentless,telegraphic",
     "Tóm tắt đánh giá của hội nghị tổng kết về công tác đối ngoại năm 2024.", "rộng mở && vai trò tiên phong", 4),
    ("bo truong ngoai giao nam 2019 la ai", "new", "accentless",
     "Bộ trưởng Ngoại giao năm 2019 là ai?", "Phạm Bình Minh", 3),
    ("ong ay kiem chuc gi", "pronoun", "accentless",
     "Năm 2019, Bộ trưởng Ngoại giao Phạm Bình Minh kiêm chức vụ gì?", "Phó Thủ tướng", 3),
    ("ong ay tu chuc khi nao", "pronoun", "accentless,premise",
     "Ông Phạm Bình Minh từ chức khi nào?", FP, None),
])

# c40 sơ kết 2019 short typing
C.append([
    ("hoi nghi so ket 6 thang dau nam 2019 dien ra ngay nao", "new", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào?", "22/7", 3),
    ("hn nay co bao nhieu dai bieu", "pronoun", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 có bao nhiêu đại biểu tham dự?", NR, None),
    ("kq doi tac toan dien", "ellipsis", "accentless,abbrev,telegraphic",
     "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan", 3),
    ("thuog dinh My Trieu lan may", "ellipsis", "accentless,typo,telegraphic",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần thứ mấy?", "lần 2", 3),
    ("co nhac chi thi nao ko", "ellipsis", "accentless,abbrev",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 có nhắc tới chỉ thị nào không?", "Chỉ thị 25", 3),
])

# c41 TTg 2024 partners -> "con PTT thi sao" -> new 2019
C.append([
    ("Ở HN tổng kết 2024 TTg yêu cầu gì về quan hệ với các đối tác quan trọng?", "new", "abbrev",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về quan hệ với các đối tác quan trọng?", "nâng tầm quan hệ", 4),
    ("con PTT thi sao", "substitution", "accentless,abbrev,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang nói gì về quan hệ với các đối tác?", "làm sâu sắc hơn", 2),
    ("nhung doi tac nao", "ellipsis", "accentless,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang nhắc tới những đối tác nào?", "đối tác chiến lược && bạn bè truyền thống", 2),
    ("Đến giữa năm 2019 VN có bao nhiêu đối tác chiến lược và toàn diện?", "new", "abbrev",
     "Đến giữa năm 2019 Việt Nam có bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", "30 quốc gia | 30", 3),
    ("nguồn?", "request", "telegraphic",
     "Thông tin về số Đối tác chiến lược/Đối tác toàn diện năm 2019 lấy từ nguồn nào?", "CLO | TG&VN | nhạy cảm trong tham mưu", 3),
])

# c42 English, tổng kết 2022 -> 2024 not reported -> new PTT
C.append([
    ("What did PM Pham Minh Chinh ask the diplomatic sector to do at the 2022 review conference?", "new", "english,abbrev",
     "Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao làm gì tại hội nghị tổng kết năm 2022?", "dự báo tình hình && 6 nhiệm vụ", 1),
    ("quote the bamboo part", "request", "english,telegraphic",
     "Trích nguyên văn đoạn Thủ tướng nói về bản sắc \"cây tre Việt Nam\" tại hội nghị tổng kết năm 2022.", "cây tre Việt Nam && gốc vững", 1),
    ("hoi nghi co bao nhieu nguoi du", "ellipsis", "accentless",
     "Hội nghị tổng kết ngành Ngoại giao năm 2022 có bao nhiêu người tham dự?", "700 đại biểu | hơn 700", 1),
    ("còn HN 2024?", "substitution", "abbrev,telegraphic",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu người tham dự?", NR, None),
    ("PTT Trần Lưu Quang làm việc với BNG buổi sáng hay chiều?", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào buổi sáng hay buổi chiều?", "Chiều", 2),
])

# c43 false premise PTT at 2022 -> TTg
C.append([
    ("PTT Trần Lưu Quang phát biểu gì tại HN tổng kết ngành NG 2022?", "new", "abbrev,near-miss,premise",
     "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại hội nghị tổng kết ngành Ngoại giao năm 2022?", FP, None),
    ("the ai chi dao hoi nghi do", "pronoun", "accentless",
     "Ai phát biểu chỉ đạo hội nghị tổng kết ngành Ngoại giao năm 2022?", "Phạm Minh Chính", 1),
    ("ong ay neu phuong cham gi", "pronoun", "accentless",
     "Thủ tướng Phạm Minh Chính nêu phương châm gì tại hội nghị tổng kết năm 2022?", "ứng vạn biến", 1),
    ("giai thich them", "request", "accentless,telegraphic",
     "Giải thích thêm phương châm \"dĩ bất biến, ứng vạn biến\" mà Thủ tướng nêu tại hội nghị tổng kết năm 2022.",
     "uyển chuyển && cùng có lợi", 1),
])

# c44 dates of two tổng kết -> 2019 tổng kết (not in corpus) -> new sơ kết 2019
C.append([
    ("Các HN tổng kết ngành NG năm 2022 và 2024 diễn ra ngày nào?", "new", "abbrev",
     "Các hội nghị tổng kết ngành Ngoại giao năm 2022 và năm 2024 diễn ra ngày nào?", "10/1 && 6/1", (1, 4)),
    ("ca hai deu hop truc tuyen a", "pronoun", "accentless",
     "Hội nghị tổng kết năm 2022 và hội nghị tổng kết năm 2024 đều tổ chức trực tuyến phải không?", "trực tuyến", (1, 4)),
    ("ttg co du ca 2 hn do ko", "pronoun", "accentless,abbrev",
     "Thủ tướng có dự cả hai hội nghị tổng kết năm 2022 và năm 2024 không?", "Phạm Minh Chính", (1, 4)),
    ("còn năm 2019 thì sao", "substitution", "near-miss",
     "Thủ tướng có dự hội nghị tổng kết công tác ngành Ngoại giao năm 2019 không?", NIC, None),
    ("hn so ket 2019 nhan manh tang cuong phoi hop giua nhung ai", "new", "accentless,abbrev",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 nhấn mạnh tăng cường sự phối hợp giữa những ai?", "đơn vị trong Bộ", 3),
])

# c45 world situation 2023 / 2019 / PTT
C.append([
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hinh thế giới ra sao?", "new", "typo",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới ra sao?", "tác động sâu sắc", 0),
    ("the con nam 2019?", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá tình hình thế giới ra sao?", "khó lường", 3),
    ("con PTT Tran Luu Quang nhan dinh the nao", "substitution", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thế nào?", "biến động sâu sắc", 2),
    ("trích nguyên văn", "request", "telegraphic",
     "Trích nguyên văn nhận định của Phó Thủ tướng Trần Lưu Quang về tình hình thế giới và khu vực.",
     "biến động sâu sắc && bên cạnh khó khăn", 2),
    ("ông ấy làm việc với BNG ở đâu", "pronoun", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở", 2),
])

# c46 not in corpus -> new sơ kết 2019 -> 2020 not in corpus
C.append([
    ("Hội nghị Ngoại vụ địa phương toàn quốc năm 2023 diễn ra ở đâu?", "new", "near-miss",
     "Hội nghị Ngoại vụ địa phương toàn quốc năm 2023 diễn ra ở đâu?", NIC, None),
    ("Báo cáo sơ kết 2019 đánh giá công tác ngoại vụ địa phương ra sao?", "new", "-",
     "Báo cáo sơ kết 2019 đánh giá công tác ngoại vụ địa phương ra sao?", "lợi ích cụ thể", 3),
    ("nam do ngoai giao van hoa thi sao", "pronoun", "accentless",
     "Năm 2019 công tác ngoại giao văn hóa được đánh giá thế nào?", "tiếp tục được quan tâm", 3),
    ("con 2020", "substitution", "accentless,telegraphic",
     "Năm 2020 công tác ngoại giao văn hóa được đánh giá thế nào?", NIC, None),
])

# c47 BT Sơn 2022 -> new sơ kết 2023
C.append([
    ("BT Son noi gi ve su tham du cua TTg o HN TK 2022", "new", "accentless,abbrev",
     "Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022?",
     "quan tâm đặc biệt && nguồn cổ vũ", 1),
    ("ông ấy khẳng định ngành NG đang bươc sang giai đoạn nào", "pronoun", "abbrev,typo",
     "Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao đang bước sang giai đoạn nào?", "giai đoạn phát triển mới", 1),
    ("noi ro hon", "request", "accentless,telegraphic",
     "Nói rõ hơn khẳng định của Bộ trưởng Bùi Thanh Sơn về giai đoạn phát triển mới của ngành Ngoại giao.",
     "quyết tâm cao && đổi mới mạnh mẽ", 1),
    ("Sơ kết 6 tháng đầu năm 2023, Bộ trưởng yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?", "new", "-",
     "Sơ kết 6 tháng đầu năm 2023, Bộ trưởng yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
     "nghiên cứu && dự báo", 0),
])

# c48 PTT's three tasks -> TTg 2024
C.append([
    ("Theo PTT Trần Lưu Quang, nâng cao vị thế và uy tín đất nước là nhiệm vụ gì?", "new", "abbrev",
     "Theo Phó Thủ tướng Trần Lưu Quang, nâng cao vị thế và uy tín đất nước là nhiệm vụ gì?", "nhiệm vụ quan trọng", 2),
    ("con giu vung hoa binh on dinh", "substitution", "accentless,telegraphic",
     "Theo Phó Thủ tướng Trần Lưu Quang, giữ vững hòa bình, ổn định là nhiệm vụ gì?", "trọng yếu && thường xuyên", 2),
    ("phục vụ phát triển đất nước?", "substitution", "telegraphic",
     "Theo Phó Thủ tướng Trần Lưu Quang, phục vụ phát triển đất nước là nhiệm vụ gì?", "nhiệm vụ trung tâm", 2),
    ("ong ay dua tren chi dao cua ai", "pronoun", "accentless",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng", 2),
    ("con TTg o HN TK 2024 noi nhiem vu bao trum la gi", "substitution", "accentless,abbrev",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại là gì?",
     "vai trò tiên phong && vươn mình", 4),
])


# ---------------------------------------------------------------- helpers
def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()


def found(fact, text_norm):
    f = norm(fact)
    return re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text_norm) is not None


def load_reports():
    files = sorted(glob.glob(os.path.join(GIVEN, "*.txt")))
    return [norm(open(f, encoding="utf-8").read()) for f in files]


def main():
    reports = load_reports()
    assert len(reports) == 5, "expected 5 reports"
    problems = []
    rows = []
    for ci, conv in enumerate(C, 1):
        cid = "c%02d" % ci
        for ti, (q, kind, tags, read_as, facts, src) in enumerate(conv, 1):
            for field in (q, kind, tags, read_as, facts):
                if "\t" in field or "\n" in field:
                    problems.append("%s t%d: tab/newline in field" % (cid, ti))
            if facts.startswith("refuse:"):
                if src is not None:
                    problems.append("%s t%d: refuse turn with src" % (cid, ti))
            else:
                srcs = src if isinstance(src, tuple) else (src,)
                text = " ".join(reports[i] for i in srcs)
                for group in facts.split(" && "):
                    for alt in group.split(" | "):
                        if not found(alt, text):
                            problems.append("%s t%d: fact %r not in report(s) %s" % (cid, ti, alt, srcs))
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(HEADER + rows) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(C), len(rows)))


if __name__ == "__main__":
    main()
