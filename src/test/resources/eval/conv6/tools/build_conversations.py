#!/usr/bin/env python3
"""Build /work/sealed/conv6/conversations.tsv from the turn data held below.

Each conversation block starts with a line "===".  Each turn is one line with
six fields separated by " ## ":

    question ## kind ## tags ## read_as ## facts ## src

src (not written to the TSV) names the report(s) the facts come from, as the
three-digit prefix of the file in given/ (e.g. "001" or "003,004"); it is "-"
for refuse turns.  The script self-checks that every fact alternative occurs
(accent-insensitive, whole word) in at least one of the named reports, and
stops with an error otherwise.  Conversation ids c01, c02, ... are assigned
in order.
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
    "# Blind conversation set 6 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]


def norm(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.lower()).strip()


def found(fact, normtext):
    pat = r"(?<![0-9a-z])" + re.escape(norm(fact)) + r"(?![0-9a-z])"
    return re.search(pat, normtext) is not None


DATA_PARTS = []

# ---------------------------------------------------------------- part 1
DATA_PARTS.append(r"""
=== tổng kết 2022: ngày, chủ trì, khai mạc, số đại biểu; rồi đổi sang 2024
Hội nghị tổng kết công tác ngành ngoại giao năm 2022 diễn ra ngày nào vậy? ## new ## - ## Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra ngày nào? ## 10/1 ## 001
ai chu tri ## ellipsis ## accentless,telegraphic ## Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ## Bùi Thanh Sơn ## 001
ong ay noi gi luc khai mac ## pronoun ## accentless ## Bộ trưởng Bùi Thanh Sơn nói gì khi khai mạc Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ## lần thứ 31 | nhìn lại một năm ## 001
bn dai bieu du vay ## ellipsis ## accentless,abbrev,telegraphic ## Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ## hơn 700 đại biểu | 700 đại biểu ## 001
con hn tong ket 2024 thi sao ## substitution ## accentless,abbrev ## Có bao nhiêu đại biểu tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024? ## refuse:not_reported ## -

=== tổng kết 2024: chỉ đạo của Thủ tướng; đổi sang HĐBA 2019
Tại hội nghị tổng kết ngành ngoại giao năm 2024, Thủ tướng chỉ đạo những gì? ## new ## - ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng chỉ đạo những gì? ## kỷ nguyên vươn mình | nhiệm vụ bao trùm | tinh gọn tổ chức bộ máy ## 004
trich nguyen van doan noi ve nhiem vu bao trum ## request ## accentless ## Trích nguyên văn đoạn Thủ tướng Phạm Minh Chính nói về nhiệm vụ bao trùm của công tác đối ngoại tại Hội nghị tổng kết ngành Ngoại giao năm 2024. ## tạo lập, giữ vững | tăng tốc, bứt phá && kỷ nguyên vươn mình ## 004
ong ay co nhac toi NQ 18 ko ## pronoun ## accentless,abbrev ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng Phạm Minh Chính có nhắc tới Nghị quyết 18 không? ## Nghị quyết 18 && tinh gọn tổ chức bộ máy | Ban Đối ngoại Trung ương ## 004
VN trúng cử ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu? ## new ## abbrev ## Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu? ## 192/193 ## 003
nhiem ky nao ## ellipsis ## accentless,telegraphic ## Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc cho nhiệm kỳ nào? ## 2020-2021 ## 003

=== sơ kết 2023: ngày, địa điểm (không nêu), ai dự; đổi sang 2019
hoi nghi so ket 6 thang dau nam 2023 cua BNG to chuc ngay nao ## new ## accentless,abbrev ## Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ngày nào? ## 5/7 ## 000
hoi nghi do to chuc o dau ## pronoun ## accentless ## Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao tổ chức ở đâu? ## refuse:not_reported ## -
ai du? ## ellipsis ## accentless,telegraphic ## Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ## Bùi Thanh Sơn && đại diện các đơn vị | các Lãnh đạo Bộ Ngoại giao ## 000
thế còn sơ kết năm 2019? ## substitution ## - ## Ai tham dự và phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ## Phạm Bình Minh ## 003
ông ấy có nói gì về phối hợp giữa các bộ ngành ko ## pronoun ## abbrev ## Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh nói gì về phối hợp giữa các đơn vị và các bộ, ngành? ## tăng cường sự phối hợp ## 003

=== buổi làm việc của PTT Trần Lưu Quang: ngày, nơi, buổi, nhiệm vụ, nguồn
PTT Trần Lưu Quang làm việc với Bộ Ngoại giao hôm nào? ## new ## abbrev ## Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào? ## 31-1 ## 002
o dau ## ellipsis ## accentless,telegraphic ## Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra ở đâu? ## Trụ sở Bộ Ngoại giao ## 002
sang hay chieu ## ellipsis ## accentless,telegraphic ## Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều? ## chiều ## 002
vi nay noi nhiem vu trong yeu la gi ## pronoun ## accentless ## Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của công tác đối ngoại là gì? ## giữ vững hòa bình, ổn định | giữ vững hòa bình ## 002
còn nhiệm vụ trung tâm? ## substitution ## telegraphic ## Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trung tâm của công tác đối ngoại là gì? ## phục vụ phát triển đất nước ## 002
nguồn tin ở đâu ra ## request ## - ## Thông tin về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào? ## VGP | B.T.V ## 002

=== sơ kết 2019: đối tác, hiệp định, tiền đề sai, nguồn
6 tháng đầu năm 2019 Việt Nam lập quan hệ Đối tác toàn diện với những nước nào? ## new ## - ## Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào? ## Brunei && Hà Lan ## 003
nang tong so len bao nhieu nuoc ## ellipsis ## accentless ## Trong 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu quốc gia? ## 30 quốc gia ## 003
con hiep dinh thuong mai? ## substitution ## accentless,telegraphic ## Trong 6 tháng đầu năm 2019, những hiệp định thương mại nào được triển khai hoặc ký kết? ## CPTPP && EVFTA ## 003
thế sao hiệp định với EU lại bị hoãn ký vậy ## ellipsis ## premise ## Vì sao Hiệp định thương mại tự do với EU (EVFTA) bị hoãn ký trong 6 tháng đầu năm 2019? ## refuse:false_premise ## -
nguon? ## request ## accentless,telegraphic ## Thông tin về các hiệp định thương mại trong 6 tháng đầu năm 2019 lấy từ nguồn nào? ## CLO | TG&VN ## 003

=== tổng kết 2022: chỉ đạo của Thủ tướng; đổi sang ngoại giao kinh tế 2024, rồi 2022
TTg Phạm Minh Chính yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022? ## new ## abbrev ## Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại Hội nghị tổng kết năm 2022? ## 6 nhiệm vụ trọng tâm ## 001
ong ay con noi gi ve du bao tinh hinh ## pronoun ## accentless ## Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính nói gì về dự báo tình hình? ## chủ động dự báo tình hình | thích ứng kịp thời ## 001
con vu 'muon la ban' thi sao ## substitution ## accentless ## Thủ tướng Phạm Minh Chính nói gì về chủ trương “muốn là bạn” tại Hội nghị tổng kết năm 2022? ## sẵn sàng là bạn ## 001
Năm 2024 ngoại giao kinh tế chuyển biến mạnh ở những lĩnh vực nào? ## new ## - ## Năm 2024 ngoại giao kinh tế chuyển biến mạnh mẽ ở những lĩnh vực nào? ## chíp bán dẫn | trí tuệ nhân tạo | chuyển đổi xanh ## 004
con 2022? ## substitution ## accentless,telegraphic ## Năm 2022 ngoại giao kinh tế đạt được kết quả gì? ## 700 tỷ USD ## 001

