#!/usr/bin/env python3
"""Builds ../conversations.tsv from the hand-written turns below.
Written only from the five reports in ../given (no project code seen)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'conversations.tsv')

HEADER = [
    '# Blind conversation set 15 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.',
    '# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.',
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    '# conversation\tquestion\tkind\ttags\tread_as\tfacts',
]

NR = 'refuse:not_reported'
NIC = 'refuse:not_in_corpus'
FP = 'refuse:false_premise'

# Each conversation: list of (question, kind, tags, read_as, facts)
C = []

# c01 - tổng kết 2022: date, chair, size; then 2024 size (not reported)
C.append([
 ('Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào?', 'new', '-',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào?', '10/1'),
 ('ai chu tri', 'ellipsis', 'accentless,telegraphic',
  'Ai chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'Bùi Thanh Sơn'),
 ('co bao nhieu dai bieu du HN do', 'pronoun', 'accentless,abbrev',
  'Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'hơn 700 đại biểu | 700 đại biểu'),
 ('ket noi may diem cau', 'ellipsis', 'accentless,telegraphic',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu?', '63 tỉnh'),
 ('còn hội nghị tổng kết năm 2024 thì có bao nhiêu đại biểu?', 'substitution', '-',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?', NR),
])

# c02 - TTg 2022 speech; topic change to 2023 mid-year
C.append([
 ('Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao những gì tại hội nghị tổng kết năm 2022?', 'new', '-',
  'Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao những gì tại hội nghị tổng kết công tác năm 2022?',
  'chủ động dự báo tình hình | 6 nhiệm vụ trọng tâm && từ sớm | từ xa | từ khi nước chưa nguy | dám nghĩ, dám làm'),
 ('trich nguyen van cau ve cay tre', 'request', 'accentless',
  'Trích nguyên văn phát biểu của Thủ tướng Phạm Minh Chính về bản sắc "cây tre Việt Nam" tại hội nghị tổng kết năm 2022.',
  'gốc vững && kiên định độc lập, tự chủ | dĩ bất biến, ứng vạn biến'),
 ('ong ay yeu cau bao nhieu nhiem vu trong tam', 'pronoun', 'accentless',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm?',
  '6 nhiệm vụ trọng tâm'),
 ('ông ấy phê bình ngành ngoại giao những điểm nào?', 'pronoun', 'premise',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính phê bình ngành ngoại giao những điểm nào?', FP),
 ('Bộ trưởng Bùi Thanh Sơn nói gì khi kết luận hội nghị sơ kết 6 tháng đầu năm 2023?', 'new', '-',
  'Bộ trưởng Bùi Thanh Sơn nói gì khi kết luận hội nghị sơ kết công tác 6 tháng đầu năm 2023?',
  'biểu dương && nghiên cứu, dự báo, tham mưu | chuyển đổi số | phương thức truyền thông mới'),
])

# c03 - sơ kết 2019: who, rank, points, venue
C.append([
 ('Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?', 'new', '-',
  'Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?', 'Phạm Bình Minh'),
 ('ong ay giu chuc vu gi', 'pronoun', 'accentless',
  'Ông Phạm Bình Minh giữ chức vụ gì theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019?',
  'Phó Thủ tướng && Bộ trưởng Ngoại giao | Ủy viên Bộ Chính trị'),
 ('ông ấy lưu ý những điểm nào cho thời gian tới?', 'pronoun', '-',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh lưu ý những điểm nào trong công tác đối ngoại thời gian tới?',
  'nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa'),
 ('noi ro hon diem thu 3', 'request', 'accentless',
  'Nói rõ hơn điểm thứ ba mà Phó Thủ tướng Phạm Bình Minh lưu ý tại Hội nghị sơ kết 6 tháng đầu năm 2019.',
  'gắn công tác với nhu cầu | ưu tiên phát triển'),
 ('HN đó tổ chức ở đâu?', 'pronoun', 'abbrev',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu?', NR),
])

# c04 - 2019 results
C.append([
 ('Sáu tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?', 'new', '-',
  'Sáu tháng đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?', 'Brunei && Hà Lan'),
 ('nang tong so doi tac len bao nhieu', 'ellipsis', 'accentless',
  'Sau khi thiết lập quan hệ Đối tác toàn diện với Brunei và Hà Lan năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu?',
  '30 quốc gia'),
 ('bầu vào HĐBA LHQ được bao nhiêu phiếu', 'ellipsis', 'abbrev',
  'Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?', '192/193'),
 ('nhiem ky nao', 'ellipsis', 'accentless,telegraphic',
  'Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào (theo báo cáo sơ kết 6 tháng đầu năm 2019)?',
  '2020-2021'),
 ('nguồn nào?', 'request', 'telegraphic',
  'Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2020-2021 lấy từ báo cáo/nguồn nào?',
  'CLO | 06 tháng đầu năm | 22/07/2019'),
])

# c05 - PTT Trần Lưu Quang working session
C.append([
 ('Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?', 'new', '-',
  'Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023 vào ngày nào?', '31-1'),
 ('o dau', 'ellipsis', 'accentless,telegraphic',
  'Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu?', 'Trụ sở Bộ Ngoại giao'),
 ('nhung ai tham du', 'ellipsis', 'accentless',
  'Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?',
  'Bùi Thanh Sơn && Văn phòng Chính phủ'),
 ('ông ấy nhận định tình hình thế giới thời gian tới thế nào?', 'pronoun', '-',
  'Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới thế nào?',
  'biến động sâu sắc && nhiều cơ hội, thuận lợi'),
 ('co bao nhieu nguoi du buoi lam viec do', 'pronoun', 'accentless',
  'Có bao nhiêu người dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?', NR),
])

# c06 - tổng kết 2024, TTg
C.append([
 ('Hội nghị tổng kết công tác ngoại giao năm 2024 được tổ chức khi nào?', 'new', '-',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức khi nào?', '6/1'),
 ('TTg co du k', 'ellipsis', 'accentless,abbrev,telegraphic',
  'Thủ tướng Chính phủ có dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?', 'Phạm Minh Chính && dự và chỉ đạo'),
 ('ông ấy nhấn mạnh nhiệm vụ bao trùm là gì?', 'pronoun', '-',
  'Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì?',
  'tiên phong, trọng yếu, thường xuyên | kỷ nguyên vươn mình'),
 ('trich nguyen van', 'request', 'accentless,telegraphic',
  'Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về nhiệm vụ bao trùm tại hội nghị tổng kết năm 2024.',
  'vươn mình của dân tộc && tăng tốc, bứt phá'),
 ('còn năm 2022 ông ấy nhấn mạnh gì', 'substitution', '-',
  'Tại hội nghị tổng kết công tác ngành ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhấn mạnh/đề nghị gì?',
  'cây tre Việt Nam | dĩ bất biến, ứng vạn biến | từ khi nước chưa nguy | 6 nhiệm vụ trọng tâm'),
])

# c07 - điểm cầu Quảng Trị / Cao Bằng
C.append([
 ('Ai dự hội nghị tổng kết ngoại giao 2024 tại điểm cầu Quảng Trị?', 'new', '-',
  'Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Quảng Trị?', 'Hoàng Nam'),
 ('ong ay la ai', 'pronoun', 'accentless,telegraphic',
  'Ông Hoàng Nam (dự hội nghị tổng kết 2024 tại điểm cầu Quảng Trị) giữ chức vụ gì?', 'Phó Chủ tịch UBND tỉnh'),
 ('ông ấy phát biểu gì tại HN?', 'pronoun', 'abbrev',
  'Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam phát biểu gì tại hội nghị tổng kết ngoại giao năm 2024?', NR),
 ('còn điểm cầu Cao Bằng năm 2022?', 'substitution', '-',
  'Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?', 'Nguyễn Bích Ngọc'),
 ('co nhung huyen nao', 'ellipsis', 'accentless,telegraphic',
  'UBND những huyện nào dự hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?',
  'Quảng Hòa && Trùng Khánh && Hạ Lang'),
])

# c08 - sơ kết 2023 basics, venue NR, substitution to 2019
C.append([
 ('Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?', 'new', '-',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?', '5/7'),
 ('ai du', 'ellipsis', 'accentless,telegraphic',
  'Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?',
  'Bùi Thanh Sơn && đại diện các đơn vị | các Lãnh đạo Bộ Ngoại giao'),
 ('o dau', 'ellipsis', 'accentless,telegraphic',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ở đâu?', NR),
 ('phuong cham la gi', 'ellipsis', 'accentless,telegraphic',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại được triển khai với phương châm gì?',
  'chủ động, thích ứng, sáng tạo'),
 ('còn năm 2019 thì sao?', 'substitution', '-',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo phương châm/tinh thần gì?',
  'linh hoạt, chủ động && Hội nghị Ngoại giao 30'),
])

# c09 - awards 2023, then English topic change
C.append([
 ('Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đã trao tặng gì?', 'new', '-',
  'Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đã trao tặng gì?', 'danh hiệu, khen thưởng'),
 ('cho bao nhieu tap the', 'ellipsis', 'accentless',
  'Tại hội nghị sơ kết 6 tháng đầu năm 2023, bao nhiêu tập thể được Bộ trưởng Bùi Thanh Sơn trao tặng danh hiệu, khen thưởng?', NR),
 ('ông ấy biểu dương ai?', 'pronoun', '-',
  'Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn biểu dương ai?',
  'cán bộ, công chức, viên chức && nỗ lực không mệt mỏi'),
 ('ong ay ky luat nhung ai', 'pronoun', 'accentless,premise',
  'Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn kỷ luật những ai?', FP),
 ('How many delegates attended the 2022 year-end review conference of the foreign ministry?', 'new', 'english',
  'Có bao nhiêu đại biểu dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'hơn 700 đại biểu | 700 đại biểu'),
])

# c10 - purpose of 2022 conference, Hội nghị Ngoại giao numbering
C.append([
 ('Khai mạc HN tổng kết 2022, BT Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?', 'new', 'abbrev',
  'Khai mạc hội nghị tổng kết công tác ngành ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?',
  'nhìn lại một năm && Ngoại giao lần thứ 31 | Hội nghị đối ngoại toàn quốc'),
 ('ket luan cua ai', 'ellipsis', 'accentless,telegraphic',
  'Hội nghị tổng kết năm 2022 nhìn lại một năm thực hiện các kết luận, chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc?',
  'Nguyễn Phú Trọng'),
 ('hội nghị đối ngoại toàn quốc đó là năm nào?', 'pronoun', '-',
  'Hội nghị đối ngoại toàn quốc nơi Tổng Bí thư Nguyễn Phú Trọng có kết luận, chỉ đạo diễn ra năm nào?', '2021'),
 ('còn HN Ngoại giao lần thứ 32 thì sao', 'substitution', 'abbrev',
  'Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào và có những kết luận, chỉ đạo gì?', NIC),
 ('Hội nghị sơ kết 2019 triển khai theo tinh thần của Hội nghị Ngoại giao lần thứ mấy?', 'new', 'near-miss',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần của Hội nghị Ngoại giao lần thứ mấy?',
  'Hội nghị Ngoại giao 30'),
])

# c11 - xuất nhập khẩu
C.append([
 ('kim ngach xuat nhap khau nam 2022 dat bao nhieu', 'new', 'accentless',
  'Theo hội nghị tổng kết ngành ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu?', '700 tỷ USD'),
 ('con 2024', 'substitution', 'accentless,telegraphic',
  'Theo hội nghị tổng kết ngành ngoại giao năm 2024, kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu?', NR),
 ('sao nam 2022 kim ngach lai giam', 'ellipsis', 'accentless,premise',
  'Vì sao kim ngạch xuất nhập khẩu năm 2022 lại giảm?', FP),
 ('ngoai giao kinh te 2024 chuyen bien trong nhung linh vuc nao', 'new', 'accentless,near-miss',
  'Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế đã chuyển biến mạnh mẽ trong những lĩnh vực nào?',
  'chíp bán dẫn && trí tuệ nhân tạo | chuyển đổi xanh'),
])

# c12 - 2025 targets, Nghị quyết 18
C.append([
 ('BNG xác định mục tiêu, nhiệm vụ năm 2025 thế nào?', 'new', 'abbrev',
  'Tại hội nghị tổng kết năm 2024, Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 thế nào?',
  'dự báo đúng tình hình | thế chủ động chiến lược'),
 ('tom tat lai', 'request', 'accentless,telegraphic',
  'Tóm tắt lại mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định tại hội nghị tổng kết năm 2024.',
  'thế chủ động chiến lược | nâng tầm công tác đối ngoại'),
 ('hn do co de cap nghi quyt 18 ko', 'pronoun', 'accentless,abbrev,typo',
  'Hội nghị tổng kết công tác ngoại giao năm 2024 có đề cập Nghị quyết 18 không?',
  'Nghị quyết 18 && tinh gọn tổ chức bộ máy'),
 ('BNG tiếp nhận chức năng của những cơ quan nào?', 'ellipsis', 'abbrev',
  'Theo hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?',
  'Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội'),
 ('còn năm 2019 BNG có tinh gọn bộ máy không', 'substitution', 'abbrev',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 có đề cập việc tinh gọn tổ chức bộ máy Bộ Ngoại giao không?', NR),
])

# c13 - vừa hồng vừa chuyên across years
C.append([
 ('Hội nghị tổng kết năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?', 'new', '-',
  'Hội nghị tổng kết công tác ngoại giao năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?',
  'vừa hồng, vừa chuyên && tinh thông về nghiệp vụ | tuyệt đối trung thành'),
 ('năm 2019 có nhắc cụm từ đó không', 'pronoun', '-',
  'Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc đến cụm từ "vừa hồng, vừa chuyên" không?',
  'vừa hồng, vừa chuyên && tinh nhuệ | hiện đại hóa Bộ Ngoại giao'),
 ('trich nguyen van cau nam 2019', 'request', 'accentless',
  'Trích nguyên văn câu về xây dựng đội ngũ cán bộ "vừa hồng, vừa chuyên" trong báo cáo sơ kết 6 tháng đầu năm 2019.',
  'tinh nhuệ, tích cực, năng động'),
 ('con so ket 2023 thi sao', 'substitution', 'accentless',
  'Hội nghị sơ kết 6 tháng đầu năm 2023 yêu cầu xây dựng đội ngũ cán bộ như thế nào?',
  'bản lĩnh chính trị vững vàng | chuyên nghiệp, hiện đại'),
])

# c14 - PTT Trần Lưu Quang tasks
C.append([
 ('PTT Trần Lưu Quang giao BNG tập trung những nhiệm vụ gì?', 'new', 'abbrev',
  'Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những nhiệm vụ gì?',
  'chương trình đối ngoại cấp cao && biên giới hoà bình | hội nhập quốc tế sâu rộng'),
 ('ong ay coi nhiem vu nao la trung tam', 'pronoun', 'accentless',
  'Phó Thủ tướng Trần Lưu Quang coi nhiệm vụ nào là nhiệm vụ trung tâm?', 'phục vụ phát triển đất nước'),
 ('con nhiem vu trong yeu', 'substitution', 'accentless,telegraphic',
  'Phó Thủ tướng Trần Lưu Quang coi nhiệm vụ nào là nhiệm vụ trọng yếu, thường xuyên?', 'giữ vững hòa bình, ổn định'),
 ('thế còn nhiệm vụ quan trọng?', 'substitution', '-',
  'Phó Thủ tướng Trần Lưu Quang coi nhiệm vụ nào là nhiệm vụ quan trọng?', 'vị thế và uy tín'),
 ('ông ấy chỉ trích BNG về điều gì?', 'pronoun', 'abbrev,premise',
  'Phó Thủ tướng Trần Lưu Quang chỉ trích Bộ Ngoại giao về điều gì?', FP),
 ('Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với bao nhiêu phiếu?', 'new', '-',
  'Năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?', '192/193'),
])

# c15 - 2024 venue / Quảng Trị premise
C.append([
 ('HN tong ket NG 2024 to chuc o dau', 'new', 'accentless,abbrev',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 được tổ chức ở đâu/theo hình thức nào?', 'trực tuyến && Quảng Trị'),
 ('vi sao lai chon Quang Tri lam dia diem chinh', 'ellipsis', 'accentless,premise',
  'Vì sao hội nghị tổng kết ngoại giao năm 2024 chọn Quảng Trị làm địa điểm chính?', FP),
 ('co bao nhieu diem cau', 'ellipsis', 'accentless',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu điểm cầu?', NR),
 ('con nam 2022', 'substitution', 'accentless,telegraphic',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu điểm cầu?', '63 tỉnh'),
])

# c16 - Chỉ thị 25
C.append([
 ('Chỉ thị 25 của Ban Bí thư nói về gì?', 'new', '-',
  'Chỉ thị 25 của Ban Bí thư (nêu trong báo cáo sơ kết 2019) nói về gì?', 'nâng tầm đối ngoại đa phương'),
 ('thong tin do o bao cao nao', 'request', 'accentless',
  'Thông tin về Chỉ thị 25 của Ban Bí thư lấy từ báo cáo nào?', '06 tháng đầu năm | 2019 | CLO'),
 ('BT Bui Thanh Son nam 2023 co noi ve nang tam doi ngoai da phuong ko', 'new', 'accentless,abbrev,near-miss',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có đề nghị đẩy mạnh và nâng tầm đối ngoại đa phương không?',
  'nâng tầm đối ngoại đa phương'),
 ('ông ấy còn đề nghị gì về bảo hộ công dân', 'pronoun', '-',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về công tác bảo hộ công dân?',
  'hiệu quả công tác bảo hộ'),
])

# c17 - years not in corpus
C.append([
 ('Hội nghị sơ kết 6 tháng đầu năm 2021 của BNG có kết quả gì?', 'new', 'abbrev',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2021 của Bộ Ngoại giao đánh giá những kết quả gì?', NIC),
 ('thế còn năm 2019?', 'substitution', '-',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao đánh giá những kết quả gì?',
  'CPTPP | EVFTA | Brunei | Mỹ - Triều lần 2 | 192/193'),
 ('ai phat bieu chi dao HN nam do', 'pronoun', 'accentless,abbrev',
  'Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?', 'Phạm Bình Minh'),
 ('còn sơ kết năm 2018?', 'substitution', 'telegraphic',
  'Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2018 của Bộ Ngoại giao?', NIC),
])

# c18 - English, 2023 mid-year
C.append([
 ("When was the foreign ministry's 2023 mid-year review conference held?", 'new', 'english',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra khi nào?', '5/7'),
 ('who gave the concluding speech', 'ellipsis', 'english',
  'Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?', 'Bùi Thanh Sơn'),
 ('did the PM attend it?', 'pronoun', 'english,abbrev',
  'Thủ tướng có dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao không?', NR),
 ('còn hội nghị tổng kết 2024 thì TTg có dự không', 'substitution', 'abbrev',
  'Thủ tướng có dự hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?', 'Phạm Minh Chính && dự và chỉ đạo'),
])

# c19 - Cao Bằng
C.append([
 ('Ở điểm cầu Cao Bằng, ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'new', '-',
  'Ở điểm cầu Cao Bằng, ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'Nguyễn Bích Ngọc'),
 ('nguoi do giu chuc vu gi', 'pronoun', 'accentless',
  'Nguyễn Bích Ngọc (dự hội nghị tổng kết 2022 tại điểm cầu Cao Bằng) giữ chức vụ gì?',
  'Phó Chủ tịch UBND tỉnh && Ban Thường vụ Tỉnh ủy'),
 ('nhung so nganh nao tham du', 'ellipsis', 'accentless',
  'Những sở, đơn vị nào của Cao Bằng dự hội nghị tổng kết ngoại giao năm 2022 tại điểm cầu Cao Bằng?',
  'Kế hoạch và Đầu tư | Công thương && Bộ đội Biên phòng | Công an tỉnh'),
 ('nguoi do phat bieu gi', 'pronoun', 'accentless',
  'Nguyễn Bích Ngọc phát biểu gì tại hội nghị tổng kết ngoại giao năm 2022?', NR),
 ('Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về ngành ngoại giao?', 'new', '-',
  'Phó Thủ tướng Trần Lưu Quang đánh giá thế nào về công tác đối ngoại và ngành ngoại giao?', 'thành tựu to lớn'),
])

# c20 - 2023 BT directions, substitutions
C.append([
 ('Tại HN sơ kết 6 tháng đầu năm 2023, BT Bùi Thanh Sơn yêu cầu các đơn vị làm tốt hơn công tác gì?', 'new', 'abbrev',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì?',
  'nghiên cứu, dự báo, tham mưu'),
 ('còn về thông tin đối ngoại?', 'substitution', 'telegraphic',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?',
  'phương thức truyền thông mới'),
 ('con xay dung nganh', 'substitution', 'accentless,telegraphic',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?',
  'thi đua khen thưởng | chế độ chính sách'),
 ('thế còn PTT Phạm Bình Minh năm 2019 về xây dựng ngành?', 'substitution', 'abbrev',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?',
  'tuyển dụng, đào tạo cán bộ && bảo vệ chính trị nội bộ'),
 ('nói rõ hơn', 'request', 'telegraphic',
  'Nói rõ hơn chỉ đạo của Phó Thủ tướng Phạm Bình Minh về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019.',
  'kỷ cương, kỷ luật && bảo vệ chính trị nội bộ'),
])

# c21 - postponed premise, world situation
C.append([
 ('Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?', 'new', 'premise',
  'Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn?', FP),
 ('vay hn do dien ra ngay nao', 'pronoun', 'accentless,abbrev',
  'Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào?', '5/7'),
 ('đánh giá tình hình thế gới thế nào', 'ellipsis', 'typo',
  'Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào?',
  'nhiều diễn biến nhanh, phức tạp | tác động sâu sắc'),
 ('con nam 2019', 'substitution', 'accentless,telegraphic',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá tình hình quốc tế thế nào?',
  'nhanh hơn, phức tạp hơn | nhiều vấn đề khó lường'),
 ('ai noi cau do', 'request', 'accentless',
  'Ai nói rằng nửa đầu năm 2019 diễn biến tình hình quốc tế nhanh hơn, phức tạp hơn?', 'Phạm Bình Minh'),
])

# c22 - BT report at PTT session; topic change to 2019 xây dựng ngành
C.append([
 ('Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo gì?', 'new', '-',
  'Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo gì?',
  'nhiệm vụ đối ngoại năm 2022 | tư duy và hành động'),
 ('BNG quyet tam doi moi gi', 'ellipsis', 'accentless,abbrev',
  'Theo báo cáo của Bộ trưởng Bùi Thanh Sơn tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao quyết tâm đổi mới gì?',
  'tư duy và hành động'),
 ('tom tat lai', 'request', 'accentless,telegraphic',
  'Tóm tắt lại nội dung báo cáo của Bộ trưởng Bùi Thanh Sơn tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang.',
  'phục vụ phát triển đất nước | chuyển đổi số | kỷ cương hành chính'),
 ('ông ấy báo cáo vào buổi sáng hay chiều', 'pronoun', '-',
  'Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang vào buổi sáng hay buổi chiều?', 'Chiều ngày 31-1'),
 ('Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành thế nào?', 'new', '-',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác xây dựng ngành thế nào?',
  'vừa hồng, vừa chuyên | hiện đại hóa Bộ Ngoại giao'),
])

# c23 - near-miss Phạm Bình Minh vs Phạm Minh Chính
C.append([
 ('PTT Phạm Bình Minh phát biểu gì tại hội nghị tổng kết năm 2022?', 'new', 'abbrev,premise,near-miss',
  'Phó Thủ tướng Phạm Bình Minh phát biểu gì tại hội nghị tổng kết công tác ngành ngoại giao năm 2022?', FP),
 ('vậy ai phát biểu chỉ đạo HN đó', 'pronoun', 'abbrev',
  'Ai phát biểu chỉ đạo hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'Phạm Minh Chính'),
 ('ông ấy nói gì về chủ trương "muốn là bạn"', 'pronoun', 'paraphrase',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về chủ trương từ "muốn là bạn"?',
  'sẵn sàng là bạn && đối tác tin cậy'),
 ('con ve hop tac va dau tranh', 'substitution', 'accentless',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?', 'đối tác, đối tượng'),
 ('nguon nao', 'request', 'accentless,telegraphic',
  'Thông tin về phát biểu của Thủ tướng Phạm Minh Chính về hợp tác và đấu tranh lấy từ nguồn/báo cáo nào?',
  'Vi Trường | ngành Ngoại giao năm 2022'),
])

# c24 - 2019 economic integration
C.append([
 ('Hội nhập quốc tế và ngoại giao kinh tế 6 tháng đầu năm 2019 có bước đột phá gì?', 'new', '-',
  'Hội nhập quốc tế và ngoại giao kinh tế 6 tháng đầu năm 2019 có bước đột phá gì?', 'CPTPP && EVFTA'),
 ('hiep dinh voi EU ten gi', 'ellipsis', 'accentless',
  'Hiệp định với EU được ký kết trong 6 tháng đầu năm 2019 tên là gì?',
  'EVFTA | tự do thương mại với EU'),
 ('con hiep dinh nao duoc ky nua', 'ellipsis', 'accentless',
  'Ngoài EVFTA, trong 6 tháng đầu năm 2019 còn hiệp định nào được ký kết?', 'Hiệp định bảo hộ đầu tư'),
 ('năm đó VN tổ chức thành công thượng đỉnh nào', 'pronoun', 'abbrev',
  'Năm 2019 Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?', 'Mỹ - Triều lần 2'),
 ('thuong dinh do to chuc o thanh pho nao', 'pronoun', 'accentless',
  'Hội nghị thượng đỉnh Mỹ - Triều lần 2 do Việt Nam tổ chức diễn ra ở thành phố nào?', NR),
])

# c25 - sơ kết 2022 not in corpus
C.append([
 ('Hội nghị sơ kết công tác 6 tháng đầu năm 2022 của Bộ Ngoại giao diễn ra khi nào?', 'new', '-',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2022 của Bộ Ngoại giao diễn ra khi nào?', NIC),
 ('con 2023', 'substitution', 'accentless,telegraphic',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra khi nào?', '5/7'),
 ('hội nghị đó do ai kết luận', 'pronoun', '-',
  'Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?', 'Bùi Thanh Sơn'),
 ('doi ngoai duoc coi la gi trong thanh tuu chung cua ca nuoc', 'ellipsis', 'accentless,paraphrase',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại được đánh giá là gì trong những thành tựu chung của cả nước?',
  'một điểm sáng'),
 ('con tong ket 2023 thi sao', 'substitution', 'accentless',
  'Theo hội nghị tổng kết công tác ngoại giao năm 2023, đối ngoại được đánh giá là gì trong thành tựu chung của cả nước?', NIC),
])

# c26 - economic diplomacy across years
C.append([
 ('Năm 2024 ngoại giao kinh tế đóng góp gì theo hội nghị tổng kết?', 'new', '-',
  'Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế năm 2024 đóng góp gì?',
  'nhóm nước tăng trưởng cao | điểm sáng về thương mại'),
 ('chuyen bien o linh vc nao', 'ellipsis', 'accentless,typo',
  'Theo hội nghị tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào?',
  'chuyển đổi xanh | chíp bán dẫn | trí tuệ nhân tạo'),
 ('thế còn 2022?', 'substitution', 'telegraphic',
  'Theo hội nghị tổng kết năm 2022, ngoại giao kinh tế năm 2022 đóng góp gì?', '700 tỷ USD | ổn định kinh tế vĩ mô'),
 ('ai danh gia nhu vay', 'request', 'accentless',
  'Ai đánh giá ngoại giao kinh tế năm 2022 góp phần mở rộng kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD?', 'Bùi Thanh Sơn'),
 ('con 6 thang dau 2023', 'substitution', 'accentless,telegraphic',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao kinh tế đạt kết quả gì?',
  'trọng tâm, trọng điểm | hỗ trợ địa phương, doanh nghiệp'),
])

# c27 - conferences with TTg
C.append([
 ('Những hội nghị tổng kết ngành ngoại giao nào có Thủ tướng Phạm Minh Chính dự?', 'new', '-',
  'Những hội nghị tổng kết ngành ngoại giao nào (trong các báo cáo) có Thủ tướng Phạm Minh Chính dự?', '2022 && 2024'),
 ('hai lan do dien ra ngay nao', 'pronoun', 'accentless',
  'Hội nghị tổng kết ngành ngoại giao năm 2022 và năm 2024 diễn ra ngày nào?', '10/1 && 6/1'),
 ('lan nao co hon 700 dai bieu', 'pronoun', 'accentless',
  'Trong hai hội nghị tổng kết năm 2022 và 2024, hội nghị nào có hơn 700 đại biểu?', 'hơn 700 đại biểu && 2022'),
 ('còn năm 2020 TTg có dự không', 'substitution', 'abbrev',
  'Thủ tướng có dự hội nghị tổng kết công tác ngành ngoại giao năm 2020 không?', NIC),
 ('Ai được biểu dương vì nỗ lực không mệt mỏi tại hội nghị sơ kết 2023?', 'new', '-',
  'Ai được Bộ trưởng Bùi Thanh Sơn biểu dương vì nỗ lực không mệt mỏi tại Hội nghị sơ kết 6 tháng đầu năm 2023?',
  'cán bộ, công chức, viên chức'),
])

# c28 - typos, 2019
C.append([
 ('Ho nghi so ket 6 thang dau nam 2019 dien ra ngay nao', 'new', 'accentless,typo',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?', '22/7 | 22/07/2019'),
 ('PTT Minh nhan manh tinh hinh quoc te ra sao', 'ellipsis', 'accentless,abbrev',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nhấn mạnh tình hình quốc tế ra sao?',
  'nhanh hơn, phức tạp hơn'),
 ('ong ay phan doi dieu gi', 'pronoun', 'accentless,premise',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh phản đối điều gì?', FP),
 ('hoi nghi do co bao nhieu nguoi du', 'pronoun', 'accentless',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người dự?', NR),
 ('con HN tong ket 2022', 'substitution', 'accentless,abbrev,telegraphic',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2022 có bao nhiêu người dự?', 'hơn 700 đại biểu | 700 đại biểu'),
])

# c29 - significance of TTg attendance; Đại hội mentions
C.append([
 ('BT Bùi Thanh Sơn nói sự tham dự của TTg tại HN tổng kết 2022 có ý nghĩa gì?', 'new', 'abbrev',
  'Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022 có ý nghĩa gì?',
  'minh chứng | sự quan tâm đặc biệt | nguồn cổ vũ, động viên'),
 ('ong ay con khang dinh gi ve nganh NG', 'pronoun', 'accentless,abbrev',
  'Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn còn khẳng định gì về ngành Ngoại giao?',
  'giai đoạn phát triển mới && tư duy và hành động | trong sạch, vững mạnh'),
 ('Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc đến Đại hội nào của Đảng?', 'new', '-',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc đến Đại hội nào của Đảng?', 'Đại hội XII && Đại hội XIII'),
 ('con bao cao so ket 2023', 'substitution', 'accentless',
  'Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 nhắc đến Đại hội nào của Đảng?', 'Đại hội XIII'),
 ('trich nguyen van', 'request', 'accentless,telegraphic',
  'Trích nguyên văn câu nhắc đến Đại hội XIII trong báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023.',
  'đối ngoại của Đại hội XIII'),
])

# c30 - Trần Lưu Quang not at 2022; Hội nghị đối ngoại toàn quốc
C.append([
 ('Phó Thủ tướng Trần Lưu Quang có dự hội nghị tổng kết năm 2022 không?', 'new', 'near-miss',
  'Phó Thủ tướng Trần Lưu Quang có dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 không?', NR),
 ('vậy ông ấy làm việc với BNG khi nào', 'pronoun', 'abbrev',
  'Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?', '31-1'),
 ('ông ấy nhắc chỉ đạo của TBT tại hội nghị nào', 'pronoun', 'abbrev',
  'Phó Thủ tướng Trần Lưu Quang nhắc đến chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào?',
  'đối ngoại toàn quốc năm 2021'),
 ('thế còn BT Sơn ở HN tổng kết 2022 nhắc HN nào', 'substitution', 'abbrev',
  'Khai mạc hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nhắc đến những hội nghị nào?',
  'Ngoại giao lần thứ 31 && Hội nghị đối ngoại toàn quốc'),
])

# c31 - English 2019, HĐBA term not in corpus
C.append([
 ('What did Deputy PM Pham Binh Minh stress at the 2019 mid-year review?', 'new', 'english,abbrev',
  'Phó Thủ tướng Phạm Bình Minh nhấn mạnh những gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?',
  'nhạy cảm trong tham mưu | tăng cường sự phối hợp | nhanh hơn, phức tạp hơn'),
 ('which two countries became comprehensive partners that year', 'pronoun', 'english',
  'Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với hai nước nào?', 'Brunei && Hà Lan'),
 ('bao nhiêu phiếu HĐBA', 'ellipsis', 'abbrev,telegraphic',
  'Năm 2019 Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu?', '192/193'),
 ('còn nhiệm kỳ 2008-2009 thì sao', 'substitution', '-',
  'Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2008-2009 với bao nhiêu phiếu?', NIC),
])

# c32 - 2024 party building
C.append([
 ('Thủ tướng yêu cầu gì về xây dựng Đảng trong ngành ngoại giao tại hội nghị tổng kết năm 2024?', 'new', '-',
  'Thủ tướng Phạm Minh Chính yêu cầu gì về xây dựng Đảng trong ngành ngoại giao tại hội nghị tổng kết năm 2024?',
  'trong sạch, vững mạnh && sức chiến đấu'),
 ('can bo NG phai the nao', 'ellipsis', 'accentless,abbrev,telegraphic',
  'Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu đội ngũ cán bộ ngoại giao phải như thế nào?',
  'sâu sắc về chiến lược | nhạy bén về thời thế | khôn khéo về ứng xử | vừa hồng, vừa chuyên'),
 ('trích nguyên văn', 'request', 'telegraphic',
  'Trích nguyên văn yêu cầu của Thủ tướng về đội ngũ cán bộ ngoại giao tại hội nghị tổng kết năm 2024.',
  'tin cậy về phẩm chất && vững vàng về bản lĩnh'),
 ('HN đó có khen thưởng tập thể nào không', 'pronoun', 'abbrev',
  'Tại hội nghị tổng kết năm 2024, có khen thưởng tập thể nào không, là những tập thể nào?', NR),
 ('còn sơ kết 2023 thì sao', 'substitution', '-',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, có trao tặng danh hiệu, khen thưởng cho tập thể không?', 'danh hiệu, khen thưởng'),
])

# c33 - 2023 relations; English change to 2024 author
C.append([
 ('6 tháng đầu năm 2023, quan hệ với các đối tác phát triển ra sao?', 'new', '-',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác phát triển ra sao?', 'đi vào chiều sâu'),
 ('ngoai giao da phuong thi sao', 'substitution', 'accentless',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được triển khai ra sao?',
  'với ngoại giao song phương'),
 ('con cong tac nguoi VN o nuoc ngoai', 'substitution', 'accentless,abbrev',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác người Việt Nam ở nước ngoài được đánh giá ra sao?',
  'cầu nối giữa Việt Nam'),
 ('nguồn nào', 'request', 'telegraphic',
  'Đánh giá về công tác người Việt Nam ở nước ngoài trong 6 tháng đầu năm 2023 lấy từ nguồn nào?', 'TTXVN'),
 ('Who wrote the report on the 2024 year-end diplomacy conference?', 'new', 'english',
  'Ai là tác giả bài báo về hội nghị tổng kết công tác ngoại giao năm 2024?', 'Hoài Nhung'),
])

# c34 - 2022 TTg people-centred; change to 2019 weekday
C.append([
 ('TTg Phạm Minh Chính nói ngành NG cần bám sát tinh thần gì tại HN tổng kết 2022?', 'new', 'abbrev',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói ngành ngoại giao cần bám sát tinh thần gì?',
  'trung tâm phục vụ'),
 ('con phuong cham ung xu', 'substitution', 'accentless,telegraphic',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nêu phương châm ứng xử nào?', 'dĩ bất biến, ứng vạn biến'),
 ('ong ay co nhac Hien chuong LHQ k', 'pronoun', 'accentless,abbrev',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính có nhắc đến Hiến chương Liên Hợp Quốc không?',
  'Hiến chương Liên Hợp Quốc && luật pháp quốc tế'),
 ('ong ay con noi gi ve ngoai giao kinh te', 'pronoun', 'accentless',
  'Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về ngoại giao kinh tế?',
  'mở rộng thị trường xuất khẩu && chuỗi cung ứng toàn cầu | chuỗi giá trị gia tăng'),
 ('Hội nghị sơ kết 2019 của Bộ Ngoại giao diễn ra vào thứ mấy?', 'new', '-',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra vào thứ mấy?', 'Thứ hai && 22/07/2019 | 22/7'),
])

# c35 - chairs & ranks
C.append([
 ('ai chu tri hoi nghi tong ket cong tac nganh ngoai giao nam 2022', 'new', 'accentless',
  'Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?', 'Bùi Thanh Sơn'),
 ('ong ay la uy vien gi', 'pronoun', 'accentless',
  'Bộ trưởng Bùi Thanh Sơn là ủy viên của cơ quan nào (theo báo cáo tổng kết năm 2022)?', 'Ủy viên Trung ương Đảng'),
 ('còn TTg thì là ủy viên gì', 'substitution', 'abbrev',
  'Thủ tướng Phạm Minh Chính là ủy viên của cơ quan nào (theo báo cáo tổng kết năm 2022)?', 'Ủy viên Bộ Chính trị'),
 ('ca hai co du HN so ket 2019 ko', 'pronoun', 'accentless,abbrev',
  'Bộ trưởng Bùi Thanh Sơn và Thủ tướng Phạm Minh Chính có dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không?', NR),
 ('Ai là Bộ trưởng Ngoại giao phát biểu chỉ đạo hội nghị sơ kết năm 2019?', 'new', '-',
  'Ai là Bộ trưởng Ngoại giao phát biểu chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2019?', 'Phạm Bình Minh'),
])

# c36 - TLQ evaluation; TTg 2024
C.append([
 ('Cuối tháng 1/2023, ai làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023?', 'new', '-',
  'Cuối tháng 1/2023, ai làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023?', 'Trần Lưu Quang'),
 ('ong ay danh gia cao dieu gi', 'pronoun', 'accentless',
  'Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở công tác đối ngoại và ngành ngoại giao?', 'thành tựu to lớn'),
 ('ong ay noi phai bam sat duong loi nao', 'pronoun', 'accentless',
  'Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao phải bám sát đường lối nào?', 'đối ngoại Đại hội XIII'),
 ('con TTg o HN tong ket 2024 thi sao', 'substitution', 'accentless,abbrev',
  'Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao bám sát những gì?',
  'chỉ thị về đối ngoại | quán triệt sâu sắc'),
 ('nói rõ hơn', 'request', 'telegraphic',
  'Nói rõ hơn các yêu cầu của Thủ tướng Phạm Minh Chính đối với ngành ngoại giao tại hội nghị tổng kết năm 2024.',
  'hoạt động đối ngoại cấp cao | nâng cấp, nâng tầm quan hệ'),
])

# c37 - format 2022; topic change to 2023 consular
C.append([
 ('Hội nghị tổng kết năm 2022 của ngành ngoại giao được tổ chức theo hình thức nào?', 'new', '-',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được tổ chức theo hình thức nào?', 'trực tuyến'),
 ('ket noi voi may tihn', 'ellipsis', 'accentless,typo',
  'Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh, thành phố?', '63 tỉnh'),
 ('Báo cáo sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?', 'new', '-',
  'Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân thế nào?',
  'đổi mới trong cách thức'),
 ('con cong tac quan tri tai vu', 'substitution', 'accentless',
  'Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác quản trị tài vụ thế nào?', 'bài bản hiệu quả'),
 ('hn do co ket noi truc tuyen k', 'pronoun', 'accentless,abbrev',
  'Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có kết nối trực tuyến với các điểm cầu không?', NR),
])

# c38 - sơ kết 2024 not in corpus
C.append([
 ('so ket 6 thang 2024 BNG', 'new', 'accentless,abbrev,telegraphic',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra thế nào?', NIC),
 ('con 2023', 'substitution', 'accentless,telegraphic',
  'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra thế nào (khi nào, đánh giá gì)?',
  '5/7 | chủ động, thích ứng, sáng tạo'),
 ('ai ket luan', 'ellipsis', 'accentless,telegraphic',
  'Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?', 'Bùi Thanh Sơn'),
 ('ong ay de nghi gi ve chu quyen', 'pronoun', 'accentless',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về bảo vệ chủ quyền?',
  'kiên quyết, kiên trì đấu tranh'),
 ('Who attended the 2022 review at the Cao Bang connection point?', 'new', 'english',
  'Ai dự hội nghị tổng kết công tác ngành ngoại giao năm 2022 tại điểm cầu Cao Bằng?', 'Nguyễn Bích Ngọc'),
])

# c39 - 2019 areas
C.append([
 ('Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 được đánh giá thế nào?', 'new', '-',
  'Công tác ngoại vụ địa phương 6 tháng đầu năm 2019 được đánh giá thế nào?', 'lấy doanh nghiệp và người dân'),
 ('con cong tac dang, doan the', 'substitution', 'accentless',
  'Công tác Đảng, đoàn thể của Bộ Ngoại giao 6 tháng đầu năm 2019 được đánh giá thế nào?', 'hiệu quả, thực chất'),
 ('cong tac nghien cuu tham muu thi sao', 'substitution', 'accentless',
  'Công tác nghiên cứu, tham mưu của Bộ Ngoại giao 6 tháng đầu năm 2019 được đánh giá thế nào?', 'nhiều đề án, báo cáo lớn'),
 ('năm đó BNG nâng cấp quan hệ với ai', 'pronoun', 'abbrev',
  'Sáu tháng đầu năm 2019, Việt Nam thiết lập/nâng cấp quan hệ với những nước nào?', 'Brunei && Hà Lan'),
 ('sao quan he do voi Ha Lan lai bi ha cap', 'pronoun', 'accentless,premise',
  'Vì sao quan hệ Đối tác toàn diện Việt Nam - Hà Lan lại bị hạ cấp?', FP),
])

# c40 - 2024 tasks; BT not mentioned; Lê Minh Khái premise
C.append([
 ('Thủ tướng yêu cầu ngành ngoại giao xử lý các tình huống đối ngoại ra sao tại hội nghị tổng kết năm 2024?', 'new', '-',
  'Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao xử lý các tình huống đối ngoại phức tạp ra sao?',
  'dài hơi và có chiều sâu'),
 ('con ve cac dien dan da phuong', 'substitution', 'accentless',
  'Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về các diễn đàn, cơ chế đa phương?',
  'uy tín của Việt Nam'),
 ('tom tat cac yeu cau cua ong ay', 'request', 'accentless',
  'Tóm tắt các yêu cầu của Thủ tướng Phạm Minh Chính đối với ngành ngoại giao tại hội nghị tổng kết năm 2024.',
  'Nghị quyết 18 | tinh gọn tổ chức bộ máy && vừa hồng, vừa chuyên | nâng cấp, nâng tầm quan hệ'),
 ('ong ay co nhac toi BT Bui Thanh Son k', 'pronoun', 'accentless,abbrev',
  'Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính có nhắc tới Bộ trưởng Bùi Thanh Sơn không, nhắc thế nào?', NR),
 ('Phó Thủ tướng Lê Minh Khái chỉ đạo gì tại hội nghị sơ kết năm 2019 của Bộ Ngoại giao?', 'new', 'premise,near-miss',
  'Phó Thủ tướng Lê Minh Khái chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?', FP),
])

# c41 - multilateral 2022 vs 2023
C.append([
 ('Hội nghị tổng kết ngành ngoại giao năm 2022 đánh giá đối ngoại đa phương thế nào?', 'new', '-',
  'Hội nghị tổng kết ngành ngoại giao năm 2022 đánh giá đối ngoại đa phương thế nào?',
  'đóng góp có trách nhiệm | nhiều diễn đàn đa phương'),
 ('ai danh gia', 'ellipsis', 'accentless,telegraphic',
  'Ai đánh giá đối ngoại đa phương năm 2022 tại hội nghị tổng kết ngành ngoại giao năm 2022?', 'Bùi Thanh Sơn'),
 ('Trong hội nghị sơ kết giữa năm 2023, ngoại giao đa phương được triển khai thế nào?', 'new', 'paraphrase',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được triển khai thế nào?',
  'với ngoại giao song phương'),
 ('còn bảo vệ chủ quyền', 'substitution', 'telegraphic',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền như thế nào?', 'biện pháp hòa bình'),
 ('HN đó ai phản đối ý kiến BT Sơn', 'pronoun', 'abbrev,premise',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, ai đã phản đối ý kiến của Bộ trưởng Bùi Thanh Sơn?', FP),
])

# c42 - tham luận 2022
C.append([
 ('Tham luận tại HN tổng kết 2022 đánh giá ngành NG đã phối hợp với những ai?', 'new', 'abbrev',
  'Các tham luận tại hội nghị tổng kết năm 2022 đánh giá ngành Ngoại giao đã phối hợp chặt chẽ với những ai?',
  'ngành Trung ương và địa phương'),
 ('dưới sự lãnh đạo của ai', 'ellipsis', '-',
  'Theo các tham luận tại hội nghị tổng kết năm 2022, ngành Ngoại giao hoạt động dưới sự lãnh đạo của ai?',
  'Bộ Chính trị && Ban Bí thư'),
 ('BT Son danh gia ket qua gi ve bien gioi, tren bien', 'ellipsis', 'accentless,abbrev',
  'Tại hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá kết quả gì về giải quyết các vấn đề biên giới, trên biển?',
  'trên biển, trên bộ'),
 ('nguon', 'request', 'accentless,telegraphic',
  'Đánh giá của Bộ trưởng Bùi Thanh Sơn về kết quả phân định trên biển, trên bộ năm 2022 lấy từ nguồn nào?',
  'Vi Trường | ngành Ngoại giao năm 2022'),
 ('còn năm 2021 thì BT đánh giá thế nào', 'substitution', 'abbrev',
  'Tại hội nghị tổng kết năm 2021, Bộ trưởng Ngoại giao đánh giá kết quả về biên giới, trên biển thế nào?', NIC),
])

# c43 - compare sơ kết 2019 vs 2023
C.append([
 ('So sánh người phát biểu chỉ đạo/kết luận ở hội nghị sơ kết 2019 và 2023?', 'new', 'paraphrase',
  'Ai phát biểu chỉ đạo/kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2019 và Hội nghị sơ kết 6 tháng đầu năm 2023?',
  'Phạm Bình Minh && Bùi Thanh Sơn'),
 ('ngay to chuc 2 hn do', 'pronoun', 'accentless,abbrev,telegraphic',
  'Hội nghị sơ kết 6 tháng đầu năm 2019 và 2023 diễn ra ngày nào?', '22/7 | 22/07/2019 && 5/7'),
 ('hn nao co trao khen thuong', 'ellipsis', 'accentless,abbrev',
  'Trong hai hội nghị sơ kết 2019 và 2023, hội nghị nào có trao tặng danh hiệu, khen thưởng?', '2023 && danh hiệu, khen thưởng'),
 ('còn năm 2020 thì ai phát biểu', 'substitution', '-',
  'Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao?', NIC),
])

# c44 - "con PTT thi sao"
C.append([
 ('Thủ tướng có dự hội nghị tổng kết ngành ngoại giao năm 2022 không?', 'new', '-',
  'Thủ tướng có dự hội nghị tổng kết ngành ngoại giao năm 2022 không?', 'Phạm Minh Chính'),
 ('con PTT thi sao', 'substitution', 'accentless,abbrev,telegraphic',
  'Có Phó Thủ tướng nào dự hội nghị tổng kết ngành ngoại giao năm 2022 không?', NR),
 ('Phó Thủ tướng nào làm việc với BNG đầu năm 2023?', 'new', 'abbrev',
  'Phó Thủ tướng nào làm việc với Bộ Ngoại giao đầu năm 2023 về triển khai công tác đối ngoại?', 'Trần Lưu Quang'),
 ('ông ấy dặn BNG tham mưu những gì', 'pronoun', 'abbrev',
  'Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tham mưu những gì cho Đảng và Nhà nước?',
  'bước đi đối ngoại'),
 ('trich nguyen van', 'request', 'accentless,telegraphic',
  'Trích nguyên văn yêu cầu tham mưu của Phó Thủ tướng Trần Lưu Quang đối với Bộ Ngoại giao.',
  'tối đa cơ hội, thuận lợi'),
])

# c45 - 2024 assessment; 2025 not in corpus
C.append([
 ('Năm 2024 công tác đối ngoại được đánh giá ra sao?', 'new', '-',
  'Theo hội nghị tổng kết năm 2024, công tác đối ngoại và ngoại giao năm 2024 được đánh giá ra sao?',
  'sáng tạo và hiệu quả | cục diện đối ngoại rộng mở'),
 ('dưới sựu lãnh đạo thế nào', 'ellipsis', 'telegraphic,typo',
  'Năm 2024, công tác đối ngoại được triển khai dưới sự lãnh đạo thế nào, của ai?',
  'trực tiếp và thường xuyên && Bộ Chính trị'),
 ('con 6 thang dau nam 2023', 'substitution', 'accentless',
  'Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác đối ngoại 6 tháng đầu năm 2023 được đánh giá ra sao?',
  'chủ động, thích ứng, sáng tạo | một điểm sáng'),
 ('Hội nghị tổng kết công tác ngoại giao năm 2025 diễn ra ngày nào?', 'new', '-',
  'Hội nghị tổng kết công tác ngoại giao năm 2025 diễn ra ngày nào?', NIC),
 ('thế còn năm 2024', 'substitution', 'telegraphic',
  'Hội nghị tổng kết công tác ngoại giao năm 2024 diễn ra ngày nào?', '6/1'),
])

# c46 - Nguyễn Phú Trọng
C.append([
 ('Tổng Bí thư Nguyễn Phú Trọng có dự hội nghị tổng kết ngành ngoại giao năm 2022 không?', 'new', 'near-miss',
  'Tổng Bí thư Nguyễn Phú Trọng có dự hội nghị tổng kết ngành ngoại giao năm 2022 không?', NR),
 ('vậy ông ấy được nhắc đến trong bối cảnh nào', 'pronoun', '-',
  'Trong báo cáo hội nghị tổng kết năm 2022, Tổng Bí thư Nguyễn Phú Trọng được nhắc đến trong bối cảnh nào?',
  'Hội nghị đối ngoại toàn quốc'),
 ('con trong buoi lam viec cua PTT Tran Luu Quang', 'substitution', 'accentless,abbrev',
  'Trong buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao, Tổng Bí thư Nguyễn Phú Trọng được nhắc đến trong bối cảnh nào?',
  'đối ngoại toàn quốc năm 2021'),
 ('Thủ tướng đề nghị bảo vệ Tổ quốc "từ sớm", "từ xa" tại hội nghị nào?', 'new', '-',
  'Thủ tướng Phạm Minh Chính đề nghị bảo vệ "từ sớm", "từ xa" tại hội nghị nào?',
  'ngành ngoại giao năm 2022 | 10/1'),
])

# c47 - English 2024 "kỷ nguyên vươn mình"
C.append([
 ("What did the 2024 diplomacy review say about the 'era of the nation's rise'?", 'new', 'english',
  'Hội nghị tổng kết công tác ngoại giao năm 2024 nói gì về "kỷ nguyên vươn mình của dân tộc"?', 'kỷ nguyên vươn mình'),
 ('who said it', 'request', 'english,telegraphic',
  'Ai nói câu về "kỷ nguyên vươn mình của dân tộc" tại hội nghị tổng kết năm 2024?', 'Phạm Minh Chính'),
 ('ông ấy nói câu đó ở điểm cầu nào?', 'pronoun', '-',
  'Thủ tướng Phạm Minh Chính phát biểu kết luận hội nghị tổng kết năm 2024 từ điểm cầu nào?', NR),
 ('con Bo truong NG noi gi o HN do', 'substitution', 'accentless,abbrev',
  'Bộ trưởng Ngoại giao phát biểu gì tại hội nghị tổng kết năm 2024?', NR),
])

# c48 - CPTPP
C.append([
 ('bao cao nao noi ve Hiep dinh CPTPP', 'new', 'accentless',
  'Báo cáo nào nói về Hiệp định CPTPP?', '06 tháng đầu năm && 2019'),
 ('hiep dinh do chinh thuc duoc trien khai chua', 'pronoun', 'accentless',
  'Theo báo cáo sơ kết 6 tháng đầu năm 2019, Hiệp định CPTPP đã chính thức được triển khai chưa?',
  'chính thức được triển khai'),
 ('năm đó VN tổ chức thành công hội nghị gì', 'pronoun', 'abbrev',
  'Năm 2019 Việt Nam tổ chức thành công hội nghị quốc tế nào?', 'Mỹ - Triều lần 2'),
 ('tai sao VN huy to chuc hn do', 'pronoun', 'accentless,abbrev,premise',
  'Tại sao Việt Nam hủy tổ chức Hội nghị thượng đỉnh Mỹ - Triều lần 2?', FP),
])

# c49 - person not in corpus
C.append([
 ('Thứ trưởng Đặng Hoàng Giang phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023?', 'new', '-',
  'Thứ trưởng Ngoại giao Đặng Hoàng Giang phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023?', NIC),
 ('vậy ai phát biểu kết luận HN đó', 'pronoun', 'abbrev',
  'Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?', 'Bùi Thanh Sơn'),
 ('ong ay de nghi dua quan he voi nhung nuoc nao vao chieu sau', 'pronoun', 'accentless',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với những nước nào vào chiều sâu?',
  'nước láng giềng && bạn bè truyền thống | các nước lớn'),
 ('con PTT Pham Binh Minh nam 2019 thi sao', 'substitution', 'accentless,abbrev',
  'Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nói gì về quan hệ với các nước lớn, các đối tác?',
  'cân bằng linh hoạt'),
])


def main():
    lines = list(HEADER)
    for i, conv in enumerate(C, 1):
        cid = 'c%02d' % i
        for q, kind, tags, ra, facts in conv:
            row = [cid, q, kind, tags, ra, facts]
            for cell in row:
                assert '\t' not in cell and '\n' not in cell, cell
            lines.append('\t'.join(row))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('wrote', OUT, sum(len(c) for c in C), 'turns in', len(C), 'conversations')


if __name__ == '__main__':
    main()
