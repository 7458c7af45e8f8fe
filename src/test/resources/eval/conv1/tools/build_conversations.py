#!/usr/bin/env python3
"""Authoring helper: holds the conversation set as data, checks every fact
alternative against the report(s) the turn is about (stricter than the
checker, which only needs "some report"), and writes conversations.tsv.

Report keys (files in ../given):
  R0 = 000_... Hội nghị sơ kết 6 tháng đầu năm 2023 (5/7)
  R1 = 001_... Hội nghị tổng kết ngành Ngoại giao năm 2022 (10/1, Cao Bằng)
  R2 = 002_... PTT Trần Lưu Quang làm việc với Bộ Ngoại giao (31-1)
  R3 = 003_... Hội nghị sơ kết 6 tháng đầu năm 2019 (22/7)
  R4 = 004_... Hội nghị tổng kết ngành Ngoại giao năm 2024 (6/1, Quảng Trị)
"""
import glob, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADER = [
    "# Blind conversation set 1 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

NR = "refuse:not_reported"
NIC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

# (question, kind, tags, read_as or None (= question), facts, source reports)
C = []
def conv(*turns):
    C.append(turns)

# c01
conv(
 ("Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "new", "-", None, "Bùi Thanh Sơn", "1"),
 ("ong ay noi gi khi khai mac hoi nghi", "pronoun", "accentless", "Bộ trưởng Bùi Thanh Sơn nói gì khi khai mạc Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "nhìn lại một năm | Hội nghị đối ngoại toàn quốc | Hội nghị Ngoại giao lần thứ 31", "1"),
 ("bao nhieu dai bieu", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700", "1"),
 ("con HN tong ket 2024 thi sao", "substitution", "accentless,abbrev", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, ""),
 ("Hoi nghi so ket 6 thang dau nam 2019 dien ra ngay nao?", "new", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào?", "22/7 | 22/07/2019", "3"),
)
# c02
conv(
 ("hoi nghi so ket 6 thang dau nam 2023 cua BNG dien ra ngay nao", "new", "accentless,abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7", "0"),
 ("ai ket luan?", "ellipsis", "accentless,telegraphic", "Ai phát biểu kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", "0"),
 ("ong ay de nghi nhung gi cho 6 thang cuoi nam", "pronoun", "accentless", "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm những gì trong 6 tháng cuối năm 2023?", "nghiên cứu, dự báo, tham mưu | Đại hội XIII | ngoại giao kinh tế && chuyển đổi số | truyền thông mới | bảo hộ công dân | ngoại giao văn hóa", "0"),
 ("hn do to chuc o dau", "pronoun", "accentless,abbrev", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, ""),
 ("trich nguyen van cau ong ay noi ve xay dung nganh", "request", "accentless", "Trích nguyên văn chỉ đạo của Bộ trưởng Bùi Thanh Sơn về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023.", "chuyên nghiệp, hiện đại | thi đua khen thưởng | chế độ chính sách", "0"),
)
# c03
conv(
 ("Phó Thủ tướng Phạm Bình Minh nói gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", "new", "-", None, "nhạy cảm trong tham mưu | xử lý tình huống | nghiên cứu, đánh giá sâu hơn", "3"),
 ("noi ro hon di", "request", "accentless,telegraphic", "Nói rõ hơn những điểm Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.", "tăng cường sự phối hợp && nhạy bén hơn nữa | nhu cầu, ưu tiên phát triển", "3"),
 ("luc do ong ay giu chuc gi", "pronoun", "accentless", "Phạm Bình Minh giữ chức vụ gì tại thời điểm Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phó Thủ tướng && Bộ trưởng Ngoại giao", "3"),
 ("vi nay phe binh don vi nao", "pronoun", "accentless,premise", "Phó Thủ tướng Phạm Bình Minh phê bình đơn vị nào tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP, ""),
 ("còn về xây dựng ngành?", "substitution", "telegraphic", "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật | bảo vệ chính trị nội bộ", "3"),
)
# c04
conv(
 ("Thủ tướng kết luận gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "new", "-", None, "kỷ nguyên vươn mình | nhiệm vụ bao trùm | tăng tốc, bứt phá", "4"),
 ("ngay nao", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", "4"),
 ("ai du o diem cau Quang Tri hn do", "pronoun", "accentless,abbrev", "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "4"),
 ("ong ay phat bieu gi", "pronoun", "accentless", "Phó Chủ tịch UBND tỉnh Hoàng Nam phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", NR, ""),
 ("Hội nghị tổng kết năm 2022 được kết nối với điểm cầu bao nhiêu tỉnh, thành phố?", "new", "-", None, "63", "1"),
)
# c05
conv(
 ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "new", "-", None, "Trụ sở", "2"),
 ("khi nao", "ellipsis", "accentless,telegraphic", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "31-1 | ngày 31", "2"),
 ("ong ay noi nhiem vu trong yeu la gi", "pronoun", "accentless", "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trọng yếu của ngành ngoại giao là gì?", "giữ vững hòa bình, ổn định", "2"),
 ("trích nguyên văn", "request", "telegraphic", "Trích nguyên văn câu của Phó Thủ tướng Trần Lưu Quang về nhiệm vụ trọng yếu, nhiệm vụ trung tâm và nhiệm vụ quan trọng.", "nhiệm vụ trọng yếu, thường xuyên && nhiệm vụ trung tâm && nhiệm vụ quan trọng", "2"),
 ("sao ong ay lai phe binh BNG", "pronoun", "accentless,abbrev,premise", "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao?", FP, ""),
)
# c06
conv(
 ("Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao nào?", "new", "-", None, "2022 && 2024", "1,4"),
 ("the con PTT Pham Binh Minh?", "substitution", "accentless,abbrev", "Phó Thủ tướng Phạm Bình Minh dự hội nghị nào của Bộ Ngoại giao?", "sơ kết && 2019", "3"),
 ("năm đó VN trúng cử HĐBA với bao nhiêu phiếu", "pronoun", "abbrev", "Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193", "3"),
 ("nhiem ky nao", "ellipsis", "accentless,telegraphic", "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", "3"),
 ("How many delegates attended the 2022 year-end review conference of the diplomatic sector?", "new", "english", "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "hơn 700", "1"),
)
# c07
conv(
 ("TTg chi dao gi tai HN tong ket nganh NG 2022", "new", "accentless,abbrev,telegraphic", "Thủ tướng chỉ đạo gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "từ sớm | từ xa | giữ nước từ khi nước chưa nguy | cây tre Việt Nam | 6 nhiệm vụ", "1"),
 ("may nhiem vu trong tam?", "ellipsis", "accentless,telegraphic", "Thủ tướng yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại Hội nghị tổng kết năm 2022?", "6 nhiệm vụ", "1"),
 ("cây tre VN là sao, nói rõ hơn", "request", "abbrev", "Nói rõ hơn ý của Thủ tướng về bản sắc “cây tre Việt Nam” tại Hội nghị tổng kết năm 2022.", "gốc vững && dĩ bất biến, ứng vạn biến | uyển chuyển, linh hoạt", "1"),
 ("con nam 2024 TTg chi dao gi", "substitution", "accentless,abbrev", "Thủ tướng chỉ đạo gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "kỷ nguyên vươn mình | Nghị quyết 18 | nhiệm vụ bao trùm", "4"),
 ("nguồn nào?", "request", "telegraphic", "Thông tin về chỉ đạo của Thủ tướng tại Hội nghị tổng kết năm 2024 lấy từ nguồn nào?", "Quảng Trị | Hoài Nhung | baoquangtri", "4"),
)
# c08
conv(
 ("Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "new", "-", None, "Brunei && Hà Lan", "3"),
 ("tong so doi tac chien luoc, toan dien len bao nhieu", "ellipsis", "accentless", "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?", "30", "3"),
 ("hiệp định nào chính thức được triển khai?", "ellipsis", "-", "Trong 6 tháng đầu năm 2019, hiệp định nào chính thức được triển khai?", "CPTPP", "3"),
 ("con duoc ky ket?", "substitution", "accentless,telegraphic", "Trong 6 tháng đầu năm 2019, những hiệp định nào được ký kết?", "EVFTA && bảo hộ đầu tư", "3"),
 ("Ai viết bài về hội nghị tổng kết ngành ngoại giao năm 2024?", "new", "paraphrase", "Ai là tác giả bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung", "4"),
 ("con bai nam 2022", "substitution", "accentless,telegraphic", "Ai là tác giả bài viết về Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Vi Trường", "1"),
)
# c09
conv(
 ("Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?", "new", "-", None, "cán bộ, công chức, viên chức | người lao động", "0"),
 ("ong ay co trao khen thuong ko", "pronoun", "accentless,abbrev", "Bộ trưởng Bùi Thanh Sơn có trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 không?", "danh hiệu | thành tích xuất sắc", "0"),
 ("bao nhieu tap the duoc khen?", "ellipsis", "accentless", "Có bao nhiêu tập thể được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023?", NR, ""),
 ("kết quả 6 tháng đầu năm nói chung thế nào", "ellipsis", "-", "Hội nghị sơ kết đánh giá kết quả công tác đối ngoại 6 tháng đầu năm 2023 nói chung thế nào?", "điểm sáng | chủ động, thích ứng, sáng tạo", "0"),
 ("the con 6 thang dau 2019", "substitution", "accentless,telegraphic", "Kết quả công tác đối ngoại 6 tháng đầu năm 2019 nói chung thế nào?", "Brunei | HĐBA | CPTPP | 192/193 | Mỹ - Triều | nâng cao thế và lực", "3"),
 ("tóm tắt lại trong 3 ý", "request", "-", "Tóm tắt lại trong 3 ý kết quả công tác đối ngoại 6 tháng đầu năm 2019.", "CPTPP | EVFTA | HĐBA | Brunei | Hà Lan", "3"),
)
# c10
conv(
 ("Buổi làm việc của PTT Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?", "new", "abbrev", "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự?", "Văn phòng Chính phủ && Bùi Thanh Sơn", "2"),
 ("lanh dao VPCP do ten gi", "pronoun", "accentless,abbrev", "Lãnh đạo Văn phòng Chính phủ dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao tên là gì?", NR, ""),
 ("BT Son bao cao gi", "ellipsis", "accentless,abbrev,telegraphic", "Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc?", "nhiệm vụ đối ngoại năm 2022 | đổi mới tư duy và hành động", "2"),
 ("tóm tắt lại ý đó", "request", "-", "Tóm tắt lại nội dung báo cáo của Bộ trưởng Bùi Thanh Sơn với Phó Thủ tướng Trần Lưu Quang.", "đổi mới tư duy && nhiệm vụ trung tâm | chuyển đổi số | kỷ cương hành chính", "2"),
 ("hoi nghi so ket 2019 co bao nhieu nguoi du", "new", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người dự?", NR, ""),
)
# c11
conv(
 ("Who chaired the 2022 year-end review conference of Vietnam's diplomatic sector?", "new", "english", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", "1"),
 ("con nam 2020", "substitution", "accentless,telegraphic", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2020?", NIC, ""),
 ("the 2023 thi sao", "substitution", "accentless,near-miss", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2023?", NIC, ""),
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào?", "new", "-", None, "trọng tâm, trọng điểm | kết nối đối tác", "0"),
)
# c12
conv(
 ("PTT Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?", "new", "abbrev", "Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu năm 2019 thế nào?", "nhanh hơn, phức tạp hơn | khó lường", "3"),
 ("trong boi canh do doi ngoai trien khai theo tinh than hoi nghi nao", "pronoun", "accentless", "Trong bối cảnh tình hình quốc tế nửa đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần hội nghị nào?", "Hội nghị Ngoại giao 30 | Hội nghị tổng kết công tác năm 2018", "3"),
 ("con hn so ket 2023 danh gia tinh hinh the gioi the nao", "substitution", "accentless,abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?", "diễn biến nhanh, phức tạp | tác động sâu sắc", "0"),
 ("thế còn PTT Trần Lưu Quang?", "substitution", "abbrev", "Phó Thủ tướng Trần Lưu Quang nhận định thế nào về tình hình thế giới và khu vực?", "biến động sâu sắc, phức tạp | nhiều cơ hội, thuận lợi", "2"),
 ("ong ay du bao kinh te the gioi tang truong bao nhieu %", "pronoun", "accentless", "Phó Thủ tướng Trần Lưu Quang dự báo kinh tế thế giới tăng trưởng bao nhiêu phần trăm?", NR, ""),
)
# c13
conv(
 ("Ai dự hội nghị tổng kết ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "new", "-", None, "Nguyễn Bích Ngọc", "1"),
 ("nguoi do giu chuc gi", "pronoun", "accentless", "Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ Tỉnh ủy", "1"),
 ("nhung huyen nao du", "ellipsis", "accentless,telegraphic", "Những huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Quảng Hòa && Bảo Lạc && Hạ Lang", "1"),
 ("người đó có phát biểu gì ko", "pronoun", "abbrev", "Nguyễn Bích Ngọc phát biểu gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", NR, ""),
 ("còn điểm cầu Quảng Trị năm 2024?", "substitution", "-", "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "4"),
)
# c14
conv(
 ("BNG xac dinh muc tieu nhiem vu nam 2025 la gi", "new", "accentless,abbrev", "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 là gì?", "nắm chắc, dự báo đúng tình hình | thế chủ động chiến lược", "4"),
 ("hoi nghi do tong ket nam nao", "pronoun", "accentless", "Hội nghị xác định mục tiêu, nhiệm vụ năm 2025 tổng kết công tác năm nào?", "2024", "4"),
 ("trích nguyên văn đoạn về tinh gọn bộ máy", "request", "-", "Trích nguyên văn đoạn về tinh gọn tổ chức bộ máy của Bộ Ngoại giao tại Hội nghị tổng kết năm 2024.", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "4"),
 ("nghi quyet so may", "ellipsis", "accentless,telegraphic", "Thủ tướng yêu cầu tổng kết Nghị quyết số mấy của BCH Trung ương?", "Nghị quyết 18", "4"),
 ("Thủ tướng phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "premise,near-miss", None, FP, ""),
)
# c15
conv(
 ("PTT Trần Lưu Quang muốn BNG tập trung làm những việc gì?", "new", "abbrev,paraphrase", "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?", "chương trình đối ngoại cấp cao | hội nhập quốc tế sâu rộng | biên giới hoà bình", "2"),
 ("tom tat lai", "request", "accentless,telegraphic", "Tóm tắt lại các việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.", "chương trình đối ngoại cấp cao && hội nhập quốc tế", "2"),
 ("ong ay nhac den hoi nghi doi ngoai toan quoc nam nao", "pronoun", "accentless", "Phó Thủ tướng Trần Lưu Quang nhắc đến Hội nghị đối ngoại toàn quốc năm nào?", "2021", "2"),
 ("ai chỉ đạo ở hội nghị đó", "pronoun", "-", "Ai có chỉ đạo tại Hội nghị đối ngoại toàn quốc năm 2021?", "Nguyễn Phú Trọng", "2"),
 ("What did the Prime Minister stress in his conclusion at the 2024 review conference?", "new", "english", "Thủ tướng nhấn mạnh điều gì khi kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "kỷ nguyên vươn mình | nhiệm vụ bao trùm | tăng tốc, bứt phá", "4"),
)
# c16
conv(
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài ra sao?", "new", "-", None, "cầu nối | chăm lo", "0"),
 ("con bao ho cong dan", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân ra sao?", "nhiều đổi mới trong cách thức", "0"),
 ("con xay dung nganh?", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác xây dựng ngành ra sao?", "nề nếp | bài bản", "0"),
 ("thế năm 2019 thì sao", "substitution", "-", "Công tác xây dựng ngành trong 6 tháng đầu năm 2019 được đánh giá thế nào?", "hiện đại hóa Bộ Ngoại giao | bồi dưỡng cán bộ | vừa hồng, vừa chuyên", "3"),
 ("cụm 'vừa hồng, vừa chuyên' còn có ở báo cáo nào nữa", "request", "-", "Ngoài báo cáo sơ kết 2019, cụm từ “vừa hồng, vừa chuyên” còn xuất hiện ở báo cáo nào?", "2024", "4"),
)
# c17
conv(
 ("Năm 2022 kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "new", "-", None, "700 tỷ USD", "1"),
 ("con nam 2024", "substitution", "accentless,telegraphic", "Năm 2024 kim ngạch xuất nhập khẩu đạt bao nhiêu?", NR, ""),
 ("the nam 2019?", "substitution", "accentless,telegraphic", "Năm 2019 kim ngạch xuất nhập khẩu đạt bao nhiêu?", NR, ""),
 ("Ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?", "new", "-", None, "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh", "4"),
 ("nguon nao", "request", "accentless,telegraphic", "Thông tin về ngoại giao kinh tế năm 2024 lấy từ nguồn nào?", "Quảng Trị | Hoài Nhung | baoquangtri", "4"),
)
# c18
conv(
 ("For which term was Vietnam elected to the UN Security Council, and with how many votes?", "new", "english", "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào, với bao nhiêu phiếu?", "2020-2021 && 192/193", "3"),
 ("báo cáo này còn nêu sự kiện nào cho thấy sự tín nhiệm quốc tế", "pronoun", "-", "Báo cáo sơ kết 6 tháng đầu năm 2019 còn nêu sự kiện nào cho thấy sự tín nhiệm của bạn bè quốc tế?", "Mỹ - Triều | Hội nghị thượng đỉnh", "3"),
 ("chi thi 25 la ve gi", "ellipsis", "accentless", "Chỉ thị 25 được nhắc trong báo cáo sơ kết 6 tháng đầu năm 2019 là về vấn đề gì?", "nâng tầm đối ngoại đa phương", "3"),
 ("vì sao lần đó VN được ít phiếu vậy", "pronoun", "abbrev,premise", "Vì sao Việt Nam được ít phiếu khi ứng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021?", FP, ""),
 ("Báo cáo hội nghị tổng kết 2022 mô tả cụ thể điểm cầu tỉnh nào?", "new", "-", None, "Cao Bằng", "1"),
)
# c19
conv(
 ("Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?", "new", "-", None, "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", "4"),
 ("ai yeu cau viec do", "pronoun", "accentless", "Ai yêu cầu tinh gọn tổ chức bộ máy của Bộ Ngoại giao sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội?", "Phạm Minh Chính", "4"),
 ("hn do ket noi voi bao nhieu diem cau", "pronoun", "accentless,abbrev", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu?", NR, ""),
 ("còn năm 2022?", "substitution", "telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?", "63", "1"),
 ("hoi nghi ay bi hoan may lan", "pronoun", "accentless,premise", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 bị hoãn mấy lần?", FP, ""),
)
# c20
conv(
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 có những ai tham dự?", "new", "-", None, "Bùi Thanh Sơn && đại diện các đơn vị | Lãnh đạo Bộ Ngoại giao", "0"),
 ("con so ket 2022", "substitution", "accentless,telegraphic,near-miss", "Hội nghị sơ kết 6 tháng đầu năm 2022 có những ai tham dự?", NIC, ""),
 ("the con 2019?", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 có những ai tham dự?", "Phạm Bình Minh", "3"),
 ("nguồn nào", "request", "telegraphic", "Thông tin về Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "CLO | TG&VN", "3"),
 ("bao nhieu nguoi du", "ellipsis", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 có bao nhiêu người tham dự?", NR, ""),
)
# c21
conv(
 ("PTT Tran Luu Quang danh gia the nao ve cong tac doi ngoai", "new", "accentless,abbrev", "Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại?", "nỗ lực và thành tựu to lớn | đánh giá cao", "2"),
 ("ông ấy nhắc tới nhữg đối tác nào", "pronoun", "typo", "Phó Thủ tướng Trần Lưu Quang nhắc tới những đối tác nào?", "đối tác chiến lược | đối tác toàn diện | bạn bè truyền thống", "2"),
 ("Thủ tướng nói câu 'muốn là bạn' ở hội nghị nào?", "new", "-", "Thủ tướng nói câu “muốn là bạn” ở hội nghị nào?", "tổng kết && 2022", "1"),
 ("cau do y la sao, noi ro hon", "request", "accentless", "Nói rõ hơn ý câu “muốn là bạn” của Thủ tướng tại Hội nghị tổng kết năm 2022.", "sẵn sàng là bạn && đối tác tin cậy | thành viên có trách nhiệm", "1"),
 ("trich nguyen van doan ve hop tac va dau tranh", "request", "accentless", "Trích nguyên văn đoạn Thủ tướng nói về hợp tác và đấu tranh tại Hội nghị tổng kết năm 2022.", "đối tác, đối tượng", "1"),
)
# c22
conv(
 ("Phương châm của công tác đối ngoại 6 tháng đầu năm 2023 là gì?", "new", "-", None, "chủ động, thích ứng, sáng tạo", "0"),
 ("nam do doi ngoai duoc vi la gi", "pronoun", "accentless,paraphrase", "Năm 2023, theo Hội nghị sơ kết 6 tháng đầu năm, đối ngoại được ví là gì trong thành tựu chung của cả nước?", "điểm sáng", "0"),
 ("bao cao nay noi quan he voi doi tac ra sao", "pronoun", "accentless", "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 nói quan hệ với các đối tác phát triển ra sao?", "bước phát triển mới | đi vào chiều sâu", "0"),
 ("TTg noi bao ve to quoc tu som tu xa o HN nao", "new", "accentless,abbrev,telegraphic", "Thủ tướng nói bảo vệ Tổ quốc “từ sớm, từ xa” tại hội nghị nào?", "tổng kết && 2022", "1"),
 ("ngay nao", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào?", "10/1", "1"),
)
# c23
conv(
 ("Hội nghị tổng kết ngành ngoại giao năm 2024 được tổ chức vào ngày nào?", "new", "-", None, "6/1", "4"),
 ("con 2022", "substitution", "accentless,telegraphic", "Hội nghị tổng kết ngành ngoại giao năm 2022 được tổ chức vào ngày nào?", "10/1", "1"),
 ("so ket 2019 thi sao", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 được tổ chức vào ngày nào?", "22/7 | 22/07/2019", "3"),
 ("thế còn sơ kết 2021?", "substitution", "telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2021 được tổ chức vào ngày nào?", NIC, ""),
 ("PTT Quang lam viec voi BNG thi sao", "substitution", "accentless,abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1 | ngày 31", "2"),
)
# c24
conv(
 ("Đồng chí Phạm Minh Chính giữ những chức vụ gì theo báo cáo hội nghị tổng kết năm 2022?", "new", "-", None, "Ủy viên Bộ Chính trị && Thủ tướng", "1"),
 ("còn BT Sơn?", "substitution", "abbrev,telegraphic", "Bộ trưởng Bùi Thanh Sơn giữ những chức vụ gì theo báo cáo Hội nghị tổng kết năm 2022?", "Ủy viên Trung ương Đảng", "1"),
 ("ong ay lam gi o hoi nghi do", "pronoun", "accentless", "Bộ trưởng Bùi Thanh Sơn làm gì ở Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "chủ trì | khai mạc", "1"),
 ("trich cau ong ay noi ve su tham du cua TTg", "request", "accentless,abbrev", "Trích câu Bộ trưởng Bùi Thanh Sơn nói về sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022.", "minh chứng | nguồn cổ vũ, động viên", "1"),
 ("tai sao ong ay bo ve giua chung hoi nghi", "pronoun", "accentless,premise", "Tại sao Bộ trưởng Bùi Thanh Sơn bỏ về giữa chừng Hội nghị tổng kết năm 2022?", FP, ""),
)
# c25
conv(
 ("hoang nam la ai", "new", "accentless,telegraphic", "Hoàng Nam là ai?", "Phó Chủ tịch UBND tỉnh && Quảng Trị", "4"),
 ("ong ay du hoi nghi nao", "pronoun", "accentless", "Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào?", "tổng kết && 2024", "4"),
 ("ai chỉ đạo", "ellipsis", "telegraphic", "Ai chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", "4"),
 ("anh trong bai do ai chup", "pronoun", "accentless", "Ảnh trong bài về Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị do ai chụp?", "H.N", "4"),
 ("khi nao", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào?", "6/1", "4"),
 ("còn tổng kết 2021 thì ai dự ở Quảng Trị", "substitution", "-", "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2021 tại điểm cầu Quảng Trị?", NIC, ""),
)
# c26
conv(
 ("Bộ trưởng Bùi Thanh Sơn đề nghị gì về đối ngoại đa phương tại hội nghị sơ kết 6 tháng đầu năm 2023?", "new", "-", None, "nâng tầm đối ngoại đa phương", "0"),
 ("con BT Pham Gia Khiem", "substitution", "accentless,abbrev,telegraphic", "Bộ trưởng Phạm Gia Khiêm đề nghị gì về đối ngoại đa phương?", NIC, ""),
 ("the nam 2020?", "substitution", "accentless,telegraphic", "Bộ Ngoại giao đề ra gì về đối ngoại đa phương tại Hội nghị sơ kết 6 tháng đầu năm 2020?", NIC, ""),
 ("Hội nghị sơ kết 2019 hướng tới Đại hội nào của Đảng?", "new", "-", None, "Đại hội XIII", "3"),
 ("ai phát biểu chỉ đạo", "ellipsis", "telegraphic", "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh", "3"),
)
# c27
conv(
 ("Who attended the Foreign Ministry's mid-year review conference on 5 July 2023?", "new", "english", "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao ngày 5/7?", "Bùi Thanh Sơn", "0"),
 ("where was it held?", "pronoun", "english,telegraphic", "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, ""),
 ("what did the minister ask the units to do better?", "ellipsis", "english", "Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa việc gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "nghiên cứu, dự báo, tham mưu", "0"),
 ("tom tat bang tieng viet", "request", "accentless,telegraphic", "Tóm tắt bằng tiếng Việt yêu cầu của Bộ trưởng Bùi Thanh Sơn đối với các đơn vị trong Bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023.", "nghiên cứu, dự báo, tham mưu", "0"),
)
# c28
conv(
 ("Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm tại hội nghị tổng kết 2022?", "new", "-", None, "6 nhiệm vụ", "1"),
 ("ong ay noi gi ve ngoai giao kinh te", "pronoun", "accentless", "Thủ tướng Phạm Minh Chính nói gì về ngoại giao kinh tế tại Hội nghị tổng kết năm 2022?", "mở rộng thị trường xuất khẩu | chuỗi cung ứng toàn cầu | chuỗi giá trị gia tăng", "1"),
 ("con nam 2024 thi sao", "substitution", "accentless", "Báo cáo Hội nghị tổng kết năm 2024 nói gì về ngoại giao kinh tế?", "chíp bán dẫn | thu hút đầu tư nước ngoài | chuyển đổi xanh", "4"),
 ("Bộ trưởng Sơn khẳng định ngành ngoại giao đang bước sang giai đoạn nào?", "new", "paraphrase", "Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao đang bước sang giai đoạn nào?", "giai đoạn phát triển mới", "1,2"),
 ("doi hoi gi", "ellipsis", "accentless,telegraphic", "Theo Bộ trưởng Bùi Thanh Sơn, giai đoạn phát triển mới của ngành Ngoại giao đòi hỏi điều gì?", "đổi mới mạnh mẽ tư duy và hành động | trong sạch, vững mạnh | đổi mới tư duy và hành động", "1,2"),
)
# c29
conv(
 ("Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao tổ chức ở đâu?", "new", "-", None, NR, ""),
 ("ai phat bieu", "ellipsis", "accentless,telegraphic", "Ai phát biểu tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", "3"),
 ("con so ket 2023 o dau", "substitution", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ở đâu?", NR, ""),
 ("thế PTT Quang làm việc với BNG ở đâu", "substitution", "abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở", "2"),
 ("nguồn nào nói vậy", "request", "-", "Nguồn nào nói Phó Thủ tướng Trần Lưu Quang làm việc tại Trụ sở Bộ Ngoại giao?", "VGP | B.T.V", "2"),
)
# c30
conv(
 ("Thủ tướng dùng hình ảnh cây gì để nói về bản sắc ngoại giao VN?", "new", "abbrev,paraphrase", "Thủ tướng dùng hình ảnh cây gì để nói về bản sắc ngoại giao Việt Nam?", "cây tre Việt Nam", "1"),
 ("o hoi nghi nao", "ellipsis", "accentless,telegraphic", "Thủ tướng nói về bản sắc “cây tre Việt Nam” ở hội nghị nào?", "tổng kết && 2022", "1"),
 ("trich nguyen van", "request", "accentless,telegraphic", "Trích nguyên văn đoạn Thủ tướng nói về bản sắc “cây tre Việt Nam”.", "gốc vững && dĩ bất biến, ứng vạn biến", "1"),
 ("ong ay con noi bao ve To quoc the nao", "pronoun", "accentless", "Thủ tướng Phạm Minh Chính nói gì về bảo vệ Tổ quốc tại Hội nghị tổng kết năm 2022?", "từ sớm && từ xa | giữ nước từ khi nước chưa nguy", "1"),
 ("vi nay co phan doi da phuong hoa ko", "pronoun", "accentless,abbrev,premise", "Thủ tướng Phạm Minh Chính phản đối đa phương hóa như thế nào?", FP, ""),
)
# c31
conv(
 ("Bài báo về hội nghị sơ kết 6 tháng đầu năm 2019 có tiêu đề gì?", "new", "-", None, "nhạy cảm trong tham mưu", "3"),
 ("PTT nao phat bieu", "ellipsis", "accentless,abbrev,telegraphic", "Phó Thủ tướng nào phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh", "3"),
 ("thế còn PTT Lê Minh Khái nói gì", "substitution", "abbrev,near-miss,premise", "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, ""),
 ("hoi nghi do neu may diem can luu tam", "pronoun", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2019 nêu mấy điểm cần lưu tâm trong công tác đối ngoại thời gian tới?", "Thứ ba | ba | 3", "3"),
 ("Ai la Tong Bi thu duoc nhac toi trong bao cao tong ket 2022?", "new", "accentless", "Ai là Tổng Bí thư được nhắc tới trong báo cáo tổng kết 2022?", "Nguyễn Phú Trọng", "1"),
)
# c32
conv(
 ("Bộ trưởng Bùi Thanh Sơn xác định nhiệm vụ trung tâm là gì khi báo cáo với PTT Trần Lưu Quang?", "new", "abbrev", "Bộ trưởng Bùi Thanh Sơn xác định nhiệm vụ trung tâm là gì khi báo cáo với Phó Thủ tướng Trần Lưu Quang?", "phục vụ phát triển đất nước", "2"),
 ("con nhiem vu trong yeu", "substitution", "accentless,telegraphic", "Nhiệm vụ trọng yếu là gì theo buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao?", "giữ vững hòa bình, ổn định", "2"),
 ("nhiem vu quan trong?", "substitution", "accentless,telegraphic", "Nhiệm vụ quan trọng là gì theo buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao?", "nâng cao vị thế và uy tín", "2"),
 ("ai noi cau do", "request", "accentless,telegraphic", "Ai nói câu nâng cao vị thế và uy tín đất nước là nhiệm vụ quan trọng?", "Trần Lưu Quang", "2"),
 ("ông ấy làm PTT từ năm nào", "pronoun", "abbrev", "Trần Lưu Quang làm Phó Thủ tướng từ năm nào?", NR, ""),
)
# c33
conv(
 ("Thủ tướng yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào tại hội nghị tổng kết 2024?", "new", "-", None, "vừa hồng, vừa chuyên && tuyệt đối trung thành | tinh thông về nghiệp vụ", "4"),
 ("noi ro hon", "request", "accentless,telegraphic", "Nói rõ hơn yêu cầu của Thủ tướng về đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024.", "sâu sắc về chiến lược | nhạy bén về thời thế | khôn khéo về ứng xử", "4"),
 ("còn PTT Phạm Bình Minh năm 2019?", "substitution", "abbrev", "Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật", "3"),
 ("con BT Son 2023", "substitution", "accentless,abbrev,telegraphic", "Bộ trưởng Bùi Thanh Sơn yêu cầu gì về công tác cán bộ tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "chuyên nghiệp, hiện đại | thi đua khen thưởng | bản lĩnh chính trị vững vàng", "0"),
 ("Tổng Bí thư Nguyễn Phú Trọng có chỉ đạo tại hội nghị nào được nhắc trong các báo cáo?", "new", "-", None, "Hội nghị đối ngoại toàn quốc", "1,2"),
)
# c34
conv(
 ("Hôi nghi tổng kêt 2022 có bn đại biêu", "new", "typo,abbrev,telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu đại biểu?", "hơn 700", "1"),
 ("ai chu tri vay", "ellipsis", "accentless", "Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Bùi Thanh Sơn", "1"),
 ("con TTg thi sao", "substitution", "accentless,abbrev,telegraphic", "Thủ tướng có vai trò gì tại Hội nghị tổng kết công tác ngành ngoại giao năm 2022?", "Phạm Minh Chính", "1"),
 ("ông ây phat biểu j", "pronoun", "typo,abbrev", "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị tổng kết năm 2022?", "từ sớm | cây tre Việt Nam | 6 nhiệm vụ | dĩ bất biến, ứng vạn biến", "1"),
 ("tóm tắt lại 3 ý chính", "request", "-", "Tóm tắt lại 3 ý chính trong phát biểu của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết năm 2022.", "cây tre Việt Nam | 6 nhiệm vụ | ngoại giao kinh tế | từ sớm", "1"),
)
# c35
conv(
 ("Tin về hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao do hãng tin nào đưa?", "new", "paraphrase", None, "TTXVN", "0"),
 ("bai do co noi hoi nghi keo dai may tieng ko", "pronoun", "accentless,abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2023 kéo dài mấy tiếng?", NR, ""),
 ("báo cáo này nói về ngoại giao đa phương thế nào", "pronoun", "-", "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương thế nào?", "kết hợp chặt chẽ với ngoại giao song phương", "0"),
 ("con nam 2022", "substitution", "accentless,telegraphic", "Đối ngoại đa phương năm 2022 được đánh giá thế nào?", "đóng góp có trách nhiệm | nhiều diễn đàn đa phương", "1"),
 ("thế năm 2019?", "substitution", "telegraphic", "Đối ngoại đa phương 6 tháng đầu năm 2019 được đánh giá thế nào?", "Chỉ thị 25", "3"),
)
# c36
conv(
 ("BT Bùi Thanh Sơn đánh giá năm 2022 đối ngoại đạt kết quả gì về biên giới, lãnh thổ?", "new", "abbrev", "Bộ trưởng Bùi Thanh Sơn đánh giá năm 2022 công tác đối ngoại đạt kết quả gì về biên giới, lãnh thổ?", "phân định | trên biển, trên bộ", "1"),
 ("Ai phát biểu chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019?", "new", "-", None, "Phạm Bình Minh", "3"),
 ("vi nay noi doi ngoai duoc trien khai theo tinh than hoi nghi nao", "pronoun", "accentless", "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại được triển khai theo tinh thần hội nghị nào?", "Hội nghị Ngoại giao 30", "3"),
 ("hoi nghi ngoai giao lan thu 31 duoc nhac den o dau", "new", "accentless", "Hội nghị Ngoại giao lần thứ 31 được nhắc đến ở hội nghị nào?", "tổng kết && 2022", "1"),
 ("ai nhắc", "ellipsis", "telegraphic", "Ai nhắc đến Hội nghị Ngoại giao lần thứ 31?", "Bùi Thanh Sơn", "1"),
)
# c37
conv(
 ("Báo Quảng Trị đưa tin hội nghị gì của Bộ Ngoại giao?", "new", "-", None, "tổng kết && 2024", "4"),
 ("hoi nghi ay co bao nhieu diem cau", "pronoun", "accentless", "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?", NR, ""),
 ("ai du o Quang Tri", "ellipsis", "accentless,telegraphic", "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", "4"),
 ("bài đó nói năm 2024 đối ngoại đạt kết quả gì", "pronoun", "-", "Bài về Hội nghị tổng kết năm 2024 nói công tác đối ngoại năm 2024 đạt kết quả gì?", "cục diện đối ngoại rộng mở | nhóm nước tăng trưởng cao", "4"),
 ("tom tat lai ngan gon", "request", "accentless", "Tóm tắt ngắn gọn kết quả công tác đối ngoại năm 2024.", "cục diện đối ngoại rộng mở | nhóm nước tăng trưởng cao | chíp bán dẫn", "4"),
)
# c38
conv(
 ("Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ ba là gì?", "new", "-", None, "nhạy bén hơn nữa | nhu cầu, ưu tiên phát triển", "3"),
 ("con diem thu nhat", "substitution", "accentless,telegraphic", "Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ nhất là gì?", "nghiên cứu, đánh giá sâu hơn | nhạy cảm trong tham mưu", "3"),
 ("điểm thứ tư?", "substitution", "telegraphic,premise", "Phó Thủ tướng Phạm Bình Minh lưu ý điểm thứ tư là gì?", FP, ""),
 ("Which province's bridge point is described in the report on the 2022 review conference?", "new", "english", "Điểm cầu tỉnh nào được mô tả trong báo cáo Hội nghị tổng kết năm 2022?", "Cao Bằng", "1"),
 ("ai du o do", "pronoun", "accentless,telegraphic", "Ai dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", "1"),
)
# c39
conv(
 ("Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của BNG bị hủy?", "new", "abbrev,premise", "Vì sao Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hủy?", FP, ""),
 ("vay no dien ra khi nao", "pronoun", "accentless", "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra khi nào?", "5/7", "0"),
 ("ai du", "ellipsis", "accentless,telegraphic", "Ai dự Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn", "0"),
 ("ong ay trao tang gi", "pronoun", "accentless", "Bộ trưởng Bùi Thanh Sơn trao tặng gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "danh hiệu", "0"),
 ("còn hn 2019 có trao khen thưởng ko", "substitution", "abbrev", "Hội nghị sơ kết 6 tháng đầu năm 2019 có trao khen thưởng không?", NR, ""),
)
# c40
conv(
 ("PTT Quang lam viec voi BNG ve viec gi", "new", "accentless,abbrev", "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về việc gì?", "công tác đối ngoại trong năm 2023", "2"),
 ("ai báo cáo", "ellipsis", "telegraphic", "Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao?", "Bùi Thanh Sơn", "2"),
 ("ông ấy nói BNG quyết tâm gì", "pronoun", "abbrev", "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm gì?", "đổi mới tư duy và hành động", "2"),
 ("nguon?", "request", "accentless,telegraphic", "Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP", "2"),
 ("6 tháng đầu năm 2019 BNG làm tốt công tác gì cho lãnh đạo cấp cao?", "new", "abbrev", "Trong 6 tháng đầu năm 2019, Bộ Ngoại giao làm tốt công tác gì cho Lãnh đạo cấp cao?", "đề xuất chính sách | nghiên cứu, tham mưu", "3"),
)
# c41
conv(
 ("So sánh hình thức tổ chức hội nghị tổng kết ngành ngoại giao năm 2022 và 2024", "new", "-", "So sánh hình thức tổ chức Hội nghị tổng kết công tác ngành ngoại giao năm 2022 và năm 2024.", "trực tuyến", "1,4"),
 ("thu tuong du ca hai a", "ellipsis", "accentless,telegraphic", "Thủ tướng nào dự cả hai Hội nghị tổng kết năm 2022 và năm 2024?", "Phạm Minh Chính", "1,4"),
 ("nam nao nhieu dai bieu hon", "ellipsis", "accentless,telegraphic", "Hội nghị tổng kết năm 2022 và năm 2024, hội nghị nào có nhiều đại biểu hơn?", NR, ""),
 ("còn điểm cầu địa phương thì sao", "substitution", "-", "So sánh điểm cầu địa phương được nêu trong hai Hội nghị tổng kết năm 2022 và năm 2024.", "Cao Bằng && Quảng Trị", "1,4"),
 ("tom tat lai", "request", "accentless,telegraphic", "Tóm tắt lại so sánh giữa hai Hội nghị tổng kết năm 2022 và năm 2024.", "trực tuyến && Cao Bằng | Quảng Trị", "1,4"),
)
# c42
conv(
 ("6 tháng đầu năm 2023, hoạt động ngoại giao kinh tế hỗ trợ những ai?", "new", "-", None, "địa phương, doanh nghiệp", "0"),
 ("còn năm 2022?", "substitution", "telegraphic", "Năm 2022, ngoại giao kinh tế đóng góp gì?", "700 tỷ USD | thu hút đầu tư, du lịch | phục hồi mạnh mẽ", "1"),
 ("bao cao do noi gi ve dan chu, nhan quyen", "pronoun", "accentless", "Báo cáo tổng kết năm 2022 nói gì về các vấn đề dân chủ, nhân quyền?", "xử lý đúng đắn, kịp thời", "1"),
 ("HDBA LHQ nhiem ky nao VN trung cu", "new", "accentless,abbrev,telegraphic", "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?", "2020-2021", "3"),
 ("bao nhiu phiếu", "ellipsis", "typo,telegraphic", "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021 với bao nhiêu phiếu?", "192/193", "3"),
)
# c43
conv(
 ("Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào trong 6 tháng cuối năm 2023?", "new", "-", None, "Đại hội XIII", "0"),
 ("còn hội nghị 2019 thì góp phần thực hiện đường lối đại hội nào", "substitution", "-", "Hội nghị sơ kết 6 tháng đầu năm 2019 góp phần thực hiện đường lối của Đại hội nào?", "Đại hội XII", "3"),
 ("hn do la hn gi", "pronoun", "accentless,abbrev,telegraphic", "Hội nghị năm 2019 góp phần thực hiện đường lối Đại hội XII là hội nghị gì?", "sơ kết && 6 tháng đầu năm", "3"),
 ("trích nguyên văn câu kết của bài", "request", "-", "Trích nguyên văn câu kết của bài về Hội nghị sơ kết 6 tháng đầu năm 2019.", "định hướng ưu tiên | thực hiện thắng lợi", "3"),
 ("Phó Thủ tướng Trần Lưu Quang đánh giá việc triển khai đường lối đối ngoại Đại hội XIII thế nào?", "new", "-", None, "tích cực, hiệu quả", "2"),
)
# c44
conv(
 ("Ai là Bộ trưởng Ngoại giao tại hội nghị tổng kết 2022?", "new", "-", None, "Bùi Thanh Sơn", "1"),
 ("ong ay bi ky luat vi sao", "pronoun", "accentless,premise", "Bộ trưởng Bùi Thanh Sơn bị kỷ luật vì sao?", FP, ""),
 ("Hoi nghi Ngoai giao lan thu 32 dien ra khi nao?", "new", "accentless", "Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào?", NIC, ""),
 ("Hội nghị tổng kết ngành ngoại giao năm 2024 triển khai nhiệm vụ năm nào?", "new", "-", None, "2025", "4"),
 ("thế còn tổng kết 2025?", "substitution", "telegraphic", "Hội nghị tổng kết công tác ngành ngoại giao năm 2025 triển khai nhiệm vụ năm nào?", NIC, ""),
)
# c45
conv(
 ("Bộ trưởng Sơn nói cần xây dựng ngành Ngoại giao thế nào tại hội nghị tổng kết 2022?", "new", "-", "Bộ trưởng Bùi Thanh Sơn nói cần xây dựng ngành Ngoại giao thế nào tại Hội nghị tổng kết năm 2022?", "trong sạch, vững mạnh", "1"),
 ("còn TTg năm 2024?", "substitution", "abbrev,telegraphic", "Thủ tướng nói cần xây dựng ngành Ngoại giao thế nào tại Hội nghị tổng kết năm 2024?", "tạo bước tiến đột phá | vừa hồng, vừa chuyên | tinh gọn", "4"),
 ("ong ay noi tinh gon bo may sau khi tiep nhan co quan nao", "pronoun", "accentless", "Thủ tướng nói tinh gọn bộ máy Bộ Ngoại giao sau khi tiếp nhận chức năng của cơ quan nào?", "Ban Đối ngoại Trung ương | Ủy ban Đối ngoại Quốc hội", "4"),
 ("cau do o bao nao", "request", "accentless,telegraphic", "Chỉ đạo của Thủ tướng về tinh gọn bộ máy Bộ Ngoại giao tại Hội nghị tổng kết năm 2024 được đăng trên báo nào?", "Quảng Trị | baoquangtri", "4"),
)
# c46
conv(
 ("Who is Nguyen Bich Ngoc?", "new", "english", "Nguyễn Bích Ngọc là ai?", "Phó Chủ tịch UBND tỉnh && Cao Bằng", "1"),
 ("which districts of that province joined?", "pronoun", "english", "Những huyện nào của tỉnh Cao Bằng dự Hội nghị tổng kết năm 2022?", "Thạch An && Trùng Khánh", "1"),
 ("and Quang Tri in 2024?", "substitution", "english,telegraphic", "Những huyện nào của tỉnh Quảng Trị dự Hội nghị tổng kết năm 2024?", NR, ""),
 ("vay ai dai dien Quang Tri", "ellipsis", "accentless,telegraphic", "Ai đại diện tỉnh Quảng Trị dự Hội nghị tổng kết năm 2024?", "Hoàng Nam", "4"),
)
# c47
conv(
 ("Ai phát biểu chỉ đạo, kết luận ở hội nghị sơ kết 6 tháng năm 2019 và năm 2023?", "new", "-", "Ai phát biểu chỉ đạo, kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023?", "Phạm Bình Minh && Bùi Thanh Sơn", "0,3"),
 ("ngày tổ chức?", "ellipsis", "telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023 tổ chức ngày nào?", "22/7 | 22/07/2019 && 5/7", "0,3"),
 ("o dau", "ellipsis", "accentless,telegraphic", "Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023 tổ chức ở đâu?", NR, ""),
 ("nguồn của 2 bài", "request", "telegraphic", "Hai bài về Hội nghị sơ kết 2019 và 2023 lấy từ nguồn nào?", "TTXVN && CLO", "0,3"),
)
# c48
conv(
 ("Tại sao Việt Nam rút khỏi Hiệp định CPTPP năm 2019?", "new", "premise", None, FP, ""),
 ("Vậy CPTPP có tình hình gì theo báo cáo sơ kết 2019?", "new", "-", "CPTPP có tình hình gì theo báo cáo sơ kết 6 tháng đầu năm 2019?", "chính thức được triển khai", "3"),
 ("còn EVFTA?", "substitution", "telegraphic", "Hiệp định EVFTA có tình hình gì theo báo cáo sơ kết 6 tháng đầu năm 2019?", "được ký kết", "3"),
 ("hiep dinh do ky voi ai", "pronoun", "accentless", "Hiệp định EVFTA là hiệp định tự do thương mại với ai?", "EU", "3"),
 ("hiep dinh do co hieu luc ngay nao", "pronoun", "accentless", "Hiệp định EVFTA có hiệu lực từ ngày nào?", NR, ""),
)


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()

def found(alt, text):
    return re.search(r"(?<![0-9a-z])" + re.escape(norm(alt)) + r"(?![0-9a-z])", text) is not None

def main():
    files = sorted(glob.glob(os.path.join(ROOT, "given", "*.txt")))
    reps = [norm(open(f, encoding="utf-8").read()) for f in files]
    problems = []
    rows = []
    for i, turns in enumerate(C, 1):
        cid = "c%02d" % i
        for (q, kind, tags, ra, facts, src) in turns:
            ra = ra or q
            if facts.startswith("refuse:"):
                if src:
                    problems.append(f"{cid}: refuse turn with source {q!r}")
            else:
                idx = [int(x) for x in src.split(",")]
                for g in facts.split(" && "):
                    for a in g.split(" | "):
                        if not any(found(a, reps[k]) for k in idx):
                            problems.append(f"{cid}: {a!r} not in R{src} ({q!r})")
            for col in (q, ra, facts):
                if "\t" in col or "\n" in col:
                    problems.append(f"{cid}: tab/newline in {col!r}")
            rows.append("\t".join([cid, q, kind, tags, ra, facts]))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(os.path.join(ROOT, "conversations.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(HEADER + rows) + "\n")
    print(f"wrote {len(rows)} turns in {len(C)} conversations")

if __name__ == "__main__":
    main()