=== sơ kết 2019: tình hình, tinh thần hội nghị, tiền đề sai; đổi sang tổng kết 2024
pho thu tuong pham binh minh danh gia tinh hinh quoc te nua dau nam 2019 ra sao ## new ## accentless ## Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 ra sao? ## nhanh hơn, phức tạp hơn | khó lường ## 003
trong boi canh do cong tac doi ngoai trien khai theo tinh than hoi nghi nao ## pronoun ## accentless ## Trong bối cảnh nửa đầu năm 2019, công tác đối ngoại được triển khai theo tinh thần của những hội nghị nào? ## Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018 ## 003
ong ay co phan doi de xuat nao cua cac don vi khong ## pronoun ## accentless,premise ## Phó Thủ tướng Phạm Bình Minh đã phản đối đề xuất nào của các đơn vị tại Hội nghị sơ kết 6 tháng đầu năm 2019? ## refuse:false_premise ## -
Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra hôm nào? ## new ## - ## Hội nghị tổng kết ngành Ngoại giao năm 2024 diễn ra ngày nào? ## 6/1 ## 004
offline hay online ## ellipsis ## english,telegraphic ## Hội nghị tổng kết ngành Ngoại giao năm 2024 tổ chức trực tiếp hay trực tuyến? ## trực tuyến ## 004

=== sơ kết 2023: kết luận của Bộ trưởng, khen thưởng; số khen thưởng không nêu
Kết luận hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị những gì? ## new ## - ## Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị những gì? ## nghiên cứu, dự báo, tham mưu | phương thức truyền thông mới | Đại hội XIII ## 000
tom tat ngan gon thoi ## request ## accentless,telegraphic ## Tóm tắt ngắn gọn những đề nghị của Bộ trưởng Bùi Thanh Sơn khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023. ## nghiên cứu, dự báo, tham mưu | truyền thông mới | Đại hội XIII ## 000
ong ay co trao khen thuong gi k ## pronoun ## accentless,abbrev ## Bộ trưởng Bùi Thanh Sơn có trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 không? ## trao tặng các danh hiệu | khen thưởng ## 000
bao nhieu tap the ca nhan duoc khen ## ellipsis ## accentless ## Có bao nhiêu tập thể và cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023? ## refuse:not_reported ## -
so ket 2019 co khen thuong ko ## substitution ## accentless,abbrev ## Hội nghị sơ kết 6 tháng đầu năm 2019 có trao khen thưởng cho tập thể, cá nhân không? ## refuse:not_reported ## -

=== điểm cầu địa phương: Quảng Trị 2024, Cao Bằng 2022
Ai dự hội nghị tổng kết ngoại giao 2024 ở điểm cầu Quảng Trị? ## new ## - ## Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị? ## Hoàng Nam ## 004
ong ay giu chuc gi ## pronoun ## accentless ## Ông Hoàng Nam, người dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, giữ chức vụ gì? ## Phó Chủ tịch UBND tỉnh ## 004
còn điểm cầu Cao Bằng năm 2022? ## substitution ## - ## Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng? ## Nguyễn Bích Ngọc ## 001
nhung huyen nao cua tin tham du ## ellipsis ## accentless,typo ## Những huyện nào của tỉnh Cao Bằng tham dự Hội nghị tổng kết ngành Ngoại giao năm 2022? ## Quảng Hòa | Thạch An | Hà Quảng && Bảo Lạc | Trùng Khánh | Hạ Lang | Bảo Lâm ## 001
the con QT thi huyen nao du ## substitution ## accentless,abbrev ## Những huyện nào của tỉnh Quảng Trị tham dự Hội nghị tổng kết ngành Ngoại giao năm 2024? ## refuse:not_reported ## -

=== buổi làm việc với PTT Quang: báo cáo của Bộ trưởng; đổi sang thượng đỉnh Mỹ - Triều
Tại buổi làm việc với PTT Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo những gì? ## new ## abbrev ## Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo những gì? ## nhiệm vụ đối ngoại năm 2022 | tư duy và hành động ## 002
noi ro hon phan doi moi ## request ## accentless ## Nói rõ hơn về quyết tâm đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn nêu tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang. ## lề lối làm việc | kỷ cương hành chính | quy chế, quy trình ## 002
ông ấy có xin lỗi PTT vì chậm tiến độ không ## pronoun ## abbrev,premise ## Bộ trưởng Bùi Thanh Sơn có xin lỗi Phó Thủ tướng Trần Lưu Quang vì chậm tiến độ không? ## refuse:false_premise ## -
Hội nghị sơ kết năm 2019 có nhắc tới hội nghị thượng đỉnh nào mà VN đăng cai? ## new ## abbrev,paraphrase ## Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới hội nghị thượng đỉnh nào do Việt Nam tổ chức? ## Mỹ - Triều ## 003
lần thứ mấy ## ellipsis ## telegraphic ## Hội nghị thượng đỉnh Mỹ - Triều do Việt Nam tổ chức là lần thứ mấy? ## lần 2 ## 003

=== tiếng Anh: tổng kết 2022 rồi 2024
Who chaired the foreign ministry's 2022 year-end review conference? ## new ## english ## Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022? ## Bùi Thanh Sơn ## 001
was the PM there too? ## ellipsis ## english,abbrev ## Thủ tướng có tham dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 không? ## Phạm Minh Chính ## 001
what did he ask the diplomatic sector to do ## pronoun ## english ## Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao làm gì tại Hội nghị tổng kết năm 2022? ## 6 nhiệm vụ trọng tâm | từ sớm | cây tre Việt Nam | dĩ bất biến, ứng vạn biến ## 001
and in 2024? ## substitution ## english,telegraphic ## Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao làm gì tại Hội nghị tổng kết năm 2024? ## nhiệm vụ bao trùm | kỷ nguyên vươn mình | Nghị quyết 18 ## 004
how many provinces were connected that year? ## pronoun ## english ## Hội nghị tổng kết ngành Ngoại giao năm 2024 được kết nối với bao nhiêu tỉnh, thành phố? ## refuse:not_reported ## -

=== tổng kết 2024: nhiệm vụ bao trùm; năm 2021, 2020 không có; nhiệm vụ 2025
HN tong ket NG 2024 TTg noi nhiem vu bao trum la gi ## new ## accentless,abbrev,telegraphic ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại là gì? ## kỷ nguyên vươn mình | tạo lập | nguồn lực có tính đột phá ## 004
con 2021? ## substitution ## accentless,telegraphic,near-miss ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2021, Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại là gì? ## refuse:not_in_corpus ## -
the 2020 thi co ko ## substitution ## accentless,near-miss ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2020, Thủ tướng nói nhiệm vụ bao trùm của công tác đối ngoại là gì? ## refuse:not_in_corpus ## -
BNG xác định mục tiêu nhiệm vụ gì cho năm 2025? ## new ## abbrev ## Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025? ## dự báo đúng tình hình | thế chủ động chiến lược | đối ngoại Nhân dân ## 004
""")

# ---------------------------------------------------------------- part 2
DATA_PARTS.append(r"""
=== sơ kết 2023: phương châm, trích dẫn, từng mảng; đổi sang tác giả bài 2024
sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại theo phương châm gì ## new ## - ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì? ## chủ động, thích ứng, sáng tạo ## 000
trich nguyen van doan danh gia do ## request ## accentless ## Trích nguyên văn đoạn đánh giá công tác đối ngoại của Hội nghị sơ kết 6 tháng đầu năm 2023. ## một điểm sáng | triển khai đồng bộ, toàn diện ## 000
con ngoai giao kinh te? ## substitution ## accentless,telegraphic ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác ngoại giao kinh tế thế nào? ## trọng tâm, trọng điểm | cụ thể, thiết thực ## 000
cong tac nguoi VN o nuoc ngoai thi sao ## substitution ## accentless,abbrev ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác người Việt Nam ở nước ngoài thế nào? ## cầu nối ## 000
Bài trên báo Quảng Trị về hội nghị tổng kết ngoại giao 2024 do ai viết? ## new ## - ## Bài trên báo Quảng Trị về Hội nghị tổng kết ngành Ngoại giao năm 2024 do ai viết? ## Hoài Nhung ## 004

