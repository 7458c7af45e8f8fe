#!/usr/bin/env python3
"""Builds ../conversations.tsv from the hand-written turns below (written only from the five reports in given/)."""
import os

HEADER = [
    "# Blind conversation set 18 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
NI, FP, NR = "refuse:not_in_corpus", "refuse:false_premise", "refuse:not_reported"

# each conversation: list of (question, kind, tags, read_as, facts)
C = []

C.append([  # R1 2022 basics -> 2024
 ("Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "new", "-", "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("hn do co bao nhieu dai bieu", "pronoun", "accentless,abbrev", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700 đại biểu"),
 ("ket noi bao nhieu diem cau?", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", "63 tỉnh"),
 ("còn năm 2024 thì bao nhiêu đại biểu?", "substitution", "-", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR),
 ("thế ai dự ở điểm cầu Quảng Trị", "ellipsis", "-", "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
])
C.append([  # R0 2023 mid-year
 ("Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
 ("ai phat bieu ket luan", "ellipsis", "accentless,telegraphic", "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("ông ấy biểu dương ai?", "pronoun", "-", "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023?", "cán bộ, công chức, viên chức && nỗ lực không mệt mỏi"),
 ("hội nghị đó tổ chức ở đâu", "pronoun", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
 ("hn nay co bao nhieu nguoi du", "pronoun", "accentless,abbrev", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu người tham dự?", NR),
])
C.append([  # R3 2019
 ("Ai chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 của BNG?", "new", "abbrev", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ong ay nhan manh nhung diem nao can luu tam", "pronoun", "accentless", "Phó Thủ tướng Phạm Bình Minh nhấn mạnh những điểm nào cần lưu tâm trong công tác đối ngoại thời gian tới tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "nhạy cảm trong tham mưu && phối hợp && nhạy bén hơn nữa"),
 ("trich nguyen van diem thu nhat", "request", "accentless", "Trích nguyên văn điểm thứ nhất cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.", "nghiên cứu, đánh giá sâu hơn nữa về tình hình"),
 ("thế còn về xây dựng ngành?", "substitution", "-", "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "tuyển dụng && bảo vệ chính trị nội bộ"),
 ("nguồn nào?", "request", "telegraphic", "Thông tin về chỉ đạo của Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "CLO | TG&VN"),
])
C.append([  # R2 Tran Luu Quang
 ("PTT Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "new", "abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023 vào ngày nào?", "31-1"),
 ("o dau", "ellipsis", "accentless,telegraphic", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
 ("những ai tham dự?", "ellipsis", "-", "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Văn phòng Chính phủ && Bùi Thanh Sơn"),
 ("ông ấy xác định nhiệm vụ trung tâm là gì", "pronoun", "-", "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm của công tác đối ngoại là gì?", "phục vụ phát triển đất nước"),
 ("con nhiem vu trong yeu?", "substitution", "accentless", "Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì?", "giữ vững hòa bình, ổn định"),
 ("ông ấy có phê bình BNG về việc gì ko", "pronoun", "abbrev,premise", "Phó Thủ tướng Trần Lưu Quang đã phê bình Bộ Ngoại giao về việc gì tại buổi làm việc?", FP),
])
C.append([  # R4 overarching task
 ("Thủ tướng nói gì về nhiệm vụ bao trùm tại hội nghị tổng kết ngành ngoại giao năm 2024?", "new", "-", "Thủ tướng Phạm Minh Chính nói gì về nhiệm vụ bao trùm đối với công tác đối ngoại tại hội nghị tổng kết ngành ngoại giao năm 2024?", "tiên phong, trọng yếu, thường xuyên && kỷ nguyên vươn mình"),
 ("hn nay dien ra ngay nao", "pronoun", "accentless,abbrev", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
 ("tom tat lai y thu tuong giup", "request", "accentless", "Tóm tắt lại phát biểu của Thủ tướng Phạm Minh Chính về nhiệm vụ bao trùm tại hội nghị tổng kết năm 2024.", "môi trường hòa bình, ổn định && huy động các nguồn lực bên ngoài"),
 ("còn năm 2022 Thủ tướng đề nghị mấy nhiệm vụ trọng tâm?", "substitution", "-", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", "6 nhiệm vụ trọng tâm"),
 ("còn năm 2020?", "substitution", "telegraphic", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2020, Thủ tướng yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", NI),
])
C.append([  # R3 results
 ("Năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "-", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
 ("nang tong so DTCL/DTTD len bao nhieu", "ellipsis", "accentless,abbrev", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện được nâng lên bao nhiêu quốc gia?", "30 quốc gia"),
 ("VN trúng cử HĐBA LHQ được bao nhiêu phiếu", "ellipsis", "abbrev", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193"),
 ("nhiệm kỳ nào", "ellipsis", "telegraphic", "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021"),
 ("co hiep dinh thuong mai nao duoc ky khong", "ellipsis", "accentless", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, hiệp định thương mại nào đã được ký kết?", "EVFTA"),
])
C.append([  # mixed with mid new
 ("Ai chủ trì HN tổng kết ngành NG năm 2022", "new", "abbrev", "Ai chủ trì hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("TTg có dự ko", "ellipsis", "abbrev,telegraphic", "Thủ tướng có dự hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính"),
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 có những ai tham dự?", "new", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao có những ai tham dự?", "Bùi Thanh Sơn && đại diện các đơn vị"),
 ("BT đề nghị gì về thông tin đối ngoại", "ellipsis", "abbrev", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?", "phương thức truyền thông mới"),
 ("ong ay co phan doi de xuat nao khong", "pronoun", "accentless,premise", "Bộ trưởng Bùi Thanh Sơn đã phản đối đề xuất nào tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP),
])
C.append([  # R1 PM quotes
 ("Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam tại hội nghị tổng kết năm 2022?", "new", "-", "Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "gốc vững && dĩ bất biến, ứng vạn biến"),
 ("trích nguyên văn câu phương châm đó", "request", "-", "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu khi nói về bản sắc cây tre Việt Nam.", "dĩ bất biến, ứng vạn biến"),
 ("con ve chu truong lam ban thi sao", "substitution", "accentless", "Thủ tướng Phạm Minh Chính nói gì về chủ trương làm bạn tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "muốn là bạn && sẵn sàng là bạn"),
 ("ông ấy nói gì về bảo vệ tổ quốc", "pronoun", "-", "Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "giữ nước từ khi nước chưa nguy | từ sớm"),
 ("bài này ai viết", "pronoun", "-", "Bài báo về hội nghị tổng kết công tác ngành ngoại giao năm 2022 do ai viết?", "Vi Trường"),
])
C.append([  # R4 org + R1 Cao Bang
 ("Theo Thủ tướng, BNG cần tinh gọn bộ máy sau khi tiếp nhận chức năng của những cơ quan nào?", "new", "abbrev", "Tại hội nghị tổng kết năm 2024, theo Thủ tướng, Bộ Ngoại giao cần tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
 ("nghị quyết nào phải tổng kết", "ellipsis", "-", "Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu thực hiện tốt chủ trương tổng kết nghị quyết nào?", "Nghị quyết 18"),
 ("hội nghị đó ai dự ở Quảng Trị", "pronoun", "-", "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("ông ấy giữ chức gì", "pronoun", "-", "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
 ("còn ở Cao Bằng năm 2022?", "substitution", "-", "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
 ("nguoi do con giu chuc gi nua", "pronoun", "accentless", "Đồng chí Nguyễn Bích Ngọc giữ những chức vụ gì?", "Ủy viên Ban Thường vụ Tỉnh ủy"),
])
C.append([  # English
 ("Who chaired the 2022 diplomatic sector review conference?", "new", "english", "Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("and how many delegates attended?", "ellipsis", "english", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "700 đại biểu"),
 ("what about the 2019 mid-year review?", "substitution", "english", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu đại biểu tham dự?", NR),
 ("who gave the directing speech there", "pronoun", "english", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
])
C.append([  # R0 content
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại với phương châm gì?", "new", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?", "chủ động, thích ứng, sáng tạo"),
 ("nguon tin tu dau", "request", "accentless", "Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào?", "TTXVN"),
 ("bt son yeu cau cac don vi lam tot hon cong tac gi", "ellipsis", "accentless,abbrev", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?", "nghiên cứu, dự báo, tham mưu"),
 ("còn sơ kết 2019 thì PTT yêu cầu gì về tham mưu?", "substitution", "abbrev", "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác tham mưu?", "nhạy cảm trong tham mưu"),
 ("còn sơ kết năm 2022?", "substitution", "telegraphic", "Tại Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao, lãnh đạo Bộ yêu cầu gì về công tác tham mưu?", NI),
])
C.append([
 ("Ở hội nghị tổng kết 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new", "-", "Theo hội nghị tổng kết công tác ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "700 tỷ USD"),
 ("còn năm 2024 kim ngạch bao nhiêu", "substitution", "-", "Theo hội nghị tổng kết công tác ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 là bao nhiêu?", NR),
 ("năm đó ngoại giao kinh tế chuyển biến trong những lĩnh vực nào", "pronoun", "-", "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?", "chíp bán dẫn && trí tuệ nhân tạo"),
 ("Ai báo cáo kết quả nhiệm vụ đối ngoại năm 2022 với Phó Thủ tướng Trần Lưu Quang?", "new", "-", "Ai báo cáo kết quả thực hiện các nhiệm vụ đối ngoại năm 2022 với Phó Thủ tướng Trần Lưu Quang?", "Bùi Thanh Sơn"),
 ("báo cáo đó nhấn mạnh BNG quyết tâm làm gì", "pronoun", "abbrev", "Trong báo cáo với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nhấn mạnh Bộ Ngoại giao quyết tâm làm gì?", "đổi mới tư duy và hành động"),
])
C.append([
 ("Nửa đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần hội nghị nào?", "new", "-", "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 công tác đối ngoại được triển khai theo tinh thần những hội nghị nào?", "Hội nghị Ngoại giao 30"),
 ("con hn tong ket 2022 nhin lai ket luan cua hn nao", "substitution", "accentless,abbrev", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 nhằm nhìn lại việc thực hiện kết luận, chỉ đạo tại những hội nghị nào?", "Hội nghị Ngoại giao lần thứ 31 && Hội nghị đối ngoại toàn quốc"),
 ("ket luan cua ai", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết năm 2022 nhìn lại việc thực hiện kết luận, chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc?", "Nguyễn Phú Trọng"),
 ("Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", "new", "-", "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NI),
])
C.append([
 ("BT Bùi Thanh Sơn đề nghị ngành NG làm gì trong 6 tháng cuối năm 2023?", "new", "abbrev", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm?", "đường lối đối ngoại của Đại hội XIII && truyền thông mới"),
 ("noi ro hon ve xay dung nganh", "request", "accentless", "Nói rõ hơn chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023.", "thi đua khen thưởng && chuyên nghiệp, hiện đại"),
 ("còn 2019 thì sao", "substitution", "telegraphic", "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?", "tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật"),
 ("vi nay giu nhung chuc vu gi", "pronoun", "accentless", "Ông Phạm Bình Minh giữ những chức vụ gì khi chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phó Thủ tướng && Bộ trưởng Ngoại giao && Ủy viên Bộ Chính trị"),
 ("thế ông ấy nói gì ở hội nghị sơ kết 2023", "pronoun", "premise", "Phó Thủ tướng Phạm Bình Minh phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP),
])
C.append([
 ("Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những gì trong năm 2023?", "new", "-", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những gì trong năm 2023?", "chương trình đối ngoại cấp cao && biên giới hoà bình"),
 ("tom tat ngan gon", "request", "accentless,telegraphic", "Tóm tắt ngắn gọn những việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện năm 2023.", "chương trình đối ngoại cấp cao | hội nhập quốc tế"),
 ("ông ấy nhận định tình hình thế giới ra sao", "pronoun", "-", "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới ra sao?", "biến động sâu sắc, phức tạp"),
 ("thế ở HN tổng kết 2024 ông ấy phát biểu gì", "pronoun", "abbrev,premise", "Phó Thủ tướng Trần Lưu Quang phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", FP),
 ("Ai dự và chỉ đạo hội nghị tổng kết ngành ngoại giao năm 2024?", "new", "-", "Ai dự và chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính"),
])
C.append([
 ("hn tong ket nganh ngoai giao 2024 ngay nao", "new", "accentless,abbrev,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1"),
 ("hinh thuc truc tiep hay truc tuyen", "ellipsis", "accentless", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức trực tiếp hay trực tuyến?", "trực tuyến"),
 ("muc tieu nhiem vu nam 2025 la gi", "ellipsis", "accentless", "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?", "thế chủ động chiến lược | nhạy bén phát hiện các vấn đề mới"),
 ("bai nay cua bao nao", "pronoun", "accentless", "Bài viết về hội nghị tổng kết công tác ngành ngoại giao năm 2024 đăng trên báo nào?", "Quảng Trị | baoquangtri"),
 ("thu tuong co phe binh ai o hn do ko", "pronoun", "accentless,abbrev,premise", "Thủ tướng Phạm Minh Chính đã phê bình ai tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", FP),
])
C.append([
 ("Tại điểm cầu Cao Bằng, những huyện nào dự hội nghị tổng kết ngành ngoại giao 2022?", "new", "-", "Tại điểm cầu Cao Bằng, UBND những huyện nào dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Quảng Hòa && Hạ Lang"),
 ("con cac so nganh, don vi nao", "substitution", "accentless", "Tại điểm cầu Cao Bằng, lãnh đạo những sở, đơn vị nào dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bộ Chỉ huy Bộ đội Biên phòng && Ban Quản lý Khu kinh tế"),
 ("bao nhiêu người dự ở điểm cầu đó", "pronoun", "-", "Có bao nhiêu người dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", NR),
 ("Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào?", "new", "-", "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019"),
 ("hôm đó ai phát biểu chỉ đạo", "pronoun", "-", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh"),
])
C.append([
 ("Theo HN sơ kết 6 tháng đầu 2023, công tác người VN ở nước ngoài được đánh giá thế nào?", "new", "abbrev", "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác người Việt Nam ở nước ngoài được đánh giá thế nào?", "cầu nối"),
 ("con ngoai giao kinh te?", "substitution", "accentless,telegraphic", "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế được đánh giá thế nào?", "trọng tâm, trọng điểm"),
 ("còn ngoại giao đa phương", "substitution", "telegraphic", "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được đánh giá thế nào?", "kết hợp chặt chẽ với ngoại giao song phương"),
 ("con cong tac xay dung nganh", "substitution", "accentless,telegraphic", "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác xây dựng ngành được đánh giá thế nào?", "quản trị tài vụ | đi vào nề nếp"),
 ("tóm tắt lại mấy ý trên", "request", "-", "Tóm tắt đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về công tác người Việt Nam ở nước ngoài, ngoại giao kinh tế, ngoại giao đa phương và xây dựng ngành.", "cầu nối && trọng tâm, trọng điểm"),
])
C.append([
 ("Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 thế nào tại hội nghị tổng kết?", "new", "-", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 thế nào?", "cục diện đối ngoại thuận lợi"),
 ("ông ấy nói sự tham dự của TTg có ý nghĩa gì", "pronoun", "abbrev", "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng Chính phủ tại hội nghị tổng kết năm 2022 có ý nghĩa gì?", "minh chứng cho sự quan tâm đặc biệt | nguồn cổ vũ, động viên"),
 ("trich nguyen van", "request", "accentless,telegraphic", "Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn nói về ý nghĩa sự tham dự của Thủ tướng Chính phủ.", "nguồn cổ vũ, động viên lớn lao, quý báu"),
 ("ông ấy có xin từ chức ở hội nghị đó không", "pronoun", "premise", "Bộ trưởng Bùi Thanh Sơn đã xin từ chức tại hội nghị tổng kết năm 2022 như thế nào?", FP),
 ("Thủ tướng dự hội nghị tổng kết năm 2024 vào ngày nào?", "new", "-", "Thủ tướng Phạm Minh Chính dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 vào ngày nào?", "6/1"),
])
C.append([
 ("Tại buổi làm việc với PTT Trần Lưu Quang, BNG xác định nhiệm vụ trung tâm là gì?", "new", "abbrev", "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao xác định nhiệm vụ trung tâm là gì?", "phục vụ phát triển đất nước"),
 ("con tinh than phuc vu thi sao", "substitution", "accentless", "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quán triệt tinh thần phục vụ như thế nào?", "phụng sự Đảng"),
 ("ai bao cao noi dung nay", "request", "accentless", "Ai đã báo cáo nội dung này tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang?", "Bùi Thanh Sơn"),
 ("nguon?", "request", "accentless,telegraphic", "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP"),
 ("buổi đó kéo dài bao lâu", "pronoun", "-", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR),
])
C.append([
 ("Báo cáo sơ kết 2019 nói gì về đối ngoại đa phương?", "new", "-", "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về đối ngoại đa phương?", "Chỉ thị 25"),
 ("chi thi do cua co quan nao", "pronoun", "accentless", "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?", "Ban Bí thư"),
 ("su kien nao cho thay su tin nhiem cua ban be quoc te", "ellipsis", "accentless", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, sự kiện nào cho thấy sự tín nhiệm của bạn bè quốc tế đối với Việt Nam?", "Mỹ - Triều && 192/193"),
 ("PTT Phạm Bình Minh đề xuất bỏ độc quyền vàng miếng ở HN đó à?", "pronoun", "abbrev,premise", "Phó Thủ tướng Phạm Bình Minh đề xuất bỏ cơ chế độc quyền sản xuất vàng miếng tại Hội nghị sơ kết 6 tháng đầu năm 2019 như thế nào?", FP),
])
C.append([
 ("Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào tại hội nghị tổng kết 2024?", "new", "-", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "tuyệt đối trung thành && tinh thông về nghiệp vụ"),
 ("cụm 'vừa hồng, vừa chuyên' còn có ở báo cáo nào khác", "ellipsis", "-", "Ngoài hội nghị tổng kết năm 2024, cụm từ 'vừa hồng, vừa chuyên' còn xuất hiện trong báo cáo hội nghị nào?", "6 tháng đầu năm 2019"),
 ("năm đó ai chỉ đạo", "pronoun", "telegraphic", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh"),
 ("Tại HN tổng kết 2024 Thủ tướng khiển trách đơn vị nào?", "new", "abbrev,premise", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2024, Thủ tướng đã khiển trách đơn vị nào?", FP),
])
C.append([
 ("When did Deputy PM Tran Luu Quang work with the Foreign Ministry?", "new", "english", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
 ("where?", "ellipsis", "english,telegraphic", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở Bộ Ngoại giao"),
 ("what time exactly", "ellipsis", "english,telegraphic", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bắt đầu lúc mấy giờ?", NR),
 ("ok con hoi nghi so ket 2023 thi ngay nao", "substitution", "accentless", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
])
C.append([
 ("TTg Phạm Minh Chính đề nghị ngành NG những gì tại HN tổng kết năm 2022?", "new", "abbrev", "Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao những gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "chủ động dự báo tình hình && dám nghĩ, dám làm"),
 ("noi ro hon ve hop tac va dau tranh", "request", "accentless", "Nói rõ hơn ý của Thủ tướng Phạm Minh Chính về hợp tác và đấu tranh tại hội nghị tổng kết năm 2022.", "đối tác, đối tượng"),
 ("ve ngoai giao kinh te thi sao", "substitution", "accentless", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị gì về ngoại giao kinh tế?", "chuỗi giá trị gia tăng | mở rộng thị trường xuất khẩu"),
 ("ai phan doi y kien cua thu tuong", "ellipsis", "accentless,premise", "Ai đã phản đối ý kiến chỉ đạo của Thủ tướng Phạm Minh Chính tại hội nghị tổng kết năm 2022?", FP),
 ("Hội nghị tổng kết ngành ngoại giao năm 2021 có Thủ tướng dự không?", "new", "near-miss", "Hội nghị tổng kết công tác ngành ngoại giao năm 2021 có Thủ tướng dự không?", NI),
])
C.append([
 ("Bộ trưởng Bùi Thanh Sơn trao tặng gì tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "-", "Bộ trưởng Bùi Thanh Sơn trao tặng gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "danh hiệu, khen thưởng"),
 ("cho ai", "ellipsis", "telegraphic", "Bộ trưởng Bùi Thanh Sơn trao tặng danh hiệu, khen thưởng cho ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "tập thể và cá nhân có thành tích xuất sắc"),
 ("bao nhieu tap the duoc khen", "ellipsis", "accentless,telegraphic", "Có bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR),
 ("còn HN tổng kết 2022 thì ông ấy chủ trì phải ko", "pronoun", "abbrev", "Bộ trưởng Bùi Thanh Sơn có chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?", "chủ trì Hội nghị"),
])
C.append([
 ("Năm 2025 BNG xác định mục tiêu nhiệm vụ gì?", "new", "abbrev", "Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?", "thế chủ động chiến lược"),
 ("trien khai dong bo bao gom nhung gi", "ellipsis", "accentless", "Theo mục tiêu năm 2025, việc triển khai đồng bộ, nâng tầm công tác đối ngoại bao gồm những gì?", "đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại Nhân dân"),
 ("Thủ tướng nói về quan hệ với đối tác ra sao", "ellipsis", "-", "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói gì về quan hệ với các đối tác quan trọng?", "nâng cấp, nâng tầm quan hệ"),
 ("còn PTT Trần Lưu Quang năm 2023 nói về đối tác thế nào", "substitution", "abbrev", "Tại buổi làm việc năm 2023, Phó Thủ tướng Trần Lưu Quang nói gì về quan hệ với các đối tác?", "đối tác chiến lược, đối tác toàn diện"),
 ("tom tat bao cao do", "request", "accentless", "Tóm tắt báo cáo về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao năm 2023.", "31-1 && nhiệm vụ trung tâm"),
])
C.append([
 ("Hội nghị sơ kết 6 tháng 2019 của BNG được tổ chức ở đâu?", "new", "abbrev", "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
 ("co bao nhieu nguoi du", "ellipsis", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người tham dự?", NR),
 ("the ai phat bieu chi dao", "ellipsis", "accentless", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("ông ấy nói tình hình quốc tế nửa đầu năm ra sao", "pronoun", "-", "Phó Thủ tướng Phạm Bình Minh nói tình hình quốc tế nửa đầu năm 2019 diễn biến ra sao?", "nhanh hơn, phức tạp hơn"),
 ("quan he voi nuoc lon giu the nao", "ellipsis", "accentless", "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 quan hệ với các nước lớn được giữ như thế nào?", "cân bằng linh hoạt"),
])
C.append([
 ("Hội nghị tổng kết ngành ngoại giao năm 2022 và năm 2024 diễn ra ngày nào?", "new", "-", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 và năm 2024 diễn ra vào những ngày nào?", "10/1 && 6/1"),
 ("cả hai đều trực tuyến à", "ellipsis", "-", "Hội nghị tổng kết năm 2022 và năm 2024 có đều được tổ chức trực tuyến không?", "trực tuyến"),
 ("TTg có dự cả hai ko", "ellipsis", "abbrev,telegraphic", "Thủ tướng có dự cả hội nghị tổng kết năm 2022 và năm 2024 không?", "Phạm Minh Chính"),
 ("còn năm 2023 thì sao", "substitution", "near-miss", "Hội nghị tổng kết công tác ngành ngoại giao năm 2023 diễn ra ngày nào?", NI),
])
C.append([
 ("Hội nghị sơ kết giữa năm 2023 đánh giá tình hình thế giới ra sao?", "new", "paraphrase", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực ra sao?", "diễn biến nhanh, phức tạp"),
 ("doi ngoai dong gop gi", "ellipsis", "accentless,telegraphic", "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại đã đóng góp gì?", "điểm sáng"),
 ("quan hệ với các đối tác thì sao", "substitution", "-", "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác phát triển thế nào?", "bước phát triển mới | đi vào chiều sâu"),
 ("Who spoke at the 2019 mid-year review?", "new", "english", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("what did he say about coordination", "pronoun", "english", "Phó Thủ tướng Phạm Bình Minh nói gì về sự phối hợp tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "tăng cường sự phối hợp"),
])
C.append([
 ("Những ai tham dự buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao?", "new", "-", "Những ai tham dự buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao?", "Văn phòng Chính phủ"),
 ("pho thu tuong danh gia cao dieu gi", "ellipsis", "accentless", "Tại buổi làm việc, Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì?", "nỗ lực và thành tựu to lớn"),
 ("ông ấy nhắc tới chỉ đạo của ai", "pronoun", "-", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng"),
 ("tại hội nghị nào", "ellipsis", "telegraphic", "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị nào mà Phó Thủ tướng Trần Lưu Quang nhắc tới?", "Hội nghị đối ngoại toàn quốc năm 2021"),
 ("Hội nghị đối ngoại toàn quốc năm 2021 có bao nhiêu đại biểu tham dự?", "new", "near-miss", "Hội nghị đối ngoại toàn quốc năm 2021 có bao nhiêu đại biểu tham dự?", NI),
])
C.append([
 ("Năm 2024 ngoại giao kinh tế đạt kết quả gì theo báo cáo tổng kết?", "new", "-", "Theo báo cáo tổng kết công tác ngành ngoại giao năm 2024, ngoại giao kinh tế năm 2024 đạt kết quả gì?", "nhóm nước tăng trưởng cao | chuyển đổi xanh"),
 ("duoi su chi dao cua ai", "ellipsis", "accentless,telegraphic", "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai và như thế nào?", "sâu sát, quyết liệt"),
 ("còn năm 2022?", "substitution", "telegraphic", "Năm 2022, ngoại giao kinh tế đạt kết quả gì?", "700 tỷ USD"),
 ("con 2019", "substitution", "accentless,telegraphic", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế đạt kết quả gì?", "CPTPP | EVFTA"),
 ("còn 2018?", "substitution", "telegraphic", "Năm 2018, ngoại giao kinh tế đạt kết quả gì theo báo cáo tổng kết năm 2018?", NI),
])
C.append([
 ("Khai mạc HN tổng kết 2022, BT Sơn nói HN nhằm mục đích gì?", "new", "abbrev", "Khai mạc hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?", "nhìn lại một năm"),
 ("ông ấy khẳng định ngành NG đang bước sang giai đoạn nào", "pronoun", "abbrev", "Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao đang bước sang giai đoạn nào?", "giai đoạn phát triển mới"),
 ("doi hoi gi", "ellipsis", "accentless,telegraphic", "Theo Bộ trưởng Bùi Thanh Sơn, giai đoạn phát triển mới đòi hỏi ngành Ngoại giao điều gì?", "đổi mới mạnh mẽ tư duy và hành động"),
 ("Chủ tịch nước Nguyễn Xuân Phúc phát biểu gì ở HN đó", "pronoun", "abbrev", "Chủ tịch nước Nguyễn Xuân Phúc phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", NI),
 ("các tham luận đánh giá gì", "ellipsis", "-", "Các tham luận tại hội nghị tổng kết năm 2022 đánh giá gì về ngành Ngoại giao?", "phối hợp chặt chẽ với các ban, bộ, ngành Trung ương"),
])
C.append([
 ("hoi nghi so ket 6 thang dau nam 2023 to chuc ngay nao", "new", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ngày nào?", "5/7"),
 ("ai tham du vay", "ellipsis", "accentless", "Ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn && đại diện các đơn vị"),
 ("con sso ket 2019 thi ai chi dao", "substitution", "accentless,typo", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh"),
 ("con PTT Tran Luu Quang lam viec voi BNG ngay nao", "substitution", "accentless,abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ngày nào?", "31-1"),
 ("ong ay hoan buoi lam viec vi sao", "pronoun", "accentless,premise", "Vì sao Phó Thủ tướng Trần Lưu Quang hoãn buổi làm việc với Bộ Ngoại giao?", FP),
])
C.append([
 ("Báo cáo sơ kết 2019 hướng tới xây dựng đội ngũ cán bộ như thế nào?", "new", "-", "Báo cáo sơ kết 6 tháng đầu năm 2019 hướng tới xây dựng đội ngũ cán bộ như thế nào?", "vừa hồng, vừa chuyên && tinh nhuệ"),
 ("toàn thể cán bộ quyết tâm thực hiện đường lối của đại hội nào", "ellipsis", "-", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, toàn thể cán bộ Bộ Ngoại giao quyết tâm góp phần thực hiện đường lối đối ngoại của Đại hội nào?", "Đại hội XII"),
 ("huong toi dai hoi nao", "ellipsis", "accentless,telegraphic", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác đối ngoại hướng tới Đại hội nào của Đảng?", "Đại hội XIII"),
 ("con ngoai vu dia phuong", "substitution", "accentless,telegraphic", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được đánh giá thế nào?", "lấy doanh nghiệp và người dân làm trung tâm"),
 ("Bộ trưởng Bùi Thanh Sơn biểu dương ai ở HN sơ kết 2023?", "new", "abbrev", "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "nỗ lực không mệt mỏi"),
])
C.append([
 ("Ai dự hội nghị tổng kết ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "new", "-", "Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("ai viet bai nay", "request", "accentless", "Ai viết bài báo về hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung"),
 ("bài đó đăng ở báo nào", "pronoun", "-", "Bài báo về hội nghị tổng kết năm 2024 đăng trên báo nào?", "baoquangtri | Quảng Trị"),
 ("tai sao hn do bi hoan", "pronoun", "accentless,abbrev,premise", "Vì sao hội nghị tổng kết công tác ngành ngoại giao năm 2024 bị hoãn?", FP),
])
C.append([
 ("Ông Bùi Thanh Sơn giữ chức vụ gì theo các báo cáo?", "new", "-", "Ông Bùi Thanh Sơn giữ chức vụ gì theo các báo cáo?", "Bộ trưởng && Ủy viên Trung ương Đảng"),
 ("ông ấy chủ trì hội nghị nào", "pronoun", "-", "Ông Bùi Thanh Sơn chủ trì hội nghị nào?", "tổng kết công tác ngành ngoại giao năm 2022"),
 ("còn Phạm Bình Minh thì sao", "substitution", "-", "Ông Phạm Bình Minh giữ chức vụ gì theo các báo cáo?", "Phó Thủ tướng && Bộ trưởng Ngoại giao"),
 ("the con PTT Tran Luu Quang", "substitution", "accentless,abbrev,telegraphic", "Ông Trần Lưu Quang giữ chức vụ gì theo các báo cáo?", "Phó Thủ tướng Chính phủ Trần Lưu Quang | Phó Thủ tướng Trần Lưu Quang"),
 ("ông ấy làm Bộ trưởng Ngoại giao từ khi nào", "pronoun", "premise", "Ông Trần Lưu Quang giữ chức Bộ trưởng Ngoại giao từ khi nào?", FP),
])
C.append([
 ("Theo báo cáo tổng kết 2024, công tác đối ngoại năm 2024 đạt được gì?", "new", "-", "Theo báo cáo tổng kết công tác ngành ngoại giao năm 2024, công tác đối ngoại năm 2024 đạt được những kết quả gì?", "chủ động, đồng bộ, sáng tạo và hiệu quả | cục diện đối ngoại rộng mở"),
 ("ngan gon thoi", "request", "accentless,telegraphic", "Tóm tắt ngắn gọn kết quả công tác đối ngoại năm 2024.", "cục diện đối ngoại rộng mở | vai trò tiên phong"),
 ("năm đó ĐSQ nào bị đóng cửa", "pronoun", "abbrev,premise", "Năm 2024, Đại sứ quán nào của Việt Nam bị đóng cửa theo báo cáo tổng kết?", FP),
 ("Hội nghị sơ kết 6 tháng đầu năm 2024 diễn ra khi nào?", "new", "near-miss", "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra khi nào?", NI),
 ("vậy hội nghị sơ kết gần nhất trong các báo cáo là năm nào", "ellipsis", "-", "Hội nghị sơ kết 6 tháng đầu năm gần nhất có trong các báo cáo là năm nào, diễn ra ngày nào?", "2023 && 5/7"),
])
C.append([
 ("Khi làm việc với PTT Trần Lưu Quang, BT Sơn nói BNG sẽ đổi mới lề lối làm việc theo hướng nào?", "new", "abbrev", "Khi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao sẽ đổi mới phong cách, lề lối làm việc theo hướng nào?", "chuyên nghiệp, hiện đại && lề lối làm việc"),
 ("ngoai ra con gi nua", "request", "accentless", "Ngoài đổi mới phong cách, lề lối làm việc, Bộ trưởng Bùi Thanh Sơn còn nêu những điểm gì trong báo cáo với Phó Thủ tướng Trần Lưu Quang?", "kỷ cương hành chính | chuyển đổi số"),
 ("PTT đánh giá thế nào", "ellipsis", "abbrev,telegraphic", "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành ngoại giao?", "đánh giá cao"),
 ("còn năm 2024 TTg đánh giá công tác đối ngoại ra sao", "substitution", "abbrev", "Tại hội nghị tổng kết năm 2024, công tác đối ngoại năm 2024 được đánh giá ra sao?", "vai trò tiên phong | nâng tầm"),
 ("Vì sao Thủ tướng không dự hội nghị tổng kết ngành ngoại giao năm 2022?", "new", "premise", "Vì sao Thủ tướng không dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?", FP),
])
C.append([
 ("Hiệp định CPTPP được nhắc đến trong báo cáo hội nghị nào?", "new", "abbrev", "Hiệp định CPTPP được nhắc đến trong báo cáo hội nghị nào?", "6 tháng đầu năm 2019"),
 ("bao cao do noi gi ve CPTPP", "pronoun", "accentless,abbrev", "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hiệp định CPTPP?", "chính thức được triển khai"),
 ("còn EVFTA", "substitution", "abbrev,telegraphic", "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hiệp định EVFTA?", "được ký kết"),
 ("ai ký", "ellipsis", "telegraphic", "Ai đã ký Hiệp định EVFTA theo báo cáo sơ kết 6 tháng đầu năm 2019?", NR),
 ("Bao nhieu nuoc la doi tac chien luoc hoac toan dien", "ellipsis", "accentless", "Theo báo cáo sơ kết 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện là bao nhiêu quốc gia?", "30 quốc gia"),
])
C.append([
 ("What did PM Pham Minh Chinh say about the Vietnamese bamboo identity?", "new", "english", "Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam?", "cây tre Việt Nam && gốc vững"),
 ("which conference was that", "request", "english", "Thủ tướng Phạm Minh Chính nói về bản sắc cây tre Việt Nam tại hội nghị nào?", "tổng kết công tác ngành ngoại giao năm 2022"),
 ("and in 2024 what was the overarching task", "substitution", "english", "Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm đối với công tác đối ngoại là gì?", "kỷ nguyên vươn mình"),
 ("did he criticize the Foreign Minister?", "pronoun", "english,premise", "Thủ tướng Phạm Minh Chính đã phê bình Bộ trưởng Ngoại giao điều gì tại hội nghị tổng kết năm 2024?", FP),
])
C.append([
 ("Kết luận HN sơ kết 6 tháng đầu 2023, BT đề nghị gì về quan hệ với các nước?", "new", "abbrev", "Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về quan hệ với các nước?", "vào chiều sâu, ổn định, bền vững"),
 ("con ve chu quyen", "substitution", "accentless,telegraphic", "Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về bảo vệ chủ quyền?", "kiên quyết, kiên trì đấu tranh"),
 ("còn đối ngoại đa phương", "substitution", "telegraphic", "Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về đối ngoại đa phương?", "đẩy mạnh và nâng tầm đối ngoại đa phương"),
 ("Nghị quyết 18 được nhắc đến ở hội nghị nào?", "new", "-", "Nghị quyết 18 được nhắc đến ở hội nghị nào?", "tổng kết công tác ngành ngoại giao năm 2024"),
])
C.append([
 ("TTg yc nganh NG thuc hien may nhiem vu trong tam o HN tong ket 2022", "new", "accentless,abbrev,telegraphic", "Tại hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?", "6 nhiệm vụ trọng tâm"),
 ("trong do can co doi sach gi", "ellipsis", "accentless", "Trong các nhiệm vụ trọng tâm Thủ tướng nêu tại hội nghị tổng kết năm 2022, cần có những đối sách như thế nào?", "linh hoạt, uyển chuyển, thực tế, thích hợp"),
 ("HN do co bao nhieu diem cau", "pronoun", "accentless,abbrev", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 kết nối với điểm cầu của bao nhiêu tỉnh, thành phố?", "63 tỉnh"),
 ("thế còn HN 2024", "substitution", "abbrev,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 kết nối với bao nhiêu điểm cầu?", NR),
])
C.append([
 ("Hội nghị tổng kết ngành ngoại giao năm 2022 bị hoãn đến ngày nào?", "new", "premise", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 bị hoãn đến ngày nào?", FP),
 ("vậy thực tế diễn ra hôm nào", "ellipsis", "-", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 thực tế diễn ra ngày nào?", "10/1"),
 ("bao nhieu dai bieu", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu?", "700 đại biểu"),
 ("cán bộ ngoại giao nào tham dự", "ellipsis", "-", "Những cán bộ ngoại giao nào tham dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "trong và ngoài nước qua các thời kỳ"),
])
C.append([
 ("PTT Pham Binh Minh noi gi ve phoi hop tai hn so ket 2019", "new", "accentless,abbrev", "Phó Thủ tướng Phạm Bình Minh nói gì về sự phối hợp tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "giữa các đơn vị trong Bộ"),
 ("con diem thu ba", "substitution", "accentless,telegraphic", "Điểm thứ ba cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "nhu cầu, ưu tiên phát triển"),
 ("trich nguyen vn", "request", "accentless,typo,telegraphic", "Trích nguyên văn điểm thứ ba cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu.", "nhạy bén hơn nữa"),
 ("Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc tại HN tổng kết 2022?", "new", "abbrev", "Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "giữ nước từ khi nước chưa nguy"),
 ("ông ấy còn nhắc tinh thần gì với người dân, doanh nghiệp", "pronoun", "-", "Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu bám sát tinh thần gì đối với người dân, doanh nghiệp?", "lấy người dân, doanh nghiệp, địa phương là trung tâm phục vụ"),
])
C.append([
 ("Ai phát biểu chính tại hai hội nghị sơ kết 6 tháng đầu năm 2019 và 2023?", "new", "-", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 và ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "Phạm Bình Minh && Bùi Thanh Sơn"),
 ("hai hn do ngay nao", "pronoun", "accentless,abbrev,telegraphic", "Hai Hội nghị sơ kết 6 tháng đầu năm 2019 và 2023 diễn ra ngày nào?", "22/7 | 22/07/2019 && 5/7"),
 ("lan 2023 co khen thuong ko", "ellipsis", "accentless,telegraphic", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 có khen thưởng không?", "trao tặng các danh hiệu"),
 ("con lan 2019", "substitution", "accentless,telegraphic", "Tại Hội nghị sơ kết 6 tháng đầu năm 2019 có những tập thể, cá nhân nào được khen thưởng?", NR),
])
C.append([
 ("PTT Trần Lưu Quang đánh giá thế nào về việc triển khai đường lối đối ngoại Đại hội XIII?", "new", "abbrev", "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về việc triển khai đường lối đối ngoại Đại hội XIII của Đảng?", "tích cực, hiệu quả"),
 ("ông ấy dặn BNG bám sát gì", "pronoun", "abbrev", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát những gì?", "Hội nghị đối ngoại toàn quốc năm 2021"),
 ("vai tro gi can phat huy", "ellipsis", "accentless,telegraphic", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao phát huy mạnh mẽ vai trò gì?", "vai trò tiên phong"),
 ("Ở HN sơ kết 2023, BT Sơn có nhắc vai trò tiên phong ko", "new", "abbrev", "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có nhắc tới vai trò tiên phong không?", "phát huy vai trò tiên phong"),
])
C.append([
 ("Hội nghị sơ kết 2019 nhắc tới hội nghị tổng kết năm nào?", "new", "-", "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới hội nghị tổng kết công tác năm nào?", "tổng kết công tác năm 2018"),
 ("hội nghị 2018 đó do ai chủ trì", "pronoun", "-", "Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao do ai chủ trì?", NI),
 ("thôi, thế nửa đầu 2019 bám sát chương trình gì", "ellipsis", "-", "Nửa đầu năm 2019, công tác đối ngoại bám sát chương trình gì?", "chương trình đối ngoại của Lãnh đạo cấp cao"),
 ("nói rõ hơn", "request", "telegraphic", "Nói rõ hơn về việc công tác đối ngoại nửa đầu năm 2019 bám sát chương trình đối ngoại của Lãnh đạo cấp cao.", "cân bằng linh hoạt"),
])
C.append([
 ("bao nhiêu tỉnh thành kết nối hội nghị tổng kết ngoại giao 2022", "new", "-", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?", "63 tỉnh"),
 ("VN trúng cử HĐBA LHQ nhiệm kỳ 2020-2021 được bao nhiêu phiếu", "new", "abbrev", "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021 với bao nhiêu phiếu?", "192/193"),
 ("thong tin nay o bao cao nao", "request", "accentless", "Thông tin Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu nằm trong báo cáo hội nghị nào?", "6 tháng đầu năm 2019"),
 ("kim ngach XNK 2022 vuot moc bao nhieu", "new", "accentless,abbrev", "Năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "700 tỷ USD"),
])

# Phone-style rewrites: these turns are typed without diacritics (tag accentless, plus extra tags)
REWRITE = {
 "còn năm 2024 thì bao nhiêu đại biểu?": ("con nam 2024 thi bao nhieu dai bieu?", ""),
 "thế ai dự ở điểm cầu Quảng Trị": ("the ai du o diem cau Quang Tri", ""),
 "ông ấy biểu dương ai?": ("ong ay bieu duog ai?", "typo"),
 "thế còn về xây dựng ngành?": ("the con ve xay dung nganh?", ""),
 "những ai tham dự?": ("nhung ai tham du?", ""),
 "ông ấy xác định nhiệm vụ trung tâm là gì": ("ong ay xac dinh nhiem vu trung tam la gi", ""),
 "còn năm 2022 Thủ tướng đề nghị mấy nhiệm vụ trọng tâm?": ("con nam 2022 thu tuong de nghi may nhiem vu trong tam?", ""),
 "còn năm 2020?": ("con nam 2020?", ""),
 "nhiệm kỳ nào": ("nhiem ky nao", ""),
 "TTg có dự ko": ("TTg co du ko", ""),
 "trích nguyên văn câu phương châm đó": ("trich nguyen van cau phuong cham do", ""),
 "ông ấy nói gì về bảo vệ tổ quốc": ("ong ay noi gi ve bao ve to quocc", "typo"),
 "bài này ai viết": ("bai nay ai viet", ""),
 "nghị quyết nào phải tổng kết": ("nghi quyet nao phai tong ket", ""),
 "ông ấy giữ chức gì": ("ong ay giu chuc gi", ""),
 "còn ở Cao Bằng năm 2022?": ("con o Cao Bang nam 2022?", ""),
 "còn năm 2024 kim ngạch bao nhiêu": ("con nam 2024 kim ngach bao nhieu", ""),
 "còn 2019 thì sao": ("con 2019 thi sao", ""),
 "ông ấy nhận định tình hình thế giới ra sao": ("ong ay nhan dinh tinh hinh the gioi ra sao", ""),
 "bao nhiêu người dự ở điểm cầu đó": ("bao nhieu nguoi du o diem cau do", ""),
 "hôm đó ai phát biểu chỉ đạo": ("hom do ai phat bieu chi dao", ""),
 "còn ngoại giao đa phương": ("con ngoai giao da phuong", ""),
 "ông ấy có xin từ chức ở hội nghị đó không": ("ong ay co xin tu chuc o hn do khong", "abbrev"),
 "buổi đó kéo dài bao lâu": ("buoi do keo dia bao lau", "typo"),
 "năm đó ai chỉ đạo": ("nam do ai chi dao", ""),
 "cho ai": ("cho ai", ""),
 "Thủ tướng nói về quan hệ với đối tác ra sao": ("thu tuong noi ve quan he voi doi tac ra sao", ""),
 "ông ấy nói tình hình quốc tế nửa đầu năm ra sao": ("ong ay noi tinh hinh quoc te nua dau nam ra sao", ""),
 "cả hai đều trực tuyến à": ("ca hai deu truc tuyen a", ""),
 "còn năm 2023 thì sao": ("con nam 2023 thi sao", ""),
 "ông ấy nhắc tới chỉ đạo của ai": ("ong ay nhac toi chi dao cau ai", "typo"),
 "tại hội nghị nào": ("tai hoi nghi nao", ""),
 "còn năm 2022?": ("con nam 2022?", ""),
 "còn 2018?": ("con 2018?", ""),
 "bài đó đăng ở báo nào": ("bai do dang o bao nao", ""),
 "còn Phạm Bình Minh thì sao": ("con Pham Binh Minh thi sao", ""),
 "PTT đánh giá thế nào": ("PTT danh gia the nao", ""),
 "còn EVFTA": ("con EVFTA", ""),
 "ai ký": ("ai ky", ""),
 "còn đối ngoại đa phương": ("con doi ngoai da phuong", ""),
 "vậy thực tế diễn ra hôm nào": ("vay thuc te dien ra hom nao", ""),
 "nói rõ hơn": ("noi ro hon", ""),
}
TAG_ORDER = ["accentless", "abbrev", "telegraphic", "typo", "english", "paraphrase", "near-miss", "premise"]


def rewrite(t):
    q, kind, tags, read_as, facts = t
    if q not in REWRITE:
        return t
    nq, extra = REWRITE.pop(q)
    tl = set() if tags == "-" else set(tags.split(","))
    tl.add("accentless")
    if extra:
        tl.update(extra.split(","))
    return (nq, kind, ",".join(x for x in TAG_ORDER if x in tl), read_as, facts)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "conversations.tsv")
    lines = list(HEADER)
    for i, conv in enumerate(C, 1):
        cid = "c%02d" % i
        for t in conv:
            assert len(t) == 5, t
            t = rewrite(t)
            for f in t:
                assert "\t" not in f and "\n" not in f, t
            lines.append("\t".join((cid,) + tuple(t)))
    assert not REWRITE, REWRITE
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote", out, len(lines) - 4, "turns,", len(C), "conversations")

if __name__ == "__main__":
    main()
