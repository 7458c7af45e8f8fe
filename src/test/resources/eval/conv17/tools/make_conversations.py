# Builds conversations.tsv from the turns held below as data.
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'conversations.tsv')
HEADER = [
 "# Blind conversation set 17 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
 "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
 "# facts: groups joined by \" && \" (all required), alternatives joined by \" | \"; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.",
 "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]
NIC, FP, NR = 'refuse:not_in_corpus', 'refuse:false_premise', 'refuse:not_reported'
TK22 = 'Hội nghị tổng kết công tác ngành Ngoại giao năm 2022'
TK24 = 'Hội nghị tổng kết công tác ngành Ngoại giao năm 2024'
SK23 = 'Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao'
SK19 = 'Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao'
TLQ = 'buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao ngày 31-1'

C = []
def conv(*turns): C.append(turns)

conv(("Ai chủ trì hội nghị tổng kết công tác ngành ngoại giao năm 2022?", 'new', '-', f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn"),
     ("ong ay noi gi khi khai mac", 'pronoun', 'accentless', f"Bộ trưởng Bùi Thanh Sơn nói gì khi khai mạc {TK22}?", "Hội nghị đối ngoại toàn quốc | Hội nghị Ngoại giao lần thứ 31 | nhìn lại một năm"),
     ("bao nhiêu đại biểu?", 'ellipsis', 'telegraphic', f"{TK22} có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu | 700 đại biểu"),
     ("con nam 2024 thi sao", 'substitution', 'accentless', f"{TK24} có bao nhiêu đại biểu tham dự?", NR))

conv(("thu tuong co du hoi nghi tong ket nganh ngoai giao nam 2024 khong", 'new', 'accentless', f"Thủ tướng có dự {TK24} không?", "Phạm Minh Chính"),
     ("ông ấy nhấn mạnh nhiệm vụ bao trùm là gì?", 'pronoun', '-', f"Thủ tướng Phạm Minh Chính nhấn mạnh nhiệm vụ bao trùm đối với công tác đối ngoại là gì tại {TK24}?", "kỷ nguyên vươn mình | tạo đà cho đất nước | vai trò tiên phong, trọng yếu"),
     ("trich nguyen van cau do", 'request', 'accentless', f"Trích nguyên văn câu Thủ tướng Phạm Minh Chính nói về nhiệm vụ bao trùm tại {TK24}.", "Nhiệm vụ bao trùm && kỷ nguyên vươn mình của dân tộc"),
     ("điểm cầu Quảng Trị ai dự?", 'ellipsis', 'telegraphic', f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
     ("ông ấy có phát biểu gì không", 'pronoun', '-', f"Phó Chủ tịch UBND tỉnh Hoàng Nam có phát biểu gì tại {TK24} không?", NR))

conv(("Hội nghị sơ kết 6 tháng đầu năm 2023 của BNG diễn ra ngày nào?", 'new', 'abbrev', f"{SK23} diễn ra ngày nào?", "5/7"),
     ("o dau", 'ellipsis', 'accentless,telegraphic', f"{SK23} được tổ chức ở đâu?", NR),
     ("ai ket luan", 'ellipsis', 'accentless,telegraphic', f"Ai phát biểu kết luận {SK23}?", "Bùi Thanh Sơn"),
     ("thế còn năm 2019?", 'substitution', '-', f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh"),
     ("ong nay luc do giu chuc gi", 'pronoun', 'accentless', "Ông Phạm Bình Minh giữ chức vụ gì khi phát biểu tại Hội nghị sơ kết 6 tháng đầu năm 2019?", "Phó Thủ tướng && Bộ trưởng Ngoại giao"))

conv(("PTT Trần Lưu Quang làm việc với BNG ở đâu?", 'new', 'abbrev', "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao"),
     ("khi nao", 'ellipsis', 'accentless,telegraphic', "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao khi nào?", "31-1"),
     ("ai báo cáo với ông ấy?", 'pronoun', '-', f"Ai báo cáo với Phó Thủ tướng Trần Lưu Quang tại {TLQ}?", "Bùi Thanh Sơn"),
     ("bao nhiêu người dự?", 'ellipsis', 'telegraphic', f"Có bao nhiêu người tham dự {TLQ}?", NR),
     ("nguon nao", 'request', 'accentless,telegraphic', f"Thông tin về {TLQ} lấy từ nguồn nào?", "VGP | B.T.V"))

conv(("6 tháng đầu năm 2019 VN thiết lập quan hệ Đối tác toàn diện với những nước nào?", 'new', 'abbrev', "Trong 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?", "Brunei && Hà Lan"),
     ("tổng số lên bao nhiêu?", 'ellipsis', 'telegraphic', "Sau 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam lên bao nhiêu?", "30 quốc gia"),
     ("Thủ tướng yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại hội nghị tổng kết năm 2022?", 'new', '-', f"Thủ tướng yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm tại {TK22}?", "6 nhiệm vụ trọng tâm"),
     ("con 2024 thi sao", 'substitution', 'accentless', f"Tại {TK24}, Thủ tướng yêu cầu ngành ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", NR))

conv(("viet nam trung cu uy vien khong thuong truc HDBA LHQ voi bao nhieu phieu", 'new', 'accentless,abbrev', "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?", "192/193"),
     ("nhiệm kỳ nào?", 'ellipsis', 'telegraphic', "Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?", "2020-2021"),
     ("thông tin này ở báo cáo nào?", 'request', '-', "Thông tin Việt Nam trúng cử Ủy viên không thường trực HĐBA LHQ với 192/193 phiếu nằm trong báo cáo về hội nghị nào?", "2019 | Phạm Bình Minh | 22/7"),
     ("hội nghị đó có nói về CPTPP không", 'pronoun', 'abbrev', f"{SK19} có nói về Hiệp định CPTPP không?", "CPTPP && chính thức được triển khai"),
     ("sao luc do VN lai phan doi EVFTA", 'pronoun', 'accentless,abbrev,premise', "Vì sao trong 6 tháng đầu năm 2019 Việt Nam lại phản đối Hiệp định EVFTA?", FP))

conv(("Ai dự hội nghị tổng kết ngoại giao 2022 tại điểm cầu Cao Bằng?", 'new', '-', f"Ai dự {TK22} tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
     ("vi nay giu chuc vu gi", 'pronoun', 'accentless', "Đồng chí Nguyễn Bích Ngọc giữ chức vụ gì?", "Ủy viên Ban Thường vụ Tỉnh ủy | Phó Chủ tịch UBND tỉnh"),
     ("nhung huyen nao tham du", 'ellipsis', 'accentless', f"Những huyện nào của Cao Bằng tham dự {TK22}?", "Quảng Hòa && Hạ Lang && Bảo Lạc"),
     ("còn Quảng Trị năm 2024?", 'substitution', '-', f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
     ("diem cau do co nhung huyen nao", 'pronoun', 'accentless', f"Những huyện nào dự {TK24} tại điểm cầu Quảng Trị?", NR))

conv(("Tại hội nghị tổng kết 2022, Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì?", 'new', '-', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì?", "cây tre Việt Nam"),
     ("nói rõ hơn", 'request', 'telegraphic', f"Nói rõ hơn về bản sắc \"cây tre Việt Nam\" mà Thủ tướng Phạm Minh Chính nhắc đến tại {TK22}.", "gốc vững && ứng vạn biến"),
     ("nguyen van cau phuong cham", 'request', 'accentless,telegraphic', "Trích nguyên văn phương châm ứng xử mà Thủ tướng Phạm Minh Chính nêu tại Hội nghị tổng kết năm 2022.", "dĩ bất biến && ứng vạn biến"),
     ("còn về hợp tác và đấu tranh thì sao", 'substitution', '-', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về hợp tác và đấu tranh?", "đối tác, đối tượng | đối tượng"),
     ("thủ tướng phê bình ai ở hội nghị đó?", 'pronoun', 'premise', f"Thủ tướng Phạm Minh Chính đã phê bình ai tại {TK22}?", FP))

conv(("so ket 6 thang dau nam 2023 danh gia doi ngoai the nao", 'new', 'accentless,telegraphic', f"{SK23} đánh giá công tác đối ngoại như thế nào?", "điểm sáng | thích ứng, sáng tạo"),
     ("hội nghị đó có khen thưởng không?", 'pronoun', '-', f"{SK23} có khen thưởng không?", "danh hiệu | khen thưởng"),
     ("ai trao", 'ellipsis', 'accentless,telegraphic', f"Ai trao tặng danh hiệu, khen thưởng tại {SK23}?", "Bộ trưởng Ngoại giao | Bùi Thanh Sơn"),
     ("Phạm Bình Minh yêu cầu gì về công tác xây dựng ngành tại hội nghị sơ kết 2019?", 'new', '-', f"Phó Thủ tướng Phạm Bình Minh yêu cầu gì về công tác xây dựng ngành tại {SK19}?", "tuyển dụng && bảo vệ chính trị nội bộ"),
     ("the con nam 2023", 'substitution', 'accentless', f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?", "thi đua khen thưởng | bảo đảm chế độ chính sách"))

conv(("Hội nghị tổng kết công tác ngoại giao năm 2023 do ai chủ trì?", 'new', 'near-miss', "Hội nghị tổng kết công tác ngành Ngoại giao năm 2023 do ai chủ trì?", NIC),
     ("con nam 2022", 'substitution', 'accentless', f"{TK22} do ai chủ trì?", "Bùi Thanh Sơn"),
     ("hội nghị ấy kết nối bao nhiêu điểm cầu", 'pronoun', '-', f"{TK22} kết nối với bao nhiêu điểm cầu?", "63 tỉnh"),
     ("còn 2024?", 'substitution', 'telegraphic', f"{TK24} kết nối với bao nhiêu điểm cầu?", NR),
     ("ket luan the nao", 'ellipsis', 'accentless,telegraphic', f"{TK24} được kết luận như thế nào?", "Nhiệm vụ bao trùm | kỷ nguyên vươn mình"))

conv(("PTT Trần Lưu Quang xác định nhiệm vụ trung tâm của ngành ngoại giao là gì?", 'new', 'abbrev', "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trung tâm là gì?", "phục vụ phát triển đất nước"),
     ("con nhiem vu trong yeu", 'substitution', 'accentless,telegraphic', "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ trọng yếu, thường xuyên là gì?", "giữ vững hòa bình, ổn định | giữ vững hòa bình"),
     ("nhiệm vụ quan trọng thì sao", 'substitution', '-', "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang xác định nhiệm vụ quan trọng là gì?", "nâng cao vị thế và uy tín"),
     ("tom tat lai 3 nhiem vu do", 'request', 'accentless', "Tóm tắt ba nhiệm vụ (trọng yếu, trung tâm, quan trọng) mà Phó Thủ tướng Trần Lưu Quang nêu tại buổi làm việc với Bộ Ngoại giao.", "giữ vững hòa bình && phục vụ phát triển đất nước && nâng cao vị thế"),
     ("ông ấy dựa trên chỉ đạo của ai", 'pronoun', '-', "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao bám sát chỉ đạo của ai?", "Nguyễn Phú Trọng"))

conv(("Who chaired the MFA's 2022 year-end review conference?", 'new', 'english,abbrev', f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn"),
     ("and the date?", 'ellipsis', 'english,telegraphic', f"{TK22} diễn ra ngày nào?", "10/1"),
     ("what about the 2024 one?", 'substitution', 'english', f"{TK24} diễn ra ngày nào?", "6/1"),
     ("who chaired it", 'pronoun', 'english', f"Ai chủ trì {TK24}?", NR))

conv(("pho thu tuong pham binh minh neu nhung diem can luu tam nao o so ket 2019", 'new', 'accentless', f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh nêu những điểm cần lưu tâm nào?", "nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa"),
     ("diem thu hai noi ro hon", 'request', 'accentless,telegraphic', f"Nói rõ hơn điểm thứ hai mà Phó Thủ tướng Phạm Bình Minh nêu tại {SK19}.", "tăng cường sự phối hợp && giữa các đơn vị trong Bộ"),
     ("ông ấy đánh giá tình hình quốc tế nửa đầu năm đó ra sao", 'pronoun', '-', "Phó Thủ tướng Phạm Bình Minh đánh giá tình hình quốc tế nửa đầu năm 2019 như thế nào?", "phức tạp hơn | khó lường"),
     ("vì sao hội nghị đó bị hoãn sang tháng 8?", 'pronoun', 'premise', f"Vì sao {SK19} bị hoãn sang tháng 8?", FP),
     ("BNG đặt mục tiêu gì cho năm 2025?", 'new', 'abbrev', "Bộ Ngoại giao xác định mục tiêu, nhiệm vụ gì cho năm 2025?", "dự báo đúng tình hình | thế chủ động chiến lược"))

conv(("Hội nghị tổng kết ngoại giao 2024 nói gì về tinh gọn bộ máy?", 'new', '-', f"{TK24} nói gì về tinh gọn tổ chức bộ máy của Bộ Ngoại giao?", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
     ("tổng kết nghị quyết nào?", 'ellipsis', 'telegraphic', f"Theo {TK24}, cần tổng kết nghị quyết nào?", "Nghị quyết 18"),
     ("ai noi vay", 'request', 'accentless,telegraphic', f"Ai nêu yêu cầu tổng kết Nghị quyết 18 và tinh gọn bộ máy tại {TK24}?", "Phạm Minh Chính"),
     ("còn PTT Trần Lưu Quang thì sao", 'substitution', 'abbrev', "Phó Thủ tướng Trần Lưu Quang nói gì về tinh gọn tổ chức bộ máy của Bộ Ngoại giao?", NR),
     ("Thủ tướng dự HN tổng kết 2022 cùng bao nhiêu đại biểu?", 'new', 'abbrev', f"Có bao nhiêu đại biểu cùng Thủ tướng dự {TK22}?", "hơn 700 đại biểu | 700"))

conv(("Ngoài Bộ trưởng Bùi Thanh Sơn, ai tham dự hội nghị sơ kết 6 tháng đầu năm 2023?", 'new', '-', f"Ngoài Bộ trưởng Bùi Thanh Sơn, ai tham dự {SK23}?", "Lãnh đạo Bộ Ngoại giao && đại diện các đơn vị"),
     ("thu tuong phat bieu gi o hoi nghi do", 'pronoun', 'accentless,premise', f"Thủ tướng phát biểu gì tại {SK23}?", FP),
     ("bao nhieu nguoi du", 'ellipsis', 'accentless,telegraphic', f"{SK23} có bao nhiêu người tham dự?", NR),
     ("Kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", 'new', '-', "Kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?", "700 tỷ USD"),
     ("ai đưa ra con số đó", 'request', '-', "Ai đánh giá kim ngạch xuất nhập khẩu năm 2022 vượt mốc 700 tỷ USD?", "Bùi Thanh Sơn"))

conv(("6 thang dau 2019 hoi nhap kinh te co ket qua gi", 'new', 'accentless,telegraphic', "Trong 6 tháng đầu năm 2019, hội nhập quốc tế và ngoại giao kinh tế đạt kết quả gì?", "CPTPP && EVFTA"),
     ("EVFTA là gì", 'request', 'abbrev', "EVFTA nhắc trong câu trả lời vừa rồi là hiệp định gì?", "Hiệp định tự do thương mại với EU"),
     ("ký chưa?", 'ellipsis', 'telegraphic', "Trong 6 tháng đầu năm 2019, Hiệp định EVFTA đã được ký kết chưa?", "được ký kết"),
     ("còn năm 2018?", 'substitution', 'near-miss', "Trong năm 2018, hội nhập quốc tế và ngoại giao kinh tế đạt kết quả gì?", NIC),
     ("Hội nghị sơ kết 2019 nhắc đến Chỉ thị nào về đối ngoại đa phương?", 'new', '-', f"{SK19} nhắc đến Chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương?", "Chỉ thị 25"))

conv(("Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang?", 'new', '-', f"Tại {TLQ}, Bộ trưởng Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng?", "năm 2022 && đổi mới tư duy và hành động"),
     ("nói rõ hơn phần đổi mới", 'request', 'telegraphic', "Nói rõ hơn về việc Bộ Ngoại giao quyết tâm đổi mới tư duy và hành động mà Bộ trưởng Bùi Thanh Sơn báo cáo với Phó Thủ tướng Trần Lưu Quang.", "lề lối làm việc | kỷ cương hành chính | kiểm tra, giám sát"),
     ("PTT danh gia nganh ra sao", 'ellipsis', 'accentless,abbrev', "Phó Thủ tướng Trần Lưu Quang đánh giá ngành ngoại giao như thế nào?", "đánh giá cao"),
     ("vì sao ông ấy phê bình BNG chậm đổi mới", 'pronoun', 'abbrev,premise', "Vì sao Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao chậm đổi mới?", FP),
     ("lãnh đạo VPCP có dự không", 'ellipsis', 'abbrev', f"Lãnh đạo Văn phòng Chính phủ có dự {TLQ} không?", "Văn phòng Chính phủ"))

conv(("Hội nghị tổng kết năm 2022 và năm 2024 đều có Thủ tướng dự phải không?", 'new', '-', f"{TK22} và {TK24} đều có Thủ tướng dự phải không?", "Phạm Minh Chính"),
     ("ca hai deu truc tuyen a", 'ellipsis', 'accentless', f"{TK22} và {TK24} đều tổ chức trực tuyến phải không?", "trực tuyến"),
     ("Hội nghị sơ kết 2019 diễn ra ngày nào?", 'new', '-', f"{SK19} diễn ra ngày nào?", "22/7"),
     ("con so ket 2023", 'substitution', 'accentless', f"{SK23} diễn ra ngày nào?", "5/7"),
     ("thế còn sơ kết 2021?", 'substitution', 'near-miss', "Hội nghị sơ kết công tác 6 tháng đầu năm 2021 của Bộ Ngoại giao diễn ra ngày nào?", NIC))

conv(("ai chu tri hoi nghi tong ket ngaoi giao 2022", 'new', 'accentless,typo', f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn"),
     ("ong ay giu chuc gi", 'pronoun', 'accentless', "Ông Bùi Thanh Sơn giữ chức vụ gì?", "Ủy viên Trung ương Đảng && Bộ trưởng"),
     ("ông ấy nói ngành ngoại giao đang bước sang giai đoạn gì", 'pronoun', '-', f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?", "giai đoạn phát triển mới"),
     ("doi hoi gi", 'ellipsis', 'accentless,telegraphic', f"Theo Bộ trưởng Bùi Thanh Sơn tại {TK22}, giai đoạn phát triển mới đòi hỏi ngành Ngoại giao điều gì?", "đổi mới mạnh mẽ tư duy và hành động"))

conv(("năm 2024 ngoại giao kinh tế chuyển biến ở những lĩnh vực nào", 'new', '-', "Theo Hội nghị tổng kết năm 2024, ngoại giao kinh tế chuyển biến mạnh mẽ ở những lĩnh vực nào?", "chíp bán dẫn && trí tuệ nhân tạo"),
     ("duoi su chi dao cua ai", 'ellipsis', 'accentless', "Năm 2024, ngoại giao kinh tế chuyển biến dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ"),
     ("còn năm 2022?", 'substitution', 'telegraphic', "Năm 2022, ngoại giao kinh tế đạt kết quả gì?", "700 tỷ USD"),
     ("6 tháng đầu 2023 thì sao", 'substitution', 'telegraphic', "Trong 6 tháng đầu năm 2023, ngoại giao kinh tế đạt kết quả gì?", "trọng tâm, trọng điểm | kết nối đối tác"),
     ("nguon", 'request', 'accentless,telegraphic', f"Thông tin về {SK23} lấy từ nguồn nào?", "TTXVN"))

conv(("Bộ trưởng Ngoại giao Lê Hoài Trung phát biểu gì tại hội nghị tổng kết năm 2024?", 'new', 'near-miss', f"Bộ trưởng Ngoại giao Lê Hoài Trung phát biểu gì tại {TK24}?", NIC),
     ("thế ai chỉ đạo hội nghị đó", 'pronoun', '-', f"Ai dự và chỉ đạo {TK24}?", "Phạm Minh Chính"),
     ("ong ay yeu cau gi ve doi ngu can bo", 'pronoun', 'accentless', f"Tại {TK24}, Thủ tướng Phạm Minh Chính yêu cầu gì về đội ngũ cán bộ ngoại giao?", "vừa hồng, vừa chuyên && tinh thông về nghiệp vụ | khôn khéo về ứng xử"),
     ("còn PBM năm 2019?", 'substitution', 'abbrev,telegraphic', f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh yêu cầu gì về đội ngũ cán bộ?", "tuyển dụng && kỷ cương, kỷ luật"))

conv(("tt pham minh chinh de nghi gi ve bao ve to quoc o hn tong ket 2022", 'new', 'accentless,abbrev', f"Tại {TK22}, Thủ tướng Phạm Minh Chính đề nghị gì về bảo vệ Tổ quốc?", "từ sớm && từ xa"),
     ("trích nguyên văn", 'request', 'telegraphic', f"Trích nguyên văn câu của Thủ tướng Phạm Minh Chính về bảo vệ Tổ quốc tại {TK22}.", "giữ nước từ khi nước chưa nguy"),
     ("ông ấy nói tinh thần phục vụ thế nào", 'pronoun', '-', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói về tinh thần phục vụ như thế nào?", "trung tâm phục vụ"),
     ("thế còn trong buổi làm việc với PTT Trần Lưu Quang?", 'substitution', 'abbrev', f"Tại {TLQ}, tinh thần phục vụ được nêu như thế nào?", "phụng sự Đảng | phục vụ các ban, bộ, ngành"))

conv(("Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao tổ chức ở đâu?", 'new', '-', f"{SK19} được tổ chức ở đâu?", NR),
     ("ai phat bieu chi dao", 'ellipsis', 'accentless,telegraphic', f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh"),
     ("hội nghị đó nhắc sự kiện quốc tế nào VN tổ chức thành công", 'pronoun', 'abbrev', f"{SK19} nhắc sự kiện quốc tế nào Việt Nam tổ chức thành công?", "Mỹ - Triều"),
     ("con 2020", 'substitution', 'accentless,telegraphic,near-miss', "Hội nghị sơ kết 6 tháng đầu năm 2020 nhắc sự kiện quốc tế nào Việt Nam tổ chức thành công?", NIC),
     ("bài về năm 2019 đăng ở đâu", 'request', '-', f"Báo cáo về {SK19} lấy từ nguồn nào?", "CLO | TG&VN"))

conv(("So sánh người phát biểu kết luận/chỉ đạo ở hội nghị sơ kết 2019 và 2023", 'new', '-', f"Ai phát biểu chỉ đạo, kết luận tại {SK19} và tại {SK23}?", "Phạm Bình Minh && Bùi Thanh Sơn"),
     ("ngay nao", 'ellipsis', 'accentless,telegraphic', f"{SK19} và {SK23} diễn ra ngày nào?", "22/7 && 5/7"),
     ("hai hội nghị đó bám theo đường lối Đại hội nào", 'pronoun', '-', f"{SK19} và {SK23} gắn với đường lối đối ngoại của Đại hội Đảng nào?", "Đại hội XII && Đại hội XIII"),
     ("What did Deputy PM Tran Luu Quang say about the world situation?", 'new', 'english,abbrev', "Phó Thủ tướng Trần Lưu Quang nhận định gì về tình hình thế giới?", "biến động sâu sắc"))

conv(("Hội nghị tổng kết 2022 nhìn lại việc thực hiện kết luận tại Hội nghị Ngoại giao lần thứ mấy?", 'new', '-', f"{TK22} nhìn lại việc thực hiện kết luận, chỉ đạo tại Hội nghị Ngoại giao lần thứ mấy?", "lần thứ 31"),
     ("the con hn so ket 2019", 'substitution', 'accentless,abbrev', f"{SK19} nhắc đến tinh thần của Hội nghị Ngoại giao lần thứ mấy?", "Hội nghị Ngoại giao 30"),
     ("còn HN Ngoại giao 32 thì sao?", 'substitution', 'abbrev,near-miss', "Các báo cáo nói gì về Hội nghị Ngoại giao lần thứ 32?", NIC),
     ("Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị đối ngoại toàn quốc năm nào?", 'new', '-', "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại Hội nghị đối ngoại toàn quốc năm nào?", "Hội nghị đối ngoại toàn quốc năm 2021"))

conv(("nhiem vu nam 2025 cua nganh ngoai giao gom nhung gi", 'new', 'accentless', "Nhiệm vụ năm 2025 của ngành Ngoại giao gồm những gì?", "dự báo đúng tình hình && đối ngoại Nhân dân"),
     ("tom tat lai", 'request', 'accentless,telegraphic', "Tóm tắt lại mục tiêu, nhiệm vụ năm 2025 của ngành Ngoại giao.", "dự báo đúng tình hình && thế chủ động chiến lược"),
     ("về đa phương?", 'ellipsis', 'telegraphic', f"Tại {TK24}, ngành ngoại giao được yêu cầu gì về đối ngoại đa phương?", "vai trò, vị thế và uy tín của Việt Nam"),
     ("còn 2019?", 'substitution', 'telegraphic', f"{SK19} nói gì về đối ngoại đa phương?", "Chỉ thị 25"),
     ("Báo cáo về hội nghị tổng kết 2024 do ai viết?", 'new', '-', f"Bài báo cáo về {TK24} do ai viết?", "Hoài Nhung"))

conv(("Vì sao Thủ tướng Phạm Minh Chính hủy dự hội nghị tổng kết ngoại giao 2022?", 'new', 'premise', f"Vì sao Thủ tướng Phạm Minh Chính hủy dự {TK22}?", FP),
     ("vay ai chu tri", 'ellipsis', 'accentless,telegraphic', f"Ai chủ trì {TK22}?", "Bùi Thanh Sơn"),
     ("ông ấy nói sự tham dự của Thủ tướng có ý nghĩa gì", 'pronoun', '-', f"Bộ trưởng Bùi Thanh Sơn nói sự tham dự của Thủ tướng tại {TK22} có ý nghĩa gì?", "quan tâm đặc biệt | nguồn cổ vũ"),
     ("điểm cầu Cao Bằng có bao nhiêu người dự hội nghị đó", 'pronoun', '-', f"Điểm cầu Cao Bằng có bao nhiêu người dự {TK22}?", NR))

conv(("PTT Trần Lưu Quang yêu cầu BNG tập trung làm những việc gì?", 'new', 'abbrev', "Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện những việc gì?", "chương trình đối ngoại cấp cao && biên giới hoà bình"),
     ("nói gọn lại", 'request', 'telegraphic,paraphrase', "Tóm tắt ngắn những việc Phó Thủ tướng Trần Lưu Quang yêu cầu Bộ Ngoại giao tập trung thực hiện.", "chương trình đối ngoại cấp cao && hội nhập quốc tế"),
     ("thế còn Thủ tướng ở HN tổng kết 2024?", 'substitution', 'abbrev', f"Tại {TK24}, Thủ tướng Phạm Minh Chính yêu cầu ngành ngoại giao tập trung làm những việc gì?", "hoạt động đối ngoại cấp cao && Nghị quyết 18"),
     ("con PTT Pham Binh Minh nam 2019", 'substitution', 'accentless,abbrev', f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh yêu cầu tập trung làm những việc gì?", "chương trình công tác năm 2019 | tăng cường sự phối hợp"),
     ("khi nao", 'ellipsis', 'accentless,telegraphic', f"{SK19} diễn ra khi nào?", "22/7"))

conv(("ngoai giao kinh te 6 thang dau nam 2023 dat ket qua gi", 'new', 'accentless', "Ngoại giao kinh tế trong 6 tháng đầu năm 2023 đạt kết quả gì?", "trọng tâm, trọng điểm"),
     ("ho tro dia phuong doanh nghiep ra sao", 'ellipsis', 'accentless', "Trong 6 tháng đầu năm 2023, ngoại giao kinh tế hỗ trợ địa phương, doanh nghiệp như thế nào?", "kết nối đối tác && mở rộng thị trường"),
     ("con bao ho cong dan", 'substitution', 'accentless,telegraphic', "Công tác bảo hộ công dân trong 6 tháng đầu năm 2023 được đánh giá thế nào?", "đổi mới trong cách thức thực hiện"),
     ("nguon", 'request', 'accentless,telegraphic', f"Thông tin về {SK23} lấy từ nguồn nào?", "TTXVN"),
     ("hội nghị đó có nói bao nhiêu công dân được bảo hộ không", 'pronoun', '-', f"{SK23} có nói bao nhiêu công dân được bảo hộ không?", NR))

conv(("hn ngay 6/1 la hn gi", 'new', 'accentless,abbrev,telegraphic', "Hội nghị ngày 6/1 là hội nghị gì?", "năm 2024 && năm 2025"),
     ("con 10/1", 'substitution', 'accentless,telegraphic', "Hội nghị ngày 10/1 là hội nghị gì?", "năm 2022"),
     ("22/7?", 'substitution', 'telegraphic', "Hội nghị ngày 22/7 là hội nghị gì?", "sơ kết && 2019"),
     ("31-1 thi sao", 'substitution', 'accentless,telegraphic', "Sự kiện ngày 31-1 là gì?", "Trần Lưu Quang"),
     ("còn 15/3?", 'substitution', 'telegraphic', "Hội nghị ngày 15/3 của Bộ Ngoại giao là hội nghị gì?", NIC))

conv(("Thành phần dự hội nghị tổng kết ngành ngoại giao 2022 gồm những ai?", 'new', '-', f"Thành phần dự {TK22} gồm những ai?", "Phạm Minh Chính && lãnh đạo các bộ, ban, ngành Trung ương | cán bộ ngoại giao trong và ngoài nước"),
     ("thủ tướng dự với cương vị gì", 'pronoun', 'paraphrase', f"Thủ tướng Phạm Minh Chính dự {TK22} với những chức danh gì?", "Ủy viên Bộ Chính trị"),
     ("ai viet bai nay", 'request', 'accentless', f"Ai viết bài về {TK22}?", "Vi Trường"),
     ("Phó Chủ tịch UBND tỉnh Quảng Trị dự hội nghị ngoại giao nào?", 'new', '-', "Phó Chủ tịch UBND tỉnh Quảng Trị dự hội nghị ngoại giao nào?", "năm 2024 && Hoàng Nam"),
     ("hội nghị ấy diễn ra buổi nào", 'pronoun', '-', f"{TK24} diễn ra vào buổi nào, ngày nào?", "Sáng nay 6/1"))

conv(("Bộ trưởng Bùi Thanh Sơn đề nghị ngành ngoại giao làm gì trong 6 tháng cuối năm 2023?", 'new', '-', f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị ngành Ngoại giao làm gì trong 6 tháng cuối năm 2023?", "đường lối đối ngoại của Đại hội XIII && dự báo, tham mưu"),
     ("tóm tắt lại", 'request', 'telegraphic', "Tóm tắt lại những đề nghị của Bộ trưởng Bùi Thanh Sơn cho 6 tháng cuối năm 2023.", "ngoại giao kinh tế && chuyển đổi số"),
     ("ong ay bieu duong ai", 'pronoun', 'accentless', f"Bộ trưởng Bùi Thanh Sơn biểu dương ai tại {SK23}?", "công chức, viên chức"),
     ("HN sơ kết 2019 đặt mục tiêu xây dựng đội ngũ cán bộ thế nào", 'new', 'abbrev', f"{SK19} đặt mục tiêu xây dựng đội ngũ cán bộ như thế nào?", "tinh nhuệ && vừa hồng, vừa chuyên"),
     ("còn hội nghị 2024?", 'substitution', 'telegraphic', f"{TK24} đặt yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "tinh thông về nghiệp vụ | khôn khéo về ứng xử | tuyệt đối trung thành"))

conv(("Hội nghị sơ kết 6 tháng đầu năm 2024 của BNG có gì nổi bật?", 'new', 'abbrev,near-miss', "Hội nghị sơ kết 6 tháng đầu năm 2024 của Bộ Ngoại giao có gì nổi bật?", NIC),
     ("thế còn tổng kết năm 2024", 'substitution', '-', f"{TK24} có gì nổi bật?", "chíp bán dẫn | kỷ nguyên vươn mình | Nghị quyết 18"),
     ("ai du", 'ellipsis', 'accentless,telegraphic', f"Ai dự {TK24}?", "Phạm Minh Chính && Hoàng Nam"),
     ("nguồn nào", 'request', 'telegraphic', f"Thông tin về {TK24} lấy từ nguồn nào?", "Quảng Trị | baoquangtri | Hoài Nhung"))

conv(("buoi lam viec cua pho thu tuong tran luu quang voi bo ngoai giao dien ra luc nao", 'new', 'accentless', "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao diễn ra lúc nào?", "Chiều ngày 31-1 | 31-1"),
     ("hôm đó bàn về công tác năm nào", 'pronoun', '-', f"{TLQ} bàn về triển khai công tác đối ngoại năm nào?", "năm 2023"),
     ("ong ay yeu cau gi ve bien gioi", 'pronoun', 'accentless', "Phó Thủ tướng Trần Lưu Quang yêu cầu gì về biên giới?", "hữu nghị và phát triển"),
     ("Hiệp định nào chính thức được triển khai trong 6 tháng đầu năm 2019?", 'new', '-', "Hiệp định nào chính thức được triển khai trong 6 tháng đầu năm 2019?", "CPTPP"),
     ("VN rut khoi hiep dinh do khi nao", 'pronoun', 'accentless,abbrev,premise', "Việt Nam rút khỏi Hiệp định CPTPP khi nào?", FP))

conv(("BT BTS ket luan gi o so ket 6t dau 2023", 'new', 'accentless,abbrev,telegraphic', f"Bộ trưởng Bùi Thanh Sơn kết luận gì tại {SK23}?", "biểu dương && Đại hội XIII"),
     ("ve ngoai giao van hoa", 'ellipsis', 'accentless,telegraphic', f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị gì về ngoại giao văn hóa?", "phát huy vai trò ngoại giao văn hóa"),
     ("còn thông tin đối ngoại?", 'substitution', 'telegraphic', f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?", "phương thức truyền thông mới"),
     ("trich nguyen van", 'request', 'accentless,telegraphic', f"Trích nguyên văn đề nghị của Bộ trưởng Bùi Thanh Sơn về thông tin đối ngoại tại {SK23}.", "ứng dụng các phương thức truyền thông mới trong thông tin đối ngoại"))

conv(("When was the Foreign Ministry's 2019 mid-year review held?", 'new', 'english', f"{SK19} diễn ra ngày nào?", "22/7"),
     ("who spoke there?", 'pronoun', 'english,telegraphic', f"Ai phát biểu chỉ đạo tại {SK19}?", "Phạm Bình Minh"),
     ("how many people attended it?", 'pronoun', 'english', f"Có bao nhiêu người dự {SK19}?", NR),
     ("How many provinces were connected to the 2022 year-end conference?", 'new', 'english', f"{TK22} được kết nối với bao nhiêu tỉnh, thành phố?", "63 tỉnh"))

conv(("Hội nghị tổng kết 2024 nhắc việc BNG tiếp nhận chức năng của cơ quan nào?", 'new', 'abbrev', f"Theo {TK24}, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của cơ quan nào?", "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội"),
     ("ai phan doi viec do", 'pronoun', 'accentless,premise', "Ai phản đối việc Bộ Ngoại giao tiếp nhận chức năng của Ban Đối ngoại Trung ương và Ủy ban Đối ngoại Quốc hội?", FP),
     ("ai nêu nội dung đó", 'request', '-', f"Ai nêu nội dung về tiếp nhận chức năng của Ban Đối ngoại Trung ương tại {TK24}?", "Phạm Minh Chính"),
     ("nhằm tạo bước tiến gì", 'ellipsis', 'telegraphic', "Việc tinh gọn bộ máy và tiếp nhận chức năng đó nhằm tạo bước tiến gì cho Bộ Ngoại giao?", "bước tiến đột phá"))

conv(("Hội nghị sơ kết 2019 đánh giá công tác ngoại vụ địa phương thế nào?", 'new', '-', f"{SK19} đánh giá công tác ngoại vụ địa phương như thế nào?", "lấy doanh nghiệp và người dân làm trung tâm"),
     ("cong tac dang doan the", 'ellipsis', 'accentless,telegraphic', f"{SK19} đánh giá công tác Đảng, đoàn thể như thế nào?", "thực chất"),
     ("năm đó VN có tổ chức hội nghị thượng đỉnh nào không", 'pronoun', 'abbrev', "Trong 6 tháng đầu năm 2019, Việt Nam có tổ chức hội nghị thượng đỉnh nào không?", "Mỹ - Triều"),
     ("vì sao hội nghị đó không thành công", 'pronoun', 'premise', "Vì sao Hội nghị thượng đỉnh Mỹ - Triều lần 2 tại Việt Nam không thành công?", FP))

conv(("BT Bùi Thanh Sơn đánh giá năm 2022 đối ngoại đạt kết quả gì về biên giới lãnh thổ?", 'new', 'abbrev', f"Tại {TK22}, Bộ trưởng Bùi Thanh Sơn đánh giá công tác đối ngoại năm 2022 đạt kết quả gì về biên giới lãnh thổ?", "phân định && trên biển, trên bộ"),
     ("ông ấy nói gì về đối ngoại đa phương năm đó", 'pronoun', '-', "Bộ trưởng Bùi Thanh Sơn đánh giá đối ngoại đa phương năm 2022 như thế nào?", "đóng góp có trách nhiệm"),
     ("thế còn năm 2024?", 'substitution', '-', f"{TK24} nói gì về đối ngoại đa phương?", "vai trò, vị thế và uy tín của Việt Nam | song phương và đa phương"),
     ("Ai là tác giả bài về buổi làm việc của PTT Trần Lưu Quang?", 'new', 'abbrev', f"Ai là tác giả bài về {TLQ}?", "B.T.V"))

conv(("so ket giua nam 2023 nhan dinh tinh hinh the gioi ra sao", 'new', 'accentless,paraphrase', f"{SK23} nhận định tình hình thế giới và khu vực như thế nào?", "tác động sâu sắc đến quan hệ quốc tế"),
     ("còn quan hệ với các đối tác?", 'substitution', '-', f"{SK23} đánh giá quan hệ với các đối tác như thế nào?", "nhiều bước phát triển mới"),
     ("cong tac nguoi viet o nuoc ngoai thi sao", 'substitution', 'accentless', f"{SK23} đánh giá công tác người Việt Nam ở nước ngoài như thế nào?", "cầu nối"),
     ("trich nguyen van", 'request', 'accentless,telegraphic', f"Trích nguyên văn đánh giá về công tác người Việt Nam ở nước ngoài tại {SK23}.", "cầu nối giữa Việt Nam với các nước"),
     ("Hội nghị tổng kết 2022 có điểm cầu tỉnh nào được nhắc cụ thể?", 'new', '-', f"{TK22} có điểm cầu tỉnh nào được nhắc cụ thể?", "Cao Bằng"))

conv(("Tổng kết công tác ngoại giao năm 2021 có những kết quả gì?", 'new', 'near-miss', "Hội nghị tổng kết công tác ngành Ngoại giao năm 2021 có những kết quả gì?", NIC),
     ("con 2022", 'substitution', 'accentless,telegraphic', f"{TK22} nêu những kết quả gì?", "700 tỷ USD | phân định"),
     ("ai chỉ đạo", 'ellipsis', 'telegraphic', f"Ai phát biểu chỉ đạo {TK22}?", "Phạm Minh Chính"),
     ("ong ay yeu cau may nhiem vu trong tam", 'pronoun', 'accentless', f"Tại {TK22}, Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện mấy nhiệm vụ trọng tâm?", "6 nhiệm vụ trọng tâm"),
     ("sao ông ấy lại phản đối đa dạng hóa thị trường nhập khẩu", 'pronoun', 'premise', "Vì sao Thủ tướng Phạm Minh Chính phản đối đa dạng hóa thị trường nhập khẩu tại Hội nghị tổng kết năm 2022?", FP))

conv(("ai du HN tong ket NG 2024 o diem cau Quang Tri", 'new', 'accentless,abbrev', f"Ai dự {TK24} tại điểm cầu Quảng Trị?", "Hoàng Nam"),
     ("chuc vu gj", 'ellipsis', 'accentless,typo,telegraphic', "Ông Hoàng Nam giữ chức vụ gì?", "Phó Chủ tịch UBND tỉnh"),
     ("con Cao Bang nam 2022", 'substitution', 'accentless', f"Ai dự {TK22} tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc"),
     ("cac so nganh nao", 'ellipsis', 'accentless,telegraphic', f"Những sở, đơn vị nào của Cao Bằng dự {TK22}?", "Tài chính && Công an tỉnh | Bộ đội Biên phòng"),
     ("nguoi do phat bieu gi", 'pronoun', 'accentless', f"Đồng chí Nguyễn Bích Ngọc phát biểu gì tại {TK22}?", NR))

conv(("PTT Trần Lưu Quang nhận định gì về cơ hội và thách thức thời gian tới?", 'new', 'abbrev', "Phó Thủ tướng Trần Lưu Quang nhận định gì về cơ hội và thách thức trong thời gian tới?", "cơ hội, thuận lợi"),
     ("ong ay muon BNG tham muu the nao", 'pronoun', 'accentless,abbrev', "Phó Thủ tướng Trần Lưu Quang muốn Bộ Ngoại giao tham mưu như thế nào?", "tham mưu kịp thời"),
     ("ý đó trong báo cáo nào", 'request', '-', "Ý kiến Bộ Ngoại giao cần tham mưu kịp thời nằm trong báo cáo về sự kiện nào?", "31-1 | Trụ sở Bộ Ngoại giao | VGP"),
     ("Trong hội nghị 2022 Thủ tướng nói gì về chuỗi cung ứng?", 'new', '-', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về chuỗi cung ứng?", "chuỗi giá trị gia tăng && chuỗi cung ứng toàn cầu"),
     ("về thị trường?", 'ellipsis', 'telegraphic', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về thị trường?", "mở rộng thị trường xuất khẩu && đa dạng hóa thị trường nhập khẩu"))

conv(("Các báo cáo có hội nghị tổng kết của những năm nào?", 'new', '-', "Các báo cáo có Hội nghị tổng kết công tác ngành Ngoại giao của những năm nào?", "năm 2022 && năm 2024"),
     ("còn sơ kết?", 'substitution', 'telegraphic', "Các báo cáo có Hội nghị sơ kết 6 tháng đầu năm của những năm nào?", "2019 && 2023"),
     ("hn nao trong so do co PTT kiem BT chi dao", 'pronoun', 'accentless,abbrev', "Hội nghị sơ kết nào có Phó Thủ tướng kiêm Bộ trưởng Ngoại giao chỉ đạo?", "Phạm Bình Minh && 2019"),
     ("còn năm 2020?", 'substitution', 'telegraphic,near-miss', "Có Hội nghị sơ kết 6 tháng đầu năm 2020 nào trong các báo cáo không, ai chỉ đạo?", NIC))

conv(("Thủ tướng nói gì về chủ trương 'muốn là bạn' tại hội nghị 2022?", 'new', '-', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về chủ trương \"muốn là bạn\"?", "sẵn sàng là bạn && đối tác tin cậy"),
     ("giai thich them", 'request', 'accentless,telegraphic', "Giải thích thêm về câu trả lời vừa rồi: từ 'muốn là bạn' đến 'sẵn sàng là bạn' và là gì nữa?", "thành viên có trách nhiệm"),
     ("về cán bộ ngoại giao thì ổng nói sao", 'ellipsis', 'paraphrase', f"Tại {TK22}, Thủ tướng Phạm Minh Chính nói gì về cán bộ ngành ngoại giao?", "khơi dậy tâm huyết"),
     ("co giao chi tieu xuat khau cu the khong", 'ellipsis', 'accentless', f"Tại {TK22}, Thủ tướng Phạm Minh Chính có giao chỉ tiêu xuất khẩu cụ thể (con số) không?", NR))

conv(("What did Minister Bui Thanh Son ask MFA units to do better at the 2023 mid-year review?", 'new', 'english,abbrev', f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn việc gì?", "dự báo, tham mưu"),
     ("and on digital?", 'substitution', 'english,telegraphic', f"Tại {SK23}, Bộ trưởng Bùi Thanh Sơn đề nghị gì về chuyển đổi số?", "đẩy mạnh chuyển đổi số"),
     ("did he criticise anyone?", 'pronoun', 'english,premise', f"Bộ trưởng Bùi Thanh Sơn đã phê bình ai tại {SK23}?", FP),
     ("Hội nghị sơ kết 2019 đánh giá công tác nghiên cứu tham mưu ra sao?", 'new', '-', f"{SK19} đánh giá công tác nghiên cứu, tham mưu như thế nào?", "nhiều đề án, báo cáo lớn"))

conv(("hn tong ket 2024 danh gia cong tac doi ngoai nam 2024 the nao", 'new', 'accentless,abbrev', f"{TK24} đánh giá công tác đối ngoại năm 2024 như thế nào?", "đồng bộ, sáng tạo và hiệu quả"),
     ("diem sang ve gi", 'ellipsis', 'accentless,telegraphic', "Theo Hội nghị tổng kết năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?", "thương mại và thu hút đầu tư nước ngoài"),
     ("còn sơ kết 2023 thì sao", 'substitution', '-', f"{SK23} nói đối ngoại là điểm sáng trong điều gì?", "thành tựu chung của cả nước"),
     ("nguon", 'request', 'accentless,telegraphic', f"Thông tin về {SK23} lấy từ nguồn nào?", "TTXVN"))

conv(("Ai tham dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?", 'new', '-', f"Ai tham dự {TLQ}?", "Bùi Thanh Sơn && Văn phòng Chính phủ"),
     ("còn hn sơ kết 2023?", 'substitution', 'abbrev', f"Ai tham dự {SK23}?", "đại diện các đơn vị"),
     ("may gio bat dau", 'ellipsis', 'accentless,telegraphic', f"{SK23} bắt đầu lúc mấy giờ?", NR),
     ("Phạm Bình Minh nói công tác đối ngoại nửa đầu 2019 được triển khai theo tinh thần nào?", 'new', '-', f"Tại {SK19}, Phó Thủ tướng Phạm Bình Minh nói công tác đối ngoại được triển khai theo tinh thần của hội nghị nào?", "Hội nghị Ngoại giao 30 && tổng kết công tác năm 2018"),
     ("cân bằng với ai", 'ellipsis', 'telegraphic,paraphrase', "Theo Phó Thủ tướng Phạm Bình Minh, nửa đầu 2019 công tác đối ngoại giữ được cân bằng linh hoạt trong quan hệ với ai?", "cân bằng linh hoạt && các nước lớn"))

# Turns re-typed without diacritics (as people type on a phone): (conversation, turn) -> (question, extra tags)
RETYPED = {
 (1, 3): ("bao nhieu dai bieu", 'accentless'),
 (2, 4): ("diem cau Quang Tri ai du", 'accentless'),
 (4, 3): ("ai bao cao voi ong ay", 'accentless'),
 (4, 4): ("bao nhieu nguoi du", 'accentless'),
 (5, 2): ("tong so len bao nhieu", 'accentless'),
 (6, 2): ("nhiem ky nao", 'accentless'),
 (7, 4): ("con Quang Tri nam 2024", 'accentless'),
 (8, 5): ("thu tuong phe binh ai o hoi nghi do", 'accentless'),
 (9, 2): ("hoi nghi do co khen thuong ko", 'accentless'),
 (10, 3): ("hoi ngi ay ket noi bao nhieu diem cau", 'accentless,typo'),
 (11, 3): ("nhiem vu quan trong thi sao", 'accentless'),
 (13, 3): ("ong ay danh gia tinh hinh qoc te nua dau nam do ra sao", 'accentless,typo'),
 (14, 2): ("tong ket nghi quyet nao", 'accentless'),
 (15, 5): ("ai dua ra con so do", 'accentless'),
 (16, 3): ("ky chua", 'accentless'),
 (17, 5): ("lanh dao VPCP co du ko", 'accentless'),
 (19, 3): ("ong ay noi nganh ngoai giao dang buoc sang giai doan gi", 'accentless'),
 (20, 3): ("con nam 2022", 'accentless'),
 (21, 2): ("the ai chi dao hn do", 'accentless,abbrev'),
 (22, 3): ("ong ay noi tinh than phuc vu the nao", 'accentless'),
 (24, 3): ("2 hoi nghi do bam theo duong loi dai hoi nao", 'accentless'),
 (27, 3): ("ong ay noi su tham du cua thu tuong co y nghia gi", 'accentless'),
 (29, 5): ("hoi nghi do co noi bao nhieu cong dan duoc bao ho khong", 'accentless'),
 (31, 2): ("thu tuong du voi cuong vi gi", 'accentless'),
 (33, 4): ("nguon nao", 'accentless'),
 (34, 2): ("hom do ban ve cong tac nam nao", 'accentless'),
 (37, 3): ("ai neu noi dung do", 'accentless'),
 (38, 3): ("nam do VN co to chuc hoi nghi thuong dinh nao ko", 'accentless'),
 (41, 3): ("ai chi dao", 'accentless'),
 (47, 3): ("con so ket 2023 thi sao", 'accentless'),
}
for (ci, ti), (q, extra) in RETYPED.items():
    t = list(C[ci - 1][ti - 1])
    tags = [] if t[2] == '-' else t[2].split(',')
    for e in extra.split(','):
        if e not in tags:
            tags.append(e)
    order = ['accentless', 'abbrev', 'telegraphic', 'typo', 'english', 'paraphrase', 'near-miss', 'premise']
    t[0], t[2] = q, ','.join(sorted(tags, key=order.index))
    turns = list(C[ci - 1]); turns[ti - 1] = tuple(t); C[ci - 1] = tuple(turns)

rows = []
for i, turns in enumerate(C, 1):
    cid = f"c{i:02d}"
    for q, kind, tags, read_as, facts in turns:
        for v in (q, read_as, facts):
            assert '\t' not in v and '\n' not in v
        rows.append("\t".join([cid, q, kind, tags, read_as, facts]))
with open(OUT, 'w', encoding='utf-8') as f:
    f.write("\n".join(HEADER + rows) + "\n")
print(len(C), 'conversations', len(rows), 'turns')
