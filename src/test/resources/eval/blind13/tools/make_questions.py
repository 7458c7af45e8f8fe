#!/usr/bin/env python3
"""Writes questions.tsv from the rows below (kept as source so the set can be rebuilt)."""
import pathlib, unicodedata
ROOT = pathlib.Path(__file__).resolve().parent.parent
R = {"A": "000_47e75d3c86d27e21.txt", "B": "001_8430b1541a21d71d.txt", "C": "002_0e1cf19fdeddcf6d.txt",
     "D": "003_60cdc4bfe3deff94.txt", "E": "004_771f5d769968830d.txt", "H": "101_ngoai_giao_van_hoa_2024.html",
     "W": "102_le_tan_tham_cap_nha_nuoc_2024.docx", "P": "103_hoi_thao_an_ninh_nguon_nuoc_me_cong_2025.pdf",
     "M": "104_doi_thoai_du_hoc_sinh_2022.md", "T": "105_bao_cao_pctn_2024.txt", "S": "106_ban_ghi_hop_bao_21_8_2025.txt"}
ROWS = r"""
HN so ket 6 thang dau nam 2023 cua BNG dien ra ngay nao?	when	accentless,abbrev	A	5/7
~Hội nghị tổng kết công tác ngành ngoại giao năm 2022 được tổ chức vào ngày nào?	when	-	B	10/1
PTT Tran Luu Quang lam viec voi BNG hom nao	when	accentless,abbrev,telegraphic	C	31-1
When was the Foreign Ministry's 2019 mid-year review conference held?	when	english	D	22/7
hn tong ket nganh ngoai giao nam 2024 hop ngay may	when	accentless,abbrev	E	6/1
~Hội nghị sơ kết 3 năm Chiến lược Ngoại giao văn hóa diễn ra ngày nào?	when	-	H	12/9
chuyen tham cap nha nuoc cua tong thong Indonesia Joko Widodo dien ra tu ngay nao den ngay nao	when	accentless	W	11 && 13/1/2024
Hội nghị rút kinh nghiệm lễ tân sau chuyến thăm của Tổng thống Indonesia họp khi nào?	when	confusable	W	26/1/2024
hoi thao nguon nuoc Mekong o Can Tho to chuc ngay nao	when	accentless	P	14 && 15/11/2025
HN doi thoai voi du hoc sinh nam 2022 dien ra ngay nao	when	accentless,abbrev,confusable	M	27/7/2022
Báo cáo số 412/BC-BNG được ban hành ngày nào?	when	confusable	T	26 tháng 12 năm 2024
HN tong ket PCTN 2024 cua BNG hop ngay nao	when	accentless,abbrev,confusable	T	19/12/2024
gap mat can bo ngoai giao huu tri nhan 80 nam nganh dien ra ngay nao	when	accentless	S	19/8/2025
UB Quốc phòng, An ninh và Đối ngoại của QH làm việc với BNG hôm nào?	when	abbrev	S	18/8/2025
PTT Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?	where	abbrev	C	Trụ sở Bộ Ngoại giao
Where was the cultural diplomacy review conference held in September 2024?	where	english	H	Trung tâm Hội nghị Quốc tế
hoi nghi rut kinh nghiem le tan to chuc o dau	where	accentless	W	1 Tôn Thất Đàm | Trụ sở Bộ Ngoại giao
hoi thao an ninh nguon nuoc Me Cong 2025 to chuc o thanh pho nao	where	accentless	P	Cần Thơ
HN đối thoại du học sinh 2022 tổ chức ở đâu	where	abbrev,telegraphic	M	Trụ sở Bộ Ngoại giao
gap mat can bo huu tri 19/8/2025 o dau	where	accentless,telegraphic,confusable	S	Trung tâm Hội nghị Quốc tế
PCT UBND tinh Hoang Nam du HN tong ket 2024 tai diem cau nao	where	accentless,abbrev	E	Quảng Trị
Lễ kỷ niệm 80 năm ngành Ngoại giao sẽ tổ chức ở đâu?	where	confusable	S	Trung tâm Hội nghị Quốc gia
Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?	presided	-	B	Bùi Thanh Sơn
ai chu tri HN so ket 3 nam chien luoc NG van hao	presided	accentless,abbrev,typo	H	Nguyễn Minh Vũ
~Ai đồng chủ trì hội nghị ngoại giao văn hóa tháng 9/2024?	presided	-	H	Hoàng Đạo Cương
Who chaired the protocol lessons-learned meeting after the Indonesian state visit?	presided	english	W	Đỗ Hùng Việt
phien thu nhat hoi thao Me Cong do ai chu tri	presided	accentless	P	Phạm Lan Dung
Phiên thảo luận chiều 14/11 về hợp tác đa phương do ai chủ trì?	presided	confusable	P	Lê Quang Huy
Phiên 3 hội thảo nguồn nước Mê Công ai chủ trỉ	presided	typo,telegraphic	P	Trần Văn Thành
ai chu tri HN doi thoai du hoc sinh 2022, ai dong chu tri	presided	accentless,abbrev	M	Phạm Quang Hiệu && Hoàng Minh Sơn
HN tổng kết PCTN năm 2024 của BNG do ai chủ trì?	presided	abbrev,confusable	T	Nguyễn Minh Vũ
ai chu tri buoi gap mat can bo NG huu tri nhan 80 nam nganh	presided	accentless,abbrev,confusable	S	Bùi Thanh Sơn
Những ai tham dự HN sơ kết 6 tháng đầu năm 2023 của BNG?	attended	abbrev	A	Bùi Thanh Sơn
thu tuong co du hn tong ket nganh ngoai gioa 2022 ko	attended	accentless,typo	B	Phạm Minh Chính
Tai diem cau Cao Bang ai du HN tong ket 2022	attended	accentless,abbrev	B	Nguyễn Bích Ngọc
Ai tham dự buổi làm việc của PTT Trần Lưu Quang với BNG?	attended	abbrev	C	Bùi Thanh Sơn && Văn phòng Chính phủ
HN tong ket 2024 co lanh dao tinh Quang Tri nao du	attended	accentless,abbrev	E	Hoàng Nam
to chuc quoc te nao tham gia hoi thao nguon nuoc Me Cong	attended	accentless	P	Ủy hội sông Mê Công quốc tế | MRC && Ngân hàng Phát triển châu Á | ADB
Cựu lãnh đạo Bộ nào dự buổi gặp mặt cán bộ ngoại giao hưu trí tháng 8/2025?	attended	confusable	S	Phạm Bình Minh
Phó CT UBND tỉnh Quảng Trị có mặt ở HN ngoại giao văn hóa 2024 không?	attended	abbrev,confusable	H	Hoàng Nam
thanh phan du truc tiep HN tong ket PCTN 2024 bao nhieu nguoi	attended	accentless,abbrev	T	135
Ai phát biểu kết luận HN sơ kết 6 tháng đầu năm 2023?	spoke	abbrev	A	Bùi Thanh Sơn
ai phat bieu chi dao tai HN tong ket nganh NG 2022	spoke	accentless,abbrev	B	Phạm Minh Chính
Tai HN so ket 2019 cua BNG ai phat beiu chi dao	spoke	accentless,abbrev,typo	D	Phạm Bình Minh
~Ai kết luận hội nghị tổng kết ngoại giao 2024?	spoke	-	E	Phạm Minh Chính
ai trinh bay bao cao so ket tai HN ngoai giao van hoa 12/9	spoke	accentless,abbrev	H	Lê Thị Hồng Vân
~Những đại sứ nào tham luận tại hội nghị ngoại giao văn hóa năm 2024?	spoke	-	H	Đinh Toàn Thắng && Nguyễn Vũ Tùng
ai trinh bay bao cao tai hop rut kinh nghiem le tan	spoke	accentless	W	Phạm Thanh Bình
Who gave the opening speech at the Mekong water security seminar?	spoke	english,confusable	P	Đỗ Hùng Việt
Tại HN tổng kết PCTN, ai phát biểu từ điểm cầu Tokyo?	spoke	abbrev,confusable	T	Phạm Quang Hiệu
ai phat bieu thay mat cuu can bo tai buoi gap mat 19/8/2025	spoke	accentless	S	Phạm Bình Minh
~Tại hội nghị đối thoại du học sinh, ai phát biểu từ điểm cầu Paris?	spoke	-	M	Nguyễn Đức Anh
Ai nói sự tham dự của Thủ tướng là minh chứng cho sự quan tâm đặc biệt đối với ngành Ngoại giao?	who-said	-	B	Bùi Thanh Sơn
ai noi van hoa la suc manh mem, la can cuoc cua dan toc	who-said	accentless	H	Nguyễn Minh Vũ
Ai ví lễ tân là bộ mặt đầu tiên của quốc gia?	who-said	paraphrase	W	Đỗ Hùng Việt
Who said that no single country can guarantee water security on its own?	who-said	english,paraphrase	P	Đỗ Hùng Việt
ai noi moi du hoc sinh la mot su gia cua Viet Nma	who-said	accentless,typo	M	Phạm Quang Hiệu
Ai nhấn mạnh "phòng ngừa là chính, phát hiện là quan trọng, xử lý là cần thiết"?	who-said	-	T	Nguyễn Minh Vũ
ai goi cac the he can bo NG di truoc la nhung nguoi giu lua	who-said	accentless,abbrev	S	Bùi Thanh Sơn
~Ai cho rằng ẩm thực, áo dài, âm nhạc là những cánh cửa dễ mở nhất?	who-said	-	H	Nguyễn Vũ Tùng
ai yeu cau BNG nhay cam trong tham muu, xu ly tinh huong	who-said	accentless,abbrev	D	Phạm Bình Minh
Ai phản ánh chuyện du học sinh bị môi giới việc làm thêm lừa?	who-said	paraphrase	M	Trần Thị Minh Thư
BT Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?	said-by	abbrev	A	nghiên cứu, dự báo, tham mưu | ngoại giao kinh tế | chuyển đổi số
TTg Pham Minh Chinh noi nganh NG phai bao ve to quoc nhu the nao (HN tong ket 2022)	said-by	accentless,abbrev	B	từ sớm && từ xa
Theo PTT Trần Lưu Quang, nhiệm vụ trung tâm của ngành ngoại giao là gì?	said-by	abbrev	C	phục vụ phát triển đất nước
Về xây dựng ngành, Phó Thủ tướng Phạm Bình Minh chỉ đạo gì năm 2019?	said-by	-	D	tuyển dụng, đào tạo cán bộ | kỷ cương, kỷ luật | bảo vệ chính trị nội bộ
TTg noi nhiem vu bao trum cua cong tac doi ngoai la gi tai HN tong ket 2024	said-by	accentless,abbrev	E	vai trò tiên phong
DS Dinh Toan Thang de xuat xay dung cai gi	said-by	accentless,abbrev	H	bản đồ văn hóa Việt Nam
~Thứ trưởng Hoàng Đạo Cương đề xuất lập thêm Trung tâm Văn hóa ở những nước nào?	said-by	-	H	Nhật Bản && Hoa Kỳ
~Giám đốc Sở Ngoại vụ Hà Nội Lê Minh Thùy đề xuất gì ở cuộc họp rút kinh nghiệm?	said-by	-	W	số hóa quy trình cấp thẻ
What did the MRC's Anoulak Kittikhoun say about sediment reaching the lower Mekong?	said-by	english	P	75%
TT Hoàng Minh Sơn nói thời gian công nhận văn bằng sẽ rút ngắn ra sao?	said-by	abbrev	M	20 ngày && 10 ngày
Vụ trưởng TCCB Trần Thị Thu Hà đề xuất gì tại HN PCTN?	said-by	abbrev	T	đánh giá, xếp loại cán bộ
DS Pham Quang Hieu chia se kinh nghiem gi o HN PCTN 2024	said-by	accentless,abbrev,confusable	T	không dùng tiền mặt
theo HN so ket 2023, cong tac doi ngoai trien khai voi phuong cham gi	fact	accentless,abbrev	A	chủ động, thích ứng, sáng tạo
Tại HN sơ kết giữa năm 2023, Bộ trưởng đã làm gì với các tập thể, cá nhân xuất sắc?	fact	abbrev,paraphrase	A	khen thưởng | trao tặng các danh hiệu
kim ngach xnk nam 2022 vuot moc bao nhieu	fact	accentless,abbrev,confusable	B	700 tỷ USD
Thủ tướng nhắc tới bản sắc gì tại HN tổng kết ngành ngoại giao 2022?	fact	abbrev	B	cây tre Việt Nam
Tai HN tong ket 2022, BT Son nhac toi HN Ngoai giao lan thu may	fact	accentless,abbrev,confusable	B	31
Bài về HN tổng kết 2022 trên cổng thông tin Cao Bằng do ai viết?	fact	abbrev	B	Vi Trường
theo PTT Tran Luu Quang, nhiem vu trong yeu, thuong xuyen la gi	fact	accentless,abbrev	C	giữ vững hòa bình, ổn định
Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang kết quả của năm nào?	fact	-	C	2022
Năm 2019 Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?	fact	-	D	Brunei && Hà Lan
vn trung cu uy vien khong thuong truc HDBA LHQ nhiem ky nao	fact	accentless,abbrev	D	2020-2021
Hội nghị sơ kết 2019 nhắc tới chỉ thị số mấy về đối ngoại đa phương?	fact	-	D	Chỉ thị 25 | 25
Which summit did Vietnam successfully host in the first half of 2019?	fact	english	D	Mỹ - Triều
BNG tiep nhan chuc nang cua nhung co quan nao (HN tong ket 2024)	fact	accentless,abbrev	E	Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội
HN tong ket 2024 nhac toi tong ket nghi quyet so may	fact	accentless,abbrev	E	Nghị quyết 18
Bài về hội nghị tổng kết ngành ngoại giao 2024 đăng trên báo của tỉnh nào?	fact	-	E	Quảng Trị
Việt Nam được bầu vào cơ quan di sản của UNESCO cho giai đoạn nào?	fact	paraphrase	H	2023-2027
hien co bao nhieu Trung tam Van hoa VN o nuoc ngoai, o dau	fact	accentless,abbrev	H	3 && Pháp && Lào && Trung Quốc
Chuyến thăm của Tổng thống Indonesia là chuyến thăm cấp Nhà nước thứ mấy tới VN năm 2024?	fact	abbrev	W	đầu tiên
Cuc Le tan phai hoan thien Quy trinh chuan truoc khi nao	fact	accentless	W	quý I/2024
song Me Cong dai bao nhieu km, la nguon song cua bao nhieu nguoi	fact	accentless	P	4.800 km && 70 triệu
How much does ADB plan to spend on climate adaptation in the Mekong subregion for 2025-2028?	fact	english	P	1,2 tỷ USD
Phần đông du học sinh Việt Nam tự bỏ tiền đi học hay nhờ học bổng, tỉ lệ khoảng bao nhiêu?	fact	paraphrase	M	90%
thanh tra bo kien nghi thu hoi bao nhieu tien nam 2024 vay	fact	accentless	T	1,27 tỷ đồng
BNG muốn Thanh tra CP sớm ra văn bản hướng dẫn chuyện gì với cán bộ ở CQĐD?	fact	abbrev,paraphrase	T	xung đột lợi ích
In 2024, did the ministry uncover any corruption cases?	fact	english	T	không phát hiện vụ việc tham nhũng
Bao nhiêu đại biểu dự HN tổng kết ngành NG năm 2022?	how-many	abbrev,confusable	B	700
HN tong ket 2022 ket noi voi bao nhieu tinh thanh pho	how-many	accentless,abbrev	B	63
TTg yeu cau nganh NG thuc hien may nhiem vu trong tam	how-many	accentless,abbrev	B	6
Năm 2019 tổng số Đối tác chiến lược/Đối tác toàn diện của VN là bao nhiêu nước?	how-many	abbrev,confusable	D	30
HN ngoai giao van hoa ket noi truc tuyen voi bao nhieu CQĐD	how-many	accentless,abbrev	H	94
How many cultural diplomacy activities did the missions hold in 2021-2024?	how-many	english,confusable	H	412
bao nhieu tap the, ca nhan duoc tang bang khen tai HN NG van hoa	how-many	accentless,abbrev	H	15 && 22
How many foreign journalists got press cards for the Indonesian state visit?	how-many	english,confusable	W	63
bao nhieu xe phuc vu doan Indonsia	how-many	accentless,telegraphic,typo	W	118
Năm 2023 Cục Lễ tân phục vụ bao nhiêu đoàn cấp cao nước ngoài thăm Việt Nam?	how-many	confusable	W	27
hoat dong ngay 12/1 bi tre bao nhieu phut so vs kich ban	how-many	accentless,typo	W	12
~Hội thảo Mê Công có bao nhiêu đại biểu, đến từ bao nhiêu quốc gia và tổ chức?	how-many	-	P	320 && 17
~Bộ khuyến nghị của hội thảo nguồn nước gồm mấy điểm?	how-many	confusable	P	12
co bao nhieu du hoc sinh VN o nuoc ngoai (2022)	how-many	accentless,abbrev	M	190.000
ban to chuc HN du hoc sinh nhan dc bao nhieu y kien truoc HN	how-many	accentless,abbrev,confusable	M	700
Bao nhiêu cán bộ, công chức BNG đã kê khai tài sản năm 2024?	how-many	abbrev	T	1.126
thanh tra bo tien hanh bao nhieu cuoc thanh tra kiem tra nam 2024	how-many	accentless,confusable	T	12
How many former diplomats attended the retirees' gathering in August 2025?	how-many	english	S	600
bao nhieu cong dan vn bi mac ket do lu o Thai Lan dc ho tro	how-many	accentless,abbrev,telegraphic	S	27
Dự án Ký ức ngoại giao ghi lại lời kể của bao nhiêu người?	how-many	confusable	S	80
liet ke cac huyen Cao Bang du HN tong ket 2022	list	accentless,abbrev	B	Quảng Hòa && Thạch An && Hà Quảng && Trùng Khánh && Bảo Lạc && Bảo Lâm && Hạ Lang
3 điểm cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu năm 2019 là gì?	list	-	D	nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa
cac hiep dinh duoc nhac toi trong HN so ket 2019	list	accentless,abbrev	D	CPTPP && EVFTA && Hiệp định bảo hộ đầu tư
Theo PTT Trần Lưu Quang, ba nhiệm vụ trọng yếu, trung tâm và quan trọng của ngoại giao là gì?	list	abbrev	C	giữ vững hòa bình, ổn định && phục vụ phát triển đất nước && nâng cao vị thế và uy tín đất nước
4 nhom nhiem vu TTTT Nguyen Minh Vu de ra cho NG van hoa	list	accentless,abbrev	H	thể chế && nền tảng số && hồ sơ di sản && năng lực
TT Do Hung Viet giao Cuc Le tan nhung viec gi	list	accentless,abbrev	W	Quy trình chuẩn && cấp thẻ phóng viên trực tuyến && phiên dịch && tập huấn
~Trong chuyến thăm, Tổng thống Joko Widodo đã gặp những lãnh đạo nào của Việt Nam?	list	-	W	Võ Văn Thưởng | Chủ tịch nước && Nguyễn Phú Trọng && Phạm Minh Chính && Vương Đình Huệ
cac co che hop tac Me Cong duoc danh gia o phien 2	list	accentless	P	Mê Công - Lan Thương && Mê Công - Mỹ && Mê Công - Nhật Bản && Mê Công - Hàn Quốc
5 nhom kien nghi cua du hoc sinh la gi	list	accentless	M	công nhận văn bằng && hỗ trợ pháp lý && kết nối việc làm && mạng lưới chuyên gia && đối thoại định kỳ
Which countries host the most Vietnamese students according to the 2022 dialogue?	list	english	M	Nhật Bản && Hoa Kỳ && Australia && Canada && Hàn Quốc
Năm nhiệm vụ PCTN trọng tâm năm 2025 của BNG gồm những gì?	list	abbrev	T	quy chế nội bộ && chuyển đổi số && kê khai && thanh tra, kiểm tra && tinh gọn
bao cao 412/BC-BNG gui toi nhung co quan nao	list	accentless	T	Ban Nội chính Trung ương && Thanh tra Chính phủ
cac hoat dong ky niem 80 nam nganh NG duoc nhac trong hop bao 21/8	list	accentless,abbrev	S	Gặp mặt && Triển lãm ảnh && Lễ kỷ niệm
~Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?	list	-	E	chuyển đổi xanh && chíp bán dẫn && trí tuệ nhân tạo
Bài nào nói kim ngạch xuất nhập khẩu vượt mốc 700 tỷ USD?	which-report	-	B	700 tỷ USD
bao cao nao noi VN trung cu HDBA voi 192/193 phieu	which-report	accentless,abbrev	D	192/193
Which report mentions Resolution 18 and streamlining the ministry?	which-report	english	E	Nghị quyết 18
Tài liệu nào có bảng số liệu về số xe phục vụ đoàn khách?	which-report	paraphrase	W	Indonesia
bai nao nhac den Le hoi Vi hoa binh o Quang Tri	which-report	accentless	H	Lễ hội Vì hòa bình
van ban nao co so hieu 412/BC-BNG	which-report	accentless,confusable	T	phòng, chống tham nhũng
Báo cáo nào cho biết lượng phù sa về hạ lưu giảm khoảng 75%?	which-report	-	P	phù sa
bai nao nhac toi Dai hoc Waseda	which-report	accentless	M	Trần Thị Minh Thư
Tài liệu nào nhắc tới dự án "Ký ức ngoại giao"?	which-report	-	S	Đoàn Thanh niên
bai nao noi PTT lam viec voi BNG ve trien khai doi ngoai nam 2023	which-report	accentless,abbrev	C	Trần Lưu Quang
Which document says Phạm Quang Hiệu spoke from Tokyo?	which-report	english,confusable	T	Đại sứ Việt Nam tại Nhật Bản | Tokyo
Tóm tắt HN sơ kết 6 tháng đầu năm 2023 của BNG	summary	abbrev	A	5/7 && Bùi Thanh Sơn
tom tat HN tong ket nganh NG 2022	summary	accentless,abbrev,telegraphic	B	10/1 && Phạm Minh Chính && Bùi Thanh Sơn
Tóm tắt buổi làm việc của PTT Trần Lưu Quang với Bộ Ngoại giao	summary	abbrev	C	31-1 && Trần Lưu Quang
Summarize the ministry's 2019 mid-year review conference	summary	english	D	22/7 && Phạm Bình Minh
tom tat hn tong ket 2024, trien khai nhiem vu 2025	summary	accentless,abbrev	E	6/1 && Phạm Minh Chính
Tóm tắt hội nghị ngoại giao văn hóa tháng 9/2024	summary	-	H	12/9 && Nguyễn Minh Vũ
tom tat bao cao hop rut kinh nghiem le tan	summary	accentless	W	26/1/2024 && Đỗ Hùng Việt && Indonesia
~Tóm tắt hội thảo an ninh nguồn nước Mê Công 2025	summary	-	P	Cần Thơ && Học viện Ngoại giao
tom tat HN doi thoai du hoc sinh 2022	summary	accentless,abbrev	M	27/7/2022 && Phạm Quang Hiệu
Tóm tắt báo cáo PCTN năm 2024 của BNG	summary	abbrev	T	19/12/2024 && Nguyễn Minh Vũ
tom tat hop bao thuong ky 21/8/2025	summary	accentless,telegraphic	S	Phạm Thu Hằng && 19/8/2025
So sánh người phát biểu chỉ đạo, kết luận tại HN sơ kết 6 tháng đầu năm 2019 và năm 2023	compare	abbrev,confusable	D;A	Phạm Bình Minh && Bùi Thanh Sơn
HN tong ket 2022 va 2024 hop ngay nao, diem cau dia phuong nao duoc nhac	compare	accentless,abbrev,confusable	B;E	10/1 && 6/1 && Cao Bằng && Quảng Trị
Ông Hoàng Nam xuất hiện ở hội nghị nào năm 2024 và năm 2025, với tư cách gì?	compare	confusable	H;E	Quảng Trị && Lễ hội Vì hòa bình
Năm 2024 Thứ trưởng Thường trực Nguyễn Minh Vũ chủ trì những hội nghị nào?	compare	confusable	H;T	Ngoại giao văn hóa && phòng, chống tham nhũng
Pham Quang Hieu nam 2022 va nam 2024 giu chuc vu gi	compare	accentless,confusable	M;T	Chủ nhiệm && Đại sứ Việt Nam tại Nhật Bản
Compare Đỗ Hùng Việt's title in January 2024 and in November 2025	compare	english,confusable	W;P	Thứ trưởng Ngoại giao Đỗ Hùng Việt && Thứ trưởng Thường trực
Bui Thanh Son nam 2023 va nam 2025 la chuc vu gi	compare	accentless,confusable	A;S	Bộ trưởng && Phó Thủ tướng
So sánh số đại biểu hội nghị ngoại giao văn hóa 2024 và hội nghị đối thoại du học sinh 2022	compare	-	H;M	200 && 250
HN ngoai giao 30 va lan thu 31 duoc nhac trong nhung bai nao	compare	accentless,abbrev,confusable	D;B	Hội nghị Ngoại giao 30 && Hội nghị Ngoại giao lần thứ 31
Con số 63 nghĩa là gì trong bài HN tổng kết 2022 và trong báo cáo lễ tân?	compare	abbrev,confusable	B;W	tỉnh, thành phố && phóng viên
Phạm Bình Minh năm 2019 và năm 2025 có vai trò gì?	compare	confusable	D;S	Phó Thủ tướng && nguyên Phó Thủ tướng
bai CLO ve HN so ket 2019 dang luc may gio	when	accentless,abbrev	D	19:00
Bai ve HN tong ket 2022 noi dai bieu Cao Bang du tu dau	where	accentless	B	điểm cầu Cao Bằng
nhung don vi luc luong vu trang nao cua Cao Bang du HN tong ket 2022	attended	accentless,abbrev	B	Bộ Chỉ huy Bộ đội Biên phòng | Công an tỉnh
ai phat bieu khai mac HN tong ket nganh NG 2022	spoke	accentless,abbrev	B	Bùi Thanh Sơn
BT Son noi nganh NG dang buoc sang giai doan gi (HN tong ket 2022)	said-by	accentless,abbrev	B	giai đoạn phát triển mới
PTT Trần Lưu Quang nhận định gì về tình hình thế giới thời gian tới?	said-by	abbrev	C	biến động sâu sắc, phức tạp
thu tuong yeu cau xay dung doi ngu can bo NG the nao (HN tong ket 2024)	said-by	accentless,abbrev,confusable	E	vừa hồng, vừa chuyên
BT Bui Thanh Son muon xay dung doi ngu can bo nhu the nao, HN giua nam 2023	said-by	accentless,abbrev	A	chuyên nghiệp, hiện đại
Những mảng việc nào của Bộ được cho là triển khai hiệu quả, có đổi mới cách làm trong nửa đầu 2023?	list	paraphrase	A	bảo hộ công dân && văn hóa đối ngoại && thông tin đối ngoại
HN so ket 2023 danh gia doi ngoai la gi trong thanh tuu chung cua ca nuoc	fact	accentless,abbrev	A	điểm sáng
Bài về hội nghị sơ kết giữa năm 2023 do hãng tin nào đưa?	fact	paraphrase	A	TTXVN
PTT Trần Lưu Quang nhắc tới Hội nghị đối ngoại toàn quốc năm nào?	fact	abbrev	C	2021
bai PTT Tran Luu Quang lam viec voi BNG lay nguon tu dau	fact	accentless,abbrev	C	VGP
Who wrote the Quảng Trị newspaper article on the 2024 review conference?	fact	english	E	Hoài Nhung
hn tong ket 2024 noi dat nuoc vung buoc vao ky nguyen gi	fact	accentless,abbrev	E	kỷ nguyên vươn mình
thu tuong noi chuyen tu quan niem dich - ta sang cach nhin nao (HN 2022)	fact	accentless,abbrev	B	đối tác, đối tượng
VN to chuc HN thuong dinh My - Trieu lan thu may	how-many	accentless,abbrev	D	lần 2
Việt Nam được bao nhiêu phiếu khi trúng cử Ủy viên không thường trực HĐBA LHQ?	how-many	abbrev	D	192/193
BT Son de nghi trien khai duong loi doi ngoai cua Dai hoi Dang lan thu may (giua nam 2023)	how-many	accentless,abbrev	A	XIII
hn so ket 2019 huong toi dai hoi dang lan thu may	how-many	accentless,abbrev,confusable	D	XIII
How many provinces and cities were linked to the 2022 review conference?	how-many	english	B	63
tai HN so ket 2019, BNG len ke hoach cho may thang cuoi nam	how-many	accentless,abbrev,telegraphic	D	06 tháng cuối năm | 6 tháng cuối năm
HN so ket 6 thang dau nam 2021 cua BNG to chuc ngay nao	refuse	accentless,abbrev,near-miss	-	not_in_corpus
~Hội nghị Ngoại giao lần thứ 33 diễn ra khi nào?	refuse	near-miss	-	not_in_corpus
HN tong ket nganh NG nam 2020 co bao nhieu dai bieu	refuse	accentless,abbrev,near-miss	-	not_in_corpus
Who chaired the 2026 cultural diplomacy conference?	refuse	english,near-miss	-	not_in_corpus
Hội thảo an ninh nguồn nước Mê Công năm 2023 tổ chức ở đâu?	refuse	near-miss	-	not_in_corpus
TT Le Thi Thu Hang chu tri HN nao nam 2024	refuse	accentless,abbrev,near-miss	-	not_in_corpus
HN doi thoai du hoc sinh nam 2023 co bao nhieu dai bieu	refuse	accentless,abbrev,near-miss	-	not_in_corpus
Báo cáo số 413/BC-BNG nói về nội dung gì?	refuse	near-miss	-	not_in_corpus
DS VN tai Duc phat bieu gi tai HN ngoai giao van hoa	refuse	accentless,abbrev	-	not_in_corpus
Hội nghị tổng kết PCTN năm 2023 của BNG có kết quả gì?	refuse	abbrev,near-miss	-	not_in_corpus
What did Foreign Minister Lê Hoài Trung say at the retirees' gathering?	refuse	english	-	not_in_corpus
Hội nghị người Việt Nam ở nước ngoài toàn thế giới lần thứ tư có bao nhiêu đại biểu?	refuse	-	-	not_in_corpus
Vì sao HN sơ kết 6 tháng đầu năm 2023 bị hoãn?	refuse	abbrev,premise	-	false_premise
tai sao TTg Pham Minh Chinh vang mat HN tong ket 2024	refuse	accentless,abbrev,premise	-	false_premise
Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao không hoàn thành nhiệm vụ năm 2022?	refuse	premise	-	false_premise
Why did Indonesia cancel the signing of cooperation documents during the state visit?	refuse	english,premise	-	false_premise
tai sao hoi thao Me Cong bi chuyen tu Can Tho ra Ha Noi	refuse	accentless,premise	-	false_premise
Đại sứ Đinh Toàn Thắng phản đối đề xuất lập Trung tâm Văn hóa ở Nhật Bản như thế nào?	refuse	premise	-	false_premise
Những cán bộ nào của BNG bị khởi tố sau các cuộc thanh tra năm 2024?	refuse	abbrev,premise	-	false_premise
Vì sao Thứ trưởng Hoàng Minh Sơn từ chối đồng chủ trì hội nghị du học sinh?	refuse	premise	-	false_premise
tai sao Pham Binh Minh khong du buoi gap mat can bo huu tri	refuse	accentless,premise	-	false_premise
sao UB QP, AN va DN cua QH bac du an Luat Co quan dai dien	refuse	accentless,abbrev,premise	-	false_premise
Vì sao Bộ trưởng Bùi Thanh Sơn vắng mặt tại HN sơ kết 6 tháng đầu năm 2023?	refuse	abbrev,premise	-	false_premise
sao le don tong thong Joko Widodo bi huy vi troi mua	refuse	accentless,premise	-	false_premise
HN so ket 6 thang dau nam 2023 co bao nhieu dai bieu du	refuse	accentless,abbrev	-	not_reported
Buổi làm việc của PTT Trần Lưu Quang với BNG kéo dài bao lâu?	refuse	abbrev	-	not_reported
HN tong ket 2024 co bao nhieu dai bieu tham du	refuse	accentless,abbrev	-	not_reported
Hội nghị sơ kết 6 tháng đầu năm 2019 của BNG được tổ chức ở đâu?	refuse	abbrev	-	not_reported
HN ngoai giao van hoa 2024 ton bao nhieu kinh phi	refuse	accentless,abbrev	-	not_reported
~Đoàn Tổng thống Indonesia lưu trú tại khách sạn nào?	refuse	-	-	not_reported
Hội thảo nguồn nước Mê Công có tất cả bao nhiêu bài tham luận?	refuse	-	-	not_reported
HN doi thoai du hoc sinh 2022 keo dai may tieng	refuse	accentless,abbrev	-	not_reported
~Năm 2022 có bao nhiêu du học sinh Việt Nam ở Nhật Bản?	refuse	-	-	not_reported
HN PCTN 2024 cua BNG bat dau luc may gio	refuse	accentless,abbrev	-	not_reported
How many visitors came to the opening of the 80-year diplomacy photo exhibition?	refuse	english	-	not_reported
Điểm cầu Cao Bằng có bao nhiêu đại biểu dự HN tổng kết 2022?	refuse	abbrev	-	not_reported
"""
HEADER = """# Blind evaluation set 13 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question\tform\ttags\treport\tfacts
"""
out = [HEADER.rstrip("\n")]
def strip_accents(t):
    t = unicodedata.normalize("NFD", t.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t if not unicodedata.combining(c)).lower()
for line in ROWS.strip("\n").split("\n"):
    q, form, tags, rep, facts = line.split("\t")
    if q.startswith("~"):  # typed on a phone without Vietnamese input
        q = strip_accents(q[1:]).rstrip("?")
        tags = "accentless" if tags == "-" else "accentless," + tags
    rep = "-" if rep == "-" else ";".join(R[x] for x in rep.split(";"))
    out.append("\t".join([q, form, tags, rep, facts]))
(ROOT / "questions.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
print("rows:", len(out) - 4)
