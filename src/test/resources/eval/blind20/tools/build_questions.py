#!/usr/bin/env python3
"""Write questions.tsv from the row list below.
Row syntax (one per line):  form | tags | reports (codes 000..010 joined by ,) or - | facts | question
Rows tagged `accentless` are passed through a diacritic stripper (đ→d) so they contain no diacritics."""
import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from norm import norm_keepcase

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = {p.name[:3]: p.name for p in (ROOT / "reports").iterdir()}
HEADER = """# Blind evaluation set 20 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.
# report: file(s) in reports/ that answer the question, or - for must-refuse rows.
# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse rows: reason code.
# question	form	tags	report	facts
"""

ROWS = r"""
# ---------- 000: HN sơ kết 6 tháng đầu năm 2023 (5/7) ----------
when|accentless,abbrev,telegraphic|000|5/7|HN so ket 6T dau nam 2023 BNG ngay nao
spoke|accentless,abbrev|000|Bùi Thanh Sơn|ai phat bieu ket luan HN so ket 6 thang dau nam 2023 cua BNG
said-by|abbrev|000|phương thức truyền thông mới && chuyển đổi số|BT Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại trong 6 tháng cuối năm 2023?
fact|abbrev|000|chủ động, thích ứng, sáng tạo|Phương châm công tác đối ngoại 6T đầu 2023 là gì?
fact|paraphrase|000|điểm sáng|Ở kỳ sơ kết giữa năm 2023, đối ngoại được ví là gì trong bức tranh thành tựu chung của đất nước?
attended|abbrev|000|Bùi Thanh Sơn && Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị|Thành phần dự HN sơ kết 6 tháng đầu 2023 gồm những ai?
list|abbrev|000|công tác chỉ đạo điều hành && thi đua khen thưởng|BT Sơn chỉ đạo những gì về xây dựng ngành tại HN sơ kết giữa năm 2023?
summary|accentless,abbrev|000|chủ động, thích ứng, sáng tạo && điểm sáng && ngoại giao kinh tế|tom tat ket qua HN so ket cong tac 6 thang dau nam 2023 cua BNG
spoke|english|000|Bùi Thanh Sơn|Who delivered the concluding speech at the Foreign Ministry's mid-year review on 5 July 2023?
said-by|accentless,abbrev,paraphrase|000|láng giềng && nước lớn && bạn bè truyền thống|BT Son muon dua quan he voi nhom doi tac nao vao chieu sau, on dinh, ben vung (so ket 2023)
who-said|accentless,confusable|000|Bùi Thanh Sơn|ai yeu cau cac don vi trong Bo lam tot hon nua cong tac nghien cuu, du bao, tham muu
fact|abbrev|000|XIII|HN sơ kết 6T đầu 2023 nhắc tới đường lối đối ngoại của Đại hội mấy?
fact|accentless,typo|000|diễn biến nhanh, phức tạp|hoi ngi so ket 6 thag dau nam 2023 danh gia tinh hinh the gioi ntn
fact|-|000|nhiều đổi mới trong cách thức thực hiện|công tác bảo hộ công dân 6 tháng đầu 2023 được đánh giá ra sao
fact|abbrev,telegraphic|000|TTXVN|bài sơ kết BNG 5/7 nguồn tin từ đâu?
fact|abbrev|000|trao tặng các danh hiệu|Tại HN sơ kết 6T đầu 2023, BT Sơn trao gì cho tập thể, cá nhân?
said-by|paraphrase|000|cán bộ, công chức, viên chức|Người đứng đầu ngành ngoại giao khen ngợi những ai khi kết luận hội nghị giữa năm 2023?
list|accentless,abbrev,typo|000|ngoại giao kinh tế && bảo hộ công dân && chuyển đổi số|BT Son de nghi toan nghanh trien khai nhung gi trong 6T cuoi 2023
# ---------- 001: HN tổng kết 2022 (10/1), Cao Bằng ----------
when|accentless,abbrev|001|10/1|HN tong ket nganh NG nam 2022 to chuc ngay nao
presided|accentless,abbrev,confusable|001|Bùi Thanh Sơn|ai chu tri HN tong ket cong tac nganh NG 2022, TTg hay BT?
attended|abbrev|001|Phạm Minh Chính|TTg nào dự HN tổng kết ngành NG năm 2022?
how-many|abbrev|001|700 đại biểu|Bao nhiêu đại biểu dự HN tổng kết NG 2022?
how-many|accentless,telegraphic|001|63 tỉnh|hn tong ket ngoai giao 2022 ket noi bao nhieu tinh thanh
attended|abbrev|001|Nguyễn Bích Ngọc|Ở điểm cầu Cao Bằng ai dự HN tổng kết ngành NG 2022?
list|accentless|001|Quảng Hòa && Thạch An && Hà Quảng && Trùng Khánh && Bảo Lạc && Bảo Lâm && Hạ Lang|nhung huyen nao cua Cao Bang du hoi nghi tong ket nganh ngoai giao 2022
how-many|abbrev,paraphrase|001|700 tỷ USD|Năm 2022 tổng trao đổi hàng hóa với nước ngoài đạt mốc bao nhiêu theo BT Sơn?
how-many|abbrev|001|6 nhiệm vụ trọng tâm|TTg yêu cầu ngành NG thực hiện mấy nhiệm vụ trọng tâm (tổng kết 2022)?
who-said|accentless|001|Phạm Minh Chính|ai noi phai phat huy ban sac cay tre Viet Nam tai hoi nghi tong ket ngoai giao 2022
said-by|accentless,abbrev|001|từ sớm && từ xa|TTg Chinh noi phai bao ve to quoc the nao o HN tong ket NG 2022
fact|abbrev|001|31|HN tổng kết 2022 nhìn lại kết luận tại HN Ngoại giao lần thứ mấy?
said-by|abbrev,paraphrase|001|minh chứng cho sự quan tâm đặc biệt|BT Sơn đánh giá việc TTg có mặt tại HN tổng kết 2022 ra sao?
how-many|english|001|700|How many delegates joined the 2022 diplomatic sector review conference on 10 January?
fact|accentless|001|Vi Trường|bai pham minh chinh du hoi nghi tong ket nganh ngoai giao 2022 ai viet
who-said|abbrev|001|Phạm Minh Chính|Ai yêu cầu ngành NG phải "dám nghĩ, dám làm"?
list|accentless,abbrev,typo|001|Tài chính && Công an tỉnh && Bộ Chỉ huy Bộ đội Biên phòng|so nganh nao cua Cao Bang du diem cau HN tong ket NG 2022, liet ke giup
summary|abbrev|001|cục diện đối ngoại thuận lợi && 700 tỷ USD && ngoại giao kinh tế|Tóm tắt đánh giá của BT Sơn về công tác đối ngoại năm 2022
who-said|accentless,abbrev|001|Phạm Minh Chính|ai neu phuong cham "di bat bien, ung van bien" o HN tong ket NG 2022
spoke|abbrev|001|Bùi Thanh Sơn|Ai phát biểu khai mạc HN tổng kết ngành NG 2022?
fact|abbrev|001|Nguyễn Phú Trọng|HN tổng kết 2022 nhìn lại kết luận của TBT nào tại HN đối ngoại toàn quốc?
where|accentless,abbrev|001|Cao Bằng|PCT Nguyen Bich Ngoc du HN tong ket NG 2022 o diem cau nao
# ---------- 002: PTT Trần Lưu Quang làm việc với BNG (31-1) ----------
when|accentless,abbrev|002|31-1|PTT Tran Luu Quang lam viec voi BNG ngay nao
where|abbrev|002|Trụ sở Bộ Ngoại giao|Buổi làm việc của PTT Trần Lưu Quang với BNG diễn ra ở đâu?
attended|abbrev|002|Bùi Thanh Sơn && Văn phòng Chính phủ|Ai dự buổi làm việc của PTT Quang với BNG?
list|accentless,abbrev|002|giữ vững hòa bình, ổn định && phục vụ phát triển đất nước && nâng cao vị thế và uy tín|theo PTT Tran Luu Quang, nhiem vu trong yeu, trung tam, quan trong cua doi ngoai la gi
spoke|abbrev|002|Bùi Thanh Sơn|Ai báo cáo PTT TLQ kết quả nhiệm vụ đối ngoại 2022?
fact|abbrev|002|2021|PTT Quang nhắc chỉ đạo của TBT tại HN đối ngoại toàn quốc năm nào?
when|english|002|31-1|When did Deputy PM Tran Luu Quang hold a working session with the Ministry of Foreign Affairs?
said-by|accentless,abbrev|002|đổi mới tư duy và hành động|BT Son noi BNG quyet tam doi moi gi khi bao cao PTT
fact|accentless|002|VGP|bai pho thu tuong tran luu quang lam viec bo ngoai giao lay theo nguon nao
said-by|paraphrase|002|biến động sâu sắc, phức tạp && cơ hội, thuận lợi|Phó Thủ tướng nhìn nhận bức tranh thế giới sắp tới ra sao khi làm việc với Bộ đầu năm 2023?
said-by|abbrev|002|chương trình đối ngoại cấp cao && biên giới hoà bình|PTT TLQ yêu cầu BNG tập trung thực hiện những gì?
summary|abbrev|002|Trần Lưu Quang && đổi mới tư duy và hành động && nhiệm vụ trung tâm|Tóm tắt buổi làm việc của PTT Trần Lưu Quang với BNG đầu năm 2023
who-said|accentless,confusable|002|Bùi Thanh Sơn|ai noi can giu nghiem ky cuong hanh chinh, day manh chuyen doi so trong buoi lam viec 31-1
attended|telegraphic,abbrev|002|Văn phòng Chính phủ|làm việc PTT-BNG 31-1: ngoài BNG còn lãnh đạo cơ quan nào dự?
fact|accentless,abbrev,typo|002|nỗ lực và thành tựu to lớn|PTT Quang danh gia cao nhung gi cua nganh ngoai giao ko
# ---------- 003: HN sơ kết 6 tháng đầu năm 2019 (22/7) ----------
when|accentless,abbrev|003|22/7 | 22/07/2019|HN so ket 6 thang dau nam 2019 cua BNG ngay nao
spoke|abbrev|003|Phạm Bình Minh|Ai phát biểu chỉ đạo HN sơ kết 6T 2019?
how-many|accentless,abbrev,typo|003|192/193|VN trung cu HDBA LHQ voi bao nhieu pheiu
fact|abbrev|003|2020-2021|VN trúng cử Ủy viên không thường trực HĐBA LHQ nhiệm kỳ nào?
list|abbrev|003|Brunei && Hà Lan|6T đầu 2019 VN thiết lập Đối tác toàn diện với những nước nào?
how-many|accentless|003|30 quốc gia|tong so doi tac chien luoc va doi tac toan dien nam 2019 la bao nhieu
list|accentless,abbrev|003|CPTPP && EVFTA|nhung hiep dinh thuong mai nao duoc nhac trong so ket 6T 2019
said-by|abbrev|003|nhạy cảm trong tham mưu && tăng cường sự phối hợp && nhạy bén hơn nữa|PTT Phạm Bình Minh lưu ý mấy điểm, là gì?
fact|abbrev|003|nâng tầm đối ngoại đa phương|Chỉ thị 25 của Ban Bí thư về gì?
fact|accentless,abbrev|003|Mỹ - Triều|VN to chuc thanh cong HN thuong dinh nao nam 2019
how-many|english|003|192/193|What vote count did Vietnam receive for the UN Security Council non-permanent seat for 2020-2021?
fact|accentless,abbrev|003|Hội nghị Ngoại giao 30|so ket 2019 bam sat tinh than HN Ngoai giao lan thu may
said-by|abbrev|003|tuyển dụng, đào tạo cán bộ && bảo vệ chính trị nội bộ|Về xây dựng ngành PTT Minh chỉ đạo gì?
fact|accentless,abbrev|003|Đại hội XIII|so ket 2019 huong toi dai hoi dang nao
fact|paraphrase|003|Phó Thủ tướng && Bộ trưởng Ngoại giao|Năm 2019 ông Phạm Bình Minh kiêm nhiệm những cương vị nào?
summary|accentless,abbrev|003|Brunei && 192/193 && CPTPP|tom tat ket qua 6 thang dau nam 2019 cua BNG
spoke|english|003|Phạm Bình Minh|who gave the guidance speech at the MFA mid-year review in July 2019
fact|accentless,typo|003|doanh nghiệp và người dân|cong tac ngoai vu dia phuong nam 2019 lay ai lam trung tam vay
# ---------- 004: HN tổng kết 2024 (6/1), Quảng Trị ----------
when|accentless,abbrev,typo|004|6/1|HN tong kte nganh NG nam 2024 to chuc ngay nao
attended|abbrev|004|Phạm Minh Chính|TTg nào dự và chỉ đạo HN tổng kết NG 2024?
attended|abbrev|004|Hoàng Nam|Ai dự HN tổng kết ngành NG 2024 tại điểm cầu Quảng Trị?
said-by|accentless,abbrev|004|vai trò tiên phong && môi trường hòa bình, ổn định|TTg noi nhiem vu bao trum cua doi ngoai nam 2025 la gi
fact|accentless|004|kỷ nguyên vươn mình|TTg noi dat nuoc vung buoc vao ky nguyen gi
list|abbrev|004|Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội|BNG tiếp nhận chức năng, nhiệm vụ của những cơ quan nào?
fact|abbrev|004|Nghị quyết 18|Tổng kết NQ số mấy của BCH TW được nhắc ở HN tổng kết NG 2024?
list|accentless,abbrev|004|chuyển đổi số && chuyển đổi xanh && chíp bán dẫn && trí tuệ nhân tạo|NG kinh te 2024 chuyen bien manh trong nhung linh vuc nao
list|paraphrase|004|tuyệt đối trung thành && khôn khéo về ứng xử && tinh thông về nghiệp vụ|Theo TTg, người làm ngoại giao cần hội đủ những tố chất gì (tổng kết 2024)?
fact|accentless|004|baoquangtri | Quảng Trị|bai "tao buoc tien dot pha xay dung nen ngoai giao VN toan dien, hien dai" cua bao nao
attended|english|004|Hoàng Nam|Who attended the 2024 review conference at the Quang Tri connection point?
spoke|abbrev|004|Phạm Minh Chính|Ai kết luận HN tổng kết NG 2024?
fact|accentless,abbrev|004|giữ vững thế chủ động chiến lược|muc tieu nhiem vu 2025 BNG xac dinh gi
summary|abbrev|004|nhiệm vụ bao trùm && Nghị quyết 18 && vừa hồng, vừa chuyên|Tóm tắt chỉ đạo của TTg tại HN tổng kết ngành NG 2024
when|english|004|6/1|On what date was the 2024 diplomatic sector review conference held?
fact|accentless,abbrev,paraphrase|004|nguồn lực có tính đột phá|TTg muon thu hut loai nguon luc ben ngoai nao (tong ket 2024)
said-by|accentless,abbrev|004|tình huống đối ngoại phức tạp && tổng thể, dài hơi|TTg yeu cau nganh NG xu ly tinh huong va nghien cuu the nao
where|accentless|004|Quảng Trị|pho chu tich hoang nam du hoi nghi tong ket ngoai giao 2024 tai diem cau nao
# ---------- 005: HN Ngoại vụ toàn quốc lần 21, Huế (28/3/2024) ----------
when|accentless,abbrev,typo|005|28/3|HN ngoai vu toan quoc lan thu 21 dien ra ngya nao
where|accentless,abbrev|005|Trung tâm Hội nghị tỉnh Thừa Thiên Huế | thành phố Huế|HN ngoai vu toan quoc 21 to chuc o dau
presided|abbrev|005|Nguyễn Văn Thạch && Lê Quang Thịnh|Ai chủ trì HN ngoại vụ toàn quốc lần 21?
attended|abbrev,confusable|005|Trần Lưu Quang|PTT nào dự HN Ngoại vụ toàn quốc lần 21?
how-many|abbrev|005|400 đại biểu|Bao nhiêu đại biểu dự HN ngoại vụ 21?
how-many|accentless,abbrev,typo|005|14 tham luận|HN ngoai vu 21 co bao nhieu tham luan dc trinh bay
how-many|abbrev|005|312|Giai đoạn 2021-2023 các địa phương ký bao nhiêu thỏa thuận hợp tác quốc tế?
who-said|abbrev|005|Phan Thị Kiều Oanh|Ai đề xuất cơ chế một cửa tiếp nhận đoàn DN nước ngoài?
said-by|accentless,abbrev,confusable|005|Trà Lĩnh && Non nước Cao Bằng|PCT Cao Bang Nguyen Bich Ngoc de nghi gi tai HN ngoai vu 21
list|accentless,abbrev|005|nắm bắt thông tin && kết nối đối tác && xử lý tình huống|"ba chu dong" PTT TLQ neu o HN ngoai vu la gi
where|accentless|005|Cần Thơ && 2026|hoi nghi ngoai vu toan quoc lan 22 to chuc o dau, nam nao
attended|accentless,abbrev,confusable|005|thư chúc mừng && bận công tác nước ngoài|BT Bui Thanh Son co du HN ngoai vu 21 o Hue ko
fact|abbrev|005|Bản ghi nhớ && 2024-2028|BNG và UBND tỉnh TT-Huế ký văn bản gì tại HN ngoại vụ 21?
fact|abbrev|005|đồng hành cùng doanh nghiệp, hội nhập sâu rộng|Chủ đề HN ngoại vụ toàn quốc 21?
who-said|abbrev,paraphrase|005|Bùi Thanh Sơn|Ai ví công tác ngoại vụ địa phương như "cánh tay nối dài" của ngành NG?
said-by|accentless,abbrev|005|27 tỉnh && danh mục dự án|DS VN tai Nhat Ban noi gi o HN ngoai vu 21
fact|accentless,abbrev|005|tháng 9/2024|de an nang cao nang luc ngoai vu dia phuong phai trinh TTg truoc khi nao
where|english|005|Huế|Where was the 21st national conference on local external affairs held?
spoke|abbrev|005|Trịnh Quốc Bảo|Ai trình bày báo cáo đề dẫn HN ngoại vụ 21?
how-many|accentless,abbrev,telegraphic|005|9,6 tỷ USD|von dau tu nuoc ngoai dia phuong hut qua ngoai vu 2021-2023?
how-many|paraphrase|005|17 địa phương|Bao nhiêu tỉnh thành còn chưa có người chuyên lo ngoại giao kinh tế theo Cục Ngoại vụ?
how-many|abbrev|005|21 tập thể|Bao nhiêu tập thể được tặng Bằng khen tại HN ngoại vụ 21?
summary|accentless,abbrev|005|Trần Lưu Quang && 312 && ba chủ động|tom tat HN ngoai vu toan quoc lan thu 21
said-by|accentless|005|không chạy theo số lượng|pho thu tuong luu y cac dia phuong gi ve viec ky thoa thuan hop tac quoc te
how-many|english|005|1.250|How many foreign delegations did Vietnamese provinces receive in 2021-2023, according to the 21st local external affairs conference?
spoke|accentless,abbrev|005|Nguyễn Văn Thạch|ai doc thu chuc mung cua BT Son tai HN ngoai vu 21
# ---------- 006: HN tổng kết lãnh sự & BHCD 2024 (18/12/2024), docx ----------
when|accentless,abbrev|006|18/12/2024|HN tong ket cong tac lanh su va BHCD 2024 ngay nao
where|abbrev|006|Tôn Thất Đàm|HN lãnh sự bảo hộ công dân 2024 họp ở đâu?
presided|accentless,abbrev|006|Đặng Hoàng Phúc|ai chu tri HN tong ket lanh su BHCD nam 2024
how-many|accentless,abbrev|006|4.655|nam 2024 xu ly bao nhieu vu viec bao ho cong dan
how-many|abbrev|006|13.941 && 4.495|Năm 2024 bao nhiêu công dân được hỗ trợ bảo hộ, bao nhiêu người được đưa về nước?
how-many|english|006|287|How many Vietnamese citizens were evacuated from Lebanon in October 2024?
how-many|abbrev|006|41.300|Tổng đài BHCD 2024 nhận bao nhiêu cuộc gọi?
compare|accentless,abbrev|006|Đông Nam Á && 2.236|khu vuc nao co nhieu vu viec BHCD nhat nam 2024
compare|accentless|006|615 && 733|so sanh so cong dan duoc dua ve nuoc tu Dong Bac A va Trung Dong - chau Phi nam 2024
who-said|abbrev|006|Trần Văn Khoa|Ai đề nghị kết nối CSDL dân cư với hệ thống cấp hộ chiếu tại CQĐD?
said-by|abbrev|006|14.000 && tuyên truyền|ĐS tại Hàn Quốc Lê Hải Đăng nói gì ở HN lãnh sự 2024?
list|accentless,abbrev|006|24/7 && quý II/2025 && 100%|TT Dang Hoang Phuc yeu cau nhung gi khi ket luan HN lanh su 2024
who-said|accentless|006|Nguyễn Thị Hồng Vân|ai kien nghi som dua vao su dung ung dung "Cong dan Viet"
how-many|accentless,abbrev|006|68% && 100|ty le thu tuc lanh su truc tuyen 2024 la bao nhieu, chi tieu 2025
how-many|accentless,abbrev,telegraphic|006|20 Cơ quan đại diện|ho chieu gan chip thi diem may CQDD
how-many|abbrev|006|412.560|Năm 2024 các CQĐD cấp bao nhiêu thị thực cho người nước ngoài?
summary|accentless,abbrev|006|4.655 && 13.941 && 24/7|tom tat HN tong ket cong tac lanh su BHCD 2024
attended|accentless,abbrev|006|Bộ Công an && Bộ Tư pháp && Bộ Quốc phòng|nhung bo nganh nao cu dai dien du HN lanh su BHCD 2024
fact|paraphrase|006|5 ngày làm việc|Phó Cục trưởng Cục XNC muốn rút thời gian kiểm tra danh tính xuống còn bao lâu?
who-said|abbrev,paraphrase|006|Đặng Hoàng Phúc|Ai nói "bảo hộ công dân là nhiệm vụ không có ngày nghỉ"?
how-many|abbrev|006|23|Bao nhiêu CQĐD chỉ có 1 cán bộ lãnh sự?
list|english|006|Campuchia && Myanmar|In which countries were the 1,127 scam-trafficked citizens rescued in 2024?
how-many|accentless,abbrev|006|132 ngư dân|bao nhieu ngu dan bi bat giu o nuoc ngoai duoc ho tro ve nuoc 2024
spoke|abbrev|006|Lê Hải Đăng|Ai phát biểu trực tuyến từ Hàn Quốc tại HN lãnh sự 2024?
how-many|accentless,typo|006|152.730|so ho chieu pho thong cap tai CQDD nam 2024 la bao nhieeu
# ---------- 007: HN Ngoại giao kinh tế 2024 (15/10/2024), pdf ----------
when|accentless,abbrev|007|15/10/2024|HN ngoai giao kinh te 2024 dien ra ngay nao
where|abbrev|007|Trung tâm Hội nghị Quốc gia|HN NG kinh tế phục vụ phát triển đất nước 2024 tổ chức ở đâu?
presided|abbrev,typo|007|Phạm Minh Chính|Ai chủ tri HN NG kinh tế 2024?
presided|accentless,abbrev,confusable|007|Bùi Thanh Sơn|PTT nao cung chu tri HN ngoai giao kinh te 2024
how-many|accentless,abbrev,typo|007|1.200|bao nhieu dai beiu du HN NGKT 2024
how-many|abbrev|007|578 tỷ USD && 24,8 tỷ USD|9 tháng 2024 kim ngạch XNK và vốn FDI đăng ký là bao nhiêu?
list|accentless,abbrev|007|thu hút đầu tư nước ngoài thế hệ mới && khoa học, công nghệ && hạ tầng chiến lược && nhân lực chất lượng cao|"5 day manh" TTg neu o HN NG kinh te 2024 la gi
who-said|accentless|007|Phạm Minh Chính|ai noi "noi it, lam nhieu" tai hoi nghi ngoai giao kinh te
said-by|accentless,abbrev|007|12 doanh nghiệp bán dẫn|DS VN tai Hoa Ky noi gi tai HN NGKT 2024
who-said|abbrev|007|Trịnh Minh Quân|Ai kiến nghị đào tạo 50.000 kỹ sư bán dẫn đến 2030?
said-by|abbrev|007|Halal && Trung Đông|Tổng GĐ Tập đoàn Sao Mai Việt kiến nghị BNG hỗ trợ gì?
fact|accentless,abbrev|007|quý I/2025|chuong trinh hanh dong NG kinh te 2025-2026 phai ban hanh khi nao
spoke|abbrev|007|Bùi Thanh Sơn|Ai phát biểu bế mạc HN ngoại giao kinh tế 2024?
spoke|abbrev|007|Trương Minh Khôi|Ai trình bày báo cáo đề dẫn HN NG kinh tế 2024?
how-many|accentless,abbrev|007|ít nhất 2 dự án|TTg yeu cau moi CQDD nam 2025 phai ket noi bao nhieu du an lon
how-many|english|007|24,8|What registered FDI figure for the first nine months of 2024 was reported at the economic diplomacy conference?
said-by|accentless,abbrev|007|tổ công tác đặc biệt && 15 ngày|PCT Bac Giang gioi thieu mo hinh gi o HN NGKT
fact|abbrev|007|Chương trình phối hợp|BNG ký gì với VCCI tại HN NGKT 2024?
how-many|abbrev|007|16 hiệp định thương mại tự do|VN đã ký và thực thi bao nhiêu FTA?
how-many|paraphrase|007|37%|Doanh nghiệp mới tận dụng được khoảng bao nhiêu phần trăm giấy chứng nhận xuất xứ ưu đãi?
summary|accentless,abbrev|007|Phạm Minh Chính && 5 đẩy mạnh && 1.200|tom tat HN ngoai giao kinh te phuc vu phat trien dat nuoc 2024
fact|accentless,abbrev|007|Cổng thông tin ngoại giao kinh tế|PTT Son cam ket dua vao van hanh gi trong thang 12/2024
attended|accentless,abbrev|007|94 Cơ quan đại diện && 63 tỉnh|HN NGKT 2024 ket noi truc tuyen voi nhung dau
how-many|accentless,abbrev,typo|007|9 mặt hàng nông sản|bao nhieu mat hang nong san duoc mo cua thi truog 9T 2024
where|english|007|Trung tâm Hội nghị Quốc gia | Hà Nội|Where was Vietnam's 2024 economic diplomacy conference held?
attended|abbrev|007|45 tập đoàn|Lãnh đạo bao nhiêu tập đoàn, DN lớn dự HN NG kinh tế 2024?
# ---------- 008: Tập huấn TTĐN Quảng Trị (11-12/4/2024), md ----------
when|accentless,abbrev|008|11 và 12/4/2024|tap huan TTDN 2024 o Quang Tri dien ra ngay nao
where|abbrev|008|Đông Hà|Lớp tập huấn thông tin đối ngoại 2024 ở Quảng Trị tổ chức tại TP nào?
presided|accentless,abbrev,confusable|008|Ngô Thanh Hà && Hoàng Nam|ai chu tri HN tap huan TTDN tai Quang Tri
how-many|accentless|008|150|bao nhieu hoc vien du tap huan thong tin doi ngoai o Dong Ha
how-many|accentless,abbrev|008|14 tỉnh|tap huan TTDN 2024 danh cho can bo cua bao nhieu tinh thanh
spoke|abbrev|008|Hoàng Nam|Ai phát biểu khai mạc tập huấn TTĐN Quảng Trị?
said-by|accentless|008|Non nước Cao Bằng && 3 triệu|nha bao Vi Truong chia se gi tai lop tap huan
fact|abbrev|008|Lương Thu Hiền|Ai trình bày chuyên đề tình hình thế giới và chính sách đối ngoại ở lớp tập huấn tại Quảng Trị?
where|accentless,abbrev|008|Sơn La && tháng 9/2024|lop tap huan TTDN tiep theo o dau, khi nao
list|accentless|008|trí tuệ nhân tạo && tiếng Lào && kho ảnh, video dùng chung|hoc vien kien nghi nhung gi sau tap huan thong tin doi ngoai
who-said|accentless,abbrev|008|Ngô Thanh Hà|ai noi moi can bo TTDN la "dai su hinh anh" cua dia phuong
who-said|paraphrase|008|Hoàng Nam|Ai mong người làm truyền thông đối ngoại "kể câu chuyện Quảng Trị" với thế giới?
how-many|english|008|150|How many trainees attended the 2024 external information training course in Dong Ha?
fact|abbrev|008|Sổ tay thông tin đối ngoại cấp tỉnh|Tập huấn TTĐN QT ra mắt sổ tay gì?
how-many|accentless,abbrev|008|1.870|nam 2023 cac dia phuong dang bao nhieu tin bai doi ngoai bang tieng nuoc ngoai
how-many|abbrev|008|52.000|Năm 2023 Quảng Trị đón bao nhiêu lượt khách quốc tế (theo PCT Hoàng Nam)?
list|accentless,abbrev|008|Xử lý khủng hoảng truyền thông && Quảng bá hình ảnh địa phương && Hiền Lương|chuong trinh tap huan TTDN Quang Tri co nhung chuyen de nao
summary|accentless|008|150 && Sổ tay thông tin đối ngoại cấp tỉnh && Sơn La|tom tat lop tap huan thong tin doi ngoai nam 2024 tai Quang Tri
fact|abbrev|008|Hoài Nhung|Bài về tập huấn TTĐN Quảng Trị ai viết?
when|accentless,typo|008|Chiều 11/4|chuyen de xu ly khung hoang truyen thong tren MXH dien ra buoi nao vay
fact|accentless,abbrev|008|đi trước một bước|VT Ngo Thanh Ha noi TTDN phai the nao
# ---------- 009: BC 215/BC-BNG sơ kết 6T 2024 (HN 9/7/2024, ban hành 15/7/2024) ----------
when|accentless,abbrev|009|9/7/2024|HN so ket 6 thang dau nam 2024 cua BNG dien ra ngay nao
when|abbrev,confusable|009|15 tháng 7 năm 2024|Báo cáo số 215/BC-BNG ban hành ngày nào?
fact|accentless,abbrev|009|215/BC-BNG|so hieu van ban bao cao ket qua so ket 6T 2024 cua BNG
presided|abbrev|009|Bùi Thanh Sơn|Ai chủ trì HN sơ kết 6T đầu 2024?
fact|accentless,abbrev,confusable|009|Nguyễn Văn Thạch|ai ky bao cao 215/BC-BNG
how-many|abbrev|009|320|HN sơ kết 6T 2024 có khoảng bao nhiêu đại biểu?
how-many|accentless,abbrev|009|27 hoạt động đối ngoại cấp cao|6T dau 2024 BNG phuc vu bao nhieu hoat dong doi ngoai cap cao
how-many|abbrev|009|118|6 tháng đầu 2024 các bộ, ngành, địa phương ký bao nhiêu thỏa thuận hợp tác?
list|accentless,abbrev|009|APEC && Hội nghị Ngoại giao kinh tế && Hội đồng Nhân quyền && bảo hộ công dân && Đại hội Đảng bộ|5 nhom nhiem vu trong tam 6T cuoi 2024 BT Son giao la gi
fact|accentless,abbrev,confusable|009|chủ động, bản lĩnh, hiệu quả|phuong cham BT Son nhan manh tai HN so ket 6T 2024
who-said|accentless,abbrev|009|Đặng Minh Khoa|ai bao cao cong tac chuan bi ung cu HDNQ LHQ 2026-2028
fact|abbrev|009|Thủ tướng Chính phủ|Báo cáo 215 kính gửi ai?
list|abbrev|009|phối hợp chặt chẽ && Quỹ bảo hộ công dân|BNG kiến nghị TTg những gì trong BC sơ kết 6T 2024?
how-many|accentless,abbrev|009|6.210|6T dau 2024 bao ho bao nhieu cong dan
list|english|009|APEC && Peru && G20 && Brazil|Which summits abroad did the Minister ask the sector to prepare for in late 2024?
how-many|abbrev|009|92|Bao nhiêu Trưởng CQĐD dự trực tuyến HN sơ kết 6T 2024?
said-by|accentless,abbrev|009|quy trình phối hợp liên ngành|TT Dang Hoang Phuc de xuat gi tai HN so ket giua nam 2024
who-said|abbrev,confusable|009|Lê Hải Đăng|Ai kiến nghị mở rộng chương trình tiếp công dân lưu động ở HN sơ kết 6T 2024?
where|accentless,abbrev|009|Trụ sở Bộ Ngoại giao && Tôn Thất Đàm|HN so ket 6T 2024 hop o dau
summary|accentless,abbrev|009|9/7/2024 && 6.210 && chủ động, bản lĩnh, hiệu quả|tom tat bao cao so ket 6 thang dau nam 2024 cua BNG
how-many|accentless,abbrev|009|1.000 kiều bào|Xuan Que huong 2024 co bao nhieu kieu bao tham du
fact|accentless,abbrev,telegraphic|009|Trần Lưu Quang|bc 215 gui PTTg nao de b/c
how-many|accentless,abbrev|009|75|6T dau 2024 BNG tiep nhan bao nhieu cong chuc moi
# ---------- 010: Gỡ băng họp báo HN Ngoại giao 32 (21/12/2023) ----------
when|accentless,abbrev,typo|010|19 đến 21/12/2023|HN Ngoai gioa lan thu 32 dien ra khi nao
when|accentless,abbrev|010|16h00 && 21/12/2023|hop bao cong bo ket qua HNNG 32 luc may gio ngay nao
where|abbrev|010|Trung tâm Báo chí Quốc tế|Họp báo về HN Ngoại giao 32 tổ chức ở đâu?
presided|abbrev|010|Nguyễn Văn Thạch|Ai chủ trì họp báo kết quả HN Ngoại giao 32?
presided|accentless,abbrev,confusable|010|Bùi Thanh Sơn|ai chu tri HN Ngoai giao lan thu 32
how-many|accentless,abbrev|010|500 && 94|HNNG 32 co bao nhieu dai bieu, bao nhieu truong CQDD ve du
how-many|english|010|94|How many heads of Vietnam's overseas missions came home for the 32nd Diplomatic Conference?
fact|abbrev|010|đoàn kết, tiên phong, đổi mới|Chủ đề HN Ngoại giao 32 là gì?
list|accentless|010|ngoại giao công nghệ && 20 doanh nghiệp && cựu lãnh đạo Bộ|diem moi cua hoi nghi ngoai giao 32 so voi lan 31
who-said|accentless,abbrev,typo|010|Đặng Hoàng Phúc|ai noi bao ho cong dan la menh lenh tu trai tym
said-by|abbrev|010|UNCLOS 1982|Người Phát ngôn trả lời Reuters về Biển Đông thế nào?
fact|accentless,typo|010|Reuters|phong vien hang nao hoi ve bien dong trong hop bo HNNG 32
fact|accentless,abbrev|010|Chỉ thị 15|HNNG 32 uu tien trien khai chi thi so may cua Ban Bi thu
attended|accentless,abbrev|010|Phạm Minh Chính && phiên khai mạc|TTg co du HN Ngoai giao 32 khong
how-many|accentless,abbrev|010|12.000|nam 2023 bao ho, ho tro bao nhieu cong dan theo TT Phuc
how-many|abbrev|010|310|Tháng 10/2023 sơ tán bao nhiêu công dân khỏi Israel?
said-by|accentless,abbrev|010|50 Cơ quan đại diện|NPN Luu Thu Trang noi gi ve chuyen doi so cong tac lanh su
how-many|accentless,abbrev|010|68 && 21 phóng viên nước ngoài|bao nhieu PV du hop bao HNNG 32, trong do bao nhieu PV nuoc ngoai
spoke|accentless,abbrev|010|Đặng Hoàng Phúc|ai tra loi cau hoi cua TTXVN tai hop bao HN NG 32
how-many|abbrev|010|10 phiên chuyên đề|HNNG 32 gồm mấy phiên chuyên đề?
said-by|accentless,abbrev|010|Hội nghị ngoại giao kinh tế quy mô lớn && đo đếm được bằng kết quả|TT Thach noi gi ve dinh huong NG kinh te 2024 tai hop bao
summary|accentless,abbrev|010|94 && 6 nhóm nhiệm vụ trọng tâm && ngoại giao công nghệ|tom tat hop bao ket qua HNNG 32
spoke|english|010|Lưu Thu Trang|Who answered the Reuters question about the South China Sea at the press briefing?
fact|abbrev|010|Trần Thị Phương Loan|Ai gỡ băng họp báo HNNG 32?
how-many|accentless,abbrev|010|55 && 3 đối tác|nam 2023 nganh NG to chuc bao nhieu hd doi ngoai cap cao, nang cap qh voi may doi tac
fact|paraphrase|010|Lưu Thu Trang|Ai là người điều phối buổi gặp gỡ báo giới sau HN Ngoại giao 32?
# ---------- extra rows on the given reports ----------
when|english|000|5/7|When did the MFA hold its 2023 mid-year review conference?
fact|paraphrase|000|môi trường hòa bình, ổn định && huy động nguồn lực|Đối ngoại nửa đầu năm 2023 đã đóng góp những gì cho đất nước?
said-by|accentless,abbrev|000|kiên quyết, kiên trì đấu tranh|BT Son noi gi ve bao ve chu quyen tai HN so ket 6T 2023
fact|abbrev|000|ngoại giao song phương|NG đa phương 6T đầu 2023 được kết hợp chặt chẽ với gì?
fact|accentless,abbrev|000|cầu nối giữa Việt Nam với các nước|cong tac NVNONN 6T dau 2023 dong vai tro gi
presided|english|001|Bùi Thanh Sơn|Who chaired the online review conference of the diplomatic sector for 2022?
said-by|abbrev|001|đổi mới mạnh mẽ tư duy và hành động|BT Sơn khẳng định ngành NG bước sang giai đoạn phát triển mới đòi hỏi gì?
said-by|accentless,abbrev|001|lấy người dân, doanh nghiệp, địa phương là trung tâm phục vụ|TTg yeu cau NG bam sat tinh than gi ve nguoi dan, DN, dia phuong
fact|paraphrase|001|sẵn sàng là bạn && đối tác tin cậy|Theo TTg, chủ trương kết bạn của VN đã chuyển từ "muốn là bạn" sang gì?
fact|accentless,abbrev|001|đối tác, đối tượng|ve hop tac va dau tranh, TTg noi chuyen tu quan niem "dich", "ta" sang gi
fact|telegraphic,abbrev|001|trực tuyến|HN tổng kết NG 2022: trực tiếp hay online?
said-by|abbrev|002|phụng sự Đảng, nhà nước|BT Sơn nói tinh thần phục vụ của BNG trước hết là gì?
fact|accentless,abbrev|002|đối tác chiến lược && bạn bè truyền thống|PTT Quang danh gia NG lam sau sac quan he voi nhung doi tac nao
who-said|english|002|Trần Lưu Quang|Who said at the 31-1 working session that the world will keep going through deep, complex upheavals?
fact|accentless,abbrev|002|Đại hội XIII|PTT TLQ yeu cau BNG bam sat duong loi doi ngoai DH may cua Dang
when|english|003|22/7 | 22/07/2019|What date was the 2019 MFA mid-year review conference?
fact|paraphrase|003|vừa hồng, vừa chuyên|Năm 2019 BNG muốn xây dựng đội ngũ nhân sự theo tiêu chí nào?
said-by|accentless,abbrev|003|cân bằng linh hoạt|PTT Minh danh gia quan he voi cac nuoc lon 6T dau 2019 the nao
fact|abbrev|003|EVFTA && Hiệp định bảo hộ đầu tư|Năm 2019 VN ký những hiệp định nào với EU?
fact|accentless,telegraphic|003|TG&VN|anh bai so ket 2019 nguon?
list|english|004|Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội|Which bodies' main functions did the MFA take over, according to the 2024 review conference?
said-by|abbrev|004|nâng cấp, nâng tầm quan hệ|TTg yêu cầu gì về quan hệ với các đối tác quan trọng (tổng kết 2024)?
list|accentless,abbrev|004|đối ngoại Đảng && ngoại giao Nhà nước && đối ngoại Nhân dân|3 tru cot doi ngoai duoc nhac trong HN tong ket NG 2024
fact|accentless,abbrev,telegraphic|004|điểm sáng về thương mại|VN 2024 diem sang ve gi?
compare|accentless,abbrev,confusable|001,002|10/1 && 31-1|HN tong ket NG 2022 va buoi PTT TLQ lam viec voi BNG, moi cai ngay nao
which-report|abbrev|000|TTXVN|Bài nào về HN sơ kết của BNG do TTXVN đưa tin?
which-report|accentless,abbrev,confusable|001,010|Hội nghị Ngoại giao lần thứ 31|bai nao nhac HN Ngoai giao lan thu 31
who-said|english|003|Phạm Bình Minh|Who urged the ministry to be sensitive in advising and handling situations in 2019?
attended|accentless,abbrev|001|lãnh đạo các bộ, ban, ngành Trung ương && cán bộ ngoại giao trong và ngoài nước|700 dai bieu HN tong ket NG 2022 gom nhung ai
how-many|english|003|30|How many strategic or comprehensive partners did Vietnam have by mid-2019?
who-said|accentless,abbrev,confusable|004|Phạm Minh Chính|ai yeu cau xay dung doi ngu can bo NG "vua hong, vua chuyen" tai HN tong ket 2024
summary|english|001|Phạm Minh Chính && 700 && Cao Bằng|Summarize the 2022 review conference of the diplomatic sector.
# ---------- which-report ----------
which-report|accentless,abbrev|001|Cao Bằng|bai nao noi ve HN tong ket NG co diem cau Cao Bang
which-report|abbrev|003,004|vừa hồng, vừa chuyên|Báo cáo nào nhắc đội ngũ cán bộ "vừa hồng, vừa chuyên"?
which-report|accentless,confusable|004,008|Hoài Nhung|nhung bai nao do Hoai Nhung viet
which-report|accentless,abbrev|004|Nghị quyết 18|bao cao nao nhac tong ket NQ 18 va tinh gon bo may BNG
which-report|english|002|Trần Lưu Quang|Which report covers Deputy PM Tran Luu Quang's working session at the Foreign Ministry headquarters?
which-report|accentless,abbrev|003|192/193|bai nao noi VN trung cu HDBA LHQ 192/193 phieu
which-report|accentless,abbrev|009|215/BC-BNG|file nao la van ban so 215/BC-BNG
which-report|abbrev|006|Đông Bắc Á|Tài liệu nào có bảng kết quả BHCD theo khu vực?
which-report|accentless|010|Lưu Thu Trang|file nao la ban go bang hop bao
which-report|accentless|005|Trần Hữu Phước|bai nao co binh luan cua doc gia ve HN ngoai vu
which-report|accentless,abbrev|007|5 đẩy mạnh|tai lieu nao co "5 day manh" cua TTg
which-report|accentless,confusable|001,008|Vi Trường|Vi Truong xuat hien trong nhung bai nao
which-report|abbrev,confusable|001,005|Nguyễn Bích Ngọc|Những HN nào có mặt PCT UBND tỉnh Cao Bằng Nguyễn Bích Ngọc?
which-report|accentless,confusable|002,005,009|Trần Lưu Quang|nhung van ban nao nhac ten PTT Tran Luu Quang
which-report|accentless,abbrev,confusable|006,009,010|Đặng Hoàng Phúc|TT Dang Hoang Phuc co trong nhung tai lieu nao
which-report|english,confusable|006,009|Lê Hải Đăng|Which documents mention Ambassador Le Hai Dang?
# ---------- compare ----------
compare|accentless,abbrev,confusable|000,003|Bùi Thanh Sơn && Phạm Bình Minh|so sanh ai phat bieu chi dao/ket luan HN so ket 6T 2019 va 2023
compare|abbrev,confusable|001,004|Nguyễn Bích Ngọc && Hoàng Nam|So sánh lãnh đạo tỉnh dự điểm cầu HN tổng kết NG 2022 và 2024
compare|accentless,abbrev|006,010|12.000 && 13.941|so cong dan duoc bao ho nam 2023 va 2024 khac nhau the nao
compare|accentless,abbrev,confusable|000,009|chủ động, thích ứng, sáng tạo && chủ động, bản lĩnh, hiệu quả|phuong cham o HN so ket 6T 2023 va 6T 2024 khac nhau ra sao
compare|english|007,009|1.200 && 320|Compare the number of delegates at the July 2024 mid-year review and at the October 2024 economic diplomacy conference.
compare|accentless|005,008|400 && 150|HN ngoai vu 21 va lop tap huan TTDN Quang Tri, cai nao dong nguoi hon
compare|abbrev|006|20 && 94|Số CQĐD cấp hộ chiếu gắn chip năm 2024 so với chỉ tiêu 2025?
compare|accentless,abbrev,confusable|007,009|Bộ trưởng Bộ Ngoại giao && Phó Thủ tướng, Bộ trưởng Ngoại giao|chuc vu cua Bui Thanh Son o HN so ket 7/2024 va HN NGKT 10/2024 khac gi nhau
compare|accentless,abbrev|001,004|10/1 && 6/1|HN tong ket NG 2022 va 2024 to chuc ngay nao, so sanh
compare|english|006|1.184 && 642|Compare the number of consular protection cases in Northeast Asia and Europe in 2024.
# ---------- refuse: not_in_corpus ----------
refuse|accentless,abbrev,near-miss|-|not_in_corpus|HN so ket 6 thang dau nam 2021 cua BNG dien ra ngay nao
refuse|accentless,abbrev,near-miss|-|not_in_corpus|HN Ngoai giao lan thu 33 co bao nhieu dai bieu
refuse|near-miss|-|not_in_corpus|Hội nghị Ngoại vụ toàn quốc lần thứ 20 tổ chức ở đâu?
refuse|accentless,abbrev,near-miss|-|not_in_corpus|TT Do Hung Viet phat bieu gi tai HN lanh su BHCD 2024
refuse|accentless,near-miss|-|not_in_corpus|Tong Lanh su tai Fukuoka kien nghi gi o HN bao ho cong dan 2024
refuse|accentless,abbrev,near-miss|-|not_in_corpus|tap huan TTDN 2024 tai Quang Binh co bao nhieu hoc vien
refuse|abbrev,near-miss|-|not_in_corpus|ĐS VN tại Đức nói gì ở HN NG kinh tế 2024?
refuse|accentless,abbrev,near-miss|-|not_in_corpus|HN ngoai giao kinh te nam 2023 do TTg chu tri dien ra ngay nao
refuse|accentless,abbrev,near-miss|-|not_in_corpus|BT Pham Binh Minh chu tri HN tong ket nganh NG nam 2020 ngay nao
refuse|english,near-miss|-|not_in_corpus|What did the Vietnamese ambassador to Germany say at the 2024 economic diplomacy conference?
refuse|accentless,abbrev|-|not_in_corpus|HN nguoi VN o nuoc ngoai toan the gioi lan thu 4 dien ra khi nao
refuse|accentless,abbrev,near-miss|-|not_in_corpus|PCT UBND tinh Lang Son du HN tong ket NG 2022 o diem cau nao
refuse|abbrev,near-miss|-|not_in_corpus|TT Nguyễn Minh Vũ phát biểu gì ở HN ngoại vụ toàn quốc 21?
refuse|english,near-miss|-|not_in_corpus|Who chaired the MFA mid-year review conference in July 2022?
refuse|abbrev,near-miss|-|not_in_corpus|HN tổng kết ngành NG năm 2021 có bao nhiêu đại biểu?
refuse|abbrev,near-miss|-|not_in_corpus|ĐS VN tại Singapore phát biểu gì tại HN ngoại vụ 21?
# ---------- refuse: false_premise ----------
refuse|accentless,abbrev,premise|-|false_premise|vi sao TTg Pham Minh Chinh vang mat HN tong ket NG 2022
refuse|abbrev,premise|-|false_premise|Tại sao HN sơ kết 6 tháng đầu năm 2023 của BNG bị hoãn?
refuse|accentless,abbrev,premise|-|false_premise|vi sao PTT Tran Luu Quang phe binh BNG trong buoi lam viec 31-1
refuse|accentless,abbrev,premise,telegraphic|-|false_premise|VN truot ghe HDBA LHQ 2020-2021, ly do?
refuse|accentless,abbrev,premise|-|false_premise|kim ngach XNK 2022 giam bao nhieu so voi nam truoc
refuse|accentless,abbrev,premise|-|false_premise|tai sao BT Son phan doi de xuat co che mot cua cua TP HCM
refuse|abbrev,premise|-|false_premise|HN NG kinh tế 2024 bị hủy vì lý do gì?
refuse|english,premise|-|false_premise|Why did the ministry cancel the 2024 external information training in Quang Tri?
refuse|accentless,abbrev,premise|-|false_premise|Hoang Nam tu choi du HN tong ket NG 2024 tai Quang Tri vi sao
refuse|accentless,abbrev,premise|-|false_premise|vi sao DS Le Hai Dang de xuat cat giam tuyen truyen cho lao dong di Han Quoc
refuse|premise|-|false_premise|Vì sao bà Nguyễn Bích Ngọc phản đối nâng cấp cửa khẩu Trà Lĩnh?
refuse|accentless,abbrev,premise|-|false_premise|vi sao VN rut ung cu HDNQ LHQ nhiem ky 2026-2028
refuse|accentless,premise|-|false_premise|ty le thu tuc lanh su truc tuyen nam 2025 giam con bao nhieu
refuse|english,premise|-|false_premise|Why was the Reuters reporter refused a question at the 32nd Diplomatic Conference press briefing?
refuse|abbrev,premise|-|false_premise|Vì sao TTg phê phán ngoại giao kinh tế chỉ là "phong trào" tại HN NGKT 2024?
refuse|accentless,abbrev,premise|-|false_premise|sau HN ngoai vu 21, BNG huy ban ghi nho voi Thua Thien Hue khi nao
# ---------- refuse: not_reported ----------
refuse|abbrev|-|not_reported|Kinh phí tổ chức HN ngoại vụ toàn quốc 21 là bao nhiêu?
refuse|accentless,abbrev|-|not_reported|HN so ket 6 thang dau nam 2023 cua BNG to chuc o dau
refuse|accentless,abbrev|-|not_reported|ten 21 tap the duoc tang bang khen tai HN ngoai vu 21
refuse|accentless,abbrev|-|not_reported|HN tong ket NG 2024 hom 6/1 co bao nhieu dai bieu
refuse|abbrev|-|not_reported|Buổi làm việc của PTT Trần Lưu Quang với BNG kéo dài bao lâu?
refuse|accentless,abbrev|-|not_reported|ten 45 tap doan du HN NG kinh te 2024
refuse|accentless,abbrev|-|not_reported|danh sach 12 DN ban dan Hoa Ky duoc DSQ ket noi
refuse|accentless,abbrev|-|not_reported|3 doi tac VN nang cap quan he nam 2023 la nhung nuoc nao (hop bao HNNG 32)
refuse|abbrev|-|not_reported|4 cơ chế quốc tế VN trúng cử 6T đầu 2024 là những cơ chế nào?
refuse|accentless|-|not_reported|hoi nghi so ket 6 thang nam 2019 co bao nhieu nguoi du
refuse|accentless,abbrev|-|not_reported|ai dan chuong trinh HN ngoai vu 21
refuse|accentless,abbrev|-|not_reported|kinh phi lop tap huan TTDN o Quang Tri la bao nhieu
refuse|accentless,abbrev|-|not_reported|TTg Pham Minh Chinh phat bieu noi dung gi o phien khai mac HN Ngoai giao 32
refuse|accentless,abbrev|-|not_reported|BNG de nghi bo sung bao nhieu tien cho Quy bao ho cong dan
refuse|english|-|not_reported|How many connection points did the 6 January conference reviewing 2024 have?
refuse|abbrev|-|not_reported|HN tổng kết lãnh sự BHCD 2024 kết thúc lúc mấy giờ?
"""

def main():
    out = [HEADER.rstrip("\n")]
    for line in ROWS.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        form, tags, reps = parts[0].strip(), parts[1].strip(), parts[2].strip()
        question = parts[-1].strip()
        facts = "|".join(parts[3:-1]).strip()
        facts = " | ".join(a.strip() for a in facts.split("|"))
        if "accentless" in tags.split(","):
            question = norm_keepcase(question)
        report = "-" if reps == "-" else ",".join(FILES[c] for c in reps.split(","))
        out.append("\t".join([question, form, tags or "-", report, facts]))
    (ROOT / "questions.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("rows:", len(out) - 1)

main()