=== tổng kết 2022: 'từ sớm, từ xa', trích dẫn, tiền đề sai; đổi sang ngày sơ kết 2019
TTg nói gì về bảo vệ 'từ sớm, từ xa' ở HN tổng kết NG 2022? ## new ## abbrev ## Thủ tướng Phạm Minh Chính nói gì về bảo vệ “từ sớm”, “từ xa” tại Hội nghị tổng kết ngành Ngoại giao năm 2022? ## từ khi nước chưa nguy | không để bị động bất ngờ ## 001
trich nguyen van cau do giup minh ## request ## accentless ## Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về bảo vệ “từ sớm”, “từ xa” tại Hội nghị tổng kết năm 2022. ## từ khi nước chưa nguy && không để bị động bất ngờ ## 001
con ve hop tac va dau tranh ## substitution ## accentless ## Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh tại Hội nghị tổng kết năm 2022? ## đối tác, đối tượng ## 001
vì sao ông ấy chỉ trích ngành ngoại giao yếu kém vậy ## pronoun ## premise ## Vì sao Thủ tướng Phạm Minh Chính chỉ trích ngành Ngoại giao yếu kém tại Hội nghị tổng kết năm 2022? ## refuse:false_premise ## -
Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao họp ngày nào, thứ mấy? ## new ## - ## Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao họp ngày nào, thứ mấy? ## 22/7 | 22/07/2019 && Thứ hai ## 003

=== PTT Trần Lưu Quang: nhận định, định hướng, ai dự, số người, tóm tắt
PTT Trần Lưu Quang nhận định tình hình thế giới thời gian tới thế nào? ## new ## abbrev ## Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới và khu vực thời gian tới thế nào? ## biến động sâu sắc, phức tạp | nhiều cơ hội, thuận lợi ## 002
vậy theo ông ấy BNG cần tập trung làm gì ## pronoun ## abbrev ## Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tập trung làm gì? ## chương trình đối ngoại cấp cao | biên giới hoà bình | hội nhập quốc tế sâu rộng ## 002
buoi do BT Son bao cao ket qua nam nao ## pronoun ## accentless,abbrev ## Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn báo cáo kết quả thực hiện nhiệm vụ đối ngoại năm nào? ## năm 2022 ## 002
may ngoi du ## ellipsis ## accentless,telegraphic,typo ## Có bao nhiêu người tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao? ## refuse:not_reported ## -
tom tat lai buoi lam viec nay giup minh ## request ## accentless ## Tóm tắt buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao. ## Trần Lưu Quang && nhiệm vụ trung tâm | nhiệm vụ trọng yếu | chương trình đối ngoại cấp cao ## 002

=== 'vừa hồng, vừa chuyên' năm 2019 và 2024
Cụm 'vừa hồng, vừa chuyên' xuất hiện trong những báo cáo hội nghị nào? ## new ## - ## Cụm từ “vừa hồng, vừa chuyên” xuất hiện trong báo cáo của những hội nghị nào? ## 2019 && năm 2024 ## 003,004
nam 2024 thi ai noi ## ellipsis ## accentless ## Tại Hội nghị tổng kết năm 2024, ai nói về xây dựng đội ngũ cán bộ “vừa hồng, vừa chuyên”? ## Phạm Minh Chính ## 004
ong ay con yeu cau doi ngu can bo phai the nao nua ## pronoun ## accentless ## Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính còn yêu cầu đội ngũ cán bộ ngoại giao phải thế nào? ## tuyệt đối trung thành | khôn khéo về ứng xử | tinh thông về nghiệp vụ ## 004
con nam 2019 thi sao ## substitution ## accentless ## Năm 2019, báo cáo sơ kết 6 tháng đầu năm mô tả đội ngũ cán bộ “vừa hồng, vừa chuyên” của Bộ Ngoại giao thế nào? ## tinh nhuệ | hiện đại hóa Bộ Ngoại giao | năng động và sáng tạo ## 003

=== người dự: Thủ tướng 2022, PTT không có trong báo cáo, PTT Quang; ai chủ trì 2024 không nêu
Thủ tướng nào dự hội nghị tổng kết ngành ngoại giao năm 2022? ## new ## - ## Thủ tướng nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022? ## Phạm Minh Chính ## 001
con PTT Vu Duc Dam co du ko ## substitution ## accentless,abbrev ## Phó Thủ tướng Vũ Đức Đam có dự Hội nghị tổng kết ngành Ngoại giao năm 2022 không? ## refuse:not_in_corpus ## -
Phó Thủ tướng nào làm việc với Bộ Ngoại giao cuối tháng 1 về công tác đối ngoại năm 2023? ## new ## - ## Phó Thủ tướng nào làm việc với Bộ Ngoại giao cuối tháng 1 về triển khai công tác đối ngoại năm 2023? ## Trần Lưu Quang ## 002
ông ấy chủ trì hội nghị tổng kết 2024 phải k ## pronoun ## premise ## Phó Thủ tướng Trần Lưu Quang có phải đã chủ trì Hội nghị tổng kết ngành Ngoại giao năm 2024 không? ## refuse:false_premise ## -
vay ai chu tri ## ellipsis ## accentless,telegraphic ## Ai chủ trì Hội nghị tổng kết ngành Ngoại giao năm 2024? ## refuse:not_reported ## -

=== Chỉ thị 25, báo cáo sơ kết 2019, Phạm Bình Minh
Chỉ thị 25 của Ban Bí thư là về vấn đề gì? ## new ## - ## Chỉ thị 25 của Ban Bí thư là về vấn đề gì? ## nâng tầm đối ngoại đa phương ## 003
bao cao do la cua hoi nghi nao ## pronoun ## accentless ## Báo cáo nhắc tới Chỉ thị 25 là báo cáo về hội nghị nào? ## 2019 && sơ kết ## 003
ai phat bieu chi dao ## ellipsis ## accentless,telegraphic ## Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ## Phạm Bình Minh ## 003
ổng giữ những chức gì lúc đó ## pronoun ## - ## Ông Phạm Bình Minh giữ những chức vụ gì vào thời điểm Hội nghị sơ kết 6 tháng đầu năm 2019? ## Phó Thủ tướng && Bộ trưởng Ngoại giao && Ủy viên Bộ Chính trị ## 003
sao ong ay lai vang mat o hoi nghi do ## pronoun ## accentless,premise ## Vì sao ông Phạm Bình Minh vắng mặt tại Hội nghị sơ kết 6 tháng đầu năm 2019? ## refuse:false_premise ## -

=== tổng kết 2022: đánh giá của Bộ trưởng, kim ngạch; 2024 và 2019 không nêu; đổi sang Nghị quyết 18
BT Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao tại hội nghị tổng kết? ## new ## abbrev ## Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 ra sao tại Hội nghị tổng kết năm 2022? ## cục diện đối ngoại thuận lợi | phân định | 700 tỷ USD ## 001
kim ngach xnk dat bn ## ellipsis ## accentless,abbrev,telegraphic ## Kim ngạch xuất nhập khẩu năm 2022 đạt bao nhiêu theo báo cáo Hội nghị tổng kết năm 2022? ## 700 tỷ USD ## 001
con nam 2024 ## substitution ## accentless,telegraphic ## Kim ngạch xuất nhập khẩu năm 2024 đạt bao nhiêu theo báo cáo Hội nghị tổng kết năm 2024? ## refuse:not_reported ## -
the 6 thang dau 2019 thi sao ## substitution ## accentless ## Kim ngạch xuất nhập khẩu 6 tháng đầu năm 2019 đạt bao nhiêu theo báo cáo Hội nghị sơ kết năm 2019? ## refuse:not_reported ## -
Nghị quyết 18 được nhắc ở báo cáo nào, liên quan việc gì? ## new ## - ## Nghị quyết 18 được nhắc tới trong báo cáo nào và liên quan đến việc gì? ## năm 2024 && tinh gọn tổ chức bộ máy ## 004

