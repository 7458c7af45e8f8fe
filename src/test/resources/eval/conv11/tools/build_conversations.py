#!/usr/bin/env python3
"""Builds ../conversations.tsv from the hand-written source below.

Source format: one turn per line, fields separated by " ¦ ":
question ¦ kind ¦ tags ¦ read_as ¦ facts
Conversations are separated by blank lines and numbered c01, c02, ... in order.
"""
import os

HEADER = [
    "# Blind conversation set 11 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

SOURCE = r"""
Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ¦ new ¦ - ¦ Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ¦ Bùi Thanh Sơn
hn do dien ra ngay nao ¦ pronoun ¦ accentless,abbrev ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào? ¦ 10/1
bao nhieu dai bieu du ¦ ellipsis ¦ accentless,telegraphic ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự? ¦ 700 đại biểu
ket noi voi may diem cau ¦ ellipsis ¦ accentless ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu? ¦ 63 tỉnh
còn HN tổng kết năm 2024 thì có bn điểm cầu? ¦ substitution ¦ abbrev ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 được kết nối với bao nhiêu điểm cầu? ¦ refuse:not_reported

Thủ tướng Phạm Minh Chính chỉ đạo gì tại hội nghị tổng kết ngành Ngoại giao năm 2022? ¦ new ¦ - ¦ Thủ tướng Phạm Minh Chính chỉ đạo gì tại hội nghị tổng kết ngành Ngoại giao năm 2022? ¦ 6 nhiệm vụ trọng tâm | cây tre Việt Nam | chủ động dự báo tình hình
ong ay yeu cau may nhiem vu trong tam ¦ pronoun ¦ accentless ¦ Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện bao nhiêu nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022? ¦ 6 nhiệm vụ trọng tâm
trich nguyen van cau ve cay tre ¦ request ¦ accentless,telegraphic ¦ Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bản sắc "cây tre Việt Nam" tại hội nghị tổng kết năm 2022. ¦ cây tre Việt Nam && gốc vững
thế phương châm ứng xử mà ông ấy nhắc là gì ¦ pronoun ¦ paraphrase ¦ Thủ tướng Phạm Minh Chính nhắc đến phương châm ứng xử nào tại hội nghị tổng kết ngành Ngoại giao năm 2022? ¦ dĩ bất biến, ứng vạn biến
ong ay phe binh don vi nao vay ¦ pronoun ¦ accentless,premise ¦ Thủ tướng Phạm Minh Chính đã phê bình đơn vị nào của Bộ Ngoại giao tại hội nghị tổng kết năm 2022? ¦ refuse:false_premise

Hội nghị sơ kết 6 tháng đầu năm 2023 của BNG diễn ra ngày nào? ¦ new ¦ abbrev ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào? ¦ 5/7
ai phat bieu ket luan ¦ ellipsis ¦ accentless,telegraphic ¦ Ai phát biểu kết luận tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ¦ Bùi Thanh Sơn
ong ay bieu duong nhung ai ¦ pronoun ¦ accentless ¦ Bộ trưởng Bùi Thanh Sơn biểu dương những ai tại Hội nghị sơ kết 6 tháng đầu năm 2023? ¦ người lao động | nỗ lực không mệt mỏi
hội nghị đó tổ chức ở đâu ¦ pronoun ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu? ¦ refuse:not_reported
thế còn HN tổng kết 2022 thì tổ chức ở đâu ¦ substitution ¦ abbrev ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được tổ chức ở đâu? ¦ trực tuyến | 63 tỉnh

Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào tại hội nghị sơ kết 6 tháng đầu năm 2019? ¦ new ¦ - ¦ Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào tại hội nghị sơ kết 6 tháng đầu năm 2019? ¦ nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa
noi ro hon diem thu nhat ¦ request ¦ accentless ¦ Nói rõ hơn điểm thứ nhất mà Phó Thủ tướng Phạm Bình Minh nêu tại hội nghị sơ kết 6 tháng đầu năm 2019. ¦ đánh giá sâu hơn nữa
con ve xay dung nganh thi sao ¦ substitution ¦ accentless ¦ Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019? ¦ tuyển dụng, đào tạo cán bộ && bảo vệ chính trị nội bộ
hoi nghi nay co bao nhieu nguoi du ¦ pronoun ¦ accentless ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu người tham dự? ¦ refuse:not_reported
ong ay da phan doi viec gi ¦ pronoun ¦ accentless,premise ¦ Phó Thủ tướng Phạm Bình Minh đã phản đối việc gì tại hội nghị sơ kết 6 tháng đầu năm 2019? ¦ refuse:false_premise

Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào? ¦ new ¦ - ¦ Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào? ¦ 31-1
o dau ¦ ellipsis ¦ accentless,telegraphic ¦ Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu? ¦ Trụ sở
nhung ai tham du ¦ ellipsis ¦ accentless,telegraphic ¦ Những ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao? ¦ Văn phòng Chính phủ && Bùi Thanh Sơn
vị PTT này xác định đâu là nhiệm vụ trung tâm ¦ pronoun ¦ abbrev ¦ Phó Thủ tướng Trần Lưu Quang xác định đâu là nhiệm vụ trung tâm của công tác đối ngoại? ¦ phục vụ phát triển đất nước
tom tat lai ¦ request ¦ accentless,telegraphic ¦ Tóm tắt lại các nhiệm vụ mà Phó Thủ tướng Trần Lưu Quang nêu trong buổi làm việc với Bộ Ngoại giao. ¦ nhiệm vụ trọng yếu, thường xuyên && nhiệm vụ quan trọng

Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào? ¦ new ¦ - ¦ Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra khi nào? ¦ 6/1
ai du va chi dao ¦ ellipsis ¦ accentless,telegraphic ¦ Ai dự và chỉ đạo Hội nghị tổng kết công tác ngành ngoại giao năm 2024? ¦ Phạm Minh Chính
ong ay noi nhiem vu bao trum la gi ¦ pronoun ¦ accentless ¦ Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nói nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao là gì? ¦ tiên phong, trọng yếu, thường xuyên | kỷ nguyên vươn mình
trích nguyên văn đoạn về kỉ nguyên mớ ¦ request ¦ typo ¦ Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về kỷ nguyên mới tại hội nghị tổng kết năm 2024. ¦ kỷ nguyên vươn mình && tăng tốc, bứt phá
con nam 2022 ong ay noi gi ¦ substitution ¦ accentless ¦ Thủ tướng Phạm Minh Chính chỉ đạo gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ¦ cây tre Việt Nam | 6 nhiệm vụ trọng tâm | dĩ bất biến, ứng vạn biến

Theo HN tổng kết ngành NG năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu? ¦ new ¦ abbrev ¦ Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu vượt mốc bao nhiêu? ¦ 700 tỷ USD
ai dua ra danh gia do ¦ request ¦ accentless ¦ Ai đưa ra đánh giá về kết quả năm 2022 (kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD) tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ¦ Bùi Thanh Sơn
Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị gì về thông tin đối ngoại? ¦ new ¦ - ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng đề nghị gì về thông tin đối ngoại? ¦ phương thức truyền thông mới
ong ay con yeu cau cac don vi trong Bo lam tot hon viec gi ¦ pronoun ¦ accentless ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn còn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa việc gì? ¦ nghiên cứu, dự báo, tham mưu
co trao khen thuong ko ¦ ellipsis ¦ accentless,abbrev,telegraphic ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn có trao khen thưởng không? ¦ trao tặng các danh hiệu

Khai mạc hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của những ai? ¦ new ¦ - ¦ Khai mạc hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của những ai? ¦ Nguyễn Phú Trọng && Ngoại giao lần thứ 31
HNNG lần thứ 31 đó diễn ra khi nào ¦ pronoun ¦ abbrev ¦ Hội nghị Ngoại giao lần thứ 31 diễn ra khi nào? ¦ refuse:not_in_corpus
con lan thu 32 ¦ substitution ¦ accentless,telegraphic ¦ Hội nghị Ngoại giao lần thứ 32 diễn ra khi nào? ¦ refuse:not_in_corpus
Theo Thủ tướng Phạm Minh Chính, ngành ngoại giao phải bảo vệ Tổ quốc theo tinh thần nào? ¦ new ¦ - ¦ Theo Thủ tướng Phạm Minh Chính, ngành ngoại giao phải bảo vệ Tổ quốc theo tinh thần nào? ¦ từ sớm && khi nước chưa nguy

Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào? ¦ new ¦ - ¦ Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào? ¦ Brunei && Hà Lan
nang tong so doi tac chien luoc/toan dien len bao nhieu ¦ ellipsis ¦ accentless ¦ Trong 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu? ¦ 30 quốc gia
con 6 thang dau nam 2018 thi sao ¦ substitution ¦ accentless ¦ Trong 6 tháng đầu năm 2018, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam là bao nhiêu? ¦ refuse:not_in_corpus
thế năm 2019 đó VN trúng cử HĐBA với bao nhiêu phiếu ¦ pronoun ¦ abbrev ¦ Theo báo cáo sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu? ¦ 192/193
nguon nao ¦ request ¦ accentless,telegraphic ¦ Thông tin Việt Nam trúng cử Hội đồng Bảo an với 192/193 phiếu lấy từ nguồn/báo cáo nào? ¦ 22/7 | CLO | TG&VN | 2019

Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ngày nào? ¦ new ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ngày nào? ¦ 22/7
ai phat bieu chi dao ¦ ellipsis ¦ accentless,telegraphic ¦ Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ¦ Phạm Bình Minh
luc do ong ay giu chuc vu gi ¦ pronoun ¦ accentless ¦ Lúc đó (tháng 7/2019) ông Phạm Bình Minh giữ chức vụ gì? ¦ Phó Thủ tướng && Bộ trưởng Ngoại giao
buổi sáng hay chiều ¦ ellipsis ¦ telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra vào buổi sáng hay buổi chiều? ¦ refuse:not_reported
PTT Trần Lưu Quang làm việc với BNG về nội dung gì? ¦ new ¦ abbrev ¦ Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về nội dung gì? ¦ đối ngoại trong năm 2023
ong ay danh gia cao dieu gi ¦ pronoun ¦ accentless ¦ Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì khi làm việc với Bộ Ngoại giao? ¦ thành tựu to lớn

Tại hội nghị tổng kết năm 2024, ai dự ở điểm cầu Quảng Trị? ¦ new ¦ - ¦ Tại hội nghị tổng kết năm 2024, ai dự ở điểm cầu Quảng Trị? ¦ Hoàng Nam
ong ay giu chuc vu gi ¦ pronoun ¦ accentless ¦ Ông Hoàng Nam giữ chức vụ gì? ¦ Phó Chủ tịch UBND tỉnh
con diem cau Cao Bang nam 2022 ¦ substitution ¦ accentless,telegraphic ¦ Tại hội nghị tổng kết năm 2022, ai dự ở điểm cầu Cao Bằng? ¦ Nguyễn Bích Ngọc
nhung huyen nao du o diem cau do ¦ pronoun ¦ accentless ¦ UBND những huyện nào dự hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng? ¦ Quảng Hòa && Trùng Khánh && Bảo Lạc
vị này phát biểu nội dung gì ở điểm cầu ¦ pronoun ¦ premise ¦ Đồng chí Nguyễn Bích Ngọc đã phát biểu nội dung gì tại điểm cầu Cao Bằng? ¦ refuse:false_premise

Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 thế nào? ¦ new ¦ - ¦ Bộ Ngoại giao xác định mục tiêu, nhiệm vụ năm 2025 thế nào? ¦ dự báo đúng tình hình | thế chủ động chiến lược
tom tat ngan gon lai ¦ request ¦ accentless ¦ Tóm tắt ngắn gọn lại mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định. ¦ thế chủ động chiến lược | nâng tầm công tác đối ngoại
năm trước đó thì ngoại giao kinh tế chuyển biến trong những lĩnh vực nào ¦ pronoun ¦ paraphrase ¦ Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ trong những lĩnh vực nào? ¦ chíp bán dẫn && trí tuệ nhân tạo
yeu cau gi ve tinh gon bo may ¦ ellipsis ¦ accentless ¦ Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về tinh gọn tổ chức bộ máy của Bộ Ngoại giao? ¦ Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội
which resolution did he say must be reviewed ¦ pronoun ¦ english ¦ Thủ tướng Phạm Minh Chính yêu cầu tổng kết nghị quyết nào tại hội nghị tổng kết năm 2024? ¦ Nghị quyết 18

Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023 diễn ra ngày nào? ¦ new ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023 diễn ra ngày nào? ¦ 22/7 && 5/7
ai chi dao / ket luan moi hn ¦ ellipsis ¦ accentless,abbrev,telegraphic ¦ Ai chỉ đạo, kết luận Hội nghị sơ kết 6 tháng đầu năm 2019 và Hội nghị sơ kết 6 tháng đầu năm 2023? ¦ Phạm Bình Minh && Bùi Thanh Sơn
ca hai lan do deu nhac toi dai hoi Dang nao ¦ pronoun ¦ accentless ¦ Cả Hội nghị sơ kết 6 tháng đầu năm 2019 và năm 2023 đều nhắc tới Đại hội nào của Đảng? ¦ Đại hội XIII
con so ket 2021 thi ai chi dao ¦ substitution ¦ accentless,near-miss ¦ Ai chỉ đạo Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao? ¦ refuse:not_in_corpus
Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao năm nào? ¦ new ¦ - ¦ Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao năm nào? ¦ 2022 && 2024

Trong 6 tháng đầu năm 2019, Việt Nam nâng quan hệ với Brunei lên Đối tác chiến lược như thế nào? ¦ new ¦ premise,near-miss ¦ Trong 6 tháng đầu năm 2019, Việt Nam nâng quan hệ với Brunei lên Đối tác chiến lược như thế nào? ¦ refuse:false_premise
vay trong thoi gian do VN ky nhung hiep dinh gi ¦ pronoun ¦ accentless,abbrev ¦ Trong 6 tháng đầu năm 2019, Việt Nam ký kết những hiệp định gì? ¦ EVFTA && bảo hộ đầu tư
CPTPP thi sao ¦ substitution ¦ accentless,telegraphic ¦ Trong 6 tháng đầu năm 2019, Hiệp định CPTPP được báo cáo thế nào? ¦ chính thức được triển khai
sao VN lai rut khoi hiep dinh do ¦ pronoun ¦ accentless,abbrev,premise ¦ Tại sao Việt Nam lại rút khỏi Hiệp định CPTPP? ¦ refuse:false_premise

Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại với phương châm gì? ¦ new ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại với phương châm gì? ¦ chủ động, thích ứng, sáng tạo
ve ngoai giao kinh te thi danh gia the nao ¦ ellipsis ¦ accentless ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào? ¦ trọng tâm, trọng điểm
còn công tác người VN ở nước ngoài ¦ substitution ¦ abbrev ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào? ¦ cầu nối
the con 6 thang dau 2019 thi cong tac do ra sao ¦ substitution ¦ accentless ¦ Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác người Việt Nam ở nước ngoài thế nào? ¦ tiếp tục được quan tâm
trích nguyên văn câu đó ¦ request ¦ - ¦ Trích nguyên văn câu trong báo cáo sơ kết 6 tháng đầu năm 2019 về công tác người Việt Nam ở nước ngoài. ¦ thông tin tuyên truyền đối ngoại && tiếp tục được quan tâm

Who chaired the MFA's 2022 annual review conference? ¦ new ¦ english ¦ Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ¦ Bùi Thanh Sơn
how many delegates attended ¦ ellipsis ¦ english,telegraphic ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự? ¦ 700 đại biểu
and the 2023 annual review? ¦ substitution ¦ english,near-miss ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 có bao nhiêu đại biểu tham dự? ¦ refuse:not_in_corpus
Tại buổi làm việc với PTT Trần Lưu Quang, BT Bùi Thanh Sơn báo cáo những gì? ¦ new ¦ abbrev ¦ Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo những gì? ¦ nhiệm vụ đối ngoại năm 2022 && tư duy và hành động
what did the deputy PM say about the world situation ¦ ellipsis ¦ english,abbrev ¦ Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhận định gì về tình hình thế giới? ¦ biến động sâu sắc, phức tạp

Bộ trưởng Bùi Thanh Sơn đề nghị gì về đối ngoại đa phương trong 6 tháng cuối năm 2023? ¦ new ¦ - ¦ Bộ trưởng Bùi Thanh Sơn đề nghị gì về đối ngoại đa phương trong 6 tháng cuối năm 2023? ¦ nâng tầm đối ngoại đa phương
con ve xay dung nganh ¦ substitution ¦ accentless,telegraphic ¦ Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì cho 6 tháng cuối năm 2023? ¦ thi đua khen thưởng | chế độ chính sách
thế còn Bộ trưởng Lê Hoài Trung thì chỉ đạo gì ¦ substitution ¦ near-miss ¦ Về công tác xây dựng ngành, Bộ trưởng Lê Hoài Trung chỉ đạo gì tại hội nghị của Bộ Ngoại giao? ¦ refuse:not_in_corpus
Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị nào được nhắc đến trong buổi làm việc với PTT Trần Lưu Quang? ¦ new ¦ abbrev ¦ Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị nào được nhắc đến trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang? ¦ đối ngoại toàn quốc năm 2021
hội nghị đó có bao nhiêu đại biểu ¦ pronoun ¦ - ¦ Hội nghị đối ngoại toàn quốc năm 2021 có bao nhiêu đại biểu? ¦ refuse:not_in_corpus

Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang những gì trong buổi làm việc ngày 31-1? ¦ new ¦ - ¦ Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang những gì trong buổi làm việc ngày 31-1? ¦ nhiệm vụ đối ngoại năm 2022 && tư duy và hành động
noi ro hon ve viec doi moi tu duy ¦ request ¦ accentless ¦ Nói rõ hơn về việc đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang. ¦ nhiệm vụ trung tâm | kỷ cương hành chính | phong cách, lề lối làm việc
ong ay co nhac toi chuyen doi so khong ¦ pronoun ¦ accentless ¦ Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn có nhắc tới chuyển đổi số không? ¦ ứng dụng chuyển đổi số
buoi lam viec do keo dai bao lau ¦ pronoun ¦ accentless ¦ Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu? ¦ refuse:not_reported
Hội nghị tổng kết năm 2024 có nói về chíp bán dẫn không? ¦ new ¦ - ¦ Hội nghị tổng kết năm 2024 có nói về chíp bán dẫn không? ¦ chíp bán dẫn

Tại hội nghị tổng kết 2022, Thủ tướng nói về chủ trương "muốn là bạn" thế nào? ¦ new ¦ - ¦ Tại hội nghị tổng kết 2022, Thủ tướng nói về chủ trương "muốn là bạn" thế nào? ¦ sẵn sàng là bạn && đối tác tin cậy
con ve hop tac va dau tranh ¦ substitution ¦ accentless ¦ Về hợp tác và đấu tranh, Thủ tướng Phạm Minh Chính nói gì tại hội nghị tổng kết năm 2022? ¦ đối tác, đối tượng
ong ay con dan nganh ngoai giao bam sat tinh than gi ¦ pronoun ¦ accentless ¦ Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính dặn ngành ngoại giao bám sát tinh thần gì? ¦ trung tâm phục vụ
con nam 2020 ¦ substitution ¦ accentless,telegraphic ¦ Tại hội nghị tổng kết công tác ngoại giao năm 2020, Thủ tướng dặn ngành ngoại giao bám sát tinh thần gì? ¦ refuse:not_in_corpus
Chỉ thị 25 của Ban Bí thư được nhắc trong báo cáo sơ kết 2019 là về vấn đề gì? ¦ new ¦ - ¦ Chỉ thị 25 của Ban Bí thư được nhắc trong báo cáo sơ kết 2019 là về vấn đề gì? ¦ nâng tầm đối ngoại đa phương

Ai tham dự hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao? ¦ new ¦ - ¦ Ai tham dự hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao? ¦ Bùi Thanh Sơn && đại diện các đơn vị
thu tuong phat bieu gi o hn do ¦ pronoun ¦ accentless,abbrev,premise ¦ Thủ tướng đã phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ¦ refuse:false_premise
vậy TTg dự những hn nào ¦ ellipsis ¦ abbrev ¦ Thủ tướng Phạm Minh Chính dự những hội nghị nào của ngành Ngoại giao? ¦ 2022 && 2024
lan gan nhat la ngay nao ¦ pronoun ¦ accentless ¦ Hội nghị gần nhất mà Thủ tướng Phạm Minh Chính dự (tổng kết năm 2024) diễn ra ngày nào? ¦ 6/1
tai do ong ay yeu cau xay dung doi ngu can bo the nao ¦ pronoun ¦ accentless ¦ Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu xây dựng đội ngũ cán bộ ngoại giao thế nào? ¦ vừa hồng, vừa chuyên && tinh thông về nghiệp vụ | khôn khéo về ứng xử | tuyệt đối trung thành

hôi nghi tông kêt nganh ngoai giao 2024 la ngay nao ¦ new ¦ typo ¦ Hội nghị tổng kết ngành ngoại giao năm 2024 là ngày nào? ¦ 6/1
thu tuong noi j ¦ ellipsis ¦ accentless,abbrev,telegraphic ¦ Thủ tướng Phạm Minh Chính nói gì tại hội nghị tổng kết ngành ngoại giao năm 2024? ¦ nhiệm vụ bao trùm | kỷ nguyên vươn mình | Nghị quyết 18
con PTT thi sao ¦ substitution ¦ accentless,abbrev,telegraphic,premise ¦ Phó Thủ tướng đã phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2024? ¦ refuse:false_premise
ok thế hn sơ kết 2019 thì PTT nói gì ¦ substitution ¦ abbrev ¦ Phó Thủ tướng nói gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ¦ Phạm Bình Minh && nhạy cảm trong tham mưu | tăng cường sự phối hợp | nhạy bén hơn nữa

Bộ trưởng Bùi Thanh Sơn nói gì về xây dựng ngành Ngoại giao tại hội nghị tổng kết năm 2022? ¦ new ¦ - ¦ Bộ trưởng Bùi Thanh Sơn nói gì về xây dựng ngành Ngoại giao tại hội nghị tổng kết năm 2022? ¦ toàn diện, hiện đại, chuyên nghiệp | đổi mới mạnh mẽ tư duy
ông ấy nói sự tham dự của Thủ tướg là minh chứng cho điều j ¦ pronoun ¦ typo,abbrev ¦ Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022 là minh chứng cho điều gì? ¦ đặc biệt và sâu sát
trich nguyen van ¦ request ¦ accentless,telegraphic ¦ Trích nguyên văn câu Bộ trưởng Bùi Thanh Sơn nói về sự tham dự của Thủ tướng tại hội nghị tổng kết năm 2022. ¦ đặc biệt và sâu sát && nguồn cổ vũ, động viên
còn hội nghị 6 tháng đầu 2023 thì ông ấy nói gì về xây dựng ngành ¦ substitution ¦ - ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành? ¦ thi đua khen thưởng | chế độ chính sách
can bo phai dat yeu cau gi ¦ ellipsis ¦ accentless,telegraphic ¦ Theo hội nghị sơ kết 6 tháng đầu năm 2023, cán bộ ngành Ngoại giao phải đạt yêu cầu gì? ¦ bản lĩnh chính trị && phẩm chất đạo đức

Theo PTT Phạm Bình Minh, nửa đầu năm 2019 tình hình quốc tế diễn biến thế nào? ¦ new ¦ abbrev ¦ Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu năm 2019 tình hình quốc tế diễn biến thế nào? ¦ nhanh hơn, phức tạp hơn | khó lường
cong tac doi ngoai duoc trien khai theo tinh than nhung hn nao ¦ ellipsis ¦ accentless,abbrev ¦ Nửa đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần những hội nghị nào? ¦ Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018
hn tong ket 2018 do ai chu tri ¦ pronoun ¦ accentless,abbrev ¦ Ai chủ trì Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao? ¦ refuse:not_in_corpus
giu quan he voi cac nuoc lon ra sao ¦ ellipsis ¦ accentless ¦ Nửa đầu năm 2019, Bộ Ngoại giao giữ quan hệ với các nước lớn ra sao? ¦ cân bằng linh hoạt
Hội nghị tổng kết năm 2024 có điểm cầu địa phương nào được nhắc tới? ¦ new ¦ - ¦ Hội nghị tổng kết năm 2024 có điểm cầu địa phương nào được nhắc tới? ¦ Quảng Trị

Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra ngày nào? ¦ new ¦ near-miss ¦ Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao diễn ra ngày nào? ¦ refuse:not_in_corpus
thế còn năm 2023 ¦ substitution ¦ telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào? ¦ 5/7
ai du ¦ ellipsis ¦ accentless,telegraphic ¦ Ai dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ¦ Bùi Thanh Sơn && đại diện các đơn vị
hn đó có mời đại sứ nước ngoài ko ¦ pronoun ¦ abbrev ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 có mời đại sứ nước ngoài tham dự không? ¦ refuse:not_reported
VN trúng cử HĐBA LHQ nhiệm kỳ nào theo báo cáo sơ kết 2019? ¦ new ¦ abbrev ¦ Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào theo báo cáo sơ kết 2019? ¦ 2020-2021

PTT Trần Lưu Quang yêu cầu BNG tập trung thực hiện những việc gì? ¦ new ¦ abbrev ¦ Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì? ¦ chương trình đối ngoại cấp cao && biên giới hòa bình
ong ay nhan dinh tinh hinh the gioi ra sao ¦ pronoun ¦ accentless ¦ Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới ra sao? ¦ biến động sâu sắc, phức tạp
BNG can tham muu gi ¦ ellipsis ¦ accentless,abbrev,telegraphic ¦ Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tham mưu những gì? ¦ bước đi đối ngoại
sao ông ấy lại chỉ trích BNG ¦ pronoun ¦ abbrev,premise ¦ Tại sao Phó Thủ tướng Trần Lưu Quang lại chỉ trích Bộ Ngoại giao? ¦ refuse:false_premise
Tại HN tổng kết 2022, BT Bùi Thanh Sơn đánh giá đối ngoại đa phương thế nào? ¦ new ¦ abbrev ¦ Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương thế nào? ¦ đóng góp có trách nhiệm

Hội nghị giữa năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực thế nào? ¦ new ¦ paraphrase ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao đánh giá tình hình thế giới và khu vực thế nào? ¦ diễn biến nhanh, phức tạp
doi ngoai duoc danh gia la gi trong thanh tuu chung ¦ ellipsis ¦ accentless ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá đối ngoại là gì trong thành tựu chung của cả nước? ¦ điểm sáng
quan hệ vs láng giềng, nuoc lớn thì đc đánh giá ra sao ¦ ellipsis ¦ abbrev,typo ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các nước láng giềng, các nước lớn ra sao? ¦ đi vào chiều sâu | bước phát triển mới
con 6 thang dau 2019 ¦ substitution ¦ accentless,telegraphic ¦ Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các nước láng giềng, các nước lớn ra sao? ¦ chiều sâu, hiệu quả, thiết thực
bao cao nay dang tren bao nao ¦ pronoun ¦ accentless ¦ Báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019 đăng trên báo nào? ¦ CLO | TG&VN

HN tổng kết ngành NG 2024 nói ngoại giao kinh tế đóng góp gì? ¦ new ¦ abbrev ¦ Hội nghị tổng kết công tác ngành ngoại giao năm 2024 nói ngoại giao kinh tế đóng góp gì? ¦ nhóm nước tăng trưởng cao | thu hút đầu tư nước ngoài
duoi su chi dao cua ai ¦ ellipsis ¦ accentless,telegraphic ¦ Năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ dưới sự chỉ đạo của ai? ¦ Thủ tướng Chính phủ | Phạm Minh Chính
HN đó có bao nhiêu đại biểu ¦ pronoun ¦ abbrev ¦ Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự? ¦ refuse:not_reported
con nam 2022 ¦ substitution ¦ accentless,telegraphic ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự? ¦ 700 đại biểu

Buổi làm việc giữa PTT Trần Lưu Quang và BNG có những ai tham dự? ¦ new ¦ abbrev ¦ Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao có những ai tham dự? ¦ Văn phòng Chính phủ && thủ trưởng các đơn vị
dien ra buoi nao trong ngay ¦ ellipsis ¦ accentless ¦ Buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao diễn ra vào buổi nào trong ngày? ¦ chiều
ong ay noi doi ngoai da lam sau sac quan he voi nhung doi tac nao ¦ pronoun ¦ accentless ¦ Phó Thủ tướng Trần Lưu Quang nói công tác đối ngoại đã làm sâu sắc hơn quan hệ với những đối tác nào? ¦ đối tác chiến lược && đối tác toàn diện
noi ro hon ¦ request ¦ accentless,telegraphic ¦ Nói rõ hơn đánh giá của Phó Thủ tướng Trần Lưu Quang về kết quả công tác đối ngoại. ¦ bạn bè truyền thống && Đại hội XIII
Kết quả quan trọng nào về biên giới lãnh thổ được nêu tại hội nghị tổng kết năm 2022? ¦ new ¦ - ¦ Kết quả quan trọng nào về biên giới lãnh thổ được nêu tại hội nghị tổng kết năm 2022? ¦ phân định && trên biển, trên bộ

Thủ tướng yêu cầu gì về Nghị quyết 18 tại hội nghị tổng kết ngoại giao năm 2024? ¦ new ¦ - ¦ Thủ tướng yêu cầu gì về Nghị quyết 18 tại hội nghị tổng kết ngoại giao năm 2024? ¦ tinh gọn tổ chức bộ máy
BNG tiep nhan chuc nang cua co quan nao ¦ ellipsis ¦ accentless,abbrev ¦ Sau khi tinh gọn bộ máy, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của cơ quan nào? ¦ Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội
muc dich cuoi cung la gi ¦ ellipsis ¦ accentless,telegraphic ¦ Việc tổng kết Nghị quyết 18 và tinh gọn bộ máy Bộ Ngoại giao nhằm mục đích cuối cùng là gì? ¦ bước tiến đột phá
Ngày 31-1 ai làm việc với Bộ Ngoại giao về công tác đối ngoại? ¦ new ¦ - ¦ Ngày 31-1 ai làm việc với Bộ Ngoại giao về công tác đối ngoại? ¦ Trần Lưu Quang

Chỉ thị 25 của Ban Bí thư được nhắc trong hội nghị sơ kết năm nào? ¦ new ¦ - ¦ Chỉ thị 25 của Ban Bí thư được nhắc trong hội nghị sơ kết năm nào? ¦ 2019
ket qua da phuong nao cho thay su tin nhiem cua ban be quoc te ¦ ellipsis ¦ accentless ¦ Theo báo cáo sơ kết 6 tháng đầu năm 2019, kết quả đa phương nào cho thấy sự tín nhiệm của bạn bè quốc tế? ¦ 192/193 | thượng đỉnh
PTT Trần Hồng Hà phát biểu gì ở hội nghị đó ¦ pronoun ¦ abbrev,near-miss,premise ¦ Phó Thủ tướng Trần Hồng Hà đã phát biểu gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ¦ refuse:false_premise
the PTT nao phat bieu chi dao ¦ ellipsis ¦ accentless,abbrev ¦ Phó Thủ tướng nào phát biểu chỉ đạo tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ¦ Phạm Bình Minh
ong ay chi dao gi ve can bo ¦ pronoun ¦ accentless ¦ Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác cán bộ tại hội nghị sơ kết 6 tháng đầu năm 2019? ¦ tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật

Ai dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng? ¦ new ¦ - ¦ Ai dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng? ¦ Nguyễn Bích Ngọc
co nhung so nganh nao ¦ ellipsis ¦ accentless,telegraphic ¦ Những sở, ngành nào của Cao Bằng dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng? ¦ Kế hoạch và Đầu tư | Công thương | Bộ đội Biên phòng
diem cau do co bao nhieu nguoi ¦ pronoun ¦ accentless ¦ Điểm cầu Cao Bằng của hội nghị tổng kết ngoại giao 2022 có bao nhiêu người tham dự? ¦ refuse:not_reported
còn ở điểm cầu Quảng Trị năm 2024 thì ai dự ¦ substitution ¦ - ¦ Tại hội nghị tổng kết năm 2024, ai dự ở điểm cầu Quảng Trị? ¦ Hoàng Nam
bai ve Quang Tri do do ai viet ¦ pronoun ¦ accentless ¦ Bài báo của Quảng Trị về hội nghị tổng kết năm 2024 do ai viết? ¦ Hoài Nhung

HN sơ kết 6T đầu 2023 đánh giá ngoại giao đa phương ra sao? ¦ new ¦ abbrev,telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương ra sao? ¦ ngoại giao song phương
con chu quyen ¦ substitution ¦ accentless,telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá việc bảo vệ chủ quyền ra sao? ¦ biện pháp hòa bình
thế còn bảo hộ công dân ¦ substitution ¦ telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân ra sao? ¦ cách thức thực hiện
hội nghị đó diễn ra buổi sáng hay buổi chiều ¦ pronoun ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra buổi sáng hay buổi chiều? ¦ refuse:not_reported
Thủ tướng nói gì về chuỗi giá trị toàn cầu tại hội nghị tổng kết 2022? ¦ new ¦ - ¦ Thủ tướng nói gì về chuỗi giá trị toàn cầu tại hội nghị tổng kết 2022? ¦ vị trí cao hơn && chuỗi cung ứng toàn cầu

pho thu tuong tran luu quang lam viec voi bo ngoai giao ve van de gi ¦ new ¦ accentless ¦ Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về vấn đề gì? ¦ đối ngoại trong năm 2023
ai bao cao ket qua nam 2022 ¦ ellipsis ¦ accentless ¦ Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, ai báo cáo kết quả năm 2022? ¦ Bùi Thanh Sơn
ong ay noi bo quyet tam dieu gi ¦ pronoun ¦ accentless ¦ Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm điều gì? ¦ tư duy và hành động
nguon tin ¦ request ¦ accentless,telegraphic ¦ Thông tin về quyết tâm đổi mới tư duy và hành động của Bộ Ngoại giao lấy từ nguồn nào? ¦ VGP | B.T.V | 31-1
con hoi nghi tong ket 2021 thi bo truong quyet tam gi ¦ substitution ¦ accentless,near-miss ¦ Tại hội nghị tổng kết công tác ngoại giao năm 2021, Bộ trưởng nói Bộ Ngoại giao quyết tâm điều gì? ¦ refuse:not_in_corpus

Nhiệm vụ năm 2025 của BNG gồm những gì? ¦ new ¦ abbrev ¦ Nhiệm vụ năm 2025 của Bộ Ngoại giao gồm những gì? ¦ dự báo đúng tình hình | thế chủ động chiến lược
tai hoi nghi nao ¦ ellipsis ¦ accentless,telegraphic ¦ Nhiệm vụ năm 2025 của Bộ Ngoại giao được xác định tại hội nghị nào? ¦ 6/1 | năm 2024
con nhiem vu nam 2023 thi sao ¦ substitution ¦ accentless ¦ Nhiệm vụ năm 2023 của Bộ Ngoại giao gồm những gì? ¦ chương trình đối ngoại cấp cao | 6 nhiệm vụ trọng tâm | biên giới hòa bình
hn sơ kết 6 tháng đầu năm 2025 diễn ra khi nào ¦ new ¦ abbrev,near-miss ¦ Hội nghị sơ kết 6 tháng đầu năm 2025 của Bộ Ngoại giao diễn ra khi nào? ¦ refuse:not_in_corpus
thế còn năm 2019 ¦ substitution ¦ telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra khi nào? ¦ 22/7

Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn? ¦ new ¦ premise ¦ Vì sao hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao bị hoãn? ¦ refuse:false_premise
thế hội nghi đó diễn ra ngày nào ¦ pronoun ¦ typo ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào? ¦ 5/7
bo truong ket luan the nao ¦ ellipsis ¦ accentless ¦ Bộ trưởng Bùi Thanh Sơn kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 thế nào? ¦ biểu dương | Đại hội XIII | nghiên cứu, dự báo, tham mưu
ông ấy trao thưởng cho bao nhiêu tập thể ¦ pronoun ¦ - ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn trao thưởng cho bao nhiêu tập thể? ¦ refuse:not_reported
Năm 2019 PTT Phạm Bình Minh chỉ đạo gì về phối hợp? ¦ new ¦ abbrev ¦ Năm 2019 Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về phối hợp? ¦ tăng cường sự phối hợp

Trong tháng 1 năm 2023, Bộ Ngoại giao có những hoạt động nào với lãnh đạo Chính phủ? ¦ new ¦ paraphrase ¦ Trong tháng 1 năm 2023, Bộ Ngoại giao có những hoạt động nào với lãnh đạo Chính phủ? ¦ 10/1 && 31-1
lan sau ai lam viec voi BNG ¦ pronoun ¦ accentless,abbrev ¦ Trong hai hoạt động đó, lần sau (ngày 31-1) ai làm việc với Bộ Ngoại giao? ¦ Trần Lưu Quang
con lan dau thi ai du ¦ substitution ¦ accentless,telegraphic ¦ Trong hai hoạt động đó, lần đầu (hội nghị tổng kết ngày 10/1) có lãnh đạo Chính phủ nào dự? ¦ Phạm Minh Chính
ong ay khuyen khich can bo tinh than gi ¦ pronoun ¦ accentless ¦ Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính khuyến khích cán bộ ngoại giao tinh thần gì? ¦ dám nghĩ, dám làm | khơi dậy tâm huyết
Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới những hiệp định thương mại nào? ¦ new ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới những hiệp định thương mại nào? ¦ EVFTA && CPTPP

Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ 2022-2023 với bao nhiêu phiếu? ¦ new ¦ abbrev,premise,near-miss ¦ Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2022-2023 với bao nhiêu phiếu? ¦ refuse:false_premise
vay nhiem ky nao ¦ ellipsis ¦ accentless,telegraphic ¦ Theo các báo cáo, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào? ¦ 2020-2021
bao nhieu phieu ¦ ellipsis ¦ accentless,telegraphic ¦ Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021 với bao nhiêu phiếu? ¦ 192/193
tin này ở báo cáo nào ¦ request ¦ - ¦ Thông tin Việt Nam trúng cử Hội đồng Bảo an nhiệm kỳ 2020-2021 với 192/193 phiếu nằm trong báo cáo nào? ¦ 22/7 | CLO | 2019
còn hội nghị thượng đỉnh Mỹ - Triều thì sao ¦ substitution ¦ - ¦ Báo cáo sơ kết 6 tháng đầu năm 2019 nói gì về Hội nghị thượng đỉnh Mỹ - Triều lần 2? ¦ tổ chức thành công

Bộ trưởng Bùi Thanh Sơn phát biểu gì tại hội nghị tổng kết năm 2024? ¦ new ¦ - ¦ Bộ trưởng Bùi Thanh Sơn phát biểu gì tại hội nghị tổng kết năm 2024? ¦ refuse:not_reported
the ai ket luan hoi nghi do ¦ pronoun ¦ accentless ¦ Ai kết luận hội nghị tổng kết công tác ngành ngoại giao năm 2024? ¦ Phạm Minh Chính
ong ay yeu cau thuc day quan he voi doi tac the nao ¦ pronoun ¦ accentless ¦ Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu thúc đẩy quan hệ với các đối tác thế nào? ¦ nâng cấp, nâng tầm quan hệ
con cac dien dan da phuong ¦ substitution ¦ accentless,telegraphic ¦ Tại hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về các diễn đàn đa phương? ¦ uy tín của Việt Nam
tóm tắt lại mấy yêu cầu đó ¦ request ¦ - ¦ Tóm tắt lại các yêu cầu của Thủ tướng Phạm Minh Chính đối với ngành ngoại giao tại hội nghị tổng kết năm 2024. ¦ nâng cấp, nâng tầm && Nghị quyết 18 | vừa hồng, vừa chuyên | tình huống đối ngoại phức tạp
ông ấy có hủy chuyến thăm nào ko ¦ pronoun ¦ abbrev,premise ¦ Thủ tướng Phạm Minh Chính đã hủy chuyến thăm nào được nhắc tại hội nghị tổng kết năm 2024? ¦ refuse:false_premise

Cụm từ "vừa hồng, vừa chuyên" xuất hiện trong những báo cáo nào? ¦ new ¦ - ¦ Cụm từ "vừa hồng, vừa chuyên" xuất hiện trong những báo cáo nào? ¦ 2019 && 2024
trong bao cao 2019 no gan voi muc tieu gi ¦ pronoun ¦ accentless ¦ Trong báo cáo sơ kết 2019, cụm từ "vừa hồng, vừa chuyên" gắn với mục tiêu gì? ¦ hiện đại hóa Bộ Ngoại giao
con nam 2024 ¦ substitution ¦ accentless,telegraphic ¦ Trong báo cáo tổng kết năm 2024, cụm từ "vừa hồng, vừa chuyên" đi kèm những yêu cầu gì? ¦ tuyệt đối trung thành | tinh thông về nghiệp vụ
ai noi cau do ¦ request ¦ accentless,telegraphic ¦ Ai nói câu về đội ngũ cán bộ "vừa hồng, vừa chuyên" tại hội nghị tổng kết năm 2024? ¦ Phạm Minh Chính
Hội nghị tổng kết năm 2022 có bao nhiêu đại biểu? ¦ new ¦ - ¦ Hội nghị tổng kết năm 2022 có bao nhiêu đại biểu? ¦ 700 đại biểu

Phó Thủ tướng nào làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2023? ¦ new ¦ - ¦ Phó Thủ tướng nào làm việc với Bộ Ngoại giao về công tác đối ngoại năm 2023? ¦ Trần Lưu Quang
ong ay nhac chi dao cua TBT Nguyen Phu Trong o hn nao ¦ pronoun ¦ accentless,abbrev ¦ Phó Thủ tướng Trần Lưu Quang nhắc tới chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại hội nghị nào? ¦ đối ngoại toàn quốc năm 2021
hn đó do ai chủ trì ¦ pronoun ¦ abbrev ¦ Ai chủ trì Hội nghị đối ngoại toàn quốc năm 2021? ¦ refuse:not_in_corpus
còn năm 2024 có PTT nào làm việc với BNG ko ¦ substitution ¦ abbrev ¦ Năm 2024 có Phó Thủ tướng nào làm việc với Bộ Ngoại giao về công tác đối ngoại không? ¦ refuse:not_in_corpus
Hội nghị sơ kết 6 tháng đầu 2023 có trao khen thưởng không? ¦ new ¦ - ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 có trao khen thưởng không? ¦ trao tặng các danh hiệu

Câu "dĩ bất biến, ứng vạn biến" được nhắc tại hội nghị nào? ¦ new ¦ - ¦ Câu "dĩ bất biến, ứng vạn biến" được nhắc tại hội nghị nào? ¦ 10/1 | năm 2022
ai noi ¦ request ¦ accentless,telegraphic ¦ Ai nói câu "dĩ bất biến, ứng vạn biến" tại hội nghị tổng kết năm 2022? ¦ Phạm Minh Chính
ong ay con noi phai kien dinh nhung gi ¦ pronoun ¦ accentless ¦ Tại hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói phải kiên định những gì? ¦ đa phương hóa, đa dạng hóa
trich nguyen van ¦ request ¦ accentless,telegraphic ¦ Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về sự kiên định tại hội nghị tổng kết năm 2022. ¦ gốc vững && Hiến chương Liên Hợp Quốc
Hội nghị tổng kết năm 2024 nói Việt Nam là điểm sáng về lĩnh vực nào? ¦ new ¦ - ¦ Hội nghị tổng kết năm 2024 nói Việt Nam là điểm sáng về lĩnh vực nào? ¦ thương mại && thu hút đầu tư nước ngoài

Ở hội nghị sơ kết 6 tháng đầu năm 2019 của BNG, ai nhấn mạnh cần nhạy cảm trong tham mưu, xử lý tình huống? ¦ new ¦ abbrev ¦ Ở hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao, ai nhấn mạnh cần nhạy cảm trong tham mưu, xử lý tình huống? ¦ Phạm Bình Minh
PTT Lê Minh Khái có dự hội nghị đó không ¦ pronoun ¦ abbrev,near-miss ¦ Phó Thủ tướng Lê Minh Khái có dự hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao không? ¦ refuse:not_reported
bai viet do dang ngay nao ¦ pronoun ¦ accentless ¦ Bài viết về hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao đăng ngày nào? ¦ 22/07/2019
the 2023 mid-year review, when was it held? ¦ new ¦ english ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra khi nào? ¦ 5/7
who gave the concluding speech ¦ ellipsis ¦ english,telegraphic ¦ Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ¦ Bùi Thanh Sơn

Thủ tướng Phạm Minh Chính đề nghị ngoại giao kinh tế làm gì tại hội nghị tổng kết 2022? ¦ new ¦ - ¦ Thủ tướng Phạm Minh Chính đề nghị ngoại giao kinh tế làm gì tại hội nghị tổng kết 2022? ¦ mở rộng thị trường xuất khẩu && thị trường nhập khẩu
con nam 2024 thi ngoai giao kinh te ra sao ¦ substitution ¦ accentless ¦ Năm 2024, ngoại giao kinh tế được đánh giá ra sao tại hội nghị tổng kết? ¦ chíp bán dẫn | trí tuệ nhân tạo | nhóm nước tăng trưởng cao
con 6 thang dau 2023 ¦ substitution ¦ accentless,telegraphic ¦ Trong 6 tháng đầu năm 2023, ngoại giao kinh tế được đánh giá ra sao? ¦ trọng tâm, trọng điểm | hỗ trợ địa phương, doanh nghiệp
trích nguyên văn câu đó ¦ request ¦ - ¦ Trích nguyên văn câu đánh giá ngoại giao kinh tế 6 tháng đầu năm 2023. ¦ trọng tâm, trọng điểm && ổn định kinh tế vĩ mô
con nam 2017 ¦ substitution ¦ accentless,telegraphic ¦ Năm 2017, ngoại giao kinh tế được đánh giá ra sao tại hội nghị của Bộ Ngoại giao? ¦ refuse:not_in_corpus

Trong buổi làm việc với PTT Trần Lưu Quang, BT Bùi Thanh Sơn nói sẽ đổi mới phong cách làm việc theo hướng nào? ¦ new ¦ abbrev ¦ Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói sẽ đổi mới phong cách làm việc theo hướng nào? ¦ chuyên nghiệp, hiện đại
cn ve ky cuong thi sao ¦ substitution ¦ accentless,abbrev,typo ¦ Trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói gì về kỷ cương? ¦ kỷ cương hành chính && kiểm tra, giám sát
bo truong do con neu tinh than phuc vu nhung ai ¦ pronoun ¦ accentless ¦ Bộ trưởng Bùi Thanh Sơn nêu tinh thần phục vụ những ai trong buổi làm việc với Phó Thủ tướng Trần Lưu Quang? ¦ phụng sự Đảng | nhân dân và doanh nghiệp
Hội nghị tổng kết năm 2024 yêu cầu xây dựng Đảng trong ngành ngoại giao thế nào? ¦ new ¦ - ¦ Hội nghị tổng kết năm 2024 yêu cầu xây dựng Đảng trong ngành ngoại giao thế nào? ¦ sức chiến đấu
còn năm 2019 thì công tác Đảng ra sao ¦ substitution ¦ - ¦ Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác Đảng, đoàn thể ra sao? ¦ hiệu quả, thực chất

BT Bùi Thanh Sơn đề nghị đưa quan hệ với các nước vào trạng thái nào trong 6 tháng cuối năm 2023? ¦ new ¦ abbrev ¦ Bộ trưởng Bùi Thanh Sơn đề nghị đưa quan hệ với các nước vào trạng thái nào trong 6 tháng cuối năm 2023? ¦ chiều sâu, ổn định, bền vững
ong ay noi can phat huy vai tro gi ¦ pronoun ¦ accentless ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao cần phát huy vai trò gì? ¦ vai trò tiên phong | ngoại giao văn hóa
hoi nghi do co bao nhieu don vi tham gia ¦ pronoun ¦ accentless ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có bao nhiêu đơn vị tham gia? ¦ refuse:not_reported
So ket 2019 dien ra ngay may? ¦ new ¦ accentless,telegraphic ¦ Sơ kết 2019 diễn ra ngày mấy? ¦ 22/7
ai chi dao ¦ ellipsis ¦ accentless,telegraphic ¦ Ai chỉ đạo hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ¦ Phạm Bình Minh

hoi nghi tong ket nganh ngoai giao 2024 co ai du o diem cau tinh ¦ new ¦ accentless ¦ Hội nghị tổng kết ngành ngoại giao 2024 có ai dự ở điểm cầu tỉnh? ¦ Hoàng Nam && Quảng Trị
ong ay la ai ¦ pronoun ¦ accentless,telegraphic ¦ Ông Hoàng Nam là ai? ¦ Phó Chủ tịch UBND tỉnh
bai bao do cua bao nao ¦ pronoun ¦ accentless ¦ Bài báo về hội nghị tổng kết năm 2024 có điểm cầu Quảng Trị là của báo nào? ¦ Quảng Trị | baoquangtri
thu tuong nhan manh nhiem vu bao trum la gi ¦ ellipsis ¦ accentless ¦ Tại hội nghị tổng kết ngành ngoại giao 2024, Thủ tướng nhấn mạnh nhiệm vụ bao trùm là gì? ¦ tiên phong, trọng yếu, thường xuyên
Năm 2024 Thủ tướng có dự hội nghị sơ kết 6 tháng của BNG không? ¦ new ¦ abbrev,near-miss ¦ Năm 2024 Thủ tướng có dự hội nghị sơ kết 6 tháng của Bộ Ngoại giao không? ¦ refuse:not_in_corpus

Năm 2022 ngành Ngoại giao phối hợp xử lý những vấn đề gì? ¦ new ¦ - ¦ Năm 2022 ngành Ngoại giao phối hợp xử lý những vấn đề gì? ¦ nhân quyền && tôn giáo
ai danh gia nhu vay ¦ request ¦ accentless ¦ Ai đánh giá rằng năm 2022 ngành Ngoại giao đã phối hợp xử lý các vấn đề biên giới lãnh thổ, dân chủ, nhân quyền, tôn giáo? ¦ Bùi Thanh Sơn
hội nghị đó có bao nhiêu điểm cầu ¦ pronoun ¦ - ¦ Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với bao nhiêu điểm cầu? ¦ 63 tỉnh
Hội nghị sơ kết giữa năm 2019 được tổ chức ở đâu? ¦ new ¦ paraphrase ¦ Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được tổ chức ở đâu? ¦ refuse:not_reported
thế còn năm 2023 ¦ substitution ¦ telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu? ¦ refuse:not_reported
con buoi lam viec cua PTT Tran Luu Quang ¦ substitution ¦ accentless,abbrev ¦ Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao được tổ chức ở đâu? ¦ Trụ sở

Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần phát huy vai trò gì? ¦ new ¦ - ¦ Phó Thủ tướng Trần Lưu Quang nói Bộ Ngoại giao cần phát huy vai trò gì? ¦ vai trò tiên phong
nang cao vi the la nhiem vu gi ¦ ellipsis ¦ accentless ¦ Theo Phó Thủ tướng Trần Lưu Quang, nâng cao vị thế và uy tín đất nước là nhiệm vụ gì? ¦ nhiệm vụ quan trọng
vì sao ông ấy yêu cầu cắt giảm biên chế BNG ¦ pronoun ¦ abbrev,premise ¦ Vì sao Phó Thủ tướng Trần Lưu Quang yêu cầu cắt giảm biên chế Bộ Ngoại giao? ¦ refuse:false_premise
Ai là tác giả bài viết về hội nghị tổng kết năm 2022? ¦ new ¦ - ¦ Ai là tác giả bài viết về hội nghị tổng kết năm 2022? ¦ Vi Trường
con bai nam 2024 ¦ substitution ¦ accentless,telegraphic ¦ Ai là tác giả bài viết về hội nghị tổng kết năm 2024? ¦ Hoài Nhung

Sơ kết 6 tháng đầu năm 2019 đề ra định hướng gì cho 6 tháng cuối năm? ¦ new ¦ - ¦ Sơ kết 6 tháng đầu năm 2019 đề ra định hướng gì cho 6 tháng cuối năm? ¦ Đại hội XII | chương trình công tác năm 2019
ngoai vu dia phuong thi sao ¦ ellipsis ¦ accentless ¦ Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại vụ địa phương thế nào? ¦ doanh nghiệp và người dân
còn hội nhập quốc tế ¦ substitution ¦ telegraphic ¦ Báo cáo sơ kết 6 tháng đầu năm 2019 đánh giá hội nhập quốc tế và ngoại giao kinh tế thế nào? ¦ bước đột phá mới
Hội nghị năm nào có hơn 700 đại biểu? ¦ new ¦ - ¦ Hội nghị năm nào có hơn 700 đại biểu? ¦ 2022

Năm 2024 công tác đối ngoại được đánh giá thế nào tại hội nghị tổng kết? ¦ new ¦ - ¦ Năm 2024 công tác đối ngoại được đánh giá thế nào tại hội nghị tổng kết? ¦ sáng tạo và hiệu quả | cục diện đối ngoại rộng mở
hoi nghi do keo dai may tieng ¦ pronoun ¦ accentless ¦ Hội nghị tổng kết công tác ngành ngoại giao năm 2024 kéo dài mấy tiếng? ¦ refuse:not_reported
TTg yeu cau gi ve nghien cuu ¦ ellipsis ¦ accentless,abbrev,telegraphic ¦ Tại hội nghị tổng kết năm 2024, Thủ tướng yêu cầu gì về công tác nghiên cứu? ¦ tổng thể, dài hơi
so voi PTT Pham Binh Minh nam 2019 thi sao ¦ substitution ¦ accentless,abbrev ¦ Tại hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác nghiên cứu? ¦ đánh giá sâu hơn nữa | nhạy cảm trong tham mưu

Hoi nghi tong ket nam 2022 dien ra o dau? ¦ new ¦ accentless ¦ Hội nghị tổng kết năm 2022 diễn ra ở đâu? ¦ trực tuyến | 63 tỉnh
hnay có những ai dự ¦ pronoun ¦ typo ¦ Hội nghị tổng kết năm 2022 có những ai dự? ¦ Phạm Minh Chính && 700 đại biểu
thu tuong co phat bieu khong ¦ ellipsis ¦ accentless ¦ Thủ tướng Phạm Minh Chính có phát biểu tại hội nghị tổng kết năm 2022 không? ¦ phát biểu chỉ đạo | 6 nhiệm vụ trọng tâm
vì sao ông ấy rời hội nghị sớm ¦ pronoun ¦ premise ¦ Vì sao Thủ tướng Phạm Minh Chính rời hội nghị tổng kết năm 2022 sớm? ¦ refuse:false_premise
What tasks did the minister set for the second half of 2023? ¦ new ¦ english ¦ Bộ trưởng Bùi Thanh Sơn đề ra những nhiệm vụ gì cho 6 tháng cuối năm 2023? ¦ Đại hội XIII && nghiên cứu, dự báo, tham mưu | phương thức truyền thông mới | nâng tầm đối ngoại đa phương

Theo tổng kết năm 2024, công tác đối ngoại được nâng tầm và tạo ra điều gì? ¦ new ¦ - ¦ Theo tổng kết năm 2024, công tác đối ngoại được nâng tầm và tạo ra điều gì? ¦ đồng thuận ngày càng cao
ve 2025 thi sao ¦ substitution ¦ accentless,telegraphic ¦ Theo hội nghị tổng kết năm 2024, nhiệm vụ công tác đối ngoại năm 2025 được xác định thế nào? ¦ thế chủ động chiến lược | nâng tầm công tác đối ngoại
co bao nhieu kieu bao ve du ¦ ellipsis ¦ accentless ¦ Có bao nhiêu kiều bào về dự hội nghị tổng kết năm 2024? ¦ refuse:not_reported
Ngày 5/7 Bộ Ngoại giao tổ chức hội nghị gì? ¦ new ¦ - ¦ Ngày 5/7 Bộ Ngoại giao tổ chức hội nghị gì? ¦ sơ kết && 2023
ai trao khen thuong ¦ ellipsis ¦ accentless,telegraphic ¦ Ai trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023? ¦ Bộ trưởng Ngoại giao | Bùi Thanh Sơn
nguon nao noi vay ¦ request ¦ accentless,telegraphic ¦ Thông tin Bộ trưởng trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào? ¦ TTXVN | 5/7

Hội nghị sơ kết 2019 nói gì về bảo vệ chủ quyền? ¦ new ¦ - ¦ Hội nghị sơ kết 2019 nói gì về bảo vệ chủ quyền? ¦ chủ quyền biển đảo
con hn 2023 ¦ substitution ¦ accentless,abbrev,telegraphic ¦ Hội nghị sơ kết 6 tháng đầu năm 2023 nói gì về bảo vệ chủ quyền? ¦ biện pháp hòa bình | kiên quyết, kiên trì đấu tranh
ai yeu cau kien quyet kien tri dau tranh ¦ request ¦ accentless ¦ Ai yêu cầu kiên quyết, kiên trì đấu tranh bảo vệ chủ quyền tại hội nghị sơ kết 6 tháng đầu năm 2023? ¦ Bùi Thanh Sơn
ong ay co nhac ten nuoc nao gay tranh chap ko ¦ pronoun ¦ accentless,abbrev ¦ Bộ trưởng Bùi Thanh Sơn có nhắc tên nước nào gây tranh chấp chủ quyền tại hội nghị sơ kết 6 tháng đầu năm 2023 không? ¦ refuse:not_reported
"""


def main():
    base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_lines = list(HEADER)
    blocks = [b for b in SOURCE.strip("\n").split("\n\n") if b.strip()]
    for i, block in enumerate(blocks, start=1):
        conv = "c%02d" % i
        for line in block.strip("\n").split("\n"):
            parts = [p.strip() for p in line.split(" ¦ ")]
            if len(parts) != 5:
                raise SystemExit("bad source line in %s: %r" % (conv, line))
            out_lines.append("\t".join([conv] + parts))
    with open(os.path.join(base, "conversations.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out_lines) + "\n")
    print("wrote %d conversations, %d turns" % (len(blocks), len(out_lines) - 4))


if __name__ == "__main__":
    main()
