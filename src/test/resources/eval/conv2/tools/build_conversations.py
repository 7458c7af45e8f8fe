#!/usr/bin/env python3
"""Source of conversations.tsv, written by hand from the five reports in given/.
Each conversation is a list of (question, kind, tags, read_as, facts).
Run: python3 tools/build_conversations.py  (writes ../conversations.tsv)
"""
import os

HEADER = """# Blind conversation set 2 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.
# conversation\tquestion\tkind\ttags\tread_as\tfacts
"""

NR = "refuse:not_reported"
NC = "refuse:not_in_corpus"
FP = "refuse:false_premise"

CONVS = [
# c01 tổng kết 2022 -> 2024 chủ trì
[
 ("Hội nghị tổng kết công tác ngành ngoại giao năm 2022 do ai chủ trì?", "new", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 do ai chủ trì?", "Bùi Thanh Sơn"),
 ("thu tuong co du ko", "ellipsis", "accentless,abbrev",
  "Thủ tướng có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", "Phạm Minh Chính"),
 ("ong ay yeu cau nganh lam may nhiem vu trong tam", "pronoun", "accentless",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", "6 nhiệm vụ trọng tâm"),
 ("còn hn tổng kết 2024 thì ai chủ trì?", "substitution", "abbrev",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
],
# c02 sơ kết 2023 date/venue -> 2019
[
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
 ("ai phat bieu ket luan", "ellipsis", "accentless,telegraphic",
  "Ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("ông ấy đề nghị gì về thông tin đối ngoại", "pronoun", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác thông tin đối ngoại?", "phương thức truyền thông mới"),
 ("hoi nghi do to chuc o dau vay", "pronoun", "accentless",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
 ("con nam 2019 thi sao", "substitution", "accentless",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?", NR),
],
# c03 sơ kết 2019 PBM
[
 ("PTT Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019?", "new", "abbrev",
  "Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "nhạy cảm trong tham mưu | xử lý tình huống | nhạy bén"),
 ("nói rõ mấy điểm cần lưu tâm đi", "request", "paraphrase",
  "Những điểm cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?", "đánh giá sâu hơn && phối hợp && nhạy bén"),
 ("hoi ngi do dien ra hom nao", "pronoun", "accentless,typo",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019"),
 ("ve xay dung nganh thi ong ay chi dao gi", "pronoun", "accentless",
  "Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "tuyển dụng | đào tạo cán bộ && kỷ cương | kỷ luật | bảo vệ chính trị nội bộ"),
 ("ổng có phê bình đơn vị nào ko", "pronoun", "abbrev,premise",
  "Phó Thủ tướng Phạm Bình Minh đã phê bình đơn vị nào tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
],
# c04 PTT Trần Lưu Quang
[
 ("Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "new", "-",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
 ("ở đâu", "ellipsis", "telegraphic",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở"),
 ("nhung ai tham du buoi do", "pronoun", "accentless",
  "Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "Bùi Thanh Sơn && Văn phòng Chính phủ"),
 ("PTT nói nhiệm vụ trọng yếu, thường xuyên là gì", "ellipsis", "abbrev",
  "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên là gì?", "giữ vững hòa bình"),
 ("con nhiem vu trung tam?", "substitution", "accentless",
  "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?", "phục vụ phát triển đất nước"),
 ("trich nguyen vam cau do giup minh", "request", "accentless,typo",
  "Trích nguyên văn câu Phó Thủ tướng Trần Lưu Quang nói về nhiệm vụ trung tâm tại buổi làm việc với Bộ Ngoại giao.", "phục vụ phát triển đất nước là nhiệm vụ trung tâm"),
],
# c05 tổng kết 2024
[
 ("HN tổng kết ngành ngoại giao năm 2024 diễn ra khi nào", "new", "abbrev",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 diễn ra khi nào?", "6/1"),
 ("ai chi dao", "ellipsis", "accentless,telegraphic",
  "Ai chỉ đạo Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Phạm Minh Chính"),
 ("Ông ấy nói nhiệm vụ bao trùm là gì?", "pronoun", "-",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?", "vai trò tiên phong && trọng yếu"),
 ("co bao nhieu dai bieu du hoi nghi ay", "pronoun", "accentless",
  "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
 ("thế năm 2022?", "substitution", "telegraphic",
  "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 | 700"),
],
# c06 700 tỷ USD -> HĐBA
[
 ("kim ngạch xuất nhập khẩu năm 2022 được nhắc là vượt mốc bao nhiêu?", "new", "-",
  "Theo báo cáo tổng kết công tác ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu?", "700 tỷ USD"),
 ("ai noi con so do", "request", "accentless",
  "Ai nêu con số kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD tại Hội nghị tổng kết năm 2022?", "Bùi Thanh Sơn"),
 ("VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "abbrev",
  "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193"),
 ("nhiem ky nao", "ellipsis", "accentless,telegraphic",
  "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào?", "2020-2021"),
 ("bao cao nao noi chuyen nay", "request", "accentless",
  "Báo cáo nào nói về việc Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021?", "sơ kết && 2019"),
],
# c07 Cao Bằng -> Quảng Trị
[
 ("Ai dự hôi nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng?", "new", "typo",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
 ("nguoi do giu chuc gi", "pronoun", "accentless",
  "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ Tỉnh ủy"),
 ("ubnd nhung huyen nao cung du", "ellipsis", "accentless,abbrev",
  "UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Quảng Hòa && Trùng Khánh && Bảo Lạc"),
 ("thế còn năm 2024, ai dự ở điểm cầu Quảng Trị", "substitution", "-",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("ong ay co phat bieu gi khong", "pronoun", "accentless",
  "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam có phát biểu gì tại Hội nghị tổng kết năm 2024 không?", NR),
],
# c08 đối tác 2019
[
 ("6 thang dau nam 2019 VN thiet lap doi tac toan dien voi nuoc nao", "new", "accentless,abbrev",
  "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
 ("nang tong so len bao nhieu", "ellipsis", "accentless",
  "Sau khi thiết lập quan hệ Đối tác toàn diện với Brunei, Hà Lan, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?", "30 quốc gia | 30"),
 ("nguon nao vay", "request", "accentless,telegraphic",
  "Thông tin về việc nâng tổng số Đối tác chiến lược/Đối tác toàn diện lên 30 quốc gia lấy từ nguồn nào?", "CLO | 22/07/2019 | sơ kết công tác 06 tháng | nhạy cảm trong tham mưu"),
 ("What trade agreements were mentioned for that period?", "pronoun", "english",
  "Những hiệp định thương mại nào được nhắc tới trong 6 tháng đầu năm 2019?", "CPTPP && EVFTA"),
 ("còn năm 2018 thì sao", "substitution", "near-miss",
  "Những hiệp định thương mại nào được nhắc tới trong báo cáo 6 tháng đầu năm 2018 của Bộ Ngoại giao?", NC),
],
# c09 cây tre
[
 ("Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam?", "new", "-",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về bản sắc cây tre Việt Nam?", "gốc vững | ứng vạn biến"),
 ("trich nguyen van giup", "request", "accentless,telegraphic",
  "Trích nguyên văn lời Thủ tướng Phạm Minh Chính về bản sắc cây tre Việt Nam tại Hội nghị tổng kết năm 2022.", "gốc vững && dĩ bất biến"),
 ("the con ve hop tac va dau tranh", "substitution", "accentless",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?", "đối tượng"),
 ("con ve chu truong lam ban", "substitution", "accentless",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về chủ trương làm bạn?", "sẵn sàng là bạn"),
 ("Hội nghị Ngoại giao lần thứ 32 được tổ chức khi nào?", "new", "near-miss",
  "Hội nghị Ngoại giao lần thứ 32 được tổ chức khi nào?", NC),
],
# c10 nhiệm vụ 2025
[
 ("Thủ tướng giao ngành ngoại giao những nhiệm vụ gì ở hội nghị tổng kết năm 2024?", "new", "-",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính giao cho ngành Ngoại giao những nhiệm vụ gì?", "Nghị quyết 18 | tinh gọn && đối ngoại cấp cao | nâng tầm quan hệ"),
 ("NQ 18 la cua co quan nao", "ellipsis", "accentless,abbrev",
  "Nghị quyết 18 được Thủ tướng nhắc tới tại Hội nghị tổng kết năm 2024 là nghị quyết của cơ quan nào?", "BCH Trung ương"),
 ("tiep nhan chuc nang cua nhung co quan nao vay", "ellipsis", "accentless",
  "Theo chỉ đạo tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
 ("tom tat lai ngan gon", "request", "accentless",
  "Tóm tắt ngắn gọn các nhiệm vụ Thủ tướng Phạm Minh Chính giao cho ngành Ngoại giao tại Hội nghị tổng kết năm 2024.", "tinh gọn | Nghị quyết 18 | Ban Đối ngoại Trung ương"),
 ("Bộ trưởng Bùi Thanh Sơn có phản đối việc tinh gọn bộ máy không?", "new", "premise",
  "Bộ trưởng Bùi Thanh Sơn có phản đối việc tinh gọn tổ chức bộ máy của Bộ Ngoại giao không?", FP),
],
# c11 sơ kết 2023 phương châm
[
 ("Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai theo phương châm nào?", "new", "-",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai theo phương châm nào?", "thích ứng"),
 ("đối ngoại được ví là gì", "ellipsis", "paraphrase",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong thành tựu chung của cả nước?", "điểm sáng"),
 ("bao cao nay noi gi ve xay dung nganh", "pronoun", "accentless",
  "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về công tác xây dựng ngành?", "nề nếp | quản trị tài vụ"),
 ("co trao khen thuong ko", "ellipsis", "accentless,abbrev",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không?", "khen thưởng"),
 ("con so ket 6 thang 2022?", "substitution", "accentless,near-miss",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao có trao khen thưởng không?", NC),
],
# c12 Bùi Thanh Sơn báo cáo PTT
[
 ("Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "new", "-",
  "Bộ trưởng Bùi Thanh Sơn đã báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", "nhiệm vụ đối ngoại năm 2022 | đổi mới tư duy"),
 ("tom tat lai", "request", "accentless,telegraphic",
  "Tóm tắt nội dung Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.", "đổi mới tư duy && chuyển đổi số | kỷ cương hành chính"),
 ("PTT danh gia the nao", "ellipsis", "accentless,abbrev,telegraphic",
  "Phó Thủ tướng Trần Lưu Quang đánh giá công tác đối ngoại và ngành Ngoại giao như thế nào tại buổi làm việc?", "đánh giá cao"),
 ("buoi lam viec do keo dai bao lau", "pronoun", "accentless",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR),
 ("Ở HN tổng kết 2024, BNG xác định mục tiêu năm 2025 thế nào?", "new", "abbrev",
  "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?", "dự báo đúng tình hình | thế chủ động chiến lược"),
],
# c13 PMC dự hội nghị nào
[
 ("Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao nào?", "new", "-",
  "Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành Ngoại giao nào?", "2022 && 2024"),
 ("2 HN do deu to chuc truc tuyen a", "pronoun", "accentless,abbrev",
  "Hội nghị tổng kết năm 2022 và Hội nghị tổng kết năm 2024 đều được tổ chức trực tuyến phải không?", "trực tuyến"),
 ("lan 2022 noi bao nhieu diem cau", "ellipsis", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu điểm cầu?", "63"),
 ("còn lần 2024?", "substitution", "telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 kết nối với bao nhiêu điểm cầu?", NR),
],
# c14 PBM tinh thần hội nghị
[
 ("Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu 2019 triển khai theo tinh thần hội nghị nào?", "new", "-",
  "Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần hội nghị nào?", "Hội nghị Ngoại giao 30 | Hội nghị tổng kết công tác năm 2018"),
 ("hn tong ket 2018 do dien ra ngay nao", "pronoun", "accentless,abbrev,near-miss",
  "Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao diễn ra ngày nào?", NC),
 ("quan he voi cac nuoc lon thi ong ay danh gia sao", "pronoun", "accentless",
  "Phó Thủ tướng Phạm Bình Minh đánh giá thế nào về quan hệ với các nước lớn trong nửa đầu năm 2019?", "cân bằng linh hoạt"),
 ("ông ấy giữ những chức vụ gì", "pronoun", "-",
  "Ông Phạm Bình Minh giữ những chức vụ gì (theo báo cáo sơ kết 6 tháng đầu năm 2019)?", "Phó Thủ tướng && Bộ trưởng Ngoại giao | Ủy viên Bộ Chính trị"),
],
# c15 PTT TLQ tasks -> world situation
[
 ("PTT Tran Luu Quang yeu cau BNG tap trung vao nhung viec gi", "new", "accentless,abbrev",
  "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung vào những việc gì?", "đối ngoại cấp cao | hội nhập quốc tế && biên giới"),
 ("nói rõ hơn phần biên giới", "request", "-",
  "Nói rõ hơn yêu cầu của Phó Thủ tướng Trần Lưu Quang về biên giới.", "hữu nghị và phát triển"),
 ("ong ay nhan dinh tinh hinh the gioi ra sau", "pronoun", "accentless,typo",
  "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới như thế nào?", "biến động sâu sắc"),
 ("Trong báo cáo sơ kết 6 tháng đầu năm 2023, tình hình thế giới được đánh giá thế nào?", "new", "-",
  "Trong báo cáo sơ kết 6 tháng đầu năm 2023, tình hình thế giới và khu vực được đánh giá thế nào?", "diễn biến nhanh | tác động sâu sắc"),
 ("the con 2019 thi sao", "substitution", "accentless",
  "Trong báo cáo sơ kết 6 tháng đầu năm 2019, tình hình thế giới được đánh giá thế nào?", "nhanh hơn | khó lường"),
],
# c16 ngoại giao kinh tế 2024 -> 2022 -> 2023
[
 ("Nam 2024 ngoai giao kinh te chuyen bien trong nhung linh vuc nao", "new", "accentless",
  "Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?", "chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh"),
 ("nhờ vậy VN được đánh giá ra sao", "ellipsis", "abbrev",
  "Nhờ chuyển biến của ngoại giao kinh tế năm 2024, Việt Nam được đánh giá như thế nào?", "nhóm nước tăng trưởng cao | điểm sáng về thương mại"),
 ("con nam 2022?", "substitution", "accentless,telegraphic",
  "Năm 2022, ngoại giao kinh tế đạt được kết quả gì theo báo cáo tổng kết?", "700 tỷ USD"),
 ("ai noi", "request", "accentless,telegraphic",
  "Ai nêu kết quả ngoại giao kinh tế năm 2022 (kim ngạch xuất nhập khẩu vượt 700 tỷ USD)?", "Bùi Thanh Sơn"),
 ("thế còn sơ kết 6 tháng 2023?", "substitution", "-",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế đạt kết quả gì?", "trọng điểm | hỗ trợ địa phương"),
],
# c17 english
[
 ("Who chaired the 2022 MFA year-end review conference?", "new", "english,abbrev",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("how many delegates attended", "ellipsis", "english",
  "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "700"),
 ("and the 2024 one?", "substitution", "english,telegraphic",
  "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", NR),
 ("what new era did the PM talk about at that 2024 conference", "pronoun", "english,abbrev",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói đất nước vững bước vào kỷ nguyên nào?", "kỷ nguyên vươn mình"),
],
# c18 10/1
[
 ("ngay 10/1 BNG to chuc hoi nghi gi", "new", "accentless,abbrev",
  "Ngày 10/1, Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2022"),
 ("hinh thuc the nao", "ellipsis", "accentless,telegraphic",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 (ngày 10/1) được tổ chức theo hình thức nào?", "trực tuyến"),
 ("khai mạc ai phát biểu", "ellipsis", "telegraphic",
  "Ai phát biểu khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("ong ay nhac lai ket luan cua TBT Nguyen Phu Trong tai hoi nghi nao", "pronoun", "accentless,abbrev",
  "Khi khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc lại kết luận của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc"),
 ("thế còn hội nghị ngoại giao lần thứ mấy", "substitution", "-",
  "Khi khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc tới Hội nghị Ngoại giao lần thứ mấy?", "31"),
],
# c19 Chỉ thị 25
[
 ("Chỉ thị 25 được nhắc đến trong báo cáo nào?", "new", "-",
  "Chỉ thị 25 được nhắc đến trong báo cáo nào?", "2019"),
 ("chi thi do cua co quan nao", "pronoun", "accentless",
  "Chỉ thị 25 là của cơ quan nào?", "Ban Bí thư"),
 ("ve viec gi", "ellipsis", "accentless,telegraphic",
  "Chỉ thị 25 của Ban Bí thư là về việc gì?", "nâng tầm đối ngoại đa phương"),
 ("năm đó VN tổ chức thành công hội nghị thượng đỉnh nào", "pronoun", "abbrev",
  "Năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?", "Mỹ - Triều | Triều"),
 ("lan thu may", "ellipsis", "accentless,telegraphic",
  "Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức năm 2019 là lần thứ mấy?", "lần 2"),
],
# c20 sơ kết 2023 biểu dương
[
 ("Bo truong Bui Thanh Son bieu duong ai tai hoi nghi so ket 6 thang dau nam 2023", "new", "accentless",
  "Bộ trưởng Bùi Thanh Sơn biểu dương ai tại Hội nghị sơ kết 6 tháng đầu năm 2023?", "không mệt mỏi | người lao động"),
 ("ong ay yeu cau cac don vi lam tot hon viec gi", "pronoun", "accentless",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì?", "nghiên cứu && dự báo"),
 ("ve quan he voi cac nuoc thi sao", "ellipsis", "accentless",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về quan hệ với các nước?", "chiều sâu | bền vững"),
 ("có TTg dự ko", "ellipsis", "abbrev",
  "Thủ tướng có dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao không?", NR),
 ("nguồn bài này?", "request", "telegraphic",
  "Bài về Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao lấy từ nguồn nào?", "TTXVN"),
],
# c21 từ sớm từ xa
[
 ("Thủ tướng nói ngành ngoại giao phải bảo vệ Tổ quốc từ sớm, từ xa ở hội nghị nào?", "new", "paraphrase",
  "Thủ tướng Phạm Minh Chính nói ngành Ngoại giao phải bảo vệ Tổ quốc từ sớm, từ xa tại hội nghị nào?", "2022 | 10/1"),
 ("nguyen van cau do", "request", "accentless,telegraphic",
  "Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ từ sớm, từ xa tại Hội nghị tổng kết năm 2022.", "giữ nước từ khi nước chưa nguy"),
 ("ong ay con nhac tinh than gi ve nguoi dan, doanh nghiep", "pronoun", "accentless",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nhắc tinh thần gì về người dân, doanh nghiệp?", "trung tâm phục vụ"),
 ("Báo cáo năm 2019 có nói công tác ngoại vụ địa phương lấy ai làm trung tâm không?", "new", "-",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 có nói công tác ngoại vụ địa phương lấy ai làm trung tâm không?", "doanh nghiệp và người dân"),
 ("ai chi dao hoi nghi do", "pronoun", "accentless",
  "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
],
# c22 PTT TLQ premise -> PBM -> Lê Minh Khái
[
 ("Phó Thủ tướng Trần Lưu Quang làm việc với BNG về nội dung gì?", "new", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì?", "triển khai công tác đối ngoại"),
 ("ông ấy có phê bình Bộ Ngoại giao chậm trễ không", "pronoun", "premise",
  "Phó Thủ tướng Trần Lưu Quang đã phê bình Bộ Ngoại giao chậm trễ ở việc gì?", FP),
 ("vay ong ay danh gia cao dieu gi", "pronoun", "accentless",
  "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì tại buổi làm việc với Bộ Ngoại giao?", "thành tựu to lớn"),
 ("còn PTT Phạm Bình Minh đánh giá công tác đối ngoại nửa đầu 2019 ra sao", "substitution", "abbrev",
  "Phó Thủ tướng Phạm Bình Minh đánh giá công tác đối ngoại nửa đầu năm 2019 như thế nào?", "linh hoạt, chủ động | cân bằng linh hoạt"),
 ("con PTT Le Minh Khai thi sao", "substitution", "accentless,abbrev,near-miss,premise",
  "Phó Thủ tướng Lê Minh Khái đánh giá công tác đối ngoại tại Hội nghị sơ kết 6 tháng đầu năm 2019 như thế nào?", FP),
],
# c23 vừa hồng vừa chuyên
[
 ("Cụm từ cán bộ vừa hồng, vừa chuyên xuất hiện trong những báo cáo nào?", "new", "-",
  "Cụm từ đội ngũ cán bộ “vừa hồng, vừa chuyên” xuất hiện trong những báo cáo nào?", "2019 && 2024"),
 ("năm 2024 TTg yêu cầu cán bộ phải thế nào", "ellipsis", "abbrev",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu đội ngũ cán bộ ngoại giao phải như thế nào?", "tuyệt đối trung thành | tinh thông về nghiệp vụ | khôn khéo về ứng xử"),
 ("noi ro hon di", "request", "accentless,telegraphic",
  "Nói rõ hơn các yêu cầu đối với đội ngũ cán bộ ngoại giao mà Thủ tướng nêu tại Hội nghị tổng kết năm 2024.", "sâu sắc về chiến lược && nhạy bén về thời thế"),
 ("còn 2019 nói gì về cán bộ", "substitution", "-",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về đội ngũ cán bộ?", "tinh nhuệ | năng động | tuyển dụng"),
],
# c24 BT Sơn speech 2022
[
 ("Bo truong Son noi su tham du cua Thu tuong o HN tong ket 2022 la minh chung cho dieu gi", "new", "accentless,abbrev",
  "Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022 là minh chứng cho điều gì?", "quan tâm đặc biệt | sâu sát"),
 ("ông ấy còn khẳng định ngành đang bước sang giai đoạn gì", "pronoun", "-",
  "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao đang bước sang giai đoạn gì?", "giai đoạn phát triển mới"),
 ("doi hoi gi", "ellipsis", "accentless,telegraphic",
  "Theo Bộ trưởng Bùi Thanh Sơn, giai đoạn phát triển mới đòi hỏi ngành Ngoại giao điều gì?", "đổi mới mạnh mẽ tư duy | trong sạch, vững mạnh"),
 ("o buoi lam viec voi PTT Tran Luu Quang thi ong ay noi gi ve doi moi", "substitution", "accentless,abbrev",
  "Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về đổi mới?", "đổi mới tư duy | lề lối làm việc"),
 ("buổi đó mấy giờ bắt đầu", "pronoun", "-",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bắt đầu lúc mấy giờ?", NR),
],
# c25 sơ kết 2019 attendees
[
 ("Ai dự HN sơ kết 6 tháng đầu năm 2019 của BNG?", "new", "abbrev",
  "Ai dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("co bao nhieu nguoi du", "ellipsis", "accentless",
  "Có bao nhiêu người dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", NR),
 ("ông ấy có hoãn kế hoạch nào không", "pronoun", "premise",
  "Phó Thủ tướng Phạm Bình Minh đã hoãn kế hoạch nào tại Hội nghị sơ kết 6 tháng đầu năm 2019?", FP),
 ("cong tac dang, doan the thi sao", "ellipsis", "accentless",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về công tác Đảng, đoàn thể?", "thực chất"),
],
# c26 telegraphic
[
 ("HN so ket 6T 2023 - ai du", "new", "accentless,abbrev,telegraphic",
  "Những ai dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn"),
 ("ngay nao", "ellipsis", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?", "5/7"),
 ("con 2019", "substitution", "accentless,telegraphic",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019"),
 ("ai chỉ đạo hn ấy", "pronoun", "abbrev",
  "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh"),
 ("còn năm 2020?", "substitution", "telegraphic,near-miss",
  "Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao?", NC),
],
# c27 topic changes
[
 ("Hội nghị tổng kết 2024 có ai dự ở điểm cầu Quảng Trị?", "new", "-",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("Hội nghị tổng kết năm 2022 kết nối với bao nhiêu tỉnh thành?", "new", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu tỉnh, thành phố?", "63"),
 ("ai chu tri", "ellipsis", "accentless,telegraphic",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("bao nhieu dai bieu", "ellipsis", "accentless,telegraphic",
  "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 | 700"),
 ("Trong buổi làm việc với PTT Trần Lưu Quang, ngoài BNG còn lãnh đạo cơ quan nào dự?", "new", "abbrev",
  "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ngoài Bộ Ngoại giao còn lãnh đạo cơ quan nào tham dự?", "Văn phòng Chính phủ"),
],
# c28 HNNG 31 / 30
[
 ("Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo nào?", "new", "-",
  "Hội nghị Ngoại giao lần thứ 31 được nhắc đến trong báo cáo nào?", "2022"),
 ("hội nghị ngoại giao 31 đó có bao nhiêu đại biểu", "pronoun", "-",
  "Hội nghị Ngoại giao lần thứ 31 có bao nhiêu đại biểu tham dự?", NR),
 ("con hoi nghi ngoai giao 30", "substitution", "accentless",
  "Hội nghị Ngoại giao 30 được nhắc đến trong báo cáo nào?", "2019"),
 ("ai nhac", "request", "accentless,telegraphic",
  "Ai nhắc tới Hội nghị Ngoại giao 30 trong báo cáo sơ kết 6 tháng đầu năm 2019?", "Phạm Bình Minh"),
],
# c29 BTS đề nghị 6 tháng cuối 2023
[
 ("Bộ trưỡng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?", "new", "typo",
  "Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?", "Đại hội XIII | vai trò tiên phong | chuyển đổi số"),
 ("tom tat y chinh thoi", "request", "accentless",
  "Tóm tắt ý chính những đề nghị của Bộ trưởng Bùi Thanh Sơn cho 6 tháng cuối năm 2023.", "Đại hội XIII | tiên phong && ngoại giao kinh tế | chuyển đổi số"),
 ("ong ay noi gi ve chu quyen", "pronoun", "accentless",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn nói gì về bảo vệ chủ quyền?", "kiên trì"),
 ("còn hn sơ kết 2019 đánh giá gì về chủ quyền", "substitution", "abbrev",
  "Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá gì về bảo vệ chủ quyền?", "biển đảo"),
],
# c30 nguồn
[
 ("Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy nguồn từ đâu?", "new", "-",
  "Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy nguồn từ đâu?", "VGP"),
 ("ai viet", "ellipsis", "accentless,telegraphic",
  "Ai viết bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", "B.T.V"),
 ("buổi làm việc đó bàn về công tác đối ngoại năm nào", "pronoun", "-",
  "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về triển khai công tác đối ngoại năm nào?", "2023"),
 ("Who wrote the article on the 2024 review conference?", "new", "english",
  "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024?", "Hoài Nhung"),
 ("which newspaper", "ellipsis", "english,telegraphic",
  "Bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 đăng trên báo nào?", "baoquangtri | Quảng Trị"),
],
# c31 PM 2022
[
 ("Tại hội nghị tổng kết năm 2022, Thủ tướng đề nghị ngành ngoại giao những gì?", "new", "-",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành Ngoại giao những gì?", "chủ động dự báo | dám nghĩ"),
 ("con ve ngoai giao kinh te", "substitution", "accentless",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về ngoại giao kinh tế?", "chuỗi giá trị | thị trường xuất khẩu | chuỗi cung ứng"),
 ("nham muc tieu gi", "ellipsis", "accentless,telegraphic",
  "Theo Thủ tướng tại Hội nghị tổng kết năm 2022, phát huy vai trò ngoại giao kinh tế nhằm góp phần vào mục tiêu gì?", "hùng cường | thịnh vượng"),
 ("thu tuong co chi trich bo truong son ko", "ellipsis", "accentless,abbrev,premise",
  "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đã chỉ trích Bộ trưởng Bùi Thanh Sơn về điều gì?", FP),
],
# c32 sơ kết years
[
 ("Các báo cáo có những hội nghị sơ kết 6 tháng đầu năm của những năm nào?", "new", "paraphrase",
  "Trong các báo cáo có những Hội nghị sơ kết 6 tháng đầu năm của những năm nào?", "2019 && 2023"),
 ("cai nao co PTT chi dao", "ellipsis", "accentless,abbrev",
  "Hội nghị sơ kết 6 tháng đầu năm nào có Phó Thủ tướng chỉ đạo?", "2019 && Phạm Bình Minh"),
 ("lan 2023 thi ai ket luan", "substitution", "accentless",
  "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?", "Bùi Thanh Sơn"),
 ("HN sơ kết 6 tháng đầu năm 2021 có gì đáng chú ý?", "new", "abbrev,near-miss",
  "Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao có gì đáng chú ý?", NC),
],
# c33 tổng kết 2024 summary
[
 ("tom tat hoi nghi tong ket nganh ngoai giao nam 2024", "new", "accentless",
  "Tóm tắt Hội nghị tổng kết công tác ngành Ngoại giao năm 2024.", "6/1 | Phạm Minh Chính && kỷ nguyên vươn mình | nhiệm vụ bao trùm | Nghị quyết 18"),
 ("hoi nghi nay co ai tu Quang Tri du khong", "pronoun", "accentless",
  "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam"),
 ("muc tieu nam 2025 BNG xac dinh the nao", "ellipsis", "accentless,abbrev",
  "Tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 như thế nào?", "dự báo đúng tình hình | thế chủ động chiến lược"),
 ("trích nguyên văn phần mục tiêu đó", "request", "-",
  "Trích nguyên văn phần mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định tại Hội nghị tổng kết năm 2024.", "nhạy bén phát hiện các vấn đề mới | nhận diện chính xác thời cơ"),
 ("thế còn mục tiêu năm 2026?", "substitution", "near-miss",
  "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2026 như thế nào?", NC),
],
# c34 2022 attendees
[
 ("Nhung ai tham du hoi nghi tong ket cong tac ngoai giao 2022", "new", "accentless",
  "Những ai tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính && 700"),
 ("chu tri la ai", "ellipsis", "accentless",
  "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn"),
 ("ông ấy là ủy viên gì", "pronoun", "-",
  "Bộ trưởng Bùi Thanh Sơn là ủy viên gì?", "Ủy viên Trung ương Đảng"),
 ("con thu tuong?", "substitution", "accentless,telegraphic",
  "Thủ tướng Phạm Minh Chính là ủy viên gì?", "Ủy viên Bộ Chính trị"),
 ("bai nay ai viet vay", "pronoun", "accentless",
  "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường"),
],
# c35 hiệp định 2019
[
 ("BNG có nhắc tới Hiệp định bảo hộ đầu tư không?", "new", "abbrev",
  "Báo cáo của Bộ Ngoại giao có nhắc tới Hiệp định bảo hộ đầu tư không?", "ký kết"),
 ("hiep dinh do co hieu luc khi nao", "pronoun", "accentless",
  "Hiệp định bảo hộ đầu tư được nhắc trong báo cáo sơ kết 6 tháng đầu năm 2019 có hiệu lực khi nào?", NR),
 ("the con CPTPP thi sao", "substitution", "accentless",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hiệp định CPTPP?", "chính thức được triển khai"),
 ("nhung thoa thuan nay giup hoi nhap va NGKT ra sao", "pronoun", "accentless,abbrev",
  "Những hiệp định CPTPP, EVFTA, bảo hộ đầu tư cho thấy hội nhập quốc tế và ngoại giao kinh tế năm 2019 ra sao?", "đột phá"),
],
# c36 abbrev heavy 2024
[
 ("TTg PMC du HN tong ket nganh NG nam 2024 ko", "new", "accentless,abbrev,telegraphic",
  "Thủ tướng Phạm Minh Chính có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 không?", "dự và chỉ đạo | Phạm Minh Chính"),
 ("TTg nhan manh nhiem vu bao trum la gi", "ellipsis", "accentless,abbrev",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng nhấn mạnh nhiệm vụ bao trùm là gì?", "tiên phong"),
 ("dat nuoc vung buoc vao ky nguyen nao", "ellipsis", "accentless",
  "Theo Thủ tướng tại Hội nghị tổng kết năm 2024, đất nước vững bước vào kỷ nguyên nào?", "kỷ nguyên vươn mình"),
 ("Thủ tướng có phản đối việc nhận chức năng của Ban Đối ngoại TW không?", "ellipsis", "abbrev,premise",
  "Tại Hội nghị tổng kết năm 2024, Thủ tướng có phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương không?", FP),
],
# c37 PTT TLQ nhiệm vụ quan trọng
[
 ("Theo PTT Trần Lưu Quang, nâng cao vị thế uy tín đất nước là nhiệm vụ gì?", "new", "abbrev",
  "Theo Phó Thủ tướng Trần Lưu Quang, nâng cao vị thế và uy tín đất nước là nhiệm vụ gì?", "nhiệm vụ quan trọng"),
 ("ong ay nhac chi dao cua TBT tai hoi nghi nao", "pronoun", "accentless,abbrev",
  "Phó Thủ tướng Trần Lưu Quang nhắc tới chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?", "Hội nghị đối ngoại toàn quốc năm 2021 | 2021"),
 ("ông ấy nói BNG cần tranh thủ những gì", "pronoun", "abbrev",
  "Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần tranh thủ những gì?", "nguồn lực bên ngoài | yếu tố quốc tế thuận lợi"),
 ("tóm lại ý chính", "request", "telegraphic",
  "Tóm tắt ý chính chỉ đạo của Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao.", "nhiệm vụ trung tâm && đối ngoại cấp cao | hội nhập quốc tế"),
],
# c38 typos
[
 ("hoi nghi tong ket nam 2022 dc ket noi vs bao nhieu diem cau", "new", "accentless,abbrev",
  "Hội nghị tổng kết năm 2022 được kết nối với bao nhiêu điểm cầu?", "63"),
 ("diem cau cao bang co ai", "ellipsis", "accentless,telegraphic",
  "Ai dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
 ("con diem cau Ha Noi", "substitution", "accentless,telegraphic",
  "Ai dự Hội nghị tổng kết năm 2022 tại điểm cầu Hà Nội?", NR),
 ("thu tuớng phat bieu nhug j", "ellipsis", "typo,abbrev",
  "Thủ tướng Phạm Minh Chính phát biểu những gì tại Hội nghị tổng kết năm 2022?", "từ sớm | cây tre Việt Nam | 6 nhiệm vụ trọng tâm | dĩ bất biến"),
],
# c39 HĐBA
[
 ("Việc VN trúng cử ủy viên không thường trực Hội đồng Bảo an được nhắc ở hội nghị nào?", "new", "abbrev",
  "Việc Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an được nhắc ở hội nghị nào?", "2019"),
 ("so phieu bao nhieu", "ellipsis", "accentless,telegraphic",
  "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với số phiếu bao nhiêu?", "192/193"),
 ("dieu do cho thay gi", "pronoun", "accentless",
  "Việc Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần 2 và trúng cử Ủy viên không thường trực HĐBA LHQ với số phiếu cao cho thấy điều gì?", "tín nhiệm"),
 ("còn nhiệm kỳ 2008-2009?", "substitution", "near-miss",
  "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2008-2009 với số phiếu bao nhiêu?", NC),
],
# c40 NVNONN 2023
[
 ("Báo cáo sơ kết 6 tháng đầu năm 2023 nói gì về công tác người Việt Nam ở nước ngoài?", "new", "-",
  "Báo cáo sơ kết 6 tháng đầu năm 2023 nói gì về công tác người Việt Nam ở nước ngoài?", "cầu nối"),
 ("con bao ho cong dan", "substitution", "accentless,telegraphic",
  "Báo cáo sơ kết 6 tháng đầu năm 2023 nói gì về công tác bảo hộ công dân?", "đổi mới trong cách thức | triển khai hiệu quả"),
 ("nam do ngoai giao da phuong ra sao", "pronoun", "accentless",
  "Báo cáo sơ kết 6 tháng đầu năm 2023 nói gì về ngoại giao đa phương?", "song phương"),
 ("Ngay 6/1 BNG to chuc hoi nghi gi", "new", "accentless,abbrev",
  "Ngày 6/1, Bộ Ngoại giao tổ chức hội nghị gì?", "tổng kết && 2024"),
],
# c41 english TLQ
[
 ("When did Deputy PM Tran Luu Quang have the working session with the Foreign Ministry?", "new", "english,abbrev",
  "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1"),
 ("what did he say was the central task", "pronoun", "english",
  "Phó Thủ tướng Trần Lưu Quang nói nhiệm vụ trung tâm là gì?", "phục vụ phát triển đất nước"),
 ("did he criticise anyone there", "pronoun", "english,premise",
  "Phó Thủ tướng Trần Lưu Quang đã phê bình ai tại buổi làm việc với Bộ Ngoại giao?", FP),
 ("tóm tắt lại buổi làm việc đó bằng tiếng Việt", "request", "-",
  "Tóm tắt buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao.", "Trần Lưu Quang && nhiệm vụ trung tâm | đối ngoại cấp cao | đánh giá cao"),
],
# c42 2022 results -> 2024 BTS
[
 ("Năm 2022 công tác đối ngoại đã phối hợp xử lý những vấn đề gì?", "new", "-",
  "Theo báo cáo tổng kết năm 2022, công tác đối ngoại đã phối hợp xử lý đúng đắn, kịp thời những vấn đề gì?", "nhân quyền && tôn giáo"),
 ("ket qua tren bien tren bo the nao", "ellipsis", "accentless",
  "Năm 2022, công tác đối ngoại đạt kết quả gì về các vấn đề trên biển, trên bộ?", "phân định"),
 ("ai danh gia nhu vay", "request", "accentless",
  "Ai đưa ra đánh giá về kết quả công tác đối ngoại năm 2022 tại Hội nghị tổng kết?", "Bùi Thanh Sơn"),
 ("ông ấy nói gì về đối ngoại đa phương năm đó", "pronoun", "-",
  "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 như thế nào?", "có trách nhiệm"),
 ("thế năm 2024?", "substitution", "telegraphic",
  "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2024 như thế nào tại Hội nghị tổng kết năm 2024?", NR),
],
# c43 NGKT 2023 -> 2019
[
 ("ngoai giao kinh te 6 thang dau 2023 dat ket qua gi", "new", "accentless",
  "Công tác ngoại giao kinh tế 6 tháng đầu năm 2023 đạt kết quả gì?", "trọng điểm | kinh tế vĩ mô"),
 ("cu the ho tro ai", "ellipsis", "accentless",
  "Các hoạt động ngoại giao kinh tế 6 tháng đầu năm 2023 hỗ trợ ai?", "kết nối đối tác | doanh nghiệp"),
 ("Báo cáo sơ kết năm 2019 nói gì về ngoại giao kinh tế?", "new", "-",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về ngoại giao kinh tế?", "đột phá | CPTPP"),
 ("co noi ve luong va chat ko", "ellipsis", "accentless,abbrev",
  "Báo cáo sơ kết 6 tháng đầu năm 2019 có nói bước đột phá của ngoại giao kinh tế về lượng và chất không?", "lượng và chất"),
],
# c44 tinh gọn
[
 ("sau khi tiep nhan chuc nang cua Ban Doi ngoai TW, BNG phai lam gi", "new", "accentless,abbrev",
  "Sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương, Bộ Ngoại giao phải làm gì?", "tinh gọn"),
 ("ai yeu cau dieu nay", "request", "accentless",
  "Ai yêu cầu Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng của Ban Đối ngoại Trung ương?", "Phạm Minh Chính"),
 ("tại hội nghị nào", "ellipsis", "telegraphic",
  "Thủ tướng Phạm Minh Chính yêu cầu tinh gọn tổ chức bộ máy Bộ Ngoại giao tại hội nghị nào?", "2024"),
 ("hoi nghi do co bao nhieu diem cau", "pronoun", "accentless",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 có bao nhiêu điểm cầu?", NR),
 ("UBND tinh Quang Tri co ai du", "ellipsis", "accentless,abbrev",
  "Lãnh đạo UBND tỉnh Quảng Trị nào dự Hội nghị tổng kết năm 2024?", "Hoàng Nam"),
],
# c45 dates PMC
[
 ("Thủ tướng Phạm Minh Chính dự hội nghị tổng kết ngành ngoại giao năm 2022 vào ngày nào?", "new", "-",
  "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 vào ngày nào?", "10/1"),
 ("còn năm 2024", "substitution", "telegraphic",
  "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 vào ngày nào?", "6/1"),
 ("con 2023", "substitution", "accentless,telegraphic,near-miss",
  "Thủ tướng Phạm Minh Chính dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 vào ngày nào?", NC),
 ("Trong buổi làm việc với PTT Trần Lưu Quang, BT Sơn báo cáo kết quả của năm nào?", "new", "abbrev",
  "Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm nào?", "2022"),
],
# c46 khi nào / buổi nào
[
 ("Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra ở đâu?", "new", "-",
  "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra ở đâu?", "Trụ sở"),
 ("khi nao", "ellipsis", "accentless,telegraphic",
  "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra khi nào?", "31-1"),
 ("sang hay chieu", "ellipsis", "accentless,telegraphic",
  "Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", "Chiều ngày 31-1 | chiều"),
 ("Còn hội nghị tổng kết 2022 thì buổi nào?", "substitution", "-",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều?", "Sáng 10/1 | sáng"),
 ("nam 2019 thi sao, so ket ay", "substitution", "accentless",
  "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều?", NR),
],
# c47 truyền thông mới
[
 ("ai nói ngành ngoại giao cần ứng dụng phương thức truyền thông mới trong thông tin đối ngoại", "new", "-",
  "Ai nói ngành Ngoại giao cần ứng dụng các phương thức truyền thông mới trong thông tin đối ngoại?", "Bùi Thanh Sơn"),
 ("ở hội nghị nào", "ellipsis", "telegraphic",
  "Bộ trưởng Bùi Thanh Sơn nói về ứng dụng phương thức truyền thông mới trong thông tin đối ngoại tại hội nghị nào?", "sơ kết && 2023 | 5/7"),
 ("ong ay con de nghi day manh gi", "pronoun", "accentless",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn còn đề nghị đẩy mạnh điều gì?", "chuyển đổi số | nâng tầm đối ngoại đa phương"),
 ("BT có nói sẽ cắt giảm biên chế ko", "ellipsis", "abbrev,premise",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đã nói sẽ cắt giảm biên chế bao nhiêu?", FP),
 ("con 2019 thi PTT noi gi ve xay dung nganh", "substitution", "accentless,abbrev",
  "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?", "tuyển dụng | kỷ luật | bảo vệ chính trị nội bộ"),
],
# c48 PBM tình hình 2019
[
 ("Nửa đầu năm 2019 tình hình quốc tế được PTT Phạm Bình Minh nhận định thế nào?", "new", "abbrev",
  "Nửa đầu năm 2019, tình hình quốc tế được Phó Thủ tướng Phạm Bình Minh nhận định như thế nào?", "nhanh hơn, phức tạp hơn | khó lường"),
 ("ong ay muon tang cuong phoi hop giua nhung ai", "pronoun", "accentless",
  "Phó Thủ tướng Phạm Bình Minh muốn tăng cường sự phối hợp giữa những ai?", "các đơn vị trong Bộ"),
 ("cán bộ BNG quyết tâm góp phần thực hiện đường lối đại hội nào", "ellipsis", "abbrev",
  "Theo báo cáo sơ kết 6 tháng đầu năm 2019, cán bộ Bộ Ngoại giao quyết tâm góp phần thực hiện đường lối của Đại hội nào và hướng tới Đại hội nào?", "Đại hội XII && Đại hội XIII"),
 ("Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại hội nghị sơ kết 2019?", "new", "premise",
  "Tổng Bí thư Nguyễn Phú Trọng phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP),
],
# c49 ở đâu 2022
[
 ("HN tổng kết ngoại giao 2022 tổ chức theo hình thức gì, ở đâu?", "new", "abbrev",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức theo hình thức gì, ở đâu?", "trực tuyến && 63"),
 ("Sơ kết 6 tháng đầu năm 2023 có những ai dự?", "new", "-",
  "Những ai dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn && đại diện các đơn vị | Lãnh đạo Bộ Ngoại giao"),
 ("con nam 2018?", "substitution", "accentless,telegraphic,near-miss",
  "Những ai dự Hội nghị sơ kết 6 tháng đầu năm 2018 của Bộ Ngoại giao?", NC),
 ("quay lại hội nghị tổng kết 2022: ở điểm cầu Cao Bằng có những sở ngành nào dự?", "new", "-",
  "Tại điểm cầu Cao Bằng của Hội nghị tổng kết năm 2022 có lãnh đạo những sở, đơn vị nào dự?", "Tài chính | Công an tỉnh | Bộ đội Biên phòng"),
],
# c50 who is minister
[
 ("PTT kiêm Bộ trưởng Ngoại giao năm 2019 là ai?", "new", "abbrev",
  "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao năm 2019 là ai?", "Phạm Bình Minh"),
 ("ong ay co mat o hn tong ket 2022 ko", "pronoun", "accentless,abbrev",
  "Phó Thủ tướng Phạm Bình Minh có dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không?", NR),
 ("Bộ trưởng Ngoại giao năm 2023 là ai?", "new", "-",
  "Bộ trưởng Ngoại giao năm 2023 là ai?", "Bùi Thanh Sơn"),
 ("ong ay lam viec voi PTT nao", "pronoun", "accentless,abbrev",
  "Bộ trưởng Bùi Thanh Sơn làm việc với Phó Thủ tướng nào?", "Trần Lưu Quang"),
],
# c51 first-turn refuse, then back to 2022
[
 ("Hội nghị tổng kết công tác ngoại giao năm 2023 diễn ra ngày nào?", "new", "near-miss",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 diễn ra ngày nào?", NC),
 ("vay con nam 2022", "substitution", "accentless",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào?", "10/1"),
 ("hn do co bao nhieu diem cau", "pronoun", "accentless,abbrev",
  "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với bao nhiêu điểm cầu?", "63"),
 ("ai viết bài đó", "pronoun", "-",
  "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường"),
],
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(os.path.dirname(here), "conversations.tsv")
    lines = []
    for i, conv in enumerate(CONVS, start=1):
        cid = "c%02d" % i
        for row in conv:
            assert len(row) == 5, row
            for col in row:
                assert "\t" not in col and "\n" not in col, row
            lines.append("\t".join((cid,) + tuple(row)))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n".join(lines) + "\n")
    print("wrote %d turns in %d conversations to %s" % (len(lines), len(CONVS), out))


if __name__ == "__main__":
    main()