=== sơ kết 2023: xây dựng ngành; 2019; đổi sang tác giả bài 2022
Về xây dựng ngành, hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ra sao? ## new ## - ## Về công tác xây dựng ngành, Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ra sao? ## đi vào nề nếp | quản trị tài vụ ## 000
the BT chi dao gi ve mang nay ## pronoun ## accentless,abbrev,paraphrase ## Về công tác xây dựng ngành, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2023? ## thi đua khen thưởng | chế độ chính sách | chuyên nghiệp, hiện đại ## 000
còn PTT Phạm Bình Minh hồi 2019 thì chỉ đạo sao ## substitution ## abbrev ## Về công tác xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019? ## tuyển dụng, đào tạo cán bộ | bảo vệ chính trị nội bộ | kỷ cương, kỷ luật ## 003
hoi nghi do ngay may ## pronoun ## accentless,telegraphic ## Hội nghị sơ kết 6 tháng đầu năm 2019 diễn ra ngày nào? ## 22/7 | 22/07/2019 ## 003
Bài về hội nghị tổng kết ngoại giao 2022 có điểm cầu Cao Bằng do ai viết? ## new ## - ## Bài viết về Hội nghị tổng kết ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng do ai viết? ## Vi Trường ## 001

=== tổng kết 2024: tiếp nhận chức năng, hoãn (sai), điểm cầu; đổi sang Hội nghị Ngoại giao 31
Theo chỉ đạo ở HN tổng kết 2024, BNG tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào? ## new ## abbrev ## Theo chỉ đạo tại Hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào? ## Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội ## 004
viec do dc noi o hoi ngi nao, ngay nao ## pronoun ## accentless,abbrev,typo ## Việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội được nêu tại hội nghị nào, ngày nào? ## 6/1 && năm 2024 ## 004
hoi nghi do bi hoan may lan ## pronoun ## accentless,premise ## Hội nghị tổng kết ngành Ngoại giao năm 2024 bị hoãn mấy lần? ## refuse:false_premise ## -
bn diem cau ## ellipsis ## accentless,abbrev,telegraphic ## Hội nghị tổng kết ngành Ngoại giao năm 2024 có bao nhiêu điểm cầu? ## refuse:not_reported ## -
Hội nghị Ngoại giao lần thứ 31 được nhắc tới ở báo cáo hội nghị nào? ## new ## - ## Hội nghị Ngoại giao lần thứ 31 được nhắc tới trong báo cáo về hội nghị nào? ## tổng kết && năm 2022 ## 001

=== sơ kết 2023 -> 2019: quan hệ đối tác; tổng kết 2018 không có; đổi sang 63 tỉnh
so ket 6 thang dau nam 2023 danh gia quan he voi cac doi tac the nao ## new ## accentless ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá quan hệ với các đối tác thế nào? ## nhiều bước phát triển mới | đi vào chiều sâu ## 000
ho tro dia phuong doanh nghiep thi sao ## substitution ## accentless ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá hoạt động ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp thế nào? ## kết nối đối tác | mở rộng thị trường ## 000
the con nam 2019, quan he voi cac doi tac duoc danh gia sao ## substitution ## accentless ## Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá quan hệ với các đối tác thế nào? ## chiều sâu, hiệu quả, thiết thực | Brunei | cân bằng linh hoạt ## 003
hồi đó có nhắc hội nghị tổng kết 2018, hội nghị đó ai chủ trì? ## pronoun ## near-miss ## Ai chủ trì Hội nghị tổng kết công tác năm 2018 của Bộ Ngoại giao? ## refuse:not_in_corpus ## -
Hội nghị tổng kết ngành ngoại giao năm 2022 được kết nối với bao nhiêu tỉnh thành? ## new ## - ## Hội nghị tổng kết ngành Ngoại giao năm 2022 được kết nối với điểm cầu bao nhiêu tỉnh, thành phố? ## 63 tỉnh, thành phố | 63 ## 001

=== PTT Quang đánh giá, Hội nghị đối ngoại toàn quốc; so với tổng kết 2022; nguồn
PTT Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao? ## new ## abbrev ## Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì ở ngành Ngoại giao? ## thành tựu to lớn | đối tác chiến lược ## 002
ông ấy nhắc đến chỉ đạo của ai tại hội nghị đối ngoại toàn quốc ## pronoun ## - ## Phó Thủ tướng Trần Lưu Quang nhắc đến chỉ đạo của ai tại Hội nghị đối ngoại toàn quốc? ## Nguyễn Phú Trọng ## 002
hn do nam nao ## pronoun ## accentless,abbrev,telegraphic ## Hội nghị đối ngoại toàn quốc mà Phó Thủ tướng Trần Lưu Quang nhắc tới diễn ra năm nào? ## năm 2021 ## 002
còn BT Sơn ở HN tổng kết 2022 có nhắc TBT không ## substitution ## abbrev ## Bộ trưởng Bùi Thanh Sơn có nhắc tới Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị tổng kết ngành Ngoại giao năm 2022 không? ## Nguyễn Phú Trọng && lần thứ 31 | nhìn lại một năm ## 001
nguon nao vay ## request ## accentless,telegraphic ## Thông tin Bộ trưởng Bùi Thanh Sơn nhắc tới Tổng Bí thư tại Hội nghị tổng kết năm 2022 lấy từ báo cáo nào? ## ngành Ngoại giao năm 2022 | Vi Trường ## 001

=== tổng kết 2024: tổ chức bộ máy, xây dựng Đảng, nguồn lực, tóm tắt; Bộ trưởng không được nhắc
tk 2024 TTg chi dao gi ve to chuc bo may ## new ## accentless,abbrev,telegraphic ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng chỉ đạo gì về tổ chức bộ máy? ## tinh gọn tổ chức bộ máy && Ban Đối ngoại Trung ương | Nghị quyết 18 ## 004
con xay dung Dang ## substitution ## accentless,telegraphic ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng chỉ đạo gì về xây dựng Đảng? ## sức chiến đấu | trong sạch, vững mạnh ## 004
ve nguon luc thi sao ## substitution ## accentless ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2024, Thủ tướng chỉ đạo gì về huy động nguồn lực? ## nguồn lực có tính đột phá | thu hút các nguồn lực mới ## 004
tóm tắt lại mấy ý TTg chỉ đạo ## request ## abbrev ## Tóm tắt các ý chỉ đạo của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết ngành Ngoại giao năm 2024. ## Nghị quyết 18 | hoạt động đối ngoại cấp cao | nâng cấp, nâng tầm quan hệ && vừa hồng, vừa chuyên | tinh gọn tổ chức bộ máy | kỷ nguyên vươn mình ## 004
Bộ trưởng Ngoại giao có phát biểu gì tại hội nghị tổng kết ngành ngoại giao năm 2024 không? ## new ## - ## Bộ trưởng Ngoại giao có phát biểu gì tại Hội nghị tổng kết ngành Ngoại giao năm 2024 không? ## refuse:not_reported ## -

=== sơ kết 2023: người kết luận, biểu dương, nguồn; sơ kết 2022 không có; đổi sang LHQ 2019
Ai kết luận hội nghị sơ kết công tác 6 tháng đầu năm 2023 của BNG? ## new ## abbrev ## Ai kết luận Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao? ## Bùi Thanh Sơn ## 000
ong ay bieu duong ai ## pronoun ## accentless ## Bộ trưởng Bùi Thanh Sơn biểu dương ai khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023? ## nỗ lực không mệt mỏi | công chức, viên chức ## 000
tin nay cua hang nao dua ## request ## accentless ## Tin về Hội nghị sơ kết 6 tháng đầu năm 2023 do hãng thông tấn, báo nào đưa? ## TTXVN ## 000
còn sơ kết 2022? ## substitution ## telegraphic,near-miss ## Ai kết luận Hội nghị sơ kết 6 tháng đầu năm 2022 của Bộ Ngoại giao? ## refuse:not_in_corpus ## -
Năm 2019 VN trúng cử vị trí gì ở Liên Hợp Quốc? ## new ## abbrev ## Năm 2019 Việt Nam trúng cử vị trí gì ở Liên Hợp Quốc? ## Ủy viên không thường trực ## 003
""")

# ---------------------------------------------------------------- part 3
DATA_PARTS.append(r"""
=== tiếng Anh: ba nhiệm vụ (PTT Quang) -> nhiệm vụ bao trùm 2024; báo nào đăng
What three tasks did Deputy PM Tran Luu Quang set for the foreign ministry? ## new ## english,abbrev ## Phó Thủ tướng Trần Lưu Quang nêu ba nhiệm vụ nào đối với Bộ Ngoại giao? ## nhiệm vụ trọng yếu && nhiệm vụ trung tâm && nhiệm vụ quan trọng ## 002
and the PM's overarching task in 2024? ## substitution ## english,abbrev ## Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm của công tác đối ngoại tại Hội nghị tổng kết năm 2024 là gì? ## kỷ nguyên vươn mình | tạo lập, giữ vững ## 004
bao cao do dang tren bao nao ## pronoun ## accentless ## Báo cáo về Hội nghị tổng kết ngành Ngoại giao năm 2024 đăng trên báo nào? ## Quảng Trị | baoquangtri ## 004
tieu de bai la gi ## ellipsis ## accentless,telegraphic ## Bài trên báo Quảng Trị về Hội nghị tổng kết ngành Ngoại giao năm 2024 có tiêu đề là gì? ## Tạo bước tiến đột phá ## 004

