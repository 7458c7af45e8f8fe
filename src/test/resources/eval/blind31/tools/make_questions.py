#!/usr/bin/env python3
"""Write questions.tsv from the accented question list below.
Rows marked 'a' are converted to accentless text (NFD minus combining marks, đ→d) and tagged accentless."""
import os, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = {'R0': '000_47e75d3c86d27e21.txt', 'R1': '001_8430b1541a21d71d.txt', 'R2': '002_0e1cf19fdeddcf6d.txt',
     'R3': '003_60cdc4bfe3deff94.txt', 'R4': '004_771f5d769968830d.txt', 'R5': '005_lanh_su_2023.html',
     'R6': '006_truong_cqdd_chau_phi_tay_a.docx', 'R7': '007_ngoai_giao_van_hoa_hue.pdf',
     'R8': '008_so_ket_6_thang_2022.md', 'R9': '009_bc_bien_gioi_viet_lao_2024.txt',
     'R10': '010_go_bang_hop_bao_nvnonn_2024.txt'}
HEADER = '''# Blind evaluation set 31 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts'''

def strip_accents(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))

# mode ~ question ~ form ~ tags ~ reports ~ facts     (mode: a = make accentless, v = keep as written)
ROWS = r'''
# ---------------- presided
a ~ Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022? ~ presided ~ - ~ R1 ~ Bùi Thanh Sơn
v ~ TTg có chủ trì HN tổng kết ngành NG năm 2022 không? ~ presided ~ abbrev,premise,confusable ~ R1 ~ Bùi Thanh Sơn
a ~ Ai kết luận và chủ trì hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao? ~ presided ~ - ~ R0 ~ Bùi Thanh Sơn
a ~ hội nghị tổng kết công tác lãnh sự 2023 ai chủ trì ~ presided ~ telegraphic ~ R5 ~ Trịnh Minh Khuê
v ~ Hội nghị lãnh sự năm 2023 có phải do Cục trưởng Đặng Quốc Huy chủ trì không? ~ presided ~ premise,confusable ~ R5 ~ Trịnh Minh Khuê
v ~ Who chaired the 3rd conference of heads of Vietnamese missions in Africa and West Asia? ~ presided ~ english ~ R6 ~ Phan Văn Đức
v ~ HN Trưởng CQĐD châu Phi – Tây Á lần 3 do BT Bùi Thanh Sơn chủ trì phải không? ~ presided ~ abbrev,premise,confusable ~ R6 ~ Phan Văn Đức
v ~ Hội nghị Ngoại giao văn hóa năm 2023 ở Huế do những ai đồng chủ trì? ~ presided ~ - ~ R7 ~ Lê Thị Ánh Nguyệt && Võ Đình Khải
a ~ ai chu tri hn so ket 6 thang dau nam 2022 cua BNG ~ presided ~ abbrev,telegraphic,confusable ~ R8 ~ Bùi Thanh Sơn
v ~ Who presided over the foreign ministry's mid-year review in July 2022? ~ presided ~ english,confusable ~ R8 ~ Bùi Thanh Sơn
v ~ Hội nghị tổng kết biên giới đất liền Việt – Lào 2024: ai chủ trì, ai đồng chủ trì? ~ presided ~ confusable ~ R9 ~ Nguyễn Đức Thuận && Hoàng Nam
a ~ hội nghị biên giới ở Đông Hà tháng 10/2024 ai chủ trì ~ presided ~ telegraphic ~ R9 ~ Nguyễn Đức Thuận
v ~ Chủ tọa buổi họp báo giới thiệu Hội nghị kiều bào toàn cầu lần thứ 4 là ai? ~ presided ~ paraphrase ~ R10 ~ Lưu Thanh Hà
v ~ Who moderated the 12 August 2024 press briefing on the overseas Vietnamese conference? ~ presided ~ english ~ R10 ~ Lưu Thanh Hà
a ~ Buổi làm việc chiều 31/1 tại trụ sở Bộ Ngoại giao do Phó Thủ tướng nào chủ trì? ~ presided ~ - ~ R2 ~ Trần Lưu Quang
a ~ ai chủ trỉ hội ngị tổng kết ngoại giao năm 2022 ~ presided ~ typo,telegraphic ~ R1 ~ Bùi Thanh Sơn
# ---------------- attended
a ~ Ai dự hội nghị tổng kết ngành NG 2022 tại điểm cầu Cao Bằng? ~ attended ~ abbrev ~ R1 ~ Nguyễn Bích Ngọc
v ~ Which provincial leader joined the 2022 year-end diplomatic review from Cao Bằng? ~ attended ~ english ~ R1 ~ Nguyễn Bích Ngọc
v ~ Ở điểm cầu Quảng Trị, lãnh đạo tỉnh nào dự hội nghị tổng kết công tác ngoại giao năm 2024? ~ attended ~ confusable ~ R4 ~ Hoàng Nam
a ~ Thủ tướng Phạm Minh Chính đã dự những hội nghị tổng kết công tác ngành ngoại giao nào? ~ attended ~ - ~ R1,R4 ~ năm 2022 && năm 2024
v ~ Những ai tham dự buổi làm việc của PTT Trần Lưu Quang với BNG? ~ attended ~ abbrev ~ R2 ~ Bùi Thanh Sơn && Văn phòng Chính phủ
a ~ Những cơ quan ngoài Bộ Ngoại giao nào dự Hội nghị tổng kết công tác lãnh sự 2023? ~ attended ~ - ~ R5 ~ Cục Quản lý xuất nhập cảnh && Bộ Tư pháp && Sở Ngoại vụ Thành phố Hồ Chí Minh
v ~ Did Minister Bùi Thanh Sơn attend the Cairo heads-of-mission conference in person? ~ attended ~ english,premise ~ R6 ~ trực tuyến
v ~ Bà Elena Rossi dự hội nghị nào, ở đâu? ~ attended ~ - ~ R7 ~ Ngoại giao văn hóa && Huế
a ~ Đại sứ Lào dự hội nghị biên giới Việt – Lào 2024 với tư cách gì? ~ attended ~ - ~ R9 ~ khách mời
v ~ Những ai ngồi trả lời phóng viên tại họp báo về HN NVNONN lần 4? ~ attended ~ abbrev ~ R10 ~ Lê Thị Ánh Nguyệt && Đặng Quốc Huy
a ~ Trịnh Minh Khuê có mặt ở hội nghị sơ kết 6 tháng đầu năm 2022 không, với vai trò gì? ~ attended ~ confusable ~ R8 ~ Trợ lý Bộ trưởng && trình bày báo cáo sơ kết
v ~ Thành phần dự hội nghị sơ kết 6 tháng đầu năm 2023 gồm những ai? ~ attended ~ - ~ R0 ~ Bùi Thanh Sơn && các Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị
v ~ Thứ trưởng Bộ VHTTDL nào dự Hội nghị Ngoại giao văn hóa ở Huế? ~ attended ~ abbrev ~ R7 ~ Đinh Thị Mai Hương
a ~ vu truong vu tay a chau phi co du hn truong cqdd o cairo ko ~ attended ~ abbrev,telegraphic ~ R6 ~ Hà Thị Quỳnh Mai
v ~ Những bộ nào cử đại diện dự hội nghị biên giới Việt Nam – Lào ở Đông Hà? ~ attended ~ - ~ R9 ~ Bộ Công an && Bộ Công Thương && Bộ Giao thông vận tải && Bộ Tư lệnh Bộ đội Biên phòng
a ~ Hội nghị tổng kết 2022 có những ai thuộc các bộ ngành Trung ương tham dự? ~ attended ~ paraphrase ~ R1 ~ lãnh đạo các bộ, ban, ngành Trung ương && cán bộ ngoại giao
# ---------------- spoke
a ~ Ai phát biểu chỉ đạo tại hội nghị tổng kết công tác ngành ngoại giao năm 2022? ~ spoke ~ - ~ R1 ~ Phạm Minh Chính
v ~ Ai phát biểu kết luận hội nghị sơ kết 6 tháng đầu năm 2023? ~ spoke ~ - ~ R0 ~ Bùi Thanh Sơn
a ~ ai phat bieu chi dao hn so ket 6 thang 2019 cua BNG ~ spoke ~ abbrev,telegraphic,confusable ~ R3 ~ Phạm Bình Minh
a ~ Ai kết luận hội nghị tổng kết ngành ngoại giao năm 2024? ~ spoke ~ - ~ R4 ~ Phạm Minh Chính
v ~ Ai trình bày báo cáo tổng kết tại Hội nghị công tác lãnh sự năm 2023? ~ spoke ~ - ~ R5 ~ Đặng Quốc Huy
v ~ Who gave the welcoming remarks at the Cairo conference of heads of missions? ~ spoke ~ english ~ R6 ~ Ngô Thị Hồng Vân
a ~ Tại hội nghị Cairo, Đại sứ tại Nigeria phát biểu về vấn đề gì? ~ spoke ~ - ~ R6 ~ Lương Quốc Thịnh && xuất khẩu gạo
v ~ Đại sứ Việt Nam tại Campuchia báo cáo gì tại hội nghị lãnh sự? ~ spoke ~ - ~ R5 ~ Lê Quang Vinh && 37 đợt
a ~ Tổng Lãnh sự tại Osaka chia sẻ kinh nghiệm gì? ~ spoke ~ - ~ R5 ~ Vũ Thị Hải Yến && thực tập sinh && Zalo
v ~ Ai phát biểu khai mạc Hội nghị Ngoại giao văn hóa năm 2023? ~ spoke ~ - ~ R7 ~ Lê Thị Ánh Nguyệt
a ~ PCT tỉnh TT Huế phát biểu và đề xuất gì ở HN ngoại giao văn hóa? ~ spoke ~ abbrev ~ R7 ~ Võ Đình Khải && hai năm một lần
v ~ Tham luận về ngoại giao kinh tế tại HN sơ kết 6 tháng đầu 2022 do ai trình bày? ~ spoke ~ confusable ~ R8 ~ Lưu Thanh Hà
v ~ Ai báo cáo Phó Thủ tướng Trần Lưu Quang kết quả đối ngoại năm 2022? ~ spoke ~ - ~ R2 ~ Bùi Thanh Sơn
v ~ Who answered the Reuters question about Lebanon, and what did they say? ~ spoke ~ english ~ R10 ~ Lưu Thanh Hà && 110 công dân
a ~ Ông Đặng Quốc Huy trả lời câu hỏi của phóng viên những cơ quan báo chí nào? ~ spoke ~ - ~ R10 ~ Thông tấn xã Việt Nam && Thanh Niên
a ~ PCT UBND Quảng Trị cam kết gì tại hội nghị biên giới Việt – Lào? ~ spoke ~ abbrev ~ R9 ~ Hoàng Nam && Lao Bảo && quý II/2025
v ~ Thứ trưởng Thường trực nói gì về công tác cán bộ ở hội nghị sơ kết giữa năm 2022? ~ spoke ~ paraphrase ~ R8 ~ Vũ Hoàng Anh && 48 công chức
# ---------------- who-said
v ~ Ai nói phương châm "dĩ bất biến, ứng vạn biến" tại hội nghị tổng kết ngành ngoại giao 2022? ~ who-said ~ - ~ R1 ~ Phạm Minh Chính
a ~ "Bảo hộ công dân không có giờ hành chính" là câu của ai? ~ who-said ~ - ~ R5 ~ Trịnh Minh Khuê
v ~ Ai nhận định năm 2023 là năm công tác bảo hộ công dân chịu áp lực lớn nhất? ~ who-said ~ - ~ R5 ~ Đặng Quốc Huy
a ~ Ai nói "Châu Phi – Tây Á không phải là thị trường xa"? ~ who-said ~ - ~ R6 ~ Bùi Thanh Sơn
a ~ câu "khoảng cách địa lý không thể là lý do để chúng ta đến chậm" của ai ~ who-said ~ telegraphic ~ R6 ~ Phan Văn Đức
v ~ Who said that culture is soft power and Vietnam's most durable national brand? ~ who-said ~ english,paraphrase ~ R7 ~ Lê Thị Ánh Nguyệt
v ~ Ai nói Huế mong muốn trở thành điểm hẹn thường niên của ngoại giao văn hóa? ~ who-said ~ - ~ R7 ~ Võ Đình Khải
v ~ Ai nói "Ngoại giao phải đi trước một bước, vừa mở đường, vừa giữ nhịp"? ~ who-said ~ confusable ~ R8 ~ Bùi Thanh Sơn
a ~ "Chúng ta không được phép chậm hơn doanh nghiệp" là câu của ai, ở hội nghị nào? ~ who-said ~ - ~ R8 ~ Bùi Thanh Sơn && 6 tháng đầu năm 2022
a ~ Ai nói biên giới hòa bình phải được vun đắp hằng ngày bằng từng cột mốc? ~ who-said ~ - ~ R9 ~ Nguyễn Đức Thuận
v ~ "Tiếng Việt còn thì cội nguồn còn" – ai nói? ~ who-said ~ - ~ R10 ~ Lê Thị Ánh Nguyệt
v ~ Ai nói thủ tục quốc tịch phải theo hướng người dân không phải đi lại nhiều lần? ~ who-said ~ - ~ R10 ~ Lê Thị Ánh Nguyệt
a ~ Ai yêu cầu ngành ngoại giao bảo vệ Tổ quốc "từ sớm", "từ xa"? ~ who-said ~ - ~ R1 ~ Phạm Minh Chính
a ~ Ai nói gạo Việt Nam đã có mặt trên bàn ăn của hơn 200 triệu người Tây Phi? ~ who-said ~ - ~ R6 ~ Lương Quốc Thịnh
v ~ Ai nhấn mạnh Bộ Ngoại giao cần nhạy cảm trong tham mưu, xử lý tình huống? ~ who-said ~ - ~ R3 ~ Phạm Bình Minh
v ~ At the 2022 review, who vowed to build a truly clean, strong, comprehensive, modern and professional diplomatic service? ~ who-said ~ english,paraphrase ~ R1 ~ Bùi Thanh Sơn
# ---------------- said-by
a ~ Phó Thủ tướng Trần Lưu Quang nói gì về nhiệm vụ trung tâm của ngoại giao? ~ said-by ~ - ~ R2 ~ phục vụ phát triển đất nước
a ~ Thứ trưởng Trịnh Minh Khuê nói gì về bảo hộ công dân? ~ said-by ~ - ~ R5 ~ không có giờ hành chính | sự hiện diện kịp thời
v ~ BT Bùi Thanh Sơn phát biểu gì tại hội nghị Trưởng CQĐD châu Phi – Tây Á? ~ said-by ~ abbrev ~ R6 ~ không gian phát triển mới
v ~ What did Elena Rossi say was the biggest challenge for heritage? ~ said-by ~ english ~ R7 ~ phát triển du lịch && bảo tồn
v ~ Thủ tướng nói gì về bản sắc "cây tre Việt Nam" ở hội nghị tổng kết 2022? ~ said-by ~ - ~ R1 ~ gốc vững
a ~ Phó Thủ tướng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành năm 2019? ~ said-by ~ - ~ R3 ~ tuyển dụng && kỷ cương, kỷ luật
a ~ Thứ trưởng Nguyễn Đức Thuận nói gì khi kết luận hội nghị biên giới? ~ said-by ~ - ~ R9 ~ vun đắp hằng ngày
v ~ Ông Đặng Quốc Huy nói gì về người gốc Việt ở Campuchia? ~ said-by ~ - ~ R10 ~ 180.000 && 3.500
a ~ Bà Đỗ Thị Minh Nguyệt kiến nghị gì ở hội nghị Cairo? ~ said-by ~ confusable ~ R6 ~ lao động giúp việc gia đình
v ~ Thủ tướng nhấn mạnh nhiệm vụ bao trùm của đối ngoại và ngoại giao năm 2025 là gì? ~ said-by ~ - ~ R4 ~ vai trò tiên phong && kỷ nguyên vươn mình
a ~ Bà Lưu Thanh Hà đề xuất gì tại hội nghị sơ kết 2022? ~ said-by ~ confusable ~ R8 ~ bản đồ nhu cầu
v ~ Thứ trưởng Đinh Thị Mai Hương đề nghị gì? ~ said-by ~ - ~ R7 ~ số hóa di sản && 3.000 hiện vật
# ---------------- when
a ~ Hội nghị sơ kết công tác 6 tháng đầu năm 2023 diễn ra ngày nào? ~ when ~ - ~ R0 ~ 5/7
a ~ HN tổng kết ngành NG năm 2022 tổ chức hôm nào? ~ when ~ abbrev ~ R1 ~ 10/1
v ~ PTT Trần Lưu Quang làm việc với BNG khi nào? ~ when ~ abbrev ~ R2 ~ 31-1
v ~ Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào? ~ when ~ - ~ R3 ~ 22/7 | 22/07/2019
v ~ When was the review conference for diplomatic work in 2024 held? ~ when ~ english ~ R4 ~ 6/1
a ~ Hội nghị tổng kết công tác lãnh sự năm 2023 tổ chức ngày nào? ~ when ~ confusable ~ R5 ~ 15/1
v ~ HN Trưởng CQĐD khu vực châu Phi – Tây Á lần thứ 3 diễn ra bao giờ? ~ when ~ abbrev ~ R6 ~ tháng 6 năm 2024
a ~ Hội nghị Ngoại giao văn hóa ở Huế tổ chức ngày nào? ~ when ~ - ~ R7 ~ 8 tháng 11 năm 2023
a ~ hn so ket 6 thang dau nam 2022 ngay may ~ when ~ abbrev,telegraphic,confusable ~ R8 ~ 15/7/2022 | 2022-07-15
v ~ Hội nghị biên giới Việt – Lào họp ngày nào và báo cáo kết quả ký ngày nào? ~ when ~ confusable ~ R9 ~ tháng 10 năm 2024 && 04 tháng 11 năm 2024
v ~ Họp báo giới thiệu HN NVNONN toàn cầu lần thứ 4 diễn ra lúc nào? ~ when ~ abbrev ~ R10 ~ 12 tháng 8 năm 2024
v ~ When will the 4th global conference of overseas Vietnamese take place? ~ when ~ english ~ R10 ~ 24 và 25 tháng 8 năm 2024
a ~ Hội nghị người Việt Nam ở nước ngoài toàn cầu lần thứ 3 tổ chức năm nào? ~ when ~ near-miss ~ R10 ~ năm 2019
a ~ mô hình một cửa một lần dừng ở Lao Bảo chạy thử từ khi nào ~ when ~ telegraphic ~ R9 ~ tháng 7/2024
v ~ Hội nghị tổng kết ngành ngoại giao năm 2024 diễn ra buổi sáng hay chiều, ngày nào? ~ when ~ - ~ R4 ~ Sáng nay 6/1
a ~ Bài về hội nghị lãnh sự được đăng lúc mấy giờ, ngày nào? ~ when ~ - ~ R5 ~ 10:45 && 16/01/2024
v ~ Báo cáo số 412/BC-BNG được ban hành ngày nào? ~ when ~ abbrev ~ R9 ~ 04 tháng 11 năm 2024
v ~ Bài đăng về HN sơ kết 2019 xuất bản thứ mấy, mấy giờ? ~ when ~ abbrev ~ R3 ~ Thứ hai && 19:00
# ---------------- where
a ~ Hội nghị tổng kết công tác lãnh sự 2023 tổ chức ở đâu? ~ where ~ - ~ R5 ~ Trụ sở Bộ Ngoại giao
v ~ Where was the 3rd Africa – West Asia heads of mission conference held? ~ where ~ english ~ R6 ~ Cairo
a ~ Hội nghị Ngoại giao văn hóa 2023 tổ chức ở địa điểm nào? ~ where ~ - ~ R7 ~ Cung An Định
v ~ HN sơ kết 6 tháng đầu năm 2022 họp ở đâu? ~ where ~ abbrev ~ R8 ~ Tôn Thất Đàm | Trụ sở Bộ Ngoại giao
a ~ Hội nghị tổng kết biên giới đất liền Việt – Lào 2024 diễn ra ở thành phố nào? ~ where ~ - ~ R9 ~ Đông Hà
a ~ Buổi họp báo ngày 12/8/2024 diễn ra ở đâu? ~ where ~ - ~ R10 ~ Trung tâm Báo chí Quốc tế | Lê Phụng Hiểu
v ~ HN NVNONN toàn cầu lần 4 sẽ họp ở đâu? ~ where ~ abbrev,telegraphic ~ R10 ~ Trung tâm Hội nghị Quốc gia
v ~ Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu? ~ where ~ - ~ R2 ~ Trụ sở Bộ Ngoại giao
a ~ Phó Chủ tịch UBND tỉnh Hoàng Nam dự hội nghị tổng kết 2024 ở điểm cầu nào? ~ where ~ confusable ~ R4 ~ Quảng Trị
v ~ Đồng chí Nguyễn Bích Ngọc dự hội nghị tổng kết 2022 ở điểm cầu nào? ~ where ~ - ~ R1 ~ Cao Bằng
a ~ Đại sứ Lê Quang Vinh phát biểu trực tuyến từ đâu? ~ where ~ - ~ R5 ~ Phnom Penh
v ~ Tuần lễ áo dài của Đại sứ quán tại Pháp tổ chức ở đâu? ~ where ~ - ~ R7 ~ Paris
v ~ Where did the cultural diplomacy delegates watch the royal court music performance? ~ where ~ english ~ R7 ~ Đại Nội Huế
a ~ Theo báo cáo sơ kết 2022, Hội nghị Cấp cao ASEAN 40 và 41 tổ chức ở đâu? ~ where ~ confusable ~ R8 ~ Phnom Penh
# ---------------- how-many
a ~ Bao nhiêu đại biểu dự hội nghị tổng kết ngành ngoại giao năm 2022? ~ how-many ~ - ~ R1 ~ hơn 700 đại biểu
a ~ hn tong ket 2022 ket noi bao nhieu tinh thanh ~ how-many ~ telegraphic,abbrev ~ R1 ~ 63 tỉnh
v ~ Năm 2022 kim ngạch xuất nhập khẩu vượt mốc bao nhiêu? ~ how-many ~ confusable ~ R1 ~ 700 tỷ USD
v ~ VN trúng cử Ủy viên không thường trực HĐBA LHQ với bao nhiêu phiếu? ~ how-many ~ abbrev ~ R3 ~ 192/193
v ~ Giữa năm 2019 Việt Nam có tổng cộng bao nhiêu đối tác chiến lược và toàn diện? ~ how-many ~ - ~ R3 ~ 30 quốc gia
v ~ How many citizen-protection cases were handled in 2023? ~ how-many ~ english ~ R5 ~ 7.600
a ~ Bao nhiêu công dân bị lừa sang Campuchia, Myanmar được hỗ trợ về nước năm 2023? ~ how-many ~ - ~ R5 ~ 1.250
a ~ CQĐD cấp bao nhiêu thị thực năm 2023? ~ how-many ~ abbrev ~ R5 ~ 312.000
v ~ Bao nhiêu tập thể và cá nhân được trao Bằng khen ở hội nghị lãnh sự? ~ how-many ~ - ~ R5 ~ 12 tập thể && 25 cá nhân
a ~ Kim ngạch thương mại Việt Nam với khu vực châu Phi – Tây Á năm 2023 là bao nhiêu? ~ how-many ~ - ~ R6 ~ 18,6 tỷ USD | 18.600
a ~ vung vinh bao nhieu vu bao ho 2023 ~ how-many ~ telegraphic ~ R6 ~ 326
v ~ Có khoảng bao nhiêu lao động Việt Nam làm việc tại Saudi Arabia? ~ how-many ~ - ~ R6 ~ 12.000
a ~ Sau hai năm có bao nhiêu hoạt động ngoại giao văn hóa, tại bao nhiêu quốc gia? ~ how-many ~ - ~ R7 ~ 412 && 68 quốc gia
v ~ Khu vực châu Âu có bao nhiêu hoạt động ngoại giao văn hóa? ~ how-many ~ - ~ R7 ~ 121
v ~ Năm 2023 Huế đón bao nhiêu lượt khách quốc tế? ~ how-many ~ - ~ R7 ~ 1,1 triệu
a ~ 6 tháng đầu năm 2022 ngành ngoại giao tổ chức bao nhiêu hoạt động đối ngoại cấp cao? ~ how-many ~ confusable ~ R8 ~ 42
v ~ Số vụ việc bảo hộ công dân trong 6 tháng đầu 2022 là bao nhiêu? ~ how-many ~ confusable ~ R8 ~ 4.870
a ~ Đường biên giới Việt Nam – Lào dài bao nhiêu km? ~ how-many ~ - ~ R9 ~ 2.337 km
v ~ Năm 2024 kiểm tra bao nhiêu cột mốc, sửa chữa bao nhiêu mốc? ~ how-many ~ - ~ R9 ~ 214 && 37
a ~ bao nhiêu vụ vi phạm quy chế biên giới Việt Lào bị xử lý năm 2024 ~ how-many ~ telegraphic ~ R9 ~ 126
v ~ How many delegates, and how many overseas Vietnamese, are expected at the 4th conference? ~ how-many ~ english ~ R10 ~ 1.000 && 600
v ~ Kiều hối gửi về Việt Nam năm 2023 đạt bao nhiêu? ~ how-many ~ - ~ R10 ~ 16 tỷ USD
a ~ Ủy ban Nhà nước đã tổng hợp bao nhiêu ý kiến kiến nghị của kiều bào? ~ how-many ~ - ~ R10 ~ 2.400
a ~ Hội nghị biên giới Việt – Lào có tổng số bao nhiêu đại biểu? ~ how-many ~ - ~ R9 ~ 136 đại biểu
v ~ Cả năm 2022 có bao nhiêu vụ việc bảo hộ công dân theo bảng số liệu của Cục Lãnh sự? ~ how-many ~ confusable ~ R5 ~ 6.450
v ~ How many Vietnamese citizens live in Lebanon according to the spokesperson? ~ how-many ~ english ~ R10 ~ 110
# ---------------- list
v ~ Những huyện nào của Cao Bằng dự hội nghị tổng kết 2022 qua điểm cầu? ~ list ~ - ~ R1 ~ Quảng Hòa && Thạch An && Hà Quảng && Trùng Khánh && Bảo Lạc && Bảo Lâm && Hạ Lang
a ~ Ba điểm cần lưu tâm mà PTT Phạm Bình Minh nêu năm 2019 là gì? ~ list ~ abbrev ~ R3 ~ nghiên cứu, đánh giá sâu hơn && tăng cường sự phối hợp && nhạy bén hơn nữa
a ~ Bốn nhiệm vụ công tác lãnh sự năm 2024 là gì? ~ list ~ - ~ R5 ~ hộ chiếu gắn chíp && Quỹ Bảo hộ công dân && việc nhẹ lương cao && số hóa
v ~ Thứ trưởng Phan Văn Đức giao 5 nhóm nhiệm vụ nào cho các CQĐD? ~ list ~ abbrev ~ R6 ~ chiều sâu && ngoại giao kinh tế && thỏa thuận về lao động && ứng cử && 30.000 người
v ~ Các kiến nghị trong báo cáo hội nghị Trưởng CQĐD châu Phi – Tây Á? ~ list ~ abbrev ~ R6 ~ Ghana và Kenya && giúp việc gia đình && 2025–2030
v ~ What three orientations for 2024–2025 were set at the cultural diplomacy conference? ~ list ~ english ~ R7 ~ ngoại giao kinh tế && Yên Tử && tiếng Việt
a ~ Nhiệm vụ 6 tháng cuối năm 2022 Bộ trưởng giao là gì? ~ list ~ - ~ R8 ~ ASEAN && Hội đồng Nhân quyền && bảo hộ công dân && tổng kết công tác năm 2022
a ~ Phương hướng công tác biên giới Việt – Lào năm 2025 gồm những gì? ~ list ~ - ~ R9 ~ mốc giới && Cha Lo && di cư tự do && 5 năm
v ~ Báo cáo 412/BC-BNG nêu những tồn tại, hạn chế nào? ~ list ~ abbrev ~ R9 ~ núi cao && cửa khẩu phụ && kết hôn không giá thú
v ~ 10 tỉnh có chung đường biên giới với Lào là những tỉnh nào? ~ list ~ - ~ R9 ~ Điện Biên && Sơn La && Thanh Hóa && Nghệ An && Hà Tĩnh && Quảng Bình && Quảng Trị && Thừa Thiên Huế && Quảng Nam && Kon Tum
a ~ Diễn đàn Trí thức và Doanh nhân kiều bào có những phiên chuyên đề nào? ~ list ~ - ~ R10 ~ bán dẫn && chuyển đổi số && nông nghiệp công nghệ cao
v ~ Những cơ quan báo chí nào đặt câu hỏi tại họp báo 12/8/2024? ~ list ~ - ~ R10 ~ Tuổi Trẻ && Thông tấn xã Việt Nam && Reuters && Đài Tiếng nói Việt Nam && Thanh Niên
a ~ Ông Đặng Quốc Huy xuất hiện ở những sự kiện nào năm 2024? ~ list ~ confusable ~ R5,R6,R10 ~ công tác lãnh sự && Tây Á && toàn cầu lần thứ 4
v ~ Ngoại giao kinh tế năm 2024 chuyển biến mạnh trong những lĩnh vực nào? ~ list ~ - ~ R4 ~ chuyển đổi xanh && chíp bán dẫn && trí tuệ nhân tạo
a ~ Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của những cơ quan nào? ~ list ~ - ~ R4 ~ Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội
v ~ Nửa đầu năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào? ~ list ~ - ~ R3 ~ Brunei && Hà Lan
a ~ Sơ kết 6 tháng đầu 2023 nêu những mảng công tác nào được triển khai hiệu quả, đổi mới cách làm? ~ list ~ paraphrase ~ R0 ~ bảo hộ công dân && văn hóa đối ngoại && thông tin đối ngoại
# ---------------- which-report
v ~ Báo cáo nào nói Việt Nam trúng cử HĐBA LHQ với 192/193 phiếu? ~ which-report ~ abbrev ~ R3 ~ 6 tháng đầu năm 2019
v ~ Tài liệu nào có bảng số liệu theo địa bàn Bắc Phi, Tây Phi, vùng Vịnh? ~ which-report ~ - ~ R6 ~ châu Phi – Tây Á && lần thứ 3
a ~ Bài nào nói về triển lãm "Sắc màu di sản"? ~ which-report ~ - ~ R7 ~ Ngoại giao văn hóa năm 2023
a ~ Báo cáo nào nhắc tới việc tổng kết Nghị quyết 18 và tinh gọn bộ máy? ~ which-report ~ - ~ R4 ~ năm 2024
v ~ Bài nào nhắc tới Hội nghị Ngoại giao lần thứ 31? ~ which-report ~ - ~ R1 ~ năm 2022
v ~ In which document does a Reuters reporter ask about Lebanon? ~ which-report ~ english ~ R10 ~ họp báo | bản gỡ băng
a ~ văn bản số 412/BC-BNG nói về hội nghị gì ~ which-report ~ abbrev,telegraphic ~ R9 ~ biên giới đất liền Việt Nam – Lào
v ~ Báo cáo nào nói về chuyển hướng từ "ngoại giao vắc-xin" sang phục hồi kinh tế? ~ which-report ~ - ~ R8 ~ 6 tháng đầu năm 2022
a ~ Bài nào có đề nghị mở Thương vụ tại Ghana và Kenya? ~ which-report ~ - ~ R6 ~ lần thứ 3
v ~ Những báo cáo nào có Phó Chủ tịch UBND tỉnh Hoàng Nam? ~ which-report ~ confusable ~ R4,R9 ~ Quảng Trị && Việt Nam – Lào && năm 2024
a ~ Những bài nào viết về hội nghị sơ kết 6 tháng đầu năm của Bộ Ngoại giao? ~ which-report ~ confusable ~ R0,R3,R8 ~ 6 tháng đầu năm 2023 && 6 tháng đầu năm 2019 && 6 tháng đầu năm 2022
v ~ Which reports mention Deputy Prime Minister Trần Lưu Quang? ~ which-report ~ english,confusable ~ R2,R9 ~ 31-1 && 412/BC-BNG
v ~ Bài nào nói về Mạng lưới chuyên gia người Việt Nam ở nước ngoài? ~ which-report ~ - ~ R10 ~ toàn cầu lần thứ 4
a ~ Báo cáo nào nhắc Chỉ thị 25 của Ban Bí thư về đối ngoại đa phương? ~ which-report ~ - ~ R3 ~ 2019
v ~ Những bài nào yêu cầu xây dựng đội ngũ cán bộ "vừa hồng, vừa chuyên"? ~ which-report ~ confusable ~ R3,R4 ~ 2019 && năm 2024
a ~ Bài nào có bình luận của độc giả về hộ chiếu gắn chíp? ~ which-report ~ paraphrase ~ R5 ~ công tác lãnh sự năm 2023
# ---------------- summary
v ~ Tóm tắt hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao. ~ summary ~ - ~ R0 ~ Bùi Thanh Sơn && 5/7 && chủ động, thích ứng, sáng tạo
v ~ Tóm tắt hội nghị tổng kết ngành ngoại giao năm 2022. ~ summary ~ - ~ R1 ~ Phạm Minh Chính && hơn 700 đại biểu && 6 nhiệm vụ trọng tâm
a ~ Tóm tắt buổi làm việc của PTT Trần Lưu Quang với BNG. ~ summary ~ abbrev ~ R2 ~ 31-1 && Bùi Thanh Sơn && nhiệm vụ trung tâm
v ~ Summarize the foreign ministry's 2019 mid-year review conference. ~ summary ~ english ~ R3 ~ Phạm Bình Minh && 192/193 && nhạy cảm
a ~ Tóm tắt hội nghị tổng kết công tác ngoại giao năm 2024. ~ summary ~ - ~ R4 ~ Phạm Minh Chính && kỷ nguyên vươn mình && Nghị quyết 18
v ~ Cho tôi nội dung chính của hội nghị lãnh sự năm 2023. ~ summary ~ paraphrase ~ R5 ~ Trịnh Minh Khuê && 7.600 && hộ chiếu gắn chíp
a ~ tóm tắt HN Trưởng CQĐD châu Phi Tây Á lần 3 ~ summary ~ abbrev,telegraphic ~ R6 ~ Phan Văn Đức && Cairo && 18,6 tỷ USD
v ~ Tóm tắt Hội nghị Ngoại giao văn hóa năm 2023. ~ summary ~ - ~ R7 ~ Huế && 412 && Lê Thị Ánh Nguyệt
v ~ Tóm tắt hội nghị sơ kết 6 tháng đầu năm 2022. ~ summary ~ confusable ~ R8 ~ 15/7/2022 && 42 && Ngoại giao phải đi trước một bước
v ~ Tóm tắt báo cáo 412/BC-BNG. ~ summary ~ abbrev ~ R9 ~ Đông Hà && 214 && Cha Lo
a ~ Tóm tắt buổi họp báo về Hội nghị người Việt Nam ở nước ngoài toàn cầu lần 4. ~ summary ~ - ~ R10 ~ 24 và 25 tháng 8 && 1.000 đại biểu && Luật Quốc tịch
v ~ Give me a short summary of the Vietnam – Laos land border review report. ~ summary ~ english ~ R9 ~ Nguyễn Đức Thuận && 2.337 km && Lao Bảo
a ~ Tóm tắt ý kiến chỉ đạo của Thủ tướng tại hội nghị tổng kết 2022. ~ summary ~ - ~ R1 ~ cây tre Việt Nam && dĩ bất biến, ứng vạn biến && 6 nhiệm vụ trọng tâm
v ~ Tóm tắt kiến nghị của kiều bào về quốc tịch được nêu ở họp báo. ~ summary ~ - ~ R10 ~ 2.400 && một phần ba && Luật Quốc tịch
# ---------------- compare
a ~ So sánh người chỉ đạo hội nghị sơ kết 6 tháng năm 2019 và năm 2023. ~ compare ~ confusable ~ R3,R0 ~ Phạm Bình Minh && Bùi Thanh Sơn
v ~ Hội nghị tổng kết 2022 và Hội nghị NVNONN lần 4, cuộc nào đông đại biểu hơn? ~ compare ~ abbrev ~ R1,R10 ~ hơn 700 đại biểu && 1.000 đại biểu
a ~ Hội nghị tổng kết ngành ngoại giao năm 2022 và năm 2024 lần lượt tổ chức ngày nào? ~ compare ~ confusable ~ R1,R4 ~ 10/1 && 6/1
v ~ So sánh số vụ bảo hộ công dân năm 2023 trên toàn hệ thống và riêng địa bàn châu Phi – Tây Á. ~ compare ~ - ~ R5,R6 ~ 7.600 && 535
v ~ Trịnh Minh Khuê giữ chức vụ gì năm 2022 và năm 2024? ~ compare ~ confusable ~ R8,R5 ~ Trợ lý Bộ trưởng && Thứ trưởng
v ~ Vai trò của bà Lưu Thanh Hà ở hội nghị sơ kết 2022 khác gì ở họp báo 2024? ~ compare ~ confusable ~ R8,R10 ~ Phó Vụ trưởng && Người Phát ngôn
v ~ How did Đặng Quốc Huy's position in January 2024 differ from August 2024? ~ compare ~ english,confusable ~ R5,R10 ~ Cục trưởng && Phó Chủ nhiệm
a ~ Bà Lê Thị Ánh Nguyệt kiêm nhiệm chức gì năm 2023 và năm 2024? ~ compare ~ confusable ~ R7,R10 ~ UNESCO && Ủy ban Nhà nước về người Việt Nam ở nước ngoài
a ~ Ông Hoàng Nam tham gia hội nghị tổng kết 2024 và hội nghị biên giới Việt – Lào với vai trò khác nhau thế nào? ~ compare ~ confusable ~ R4,R9 ~ điểm cầu Quảng Trị && đồng chủ trì
v ~ So sánh số vụ bảo hộ công dân 6 tháng đầu 2022 với cả năm 2022. ~ compare ~ - ~ R8,R5 ~ 4.870 && 6.450
v ~ So sánh kim ngạch xuất nhập khẩu cả năm 2022 với 6 tháng đầu 2022. ~ compare ~ - ~ R1,R8 ~ 700 tỷ USD && 371
v ~ Hội nghị sơ kết 2019 và hội nghị tổng kết 2022 nhắc tới Hội nghị Ngoại giao lần thứ mấy? ~ compare ~ near-miss ~ R3,R1 ~ Hội nghị Ngoại giao 30 && lần thứ 31
v ~ Compare how many missions took part in the Cairo meeting versus the 2023 consular review. ~ compare ~ english ~ R6,R5 ~ 19 && 94
a ~ Hội nghị ngoại giao văn hóa và hội nghị biên giới Việt – Lào tổ chức ở đâu? ~ compare ~ - ~ R7,R9 ~ Huế && Đông Hà
a ~ Kim ngạch qua cửa khẩu Lao Bảo so với kim ngạch với vùng Vịnh? ~ compare ~ telegraphic ~ R9,R6 ~ 1,42 tỷ USD && 9.870
# ---------------- fact
a ~ Bài về hội nghị sơ kết 6 tháng đầu 2023 do hãng tin nào đưa? ~ fact ~ - ~ R0 ~ TTXVN
v ~ Phương châm công tác đối ngoại 6 tháng đầu năm 2023 là gì? ~ fact ~ - ~ R0 ~ chủ động, thích ứng, sáng tạo
a ~ Bộ trưởng đề nghị tiếp tục triển khai đường lối đối ngoại của Đại hội nào? ~ fact ~ - ~ R0 ~ Đại hội XIII
v ~ Ai viết bài về hội nghị tổng kết 2022 tại điểm cầu Cao Bằng? ~ fact ~ - ~ R1 ~ Vi Trường
a ~ Hội nghị tổng kết 2022 nhằm nhìn lại việc thực hiện chỉ đạo của Tổng Bí thư tại hội nghị nào? ~ fact ~ - ~ R1 ~ Hội nghị đối ngoại toàn quốc
v ~ Chủ trương "muốn là bạn" đã chuyển thành gì? ~ fact ~ - ~ R1 ~ sẵn sàng là bạn
a ~ Theo PTT Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên là gì? ~ fact ~ abbrev ~ R2 ~ giữ vững hòa bình, ổn định
v ~ Bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang lấy nguồn từ đâu? ~ fact ~ - ~ R2 ~ VGP
a ~ Bộ Ngoại giao quyết tâm đổi mới điều gì theo báo cáo của Bộ trưởng năm 2023? ~ fact ~ - ~ R2 ~ tư duy và hành động
v ~ Những hiệp định thương mại nào được nhắc trong sơ kết 2019? ~ fact ~ - ~ R3 ~ CPTPP && EVFTA
a ~ Việt Nam tổ chức thành công hội nghị thượng đỉnh nào năm 2019? ~ fact ~ - ~ R3 ~ Mỹ - Triều
a ~ nhiem ky HDBA ma VN trung cu ~ fact ~ abbrev,telegraphic ~ R3 ~ 2020-2021
v ~ Who wrote the article on the 2024 diplomatic review for the Quảng Trị newspaper? ~ fact ~ english ~ R4 ~ Hoài Nhung
a ~ Nghị quyết nào của BCH Trung ương được yêu cầu tổng kết? ~ fact ~ - ~ R4 ~ Nghị quyết 18
v ~ Thời gian trả kết quả hợp pháp hóa lãnh sự rút xuống còn mấy ngày? ~ fact ~ - ~ R5 ~ 3 ngày làm việc
v ~ Bài về hội nghị lãnh sự có bao nhiêu lượt xem? ~ fact ~ - ~ R5 ~ 2.318
a ~ Quy mô thị trường Halal toàn cầu được VCCI nêu là bao nhiêu? ~ fact ~ - ~ R6 ~ 7.000 tỷ USD
v ~ Kim ngạch với khu vực Tây Á khác năm 2023 tăng hay giảm bao nhiêu phần trăm? ~ fact ~ - ~ R6 ~ -2,3 | 2,3
a ~ Ai là người tổng hợp báo cáo hội nghị Trưởng CQĐD châu Phi – Tây Á? ~ fact ~ abbrev ~ R6 ~ Trần Khánh Linh
v ~ Chủ đề của Hội nghị Ngoại giao văn hóa năm 2023 là gì? ~ fact ~ - ~ R7 ~ Di sản – Cầu nối hữu nghị
v ~ Theo kỷ yếu, Việt Nam có bao nhiêu di sản thế giới và di sản văn hóa phi vật thể? ~ fact ~ - ~ R7 ~ 8 di sản thế giới && 15 di sản văn hóa phi vật thể
a ~ Hồ sơ di sản nào được tập trung vận động ghi danh? ~ fact ~ - ~ R7 ~ Yên Tử
a ~ Thứ trưởng Thường trực dự hội nghị sơ kết 2022 là ai? ~ fact ~ - ~ R8 ~ Vũ Hoàng Anh
v ~ Văn phòng Bộ phải hoàn thiện Thông báo kết luận sơ kết 2022 trước ngày nào? ~ fact ~ confusable ~ R8 ~ 22/7/2022
v ~ Cặp cửa khẩu nào sẽ được nâng cấp lên cửa khẩu quốc tế? ~ fact ~ - ~ R9 ~ Cha Lo – Na Phàu
v ~ Báo cáo kiến nghị bố trí kinh phí tu bổ bao nhiêu cột mốc? ~ fact ~ - ~ R9 ~ 52 cột mốc
a ~ Chương trình "Tết biên giới" dành cho bao nhiêu hộ dân? ~ fact ~ - ~ R9 ~ 1.200 hộ
v ~ Ai ký báo cáo 412/BC-BNG và ký với thẩm quyền gì? ~ fact ~ abbrev ~ R9 ~ Nguyễn Đức Thuận && KT. BỘ TRƯỞNG
a ~ Chủ đề Hội nghị người Việt Nam ở nước ngoài toàn cầu lần thứ 4 là gì? ~ fact ~ - ~ R10 ~ Kiều bào đồng hành cùng đất nước trong kỷ nguyên số
v ~ Bao nhiêu giáo viên dạy tiếng Việt sẽ được vinh danh? ~ fact ~ - ~ R10 ~ 30 giáo viên
v ~ Nền tảng học tiếng Việt trực tuyến có bao nhiêu tài khoản người học? ~ fact ~ - ~ R10 ~ 15.000
v ~ Dự kiến bao nhiêu thỏa thuận hợp tác được ký với kiều bào? ~ fact ~ - ~ R10 ~ 20 thỏa thuận
a ~ Báo cáo biên giới Việt – Lào gửi tới ai? ~ fact ~ - ~ R9 ~ Thủ tướng Chính phủ
a ~ dai su VN tai Ai Cap kiem nhiem nuoc nao theo hop bao ~ fact ~ abbrev,telegraphic ~ R10 ~ Li-băng
v ~ Ảnh trong bài hội nghị lãnh sự do ai chụp? ~ fact ~ - ~ R5 ~ Tuấn Anh
# ---------------- refuse: not_in_corpus
a ~ Hội nghị Ngoại giao lần thứ 33 diễn ra khi nào? ~ refuse ~ near-miss ~ - ~ not_in_corpus
v ~ Ai chủ trì hội nghị sơ kết 6 tháng đầu năm 2021 của Bộ Ngoại giao? ~ refuse ~ near-miss ~ - ~ not_in_corpus
v ~ Hội nghị tổng kết công tác ngành ngoại giao năm 2023 có bao nhiêu đại biểu? ~ refuse ~ near-miss,confusable ~ - ~ not_in_corpus
a ~ Hội nghị người Việt Nam ở nước ngoài toàn cầu lần thứ 5 tổ chức ở đâu? ~ refuse ~ near-miss ~ - ~ not_in_corpus
a ~ Hội nghị Trưởng CQĐD khu vực châu Âu lần thứ 3 họp ở đâu? ~ refuse ~ abbrev,near-miss ~ - ~ not_in_corpus
v ~ Hội nghị Trưởng CQĐD châu Phi – Tây Á lần thứ 2 diễn ra ở đâu? ~ refuse ~ abbrev,near-miss ~ - ~ not_in_corpus
v ~ Ai chủ trì hội nghị tổng kết công tác biên giới Việt Nam – Campuchia năm 2024? ~ refuse ~ near-miss ~ - ~ not_in_corpus
a ~ Hội nghị Ngoại giao văn hóa năm 2021 tổ chức ở đâu? ~ refuse ~ near-miss ~ - ~ not_in_corpus
v ~ Bộ trưởng Phạm Gia Khiêm phát biểu gì tại hội nghị tổng kết ngành ngoại giao 2022? ~ refuse ~ - ~ - ~ not_in_corpus
v ~ What did the ASEAN Secretary-General say at the 2024 diplomatic review conference? ~ refuse ~ english ~ - ~ not_in_corpus
a ~ hn tong ket nganh NG nam 2021 co bao nhieu diem cau ~ refuse ~ abbrev,telegraphic,near-miss ~ - ~ not_in_corpus
a ~ Hội nghị sơ kết 6 tháng đầu năm 2020 của Bộ Ngoại giao đánh giá những gì? ~ refuse ~ near-miss ~ - ~ not_in_corpus
v ~ Who chaired the 2022 consular work review conference? ~ refuse ~ english,near-miss ~ - ~ not_in_corpus
v ~ Hội nghị Ngoại vụ địa phương toàn quốc lần thứ 20 có kết quả gì? ~ refuse ~ - ~ - ~ not_in_corpus
a ~ Thứ trưởng Nguyễn Đức Thuận chủ trì hội nghị biên giới Việt – Trung năm 2023 ở Lạng Sơn ra sao? ~ refuse ~ near-miss,confusable ~ - ~ not_in_corpus
v ~ Đại sứ Lương Quốc Thịnh phát biểu gì tại Hội nghị Ngoại giao văn hóa ở Hà Nội năm 2022? ~ refuse ~ near-miss ~ - ~ not_in_corpus
# ---------------- refuse: false_premise
a ~ Vì sao hội nghị tổng kết ngành ngoại giao năm 2022 bị hoãn? ~ refuse ~ premise ~ - ~ false_premise
v ~ Tại sao PTT Trần Lưu Quang phê bình Bộ Ngoại giao trong buổi làm việc 31/1? ~ refuse ~ premise,abbrev ~ - ~ false_premise
v ~ Vì sao Thủ tướng Phạm Minh Chính vắng mặt tại hội nghị tổng kết ngoại giao năm 2024? ~ refuse ~ premise ~ - ~ false_premise
a ~ Tại sao Việt Nam trượt ghế Ủy viên không thường trực HĐBA nhiệm kỳ 2020-2021? ~ refuse ~ premise,abbrev ~ - ~ false_premise
v ~ Why was the Cairo heads-of-mission conference cancelled? ~ refuse ~ english,premise ~ - ~ false_premise
a ~ Hội nghị Ngoại giao văn hóa ở Huế bị hủy vì mưa lũ đúng không? ~ refuse ~ premise ~ - ~ false_premise
v ~ Bộ trưởng Bùi Thanh Sơn phát biểu gì khi chủ trì hội nghị biên giới Việt – Lào ở Quảng Trị? ~ refuse ~ premise,confusable ~ - ~ false_premise
v ~ Thứ trưởng Lưu Thanh Hà chủ trì họp báo 12/8/2024 đã công bố những gì? ~ refuse ~ premise,confusable ~ - ~ false_premise
a ~ Vì sao ông Hoàng Nam phản đối mở rộng khu kiểm soát liên hợp Lao Bảo? ~ refuse ~ premise ~ - ~ false_premise
v ~ Tại sao Cục Lãnh sự dừng cấp hộ chiếu gắn chíp tại CQĐD năm 2024? ~ refuse ~ premise,abbrev ~ - ~ false_premise
a ~ Vì sao kiều hối năm 2023 giảm mạnh theo họp báo? ~ refuse ~ premise ~ - ~ false_premise
v ~ Thủ tướng Phạm Minh Chính chủ trì hội nghị sơ kết 6 tháng đầu năm 2023 thế nào? ~ refuse ~ premise,confusable ~ - ~ false_premise
v ~ Phó Thủ tướng Phạm Bình Minh kết luận hội nghị tổng kết ngành ngoại giao 2024 ra sao? ~ refuse ~ premise,confusable ~ - ~ false_premise
v ~ Why did Laos boycott the 2024 Vietnam – Laos border review conference? ~ refuse ~ english,premise ~ - ~ false_premise
a ~ Đại sứ Ngô Thị Hồng Vân chủ trì hội nghị Cairo đã kết luận những gì? ~ refuse ~ premise,confusable ~ - ~ false_premise
v ~ Phó Thủ tướng Lê Minh Khái chỉ đạo gì tại hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao? ~ refuse ~ premise,confusable ~ - ~ false_premise
a ~ Vì sao Bộ trưởng Bùi Thanh Sơn vắng mặt ở hội nghị sơ kết 6 tháng 2022? ~ refuse ~ premise ~ - ~ false_premise
# ---------------- refuse: not_reported
v ~ Hội nghị sơ kết 6 tháng đầu năm 2023 tổ chức ở đâu? ~ refuse ~ - ~ - ~ not_reported
a ~ Có bao nhiêu đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2023? ~ refuse ~ - ~ - ~ not_reported
v ~ Buổi làm việc của PTT Trần Lưu Quang với BNG kéo dài bao lâu? ~ refuse ~ abbrev ~ - ~ not_reported
a ~ Hội nghị sơ kết 6 tháng đầu năm 2019 tổ chức tại địa điểm nào? ~ refuse ~ - ~ - ~ not_reported
v ~ How many delegates attended the review conference of January 2025? ~ refuse ~ english ~ - ~ not_reported
v ~ Kinh phí tổ chức Hội nghị Ngoại giao văn hóa ở Huế là bao nhiêu? ~ refuse ~ - ~ - ~ not_reported
a ~ Đại sứ Việt Nam tại UAE phát biểu gì tại hội nghị Cairo? ~ refuse ~ near-miss ~ - ~ not_reported
v ~ Hội nghị tổng kết công tác lãnh sự 2023 kéo dài mấy tiếng? ~ refuse ~ - ~ - ~ not_reported
a ~ Có bao nhiêu phóng viên dự họp báo ngày 12/8/2024? ~ refuse ~ - ~ - ~ not_reported
v ~ Năm 2024 có bao nhiêu lượt người xuất nhập cảnh qua cửa khẩu Lao Bảo? ~ refuse ~ - ~ - ~ not_reported
v ~ Tăng trưởng GDP năm 2022 được hội nghị tổng kết ngành ngoại giao nêu là bao nhiêu? ~ refuse ~ - ~ - ~ not_reported
a ~ Ai dẫn chương trình Hội nghị Ngoại giao văn hóa năm 2023? ~ refuse ~ - ~ - ~ not_reported
a ~ Bao nhiêu lao động Việt Nam đang ở Campuchia theo hội nghị lãnh sự? ~ refuse ~ near-miss ~ - ~ not_reported
v ~ What are the names of the 12 collectives awarded at the consular conference? ~ refuse ~ english ~ - ~ not_reported
# ---------------- more rows on the given reports
a ~ Ai biểu dương nỗ lực của cán bộ Bộ Ngoại giao tại hội nghị sơ kết 6 tháng đầu 2023? ~ who-said ~ - ~ R0 ~ Bùi Thanh Sơn
v ~ Bộ trưởng đề nghị ứng dụng gì trong thông tin đối ngoại 6 tháng cuối năm 2023? ~ said-by ~ - ~ R0 ~ phương thức truyền thông mới
a ~ Hội nghị sơ kết 2023 đánh giá đối ngoại là gì trong thành tựu chung của đất nước? ~ fact ~ paraphrase ~ R0 ~ một điểm sáng
v ~ Công tác ngoại giao kinh tế nửa đầu 2023 được thực hiện như thế nào? ~ fact ~ - ~ R0 ~ trọng tâm, trọng điểm
a ~ Bài về sơ kết 6 tháng 2023 thuộc chuyên mục nào? ~ fact ~ - ~ R0 ~ Hội nhập
v ~ Bộ trưởng Bùi Thanh Sơn đề nghị toàn ngành làm gì trong 6 tháng cuối năm 2023? ~ list ~ - ~ R0 ~ ngoại giao kinh tế && chủ quyền && đối ngoại đa phương && bảo hộ công dân
a ~ Về xây dựng ngành, hội nghị sơ kết 2023 nhận xét công tác chỉ đạo điều hành ra sao? ~ fact ~ - ~ R0 ~ nề nếp
v ~ Who presented awards at the July 2023 mid-year review? ~ fact ~ english ~ R0 ~ Bùi Thanh Sơn
a ~ tom tat ket qua xay dung nganh trong so ket 6 thang 2023 ~ summary ~ telegraphic ~ R0 ~ nề nếp && tài vụ && bản lĩnh chính trị
v ~ Trong 6 tháng đầu năm 2023, quan hệ với những đối tác nào có bước phát triển mới? ~ list ~ - ~ R0 ~ các nước láng giềng && các nước lớn
a ~ Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì? ~ fact ~ confusable ~ R1 ~ Phó Chủ tịch UBND tỉnh && Ban Thường vụ Tỉnh ủy
v ~ Những sở, ngành nào của Cao Bằng dự hội nghị tổng kết 2022? ~ list ~ - ~ R1 ~ Tài chính && Kế hoạch và Đầu tư && Bộ Chỉ huy Bộ đội Biên phòng && Công an tỉnh
a ~ Bộ trưởng Sơn nói sự tham dự của Thủ tướng ở hội nghị tổng kết 2022 là gì? ~ said-by ~ - ~ R1 ~ minh chứng && quan tâm đặc biệt
v ~ Năm 2022 ngành ngoại giao phối hợp xử lý những vấn đề nào? ~ list ~ - ~ R1 ~ biên giới lãnh thổ && nhân quyền && tôn giáo
a ~ Từ quan niệm "địch", "ta" chuyển sang cách nhìn nhận nào? ~ fact ~ - ~ R1 ~ đối tác, đối tượng
v ~ Thủ tướng muốn đưa nền kinh tế Việt Nam vào vị trí cao hơn trong chuỗi nào? ~ fact ~ - ~ R1 ~ chuỗi giá trị gia tăng && chuỗi cung ứng toàn cầu
v ~ How many provinces and cities were connected to the January 2023 online review? ~ how-many ~ english ~ R1 ~ 63 tỉnh
a ~ Hội nghị tổng kết 2022 được tổ chức theo hình thức nào? ~ fact ~ - ~ R1 ~ trực tuyến
v ~ Ai nói ngành Ngoại giao bước sang giai đoạn phát triển mới với tâm thế và khí thế mới? ~ who-said ~ - ~ R1 ~ Bùi Thanh Sơn
a ~ Ai phát biểu khai mạc hội nghị tổng kết ngành ngoại giao năm 2022? ~ spoke ~ - ~ R1 ~ Bùi Thanh Sơn
v ~ Hội nghị tổng kết 2022 họp buổi sáng hay chiều? ~ when ~ - ~ R1 ~ Sáng 10/1
a ~ Bài nào nhắc tới đồng chí Nguyễn Bích Ngọc? ~ which-report ~ - ~ R1 ~ Cao Bằng
v ~ Who chaired the online review conference on 10 January? ~ presided ~ english ~ R1 ~ Bùi Thanh Sơn
a ~ Bộ trưởng Sơn đánh giá công tác đối ngoại năm 2022 đạt những kết quả gì? ~ summary ~ - ~ R1 ~ cục diện đối ngoại thuận lợi && 700 tỷ USD
v ~ Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao? ~ said-by ~ - ~ R2 ~ biến động sâu sắc, phức tạp && cơ hội, thuận lợi
a ~ Theo PTT Trần Lưu Quang, nâng cao vị thế và uy tín đất nước là nhiệm vụ gì? ~ fact ~ abbrev ~ R2 ~ nhiệm vụ quan trọng
v ~ Phó Thủ tướng yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì năm 2023? ~ list ~ - ~ R2 ~ chương trình đối ngoại cấp cao && biên giới hoà bình && cơ chế đa phương
a ~ Ai nói Bộ Ngoại giao quyết tâm đổi mới tư duy và hành động? ~ who-said ~ - ~ R2 ~ Bùi Thanh Sơn
v ~ Phó Thủ tướng nhắc đến chỉ đạo của Tổng Bí thư tại hội nghị nào, năm nào? ~ fact ~ confusable ~ R2 ~ Hội nghị đối ngoại toàn quốc năm 2021
v ~ When did Deputy PM Trần Lưu Quang hold his working session with the ministry? ~ when ~ english ~ R2 ~ 31-1
a ~ Lãnh đạo Văn phòng Chính phủ có dự buổi làm việc ngày 31/1 không? ~ attended ~ - ~ R2 ~ Văn phòng Chính phủ
v ~ Summarize Deputy PM Trần Lưu Quang's working session with the ministry. ~ summary ~ english ~ R2 ~ Trần Lưu Quang && Đại hội XIII && nhiệm vụ trung tâm
a ~ PTT Trần Lưu Quang đánh giá cao điều gì ở ngành ngoại giao? ~ said-by ~ abbrev,paraphrase ~ R2 ~ nỗ lực và thành tựu to lớn
v ~ Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng về các trọng tâm đổi mới nào? ~ list ~ - ~ R2 ~ phong cách, lề lối làm việc && kỷ cương hành chính && chuyển đổi số
a ~ Bài về buổi làm việc của PTT Trần Lưu Quang do ai viết? ~ fact ~ abbrev ~ R2 ~ B.T.V
v ~ Hai sự kiện tháng 1/2023 với Bộ Ngoại giao có Thủ tướng và Phó Thủ tướng dự diễn ra ngày nào? ~ compare ~ confusable ~ R1,R2 ~ 10/1 && 31-1
a ~ Mục tiêu xây dựng đội ngũ cán bộ theo hội nghị sơ kết 2019 là gì? ~ fact ~ - ~ R3 ~ vừa hồng, vừa chuyên && tinh nhuệ
v ~ Hội nghị sơ kết 2019 hướng tới Đại hội nào của Đảng? ~ fact ~ near-miss ~ R3 ~ Đại hội XIII
a ~ Ảnh trong bài sơ kết 2019 lấy từ nguồn nào? ~ fact ~ - ~ R3 ~ TG&VN
v ~ Phó Thủ tướng Phạm Bình Minh nhận định tình hình quốc tế nửa đầu 2019 thế nào? ~ said-by ~ - ~ R3 ~ nhanh hơn, phức tạp hơn
a ~ Những kết quả hội nhập quốc tế nổi bật nửa đầu 2019 là gì? ~ list ~ - ~ R3 ~ CPTPP && EVFTA && Hiệp định bảo hộ đầu tư
v ~ Công tác ngoại vụ địa phương năm 2019 lấy ai làm trung tâm? ~ fact ~ - ~ R3 ~ doanh nghiệp và người dân
a ~ Công tác đối ngoại 2019 được triển khai theo tinh thần của những hội nghị nào? ~ list ~ - ~ R3 ~ Hội nghị Ngoại giao 30 && Hội nghị tổng kết công tác năm 2018
v ~ What three priorities did Deputy PM Phạm Bình Minh set for the rest of 2019? ~ list ~ english ~ R3 ~ nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa
a ~ Tóm tắt kết quả đối ngoại 6 tháng đầu năm 2019. ~ summary ~ - ~ R3 ~ Brunei && 192/193 && CPTPP
v ~ Ông Phạm Bình Minh tham dự hội nghị sơ kết 2019 với cương vị nào? ~ attended ~ confusable ~ R3 ~ Phó Thủ tướng, Bộ trưởng Ngoại giao
a ~ Năm 2019 Việt Nam thiết lập đối tác toàn diện với bao nhiêu nước, nâng tổng số đối tác lên bao nhiêu? ~ how-many ~ - ~ R3 ~ Brunei, Hà Lan && 30 quốc gia
v ~ Bài về hội nghị tổng kết ngoại giao 2024 được đăng trên báo nào? ~ fact ~ - ~ R4 ~ baoquangtri.vn | Quảng Trị
a ~ Mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao gồm những gì? ~ list ~ - ~ R4 ~ dự báo đúng tình hình && đối ngoại Nhân dân && bảo hộ công dân
v ~ Thủ tướng yêu cầu đội ngũ cán bộ ngoại giao phải có những phẩm chất gì? ~ list ~ - ~ R4 ~ tuyệt đối trung thành && sâu sắc về chiến lược && tinh thông về nghiệp vụ
a ~ Thủ tướng yêu cầu nghiên cứu về đối ngoại phải như thế nào? ~ said-by ~ - ~ R4 ~ tổng thể, dài hơi và có chiều sâu
v ~ Ảnh PCT Hoàng Nam dự hội nghị 2024 do ai chụp? ~ fact ~ abbrev ~ R4 ~ H.N
a ~ Thủ tướng dự hội nghị tổng kết ngoại giao 2024 với vai trò gì? ~ attended ~ - ~ R4 ~ dự và chỉ đạo
v ~ What did the Prime Minister call the new era at the January 2025 conference? ~ said-by ~ english ~ R4 ~ kỷ nguyên vươn mình
a ~ Hội nghị ngày 6/1 triển khai nhiệm vụ năm nào? ~ when ~ - ~ R4 ~ năm 2025
v ~ Bài nào có tiêu đề "Tạo bước tiến đột phá xây dựng nền ngoại giao Việt Nam toàn diện, hiện đại"? ~ which-report ~ - ~ R4 ~ năm 2024
a ~ Năm 2024 Việt Nam được đánh giá ở nhóm nước nào? ~ fact ~ paraphrase ~ R4 ~ tăng trưởng cao
v ~ Điểm cầu địa phương được nêu ở hội nghị tổng kết 2022 và 2024 là những tỉnh nào? ~ compare ~ confusable ~ R1,R4 ~ Cao Bằng && Quảng Trị
a ~ So sánh ngày tổ chức hội nghị sơ kết 6 tháng năm 2019 và năm 2023. ~ compare ~ confusable ~ R3,R0 ~ 22/7 && 5/7
v ~ Hội nghị sơ kết 2019 và 2023 hướng tới triển khai đường lối của Đại hội nào? ~ compare ~ near-miss ~ R3,R0 ~ Đại hội XII && Đại hội XIII
a ~ Thủ tướng Phạm Minh Chính nói gì ở hội nghị năm 2022 và năm 2024 về vai trò tiên phong? ~ compare ~ paraphrase ~ R1,R4 ~ đi trước mở đường && vai trò tiên phong
v ~ Which report describes the ministry absorbing the Party's Commission for External Relations? ~ which-report ~ english,paraphrase ~ R4 ~ Ban Đối ngoại Trung ương
a ~ Bài nào nói phải bảo vệ Tổ quốc "giữ nước từ khi nước chưa nguy"? ~ which-report ~ - ~ R1 ~ năm 2022
v ~ Nội dung chỉ đạo "nhạy cảm trong tham mưu" xuất hiện ở hội nghị nào? ~ which-report ~ - ~ R3 ~ 6 tháng đầu năm 2019
a ~ Hoi nghi nao co PTT Pham Binh Minh phat bieu ~ which-report ~ abbrev,telegraphic ~ R3 ~ 2019
v ~ Báo cáo nào có PTT Trần Lưu Quang làm việc tại trụ sở Bộ? ~ which-report ~ abbrev ~ R2 ~ 31-1
v ~ Phó Thủ tướng Trần Hồng Hà nói gì tại hội nghị sơ kết 6 tháng 2019 của Bộ Ngoại giao? ~ refuse ~ premise,confusable ~ - ~ false_premise
a ~ Thủ tướng nói gì với KEIDANREN tại hội nghị tổng kết ngành ngoại giao? ~ refuse ~ premise ~ - ~ false_premise
v ~ Ai chủ trì hội nghị tổng kết ngành ngoại giao năm 2024? ~ refuse ~ - ~ - ~ not_reported
a ~ Hội nghị tổng kết 2022 có bao nhiêu đại biểu tại điểm cầu Cao Bằng? ~ refuse ~ near-miss ~ - ~ not_reported
# ---------------- extra rows (typo, english, paraphrase)
a ~ Bùi Thanh Sớn kết luận hội nghị sơ kết 6 thág đầu năm 2023 thế nào? ~ spoke ~ typo ~ R0 ~ nghiên cứu, dự báo, tham mưu | chuyển đổi số
v ~ Hội ngị biên giới Việt Lào năm 2024 xử lí bao nhiu vụ vi phạm? ~ how-many ~ typo,telegraphic ~ R9 ~ 126
v ~ What slogan did the Prime Minister use about the bamboo at the 2022 review? ~ said-by ~ english ~ R1 ~ cây tre Việt Nam
v ~ Which deputy minister heads the State Committee for Overseas Vietnamese, per the August 2024 briefing? ~ fact ~ english,confusable ~ R10 ~ Lê Thị Ánh Nguyệt
v ~ When did the consular review conference take place, and when was the article published? ~ when ~ english,confusable ~ R5 ~ 15/1 && 16/01/2024
v ~ Thủ tướng đề nghị ngành ngoại giao lấy ai làm trung tâm phục vụ? ~ said-by ~ paraphrase ~ R1 ~ người dân, doanh nghiệp, địa phương
a ~ Hội nghị Trưởng CQĐD châu Phi Tây Á có bao nhiêu Trưởng CQĐD dự? ~ how-many ~ abbrev ~ R6 ~ 19 Trưởng Cơ quan đại diện
v ~ Ở Kansai có bao nhiêu người Việt sinh sống theo Tổng Lãnh sự Osaka? ~ how-many ~ - ~ R5 ~ 120.000
a ~ Tuyên bố được thông qua tại hội nghị ngoại giao văn hóa gồm mấy điểm? ~ how-many ~ paraphrase ~ R7 ~ 7 điểm
v ~ Who is Vietnam's ambassador in Egypt and what did she do at the Cairo meeting? ~ spoke ~ english ~ R6 ~ Ngô Thị Hồng Vân && chào mừng
v ~ Đại sứ Lào tại VN tên gì? ~ fact ~ abbrev ~ R9 ~ Khamphao Ernthavanh
a ~ Phạm Bình Minh giữ những chức vụ gì khi dự hội nghị sơ kết 2019? ~ fact ~ confusable ~ R3 ~ Phó Thủ tướng && Bộ trưởng Ngoại giao
'''

def main():
    out = [HEADER]
    for ln in ROWS.strip().split('\n'):
        if not ln.strip() or ln.startswith('#'): continue
        mode, q, form, tags, reps, facts = [x.strip() for x in ln.split(' ~ ')]
        tl = [] if tags == '-' else tags.split(',')
        if mode == 'a':
            q = strip_accents(q); tl = ['accentless'] + tl
        rep = '-' if reps == '-' else ','.join(R[r] for r in reps.split(','))
        out.append('\t'.join([q, form, ','.join(tl) or '-', rep, facts]))
    open(os.path.join(ROOT, 'questions.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('rows', len(out) - 1)

if __name__ == '__main__':
    main()
