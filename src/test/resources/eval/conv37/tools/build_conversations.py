#!/usr/bin/env python3
"""Build conversations.tsv for blind conversation set 37 from hand-written turn data.

Each turn: (question, kind, tags, read_as, facts, report[, miss])
  report: 0-4 (R0-R4, files given/000_... to 004_...); the report the facts are copied from,
          or the report the subject belongs to for refuse turns (None for pure not_in_corpus).
  miss:   for refuse:not_in_corpus, the distinguishing token/phrase absent from all five reports.
Turns tagged 'accentless' are written here with diacritics and stripped by strip_accents().
"""
import os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NR, NC, FP = "refuse:not_reported", "refuse:not_in_corpus", "refuse:false_premise"

def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))

C = []
def conv(*turns):
    C.append(list(turns))

# R0 = 000 sơ kết 6 tháng đầu năm 2023 (5/7); R1 = 001 tổng kết 2022 (10/1, TTg Phạm Minh Chính, Cao Bằng);
# R2 = 002 PTT Trần Lưu Quang làm việc với BNG (31-1); R3 = 003 sơ kết 6 tháng đầu năm 2019 (22/7, Phạm Bình Minh);
# R4 = 004 tổng kết 2024 (6/1, TTg, Quảng Trị)

# c01
conv(("Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra hôm nào?", "new", "paraphrase",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 diễn ra vào ngày nào?", "10/1", 1),
     ("ai chủ trì?", "ellipsis", "accentless,telegraphic",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
     ("ông ấy giữ chức gì", "pronoun", "-",
      "Ông Bùi Thanh Sơn, người chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, giữ chức vụ gì?",
      "Bộ trưởng Bộ Ngoại giao", 1),
     ("bn đại biểu dựu", "ellipsis", "accentless,abbrev,telegraphic,typo",
      "Có bao nhiêu đại biểu dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "hơn 700 đại biểu", 1),
     ("hội nghị đó kết nối với bao nhiêu tỉnh thành?", "pronoun", "paraphrase",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 được kết nối với điểm cầu bao nhiêu tỉnh, thành phố?",
      "63", 1))
# c02
conv(("Who attended the 2022 diplomacy review conference at the Cao Bang bridge point?", "new", "english",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?", "Nguyễn Bích Ngọc", 1),
     ("người đó giữ chức vụ gì?", "pronoun", "-",
      "Đồng chí Nguyễn Bích Ngọc, người dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng, giữ chức vụ gì?",
      "Phó Chủ tịch UBND tỉnh | Ban Thường vụ Tỉnh ủy", 1),
     ("những huyện nào?", "ellipsis", "accentless,telegraphic",
      "UBND những huyện nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Cao Bằng?",
      "Quảng Hòa && Hạ Lang", 1),
     ("còn điểm cầu Quảng Trị ở HN tk 2024?", "substitution", "abbrev",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2024 tại điểm cầu Quảng Trị?", "Hoàng Nam", 4),
     ("người này làm chủ tịch tỉnh từ bao giờ", "pronoun", "accentless,premise",
      "Ông Hoàng Nam, người dự Hội nghị tổng kết năm 2024 tại điểm cầu Quảng Trị, làm Chủ tịch UBND tỉnh từ bao giờ?",
      FP, 4))
# c03
conv(("HN sơ kết 6 tháng đầu năm 2019 của BNG diễn ra ngày nào?", "new", "abbrev",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019", 3),
     ("ai phát biểu chỉ đạo", "ellipsis", "accentless,telegraphic",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
     ("ông ấy giữ những chức vụ gì?", "pronoun", "-",
      "Ông Phạm Bình Minh, người phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019, giữ những chức vụ gì?",
      "Phó Thủ tướng && Bộ trưởng Ngoại giao", 3),
     ("ông ấy lưu ý điểm thứ nhất là gì", "pronoun", "accentless",
      "Điểm thứ nhất cần lưu tâm mà ông Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019 là gì?",
      "nhạy cảm trong tham mưu", 3),
     ("trích nguyên văn", "request", "accentless,telegraphic",
      "Trích nguyên văn điểm thứ nhất cần lưu tâm mà ông Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
      "đánh giá sâu hơn nữa && xử lý tình huống", 3))
# c04
conv(("VN trúng cử Ủy viên ko thường trực HĐBA LHQ với bao nhiêu phiếu?", "new", "accentless,abbrev",
      "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", 3),
     ("nước nào ko bầu cho VN", "ellipsis", "accentless,abbrev",
      "Nước nào không bỏ phiếu cho Việt Nam trong cuộc bầu Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2020-2021?",
      NR, 3),
     ("6 tháng đầu năm 2019 ký được những hiệp định nào?", "new", "paraphrase",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, những hiệp định nào được ký kết trong 6 tháng đầu năm 2019?",
      "EVFTA && Hiệp định bảo hộ đầu tư", 3),
     ("còn CPTPP?", "substitution", "accentless,telegraphic",
      "Hiệp định CPTPP có tiến triển gì trong 6 tháng đầu năm 2019?", "chính thức được triển khai", 3))
# c05
conv(("BNG tổ chức HN sơ kết 6 tháng đầu năm 2023 ngày nào?", "new", "accentless,abbrev",
      "Bộ Ngoại giao tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 vào ngày nào?", "5/7", 0),
     ("ai dự?", "ellipsis", "accentless,telegraphic",
      "Ai tham dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
     ("thế còn Thủ tướng Phạm Minh Chính phát biểu gì ở đó?", "substitution", "premise",
      "Thủ tướng Phạm Minh Chính phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", FP, 0),
     ("phương chma là gì", "ellipsis", "accentless,telegraphic,typo",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?",
      "chủ động, thích ứng, sáng tạo", 0),
     ("nói rõ hơn", "request", "accentless,telegraphic",
      "Nói rõ hơn đánh giá của Hội nghị sơ kết 6 tháng đầu năm 2023 về kết quả công tác đối ngoại triển khai theo phương châm chủ động, thích ứng, sáng tạo.",
      "đồng bộ, toàn diện && một điểm sáng", 0))
# c06
conv(("What did Minister Bui Thanh Son commend at the mid-2023 review conference?", "new", "english",
      "Bộ trưởng Bùi Thanh Sơn biểu dương điều gì khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "nỗ lực không mệt mỏi", 0),
     ("ông ấy đề nghị triển khai đường lối đối ngoại của đại hội nào?", "pronoun", "-",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị triển khai đường lối đối ngoại của Đại hội nào?",
      "Đại hội XIII", 0),
     ("ông ấy yêu cầu các đơn vị làm tốt hơn cv gì", "pronoun", "accentless,abbrev",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn yêu cầu các đơn vị trong Bộ làm tốt hơn nữa công tác gì?",
      "nghiên cứu, dự báo, tham mưu", 0),
     ("ông ấy trao khen thưởng cho những ai, tên cụ thể?", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn trao khen thưởng cho những tập thể, cá nhân cụ thể nào (tên gì) tại Hội nghị sơ kết 6 tháng đầu năm 2023?",
      NR, 0))
# c07
conv(("PTT Trần Lưu Quang làm việc với BNG hôm nào?", "new", "abbrev",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao về triển khai công tác đối ngoại năm 2023 vào ngày nào?",
      "31-1", 2),
     ("ở đâu?", "ellipsis", "telegraphic",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
     ("ai báo cáo kết quả", "ellipsis", "telegraphic",
      "Ai báo cáo kết quả với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc ngày 31-1 với Bộ Ngoại giao?",
      "Bùi Thanh Sơn", 2),
     ("ông ấy báo cáo kq năm nào", "pronoun", "accentless,abbrev",
      "Bộ trưởng Bùi Thanh Sơn báo cáo Phó Thủ tướng Trần Lưu Quang kết quả thực hiện nhiệm vụ đối ngoại năm nào?",
      "2022", 2),
     ("PTT phê bình BNG những điểm gì ở buổi đó?", "pronoun", "abbrev,premise",
      "Phó Thủ tướng Trần Lưu Quang phê bình Bộ Ngoại giao những điểm gì tại buổi làm việc ngày 31-1?", FP, 2))
# c08
conv(("Theo PTT Trần Lưu Quang, nhiệm vụ trung tâm của ngành ngoại giao là gì?", "new", "abbrev",
      "Theo Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao, nhiệm vụ trung tâm là gì?",
      "phục vụ phát triển đất nước", 2),
     ("còn nhiệm vụ trọng yếu?", "substitution", "telegraphic",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ trọng yếu, thường xuyên của Bộ Ngoại giao là gì?",
      "giữ vững hòa bình", 2),
     ("thế nhiệm vụ quan trọng?", "substitution", "accentless,telegraphic",
      "Theo Phó Thủ tướng Trần Lưu Quang, nhiệm vụ quan trọng của Bộ Ngoại giao là gì?",
      "vị thế và uy tín", 2),
     ("ông ấy có nói gì về Biển Đông ko", "pronoun", "accentless,abbrev",
      "Tại buổi làm việc với Bộ Ngoại giao, Phó Thủ tướng Trần Lưu Quang nói gì cụ thể về vấn đề Biển Đông?", NR, 2),
     ("nguồn nào?", "request", "telegraphic",
      "Bài viết về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao lấy từ nguồn nào?", "VGP", 2))
# c09
conv(("When was the 2024 diplomatic sector review conference held?", "new", "english",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra ngày nào?", "6/1", 4),
     ("TTg có dự ko", "ellipsis", "accentless,abbrev,telegraphic",
      "Thủ tướng Chính phủ có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      "dự và chỉ đạo hội nghị", 4),
     ("bao nhiêu đại biểu?", "ellipsis", "telegraphic",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 có bao nhiêu đại biểu tham dự?", NR, 4),
     ("còn năm 2022?", "substitution", "accentless,telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu tham dự?", "hơn 700 đại biểu", 1),
     ("năm đó hội nghị kéo dài mấy tiếng", "pronoun", "accentless",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kéo dài mấy tiếng?", NR, 1))
# c10
conv(("Nhiệm vụ bao trùm của công tác đối ngoại mà Thủ tướng nêu tại HN tổng kết 2024 là gì?", "new", "abbrev",
      "Nhiệm vụ bao trùm đối với công tác đối ngoại và ngoại giao mà Thủ tướng Phạm Minh Chính nêu khi kết luận Hội nghị tổng kết năm 2024 là gì?",
      "vai trò tiên phong", 4),
     ("trích nguyên văn", "request", "accentless,telegraphic",
      "Trích nguyên văn câu Thủ tướng nêu nhiệm vụ bao trùm đối với công tác đối ngoại tại Hội nghị tổng kết năm 2024.",
      "phát huy mạnh mẽ hơn nữa && vai trò tiên phong", 4),
     ("kỷ nguyên gì?", "ellipsis", "telegraphic",
      "Theo kết luận của Thủ tướng tại Hội nghị tổng kết năm 2024, đất nước vững bước vào kỷ nguyên gì?",
      "kỷ nguyên vươn mình", 4),
     ("BNG tiếp nhận chức năng, nhiệm vụ của những cơ quan nào?", "new", "abbrev",
      "Theo báo cáo Hội nghị tổng kết năm 2024, Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương && Ủy ban Đối ngoại Quốc hội", 4),
     ("tổng kết nghị quyết số mấy", "ellipsis", "accentless,telegraphic",
      "Theo Hội nghị tổng kết năm 2024, ngành ngoại giao cần thực hiện tốt chủ trương tổng kết Nghị quyết số mấy của BCH Trung ương?",
      "Nghị quyết 18", 4))
# c11
conv(("Tại HN sơ kết 6 tháng đầu năm 2019, BT Bùi Thanh Sơn phát biểu gì?", "new", "abbrev,premise",
      "Bộ trưởng Bùi Thanh Sơn phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, 3),
     ("thế còn Phạm Bình Minh?", "substitution", "-",
      "Ông Phạm Bình Minh phát biểu chỉ đạo điều gì tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "nhạy cảm trong tham mưu", 3),
     ("ông ấy chỉ đạo gì về xây dựng ngành", "pronoun", "accentless",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, ông Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
      "tuyển dụng && bảo vệ chính trị nội bộ", 3),
     ("tóm tắt lại", "request", "telegraphic",
      "Tóm tắt lại chỉ đạo của ông Phạm Bình Minh về công tác xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
      "tuyển dụng && kỷ cương", 3))
# c12
conv(("In the first half of 2019, which countries did Vietnam set up comprehensive partnerships with?", "new", "english",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam thiết lập quan hệ Đối tác toàn diện với những nước nào?",
      "Brunei && Hà Lan", 3),
     ("nâng tổng số đối tác chiến lược/toàn diện lên bn?", "ellipsis", "accentless,abbrev",
      "Trong 6 tháng đầu năm 2019, tổng số Đối tác chiến lược/Đối tác toàn diện của Việt Nam được nâng lên bao nhiêu?",
      "30 quốc gia", 3),
     ("31 nước đó gồm những nước nào", "pronoun", "accentless,premise",
      "31 quốc gia Đối tác chiến lược/Đối tác toàn diện của Việt Nam tính đến giữa năm 2019 gồm những nước nào?",
      FP, 3),
     ("Năm 2019 VN tổ chức thành công hội nghị thượng đỉnh nào?", "new", "abbrev",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam tổ chức thành công hội nghị thượng đỉnh nào?",
      "Mỹ - Triều lần 2", 3),
     ("hội nghị đó tổ chức ở thành phố nào?", "pronoun", "accentless",
      "Hội nghị thượng đỉnh Mỹ - Triều lần 2 do Việt Nam tổ chức diễn ra ở thành phố nào?", NR, 3))
# c13
conv(("Kim ngạch XNK năm 2022 vượt mốc bao nhiêu?", "new", "abbrev",
      "Theo Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, kim ngạch xuất nhập khẩu năm 2022 vượt mốc bao nhiêu?",
      "700 tỷ USD", 1),
     ("why did it fall compared with the year before?", "pronoun", "english,premise",
      "Vì sao kim ngạch xuất nhập khẩu năm 2022 giảm so với năm trước?", FP, 1),
     ("ai đánh giá vậy?", "ellipsis", "accentless,telegraphic",
      "Ai đánh giá tại Hội nghị tổng kết năm 2022 rằng kim ngạch xuất nhập khẩu vượt mốc kỷ lục 700 tỷ USD?",
      "Bùi Thanh Sơn", 1),
     ("ông ấy nói sự tham dự của ai là minh chứng cho sự quan tâm đặc biệt?", "pronoun", "accentless",
      "Bộ trưởng Bùi Thanh Sơn nhấn mạnh sự tham dự của ai tại Hội nghị tổng kết năm 2022 là minh chứng cho sự quan tâm đặc biệt?",
      "Thủ tướng Chính phủ", 1))
# c14
conv(("Thủ tướng nhắc đến bản sắc gì tại HN tổng kết ngành ngoại giao 2022?", "new", "abbrev",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Thủ tướng Phạm Minh Chính nhắc đến bản sắc gì?",
      "cây tre Việt Nam", 1),
     ("nói rõ hơn", "request", "accentless,telegraphic",
      "Nói rõ hơn về bản sắc “cây tre Việt Nam” mà Thủ tướng nêu tại Hội nghị tổng kết năm 2022.",
      "gốc vững && dĩ bất biến, ứng vạn biến", 1),
     ("từ “muốn là bạn” đến gì?", "ellipsis", "telegraphic",
      "Theo Thủ tướng tại Hội nghị tổng kết năm 2022, chủ trương chuyển từ “muốn là bạn” đến gì?",
      "sẵn sàng là bạn", 1),
     ("còn về hợp tác và đấu tranh", "substitution", "-",
      "Về hợp tác và đấu tranh, Thủ tướng nói tại Hội nghị tổng kết năm 2022 rằng chuyển từ quan niệm “địch”, “ta” sang cách nhìn nhận gì?",
      "đối tác, đối tượng", 1),
     ("ông ấy liệt kê đủ 6 nhiệm vụ trọng tâm là gì?", "pronoun", "-",
      "Liệt kê đầy đủ 6 nhiệm vụ trọng tâm mà Thủ tướng Phạm Minh Chính yêu cầu ngành Ngoại giao thực hiện tại Hội nghị tổng kết năm 2022.",
      NR, 1))
# c15
conv(("HN sơ kết 6 tháng đầu năm 2023 của BNG tổ chức ở đâu?", "new", "accentless,abbrev",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao được tổ chức ở đâu?", NR, 0),
     ("bao nhiêu người dự", "ellipsis", "telegraphic",
      "Có bao nhiêu người dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", NR, 0),
     ("còn năm 2017?", "substitution", "accentless,telegraphic,near-miss",
      "Hội nghị sơ kết công tác 6 tháng đầu năm 2017 của Bộ Ngoại giao có bao nhiêu người dự?", NC, None, "2017"),
     ("Theo HN sơ kết 2023, ngoại giao đa phương được kết hợp chặt chẽ với gì?", "new", "abbrev",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao đa phương được kết hợp chặt chẽ với gì?",
      "ngoại giao song phương", 0))
# c16
conv(("Who wrote the Quang Tri newspaper piece on the 2024 diplomatic review conference?", "new", "english",
      "Ai viết bài về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 đăng trên báo Quảng Trị?", "Hoài Nhung", 4),
     ("còn bài về HN sơ kết 2019 ai viết?", "substitution", "accentless,abbrev",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao do ai viết?", "PV", 3),
     ("ảnh nguồn nào", "ellipsis", "accentless,telegraphic",
      "Ảnh trong bài về Hội nghị sơ kết 6 tháng đầu năm 2019 lấy từ nguồn nào?", "TG&VN", 3),
     ("bài đó đăng ngày nào?", "pronoun", "accentless",
      "Bài về Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao được đăng ngày nào?", "22/07/2019", 3))
# c17
conv(("Ngoài BT Sơn, những ai dự buổi làm việc của PTT Trần Lưu Quang với BNG?", "new", "abbrev",
      "Ngoài Bộ trưởng Bùi Thanh Sơn, những ai dự buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      "Văn phòng Chính phủ", 2),
     ("mấy giờ?", "ellipsis", "accentless,telegraphic",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bắt đầu lúc mấy giờ?", NR, 2),
     ("ông ấy đánh giá cao điều gì", "pronoun", "-",
      "Phó Thủ tướng Trần Lưu Quang đánh giá cao điều gì tại buổi làm việc với Bộ Ngoại giao?",
      "nỗ lực và thành tựu", 2),
     ("Tổng Bí thư chỉ đạo tại Hội nghị đối ngoại toàn quốc năm nào, theo bài về buổi làm việc của PTT Quang?", "new", "abbrev",
      "Theo bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao, Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại Hội nghị đối ngoại toàn quốc năm nào?",
      "2021", 2),
     ("thế còn PTT Trịnh Đình Dũng có dự buổi đó ko?", "substitution", "accentless,abbrev,near-miss",
      "Phó Thủ tướng Trịnh Đình Dũng có dự buổi làm việc với Bộ Ngoại giao ngày 31-1 không?", NC, None, "Trịnh Đình Dũng"))
# c18
conv(("Chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương được nhắc ở HN sơ kết 2019?", "new", "abbrev",
      "Chỉ thị nào về đẩy mạnh và nâng tầm đối ngoại đa phương được nhắc tại Hội nghị sơ kết 6 tháng đầu năm 2019?",
      "Chỉ thị 25", 3),
     ("issued by whom?", "ellipsis", "english,telegraphic",
      "Chỉ thị 25 về đẩy mạnh và nâng tầm đối ngoại đa phương là của cơ quan nào?", "Ban Bí thư", 3),
     ("còn Chỉ thị 26?", "substitution", "accentless,telegraphic,near-miss",
      "Chỉ thị 26 được nhắc đến thế nào tại Hội nghị sơ kết 6 tháng đầu năm 2019?", NC, None, "Chỉ thị 26"),
     ("cv đối ngoại 6 tháng đầu năm 2019 triển khai theo tinh thần HN Ngoại giao lần thứ mấy?", "new", "accentless,abbrev",
      "Công tác đối ngoại 6 tháng đầu năm 2019 được triển khai theo tinh thần Hội nghị Ngoại giao lần thứ mấy?",
      "Hội nghị Ngoại giao 30", 3))
# c19
conv(("Ai phát biểu chỉ đạo tại HN sơ kết 6 tháng đầu năm 2019?", "new", "accentless,abbrev",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết công tác 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
     ("còn 2023?", "substitution", "telegraphic",
      "Ai phát biểu kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
     ("ông ấy kiêm PTT từ khi nào?", "pronoun", "accentless,abbrev,premise",
      "Bộ trưởng Bùi Thanh Sơn, người kết luận Hội nghị sơ kết 6 tháng đầu năm 2023, kiêm Phó Thủ tướng từ khi nào?",
      FP, 0),
     ("còn ai dự nữa", "ellipsis", "accentless,telegraphic",
      "Ngoài Bộ trưởng Bùi Thanh Sơn, còn ai dự Hội nghị sơ kết công tác 6 tháng đầu năm 2023?",
      "các Lãnh đạo Bộ Ngoại giao | đại diện các đơn vị", 0),
     ("năm đó có trao khen thưởng ko?", "pronoun", "accentless,abbrev",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao có trao khen thưởng không?",
      "danh hiệu, khen thưởng", 0))
# c20
conv(("Tại HN tk 2022, BT Sơn nói HN nhằm nhìn lại việc thực hiện kết luận của Tổng Bí thư nào?", "new", "abbrev",
      "Tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm nhìn lại việc thực hiện kết luận, chỉ đạo của Tổng Bí thư nào?",
      "Nguyễn Phú Trọng", 1),
     ("ông ấy kết luận tại hội nghị nào?", "pronoun", "accentless",
      "Các kết luận, chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng được nhắc tại Hội nghị tổng kết năm 2022 là tại hội nghị nào?",
      "Hội nghị đối ngoại toàn quốc", 1),
     ("còn Thủ tướng thì ở HN Ngoại giao lần thứ mấy?", "substitution", "accentless,abbrev",
      "Các kết luận, chỉ đạo của Thủ tướng và lãnh đạo Đảng, Nhà nước được nhắc tại Hội nghị tổng kết năm 2022 là tại Hội nghị Ngoại giao lần thứ mấy?",
      "lần thứ 31", 1),
     ("what about the 32nd one?", "substitution", "english,telegraphic,near-miss",
      "Hội nghị Ngoại giao lần thứ 32 được nhắc đến thế nào trong các báo cáo?", NC, None, "lần thứ 32"))
# c21
conv(("Năm 2024 ngoại giao kinh tế chuyển biến mạnh trong những lĩnh vực nào?", "new", "paraphrase",
      "Theo Hội nghị tổng kết năm 2024, ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ trong những lĩnh vực nào?",
      "chíp bán dẫn && trí tuệ nhân tạo", 4),
     ("dưới sự chỉ đạo của ai?", "ellipsis", "accentless",
      "Ngoại giao kinh tế năm 2024 chuyển biến mạnh mẽ dưới sự chỉ đạo của ai?", "Thủ tướng Chính phủ", 4),
     ("trích nguyên văn", "request", "telegraphic",
      "Trích nguyên văn câu nói về sự chỉ đạo của Thủ tướng Chính phủ đối với ngoại giao kinh tế năm 2024.",
      "chỉ đạo sâu sát, quyết liệt", 4),
     ("Vì sao VN bị rơi khỏi nhóm nước tăng trưởng cao năm 2024?", "new", "accentless,abbrev,premise",
      "Vì sao Việt Nam bị rơi khỏi nhóm nước tăng trưởng cao trong năm 2024?", FP, 4),
     ("VN là điểm sáng về gì", "ellipsis", "accentless,abbrev",
      "Theo Hội nghị tổng kết năm 2024, Việt Nam là điểm sáng về lĩnh vực gì?", "thương mại && thu hút đầu tư", 4))
# c22
conv(("What did the Foreign Minister report to Deputy PM Tran Luu Quang?", "new", "english",
      "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn báo cáo gì với Phó Thủ tướng Trần Lưu Quang tại buổi làm việc?",
      "nhiệm vụ đối ngoại năm 2022", 2),
     ("ông ấy nói BNG quyết tâm đổi mới gì", "pronoun", "abbrev",
      "Bộ trưởng Bùi Thanh Sơn nói Bộ Ngoại giao quyết tâm đổi mới điều gì?", "tư duy và hành động", 2),
     ("trọng tâm là gì?", "ellipsis", "telegraphic",
      "Trọng tâm của việc Bộ Ngoại giao đổi mới tư duy và hành động là gì?", "triển khai đồng bộ", 2),
     ("còn PTT Vũ Đức Đam có dự ko?", "substitution", "accentless,abbrev,near-miss",
      "Phó Thủ tướng Vũ Đức Đam có dự buổi làm việc với Bộ Ngoại giao ngày 31-1 không?", NC, None, "Vũ Đức Đam"))
# c23
conv(("Theo HN sơ kết 6 tháng đầu năm 2023, tình hình thế giới và khu vực thế nào?", "new", "abbrev",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, tình hình thế giới và khu vực 6 tháng đầu năm thế nào?",
      "diễn biến nhanh, phức tạp", 0),
     ("quan hệ vs các đối tcá?", "ellipsis", "accentless,abbrev,telegraphic,typo",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, quan hệ với các đối tác trong 6 tháng đầu năm phát triển thế nào?",
      "đi vào chiều sâu", 0),
     ("còn ngoại giao kinh tế?", "substitution", "telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác ngoại giao kinh tế được thực hiện thế nào?",
      "trọng tâm, trọng điểm", 0),
     ("còn công tác người VN ở nước ngoài", "substitution", "accentless,abbrev",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, công tác người Việt Nam ở nước ngoài được đánh giá thế nào?",
      "cầu nối", 0),
     ("nguồn?", "request", "telegraphic",
      "Báo cáo về Hội nghị sơ kết 6 tháng đầu năm 2023 lấy từ nguồn nào?", "TTXVN", 0))
# c24
conv(("Tại HN sơ kết 2019 của BNG, PTT Lê Minh Khái phát biểu gì?", "new", "abbrev,premise",
      "Phó Thủ tướng Lê Minh Khái phát biểu gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, 3),
     ("vậy ai phát biểu chỉ đạo?", "ellipsis", "accentless",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3),
     ("ông ấy nói đối ngoại triển khai theo tinh thần HN tổng kết năm nào", "pronoun", "accentless,abbrev",
      "Ông Phạm Bình Minh nói công tác đối ngoại nửa đầu năm 2019 được triển khai theo tinh thần Hội nghị tổng kết công tác năm nào?",
      "2018", 3),
     ("hội nghị đó bao nhiêu đại biểu", "pronoun", "accentless",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao có bao nhiêu đại biểu?", NR, 3))
# c25
conv(("Thủ tướng nào dự HN tổng kết ngành NG năm 2022?", "new", "abbrev",
      "Thủ tướng nào dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Phạm Minh Chính", 1),
     ("ông ấy đề nghị bám sát tinh thần gì?", "pronoun", "-",
      "Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao bám sát tinh thần lấy ai làm trung tâm phục vụ?",
      "người dân, doanh nghiệp, địa phương", 1),
     ("thế còn HN tk năm 2024, ông ấy có dự ko?", "substitution", "accentless,abbrev",
      "Thủ tướng Phạm Minh Chính có dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không?",
      "dự và chỉ đạo hội nghị", 4),
     ("ông ấy nêu nhiệm vụ bao trùm là gì", "pronoun", "accentless",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng Phạm Minh Chính nêu nhiệm vụ bao trùm đối với công tác đối ngoại là gì?",
      "vai trò tiên phong", 4),
     ("ông ấy có chủ trì hội nghị đó không?", "pronoun", "-",
      "Thủ tướng Phạm Minh Chính có chủ trì Hội nghị tổng kết công tác ngành ngoại giao năm 2024 không, hay ai chủ trì?",
      NR, 4))
# c26
conv(("What kind of cadres did the 2019 mid-year review aim to build?", "new", "english",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 hướng tới xây dựng đội ngũ cán bộ như thế nào?", "vừa hồng, vừa chuyên", 3),
     ("còn HN tk 2024?", "substitution", "accentless,abbrev,telegraphic",
      "Hội nghị tổng kết năm 2024 yêu cầu xây dựng đội ngũ cán bộ ngoại giao như thế nào?", "vừa hồng, vừa chuyên", 4),
     ("trích nguyên văn", "request", "accentless,telegraphic",
      "Trích nguyên văn yêu cầu về đội ngũ cán bộ ngoại giao tại Hội nghị tổng kết năm 2024.",
      "tin cậy về phẩm chất && nhạy bén về thời thế", 4),
     ("thế còn HN tk năm 2016?", "substitution", "accentless,abbrev,near-miss",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2016 yêu cầu xây dựng đội ngũ cán bộ như thế nào?", NC, None, "2016"))
# c27
conv(("Vì sao buổi làm việc của PTT Trần Lưu Quang với BNG bị hoãn?", "new", "abbrev,premise",
      "Vì sao buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bị hoãn?", FP, 2),
     ("buổi làm việc đó bàn về gì", "pronoun", "accentless",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao bàn về nội dung gì?",
      "triển khai công tác đối ngoại", 2),
     ("công tác đó trong năm nào?", "pronoun", "-",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang bàn về triển khai công tác đối ngoại trong năm nào?", "2023", 2),
     ("cần làm tốt chương trình gì", "ellipsis", "accentless",
      "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tập trung thực hiện tốt chương trình gì?",
      "chương trình đối ngoại cấp cao", 2),
     ("buổi đó kéo dài bao lâu", "pronoun", "accentless",
      "Buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao kéo dài bao lâu?", NR, 2))
# c28
conv(("Hội nghị tổng kết ngành ngoại giao năm 2024 do ai chủ trì?", "new", "-",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 do ai chủ trì?", NR, 4),
     ("ai ket luna?", "ellipsis", "accentless,telegraphic,typo",
      "Ai kết luận Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Phạm Minh Chính", 4),
     ("còn năm 2022 ai chủ trì?", "substitution", "-",
      "Ai chủ trì Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Bùi Thanh Sơn", 1),
     ("ông ấy khai mạc nói HN nhằm mục đích gì", "pronoun", "accentless,abbrev",
      "Khi khai mạc Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói hội nghị nhằm mục đích gì?",
      "nhìn lại một năm", 1),
     ("còn Thứ trưởng Đặng Hoàng Giang phát biểu gì ở HN đó?", "substitution", "abbrev,near-miss",
      "Thứ trưởng Đặng Hoàng Giang phát biểu gì tại Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      NC, None, "Đặng Hoàng Giang"))
# c29
conv(("Ở HN sơ kết 2023, BT Sơn chỉ đạo gì về xây dựng ngành?", "new", "abbrev",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo gì về công tác xây dựng ngành?",
      "công tác chỉ đạo điều hành && công tác cán bộ", 0),
     ("tóm tắt lại", "request", "accentless,telegraphic",
      "Tóm tắt lại chỉ đạo của Bộ trưởng Bùi Thanh Sơn về xây dựng ngành tại Hội nghị sơ kết 6 tháng đầu năm 2023.",
      "chuyên nghiệp, hiện đại", 0),
     ("thế còn thông tin đối ngoại?", "substitution", "accentless",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn đề nghị gì về thông tin đối ngoại?",
      "phương thức truyền thông mới", 0),
     ("Besides the minister, who attended the H1 2023 review?", "new", "english",
      "Ngoài Bộ trưởng Bùi Thanh Sơn, những ai dự Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?",
      "đại diện các đơn vị | các Lãnh đạo Bộ Ngoại giao", 0),
     ("còn HN sơ kết 2019 chỉ đạo gì về xây dựng ngành?", "substitution", "accentless,abbrev",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2019, Phó Thủ tướng, Bộ trưởng Phạm Bình Minh chỉ đạo gì về công tác xây dựng ngành?",
      "tuyển dụng, đào tạo cán bộ", 3))
# c30
conv(("HN tk 2022 tại điểm cầu Cao Bằng có những sở nào dự?", "new", "accentless,abbrev",
      "Tại điểm cầu Cao Bằng của Hội nghị tổng kết công tác ngành Ngoại giao năm 2022, lãnh đạo những sở nào dự?",
      "Tài chính && Công thương", 1),
     ("có biên phòng ko", "ellipsis", "accentless,telegraphic",
      "Bộ đội Biên phòng có dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng không?",
      "Bộ đội Biên phòng", 1),
     ("what about the Lang Son bridge point?", "substitution", "english,near-miss",
      "Ai dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 tại điểm cầu Lạng Sơn?", NC, None, "Lạng Sơn"),
     ("còn Quảng Trị năm 2024 có những sở nào dự?", "substitution", "accentless",
      "Tại điểm cầu Quảng Trị của Hội nghị tổng kết công tác ngành ngoại giao năm 2024, lãnh đạo những sở nào dự?", NR, 4))
# c31
conv(("HN sơ kết 2019: công tác ngoại vụ địa phương lấy gì làm trung tâm?", "new", "abbrev,telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác ngoại vụ địa phương lấy gì làm trung tâm?",
      "doanh nghiệp và người dân", 3),
     ("còn Thủ tướng ở HN tk 2022 thì sao?", "substitution", "accentless,abbrev",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng đề nghị ngành ngoại giao lấy ai làm trung tâm phục vụ?",
      "người dân, doanh nghiệp, địa phương", 1),
     ("ông ấy muốn giữ nước từ khi nào", "pronoun", "-",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị bảo vệ, giữ nước từ khi nào?",
      "từ khi nước chưa nguy", 1),
     ("trích nguyên văn", "request", "telegraphic",
      "Trích nguyên văn câu Thủ tướng nói về bảo vệ, giữ nước tại Hội nghị tổng kết năm 2022.", "từ sớm && từ xa", 1))
# c32
conv(("Bộ trưởng Sơn đã phê bình những đơn vị nào tại HN sơ kết 6 tháng đầu năm 2023?", "new", "abbrev,premise",
      "Bộ trưởng Bùi Thanh Sơn đã phê bình những đơn vị nào tại Hội nghị sơ kết 6 tháng đầu năm 2023?", FP, 0),
     ("thế ông ấy biểu dương ai", "pronoun", "-",
      "Bộ trưởng Bùi Thanh Sơn biểu dương những ai khi kết luận Hội nghị sơ kết 6 tháng đầu năm 2023?",
      "cán bộ, công chức, viên chức", 0),
     ("khen thưởng ai", "ellipsis", "accentless,telegraphic",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Ngoại giao trao danh hiệu, khen thưởng cho ai?",
      "các tập thể và cá nhân", 0),
     ("vì thành tích gì", "ellipsis", "telegraphic",
      "Các tập thể và cá nhân được khen thưởng tại Hội nghị sơ kết 6 tháng đầu năm 2023 vì thành tích gì?",
      "thành tích xuất sắc", 0),
     ("hội nghị đó có mời đại sứ nước ngoài ko", "pronoun", "accentless,abbrev",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có mời đại sứ nước ngoài dự không?", NR, 0))
# c33
conv(("Where did Deputy PM Tran Luu Quang meet the Foreign Ministry?", "new", "english",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao ở đâu?", "Trụ sở Bộ Ngoại giao", 2),
     ("When?", "ellipsis", "english,telegraphic",
      "Phó Thủ tướng Trần Lưu Quang làm việc với Bộ Ngoại giao vào ngày nào?", "31-1", 2),
     ("ông ấy nhận định thế giới ra sao", "pronoun", "-",
      "Phó Thủ tướng Trần Lưu Quang nhận định tình hình thế giới thời gian tới ra sao?",
      "biến động sâu sắc, phức tạp", 2),
     ("PTT Trần Hồng Hà phát biểu gì ở buổi làm việc đó?", "pronoun", "abbrev,premise",
      "Phó Thủ tướng Trần Hồng Hà phát biểu gì tại buổi làm việc của Phó Thủ tướng Trần Lưu Quang với Bộ Ngoại giao?",
      FP, 2),
     ("BNG cần tham mưu ntn", "ellipsis", "accentless,abbrev",
      "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tham mưu cho Đảng và Nhà nước như thế nào?",
      "tham mưu kịp thời", 2))
# c34
conv(("Về nhiệm vụ năm 2025, BNG xác định phải nắm chắc và làm gì?", "new", "abbrev",
      "Về mục tiêu, nhiệm vụ năm 2025, Bộ Ngoại giao xác định phải nắm chắc và làm gì?", "dự báo đúng tình hình", 4),
     ("nhận diện gì", "ellipsis", "accentless,telegraphic",
      "Về nhiệm vụ năm 2025, Bộ Ngoại giao xác định phải nhận diện chính xác điều gì?", "nhận diện chính xác thời cơ", 4),
     ("nói rõ hơn", "request", "telegraphic",
      "Nói rõ hơn mục tiêu, nhiệm vụ năm 2025 của Bộ Ngoại giao về nắm chắc, dự báo tình hình và nhận diện thời cơ.",
      "thế chủ động chiến lược", 4),
     ("HN tk 2024 kết nối bao nhiêu điểm cầu?", "new", "accentless,abbrev",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 kết nối bao nhiêu điểm cầu?", NR, 4),
     ("còn năm 2022?", "substitution", "accentless,telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 kết nối với điểm cầu bao nhiêu tỉnh, thành phố?", "63", 1))
# c35
conv(("Về xây dựng ngành, HN sơ kết 2019 hướng tới mục tiêu gì?", "new", "abbrev",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác xây dựng ngành hướng tới mục tiêu gì?",
      "hiện đại hóa Bộ Ngoại giao", 3),
     ("còn công tác Đảng, đoàn thể?", "substitution", "accentless,telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2019, công tác Đảng, đoàn thể được triển khai thế nào?", "hiệu quả, thực chất", 3),
     ("6 tháng cuối năm 2019 góp phần thực hiện đường lối của đại hội nào?", "new", "accentless",
      "Theo Hội nghị sơ kết 2019, việc thực hiện định hướng 6 tháng cuối năm 2019 góp phần thực hiện đường lối, nhiệm vụ đối ngoại của Đại hội nào?",
      "Đại hội XII", 3),
     ("and looking ahead to which congress?", "ellipsis", "english",
      "Theo Hội nghị sơ kết 2019, việc thực hiện đường lối đối ngoại của Đại hội XII hướng tới Đại hội nào của Đảng?",
      "Đại hội XIII", 3))
# c36
conv(("Tại sao HN tổng kết ngành NG 2022 chỉ có 500 đại biểu?", "new", "abbrev,premise",
      "Tại sao Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 chỉ có 500 đại biểu?", FP, 1),
     ("vậy bao nhiêu?", "ellipsis", "accentless,telegraphic",
      "Hội nghị tổng kết công tác ngành Ngoại giao năm 2022 có bao nhiêu đại biểu?", "hơn 700 đại biểu", 1),
     ("Which Cao Bang districts joined that conference?", "pronoun", "english",
      "UBND những huyện nào của Cao Bằng dự Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?",
      "Trùng Khánh && Bảo Lâm", 1),
     ("ai đại diện huyện Hạ Lang", "ellipsis", "accentless",
      "Ai là người đại diện UBND huyện Hạ Lang dự Hội nghị tổng kết năm 2022 tại điểm cầu Cao Bằng?", NR, 1))
# c37
conv(("Năm 2025 BNG phải làm gì với tổ chức bộ máy?", "new", "abbrev",
      "Theo Hội nghị tổng kết năm 2024, năm 2025 Bộ Ngoại giao phải làm gì với tổ chức bộ máy?",
      "tinh gọn tổ chức bộ máy", 4),
     ("after taking over the functions of which bodies?", "ellipsis", "english",
      "Bộ Ngoại giao tinh gọn tổ chức bộ máy sau khi tiếp nhận chức năng, nhiệm vụ chính của những cơ quan nào?",
      "Ban Đối ngoại Trung ương", 4),
     ("tóm tắt lại", "request", "accentless,telegraphic",
      "Tóm tắt lại yêu cầu về tổng kết Nghị quyết 18 và tinh gọn bộ máy Bộ Ngoại giao nêu tại Hội nghị tổng kết năm 2024.",
      "tinh gọn && Nghị quyết 18", 4),
     ("vì sao Ban Đối ngoại TƯ phản đối việc đó?", "pronoun", "abbrev,premise",
      "Vì sao Ban Đối ngoại Trung ương phản đối việc Bộ Ngoại giao tiếp nhận chức năng, nhiệm vụ của mình?", FP, 4))
# c38
conv(("What motto did the H1 2023 review say guided foreign affairs?", "new", "english",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 đánh giá công tác đối ngoại được triển khai với phương châm gì?",
      "chủ động, thích ứng, sáng tạo", 0),
     ("Who gave the closing remarks?", "ellipsis", "english",
      "Ai phát biểu kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao?", "Bùi Thanh Sơn", 0),
     ("HN kéo dài bao lâuu", "ellipsis", "accentless,abbrev,typo",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao kéo dài bao lâu?", NR, 0),
     ("còn HN sơ kết 2019 diễn ra hôm nào?", "substitution", "accentless,abbrev",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao diễn ra ngày nào?", "22/7 | 22/07/2019", 3),
     ("năm đó VN trúng cử HĐBA với bn phiếu", "pronoun", "accentless,abbrev",
      "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, năm 2019 Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với bao nhiêu phiếu?",
      "192/193", 3))
# c39
conv(("Theo PTT Trần Lưu Quang, BNG cần củng cố biên giới thế nào?", "new", "abbrev",
      "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần củng cố biên giới như thế nào?", "biên giới hoà bình", 2),
     ("tranh thủ gì", "ellipsis", "accentless,telegraphic",
      "Theo Phó Thủ tướng Trần Lưu Quang, Bộ Ngoại giao cần tranh thủ tối đa những gì?", "các nguồn lực bên ngoài", 2),
     ("trích nguyên văn", "request", "telegraphic",
      "Trích nguyên văn chỉ đạo của Phó Thủ tướng Trần Lưu Quang về việc Bộ Ngoại giao cần tranh thủ tối đa những gì.",
      "yếu tố quốc tế thuận lợi && các nguồn lực bên ngoài", 2),
     ("thế năm 2017 PTT đó có làm việc với BNG ko?", "substitution", "accentless,abbrev,near-miss",
      "Năm 2017 Phó Thủ tướng Trần Lưu Quang có làm việc với Bộ Ngoại giao không?", NC, None, "2017"))
# c40
conv(("Bộ trưởng Ngoại giao năm 2019 là ai?", "new", "paraphrase",
      "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, ai là Bộ trưởng Ngoại giao?", "Phạm Bình Minh", 3),
     ("còn năm 2023?", "substitution", "telegraphic",
      "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2023, ai là Bộ trưởng Ngoại giao?", "Bùi Thanh Sơn", 0),
     ("ông ấy vào Bộ Chính trị từ bao giờ", "pronoun", "accentless,premise",
      "Bộ trưởng Bùi Thanh Sơn trở thành Ủy viên Bộ Chính trị từ bao giờ?", FP, 0),
     ("HN sơ kết 2019 đánh giá công tác nghiên cứu, tham mưu của BNG ra sao?", "new", "abbrev",
      "Hội nghị sơ kết 6 tháng đầu năm 2019 đánh giá công tác nghiên cứu, tham mưu của Bộ Ngoại giao ra sao?",
      "đề án, báo cáo lớn", 3))
# c41
conv(("Thủ tướng đề nghị ngành ngoại giao thế nào trong đấu tranh, ứng xử ngoại giao?", "new", "-",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính đề nghị ngành ngoại giao thế nào trong đấu tranh, ứng xử ngoại giao?",
      "bản lĩnh và linh hoạt", 1),
     ("đối sách?", "ellipsis", "accentless,telegraphic",
      "Thủ tướng yêu cầu ngành Ngoại giao cần có những đối sách như thế nào?", "linh hoạt, uyển chuyển, thực tế", 1),
     ("trích nguyên văn", "request", "accentless,telegraphic",
      "Trích nguyên văn câu Thủ tướng nói về đối sách của ngành Ngoại giao tại Hội nghị tổng kết năm 2022.",
      "đối sách linh hoạt && thích hợp", 1),
     ("sao ông ấy chỉ trích ngành NG bị động", "pronoun", "accentless,abbrev,premise",
      "Vì sao Thủ tướng Phạm Minh Chính chỉ trích ngành Ngoại giao bị động tại Hội nghị tổng kết năm 2022?", FP, 1),
     ("thế ông ấy có nói dám nghỉ dám làm ko", "pronoun", "abbrev,typo",
      "Tại Hội nghị tổng kết năm 2022, Thủ tướng Phạm Minh Chính có đề nghị ngành ngoại giao dám nghĩ, dám làm không?",
      "dám nghĩ, dám làm", 1))
# c42
conv(("Ở HN tk 2024, Thủ tướng yêu cầu xây dựng Đảng thế nào?", "new", "abbrev",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu xây dựng Đảng như thế nào?", "trong sạch, vững mạnh", 4),
     ("raise what exactly?", "ellipsis", "english,telegraphic",
      "Tại Hội nghị tổng kết năm 2024, Thủ tướng yêu cầu nâng cao gì của các tổ chức đảng, đảng viên trong ngành ngoại giao?",
      "sức chiến đấu", 4),
     ("còn HN sơ kết 2023 nói gì về đội ngũ cán bộ?", "substitution", "accentless,abbrev",
      "Tại Hội nghị sơ kết 6 tháng đầu năm 2023, Bộ trưởng Bùi Thanh Sơn chỉ đạo xây dựng đội ngũ cán bộ như thế nào?",
      "chuyên nghiệp, hiện đại", 0),
     ("còn HN sơ kết 6 tháng đầu năm 2015?", "substitution", "accentless,abbrev,near-miss",
      "Hội nghị sơ kết 6 tháng đầu năm 2015 của Bộ Ngoại giao nói gì về đội ngũ cán bộ?", NC, None, "2015"))
# c43
conv(("How many votes did Vietnam get for the UNSC non-permanent seat?", "new", "english,abbrev",
      "Theo báo cáo Hội nghị sơ kết 6 tháng đầu năm 2019, Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc với bao nhiêu phiếu?",
      "192/193", 3),
     ("nghe nói chỉ 180 phiếu, sao thấp vậy", "ellipsis", "accentless,premise",
      "Vì sao Việt Nam chỉ được 180 phiếu khi trúng cử Ủy viên không thường trực Hội đồng Bảo an?", FP, 3),
     ("nhiệm kỳ?", "ellipsis", "telegraphic",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ nào?", "2020-2021", 3),
     ("việc đó cho thấy điều gì", "pronoun", "accentless",
      "Việc Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an với số phiếu cao cho thấy điều gì?",
      "sự tín nhiệm && khả năng đóng góp", 3),
     ("còn nhiệm kỳ 2008-2009?", "substitution", "accentless,telegraphic,near-miss",
      "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2008-2009 với bao nhiêu phiếu?", NC, None, "2008-2009"))
# c44
conv(("HN tk 2024 đánh giá công tác đối ngoại năm 2024 được triển khai thế nào?", "new", "accentless,abbrev",
      "Hội nghị tổng kết năm 2024 đánh giá công tác đối ngoại và ngoại giao năm 2024 được triển khai thế nào?",
      "chủ động, đồng bộ, sáng tạo", 4),
     ("dưới sự lãnh đạo của ai", "ellipsis", "telegraphic",
      "Công tác đối ngoại năm 2024 được triển khai dưới sự lãnh đạo trực tiếp và thường xuyên của ai?",
      "Bộ Chính trị && Ban Bí thư", 4),
     ("công tác đó góp phần gì", "pronoun", "accentless",
      "Công tác đối ngoại và ngoại giao năm 2024 đóng góp quan trọng vào củng cố điều gì?",
      "môi trường hòa bình, ổn định", 4),
     ("còn điểm cầu Đà Nẵng ai dự?", "substitution", "near-miss",
      "Ai dự Hội nghị tổng kết công tác ngành ngoại giao năm 2024 tại điểm cầu Đà Nẵng?", NC, None, "Đà Nẵng"),
     ("hội nghị đó diễn ra buổi nào", "pronoun", "accentless",
      "Hội nghị tổng kết công tác ngành ngoại giao năm 2024 diễn ra vào buổi nào, ngày nào?", "Sáng nay 6/1", 4))
# c45
conv(("Tại buổi làm việc với PTT Trần Lưu Quang, BNG cần bám sát đường lối đại hội nào?", "new", "abbrev",
      "Theo Phó Thủ tướng Trần Lưu Quang tại buổi làm việc với Bộ Ngoại giao, Bộ Ngoại giao cần bám sát đường lối đối ngoại của Đại hội nào?",
      "Đại hội XIII", 2),
     ("còn chỉ đạo của ai?", "substitution", "accentless,telegraphic",
      "Ngoài đường lối Đại hội XIII, Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao bám sát chỉ đạo của ai?",
      "Nguyễn Phú Trọng", 2),
     ("ông ấy chỉ đạo tại hội nghị nào, năm nào?", "pronoun", "accentless",
      "Tổng Bí thư Nguyễn Phú Trọng chỉ đạo tại hội nghị nào, năm nào (theo bài về buổi làm việc của Phó Thủ tướng Trần Lưu Quang)?",
      "Hội nghị đối ngoại toàn quốc && 2021", 2),
     ("tóm tắt lại", "request", "telegraphic",
      "Tóm tắt lại những định hướng lớn mà Phó Thủ tướng Trần Lưu Quang đề nghị Bộ Ngoại giao bám sát (đường lối Đại hội XIII, chỉ đạo của Tổng Bí thư tại Hội nghị đối ngoại toàn quốc năm 2021).",
      "Đại hội XIII && Nguyễn Phú Trọng", 2))
# c46
conv(("BT Bùi Thanh Sơn nói ngành NG đang bước sang giai đoạn gì?", "new", "abbrev",
      "Tại Hội nghị tổng kết năm 2022, Bộ trưởng Bùi Thanh Sơn nói ngành Ngoại giao đang bước sang giai đoạn gì?",
      "giai đoạn phát triển mới", 1),
     ("đòi hỏi gì", "ellipsis", "accentless,telegraphic",
      "Theo Bộ trưởng Bùi Thanh Sơn, giai đoạn phát triển mới đòi hỏi ngành Ngoại giao tiếp tục đổi mới mạnh mẽ điều gì?",
      "tư duy và hành động", 1),
     ("Ai viết bài về HN tk 2022?", "new", "accentless,abbrev",
      "Ai viết bài về Hội nghị tổng kết công tác ngành Ngoại giao năm 2022?", "Vi Trường", 1),
     ("thế còn bài về HN tk 2024?", "substitution", "abbrev,telegraphic",
      "Ai viết bài về Hội nghị tổng kết công tác ngành ngoại giao năm 2024?", "Hoài Nhung", 4),
     ("bài đó lấy nguồn báo nào", "pronoun", "accentless",
      "Bài về Hội nghị tổng kết công tác ngành ngoại giao năm 2024 lấy nguồn từ báo nào?", "Nguồn Quảng Trị", 4))
# c47
conv(("Theo HN sơ kết 2019, điểm thứ hai cần lưu tâm là gì?", "new", "abbrev",
      "Theo Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019, điểm thứ hai cần lưu tâm là gì?",
      "tăng cường sự phối hợp", 3),
     ("and the third point?", "substitution", "english,telegraphic",
      "Theo Phó Thủ tướng Phạm Bình Minh tại Hội nghị sơ kết 6 tháng đầu năm 2019, điểm thứ ba cần lưu tâm là gì?",
      "nhạy bén hơn nữa", 3),
     ("nói rõ hơn", "request", "accentless,telegraphic",
      "Nói rõ hơn điểm thứ ba cần lưu tâm mà Phó Thủ tướng Phạm Bình Minh nêu tại Hội nghị sơ kết 6 tháng đầu năm 2019.",
      "nhu cầu, ưu tiên phát triển", 3),
     ("thế còn Thủ tướng Phạm Minh Chính chỉ đạo gì ở HN đó?", "substitution", "abbrev,premise",
      "Thủ tướng Phạm Minh Chính chỉ đạo gì tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", FP, 3),
     ("vậy ai chỉ đạo hội nghị ấy", "pronoun", "accentless",
      "Ai phát biểu chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2019 của Bộ Ngoại giao?", "Phạm Bình Minh", 3))
# c48
conv(("Theo HN sơ kết 2023, đối ngoại góp phần huy động nguồn lực cho gì?", "new", "abbrev",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, đối ngoại góp phần huy động nguồn lực cho việc gì?",
      "phát triển kinh tế - xã hội", 0),
     ("bảo vệ chủ quyền bằng cách nào", "ellipsis", "accentless",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, ngoại giao góp phần bảo vệ chủ quyền bằng cách nào?",
      "biện pháp hòa bình", 0),
     ("phù hợp với gì", "ellipsis", "accentless,telegraphic",
      "Theo Hội nghị sơ kết 6 tháng đầu năm 2023, các biện pháp hòa bình bảo vệ chủ quyền phù hợp với gì?",
      "luật pháp quốc tế", 0),
     ("HN đó có điểm cầu Nghệ An ko", "pronoun", "accentless,abbrev,near-miss",
      "Hội nghị sơ kết 6 tháng đầu năm 2023 của Bộ Ngoại giao có điểm cầu Nghệ An không?", NC, None, "Nghệ An"))

HEADER = [
    "# Blind conversation set 37 for the Vietnamese MFA-conference QA chatbot. UTF-8, tab-separated.",
    "# conversation: id shared by the turns of one conversation, in order. read_as: the complete question the turn means in its context.",
    '# facts: groups joined by " && " (all required), alternatives joined by " | "; accent- and case-insensitive whole-word match. For refuse turns: refuse:<reason>.',
    "# conversation\tquestion\tkind\ttags\tread_as\tfacts",
]

def rows():
    out = []
    for i, turns in enumerate(C, 1):
        cid = "c%02d" % i
        for t in turns:
            q, kind, tags, read_as, facts, rep = t[:6]
            miss = t[6] if len(t) > 6 else None
            if "accentless" in tags.split(","):
                q = strip_accents(q)
            out.append(dict(conv=cid, question=q, kind=kind, tags=tags, read_as=read_as, facts=facts,
                            report=rep, miss=miss))
    return out

def main():
    rs = rows()
    with open(os.path.join(ROOT, "conversations.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(HEADER) + "\n")
        for r in rs:
            f.write("\t".join(r[k] for k in ("conv", "question", "kind", "tags", "read_as", "facts")) + "\n")
    print("wrote %d turns in %d conversations" % (len(rs), len(C)))

if __name__ == "__main__":
    main()