=== Bộ trưởng Sơn về sự tham dự của Thủ tướng 2022; đổi mới; tiền đề sai
BT Sơn nói gì về việc Thủ tướng dự hội nghị tổng kết ngoại giao 2022? ## new ## abbrev ## Bộ trưởng Bùi Thanh Sơn nói gì về sự tham dự của Thủ tướng tại Hội nghị tổng kết ngành Ngoại giao năm 2022? ## đặc biệt và sâu sát | nguồn cổ vũ, động viên ## 001
noi ro hon di ## request ## accentless,telegraphic ## Nói rõ hơn ý của Bộ trưởng Bùi Thanh Sơn về sự tham dự của Thủ tướng tại Hội nghị tổng kết năm 2022. ## tâm thế và khí thế mới | giai đoạn phát triển mới | đặc biệt và sâu sát ## 001
ông ấy khẳng định ngành cần đổi mới thế nào ## pronoun ## - ## Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn khẳng định ngành Ngoại giao cần đổi mới thế nào? ## đổi mới mạnh mẽ tư duy | trong sạch, vững mạnh, toàn diện ## 001
con luc lam viec voi PTT Tran Luu Quang ## substitution ## accentless,abbrev ## Tại buổi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nêu Bộ Ngoại giao cần đổi mới thế nào? ## tư duy và hành động && lề lối làm việc | chuyên nghiệp, hiện đại ## 002
sao ông ấy bị PTT phê bình ## pronoun ## abbrev,premise ## Vì sao Bộ trưởng Bùi Thanh Sơn bị Phó Thủ tướng Trần Lưu Quang phê bình? ## refuse:false_premise ## -

=== sơ kết 2019: ngày, nơi và số người (không nêu); 2023; đổi sang xử lý tình huống 2024
Hội nghị sơ kết giữa năm 2019 của BNG họp hôm nào? ## new ## abbrev,paraphrase ## Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao họp ngày nào? ## 22/7 | 22/07/2019 ## 003
hn do to chuc o dau vay ## pronoun ## accentless,abbrev ## Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao tổ chức ở đâu? ## refuse:not_reported ## -
co bao nhieu nguoi du ## ellipsis ## accentless ## Có bao nhiêu người dự Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ## refuse:not_reported ## -
con so ket 2023 thi hop ngay nao ## substitution ## accentless ## Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao họp ngày nào? ## 5/7 ## 000
Ở hội nghị tổng kết 2024, Thủ tướng nói ngành ngoại giao cần xử lý tình huống thế nào? ## new ## - ## Tại Hội nghị tổng kết năm 2024, Thủ tướng nói ngành Ngoại giao cần xử lý các tình huống đối ngoại thế nào? ## tình huống đối ngoại phức tạp | mang tính tổng thể, dài hơi ## 004

=== tiếng Anh: sơ kết 2023; Thủ tướng không dự (tiền đề sai)
When was the MFA mid-year review conference in 2023 held? ## new ## english,abbrev ## Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao diễn ra ngày nào? ## 5/7 ## 000
who attended? ## ellipsis ## english,telegraphic ## Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ## Bùi Thanh Sơn ## 000
quote the minister's closing remarks verbatim pls ## request ## english,abbrev ## Trích nguyên văn phần kết luận của Bộ trưởng Bùi Thanh Sơn tại Hội nghị sơ kết 6 tháng đầu năm 2023. ## nỗ lực không mệt mỏi | nghiên cứu, dự báo, tham mưu ## 000
TTg phat bieu gi o do ## pronoun ## accentless,abbrev,premise ## Thủ tướng phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ## refuse:false_premise ## -

=== thượng đỉnh Mỹ - Triều, EVFTA; năm ký sai
What did the 2019 mid-year review say about the US-North Korea summit? ## new ## english ## Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nói gì về Hội nghị thượng đỉnh Mỹ - Triều? ## tổ chức thành công && lần 2 | tín nhiệm ## 003
dieu do cho thay gi ## pronoun ## accentless ## Việc Việt Nam tổ chức thành công Hội nghị thượng đỉnh Mỹ - Triều lần 2 và trúng cử Ủy viên không thường trực HĐBA LHQ cho thấy điều gì? ## tín nhiệm ## 003
bao cao nay cua hoi nghi nao, ngay nao ## pronoun ## accentless ## Báo cáo nói về Hội nghị thượng đỉnh Mỹ - Triều là báo cáo về hội nghị nào, diễn ra ngày nào? ## sơ kết && 22/7 | 22/07/2019 ## 003
co nhac hiep dinh thuong mai voi EU ko ## ellipsis ## accentless,abbrev ## Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 có nhắc tới hiệp định thương mại tự do với EU không? ## EVFTA ## 003
hiệp định đó ký từ năm 2018 đúng ko ## pronoun ## abbrev,premise ## Hiệp định EVFTA có phải đã được ký từ năm 2018 không? ## refuse:false_premise ## -

=== các hội nghị Thủ tướng Phạm Minh Chính dự; tổng kết 2023 không có
Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành ngoại giao nào? ## new ## - ## Thủ tướng Phạm Minh Chính dự những hội nghị tổng kết ngành Ngoại giao nào? ## năm 2022 && năm 2024 ## 001,004
lan nao co hon 700 dai bieu ## ellipsis ## accentless ## Trong các hội nghị tổng kết ngành Ngoại giao mà Thủ tướng Phạm Minh Chính dự, lần nào có hơn 700 đại biểu? ## năm 2022 | 10/1 ## 001
the lan do ong ay yeu cau may nhiem vu trong tam ## pronoun ## accentless ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính yêu cầu thực hiện mấy nhiệm vụ trọng tâm? ## 6 nhiệm vụ trọng tâm ## 001
thế HN tổng kết 2023 ông ấy có dự không ## pronoun ## abbrev,near-miss ## Thủ tướng Phạm Minh Chính có dự Hội nghị tổng kết ngành Ngoại giao năm 2023 không? ## refuse:not_in_corpus ## -

=== sơ kết 2023: đa phương, chủ quyền, bảo hộ công dân, tóm tắt
HN sơ kết 6 tháng đầu 2023 đánh giá ngoại giao đa phương ra sao? ## new ## abbrev ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá ngoại giao đa phương ra sao? ## với ngoại giao song phương ## 000
còn bảo vệ chủ quyền? ## substitution ## telegraphic ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá vai trò của ngoại giao trong bảo vệ chủ quyền ra sao? ## biện pháp hòa bình ## 000
bao ho cong dan thi sao ## substitution ## accentless ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác bảo hộ công dân ra sao? ## đổi mới trong cách thức ## 000
tom tat toan bo danh gia 6 thang dau nam do ## request ## accentless ## Tóm tắt toàn bộ đánh giá công tác đối ngoại 6 tháng đầu năm 2023 tại Hội nghị sơ kết. ## chủ động, thích ứng, sáng tạo | một điểm sáng && ngoại giao kinh tế ## 000

