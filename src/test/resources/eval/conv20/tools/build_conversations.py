#!/usr/bin/env python3
"""Build /work/sealed/conv20/conversations.tsv in one go.

Written only from the five reports in ../given. Doc keys (used only for the
internal self-check, not written to the TSV):
  S23 = 000 Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7, BT Bùi Thanh Sơn)
  T22 = 001 Hội nghị tổng kết ngành Ngoại giao năm 2022 (10/1, TTg Phạm Minh Chính dự, BT Sơn chủ trì)
  PTT = 002 PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (chiều 31-1, Trụ sở BNG)
  S19 = 003 Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7, PTT-BT Phạm Bình Minh)
  T24 = 004 Hội nghị tổng kết ngành ngoại giao năm 2024 (6/1, TTg Phạm Minh Chính)
"""
import glob
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "conversations.tsv")

HEADER = [
    "# Blind conversation set 20 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NI = "refuse:not_in_corpus"
FP = "refuse:false_premise"
NR = "refuse:not_reported"

# Each conversation: list of (question, kind, tags, read_as, facts, doc)
CONVS = []


def C(*turns):
    CONVS.append(list(turns))


# c01 ---------------------------------------------------------------- T22
C(
    ("hn tong ket cong tac nganh ngoai giao nam 2022 to chuc ngay nao", "new", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức ngày nào?", "10/1", "T22"),
    ("ai chủ trì?", "ellipsis", "telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "T22"),
    ("ong ay noi hoi nghi nham muc dich gi", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn nói Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 nhằm mục đích gì?",
     "nhìn lại một năm && Hội nghị Ngoại giao lần thứ 31 | Hội nghị đối ngoại toàn quốc", "T22"),
    ("co bao nhieu dai bieu", "ellipsis", "accentless",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700", "T22"),
    ("con HN tong ket 2024 thi bao nhieu nguoi du?", "substitution", "accentless,abbrev",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, "T24"),
)

# c02 ---------------------------------------------------------------- T24
C(
    ("Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "new", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1", "T24"),
    ("ai du va chi dao", "ellipsis", "accentless,telegraphic",
     "Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "T24"),
    ("ong ay noi nhiem vu bao trum la gi", "pronoun", "accentless",
     "Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì (hội nghị tổng kết năm 2024)?",
     "vai trò tiên phong && tạo lập | kỷ nguyên vươn mình", "T24"),
    ("trich nguyen van cau do", "request", "accentless",
     "Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về nhiệm vụ bao trùm tại hội nghị tổng kết năm 2024.",
     "Nhiệm vụ bao trùm && kỷ nguyên vươn mình của dân tộc", "T24"),
    ("o diem cau quang tri ai du", "ellipsis", "accentless",
     "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "T24"),
)

# c03 ---------------------------------------------------------------- S23
C(
    ("BNG so ket 6 thang dau nam 2023 vao ngay nao", "new", "accentless,abbrev",
     "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", "S23"),
    ("ai phat bieu ket luan?", "ellipsis", "accentless",
     "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?", "Bùi Thanh Sơn", "S23"),
    ("ong ay bieu duong ai", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "nỗ lực không mệt mỏi | tập thể cán bộ", "S23"),
    ("hoi nghi do to chuc o dau vay", "pronoun", "accentless",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 được tổ chức ở đâu?", NR, "S23"),
    ("con so ket 2019 thi ai chi dao", "substitution", "accentless",
     "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019?", "Phạm Bình Minh", "S19"),
)

# c04 ---------------------------------------------------------------- S19
C(
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nêu kết quả gì về khuôn khổ quan hệ với các đối tác?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao nêu kết quả gì về khuôn khổ quan hệ với các đối tác?",
     "Brunei && Hà Lan && 30 quốc gia", "S19"),
    ("vn trung cu HDBA LHQ duoc bao nhieu phieu", "ellipsis", "accentless,abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?",
     "192/193", "S19"),
    ("nhiem ky nao", "ellipsis", "accentless,telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ cho nhiệm kỳ nào (báo cáo sơ kết 2019)?", "2020-2021", "S19"),
    ("năm đó những hiệp định nào được ký kết", "pronoun", "-",
     "Trong 6 tháng đầu năm 2019, những hiệp định nào được ký kết theo báo cáo sơ kết?",
     "EVFTA && Hiệp định bảo hộ đầu tư", "S19"),
    ("trich nguyen van doan do", "request", "accentless",
     "Trích nguyên văn đoạn báo cáo sơ kết 6 tháng đầu năm 2019 nói về hội nhập quốc tế, CPTPP và EVFTA.",
     "bước đột phá mới && CPTPP && EVFTA", "S19"),
)

# c05 ---------------------------------------------------------------- PTT
C(
    ("PTT Tran Luu Quang lam viec voi BNG ngay nao", "new", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31-1", "PTT"),
    ("ở đâu?", "ellipsis", "telegraphic",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao", "PTT"),
    ("ai bao cao voi ong ay", "pronoun", "accentless",
     "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?", "Bùi Thanh Sơn", "PTT"),
    ("PTT bảo nhiệm vụ trung tâm là gì", "ellipsis", "abbrev",
     "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm là gì?",
     "phục vụ phát triển đất nước", "PTT"),
    ("con nhiem vu trong yeu", "substitution", "accentless,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu, thường xuyên là gì?", "giữ vững hòa bình, ổn định", "PTT"),
    ("thế còn nhiệm vụ quan trọng?", "substitution", "-",
     "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ quan trọng là gì?", "vị thế và uy tín đất nước", "PTT"),
)

# c06 ---------------------------------------------------------------- T22 -> S19
C(
    ("thu tuong noi gi ve ban sac cay tre viet nam o hoi nghi tong ket nganh ngoai giao 2022", "new", "accentless",
     "Thủ tướng nói gì về bản sắc \"cây tre Việt Nam\" tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
     "gốc vững && dĩ bất biến, ứng vạn biến", "T22"),
    ("nói rõ hơn", "request", "-",
     "Nói rõ hơn ý của Thủ tướng về bản sắc \"cây tre Việt Nam\" tại Hội nghị tổng kết năm 2022.",
     "kiên định độc lập && uyển chuyển", "T22"),
    ("hoi nghi do ket noi bao nhieu diem cau?", "pronoun", "accentless",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63", "T22"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2019 do ai phát biểu chỉ đạo?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 do ai phát biểu chỉ đạo?", "Phạm Bình Minh", "S19"),
    ("ong ay luc do giu chuc gi", "pronoun", "accentless",
     "Năm 2019 ông Phạm Bình Minh giữ chức vụ gì?", "Phó Thủ tướng, Bộ trưởng Ngoại giao", "S19"),
)

# c07 ---------------------------------------------------------------- T24
C(
    ("Năm 2025 Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì?", "new", "-",
     "Năm 2025 Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì?",
     "dự báo đúng tình hình && thế chủ động chiến lược", "T24"),
    ("tom tat lai", "request", "accentless,telegraphic",
     "Tóm tắt lại mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định.",
     "dự báo đúng tình hình | thế chủ động chiến lược && nâng tầm công tác đối ngoại", "T24"),
    ("TTg yeu cau gi ve tinh gon bo may", "ellipsis", "accentless,abbrev",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về tinh gọn tổ chức bộ máy của Bộ Ngoại giao?",
     "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "T24"),
    ("phải tổng kết nghị quyết nào", "ellipsis", "-",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?",
     "Nghị quyết 18", "T24"),
    ("còn HN tổng kết năm 2023 thì tổng kết NQ nào", "substitution", "abbrev",
     "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2023, Thủ tướng yêu cầu tổng kết nghị quyết nào?", NI, ""),
)

# c08 ---------------------------------------------------------------- T22/T24
C(
    ("Ai dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "new", "-",
     "Ai dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "T22"),
    ("nguoi do giu chuc gi", "pronoun", "accentless",
     "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Ban Thường vụ Tỉnh ủy && Phó Chủ tịch UBND tỉnh", "T22"),
    ("huyen nao tham du", "ellipsis", "accentless,telegraphic",
     "Những huyện nào của Cao Bằng dự hội nghị tổng kết ngành ngoại giao năm 2022?",
     "Quảng Hòa && Thạch An && Hạ Lang", "T22"),
    ("con diem cau quang tri nam 2024", "substitution", "accentless",
     "Ai dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "T24"),
    ("nguoi do co phat bieu gi khong", "pronoun", "accentless",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu gì tại hội nghị tổng kết năm 2024?", NR, "T24"),
)

# c09 ---------------------------------------------------------------- S23
C(
    ("Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?", "new", "-",
     "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?",
     "Đại hội XIII && nghiên cứu, dự báo, tham mưu", "S23"),
    ("con thong tin doi ngoai thi ong ay noi gi", "substitution", "accentless",
     "Về thông tin đối ngoại, Bộ trưởng Bùi Thanh Sơn đề nghị gì trong 6 tháng cuối năm 2023?",
     "phương thức truyền thông mới", "S23"),
    ("con xay dung nganh", "substitution", "accentless,telegraphic",
     "Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
     "thi đua khen thưởng | bản lĩnh chính trị vững vàng", "S23"),
    ("hội nghị này có trao khen thưởng không", "pronoun", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "trao tặng các danh hiệu", "S23"),
    ("bao nhieu tap the duoc khen", "ellipsis", "accentless",
     "Bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR, "S23"),
)

# c10 ---------------------------------------------------------------- S19 -> T24
C(
    ("PTT Pham Binh Minh luu y nhung diem gi cho cong tac doi ngoai thoi gian toi nam 2019", "new", "accentless,abbrev",
     "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm gì trong công tác đối ngoại thời gian tới?",
     "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa", "S19"),
    ("điểm thứ hai nói rõ hơn đc ko", "request", "abbrev",
     "Nói rõ hơn điểm thứ hai mà Phó Thủ tướng Phạm Bình Minh lưu ý năm 2019.",
     "các đơn vị trong Bộ && giữa Bộ với các Bộ", "S19"),
    ("con ve xay dung nganh ong ay chi dao gi", "substitution", "accentless",
     "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 2019?",
     "tuyển dụng && bảo vệ chính trị nội bộ", "S19"),
    ("ông ấy phê bình đơn vị nào?", "pronoun", "premise",
     "Phó Thủ tướng Phạm Bình Minh phê bình đơn vị nào tại hội nghị sơ kết 2019?", FP, "S19"),
    ("Who directed the 2024 year-end review conference of the diplomatic sector?", "new", "english",
     "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "T24"),
    ("when was it held", "ellipsis", "english,telegraphic",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1", "T24"),
)

# c11 ---------------------------------------------------------------- cross
C(
    ("Thủ tướng Phạm Minh Chính dự hội nghị tổng kết ngành ngoại giao những năm nào?", "new", "-",
     "Thủ tướng Phạm Minh Chính dự hội nghị tổng kết ngành ngoại giao những năm nào?", "2022 && 2024", "T22+T24"),
    ("nam nao co hon 700 dai bieu", "ellipsis", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm nào (mà Thủ tướng Phạm Minh Chính dự) có hơn 700 đại biểu?",
     "700 && 2022", "T22"),
    ("con nam 2021 thi ong ay co du khong", "substitution", "accentless",
     "Thủ tướng Phạm Minh Chính có dự hội nghị tổng kết ngành ngoại giao năm 2021 không?", NI, ""),
    ("Hội nghị Ngoại giao 30 được nhắc trong báo cáo nào?", "new", "-",
     "Hội nghị Ngoại giao 30 được nhắc trong báo cáo nào?", "sơ kết && 2019", "S19"),
    ("bao cao do con nhac hoi nghi tong ket nam nao", "pronoun", "accentless",
     "Báo cáo sơ kết 6 tháng đầu năm 2019 còn nhắc đến hội nghị tổng kết công tác năm nào?", "2018", "S19"),
)

# c12 ---------------------------------------------------------------- PTT
C(
    ("Bo truong Son bao cao gi voi Pho Thu tuong Tran Luu Quang", "new", "accentless",
     "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang?",
     "năm 2022 && đổi mới tư duy và hành động", "PTT"),
    ("trọng tâm là gì", "ellipsis", "telegraphic",
     "Theo Bộ trưởng Bùi Thanh Sơn khi báo cáo Phó Thủ tướng Trần Lưu Quang, trọng tâm đổi mới là gì?",
     "xây dựng, phát triển ngành && tinh thần phục vụ", "PTT"),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn phần Bộ trưởng Bùi Thanh Sơn nêu trọng tâm đổi mới khi báo cáo Phó Thủ tướng Trần Lưu Quang.",
     "phụng sự Đảng && lề lối làm việc", "PTT"),
    ("buoi lam viec do keo dai bao lau", "pronoun", "accentless",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR, "PTT"),
    ("lđ VPCP có dự ko", "ellipsis", "abbrev",
     "Lãnh đạo Văn phòng Chính phủ có dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao không?",
     "Văn phòng Chính phủ", "PTT"),
)

# c13 ---------------------------------------------------------------- dates chain
C(
    ("hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào?", "22/7", "S19"),
    ("con 2023", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "5/7", "S23"),
    ("con 2020?", "substitution", "accentless,telegraphic",
     "Hội nghị sơ kết 6 tháng đầu năm 2020 diễn ra ngày nào?", NI, ""),
    ("thế còn tổng kết năm 2024", "substitution", "-",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", "T24"),
    ("hoi nghi do hinh thuc gi, truc tiep hay truc tuyen", "pronoun", "accentless",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức theo hình thức nào?", "trực tuyến", "T24"),
)

# c14 ---------------------------------------------------------------- T22
C(
    ("Tại hội nghị tổng kết ngoại giao năm 2022, Thủ tướng yêu cầu ngành thực hiện bao nhiêu nhiệm vụ trọng tâm?", "new", "-",
     "Tại hội nghị tổng kết ngoại giao năm 2022, Thủ tướng yêu cầu ngành thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6 nhiệm vụ trọng tâm", "T22"),
    ("ong ay noi ve bao ve to quoc the nao", "pronoun", "accentless",
     "Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc tại hội nghị tổng kết ngoại giao năm 2022?",
     "từ sớm && từ xa && giữ nước từ khi nước chưa nguy", "T22"),
    ("trich nguyen van cau giu nuoc", "request", "accentless",
     "Trích nguyên văn câu \"giữ nước từ khi nước chưa nguy\" của Thủ tướng tại hội nghị tổng kết năm 2022.",
     "giữ nước từ khi nước chưa nguy && không để bị động bất ngờ", "T22"),
    ("còn tinh thần phục vụ thì lấy ai làm trung tâm", "substitution", "-",
     "Thủ tướng yêu cầu ngành ngoại giao bám sát tinh thần lấy ai làm trung tâm phục vụ (hội nghị tổng kết năm 2022)?",
     "người dân, doanh nghiệp, địa phương", "T22"),
    ("vi sao TTg chi trich BT Son", "ellipsis", "accentless,abbrev,premise",
     "Vì sao Thủ tướng chỉ trích Bộ trưởng Bùi Thanh Sơn tại hội nghị tổng kết ngoại giao năm 2022?", FP, "T22"),
)

# c15 ---------------------------------------------------------------- T22
C(
    ("Tại hội nghị tổng kết 2022, Thủ tướng nói gì về chủ trương từ \"muốn là bạn\"?", "new", "-",
     "Tại hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng nói gì về chủ trương từ \"muốn là bạn\"?",
     "sẵn sàng là bạn && đối tác tin cậy", "T22"),
    ("con ve hop tac va dau tranh", "substitution", "accentless",
     "Tại hội nghị tổng kết năm 2022, Thủ tướng nói gì về hợp tác và đấu tranh?", "đối tác, đối tượng", "T22"),
    ("con ngoai giao kinh te", "substitution", "accentless,telegraphic",
     "Tại hội nghị tổng kết năm 2022, Thủ tướng nói gì về vai trò của ngoại giao kinh tế?",
     "thị trường xuất khẩu && chuỗi cung ứng toàn cầu", "T22"),
    ("kim ngach xnk nam do dat bao nhieu", "pronoun", "accentless,abbrev",
     "Kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu theo báo cáo tổng kết?", "700 tỷ USD", "T22"),
    ("nguồn nào vậy", "request", "-",
     "Thông tin kim ngạch xuất nhập khẩu năm 2022 vượt 700 tỷ USD lấy từ bài/báo cáo nào?",
     "Phạm Minh Chính dự Hội nghị tổng kết | Vi Trường", "T22"),
)

# c16 ---------------------------------------------------------------- T22 -> S23
C(
    ("Bo truong Bui Thanh Son danh gia cong tac doi ngoai nam 2022 the nao", "new", "accentless",
     "Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 thế nào?", "cục diện đối ngoại thuận lợi", "T22"),
    ("ông ấy còn khẳng định gì về ngành Ngoại giao", "pronoun", "-",
     "Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn còn khẳng định gì về ngành Ngoại giao?",
     "giai đoạn phát triển mới && đổi mới mạnh mẽ tư duy", "T22"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới ra sao?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới ra sao?",
     "diễn biến nhanh, phức tạp && tác động sâu sắc", "S23"),
    ("phuong chamm la gi", "ellipsis", "accentless,telegraphic,typo",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?",
     "chủ động, thích ứng, sáng tạo", "S23"),
    ("doi ngoai duoc vi la gi", "ellipsis", "accentless",
     "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại tiếp tục được đánh giá là gì trong thành tựu chung của cả nước?",
     "một điểm sáng", "S23"),
)

# c17 ---------------------------------------------------------------- S19
C(
    ("6 thang dau nam 2019 hoi nhap quoc te co buoc dot pha gi", "new", "accentless",
     "6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế có bước đột phá gì?", "CPTPP && EVFTA", "S19"),
    ("EVFTA trong báo cáo đó là hiệp định gì", "pronoun", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, EVFTA là hiệp định gì?", "Hiệp định tự do thương mại với EU", "S19"),
    ("còn Chỉ thị 25 thì sao", "substitution", "-",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Chỉ thị 25 nói về việc gì?", "nâng tầm đối ngoại đa phương", "S19"),
    ("VN tổ chức thành công HN thượng đỉnh nào", "ellipsis", "abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam đã tổ chức thành công hội nghị thượng đỉnh nào?",
     "Mỹ - Triều lần 2", "S19"),
    ("vn lam chu tich asean nam do ra sao", "pronoun", "accentless,abbrev,premise",
     "Việt Nam làm Chủ tịch ASEAN năm 2019 ra sao theo báo cáo sơ kết?", FP, "S19"),
)

# c18 ---------------------------------------------------------------- T24
C(
    ("Ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?", "new", "-",
     "Ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
     "chíp bán dẫn && trí tuệ nhân tạo && chuyển đổi xanh", "T24"),
    ("dưới sự chỉ đạo của ai", "ellipsis", "-",
     "Năm 2024 ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?",
     "sâu sát, quyết liệt && Thủ tướng", "T24"),
    ("kq la gi", "ellipsis", "accentless,abbrev,telegraphic",
     "Ngoại giao kinh tế năm 2024 đóng góp kết quả gì?", "nhóm nước tăng trưởng cao && điểm sáng về thương mại", "T24"),
    ("con nam 2022 thi kim ngach XNK bao nhieu", "substitution", "accentless,abbrev",
     "Năm 2022 kim ngạch xuất nhập khẩu đạt bao nhiêu?", "700 tỷ USD", "T22"),
    ("thế còn 2019?", "substitution", "telegraphic",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2019, kim ngạch xuất nhập khẩu đạt bao nhiêu?", NR, "S19"),
)

# c19 ---------------------------------------------------------------- PTT english
C(
    ("When did Deputy PM Tran Luu Quang have a working session with the Foreign Ministry?", "new", "english,abbrev",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "31-1", "PTT"),
    ("who attended?", "ellipsis", "english,telegraphic",
     "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
     "Bùi Thanh Sơn && Văn phòng Chính phủ", "PTT"),
    ("what did he say about the world situation", "pronoun", "english",
     "Phó Thủ tướng Trần Lưu Quang nhận định gì về tình hình thế giới và khu vực thời gian tới?",
     "biến động sâu sắc && cơ hội, thuận lợi", "PTT"),
    ("ông ấy giao BNG tập trung những việc gì", "pronoun", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang giao Bộ Ngoại giao tập trung thực hiện những việc gì?",
     "chương trình đối ngoại cấp cao && biên giới hoà bình", "PTT"),
    ("tom tat lai ngan gon", "request", "accentless",
     "Tóm tắt ngắn gọn những việc Phó Thủ tướng Trần Lưu Quang giao Bộ Ngoại giao tập trung thực hiện.",
     "chương trình đối ngoại cấp cao | hội nhập quốc tế", "PTT"),
)

# c20 ---------------------------------------------------------------- mixed
C(
    ("Hoi nghi Ngoai giao lan thu 32 dien ra khi nao", "new", "accentless,near-miss",
     "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NI, ""),
    ("thế còn lần thứ 31 được nhắc trong báo cáo nào", "substitution", "-",
     "Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo nào?", "năm 2022", "T22"),
    ("TBT Nguyễn Phú Trọng chỉ đạo ở hội nghị nào?", "new", "abbrev",
     "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc", "PTT"),
    ("nam nao", "ellipsis", "accentless,telegraphic",
     "Hội nghị đối ngoại toàn quốc mà Tổng Bí thư Nguyễn Phú Trọng chỉ đạo diễn ra năm nào?", "2021", "PTT"),
    ("ông ấy phát biểu gì tại HN tổng kết 2024", "pronoun", "abbrev,premise",
     "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2024?", FP, "T24"),
)

# c21 ---------------------------------------------------------------- T24/T22
C(
    ("Hội nghị tổng kết ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", "new", "-",
     "Hội nghị tổng kết ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, "T24"),
    ("con nam 2022?", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700", "T22"),
    ("ket noi bao nheiu diem cau", "ellipsis", "accentless,typo",
     "Hội nghị tổng kết ngoại giao năm 2022 kết nối với bao nhiêu điểm cầu?", "63", "T22"),
    ("cac dai bieu la ai", "ellipsis", "accentless",
     "Các đại biểu dự hội nghị tổng kết ngoại giao năm 2022 là những ai?",
     "ngành Trung ương && trong và ngoài nước", "T22"),
)

# c22 ---------------------------------------------------------------- near-miss
C(
    ("Hội nghị tổng kết công tác ngoại giao năm 2023 do ai chủ trì?", "new", "near-miss",
     "Hội nghị tổng kết công tác ngoại giao năm 2023 do ai chủ trì?", NI, ""),
    ("vay tong ket nam 2022", "substitution", "accentless",
     "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 do ai chủ trì?", "Bùi Thanh Sơn", "T22"),
    ("hội nghị đó triển khai nhiệm vụ năm nào", "pronoun", "-",
     "Hội nghị tổng kết công tác năm 2022 triển khai nhiệm vụ năm nào?", "nhiệm vụ năm 2023", "T22"),
    ("con tong ket 2024", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết công tác năm 2024 triển khai nhiệm vụ năm nào?", "nhiệm vụ năm 2025", "T24"),
    ("Sơ kết 6 tháng đầu năm 2019 hướng tới Đại hội nào của Đảng?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2019 hướng tới Đại hội nào của Đảng?", "Đại hội XIII", "S19"),
)

# c23 ---------------------------------------------------------------- S23 -> PTT
C(
    ("6 tháng đầu năm 2023 ngoại giao kinh tế đạt kết quả gì?", "new", "-",
     "6 tháng đầu năm 2023 ngoại giao kinh tế đạt kết quả gì?", "trọng tâm, trọng điểm && kinh tế vĩ mô", "S23"),
    ("còn ngoại giao đa phương", "substitution", "-",
     "6 tháng đầu năm 2023 ngoại giao đa phương đạt kết quả gì?", "ngoại giao song phương", "S23"),
    ("cong tac nguoi VN o nuoc ngoai thi sao", "substitution", "accentless,abbrev",
     "6 tháng đầu năm 2023 công tác người Việt Nam ở nước ngoài được đánh giá thế nào?", "cầu nối", "S23"),
    ("bao cao nay cua hang tin nao", "pronoun", "accentless",
     "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2023 là của hãng tin nào?", "TTXVN", "S23"),
    ("Bài về Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao lấy theo nguồn nào?", "new", "-",
     "Bài về Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao lấy theo nguồn nào?", "VGP", "PTT"),
)

# c24 ---------------------------------------------------------------- S19 -> T24
C(
    ("Bo Ngoai giao huong toi xay dung doi ngu can bo nhu the nao theo so ket 6 thang dau nam 2019", "new", "accentless",
     "Theo sơ kết 6 tháng đầu năm 2019, Bộ Ngoại giao hướng tới xây dựng đội ngũ cán bộ như thế nào?",
     "vừa hồng, vừa chuyên && tinh nhuệ", "S19"),
    ("con nam 2024", "substitution", "accentless,telegraphic",
     "Tại hội nghị tổng kết năm 2024, yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?",
     "tuyệt đối trung thành && tinh thông về nghiệp vụ", "T24"),
    ("trich nguyen van", "request", "accentless,telegraphic",
     "Trích nguyên văn yêu cầu xây dựng đội ngũ cán bộ ngoại giao tại hội nghị tổng kết năm 2024.",
     "sâu sắc về chiến lược && khôn khéo về ứng xử", "T24"),
    ("ai nói câu đó", "request", "-",
     "Ai nêu yêu cầu xây dựng đội ngũ cán bộ ngoại giao \"vừa hồng, vừa chuyên\" tại hội nghị tổng kết năm 2024?",
     "Phạm Minh Chính", "T24"),
    ("ông ấy kết luận hội nghị ngày nào", "pronoun", "-",
     "Thủ tướng Phạm Minh Chính kết luận hội nghị tổng kết năm 2024 ngày nào?", "6/1", "T24"),
)

# c25 ---------------------------------------------------------------- S23 -> S19
C(
    ("Những ai tham dự hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "-",
     "Những ai tham dự hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn && đại diện các đơn vị", "S23"),
    ("thủ tướng có dự ko", "ellipsis", "abbrev",
     "Thủ tướng có dự hội nghị sơ kết 6 tháng đầu năm 2023 không?", NR, "S23"),
    ("hoi nghi do co may dai bieu", "pronoun", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có bao nhiêu đại biểu?", NR, "S23"),
    ("6 thang dau nam 2019 VN thiet lap doi tac toan dien voi nuoc nao", "new", "accentless,abbrev",
     "6 tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với nước nào?", "Brunei && Hà Lan", "S19"),
    ("nâng tổng số lên bao nhiêu", "ellipsis", "-",
     "Năm 2019 tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu?", "30 quốc gia", "S19"),
)

# c26 ---------------------------------------------------------------- PTT -> T22
C(
    ("PTT Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao?", "new", "abbrev",
     "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao?", "nỗ lực và thành tựu to lớn", "PTT"),
    ("ong ay dan chi dao cua TBT tai hoi nghi nao", "pronoun", "accentless,abbrev",
     "Phó Thủ tướng Trần Lưu Quang dẫn chỉ đạo của Tổng Bí thư tại hội nghị nào?",
     "Hội nghị đối ngoại toàn quốc năm 2021", "PTT"),
    ("Bo can tham muu gi", "ellipsis", "accentless,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu gì?", "tham mưu kịp thời && tranh thủ tối đa cơ hội", "PTT"),
    ("vì sao ông ấy phê bình BNG chậm trễ", "pronoun", "abbrev,premise",
     "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm trễ?", FP, "PTT"),
    ("Thủ tướng Phạm Minh Chính yêu cầu gì về ngoại giao kinh tế tại hội nghị tổng kết năm 2022?", "new", "-",
     "Thủ tướng Phạm Minh Chính yêu cầu gì về ngoại giao kinh tế tại hội nghị tổng kết năm 2022?",
     "thị trường xuất khẩu && thị trường nhập khẩu", "T22"),
)

# c27 ---------------------------------------------------------------- T24/T22
C(
    ("hoi nghi tong ket nganh ngoai giao nam 2024 to chuc ngay nao vay", "new", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 tổ chức ngày nào?", "6/1", "T24"),
    ("con nam 2022 thi sao", "substitution", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 tổ chức ngày nào?", "10/1", "T22"),
    ("tt co du ko", "ellipsis", "accentless,abbrev,telegraphic",
     "Thủ tướng có dự hội nghị tổng kết ngành ngoại giao năm 2022 không?", "Phạm Minh Chính", "T22"),
    ("ổng giữ chức gì trong đảng", "pronoun", "typo",
     "Thủ tướng Phạm Minh Chính giữ chức vụ gì trong Đảng?", "Ủy viên Bộ Chính trị", "T22"),
    ("con bo truong son", "substitution", "accentless",
     "Bộ trưởng Bùi Thanh Sơn giữ chức vụ gì trong Đảng?", "Ủy viên Trung ương Đảng", "T22"),
)

# c28 ---------------------------------------------------------------- T24 -> S23
C(
    ("Thủ tướng yêu cầu ngành ngoại giao làm gì về quan hệ với các đối tác trong năm 2025?", "new", "-",
     "Thủ tướng yêu cầu ngành ngoại giao làm gì về quan hệ với các đối tác trong năm 2025?",
     "nâng cấp, nâng tầm quan hệ", "T24"),
    ("con xay dung dang", "substitution", "accentless,telegraphic",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về xây dựng Đảng trong ngành ngoại giao?",
     "sức chiến đấu", "T24"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 có nói gì về chuyển đổi số không?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 có nói gì về chuyển đổi số không?",
     "đẩy mạnh chuyển đổi số", "S23"),
    ("ai đề nghị vậy", "request", "-",
     "Ai đề nghị đẩy mạnh chuyển đổi số tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn", "S23"),
    ("vi sao ong ay hoan hoi nghi", "pronoun", "accentless,premise",
     "Vì sao Bộ trưởng Bùi Thanh Sơn hoãn Hội nghị sơ kết 6 tháng đầu năm 2023?", FP, "S23"),
)

# c29 ---------------------------------------------------------------- S19/PTT
C(
    ("Hội nghị sơ kết công tác 6 tháng đầu năm 2019 được tổ chức ở đâu?", "new", "-",
     "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 được tổ chức ở đâu?", NR, "S19"),
    ("thế còn buổi làm việc của PTT Trần Lưu Quang", "substitution", "abbrev",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao được tổ chức ở đâu?",
     "Trụ sở Bộ Ngoại giao", "PTT"),
    ("vao buoi nao", "ellipsis", "accentless,telegraphic",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra vào buổi nào?", "chiều", "PTT"),
    ("hoi do BT Ngoai giao la ai", "pronoun", "accentless,abbrev",
     "Vào thời điểm buổi làm việc của Phó Thủ tướng Trần Lưu Quang (năm 2023), Bộ trưởng Bộ Ngoại giao là ai?",
     "Bùi Thanh Sơn", "PTT"),
    ("còn năm 2019 BT là ai", "substitution", "abbrev",
     "Năm 2019 (sơ kết 6 tháng đầu năm), Bộ trưởng Ngoại giao là ai?", "Phạm Bình Minh", "S19"),
)

# c30 ---------------------------------------------------------------- T24 requests
C(
    ("Thu tuong noi gi ve ky nguyen moi tai hoi nghi tong ket nganh ngoai giao 2024", "new", "accentless",
     "Thủ tướng nói gì về kỷ nguyên mới tại hội nghị tổng kết ngành ngoại giao năm 2024?",
     "kỷ nguyên vươn mình && tăng tốc, bứt phá", "T24"),
    ("nói rõ hơn", "request", "-",
     "Nói rõ hơn kết luận của Thủ tướng về nhiệm vụ bao trùm và kỷ nguyên vươn mình tại hội nghị tổng kết năm 2024.",
     "huy động các nguồn lực bên ngoài && nguồn lực có tính đột phá", "T24"),
    ("tóm tắt lại 1 câu", "request", "-",
     "Tóm tắt lại trong một câu kết luận của Thủ tướng về nhiệm vụ bao trùm tại hội nghị tổng kết năm 2024.",
     "vai trò tiên phong", "T24"),
    ("nguon nao", "request", "accentless,telegraphic",
     "Kết luận đó của Thủ tướng tại hội nghị tổng kết năm 2024 lấy từ nguồn nào?",
     "Hoài Nhung | baoquangtri | Tạo bước tiến đột phá", "T24"),
)

# c31 ---------------------------------------------------------------- T22 -> S19
C(
    ("Năm 2022 ngành ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?", "new", "-",
     "Năm 2022 ngành ngoại giao phối hợp với quốc phòng, an ninh xử lý những vấn đề gì?",
     "biên giới lãnh thổ && nhân quyền && tôn giáo", "T22"),
    ("ket qua ve phan dinh ra sao", "ellipsis", "accentless",
     "Năm 2022 ngành ngoại giao đạt kết quả gì về phân định, giải quyết các vấn đề?", "trên biển && trên bộ", "T22"),
    ("doi ngoai da phuong nam do the nao", "pronoun", "accentless",
     "Đối ngoại đa phương năm 2022 được đánh giá thế nào?", "đóng góp có trách nhiệm", "T22"),
    ("con 2019 da phuong", "substitution", "accentless,telegraphic",
     "Đối ngoại đa phương 6 tháng đầu năm 2019 được đánh giá thế nào?", "Chỉ thị 25", "S19"),
    ("chỉ thị đó về việc gì", "pronoun", "-",
     "Chỉ thị 25 được nhắc trong báo cáo sơ kết 2019 là về việc gì?", "nâng tầm đối ngoại đa phương", "S19"),
)

# c32 ---------------------------------------------------------------- T24 premise
C(
    ("Tại sao hội nghị tổng kết ngành ngoại giao năm 2024 bị hoãn?", "new", "premise",
     "Tại sao hội nghị tổng kết ngành ngoại giao năm 2024 bị hoãn?", FP, "T24"),
    ("vậy hn đó diễn ra ngày nào", "pronoun", "abbrev",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", "T24"),
    ("ai ket luan", "ellipsis", "accentless,telegraphic",
     "Ai kết luận hội nghị tổng kết ngành ngoại giao năm 2024?", "Phạm Minh Chính", "T24"),
    ("ong ay noi gi ve nghi quyet 57", "pronoun", "accentless,near-miss",
     "Thủ tướng Phạm Minh Chính nói gì về Nghị quyết 57 tại hội nghị tổng kết năm 2024?", NI, ""),
)

# c33 ---------------------------------------------------------------- T22 -> S23
C(
    ("BT Bui Thanh Son noi gi ve su tham du cua Thu tuog tai HN tong ket 2022", "new", "accentless,abbrev,typo",
     "Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022?",
     "minh chứng && quan tâm đặc biệt", "T22"),
    ("trích nguyên văn", "request", "telegraphic",
     "Trích nguyên văn lời Bộ trưởng Bùi Thanh Sơn về sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022.",
     "nguồn cổ vũ, động viên lớn lao", "T22"),
    ("các tham luận đánh giá gì", "ellipsis", "-",
     "Các tham luận tại hội nghị tổng kết năm 2022 đánh giá gì?", "nhiệm vụ đối ngoại trọng yếu", "T22"),
    ("còn sơ kết 2023 các đại biểu nhất trí gì về xây dựng ngành", "substitution", "-",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, các đại biểu nhất trí gì về công tác xây dựng ngành?",
     "đi vào nề nếp", "S23"),
    ("cong tac to chuc can bo the nao", "ellipsis", "accentless",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, công tác tổ chức cán bộ được đánh giá thế nào?", "bài bản hiệu quả", "S23"),
)

# c34 ---------------------------------------------------------------- S19 -> T24
C(
    ("Ai là Bộ trưởng Ngoại giao tại hội nghị sơ kết 6 tháng đầu năm 2019?", "new", "-",
     "Ai là Bộ trưởng Ngoại giao tại hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh", "S19"),
    ("ong ay kiem chuc gi", "pronoun", "accentless",
     "Năm 2019 ông Phạm Bình Minh kiêm chức vụ gì?", "Phó Thủ tướng", "S19"),
    ("ong ay co trong BCT ko", "pronoun", "accentless,abbrev",
     "Ông Phạm Bình Minh có là Ủy viên Bộ Chính trị không?", "Ủy viên Bộ Chính trị", "S19"),
    ("con 2017?", "substitution", "accentless,telegraphic",
     "Ai là Bộ trưởng Ngoại giao tại hội nghị sơ kết 6 tháng đầu năm 2017?", NI, ""),
    ("Năm 2024 ngoại giao kinh tế và kinh tế đối ngoại góp phần đưa Việt Nam vào nhóm nào?", "new", "-",
     "Năm 2024 ngoại giao kinh tế và kinh tế đối ngoại góp phần đưa Việt Nam vào nhóm nào?",
     "nhóm nước tăng trưởng cao", "T24"),
)

# c35 ---------------------------------------------------------------- english T22/T24
C(
    ("What did PM Pham Minh Chinh ask of the diplomatic sector at the 2022 review conference?", "new", "english,abbrev",
     "Thủ tướng Phạm Minh Chính yêu cầu gì đối với ngành ngoại giao tại hội nghị tổng kết năm 2022?",
     "chủ động dự báo tình hình && dám nghĩ, dám làm", "T22"),
    ("how many key tasks", "ellipsis", "english,telegraphic",
     "Tại hội nghị tổng kết năm 2022, Thủ tướng yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?",
     "6 nhiệm vụ trọng tâm", "T22"),
    ("and in 2024?", "substitution", "english,telegraphic",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", NR, "T24"),
    ("ok what was the overarching task then", "ellipsis", "english",
     "Tại hội nghị tổng kết năm 2024, Thủ tướng nêu nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?",
     "vai trò tiên phong && kỷ nguyên vươn mình", "T24"),
)

# c36 ---------------------------------------------------------------- S23 -> PTT
C(
    ("hoi nghi so ket 6 thang dau nam 2023 danh gia quan he voi cac doi tac ra sao", "new", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác ra sao?", "đi vào chiều sâu", "S23"),
    ("con bao ho cong dan", "substitution", "accentless",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân ra sao?", "cách thức thực hiện", "S23"),
    ("tóm tắt lại", "request", "telegraphic",
     "Tóm tắt lại đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về bảo hộ công dân, văn hóa đối ngoại, thông tin đối ngoại.",
     "văn hóa đối ngoại && cách thức thực hiện", "S23"),
    ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?", "new", "-",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?",
     "công tác đối ngoại trong năm 2023", "PTT"),
    ("ổng dặn bộ bám sát những gì", "pronoun", "typo",
     "Phó Thủ tướng Trần Lưu Quang dặn Bộ Ngoại giao bám sát những gì?",
     "Đại hội XIII && Hội nghị đối ngoại toàn quốc", "PTT"),
)

# c37 ---------------------------------------------------------------- T24/T22
C(
    ("Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị gì?", "new", "abbrev",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị gì?", "năm 2024 && Quảng Trị", "T24"),
    ("ong ay du o diem cau nao", "pronoun", "accentless",
     "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tổng kết năm 2024 tại điểm cầu nào?", "Quảng Trị", "T24"),
    ("hoi nghi do co bao nhieu diem cau", "pronoun", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?", NR, "T24"),
    ("còn HN 2022", "substitution", "abbrev,telegraphic",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 có bao nhiêu điểm cầu?", "63", "T22"),
    ("o Cao Bang co so nganh nao du", "ellipsis", "accentless",
     "Tại điểm cầu Cao Bằng, những sở, ngành nào dự hội nghị tổng kết năm 2022?",
     "Tài chính && Bộ đội Biên phòng", "T22"),
)

# c38 ---------------------------------------------------------------- S19
C(
    ("Tại hội nghị sơ kết 2019, PTT Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm thế nào?", "new", "abbrev",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm thế nào?",
     "nhanh hơn, phức tạp hơn && khó lường", "S19"),
    ("doi ngoai trien khai theo tinh than nao", "ellipsis", "accentless",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần nào?",
     "Hội nghị Ngoại giao 30", "S19"),
    ("còn quan hệ với các nước lớn", "substitution", "-",
     "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 quan hệ với các nước lớn được giữ thế nào?",
     "cân bằng linh hoạt", "S19"),
    ("toan the can bo quyet tamm gi", "ellipsis", "accentless,typo",
     "Sau hội nghị sơ kết 2019, toàn thể cán bộ Bộ Ngoại giao quyết tâm gì?",
     "định hướng ưu tiên && 06 tháng cuối năm 2019", "S19"),
    ("ông ấy yêu cầu cắt giảm bao nhiêu biên chế", "pronoun", "premise",
     "Phó Thủ tướng Phạm Bình Minh yêu cầu cắt giảm bao nhiêu biên chế tại hội nghị sơ kết 2019?", FP, "S19"),
)

# c39 ---------------------------------------------------------------- T22 -> PTT
C(
    ("Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao ứng xử theo phương châm gì tại HN tổng kết 2022?", "new", "abbrev",
     "Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao ứng xử theo phương châm gì tại hội nghị tổng kết năm 2022?",
     "dĩ bất biến, ứng vạn biến", "T22"),
    ("con PTT thi sao", "substitution", "accentless,abbrev,telegraphic",
     "Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao điều gì khi làm việc về công tác đối ngoại năm 2023?",
     "Trần Lưu Quang && nhiệm vụ trung tâm", "PTT"),
    ("ổng làm việc với bộ hôm nào", "pronoun", "typo",
     "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao hôm nào?", "31-1", "PTT"),
    ("co dai dien VPCP ko", "ellipsis", "accentless,abbrev",
     "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có đại diện Văn phòng Chính phủ không?",
     "Văn phòng Chính phủ", "PTT"),
)

# c40 ---------------------------------------------------------------- S23 -> S19
C(
    ("Bộ trưởng Bùi Thanh Sơn trao khen thưởng cho ai tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "-",
     "Bộ trưởng Bùi Thanh Sơn trao khen thưởng cho ai tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "thành tích xuất sắc", "S23"),
    ("ten cac ca nhan duoc khen", "ellipsis", "accentless,telegraphic",
     "Tên các cá nhân được khen thưởng tại hội nghị sơ kết 6 tháng đầu năm 2023 là gì?", NR, "S23"),
    ("sao hn do lai bi huy", "pronoun", "accentless,abbrev,premise",
     "Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 bị hủy?", FP, "S23"),
    ("Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành năm 2019?", "new", "-",
     "Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành năm 2019?", "tuyển dụng && kỷ cương, kỷ luật", "S19"),
    ("con 2023", "substitution", "accentless,telegraphic",
     "Bộ trưởng Ngoại giao chỉ đạo gì về công tác xây dựng ngành tại hội nghị sơ kết 6 tháng đầu năm 2023?",
     "thi đua khen thưởng", "S23"),
)

# c41 ---------------------------------------------------------------- telegraphic
C(
    ("hn tong ket NG 2022 hinh thuc gi", "new", "accentless,abbrev,telegraphic",
     "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức gì?", "trực tuyến", "T22"),
    ("chủ trì?", "ellipsis", "telegraphic",
     "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", "T22"),
    ("diem cau CB ai du", "ellipsis", "accentless,abbrev,telegraphic",
     "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "T22"),
    ("2024 thi?", "substitution", "accentless,telegraphic",
     "Năm 2024, lãnh đạo tỉnh nào dự hội nghị tổng kết ngành ngoại giao tại điểm cầu địa phương (theo báo cáo)?",
     "Hoàng Nam && Quảng Trị", "T24"),
    ("hoi nghi nam ay ai chu tri", "pronoun", "accentless",
     "Ai chủ trì hội nghị tổng kết ngành ngoại giao năm 2024?", NR, "T24"),
)

# c42 ---------------------------------------------------------------- PTT -> S19
C(
    ("Theo PTT Trần Lưu Quang, Bộ Ngoại giao cần tập trung làm gì trong năm 2023?", "new", "abbrev",
     "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tập trung làm gì trong năm 2023?",
     "chương trình đối ngoại cấp cao && thỏa thuận quốc tế đã ký", "PTT"),
    ("về biên giới thì sao", "substitution", "-",
     "Phó Thủ tướng Trần Lưu Quang yêu cầu gì về biên giới?", "hữu nghị và phát triển", "PTT"),
    ("bao cao nay lay tu dau", "pronoun", "accentless",
     "Báo cáo về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP", "PTT"),
    ("còn bài sơ kết 2019", "substitution", "-",
     "Bài về hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "CLO | TG&VN", "S19"),
)

# c43 ---------------------------------------------------------------- S19
C(
    ("Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc trong báo cáo hội nghị nào?", "new", "-",
     "Hội nghị thượng đỉnh Mỹ - Triều lần 2 được nhắc trong báo cáo hội nghị nào?", "sơ kết && 2019", "S19"),
    ("viet nam trung cu gi nam do", "pronoun", "accentless",
     "Năm 2019 Việt Nam trúng cử vị trí gì theo báo cáo sơ kết?", "Ủy viên không thường trực && 2020-2021", "S19"),
    ("số phiếu?", "ellipsis", "telegraphic",
     "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với số phiếu bao nhiêu?", "192/193", "S19"),
    ("còn 2023 VN trúng cử gì", "substitution", "abbrev",
     "Theo báo cáo sơ kết 6 tháng đầu năm 2023, Việt Nam trúng cử vị trí gì?", NR, "S23"),
)

# c44 ---------------------------------------------------------------- T22 -> S19
C(
    ("Bản sắc \"cây tre Việt Nam\" được ai nêu?", "new", "-",
     "Bản sắc \"cây tre Việt Nam\" được ai nêu trong các báo cáo?", "Phạm Minh Chính", "T22"),
    ("o hoi nghi nao", "ellipsis", "accentless,telegraphic",
     "Thủ tướng Phạm Minh Chính nêu bản sắc \"cây tre Việt Nam\" ở hội nghị nào?", "tổng kết && năm 2022", "T22"),
    ("trích nguyên văn đoạn cây tre", "request", "-",
     "Trích nguyên văn đoạn Thủ tướng nói về bản sắc \"cây tre Việt Nam\".",
     "gốc vững && kiên định độc lập, tự chủ", "T22"),
    ("Đến giữa năm 2019 VN có tổng cộng bao nhiêu đối tác chiến lược/toàn diện?", "new", "abbrev",
     "Đến giữa năm 2019 Việt Nam có tổng cộng bao nhiêu Đối tác chiến lược/Đối tác toàn diện?", "30 quốc gia", "S19"),
    ("nguồn?", "request", "telegraphic",
     "Con số 30 quốc gia Đối tác chiến lược/Đối tác toàn diện lấy từ nguồn nào?", "CLO | TG&VN", "S19"),
)

# c45 ---------------------------------------------------------------- S23 -> S19
C(
    ("giữa năm 2023 BNG họp sơ kết, BT Sơn yêu cầu các đơn vị làm tốt hơn việc gì", "new", "abbrev,paraphrase",
     "Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn việc gì?",
     "nghiên cứu, dự báo, tham mưu", "S23"),
    ("thế còn Phạm Bình Minh năm 2019 dặn gì về nghiên cứu", "substitution", "-",
     "Tại hội nghị sơ kết 2019, Phó Thủ tướng Phạm Bình Minh dặn gì về công tác nghiên cứu?",
     "đánh giá sâu hơn nữa", "S19"),
    ("ông ấy nói vậy ngày nào", "pronoun", "-",
     "Phó Thủ tướng Phạm Bình Minh phát biểu như vậy ngày nào?", "22/7", "S19"),
    ("tom tat 3 diem ong ay luu y", "request", "accentless",
     "Tóm tắt ba điểm Phó Thủ tướng Phạm Bình Minh lưu ý tại hội nghị sơ kết 2019.",
     "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa", "S19"),
)

# c46 ---------------------------------------------------------------- T24 premise
C(
    ("Ai phản đối kết luận của Thủ tướng tại hội nghị tổng kết ngoại giao 2024?", "new", "premise",
     "Ai phản đối kết luận của Thủ tướng tại hội nghị tổng kết ngoại giao năm 2024?", FP, "T24"),
    ("thế TTg kết luận gì về xây dựng Đảng", "ellipsis", "abbrev",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng kết luận gì về xây dựng Đảng?",
     "sức chiến đấu && vừa hồng, vừa chuyên", "T24"),
    ("va tinh gon bo may", "substitution", "accentless,telegraphic",
     "Tại hội nghị tổng kết ngoại giao năm 2024, Thủ tướng kết luận gì về tinh gọn bộ máy?",
     "Ban Đối ngoại Trung ương", "T24"),
    ("tiep nhan chuc nang do tu ngay nao", "ellipsis", "accentless",
     "Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội từ ngày nào?", NR, "T24"),
)

# c47 ---------------------------------------------------------------- T22 -> S23
C(
    ("Hội nghị tổng kết ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "new", "-",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "63", "T22"),
    ("co bao nhieu dai bieu", "ellipsis", "accentless",
     "Hội nghị tổng kết ngành ngoại giao năm 2022 có bao nhiêu đại biểu?", "700", "T22"),
    ("Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "new", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào?", "5/7", "S23"),
    ("ai tham du", "ellipsis", "accentless,telegraphic",
     "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn && đại diện các đơn vị", "S23"),
    ("hội nghị này kết nối bao nhiêu tỉnh", "pronoun", "-",
     "Hội nghị sơ kết 6 tháng đầu năm 2023 được kết nối với bao nhiêu tỉnh?", NR, "S23"),
)

# c48 ---------------------------------------------------------------- S19 vs S23
C(
    ("so sanh danh gia tinh hinh the gioi o so ket 2019 va so ket 2023", "new", "accentless",
     "So sánh đánh giá tình hình thế giới tại hội nghị sơ kết 6 tháng đầu năm 2019 và 2023.",
     "nhanh hơn, phức tạp hơn && tác động sâu sắc", "S19+S23"),
    ("năm nào nhắc tới CPTPP", "ellipsis", "-",
     "Trong hai hội nghị sơ kết 2019 và 2023, báo cáo năm nào nhắc tới CPTPP?", "2019", "S19"),
    ("hai hội nghị đó ai phát biểu chỉ đạo, kết luận", "pronoun", "-",
     "Ai phát biểu chỉ đạo/kết luận tại hội nghị sơ kết 2019 và hội nghị sơ kết 2023?",
     "Phạm Bình Minh && Bùi Thanh Sơn", "S19+S23"),
    ("con so ket 2021", "substitution", "accentless,telegraphic",
     "Ai phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2021?", NI, ""),
)

# c49 ---------------------------------------------------------------- T22 -> not in corpus
C(
    ("Bộ trưởng Bùi Thanh Sơn nói gì về ngoại giao kinh tế năm 2022?", "new", "-",
     "Bộ trưởng Bùi Thanh Sơn nói gì về ngoại giao kinh tế năm 2022?", "700 tỷ USD && thu hút đầu tư", "T22"),
    ("ong ay noi gi ve doi ngoai da phuong", "pronoun", "accentless",
     "Bộ trưởng Bùi Thanh Sơn nói gì về đối ngoại đa phương năm 2022?", "đóng góp có trách nhiệm", "T22"),
    ("ở hội nghị đó ông ấy đóng vai trò gì", "pronoun", "-",
     "Tại hội nghị tổng kết ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn đóng vai trò gì?", "chủ trì", "T22"),
    ("Hội nghị tổng kết ngành ngoại giao năm 2021 có bao nhiêu đại biểu?", "new", "-",
     "Hội nghị tổng kết ngành ngoại giao năm 2021 có bao nhiêu đại biểu?", NI, ""),
    ("the nam 2024", "substitution", "accentless,telegraphic",
     "Hội nghị tổng kết ngành ngoại giao năm 2024 có bao nhiêu đại biểu?", NR, "T24"),
)

# c50 ---------------------------------------------------------------- PTT pronoun/ellipsis
C(
    ("Chieu 31-1 PTT Tran Luu Quang lam viec o dau", "new", "accentless,abbrev",
     "Chiều 31-1, Phó Thủ tướng Trần Lưu Quang làm việc ở đâu?", "Trụ sở Bộ Ngoại giao", "PTT"),
    ("ong ay nhan dinh the gioi the nao", "pronoun", "accentless",
     "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào?",
     "biến động sâu sắc", "PTT"),
    ("Bo can tranh thu gi", "ellipsis", "accentless",
     "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tranh thủ những gì?",
     "nguồn lực bên ngoài | cơ hội, thuận lợi", "PTT"),
    ("ông ấy có nhắc Hội nghị Ngoại giao lần thứ 32 không, nói gì", "pronoun", "near-miss",
     "Phó Thủ tướng Trần Lưu Quang nói gì về Hội nghị Ngoại giao lần thứ 32?", NI, ""),
    ("the bt son de xuat gi", "ellipsis", "accentless,abbrev",
     "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn đề xuất/nêu quyết tâm gì?",
     "đổi mới tư duy và hành động", "PTT"),
)


# --------------------------------------------------------------------------
def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", s).split()) + " "


DOCS = {}
for f in sorted(glob.glob(os.path.join(ROOT, "given", "*.txt"))):
    key = {"000": "S23", "001": "T22", "002": "PTT", "003": "S19", "004": "T24"}[os.path.basename(f)[:3]]
    DOCS[key] = norm(open(f, encoding="utf-8").read())


def main():
    rows = []
    problems = []
    for i, conv in enumerate(CONVS, 1):
        cid = "c%02d" % i
        for (q, kind, tags, read_as, facts, doc) in conv:
            for col in (q, kind, tags, read_as, facts):
                if "\t" in col or "\n" in col:
                    problems.append("%s: tab/newline in %r" % (cid, col))
            if not facts.startswith("refuse:"):
                for grp in facts.split(" && "):
                    for alt in grp.split(" | "):
                        if not any(norm(alt) in DOCS[d] for d in doc.split("+")):
                            problems.append("%s: fact %r not in intended doc %s" % (cid, alt, doc))
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(HEADER + rows) + "\n")
    print("wrote %d conversations, %d turns -> %s" % (len(CONVS), len(rows), OUT))


if __name__ == "__main__":
    main()