=== PTT Quang: ai dự, năm; đổi sang Đại hội XII (2019), rồi 2023
buoi lam viec cua pho thu tuong tran luu quang voi bo ngoai giao co nhung ai tham du ## new ## accentless ## Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao có những ai tham dự? ## Bùi Thanh Sơn && Văn phòng Chính phủ ## 002
ban ve cong tac nam nao ## ellipsis ## accentless,telegraphic ## Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về triển khai công tác đối ngoại năm nào? ## năm 2023 ## 002
PTT nhac toi duong loi doi ngoai cua dai hoi nao ## ellipsis ## accentless,abbrev ## Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nhắc tới đường lối đối ngoại của Đại hội nào? ## Đại hội XIII ## 002
Hội nghị sơ kết 2019 nhắc tới đường lối, nhiệm vụ đối ngoại của Đại hội nào? ## new ## - ## Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019 nhắc tới việc thực hiện đường lối, nhiệm vụ đối ngoại của Đại hội nào? ## Đại hội XII ## 003
con so ket 2023? ## substitution ## accentless,telegraphic ## Báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023 nhắc tới đường lối đối ngoại của Đại hội nào? ## Đại hội XIII ## 000

=== tổng kết 2022: ngoại giao kinh tế -> 2024; nhóm tăng trưởng cao; tiền đề sai
thu tuong noi gi ve ngoai giao kinh te o hn tong ket 2022 ## new ## accentless,abbrev ## Thủ tướng nói gì về ngoại giao kinh tế tại Hội nghị tổng kết năm 2022? ## mở rộng thị trường xuất khẩu | chuỗi giá trị gia tăng | chuỗi cung ứng toàn cầu ## 001
con nam 2024 thi sao nhi ## substitution ## accentless ## Báo cáo Hội nghị tổng kết năm 2024 nói gì về ngoại giao kinh tế dưới sự chỉ đạo của Thủ tướng? ## chíp bán dẫn | chuyển đổi xanh | trí tuệ nhân tạo ## 004
VN dc xep vao nhom nc nao ## ellipsis ## accentless,abbrev ## Năm 2024 Việt Nam được duy trì trong nhóm nước nào? ## tăng trưởng cao ## 004
sao nam do tang truong am vay ## pronoun ## accentless,premise ## Vì sao năm 2024 kinh tế Việt Nam tăng trưởng âm? ## refuse:false_premise ## -

=== tổng kết 2022 (ai dự) rồi câu mới về sơ kết 2023
Hội nghị tổng kết ngành ngoại giao năm 2022 có những ai tham dự? ## new ## - ## Hội nghị tổng kết ngành Ngoại giao năm 2022 có những ai tham dự? ## Phạm Minh Chính && 700 đại biểu ## 001
Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào? ## new ## - ## Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá tình hình thế giới và khu vực thế nào? ## diễn biến nhanh, phức tạp | tác động sâu sắc ## 000
dien ra ngay nao ## ellipsis ## accentless,telegraphic ## Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra ngày nào? ## 5/7 ## 000
lúc đó BT đề nghị gì về thông tin đối ngoại ## pronoun ## abbrev ## Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại? ## phương thức truyền thông mới ## 000

=== đánh giá công tác đối ngoại qua các năm: 2024, 2022, 2023; 2018 không có
Báo cáo tổng kết 2024 nói công tác đối ngoại năm 2024 được triển khai thế nào? ## new ## - ## Báo cáo Hội nghị tổng kết năm 2024 nói công tác đối ngoại năm 2024 được triển khai thế nào? ## sáng tạo và hiệu quả | cục diện đối ngoại rộng mở ## 004
trich nguyen van ## request ## accentless,telegraphic ## Trích nguyên văn đoạn đánh giá công tác đối ngoại năm 2024 trong báo cáo Hội nghị tổng kết năm 2024. ## sáng tạo và hiệu quả && rộng mở ## 004
nam 2022 thi sao ## substitution ## accentless ## Công tác đối ngoại năm 2022 được đánh giá thế nào tại Hội nghị tổng kết năm 2022? ## cục diện đối ngoại thuận lợi | đồng bộ, sáng tạo, hiệu quả ## 001
con 6 thang dau 2023 ## substitution ## accentless,telegraphic ## Công tác đối ngoại 6 tháng đầu năm 2023 được đánh giá thế nào tại Hội nghị sơ kết? ## chủ động, thích ứng, sáng tạo ## 000
2018? ## substitution ## telegraphic,near-miss ## Công tác đối ngoại năm 2018 được đánh giá thế nào tại Hội nghị tổng kết năm 2018? ## refuse:not_in_corpus ## -

=== Bộ trưởng Ngoại giao 2019 và 2023; ủy viên; tiền đề sai
Ai là Bộ trưởng Ngoại giao được nhắc tới trong báo cáo sơ kết năm 2019? ## new ## - ## Ai là Bộ trưởng Ngoại giao được nhắc tới trong báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019? ## Phạm Bình Minh ## 003
con nam 2023 ## substitution ## accentless,telegraphic ## Ai là Bộ trưởng Ngoại giao được nhắc tới trong báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023? ## Bùi Thanh Sơn ## 000
ong ay la uy vien gi ## pronoun ## accentless ## Ông Bùi Thanh Sơn là ủy viên của cơ quan nào? ## Ủy viên Trung ương Đảng ## 000
thế còn TTg Chính ## substitution ## abbrev,telegraphic ## Thủ tướng Phạm Minh Chính là ủy viên của cơ quan nào? ## Ủy viên Bộ Chính trị ## 001
vì sao ông ấy bỏ về giữa chừng ở HN tổng kết 2022 ## pronoun ## abbrev,premise ## Vì sao Thủ tướng Phạm Minh Chính bỏ về giữa chừng tại Hội nghị tổng kết ngành Ngoại giao năm 2022? ## refuse:false_premise ## -

=== điểm cầu Cao Bằng 2022; bà Nguyễn Bích Ngọc; đổi sang Hội nghị Ngoại giao 30
Ở điểm cầu Cao Bằng có những sở, đơn vị nào dự hội nghị tổng kết ngoại giao 2022? ## new ## - ## Tại điểm cầu Cao Bằng, những sở, đơn vị nào dự Hội nghị tổng kết ngành Ngoại giao năm 2022? ## Bộ đội Biên phòng | Ban Quản lý Khu kinh tế && Kế hoạch và Đầu tư | Công thương ## 001
ai dan dau ## ellipsis ## accentless,telegraphic ## Lãnh đạo tỉnh nào dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng? ## Nguyễn Bích Ngọc ## 001
ba ay co chuc gi trong tinh uy ## pronoun ## accentless ## Bà Nguyễn Bích Ngọc giữ chức gì trong Tỉnh ủy Cao Bằng? ## Ban Thường vụ Tỉnh ủy ## 001
bà ấy phát biểu tham luận nội dung gì ## pronoun ## premise ## Bà Nguyễn Bích Ngọc phát biểu tham luận nội dung gì tại Hội nghị tổng kết ngành Ngoại giao năm 2022? ## refuse:false_premise ## -
Hội nghị Ngoại giao 30 được nhắc trong báo cáo nào? ## new ## - ## Hội nghị Ngoại giao 30 được nhắc tới trong báo cáo về hội nghị nào? ## sơ kết && 2019 ## 003
""")

# ---------------------------------------------------------------- part 4
DATA_PARTS.append(r"""
=== tóm tắt tổng kết 2024; đổi sang 'cây tre Việt Nam' 2022 (tiếng Anh)
tóm tắt giúp mình hội nghị tổng kết ngoại giao năm 2024 ## new ## - ## Tóm tắt Hội nghị tổng kết ngành Ngoại giao năm 2024. ## 6/1 && Phạm Minh Chính && kỷ nguyên vươn mình | nhiệm vụ bao trùm | Nghị quyết 18 ## 004
shorter pls, 2 sentences ## request ## english,telegraphic ## Tóm tắt ngắn gọn hơn, trong 2 câu, về Hội nghị tổng kết ngành Ngoại giao năm 2024. ## Phạm Minh Chính && nhiệm vụ bao trùm | kỷ nguyên vươn mình | 2025 ## 004
hn do o dia phuong co ai du ## pronoun ## accentless,abbrev ## Ai dự Hội nghị tổng kết ngành Ngoại giao năm 2024 tại điểm cầu địa phương? ## Hoàng Nam ## 004
what did the PM say about 'cây tre Việt Nam' at the 2022 review? ## new ## english ## Thủ tướng nói gì về bản sắc “cây tre Việt Nam” tại Hội nghị tổng kết ngành Ngoại giao năm 2022? ## gốc vững | dĩ bất biến, ứng vạn biến ## 001
which report is that from? ## request ## english ## Thông tin về bản sắc “cây tre Việt Nam” lấy từ báo cáo nào? ## ngành Ngoại giao năm 2022 | Vi Trường ## 001

=== sơ kết 2019; 2020, 2021 không có; đổi sang lĩnh vực 2024
Có báo cáo về hội nghị sơ kết 6 tháng đầu năm 2019 không, ai chỉ đạo? ## new ## - ## Có báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2019 không, ai phát biểu chỉ đạo? ## Phạm Bình Minh ## 003
còn sơ kết 2020? ## substitution ## telegraphic,near-miss ## Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao? ## refuse:not_in_corpus ## -
2021 thi sao ## substitution ## accentless,telegraphic,near-miss ## Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao? ## refuse:not_in_corpus ## -
Năm 2024 công tác đối ngoại có bước phát triển mới trong những lĩnh vực nào? ## new ## - ## Năm 2024 công tác đối ngoại đạt nhiều bước phát triển mới trong những lĩnh vực nào? ## song phương và đa phương | ngoại giao chính trị ## 004

=== tham mưu: 2023 -> 2019; ba điểm cần lưu tâm; các nước lớn
BT Sơn yêu cầu các đơn vị làm tốt hơn công tác gì ở hội nghị sơ kết giữa năm 2023? ## new ## abbrev,paraphrase ## Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn công tác gì? ## nghiên cứu, dự báo, tham mưu ## 000
hồi 2019 PTT Minh thì yêu cầu gì về tham mưu ## substitution ## abbrev ## Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác tham mưu? ## nhạy cảm trong tham mưu ## 003
trich nguyen van may diem can luu tam ## request ## accentless ## Trích nguyên văn các điểm cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019. ## đánh giá sâu hơn nữa && tăng cường sự phối hợp && gắn công tác với nhu cầu ## 003
ong ay noi quan he voi cac nuoc lon the nao ## pronoun ## accentless ## Phó Thủ tướng Phạm Bình Minh nói gì về quan hệ với các nước lớn tại Hội nghị sơ kết 6 tháng đầu năm 2019? ## cân bằng linh hoạt ## 003

=== điểm sáng 2024 và 2023; báo cáo nào; ai dự
Năm 2024 Việt Nam được đánh giá là điểm sáng về lĩnh vực gì? ## new ## - ## Năm 2024 Việt Nam được đánh giá là điểm sáng về lĩnh vực gì? ## thu hút đầu tư nước ngoài ## 004
bao cao nao noi vay ## request ## accentless ## Thông tin Việt Nam là điểm sáng về thương mại và thu hút đầu tư năm 2024 lấy từ báo cáo nào? ## Tạo bước tiến đột phá | baoquangtri | Hoài Nhung ## 004
còn sơ kết 2023 thì đối ngoại là điểm sáng trong cái gì ## substitution ## - ## Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại là một điểm sáng trong điều gì? ## thành tựu chung của cả nước ## 000
hoi nghi do nhung ai du ## pronoun ## accentless ## Những ai tham dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ## Bùi Thanh Sơn && đại diện các đơn vị | các Lãnh đạo Bộ Ngoại giao ## 000

=== PTT Quang: trọng tâm đổi mới, ai nói câu; thời lượng (không nêu), APEC (sai); đổi sang 'dám nghĩ, dám làm'
Khi làm việc với PTT Trần Lưu Quang, BT Bùi Thanh Sơn nói trọng tâm đổi mới của BNG là gì? ## new ## abbrev ## Khi làm việc với Phó Thủ tướng Trần Lưu Quang, Bộ trưởng Bùi Thanh Sơn nói trọng tâm đổi mới của Bộ Ngoại giao là gì? ## xây dựng, phát triển ngành && tinh thần phục vụ ## 002
ai nói câu 'phục vụ phát triển đất nước là nhiệm vụ trung tâm'? ## request ## - ## Trong buổi làm việc giữa Phó Thủ tướng Trần Lưu Quang và Bộ Ngoại giao, ai nói phục vụ phát triển đất nước là nhiệm vụ trung tâm? ## Trần Lưu Quang && Bùi Thanh Sơn ## 002
buoi lam viec keo dai bao lau ## ellipsis ## accentless ## Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu? ## refuse:not_reported ## -
PTT giao BNG chuẩn bị cho APEC thế nào ## ellipsis ## abbrev,premise ## Phó Thủ tướng Trần Lưu Quang giao Bộ Ngoại giao chuẩn bị cho APEC thế nào? ## refuse:false_premise ## -
Thủ tướng nói ngành ngoại giao cần 'dám nghĩ, dám làm' ở hội nghị nào? ## new ## - ## Thủ tướng nói ngành Ngoại giao cần “dám nghĩ, dám làm” tại hội nghị nào? ## tổng kết && năm 2022 ## 001

=== nhiệm vụ 2025; đổi sang sơ kết 2019: tham mưu, ngoại vụ địa phương, Đảng
Mục tiêu năm 2025 của BNG nói gì về nắm bắt tình hình? ## new ## abbrev,paraphrase ## Trong mục tiêu, nhiệm vụ năm 2025, Bộ Ngoại giao xác định phải nắm bắt tình hình thế nào? ## phát hiện các vấn đề mới | nhận diện chính xác thời cơ ## 004
noi ro hon ## request ## accentless,telegraphic ## Nói rõ hơn về mục tiêu, nhiệm vụ năm 2025 mà Bộ Ngoại giao xác định. ## thế chủ động chiến lược | ngoại giao Nhà nước ## 004
Trong 6 tháng đầu năm 2019, BNG đã làm tốt công tác gì cho lãnh đạo cấp cao? ## new ## abbrev ## Trong 6 tháng đầu năm 2019, Bộ Ngoại giao đã làm tốt công tác gì cho Lãnh đạo cấp cao của Đảng và Nhà nước? ## đề xuất chính sách | đề án, báo cáo lớn ## 003
cong tac ngoai vu dia phuong thi sao ## substitution ## accentless ## Trong 6 tháng đầu năm 2019, công tác ngoại vụ địa phương được đánh giá thế nào? ## doanh nghiệp và người dân ## 003
con cong tac Dang, doan the ## substitution ## accentless,telegraphic ## Trong 6 tháng đầu năm 2019, công tác Đảng, đoàn thể của Bộ Ngoại giao được đánh giá thế nào? ## hiệu quả, thực chất ## 003

=== sáng hay chiều: 2022, 2024, 2023 (không nêu), PTT Quang
Báo cáo nào nói về hội nghị trực tuyến kết nối 63 tỉnh thành? ## new ## - ## Báo cáo nào nói về hội nghị trực tuyến được kết nối với 63 tỉnh, thành phố? ## năm 2022 ## 001
sáng hay chiều ## ellipsis ## telegraphic ## Hội nghị tổng kết ngành Ngoại giao năm 2022 diễn ra buổi sáng hay buổi chiều? ## sáng && 10/1 ## 001
còn HN tổng kết 2024? ## substitution ## abbrev,telegraphic ## Hội nghị tổng kết ngành Ngoại giao năm 2024 diễn ra buổi sáng hay buổi chiều? ## sáng && 6/1 ## 004
so ket 2023 sang hay chiu ## substitution ## accentless,typo ## Hội nghị sơ kết 6 tháng đầu năm 2023 diễn ra buổi sáng hay buổi chiều? ## refuse:not_reported ## -
con buoi lam viec cua PTT Quang ## substitution ## accentless,abbrev ## Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra buổi sáng hay buổi chiều? ## chiều && 31-1 ## 002

=== sơ kết 2019: người chỉ đạo; PTT khác từ tin ngoài lề (sai); đổi sang tổng kết 2022
Ai phát biểu chỉ đạo tại hội nghị sơ kết 2019 của BNG? ## new ## abbrev ## Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ## Phạm Bình Minh ## 003
thế còn PTT Lê Minh Khái, ông ấy nói gì ở hội nghị đó ## substitution ## abbrev,near-miss,premise ## Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ## refuse:false_premise ## -
PTT Tran Hong Ha thi sao ## substitution ## accentless,abbrev,near-miss,premise ## Phó Thủ tướng Trần Hồng Hà phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ## refuse:false_premise ## -
Tại HN tổng kết 2022, BT Sơn nói ngành ngoại giao đã phối hợp xử lý những vấn đề gì? ## new ## abbrev ## Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đã phối hợp xử lý những vấn đề gì? ## dân chủ, nhân quyền, tôn giáo | biên giới lãnh thổ ## 001

=== Bộ trưởng Sơn chủ trì năm nào; Cao Bằng; buổi làm việc; 2019 là Phạm Bình Minh
Bộ trưởng Bùi Thanh Sơn chủ trì hội nghị tổng kết ngành ngoại giao năm nào? ## new ## - ## Bộ trưởng Bùi Thanh Sơn chủ trì Hội nghị tổng kết ngành Ngoại giao năm nào? ## năm 2022 | 10/1 ## 001
ông ấy có dự buổi làm việc với PTT Trần Lưu Quang không ## pronoun ## abbrev ## Bộ trưởng Bùi Thanh Sơn có dự buổi làm việc với Phó Thủ tướng Trần Lưu Quang không? ## 31-1 | nhiệm vụ đối ngoại năm 2022 ## 002
còn sơ kết 2019 ông ấy có dự không ## substitution ## near-miss ## Ở Hội nghị sơ kết 6 tháng đầu năm 2019, Bộ trưởng Ngoại giao có phải là ông Bùi Thanh Sơn không, hay là ai? ## Phạm Bình Minh ## 003
quay lai HN tong ket ma ong ay chu tri, o diem cau Cao Bang ai du ## pronoun ## accentless,abbrev ## Tại Hội nghị tổng kết ngành Ngoại giao năm 2022, ai dự ở điểm cầu Cao Bằng? ## Nguyễn Bích Ngọc ## 001

=== khen thưởng: sơ kết 2023; kỷ luật (sai); 2024 (không nêu)
Hội nghị nào của BNG có trao khen thưởng cho tập thể, cá nhân xuất sắc? ## new ## abbrev ## Hội nghị nào của Bộ Ngoại giao có trao khen thưởng cho tập thể, cá nhân có thành tích xuất sắc? ## sơ kết && 2023 ## 000
ai trao ## ellipsis ## accentless,telegraphic ## Ai trao khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023? ## Bùi Thanh Sơn ## 000
vì sao một số cá nhân bị kỷ luật ở hội nghị đó ## pronoun ## premise ## Vì sao một số cá nhân bị kỷ luật tại Hội nghị sơ kết 6 tháng đầu năm 2023? ## refuse:false_premise ## -
con HN tong ket 2024 co khen thuong ko ## substitution ## accentless,abbrev ## Hội nghị tổng kết ngành Ngoại giao năm 2024 có trao khen thưởng không? ## refuse:not_reported ## -

=== Hoàng Nam -> hội nghị 2024: Thủ tướng chỉ đạo; đa phương; so với PTT Quang
Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào? ## new ## - ## Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị nào? ## tổng kết && năm 2024 | 6/1 ## 004
hn do ai chi dao ## pronoun ## accentless,abbrev,telegraphic ## Ai dự và chỉ đạo Hội nghị tổng kết ngành Ngoại giao năm 2024? ## Phạm Minh Chính ## 004
ong ay noi phai tao da cho dat nuoc lam gi ## pronoun ## accentless ## Thủ tướng Phạm Minh Chính nói công tác đối ngoại cần góp phần tạo đà cho đất nước làm gì? ## tăng tốc, bứt phá | kỷ nguyên vươn mình ## 004
về đa phương thì ông ấy yêu cầu gì ## pronoun ## - ## Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính yêu cầu gì về đối ngoại đa phương? ## vị thế và uy tín | cơ chế đa phương quan trọng ## 004
thế còn PTT Quang thì sao, ổng nói gì về đa phương ## substitution ## abbrev ## Phó Thủ tướng Trần Lưu Quang nói gì về vai trò của Việt Nam tại các diễn đàn, cơ chế đa phương? ## tham gia hiệu quả ## 002

=== tổng kết 2022: tinh thần phục vụ, ứng xử, ai nói câu; đổi sang văn hóa 2019
thu tuog noi nganh ngoai giao can bam sat tinh than gi o hn tong ket 2022 ## new ## accentless,abbrev,typo ## Thủ tướng nói ngành Ngoại giao cần bám sát tinh thần gì tại Hội nghị tổng kết năm 2022? ## người dân, doanh nghiệp, địa phương ## 001
con ve ung xu ngoai giao ## substitution ## accentless,telegraphic ## Thủ tướng nói gì về ứng xử ngoại giao tại Hội nghị tổng kết năm 2022? ## bản lĩnh và linh hoạt | dĩ bất biến, ứng vạn biến ## 001
cau 'di bat bien ung van bien' la ai noi ## request ## accentless ## Ai nói câu “dĩ bất biến, ứng vạn biến” tại Hội nghị tổng kết năm 2022? ## Phạm Minh Chính ## 001
ong ay noi thoi gian toi nganh can the nao ## pronoun ## accentless ## Thủ tướng Phạm Minh Chính nói thời gian tới ngành Ngoại giao cần thế nào? ## quyết tâm cao hơn | khơi dậy tâm huyết ## 001
Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại giao văn hóa ra sao? ## new ## - ## Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác ngoại giao văn hóa ra sao? ## tiếp tục được quan tâm ## 003
""")


def parse():
    convs = []
    cur = None
    for part in DATA_PARTS:
        for raw in part.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("==="):
                cur = []
                convs.append(cur)
                continue
            fields = [f.strip() for f in line.split(" ## ")]
            if len(fields) != 6:
                sys.exit("bad turn line (%d fields): %s" % (len(fields), line))
            if cur is None:
                sys.exit("turn before first ===: " + line)
            cur.append(fields)
    return convs


def main():
    reports = {}
    for path in sorted(glob.glob(os.path.join(GIVEN, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            reports[os.path.basename(path)[:3]] = norm(fh.read())
    convs = parse()
    errors = []
    rows = []
    for ci, conv in enumerate(convs, 1):
        cid = "c%02d" % ci
        for ti, (q, kind, tags, read_as, facts, src) in enumerate(conv, 1):
            where = "%s turn %d" % (cid, ti)
            for f in (q, kind, tags, read_as, facts):
                if "\t" in f or '"' in f:
                    errors.append(where + ": tab or double quote in a field")
            if facts.startswith("refuse:"):
                if src != "-":
                    errors.append(where + ": refuse turn with src " + src)
            else:
                srcs = [s.strip() for s in src.split(",")]
                if any(s not in reports for s in srcs):
                    errors.append(where + ": unknown src " + src)
                    continue
                for group in facts.split(" && "):
                    for alt in group.split(" | "):
                        alt = alt.strip()
                        if not alt:
                            errors.append(where + ": empty fact")
                        elif not any(found(alt, reports[s]) for s in srcs):
                            errors.append("%s: fact %r not in %s" % (where, alt, src))
                        elif all(found(alt, t) for t in reports.values()):
                            errors.append("%s: fact %r is in every report" % (where, alt))
            rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(HEADER + rows) + "\n")
    print("wrote %s: %d conversations, %d turns" % (OUT, len(convs), len(rows)))


if __name__ == "__main__":
    main()
